#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One reason a disk belongs to the running system and is never formatted, as the facts script's
// `disk_system_uses` reports it (StepSnippets::diskSystemUses): the disk, the member (the disk
// itself or one of its partitions) and the kind (in-fstab, in-crypttab, active-swap,
// efi-system-partition, lvm-physical-volume, raid-member, held-by-device). A wipe permission
// never overrides it.
struct SystemDiskUse
{
    Q_DECLARE_TR_FUNCTIONS(SystemDiskUse)

public:
    QString disk;   // "/dev/vdb": the disk the use was found on
    QString kind;   // "active-swap"
    QString member; // "/dev/vdb2": the disk itself or its partition

    bool operator==(const SystemDiskUse &other) const
    {
        return disk == other.disk && kind == other.kind && member == other.member;
    }

    // "/dev/vdb2 is active swap.": translated, one sentence.
    QString reason() const;

    // "DISK KIND MEMBER" lines; other lines are skipped.
    static QList<SystemDiskUse> parse(const QString &text);
    // The reasons found on `disk`, in order, without repeats.
    static QStringList reasonsFor(const QList<SystemDiskUse> &uses, const QString &disk);
};
