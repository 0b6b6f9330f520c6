#include "health/VolumeHealthRules.h"

#include "health/HealthContext.h"
#include "health/HealthFixCommands.h"
#include "plan/FailoverOptions.h"

#include <QCoreApplication>

namespace {
HealthCheck volumeCheck(const HealthContext &context)
{
    const QString volume = context.volumeName();
    const QString title = QCoreApplication::translate("VolumeHealthRules", "Volume");
    const auto make = [&](HealthCheck::State state, const QString &reason) {
        HealthCheck check =
            HealthCheck::make(QStringLiteral("volume"), QString(), title, state, reason);
        check.subject = volume;
        return check;
    };
    if (const auto &found = context.volume()) {
        if (found->status == GlusterVolume::Status::Started) {
            if (found->replicaCount < 2) {
                return make(HealthCheck::State::Warn,
                            QCoreApplication::translate(
                                "VolumeHealthRules",
                                "Started, but it keeps only one copy of each file (%1): losing "
                                "a brick loses data.")
                                .arg(found->typeText));
            }
            return make(HealthCheck::State::Ok,
                        QCoreApplication::translate("VolumeHealthRules",
                                                    "Started: %1, %2 copies on %3 bricks.")
                            .arg(found->typeText, QString::number(found->replicaCount),
                                 QString::number(found->bricks.size())));
        }
        if (found->status == GlusterVolume::Status::Unknown) {
            return make(HealthCheck::State::Unknown,
                        QCoreApplication::translate("VolumeHealthRules",
                                                    "gluster reports the state \"%1\".")
                            .arg(found->statusText));
        }
        HealthCheck check =
            make(HealthCheck::State::Fail,
                 QCoreApplication::translate("VolumeHealthRules",
                                             "The volume exists but is not started (%1): no brick "
                                             "serves it and the mounts cannot work.")
                     .arg(found->statusText));
        check.breaksService = true;
        check.fixCommands.append(HealthFixCommands::startVolume(volume));
        return check;
    }
    if (context.volumeMissing()) {
        HealthCheck check =
            make(HealthCheck::State::Fail,
                 QCoreApplication::translate("VolumeHealthRules",
                                             "The pool has no volume called %1: the setup was "
                                             "never completed or the volume was deleted.")
                     .arg(volume));
        check.breaksService = true;
        return check;
    }
    const GlusterFailure failure = context.volumeFailure();
    return make(HealthCheck::State::Unknown,
                failure.isFailure()
                    ? failure.message()
                    : QCoreApplication::translate("VolumeHealthRules",
                                                  "No server could describe the volume."));
}

// What each server's `volume status` and heal report say about one brick.
struct BrickSighting
{
    QStringList problems;
    bool onlineSomewhere = false;
    bool listedOffline = false; // glusterd knows the brick process is dead
    int port = -1;
};

BrickSighting sightBrick(const HealthContext &context, const GlusterBrick &brick)
{
    BrickSighting sighting;
    for (const ParsedServerView &view : context.views()) {
        if (!view.reachable())
            continue;
        const QString from = view.server->name;
        if (const GlusterVolumeStatus *status = view.volumeStatus(context.volumeName())) {
            const GlusterProcess *process = status->brick(brick.name);
            if (!process) {
                sighting.problems.append(
                    QCoreApplication::translate(
                        "VolumeHealthRules",
                        "%1 does not list it in the volume status (its glusterd is unreachable "
                        "from there)")
                        .arg(from));
            } else if (!process->online) {
                sighting.listedOffline = true;
                sighting.problems.append(
                    QCoreApplication::translate("VolumeHealthRules",
                                                "%1 lists it offline in the volume status")
                        .arg(from));
            } else {
                sighting.onlineSomewhere = true;
                sighting.port = process->tcpPort;
            }
        }
        // Heal info asks the bricks themselves: it notices a cut that glusterd has not yet seen.
        for (const auto *heal : {&view.healInfo, &view.healSummary, &view.healSplitBrain}) {
            if (!*heal || !(*heal)->ok())
                continue;
            for (const GlusterHealBrick &healBrick : (*heal)->value) {
                if (healBrick.name != brick.name)
                    continue;
                if (healBrick.isConnected()) {
                    sighting.onlineSomewhere = true; // the brick answered the heal client
                } else {
                    sighting.problems.append(
                        QCoreApplication::translate("VolumeHealthRules", "heal info on %1 says: %2")
                            .arg(from, healBrick.status));
                }
            }
            break; // one heal report per server is enough
        }
    }
    return sighting;
}

// Replica 3, with or without an arbiter, under client quorum "auto" (the plan's volume-quorum
// step, and Gluster's default for replica 3): a mount writes only while it reaches two of the
// three bricks. `up` names the servers whose brick is up.
HealthCheck writeQuorumCheck(const GlusterVolume &volume, const QStringList &up)
{
    const QString title = QCoreApplication::translate("VolumeHealthRules", "Writes (quorum)");
    const int total = int(volume.bricks.size());
    HealthCheck check;
    if (up.size() * 2 > total) {
        check = HealthCheck::make(
            QStringLiteral("write-quorum"), QString(), title, HealthCheck::State::Ok,
            QCoreApplication::translate("VolumeHealthRules",
                                        "Writes work: %1 of the %2 bricks are up (%3); Gluster "
                                        "needs two.")
                .arg(up.size())
                .arg(total)
                .arg(up.join(QLatin1String(", "))));
    } else {
        check = HealthCheck::make(
            QStringLiteral("write-quorum"), QString(), title, HealthCheck::State::Fail,
            QCoreApplication::translate(
                "VolumeHealthRules",
                "Writes are refused: only %1 of the %2 bricks is up (%3), and Gluster lets a "
                "mount write only while it reaches two of the three, so that a server left alone "
                "cannot split the brain. Nothing can be changed on the site, and reading may fail "
                "too, until one more server is back.")
                .arg(up.size())
                .arg(total)
                .arg(up.isEmpty() ? QCoreApplication::translate("VolumeHealthRules", "none")
                                  : up.join(QLatin1String(", "))));
        check.breaksService = true;
    }
    check.subject = volume.name;
    return check;
}

bool hasWriteQuorum(const GlusterVolume &volume)
{
    const QString type = volume.option(QStringLiteral("cluster.quorum-type"));
    return volume.replicaCount == 3 && volume.bricks.size() == 3 &&
           (type.isEmpty() || type == QLatin1String("auto"));
}

void appendBrickChecks(const HealthContext &context, QList<HealthCheck> *checks)
{
    const GlusterVolume &volume = *context.volume();
    const qsizetype first = checks->size();
    bool anyOnline = false;
    bool allKnown = true;
    QStringList up;
    for (const GlusterBrick &brick : volume.bricks) {
        const ServerObservation *owner = context.serverForHost(brick.host);
        const QString serverName = owner ? owner->name : brick.host;
        const QString title = QCoreApplication::translate("VolumeHealthRules", "Brick");
        const BrickSighting sighting = sightBrick(context, brick);
        anyOnline = anyOnline || sighting.onlineSomewhere;
        if (sighting.onlineSomewhere)
            up << serverName;
        else if (sighting.problems.isEmpty())
            allKnown = false; // nobody could tell
        HealthCheck check;
        if (!sighting.problems.isEmpty()) {
            const ParsedServerView *ownerView = context.viewFor(owner);
            const bool ownerDown = ownerView && context.glusterdDown(*ownerView);
            const QString seen = sighting.problems.join(QLatin1String("; "));
            QString reason;
            if (brick.isArbiter && !sighting.onlineSomewhere) {
                reason = QCoreApplication::translate(
                             "VolumeHealthRules",
                             "The arbiter's brick is offline: writes still work while both data "
                             "bricks are up, but nothing now keeps a cut between the data servers "
                             "from splitting the brain. Seen: %1.")
                             .arg(seen);
            } else if (sighting.onlineSomewhere) {
                reason = QCoreApplication::translate(
                             "VolumeHealthRules",
                             "The brick runs, but not every server reaches it, so the copies "
                             "drift apart. Seen: %1.")
                             .arg(seen);
            } else {
                reason = QCoreApplication::translate(
                             "VolumeHealthRules",
                             "The brick is offline: its copy is not kept up to date while the "
                             "other brick serves the files. Seen: %1.")
                             .arg(seen);
            }
            if (!ownerDown && !sighting.listedOffline) {
                // glusterd on its server runs and nobody saw the process dead: the path
                // between the servers is the likely cause, and restarting things won't help.
                reason += QLatin1Char(' ') +
                          QCoreApplication::translate("VolumeHealthRules",
                                                      "Its server looks fine, so check the "
                                                      "private network between the servers.");
            }
            check = HealthCheck::make(QStringLiteral("brick"), serverName, title,
                                      HealthCheck::State::Fail, reason);
            if (ownerDown)
                check.fixCommands.append(HealthFixCommands::restartGlusterd());
            else if (sighting.listedOffline)
                check.fixCommands.append(HealthFixCommands::startVolumeForce(volume.name));
        } else if (sighting.onlineSomewhere) {
            check = HealthCheck::make(
                QStringLiteral("brick"), serverName, title, HealthCheck::State::Ok,
                sighting.port > 0
                    ? QCoreApplication::translate("VolumeHealthRules", "Online (port %1).")
                          .arg(sighting.port)
                    : QCoreApplication::translate("VolumeHealthRules", "Online."));
        } else {
            check = HealthCheck::make(
                QStringLiteral("brick"), serverName, title, HealthCheck::State::Unknown,
                QCoreApplication::translate("VolumeHealthRules",
                                            "No server could report the brick's state."));
        }
        check.subject = brick.name;
        checks->append(check);
    }
    if (allKnown && hasWriteQuorum(volume))
        checks->append(writeQuorumCheck(volume, up));
    if (anyOnline)
        return;
    // Not one brick online anywhere: nothing serves the data.
    for (qsizetype i = first; i < checks->size(); ++i) {
        if ((*checks)[i].state == HealthCheck::State::Fail)
            (*checks)[i].breaksService = true;
    }
}

// The options of the plan's volume-options step (FailoverOptions): without them, the site of the
// surviving server stalls for more than a minute when its peer goes silent.
HealthCheck failoverOptionsCheck(const GlusterVolume &volume)
{
    const QString title = QCoreApplication::translate("VolumeHealthRules", "Failover options");
    QStringList lacking;
    QStringList fixes;
    for (const FailoverOptions::Option &option : FailoverOptions::all()) {
        if (volume.option(option.name) == option.value)
            continue;
        lacking << QStringLiteral("%1 %2").arg(option.name, option.value);
        fixes << FailoverOptions::setCommand(volume.name, option);
    }
    HealthCheck check;
    if (lacking.isEmpty()) {
        check = HealthCheck::make(
            QStringLiteral("failover-options"), QString(), title, HealthCheck::State::Ok,
            QCoreApplication::translate("VolumeHealthRules",
                                        "Set for failover within seconds when a server goes "
                                        "silent."));
    } else {
        check = HealthCheck::make(
            QStringLiteral("failover-options"), QString(), title, HealthCheck::State::Warn,
            QCoreApplication::translate(
                "VolumeHealthRules",
                "The volume lacks the options for a fast failover (%1): when a server goes "
                "silent (power cut, dead network), the other server's site and writes stall for "
                "up to a minute or more instead of a few seconds.")
                .arg(lacking.join(QLatin1String(", "))));
        check.fixCommands = fixes;
    }
    check.subject = volume.name;
    return check;
}

void appendSelfHealChecks(const HealthContext &context, QList<HealthCheck> *checks)
{
    const GlusterVolume &volume = *context.volume();
    for (const GlusterBrick &brick : volume.bricks) {
        const ServerObservation *owner = context.serverForHost(brick.host);
        const ParsedServerView *ownerView = context.viewFor(owner);
        // A server that is down is reported by its glusterd and brick checks already.
        if (!ownerView || !context.glusterdRunning(*ownerView) || brick.hostUuid.isEmpty())
            continue;
        bool anyStatus = false;
        bool online = false;
        for (const ParsedServerView &view : context.views()) {
            const GlusterVolumeStatus *status = view.volumeStatus(volume.name);
            if (!status)
                continue;
            anyStatus = true;
            for (const GlusterProcess &daemon : status->selfHealDaemons())
                online = online || (daemon.peerId == brick.hostUuid && daemon.online);
        }
        if (!anyStatus)
            continue; // no status answered: the brick check already says unknown
        const QString title = QCoreApplication::translate("VolumeHealthRules", "Self-heal daemon");
        HealthCheck check =
            online ? HealthCheck::make(QStringLiteral("self-heal-daemon"), owner->name, title,
                                       HealthCheck::State::Ok,
                                       QCoreApplication::translate("VolumeHealthRules", "Running."))
                   : HealthCheck::make(
                         QStringLiteral("self-heal-daemon"), owner->name, title,
                         HealthCheck::State::Warn,
                         QCoreApplication::translate(
                             "VolumeHealthRules",
                             "The self-heal daemon is not running: files changed while a brick "
                             "was down are only repaired when someone reads them."));
        if (!online)
            check.fixCommands.append(HealthFixCommands::startVolumeForce(volume.name));
        checks->append(check);
    }
}
} // namespace

void VolumeHealthRules::append(const HealthContext &context, QList<HealthCheck> *checks)
{
    if (context.reachableCount() == 0)
        return;
    checks->append(volumeCheck(context));
    if (const auto &found = context.volume())
        checks->append(failoverOptionsCheck(*found));
    // Bricks of a stopped volume are offline by definition: the volume check says it once.
    if (!context.volumeStarted())
        return;
    appendBrickChecks(context, checks);
    appendSelfHealChecks(context, checks);
}
