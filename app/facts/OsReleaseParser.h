#pragma once

#include "facts/HostFacts.h"

#include <QHash>
#include <QString>

// /etc/os-release (os-release(5)): KEY=value lines, values plain, "double-quoted" with
// backslash escapes, or 'single-quoted'. Lines that are not assignments are ignored. Never fails
// on any input; a missing ID simply gives an unknown OS family.
class OsReleaseParser
{
public:
    static QHash<QString, QString> parseFields(const QString &text);
    static OsRelease parse(const QString &text);
};
