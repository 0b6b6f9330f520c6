#include "session/DiskCandidate.h"

namespace {
QStringList mountpointsOf(const BlockDevice &device)
{
    QStringList out = device.mountpoints;
    for (const BlockDevice &child : device.children)
        out += mountpointsOf(child);
    out.removeAll(QString());
    return out;
}

QString describeProbe(const DiskProbe &probe)
{
    QStringList what;
    for (const char *key : {"TYPE", "PTTYPE"}) {
        const QString value = probe.blkid.value(QLatin1String(key));
        if (!value.isEmpty() && !what.contains(value))
            what << value;
    }
    for (const QString &signature : probe.signatures) {
        if (!what.contains(signature))
            what << signature;
    }
    if (probe.partitionCount > 0)
        what << DiskCandidate::tr("%n partition(s)", nullptr, probe.partitionCount);
    return what.join(QStringLiteral(", "));
}

// A disk of the system is never offered, whatever else it is (mounted, active swap shows as
// "[SWAP]"); an earlier run's brick is in fstab by this product's own hand and stays a brick.
void markSystemUse(DiskCandidate *disk, const QList<SystemDiskUse> &uses)
{
    disk->reasons = SystemDiskUse::reasonsFor(uses, disk->device);
    if (!disk->reasons.isEmpty() && disk->use != DiskCandidate::Use::Brick)
        disk->use = DiskCandidate::Use::System;
}
} // namespace

DiskCandidate DiskCandidate::fromProbe(const DiskProbe &probe, const QString &device,
                                       const QList<SystemDiskUse> &systemUses)
{
    DiskCandidate disk;
    disk.device = device;
    disk.mountpoints = probe.mountpoints;
    if (!probe.mountpoints.isEmpty()) {
        disk.use = Use::InUse;
        disk.content = describeProbe(probe);
    } else if (probe.isBlank()) {
        disk.use = Use::Blank;
        disk.content = tr("empty");
    } else if (probe.holdsOurBrick()) {
        disk.use = Use::Brick;
        disk.content = tr("brick file system of an earlier run");
    } else {
        disk.use = Use::HoldsData;
        disk.content = describeProbe(probe);
    }
    markSystemUse(&disk, systemUses);
    return disk;
}

QList<DiskCandidate> DiskCandidate::fromFacts(const HostFacts &facts, const QString &probedDevice)
{
    QList<DiskCandidate> out;
    const bool probed = !probedDevice.isEmpty() && facts.disk.exists && facts.disk.isBlockDevice;
    if (probed)
        out << fromProbe(facts.disk, probedDevice, facts.systemUses);
    for (const BlockDevice &device : facts.blockDevices) {
        if (device.type != QLatin1String("disk") || device.size == QLatin1String("0B"))
            continue;
        const QString path = QStringLiteral("/dev/") + device.name;
        if (probed && path == probedDevice) {
            out.first().size = device.size; // the probe knows the content, lsblk the size
            continue;
        }
        DiskCandidate disk;
        disk.device = path;
        disk.size = device.size;
        disk.mountpoints = mountpointsOf(device);
        if (!device.fsType.isEmpty())
            disk.content = device.fsType;
        else if (!device.children.isEmpty())
            disk.content = tr("%n partition(s)", nullptr, int(device.children.size()));
        if (!disk.mountpoints.isEmpty()) {
            disk.use = Use::InUse;
            if (disk.content.isEmpty())
                disk.content = tr("file system");
        } else if (!disk.content.isEmpty()) {
            disk.use = Use::HoldsData;
        } else {
            // lsblk alone cannot tell an empty disk from one whose signature udev never saw.
            disk.use = Use::Unexamined;
            disk.content = tr("not examined");
        }
        markSystemUse(&disk, facts.systemUses);
        out << disk;
    }
    return out;
}
