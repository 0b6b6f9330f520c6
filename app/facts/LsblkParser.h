#pragma once

#include "facts/HostFacts.h"

#include <QByteArray>
#include <QList>
#include <QString>

// `lsblk -J` (util-linux 2.33+): {"blockdevices": [ {name, type, size, fstype, mountpoint or
// mountpoints (2.37+, with null entries), children: [...]}, ... ]}. Unknown fields are
// ignored, missing ones stay empty. Returns false with *error set when the text is not lsblk's
// JSON at all; never crashes on any input (fuzzed).
class LsblkParser
{
public:
    static bool parse(const QByteArray &json, QList<BlockDevice> *devices, QString *error);
};
