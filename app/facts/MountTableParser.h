#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One line of the mount table or of /etc/fstab.
struct MountEntry
{
    QString target;
    QString source;
    QString fsType;
    QString majMin;  // live mounts only ("7:1")
    QString options; // fstab entries only
};

// RemoteReads::mounts() `findmnt -J -l -o TARGET,SOURCE,FSTYPE,MAJ:MIN` (live mounts) and
// RemoteReads::fstab() `findmnt -s -J -l -o TARGET,SOURCE,FSTYPE,OPTIONS` (fstab), whole or
// at one mount point (the facts script, the health probe): {"filesystems": [ {...}, ... ]}.
// Empty input is an empty table (findmnt -s prints nothing when fstab has no entries). Never
// crashes on any input (fuzzed); returns false when the text is not findmnt's JSON.
class MountTableParser
{
public:
    static bool parse(const QByteArray &json, QList<MountEntry> *entries);
    // The entries whose target is `path`, last mounted last.
    static QList<MountEntry> at(const QList<MountEntry> &entries, const QString &path);
};
