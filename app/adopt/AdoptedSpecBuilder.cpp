#include "adopt/AdoptedSpecBuilder.h"

#include "spec/FieldRules.h"

namespace {
QStringList namesOf(const QList<GlusterVolume> &volumes)
{
    QStringList names;
    for (const GlusterVolume &volume : volumes)
        names << volume.name;
    return names;
}

QString parentOf(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString lastComponentOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

const PoolMember *firstMember(const QList<PoolMember> &members)
{
    for (const PoolMember &member : members) {
        if (member.isFirst)
            return &member;
    }
    return nullptr;
}
} // namespace

QString AdoptedSpecBuilder::chooseVolume(const QList<GlusterVolume> &volumes,
                                         const QString &requested, QString *refusal)
{
    const QStringList names = namesOf(volumes);
    if (names.isEmpty()) {
        *refusal = tr("The pool has no volume: there is nothing to adopt.");
        return QString();
    }
    if (!requested.isEmpty()) {
        if (names.contains(requested))
            return requested;
        *refusal = tr("The pool has no volume %1 (its volumes: %2).")
                       .arg(requested, names.join(QStringLiteral(", ")));
        return QString();
    }
    if (names.size() == 1)
        return names.first();
    *refusal = tr("The pool has %1 volumes: %2. Choose one (--volume NAME).")
                   .arg(names.size())
                   .arg(names.join(QStringLiteral(", ")));
    return QString();
}

QList<PoolMember> AdoptedSpecBuilder::membersOf(const GlusterVolume &volume,
                                                const QList<GlusterPeer> &pool,
                                                const SshSpec &first, QString *refusal)
{
    QStringList arbiters;
    for (const GlusterBrick &brick : volume.bricks) {
        if (brick.isArbiter)
            arbiters << brick.name;
    }
    if (!arbiters.isEmpty() || volume.arbiterCount > 0) {
        *refusal = tr("arbiter found: %1 — this version writes specs for two-server pairs.")
                       .arg(arbiters.isEmpty() ? volume.name : arbiters.join(QStringLiteral(", ")));
        return {};
    }
    if (volume.bricks.size() != 2 || volume.replicaCount != 2 ||
        volume.bricks.at(0).host == volume.bricks.at(1).host) {
        *refusal = tr("Volume %1 is %2 with %3 bricks (replica %4); this version adopts a "
                      "replica 2 volume of two servers, one brick each.")
                       .arg(volume.name, volume.typeText)
                       .arg(volume.bricks.size())
                       .arg(volume.replicaCount);
        return {};
    }
    QString localUuid;
    for (const GlusterPeer &peer : pool) {
        if (peer.isLocalhost())
            localUuid = peer.uuid;
    }
    QList<PoolMember> members;
    for (const GlusterBrick &brick : volume.bricks) {
        PoolMember member;
        member.privateName = brick.host;
        member.brickPath = brick.path;
        member.isArbiter = brick.isArbiter;
        member.isFirst = !localUuid.isEmpty() && brick.hostUuid == localUuid;
        member.name = brick.host;
        if (member.isFirst)
            member.ssh = first;
        members << member;
    }
    return members;
}

QStringList AdoptedSpecBuilder::namesToResolve(const QList<PoolMember> &members)
{
    QStringList names;
    for (const PoolMember &member : members) {
        const QString &name = member.privateName;
        for (int i = 1; i < name.size(); ++i) {
            if ((name.at(i) == QLatin1Char('-') || name.at(i) == QLatin1Char('.')) &&
                !names.contains(name.left(i)))
                names << name.left(i);
        }
        if (!names.contains(name))
            names << name;
    }
    return names;
}

void AdoptedSpecBuilder::chooseSshTargets(QList<PoolMember> *members,
                                          const MemberReport &firstReport, const SshSpec &first,
                                          const QStringList &sshConfigHosts)
{
    // server01 / server01-private: the other members' public names end without "-private".
    QString suffix;
    if (const PoolMember *self = firstMember(*members)) {
        if (!firstReport.hostname.isEmpty() && self->privateName.startsWith(firstReport.hostname))
            suffix = self->privateName.mid(firstReport.hostname.size());
    }
    for (PoolMember &member : *members) {
        if (member.isFirst)
            continue;
        QString publicName;
        if (!suffix.isEmpty() && member.privateName.endsWith(suffix))
            publicName = member.privateName.chopped(suffix.size());
        member.ssh = first;
        member.name = publicName.isEmpty() ? member.privateName : publicName;
        const QString resolved = firstReport.resolves.value(publicName);
        if (!publicName.isEmpty() && sshConfigHosts.contains(publicName)) {
            member.ssh.host = publicName;
            member.howReached = tr("%1 over SSH as %2, a host of ~/.ssh/config")
                                    .arg(member.privateName, publicName);
        } else if (!publicName.isEmpty() && FieldRules::ipAddress(resolved).isEmpty()) {
            member.ssh.host = resolved;
            member.howReached = tr("%1 over SSH at %2, the address of %3 on the first server")
                                    .arg(member.privateName, resolved, publicName);
        } else {
            member.ssh.host = member.privateName;
            member.howReached = tr("%1 over SSH by its private name (no public name found)")
                                    .arg(member.privateName);
        }
    }
}

DiscoveredPair AdoptedSpecBuilder::build(const GlusterVolume &volume,
                                         const QList<PoolMember> &members,
                                         const QStringList &volumeNames)
{
    DiscoveredPair pair;
    pair.volumes = volumeNames;
    SetupSpec &spec = pair.spec;
    spec.volume.name = volume.name;
    spec.volume.replica = volume.replicaCount;
    pair.found << tr("volume %1: %2, replica %3, %4")
                      .arg(volume.name, volume.typeText)
                      .arg(volume.replicaCount)
                      .arg(volume.statusText);
    if (volume.status != GlusterVolume::Status::Started)
        pair.gaps << tr("Volume %1 is %2, not started.").arg(volume.name, volume.statusText);

    // The mount path: where the volume is mounted, else where fstab mounts it.
    QString mountPath;
    for (bool fromFstab : {false, true}) {
        for (const PoolMember &member : members) {
            const MemberReport::Mount *mount = MemberReport::ofVolume(
                fromFstab ? member.report.fstab : member.report.mounts, volume.name);
            if (member.reached && mount && mountPath.isEmpty() &&
                FieldRules::absolutePath(mount->target).isEmpty())
                mountPath = mount->target;
        }
    }
    if (mountPath.isEmpty()) {
        pair.gaps << tr("Volume %1 is mounted on no server reached, nor in its /etc/fstab.")
                         .arg(volume.name);
        pair.assumptions << tr("mount path %1 (the product's default)").arg(spec.mount.path);
    } else {
        spec.mount.path = mountPath;
    }

    bool anyWebServer = false;
    for (const PoolMember &member : members)
        anyWebServer = anyWebServer || (member.reached && member.report.hasWebServer);
    spec.web.server = anyWebServer ? WebSpec::Server::Apache : WebSpec::Server::None;
    const QString documentRoot = spec.mount.path + QStringLiteral("/html");

    for (const PoolMember &member : members) {
        const MemberReport &report = member.report;
        ServerSpec server;
        server.name = member.reached && FieldRules::hostName(report.hostname).isEmpty()
                          ? report.hostname
                          : member.name;
        server.ssh = member.ssh;
        server.privateName = member.privateName;
        if (!member.howReached.isEmpty())
            pair.assumptions << member.howReached;
        for (const PoolMember &other : members) {
            const QString address = other.report.resolves.value(member.privateName);
            if (other.reached && server.privateAddress.isEmpty() &&
                FieldRules::ipAddress(address).isEmpty())
                server.privateAddress = address;
        }
        server.brickMount = parentOf(member.brickPath);
        server.brickDir = lastComponentOf(member.brickPath);
        if (!member.reached) {
            pair.gaps << tr("%1 (%2) could not be reached: %3. Its mount, brick file system, "
                            "web server and public address are unknown.")
                             .arg(server.name, member.privateName, member.unreachable);
            if (FieldRules::ipAddress(member.ssh.host).isEmpty())
                server.publicAddress = member.ssh.host;
            spec.servers << server;
            continue;
        }
        if (FieldRules::ipAddress(report.reachedAddress).isEmpty())
            server.publicAddress = report.reachedAddress;
        else
            pair.gaps << tr("%1: its public address could not be read.").arg(server.name);
        pair.found << tr("%1: public address %2, private name %3 (%4)")
                          .arg(server.name, server.publicAddress, server.privateName,
                               server.privateAddress.isEmpty() ? tr("not resolved")
                                                               : server.privateAddress);

        // The brick: a directory of the file system mounted at brickMount, on disk.
        const bool oneBelow =
            !report.brickMount.isEmpty() && parentOf(member.brickPath) == report.brickMount;
        if (oneBelow && FieldRules::devicePath(report.brickDevice).isEmpty()) {
            server.disk = report.brickDevice;
            pair.found << tr("%1: brick %2:%3 on %4 (%5) mounted at %6")
                              .arg(server.name, member.privateName, member.brickPath,
                                   report.brickDevice, report.brickFsType, report.brickMount);
        } else {
            pair.gaps << tr("%1: the brick %2 is not a directory at the top of a disk's file "
                            "system (its file system: %3 at %4).")
                             .arg(server.name, member.brickPath,
                                  report.brickDevice.isEmpty() ? tr("unknown") : report.brickDevice,
                                  report.brickMount.isEmpty() ? tr("unknown") : report.brickMount);
        }

        const MemberReport::Mount *mounted = MemberReport::ofVolume(report.mounts, volume.name);
        const MemberReport::Mount *atBoot = MemberReport::ofVolume(report.fstab, volume.name);
        if (!mounted)
            pair.gaps << tr("%1: volume %2 is not mounted.").arg(server.name, volume.name);
        else if (mounted->target != spec.mount.path)
            pair.gaps << tr("%1: volume %2 is mounted at %3, not at %4.")
                             .arg(server.name, volume.name, mounted->target, spec.mount.path);
        else
            pair.found
                << tr("%1: %2 mounted at %3").arg(server.name, mounted->source, mounted->target);
        if (!atBoot)
            pair.gaps << tr("%1: /etc/fstab has no line mounting %2 at %3: it is not mounted "
                            "again after a reboot.")
                             .arg(server.name, volume.name, spec.mount.path);
        else if (atBoot->target != spec.mount.path)
            pair.gaps << tr("%1: /etc/fstab mounts %2 at %3, not at %4.")
                             .arg(server.name, volume.name, atBoot->target, spec.mount.path);
        else
            pair.found << tr("%1: /etc/fstab mounts %2 at %3 (%4)")
                              .arg(server.name, atBoot->source, atBoot->target, atBoot->options);

        if (anyWebServer && !report.hasWebServer) {
            pair.gaps << tr("%1: no Apache web server.").arg(server.name);
        } else if (anyWebServer) {
            if (report.documentRoot != documentRoot)
                pair.gaps << tr("%1: Apache serves %2, not %3.")
                                 .arg(server.name,
                                      report.documentRoot.isEmpty() ? tr("an unknown folder")
                                                                    : report.documentRoot,
                                      documentRoot);
            if (!report.webServerRunning)
                pair.gaps << tr("%1: Apache is not running.").arg(server.name);
            pair.found << tr("%1: Apache, DocumentRoot %2, %3")
                              .arg(server.name, report.documentRoot,
                                   report.webServerRunning ? tr("running") : tr("stopped"));
        }
        spec.servers << server;
    }
    if (anyWebServer)
        pair.assumptions << tr("the test file %1/%2 with \"%3\" (the product's own; the "
                               "health check compares what is served with that file)")
                                .arg(spec.mount.path, spec.web.testFile, spec.web.testContent);
    else
        pair.found << tr("no web server");
    pair.assumptions << tr("the split-brain risk of replica 2 is not acknowledged in the "
                           "spec: apply on it asks for it");
    return pair;
}
