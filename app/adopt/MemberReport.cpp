#include "adopt/MemberReport.h"

#include <QRegularExpression>

namespace {
// findmnt -r writes space, tab, newline and backslash as \xHH.
QString unescaped(const QString &field)
{
    static const QRegularExpression escape(QStringLiteral("\\\\x([0-9a-fA-F]{2})"));
    QString out;
    int last = 0;
    auto it = escape.globalMatch(field);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += field.mid(last, match.capturedStart() - last);
        out += QChar(match.captured(1).toInt(nullptr, 16));
        last = match.capturedEnd();
    }
    return out + field.mid(last);
}

QStringList fields(const QString &value)
{
    QStringList out;
    for (const QString &field : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << unescaped(field);
    return out;
}
} // namespace

MemberReport MemberReport::parse(const QByteArray &output)
{
    MemberReport report;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        const int equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString key = line.left(equals);
        const QString value = line.mid(equals + 1).trimmed();
        const QStringList parts = fields(value);
        if (key == QLatin1String("hostname")) {
            report.hostname = value;
        } else if (key == QLatin1String("reached")) {
            report.reachedAddress = value;
        } else if (key == QLatin1String("resolves") && !parts.isEmpty()) {
            report.resolves.insert(parts.at(0), parts.value(1));
        } else if (key == QLatin1String("mount") && parts.size() >= 2) {
            report.mounts.append({parts.at(0), parts.at(1), QString()});
        } else if (key == QLatin1String("fstab") && parts.size() >= 2) {
            report.fstab.append({parts.at(0), parts.at(1), parts.value(2)});
        } else if (key == QLatin1String("brick_fs") && parts.size() >= 2 &&
                   report.brickMount.isEmpty()) {
            report.brickMount = parts.at(0);
            report.brickDevice = parts.at(1);
            report.brickFsType = parts.value(2);
        } else if (key == QLatin1String("web")) {
            report.hasWebServer = value == QLatin1String("apache");
        } else if (key == QLatin1String("web_running")) {
            report.webServerRunning = value == QLatin1String("yes");
        } else if (key == QLatin1String("docroot") && report.documentRoot.isEmpty()) {
            report.documentRoot = parts.value(0);
        }
    }
    return report;
}

const MemberReport::Mount *MemberReport::ofVolume(const QList<Mount> &mounts, const QString &volume)
{
    for (const Mount &mount : mounts) {
        if (mount.source.endsWith(QStringLiteral(":/") + volume) ||
            mount.source.endsWith(QLatin1Char(':') + volume))
            return &mount;
    }
    return nullptr;
}
