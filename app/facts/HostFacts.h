#pragma once

#include "facts/MountTableParser.h"
#include "facts/SystemDiskUse.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

enum class OsFamily { Unknown, Debian, Fedora }; // Debian/Ubuntu; Fedora/RHEL and relatives
enum class PackageManager { Unknown, Apt, Dnf, Yum };
enum class SelinuxMode { Unknown, Absent, Disabled, Permissive, Enforcing };
enum class FirewallKind { Unknown, None, Firewalld, Ufw };
// TCP 24007 towards a peer: Refused means the peer answered (nothing listening yet, which is
// normal before glusterd runs); TimedOut means packets are dropped (a firewall in between);
// Unreachable is any other failure to connect (no route, network down). Always tested by the
// peer's private address, whether its private name resolves yet or not.
enum class PortState { Unknown, Open, Refused, TimedOut, Unreachable };

// /etc/os-release, the fields that matter.
struct OsRelease
{
    QString id;         // "debian", "fedora", "ubuntu", "rocky"
    QStringList idLike; // ID_LIKE, split
    QString versionId;  // "12", "40"
    QString prettyName; // "Debian GNU/Linux 12 (bookworm)"

    OsFamily family() const;
};

// One node of `lsblk -J`: a disk, a partition, a loop device...
struct BlockDevice
{
    QString name;
    QString type; // disk, part, loop, lvm, rom...
    QString size;
    QString fsType;          // empty when lsblk has none (no udev database, or blank)
    QStringList mountpoints; // empty when not mounted
    QList<BlockDevice> children;

    bool isMountedAnywhere() const; // itself or any child
};

// What the chosen disk holds, probed directly on the device (blkid -p, wipefs -n, lsblk).
struct DiskProbe
{
    QString device;
    bool exists = false;
    bool isBlockDevice = false;
    QHash<QString, QString> blkid; // TYPE, PTTYPE, LABEL, UUID... from `blkid -p -o export`
    QStringList signatures;        // TYPE column of `wipefs -n`
    QStringList mountpoints;       // of the device and everything on it
    int partitionCount = 0;        // children listed by lsblk
    // `disk_identity` (StepSnippets::diskIdentity): size, serial, WWN and signature UUIDs, one
    // line; a wipe permission is bound to it. Empty when it could not be read.
    QString identity;

    bool isBlank() const { return blkid.isEmpty() && signatures.isEmpty() && partitionCount == 0; }
    // An XFS file system labelled brickLabel(): the brick of an earlier run of this product.
    bool holdsOurBrick() const;

    // The XFS label that marks a disk this product formatted (DiskSteps writes it): a later run
    // recognises its own brick and does not format it again.
    static QString brickLabel();
};

struct NameResolution
{
    QString name;
    QStringList addresses; // as `getent ahosts` prints them; empty = does not resolve
};

struct PortProbe
{
    QString peer; // the peer's private name (the port is tested at its private address)
    PortState state = PortState::Unknown;
};

// Existing Gluster state, raw: app/gluster's parsers read the XML.
struct GlusterState
{
    bool cliInstalled = false;
    bool daemonAnswers = false;
    QString peerStatusXml;
    QString volumeInfoXml; // of the spec's volume; empty when it does not exist
};

// What one server really is, gathered read-only (FactsScript) or assumed for offline planning.
struct HostFacts
{
    enum class Origin { Gathered, Assumed };

    Origin origin = Origin::Gathered;
    OsRelease os;
    PackageManager packageManager = PackageManager::Unknown;
    bool systemd = false;
    SelinuxMode selinux = SelinuxMode::Unknown;
    FirewallKind firewall = FirewallKind::Unknown;
    QStringList missingPackages; // of those the plan needs
    QList<BlockDevice> blockDevices;
    DiskProbe disk;
    QList<MountEntry> mounts; // live mount table
    QList<MountEntry> fstab;  // /etc/fstab
    // Why a disk (the spec's and every whole disk lsblk lists) belongs to the system: fstab,
    // crypttab, swap, EFI system partition, LVM, RAID. Such a disk is never formatted.
    QList<SystemDiskUse> systemUses;
    QList<NameResolution> names;
    QList<PortProbe> ports;
    GlusterState gluster;
    QStringList parseProblems; // sections that could not be read (shown by `check`)

    bool isAssumed() const { return origin == Origin::Assumed; }
    OsFamily family() const { return os.family(); }
    const NameResolution *resolution(const QString &name) const;
    // Each server's disk identity (disk.identity), in the order of `facts`.
    static QStringList diskIdentities(const QList<HostFacts> &facts);

    // Facts for planning without connecting (`--assume-os`): the distribution's defaults, and
    // everything else left for the steps to decide on the server at run time.
    static HostFacts assumed(OsFamily family);
};
