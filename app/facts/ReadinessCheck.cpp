#include "facts/ReadinessCheck.h"

#include "gluster/PeerStatusParser.h"
#include "gluster/VolumeInfoParser.h"
#include "shell/RemoteReads.h"
#include "spec/FieldRules.h"

namespace {
void add(QList<ReadinessFinding> *out, const SetupSpec &spec, int index,
         ReadinessFinding::Severity severity, const QString &message)
{
    out->append({index, spec.servers.at(index).name, severity, message});
}

constexpr auto Problem = ReadinessFinding::Severity::Problem;
constexpr auto Note = ReadinessFinding::Severity::Note;

QString describeContent(const DiskProbe &disk)
{
    QStringList what;
    for (const char *key : {"TYPE", "PTTYPE"}) {
        const QString value = disk.blkid.value(QLatin1String(key));
        if (!value.isEmpty() && !what.contains(value))
            what << value;
    }
    for (const QString &signature : disk.signatures) {
        if (!what.contains(signature))
            what << signature;
    }
    if (disk.partitionCount > 0)
        what << ReadinessCheck::tr("%n partition(s)", nullptr, disk.partitionCount);
    return what.join(QStringLiteral(", "));
}
} // namespace

QList<ReadinessFinding> ReadinessCheck::evaluate(const SetupSpec &spec,
                                                 const QList<HostFacts> &facts,
                                                 const QList<WipeRequest> &wipes, Goal goal)
{
    Findings out;
    for (int i = 0; i < spec.servers.size() && i < facts.size(); ++i) {
        const HostFacts &f = facts.at(i);
        if (f.isAssumed())
            continue; // nothing was looked at
        for (const QString &problem : f.parseProblems)
            add(&out, spec, i, Problem, problem);
        checkSystem(spec, i, f, &out);
        checkDisk(spec, i, f, wipes, &out);
        checkNetwork(spec, i, f, &out);
        checkGluster(spec, i, f, goal, &out);
        checkFstab(spec, i, f, &out);
    }
    return out;
}

bool ReadinessCheck::isReady(const QList<ReadinessFinding> &findings)
{
    for (const ReadinessFinding &f : findings) {
        if (f.isProblem())
            return false;
    }
    return true;
}

void ReadinessCheck::checkSystem(const SetupSpec &spec, int index, const HostFacts &facts,
                                 Findings *out)
{
    if (facts.family() == OsFamily::Unknown) {
        add(out, spec, index, Problem,
            tr("Unsupported operating system \"%1\": Debian, Ubuntu, Fedora and RHEL-like "
               "systems are supported.")
                .arg(facts.os.prettyName.isEmpty() ? facts.os.id : facts.os.prettyName));
    }
    if (facts.packageManager == PackageManager::Unknown)
        add(out, spec, index, Problem, tr("No package manager found (apt-get, dnf or yum)."));
    if (!facts.missingPackages.isEmpty()) {
        add(out, spec, index, Note,
            tr("Will install: %1.").arg(facts.missingPackages.join(QStringLiteral(", "))));
    }
    if (!facts.systemd) {
        add(out, spec, index, Note,
            tr("systemd is not running: glusterd and the web server are started directly and "
               "will not start by themselves after a reboot."));
    }
    if (facts.selinux == SelinuxMode::Enforcing && spec.web.server == WebSpec::Server::Apache &&
        !spec.servers.at(index).isArbiter())
        add(out, spec, index, Note, tr("SELinux is enforcing: httpd_use_fusefs will be set."));
    if (facts.firewall == FirewallKind::Firewalld || facts.firewall == FirewallKind::Ufw) {
        add(out, spec, index, Note,
            tr("A firewall is active (%1): the Gluster ports will be opened to the peers.")
                .arg(facts.firewall == FirewallKind::Firewalld ? QStringLiteral("firewalld")
                                                               : QStringLiteral("ufw")));
    }
}

void ReadinessCheck::checkDisk(const SetupSpec &spec, int index, const HostFacts &facts,
                               const QList<WipeRequest> &wipes, Findings *out)
{
    const ServerSpec &server = spec.servers.at(index);
    const DiskProbe &disk = facts.disk;
    if (!disk.exists) {
        add(out, spec, index, Problem, tr("The disk %1 does not exist.").arg(server.disk));
        return;
    }
    if (!disk.isBlockDevice) {
        add(out, spec, index, Problem, tr("%1 is not a block device.").arg(server.disk));
        return;
    }
    const bool ours = disk.holdsOurBrick();
    // An earlier run's brick is in fstab by our own hand; anything else there is the system's.
    const QStringList systemReasons =
        ours ? QStringList() : SystemDiskUse::reasonsFor(facts.systemUses, server.disk);
    if (!systemReasons.isEmpty()) {
        add(out, spec, index, Problem,
            tr("%1 belongs to the system and is never formatted: %2")
                .arg(server.disk, systemReasons.join(QLatin1Char(' '))));
        return;
    }
    if (!disk.mountpoints.isEmpty()) {
        if (ours && disk.mountpoints == QStringList{server.brickMount}) {
            add(out, spec, index, Note,
                tr("%1 is already the brick, mounted at %2.").arg(server.disk, server.brickMount));
        } else {
            add(out, spec, index, Problem,
                tr("%1 is in use (mounted at %2); a mounted disk is never formatted.")
                    .arg(server.disk, disk.mountpoints.join(QStringLiteral(", "))));
        }
        return;
    }
    if (disk.isBlank())
        return;
    if (ours) {
        add(out, spec, index, Note,
            tr("%1 already holds a brick file system from an earlier run; it is kept.")
                .arg(server.disk));
        return;
    }
    const WipeRequest *wipe = WipeRequest::find(wipes, server.name, server.disk);
    if (wipe && (wipe->isBound() || disk.identity.isEmpty())) {
        if (wipe->identity == disk.identity && wipe->isBound()) {
            add(out, spec, index, Note,
                tr("%1 holds %2 and will be erased (--wipe), if right before formatting it is "
                   "still this disk: %3.")
                    .arg(server.disk, describeContent(disk), disk.identity));
        } else if (disk.identity.isEmpty()) {
            add(out, spec, index, Problem,
                tr("%1 holds %2, and what it is (size, serial, signatures) could not be read: "
                   "it is not erased.")
                    .arg(server.disk, describeContent(disk)));
        } else {
            add(out, spec, index, Problem,
                tr("%1 changed since you allowed erasing it (then: %2; now: %3): confirm it "
                   "again.")
                    .arg(server.disk, wipe->identity, disk.identity));
        }
    } else {
        add(out, spec, index, Problem,
            tr("%1 holds %2; it is formatted only if you name it with --wipe %3:%1.")
                .arg(server.disk, describeContent(disk), server.name));
    }
}

void ReadinessCheck::checkNetwork(const SetupSpec &spec, int index, const HostFacts &facts,
                                  Findings *out)
{
    for (const ServerSpec &other : spec.servers) {
        const QString expected = FieldRules::canonicalAddress(other.privateAddress);
        const NameResolution *r = facts.resolution(other.privateName);
        if (!r || r->addresses.isEmpty()) {
            add(out, spec, index, Note,
                tr("%1 does not resolve yet: it will be added to /etc/hosts as %2.")
                    .arg(other.privateName, expected));
        } else if (!r->addresses.contains(expected)) {
            add(out, spec, index, Problem,
                tr("%1 resolves to %2, not to its private address %3: correct DNS or /etc/hosts.")
                    .arg(other.privateName, r->addresses.join(QStringLiteral(", ")), expected));
        }
    }
    for (const PortProbe &port : facts.ports) {
        switch (port.state) {
        case PortState::Open:
        case PortState::Refused: // the peer answered: nothing listens yet, nothing filters
            break;
        case PortState::TimedOut:
            add(out, spec, index, Problem,
                tr("TCP port 24007 of %1 does not answer (packets are dropped): open the Gluster "
                   "ports between the private addresses.")
                    .arg(port.peer));
            break;
        case PortState::Unreachable:
            add(out, spec, index, Problem,
                tr("%1 cannot be reached on the private network.").arg(port.peer));
            break;
        case PortState::Unknown:
            add(out, spec, index, Problem,
                tr("Whether %1 can be reached on TCP 24007 could not be tested.").arg(port.peer));
            break;
        }
    }
}

void ReadinessCheck::checkGluster(const SetupSpec &spec, int index, const HostFacts &facts,
                                  Goal goal, Findings *out)
{
    if (!facts.gluster.peerStatusXml.isEmpty()) {
        const auto peers = PeerStatusParser::parse(facts.gluster.peerStatusXml.toUtf8());
        for (const GlusterPeer &peer : peers.value) {
            if (peer.isLocalhost())
                continue;
            bool known = false;
            for (const ServerSpec &s : spec.servers)
                known = known || peer.isKnownAs(s.privateName);
            if (!known) {
                add(out, spec, index, Problem,
                    tr("This server is already in a Gluster pool with %1, which is not in the "
                       "spec.")
                        .arg(peer.hostname));
            }
        }
    }
    if (facts.gluster.volumeInfoXml.isEmpty())
        return;
    const auto volumes = VolumeInfoParser::parse(facts.gluster.volumeInfoXml.toUtf8());
    QStringList expected;
    for (const ServerSpec &s : spec.servers)
        expected << s.glusterBrick();
    for (const GlusterVolume &volume : volumes.value) {
        if (volume.name != spec.volume.name)
            continue;
        QStringList bricks;
        for (const GlusterBrick &brick : volume.bricks)
            bricks << brick.name;
        QStringList dataBricks;
        for (int i : spec.dataServerIndexes())
            dataBricks << spec.servers.at(i).glusterBrick();
        if (goal == Goal::AddArbiter) {
            // What the volume must be is judged by the plan's first step (the same text in the
            // review, the run and the export), which refuses with the reason.
            if (bricks == dataBricks) {
                add(out, spec, index, Note,
                    tr("The volume %1 has the data servers' bricks; the arbiter's is added to it.")
                        .arg(volume.name));
            }
        } else if (bricks == expected) {
            add(out, spec, index, Note,
                tr("The volume %1 already exists with these bricks; it is kept.").arg(volume.name));
        } else {
            add(out, spec, index, Problem,
                tr("A volume named %1 already exists with other bricks (%2).")
                    .arg(volume.name, bricks.join(QStringLiteral(", "))));
        }
    }
}

void ReadinessCheck::checkFstab(const SetupSpec &spec, int index, const HostFacts &facts,
                                Findings *out)
{
    const ServerSpec &server = spec.servers.at(index);
    const QString uuid = facts.disk.blkid.value(QStringLiteral("UUID"));
    for (const MountEntry &entry : MountTableParser::at(facts.fstab, server.brickMount)) {
        if (uuid.isEmpty() || entry.source != QLatin1String("UUID=") + uuid) {
            add(out, spec, index, Problem,
                tr("/etc/fstab already mounts %1 at %2.").arg(entry.source, server.brickMount));
        }
    }
    if (server.isArbiter())
        return; // the arbiter does not mount the volume: its own use of the path is its own
    const QString volumeSource = RemoteReads::volumeSource(server.privateName, spec.volume.name);
    for (const MountEntry &entry : MountTableParser::at(facts.fstab, spec.mount.path)) {
        if (entry.source != volumeSource) {
            add(out, spec, index, Problem,
                tr("/etc/fstab already mounts %1 at %2.").arg(entry.source, spec.mount.path));
        }
    }
}
