#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The two views of what a disk holds, probed on the device itself (they work without udev, as
// in containers and the lab, where lsblk's FSTYPE is empty):
//  - `blkid -p -o export DEV`: KEY=value lines (TYPE, PTTYPE, LABEL, UUID...); DEVNAME is dropped
//    so an empty result means "nothing found".
//  - `wipefs -n DEV`: a table whose TYPE column lists every signature (filesystem, RAID, LVM,
//    partition table).
// Both never fail on any input; unreadable lines are skipped.
class DiskSignatureParser
{
public:
    static QHash<QString, QString> parseBlkidExport(const QString &text);
    static QStringList parseWipefsTypes(const QString &text);
};
