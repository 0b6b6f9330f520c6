#pragma once

#include <QString>
#include <QStringList>

// `getent ahosts NAME`: "ADDRESS  STREAM|DGRAM|RAW  [canonical name]" lines. Returns each
// address once, in first-seen order; empty when the name does not resolve. Never fails.
class GetentParser
{
public:
    static QStringList addresses(const QString &text);
};
