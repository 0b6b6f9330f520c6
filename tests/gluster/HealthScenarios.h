#pragma once

#include "GlusterTestData.h"

#include "health/HealthObservations.h"
#include "plan/FailoverOptions.h"
#include "shell/RemoteReads.h"

// Observations of the lab pair (server01, server02, volume var-www) built from the real gluster
// outputs in tests/data/gluster, for the health evaluator tests.
namespace HealthScenarios {

inline const char *const DaemonDown = "Connection failed. Please check if gluster daemon is "
                                      "operational.\n";

inline ObservedCommand gluster(const QString &command, const QString &fixtureName)
{
    return ObservedCommand::finished(command, 0, GlusterTestData::fixture(fixtureName));
}

inline ObservedCommand failed(const QString &command, const QByteArray &output, int status = 1)
{
    return ObservedCommand::finished(command, status, output);
}

inline ServerObservation server(int number)
{
    ServerObservation server;
    const QString two = QString::number(number).rightJustified(2, QLatin1Char('0'));
    server.name = QStringLiteral("server") + two;
    server.privateName = server.name + QStringLiteral("-private");
    server.publicAddress = QStringLiteral("198.18.1.1") + QString::number(number);
    server.brickPath = QStringLiteral("/data/var-www/brick") + two + QStringLiteral("/volume");
    server.sshReachable = true;
    server.glusterdRunning =
        ObservedCommand::finished(QStringLiteral("pidof glusterd"), 0, "386\n");
    server.mount = ObservedCommand::finished(
        RemoteReads::mounts(QStringLiteral("/var/www")), 0,
        R"({"filesystems": [{"target": "/var/www", "source": ")" + server.privateName.toUtf8() +
            R"(:/var-www", "fstype": "fuse.glusterfs", "maj:min": "0:52"}]})" + "\n");
    server.fstab = ObservedCommand::finished(
        RemoteReads::fstab(QStringLiteral("/var/www")), 0,
        R"({"filesystems": [{"target": "/var/www", "source": ")" + server.privateName.toUtf8() +
            R"(:/var-www", "fstype": "glusterfs", )"
            R"("options": "defaults,_netdev,backup-volfile-servers=other"}]})" +
            "\n");
    server.brickSpace = ObservedCommand::finished(
        QStringLiteral("df -P -B1 /data/var-www/brick") + two, 0,
        "Filesystem     1-blocks     Used  Available Capacity Mounted on\n"
        "/dev/vdb     1063256064 40742912 1022513152       4% /data/var-www/brick" +
            two.toUtf8() + "\n");
    server.http.ran = true;
    server.http.url =
        QStringLiteral("http://") + server.publicAddress + QStringLiteral("/html/index.html");
    server.http.statusCode = 200;
    server.http.body = "Hello, World!\n";
    return server;
}

// A recorded `volume info --xml` with the options the plan's volume-options step sets
// (FailoverOptions), which the pairs recorded before that step lack.
inline QByteArray withFailoverOptions(QByteArray volumeInfo)
{
    QByteArray options = "<options>";
    for (const FailoverOptions::Option &option : FailoverOptions::all()) {
        options += "<option><name>" + option.name.toUtf8() + "</name><value>" +
                   option.value.toUtf8() + "</value></option>";
    }
    return volumeInfo.replace("<options>", options);
}

// Gluster commands as a probe would run them; `state` picks the fixture set ("healthy", ...).
// The volume carries the failover options, as the plan sets them.
inline void observeGluster(ServerObservation *server, const QString &state)
{
    server->peerStatus =
        gluster(QStringLiteral("gluster peer status --xml"),
                state + QStringLiteral("-peer-status-") + server->name + QStringLiteral(".xml"));
    server->volumeInfo = gluster(QStringLiteral("gluster volume info var-www --xml"),
                                 state + QStringLiteral("-volume-info.xml"));
    server->volumeInfo.output = withFailoverOptions(server->volumeInfo.output);
}

// Volume status and heal reports as asked on `first`, from the fixtures of `state`.
inline void observeVolume(ServerObservation *first, const QString &state,
                          const QString &splitBrainFixture)
{
    first->volumeStatus = gluster(QStringLiteral("gluster volume status var-www --xml"),
                                  state + QStringLiteral("-volume-status.xml"));
    first->healInfo = gluster(QStringLiteral("gluster volume heal var-www info --xml"),
                              state + QStringLiteral("-heal-info.xml"));
    first->healSummary = gluster(QStringLiteral("gluster volume heal var-www info summary --xml"),
                                 state + QStringLiteral("-heal-info-summary.xml"));
    first->healSplitBrain = gluster(
        QStringLiteral("gluster volume heal var-www info split-brain --xml"), splitBrainFixture);
}

inline HealthObservations pair()
{
    HealthObservations observations;
    observations.volumeName = QStringLiteral("var-www");
    observations.mountPath = QStringLiteral("/var/www");
    observations.testFile = QStringLiteral("html/index.html");
    observations.expectedBody = QStringLiteral("Hello, World!");
    observations.servers = {server(1), server(2)};
    observations.replication.ran = true;
    observations.replication.writer = QStringLiteral("server01");
    observations.replication.reader = QStringLiteral("server02");
    observations.replication.written = true;
    observations.replication.readBack = true;
    return observations;
}

// Both servers answer; volume status and heal reports asked on server01 (heal reports are the
// same from any server; volume status is per view and added where a test needs it).
inline HealthObservations healthy(const QString &state = QStringLiteral("healthy"))
{
    HealthObservations observations = pair();
    for (ServerObservation &server : observations.servers)
        observeGluster(&server, state);
    // The lab did not capture `info split-brain --xml` in these states; with no split-brain it
    // has the same shape and counts as `heal info`.
    observeVolume(&observations.servers[0], state, state + QStringLiteral("-heal-info.xml"));
    return observations;
}

// What a probe sees on a server whose glusterd (and brick) was ended, in the recorded `state`:
// SSH still works, gluster's commands there fail.
inline void glusterEnded(ServerObservation *s, const QString &state)
{
    s->glusterdRunning = failed(QStringLiteral("pidof glusterd"), QByteArray());
    s->peerStatus = failed(QStringLiteral("gluster peer status --xml"),
                           GlusterTestData::fixture(state + QStringLiteral("-peer-status-") +
                                                    s->name + QStringLiteral(".xml")));
    s->volumeInfo = failed(QStringLiteral("gluster volume info var-www --xml"), DaemonDown);
    s->volumeStatus = failed(QStringLiteral("gluster volume status var-www --xml"), DaemonDown);
}

// F1: glusterd, brick and self-heal daemon killed on server02 (SSH still works).
inline HealthObservations nodeDown()
{
    HealthObservations observations = healthy(QStringLiteral("F1-down"));
    ServerObservation &second = observations.servers[1];
    glusterEnded(&second, QStringLiteral("F1-down"));
    second.volumeStatus =
        failed(QStringLiteral("gluster volume status var-www --xml"),
               GlusterTestData::fixture(QStringLiteral("F1-down-volume-status-server02.txt")));
    observations.servers[0].healSplitBrain = ObservedCommand();
    return observations;
}

// F2: the same file written on both sides of a partition, link restored: split-brain.
inline HealthObservations splitBrain()
{
    HealthObservations observations = healthy(QStringLiteral("F2-healed"));
    ServerObservation &first = observations.servers[0];
    first.healInfo = gluster(QStringLiteral("gluster volume heal var-www info --xml"),
                             QStringLiteral("F2-splitbrain-heal-info.xml"));
    first.healSummary = gluster(QStringLiteral("gluster volume heal var-www info summary --xml"),
                                QStringLiteral("derived-F2-splitbrain-heal-info-summary.xml"));
    first.healSplitBrain =
        gluster(QStringLiteral("gluster volume heal var-www info split-brain --xml"),
                QStringLiteral("F2-splitbrain-heal-info-split-brain.xml"));
    return observations;
}

// F2: server02's private link cut; each side sees only itself.
inline HealthObservations partition()
{
    HealthObservations observations = healthy(QStringLiteral("F2-down"));
    observations.servers[0].healSplitBrain = ObservedCommand();
    observations.servers[1].volumeStatus =
        gluster(QStringLiteral("gluster volume status var-www --xml"),
                QStringLiteral("derived-F2-down-volume-status-server02.xml"));
    return observations;
}

} // namespace HealthScenarios
