#include "facts/OsReleaseParser.h"

#include <QRegularExpression>

namespace {
QString unquote(QStringView raw)
{
    raw = raw.trimmed();
    if (raw.size() >= 2 && raw.front() == QLatin1Char('\'') && raw.back() == QLatin1Char('\''))
        return raw.mid(1, raw.size() - 2).toString();
    if (raw.size() >= 2 && raw.front() == QLatin1Char('"') && raw.back() == QLatin1Char('"')) {
        const QStringView inner = raw.mid(1, raw.size() - 2);
        QString value;
        value.reserve(inner.size());
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner.at(i) == QLatin1Char('\\') && i + 1 < inner.size())
                ++i; // os-release(5): \" \\ \$ \` stand for the character itself
            value += inner.at(i);
        }
        return value;
    }
    return raw.toString();
}
} // namespace

QHash<QString, QString> OsReleaseParser::parseFields(const QString &text)
{
    static const QRegularExpression key(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QHash<QString, QString> fields;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString name = line.left(eq).toString();
        if (!key.match(name).hasMatch())
            continue;
        fields.insert(name, unquote(line.mid(eq + 1)));
    }
    return fields;
}

OsRelease OsReleaseParser::parse(const QString &text)
{
    const QHash<QString, QString> fields = parseFields(text);
    OsRelease os;
    os.id = fields.value(QStringLiteral("ID")).toLower();
    os.idLike = fields.value(QStringLiteral("ID_LIKE"))
                    .toLower()
                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    os.versionId = fields.value(QStringLiteral("VERSION_ID"));
    os.prettyName = fields.value(QStringLiteral("PRETTY_NAME"));
    if (os.prettyName.isEmpty())
        os.prettyName = fields.value(QStringLiteral("NAME"));
    return os;
}
