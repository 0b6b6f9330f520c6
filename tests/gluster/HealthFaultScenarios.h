#pragma once

#include "HealthScenarios.h"

// Faults built on top of the recorded lab states: what the probe would see when one thing
// breaks. Each changes as little as possible of a real observation.
namespace HealthScenarios {

inline HealthObservations unreachable()
{
    HealthObservations observations = nodeDown();
    ServerObservation &second = observations.servers[1];
    second = server(2);
    second.sshReachable = false;
    second.sshError = QStringLiteral("No route to host");
    second.glusterdRunning = second.mount = second.fstab = second.brickSpace = ObservedCommand();
    second.http.statusCode = 0;
    second.http.body.clear();
    second.http.error = QStringLiteral("No route to host");
    observations.replication.ran = false;
    return observations;
}

inline HealthObservations noneReachable()
{
    HealthObservations observations = unreachable();
    ServerObservation &first = observations.servers[0];
    first = observations.servers[1];
    first.name = QStringLiteral("server01");
    first.privateName = QStringLiteral("server01-private");
    first.http.url = QStringLiteral("http://198.18.1.11/html/index.html");
    return observations;
}

inline HealthObservations hostKeyChanged()
{
    HealthObservations observations = healthy();
    ServerObservation &first = observations.servers[0];
    first.sshReachable = false;
    first.hostKeyOk = false;
    first.peerStatus = first.volumeInfo = first.volumeStatus = ObservedCommand();
    first.healInfo = first.healSummary = first.healSplitBrain = ObservedCommand();
    // server02 still answers everything.
    ServerObservation &second = observations.servers[1];
    second.volumeStatus = gluster(QStringLiteral("gluster volume status var-www --xml"),
                                  QStringLiteral("healthy-volume-status.xml"));
    second.healInfo = gluster(QStringLiteral("gluster volume heal var-www info --xml"),
                              QStringLiteral("healthy-heal-info.xml"));
    second.healSummary = gluster(QStringLiteral("gluster volume heal var-www info summary --xml"),
                                 QStringLiteral("healthy-heal-info-summary.xml"));
    return observations;
}

inline HealthObservations volumeStopped()
{
    HealthObservations observations = healthy();
    for (ServerObservation &server : observations.servers) {
        QByteArray info = server.volumeInfo.output;
        info.replace("<status>1</status>", "<status>2</status>");
        info.replace("<statusStr>Started</statusStr>", "<statusStr>Stopped</statusStr>");
        server.volumeInfo.output = info;
    }
    observations.servers[0].volumeStatus =
        failed(QStringLiteral("gluster volume status var-www --xml"),
               "<cliOutput><opRet>-1</opRet><opErrno>30802</opErrno>"
               "<opErrstr>Volume var-www is not started</opErrstr></cliOutput>");
    return observations;
}

inline HealthObservations volumeMissing()
{
    HealthObservations observations = healthy();
    for (ServerObservation &server : observations.servers) {
        server.volumeInfo = failed(QStringLiteral("gluster volume info var-www --xml"),
                                   "<cliOutput><opRet>-1</opRet><opErrno>30806</opErrno>"
                                   "<opErrstr>Volume var-www does not exist</opErrstr>"
                                   "</cliOutput>");
    }
    return observations;
}

inline HealthObservations mountMissing(bool withFstabLine)
{
    HealthObservations observations = healthy();
    ServerObservation &second = observations.servers[1];
    second.mount.exitStatus = 1;
    second.mount.output.clear();
    if (!withFstabLine) {
        second.fstab.exitStatus = 1;
        second.fstab.output.clear();
    }
    return observations;
}

// The web server waits for the volume's mount (the plan's drop-in): no mount on server02, so
// its web server did not start and refuses connections.
inline HealthObservations webWaitingForMount()
{
    HealthObservations observations = mountMissing(true);
    ServerObservation &second = observations.servers[1];
    second.http.statusCode = 0;
    second.http.body.clear();
    second.http.error = QStringLiteral("Connection refused");
    return observations;
}

// A pair set up before the plan set the failover options: the volume as the lab recorded it.
inline HealthObservations withoutFailoverOptions()
{
    HealthObservations observations = healthy();
    for (ServerObservation &server : observations.servers) {
        server.volumeInfo.output =
            GlusterTestData::fixture(QStringLiteral("healthy-volume-info.xml"));
    }
    return observations;
}

inline HealthObservations httpFailing(int status01, int status02, const QByteArray &body02)
{
    HealthObservations observations = healthy();
    observations.servers[0].http.statusCode = status01;
    observations.servers[1].http.statusCode = status02;
    observations.servers[1].http.body = body02;
    if (status02 == 0)
        observations.servers[1].http.error = QStringLiteral("Connection refused");
    return observations;
}

inline HealthObservations brickOfflineGlusterdUp()
{
    HealthObservations observations = healthy();
    QByteArray &status = observations.servers[0].volumeStatus.output;
    status.replace("<status>1</status>\n          <port>53933</port>",
                   "<status>0</status>\n          <port>N/A</port>");
    return observations;
}

inline HealthObservations withFreeSpace(qint64 available)
{
    HealthObservations observations = healthy();
    observations.servers[0].brickSpace.output =
        "Filesystem 1-blocks Used Available Capacity Mounted on\n/dev/vdb 1000000000 0 " +
        QByteArray::number(available) + " 0% /data/var-www/brick01\n";
    return observations;
}

// F3: a cluster command hangs on a silent partition; peer status still says Connected, but
// heal info (asked of the bricks) shows brick02 gone.
inline HealthObservations hungTransaction()
{
    HealthObservations observations = healthy();
    ServerObservation &first = observations.servers[0];
    first.volumeStatus = ObservedCommand::finished(
        QStringLiteral("gluster volume status var-www --xml"), -1, QByteArray());
    first.volumeStatus.timedOut = true;
    first.healInfo = gluster(QStringLiteral("gluster volume heal var-www info --xml"),
                             QStringLiteral("F1-down-heal-info.xml"));
    first.healSummary = ObservedCommand();
    first.healSplitBrain = ObservedCommand();
    observations.servers[1].volumeStatus =
        failed(QStringLiteral("gluster volume status var-www --xml"),
               "Another transaction is in progress for var-www. Please try again after some "
               "time.\n");
    return observations;
}

inline HealthObservations peerMissing()
{
    HealthObservations observations = healthy();
    observations.servers[0].peerStatus.output =
        "<cliOutput><opRet>0</opRet><opErrno>0</opErrno><opErrstr/><peerStatus/></cliOutput>";
    return observations;
}

inline HealthObservations healingNow()
{
    HealthObservations observations = healthy();
    QByteArray &summary = observations.servers[0].healSummary.output;
    summary.replace("<numberOfEntriesInHealPending>0</numberOfEntriesInHealPending>",
                    "<numberOfEntriesInHealPending>3</numberOfEntriesInHealPending>");
    return observations;
}

// Two data servers and an arbiter (server03: no mount, no web server), from the real outputs of
// the lab's `up --arbiter` set up by `apply` (tests/data/gluster/A-*): `state` is "A-healthy",
// "A-arbiter-down" (glusterd, brick and self-heal daemon of server03 ended by their PID files)
// or "A-arbiter-data-down" (then server02's too). Heal reports and volume status from server01.
inline HealthObservations arbiterSet(const QString &state)
{
    HealthObservations observations = pair();
    ServerObservation arbiter = server(3);
    arbiter.arbiter = true;
    arbiter.mount =
        failed(QStringLiteral("findmnt -n -o SOURCE,FSTYPE --mountpoint /var/www"), QByteArray());
    arbiter.fstab =
        failed(QStringLiteral("findmnt --fstab -n -o SOURCE,FSTYPE,OPTIONS --mountpoint /var/www"),
               QByteArray());
    arbiter.http = HttpObservation();
    observations.servers << arbiter;
    for (ServerObservation &s : observations.servers)
        observeGluster(&s, state); // the recorded volume has the failover options already
    observeVolume(&observations.servers[0], state,
                  state + QStringLiteral("-heal-info-split-brain.xml"));
    return observations;
}

inline HealthObservations arbiterDown()
{
    HealthObservations observations = arbiterSet(QStringLiteral("A-arbiter-down"));
    glusterEnded(&observations.servers[2], QStringLiteral("A-arbiter-down"));
    return observations;
}

// The arbiter and server02 down: server01's brick alone. The site's HTTP answer and the round
// trip are left out, so that the verdict comes from the bricks alone.
inline HealthObservations arbiterAndDataDown()
{
    HealthObservations observations = arbiterSet(QStringLiteral("A-arbiter-data-down"));
    glusterEnded(&observations.servers[1], QStringLiteral("A-arbiter-data-down"));
    glusterEnded(&observations.servers[2], QStringLiteral("A-arbiter-data-down"));
    observations.replication = ReplicationObservation();
    return observations;
}

} // namespace HealthScenarios
