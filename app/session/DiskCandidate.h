#pragma once

#include "facts/HostFacts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One disk the disks page offers for a server's brick, judged from the server's facts.
// InUse (mounted, itself or a partition) and System (in fstab or crypttab, active swap, an EFI
// system partition, an LVM physical volume or RAID member: `reasons` says which) are never
// selectable; HoldsData and Unexamined are formatted only after the administrator types the
// device name (that alone is a wipe permission); Blank asks a plain confirmation, which
// permits formatting a blank disk and nothing more; Brick is an earlier run's brick file
// system, kept as it is.
struct DiskCandidate
{
    Q_DECLARE_TR_FUNCTIONS(DiskCandidate)

public:
    enum class Use { Blank, Brick, HoldsData, Unexamined, InUse, System };

    QString device; // "/dev/vdb"
    QString size;   // as lsblk prints it; empty when unknown
    Use use = Use::Unexamined;
    QString content;         // translated: "empty", "xfs, gpt", "not examined"...
    QStringList mountpoints; // of the disk and its partitions
    QStringList reasons;     // translated: why it belongs to the system; empty when it does not

    bool isSelectable() const { return use != Use::InUse && use != Use::System; }
    bool needsTypedConfirmation() const { return use == Use::HoldsData || use == Use::Unexamined; }
    bool willBeFormatted() const { return isSelectable() && use != Use::Brick; }

    // Whole disks of the server (no partitions, loop, rom or empty devices), with the disk the
    // facts probed in detail (probedDevice, the spec's disk) first.
    static QList<DiskCandidate> fromFacts(const HostFacts &facts, const QString &probedDevice);
    static DiskCandidate fromProbe(const DiskProbe &probe, const QString &device,
                                   const QList<SystemDiskUse> &systemUses = {});
};
