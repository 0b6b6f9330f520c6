#include "connect/SshConfigHosts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
constexpr int kMaxIncludeDepth = 4;

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// OpenSSH allows "Keyword value" and "Keyword=value", keywords case-insensitive.
bool splitKeyword(const QString &line, QString *keyword, QString *value)
{
    static const QRegularExpression split(QStringLiteral("^\\s*(\\S+?)\\s*(?:=|\\s)\\s*(.*)$"));
    const QRegularExpressionMatch match = split.match(line);
    if (!match.hasMatch())
        return false;
    *keyword = match.captured(1).toLower();
    *value = match.captured(2).trimmed();
    return true;
}
} // namespace

QString SshConfigHosts::defaultConfigPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

QStringList SshConfigHosts::fromFile(const QString &path)
{
    QStringList out;
    collect(readText(path), QFileInfo(path).absolutePath(), 0, &out);
    return out;
}

QStringList SshConfigHosts::fromText(const QString &text, const QString &baseDir)
{
    QStringList out;
    collect(text, baseDir, 0, &out);
    return out;
}

void SshConfigHosts::collect(const QString &text, const QString &baseDir, int depth,
                             QStringList *out)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString keyword, value;
        if (!splitKeyword(line, &keyword, &value))
            continue;
        if (keyword == QLatin1String("host")) {
            const QStringList names =
                value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (QString name : names) {
                if (name.startsWith(QLatin1Char('#')))
                    break; // OpenSSH ends a line at a word starting with '#'
                name.remove(QLatin1Char('"'));
                if (name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('?')) ||
                    name.startsWith(QLatin1Char('!')) || out->contains(name))
                    continue;
                out->append(name);
            }
        } else if (keyword == QLatin1String("include") && depth < kMaxIncludeDepth &&
                   !baseDir.isEmpty()) {
            const QStringList patterns =
                value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (QString pattern : patterns) {
                if (pattern.startsWith(QLatin1String("~/")))
                    pattern = QDir::homePath() + pattern.mid(1);
                const QFileInfo info(QDir(baseDir), pattern);
                const QDir dir(info.absolutePath());
                const QStringList matches =
                    dir.entryList(QStringList{info.fileName()}, QDir::Files, QDir::Name);
                for (const QString &match : matches)
                    collect(readText(dir.filePath(match)), baseDir, depth + 1, out);
            }
        }
    }
}
