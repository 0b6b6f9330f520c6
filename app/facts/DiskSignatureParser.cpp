#include "facts/DiskSignatureParser.h"

#include <QRegularExpression>

QHash<QString, QString> DiskSignatureParser::parseBlkidExport(const QString &text)
{
    static const QRegularExpression key(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    QHash<QString, QString> fields;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString name = line.left(eq).toString();
        if (!key.match(name).hasMatch() || name == QLatin1String("DEVNAME"))
            continue;
        // blkid escapes unsafe characters in values with a backslash.
        QString value;
        const QStringView raw = line.mid(eq + 1);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) == QLatin1Char('\\') && i + 1 < raw.size())
                ++i;
            value += raw.at(i);
        }
        fields.insert(name, value);
    }
    return fields;
}

QStringList DiskSignatureParser::parseWipefsTypes(const QString &text)
{
    QStringList types;
    int typeColumn = -1;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QList<QStringView> cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.isEmpty())
            continue;
        if (typeColumn < 0) {
            // The header names the columns; without one, util-linux's default order applies.
            const qsizetype header = cells.indexOf(QStringView(u"TYPE"));
            if (header >= 0 && cells.contains(QStringView(u"OFFSET"))) {
                typeColumn = static_cast<int>(header);
                continue;
            }
            typeColumn = 2;
        }
        if (cells.size() > typeColumn)
            types << cells.at(typeColumn).toString();
    }
    return types;
}
