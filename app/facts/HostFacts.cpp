#include "facts/HostFacts.h"

OsFamily OsRelease::family() const
{
    const QStringList words = QStringList{id} + idLike;
    for (const QString &word : words) {
        if (word == QLatin1String("debian") || word == QLatin1String("ubuntu"))
            return OsFamily::Debian;
    }
    for (const QString &word : words) {
        if (word == QLatin1String("fedora") || word == QLatin1String("rhel") ||
            word == QLatin1String("centos"))
            return OsFamily::Fedora;
    }
    return OsFamily::Unknown;
}

bool BlockDevice::isMountedAnywhere() const
{
    if (!mountpoints.isEmpty())
        return true;
    for (const BlockDevice &child : children) {
        if (child.isMountedAnywhere())
            return true;
    }
    return false;
}

bool DiskProbe::holdsOurBrick() const
{
    return blkid.value(QStringLiteral("TYPE")) == QLatin1String("xfs") &&
           blkid.value(QStringLiteral("LABEL")) == brickLabel();
}

QString DiskProbe::brickLabel()
{
    return QStringLiteral("ghw-brick");
}

const NameResolution *HostFacts::resolution(const QString &name) const
{
    for (const NameResolution &r : names) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QStringList HostFacts::diskIdentities(const QList<HostFacts> &facts)
{
    QStringList identities;
    for (const HostFacts &f : facts)
        identities << f.disk.identity;
    return identities;
}

HostFacts HostFacts::assumed(OsFamily family)
{
    HostFacts facts;
    facts.origin = Origin::Assumed;
    facts.systemd = true; // the steps test for systemd on the server anyway
    if (family == OsFamily::Debian) {
        facts.os.id = QStringLiteral("debian");
        facts.os.prettyName = QStringLiteral("Debian (assumed)");
        facts.packageManager = PackageManager::Apt;
        facts.selinux = SelinuxMode::Absent;
    } else if (family == OsFamily::Fedora) {
        facts.os.id = QStringLiteral("fedora");
        facts.os.prettyName = QStringLiteral("Fedora (assumed)");
        facts.packageManager = PackageManager::Dnf;
        facts.selinux = SelinuxMode::Enforcing;
    }
    facts.firewall = FirewallKind::Unknown; // decided by the firewall step on the server
    return facts;
}
