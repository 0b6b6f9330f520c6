#include "facts/GetentParser.h"

#include <QHostAddress>

QStringList GetentParser::addresses(const QString &text)
{
    QStringList found;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QList<QStringView> cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.isEmpty())
            continue;
        QString first = cells.first().toString();
        const qsizetype tab = first.indexOf(QLatin1Char('\t'));
        if (tab >= 0)
            first.truncate(tab);
        QHostAddress address;
        if (!address.setAddress(first))
            continue; // not an address line
        const QString canonical = address.toString();
        if (!found.contains(canonical))
            found << canonical;
    }
    return found;
}
