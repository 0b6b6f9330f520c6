#include "facts/FactsOutputParser.h"

#include "facts/DiskSignatureParser.h"
#include "facts/GetentParser.h"
#include "facts/LsblkParser.h"
#include "facts/MountTableParser.h"
#include "facts/OsReleaseParser.h"

#include <QHash>

namespace {
const QLatin1String kSectionStart("@@ghw-section ");
const QLatin1String kStatusStart("@@ghw-rc ");
const QLatin1String kMarkerEnd("@@");

bool isMarker(QStringView line, QLatin1String start)
{
    return line.startsWith(start) && line.endsWith(kMarkerEnd) &&
           line.size() >= start.size() + kMarkerEnd.size();
}

QString markerValue(QStringView line, QLatin1String start)
{
    return line.mid(start.size(), line.size() - start.size() - kMarkerEnd.size()).toString();
}

void readPackages(const QString &text, HostFacts *facts)
{
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QList<QStringView> words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 3 && words.at(2) == QLatin1String("missing"))
            facts->missingPackages << words.at(1).toString();
    }
}

// A disk identity travels back into a step's text (quoted): one line of printable ASCII.
bool isPrintableLine(const QString &text)
{
    if (text.isEmpty() || text.size() > 4096)
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

PackageManager readPackageManager(const QString &text)
{
    const QStringList tools = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (tools.contains(QStringLiteral("apt-get")))
        return PackageManager::Apt;
    if (tools.contains(QStringLiteral("dnf")))
        return PackageManager::Dnf;
    if (tools.contains(QStringLiteral("yum")))
        return PackageManager::Yum;
    return PackageManager::Unknown;
}
} // namespace

QList<FactsSection> FactsOutputParser::sections(const QString &output)
{
    QList<FactsSection> result;
    bool open = false; // the last section still collects lines
    QStringList lines;
    auto close = [&](int status) {
        result.last().status = status;
        result.last().text = lines.join(QLatin1Char('\n')).trimmed();
        open = false;
    };
    for (QStringView line : QStringView(output).split(QLatin1Char('\n'))) {
        if (isMarker(line, kSectionStart)) {
            if (open)
                close(-1); // cut off: no status line
            result.append({markerValue(line, kSectionStart), QString(), -1});
            open = true;
            lines.clear();
        } else if (open && isMarker(line, kStatusStart)) {
            bool ok = false;
            const int status = markerValue(line, kStatusStart).toInt(&ok);
            close(ok ? status : -1);
        } else if (open) {
            lines << line.toString();
        }
    }
    if (open)
        close(-1);
    return result;
}

SelinuxMode FactsOutputParser::parseSelinux(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("enforcing"))
        return SelinuxMode::Enforcing;
    if (word == QLatin1String("permissive"))
        return SelinuxMode::Permissive;
    if (word == QLatin1String("disabled"))
        return SelinuxMode::Disabled;
    if (word == QLatin1String("absent"))
        return SelinuxMode::Absent;
    return SelinuxMode::Unknown;
}

FirewallKind FactsOutputParser::parseFirewall(const QString &firewalld, const QString &ufw)
{
    // firewall-cmd --state: "running" / "not running"; ufw status: "Status: active|inactive".
    if (firewalld.trimmed() == QLatin1String("running"))
        return FirewallKind::Firewalld;
    if (ufw.trimmed() == QLatin1String("Status: active"))
        return FirewallKind::Ufw;
    if (firewalld.isNull() && ufw.isNull())
        return FirewallKind::Unknown;
    return FirewallKind::None;
}

PortState FactsOutputParser::parsePort(const QString &text)
{
    static const QHash<QString, PortState> words = {
        {QStringLiteral("open"), PortState::Open},
        {QStringLiteral("refused"), PortState::Refused},
        {QStringLiteral("timeout"), PortState::TimedOut},
        {QStringLiteral("unreachable"), PortState::Unreachable}};
    return words.value(text.trimmed(), PortState::Unknown);
}

HostFacts FactsOutputParser::parse(const QString &output)
{
    HostFacts facts;
    QHash<QString, FactsSection> byName;
    for (const FactsSection &section : sections(output)) {
        byName.insert(section.name, section);
        if (section.name.startsWith(QLatin1String("resolve "))) {
            facts.names.append({section.name.mid(8), GetentParser::addresses(section.text)});
        } else if (section.name.startsWith(QLatin1String("port "))) {
            facts.ports.append({section.name.mid(5), parsePort(section.text)});
        }
    }
    auto text = [&byName](const char *name) { return byName.value(QLatin1String(name)).text; };
    auto has = [&byName](const char *name) { return byName.contains(QLatin1String(name)); };

    if (!has("os-release") || byName.value(QStringLiteral("os-release")).status != 0)
        facts.parseProblems << tr("/etc/os-release could not be read.");
    facts.os = OsReleaseParser::parse(text("os-release"));
    facts.systemd = text("systemd") == QLatin1String("yes");
    facts.packageManager = readPackageManager(text("package-manager"));
    readPackages(text("packages"), &facts);
    facts.selinux = parseSelinux(text("selinux"));
    facts.firewall = parseFirewall(has("firewalld") ? text("firewalld") : QString(),
                                   has("ufw") ? text("ufw") : QString());

    QString error;
    if (!LsblkParser::parse(text("lsblk").toUtf8(), &facts.blockDevices, &error))
        facts.parseProblems << tr("The list of disks (lsblk) could not be read: %1").arg(error);

    const QString disk = text("disk");
    facts.disk.exists = disk == QLatin1String("block") || disk == QLatin1String("other");
    facts.disk.isBlockDevice = disk == QLatin1String("block");
    facts.disk.blkid = DiskSignatureParser::parseBlkidExport(text("blkid"));
    facts.disk.signatures = DiskSignatureParser::parseWipefsTypes(text("wipefs"));
    QList<BlockDevice> tree;
    if (LsblkParser::parse(text("disk-tree").toUtf8(), &tree, &error) && !tree.isEmpty()) {
        const BlockDevice &device = tree.first();
        facts.disk.partitionCount = static_cast<int>(device.children.size());
        QList<const BlockDevice *> pending{&device};
        while (!pending.isEmpty()) {
            const BlockDevice *d = pending.takeFirst();
            facts.disk.mountpoints << d->mountpoints;
            for (const BlockDevice &child : d->children)
                pending << &child;
        }
    }
    const FactsSection identity = byName.value(QStringLiteral("disk-identity"));
    if (identity.status == 0 && isPrintableLine(identity.text))
        facts.disk.identity = identity.text;
    facts.systemUses = SystemDiskUse::parse(text("system-uses"));
    if (has("system-uses") && byName.value(QStringLiteral("system-uses")).status != 0)
        facts.parseProblems << tr("Whether the disks belong to the system could not be read.");
    // The live mount table is never empty (there is always /); fstab may be.
    if (!MountTableParser::parse(text("mounts").toUtf8(), &facts.mounts) || facts.mounts.isEmpty())
        facts.parseProblems << tr("The mount table (findmnt) could not be read.");
    if (!MountTableParser::parse(text("fstab").toUtf8(), &facts.fstab))
        facts.parseProblems << tr("/etc/fstab (findmnt -s) could not be read.");

    facts.gluster.cliInstalled = text("gluster") == QLatin1String("installed");
    const FactsSection peers = byName.value(QStringLiteral("peer-status"));
    facts.gluster.daemonAnswers = peers.status == 0;
    if (peers.status == 0)
        facts.gluster.peerStatusXml = peers.text;
    const FactsSection volume = byName.value(QStringLiteral("volume-info"));
    if (volume.status == 0)
        facts.gluster.volumeInfoXml = volume.text;
    return facts;
}
