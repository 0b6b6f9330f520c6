// The failover drill's pure parts: which PIDs it would end (from real `volume status --xml`
// outputs), whether a brick is back, how much is left to heal, split-brain counts, the longest
// stall of the site, the report's words and exit statuses, and the exact remote commands.
#include "drill/DrillCommands.h"
#include "drill/DrillReadings.h"
#include "drill/DrillReport.h"
#include "drill/StallClock.h"
#include "gluster/HealInfoParser.h"
#include "gluster/VolumeStatusParser.h"
#include "spec/SetupSpec.h"

#include <QFile>
#include <QtTest>

namespace {
QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(GHW_TEST_DATA_DIR "/gluster/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return file.readAll();
}

GlusterVolumeStatus volumeStatus(const QString &name)
{
    const auto parsed = VolumeStatusParser::parse(sample(name));
    if (!parsed.ok() || parsed.value.isEmpty())
        qFatal("unparsable sample %s", qPrintable(name));
    return parsed.value.first();
}

QList<GlusterHealBrick> heal(const QString &name)
{
    const auto parsed = HealInfoParser::parse(sample(name));
    if (!parsed.ok())
        qFatal("unparsable sample %s", qPrintable(name));
    return parsed.value;
}

const QString Brick01 = QStringLiteral("server01-private:/data/var-www/brick01/volume");
const QString Brick02 = QStringLiteral("server02-private:/data/var-www/brick02/volume");

SetupSpec labSpec()
{
    SetupSpec spec;
    ServerSpec one;
    one.name = QStringLiteral("server01");
    one.privateName = QStringLiteral("server01-private");
    one.brickMount = QStringLiteral("/data/var-www/brick01");
    ServerSpec two = one;
    two.name = QStringLiteral("server02");
    two.privateName = QStringLiteral("server02-private");
    two.brickMount = QStringLiteral("/data/var-www/brick02");
    spec.servers = {one, two};
    return spec;
}
} // namespace

class TestDrill : public QObject
{
    Q_OBJECT

private slots:
    // Each server's brick and its own self-heal daemon (by peer id), never the other's.
    void targetProcessesOfEachServer()
    {
        const GlusterVolumeStatus status =
            volumeStatus(QStringLiteral("healthy-volume-status.xml"));
        const auto one = DrillReadings::targetProcesses(status, Brick01);
        QVERIFY(one.brickListed);
        QCOMPARE(one.brickPid, 386);
        QCOMPARE(one.selfHealPid, 403);
        const auto two = DrillReadings::targetProcesses(status, Brick02);
        QCOMPARE(two.brickPid, 321);
        QCOMPARE(two.selfHealPid, 338);
        QVERIFY(DrillReadings::brickOnline(status, Brick01));
        QVERIFY(DrillReadings::brickOnline(status, Brick02));
    }

    // server02 down, asked on server01: its brick is not listed, so nothing of it is ended and
    // it does not count as back.
    void downServerHasNoProcesses()
    {
        const GlusterVolumeStatus status =
            volumeStatus(QStringLiteral("F1-down-volume-status.xml"));
        const auto two = DrillReadings::targetProcesses(status, Brick02);
        QVERIFY(!two.brickListed);
        QCOMPARE(two.brickPid, -1);
        QCOMPARE(two.selfHealPid, -1);
        QVERIFY(!DrillReadings::brickOnline(status, Brick02));
        QVERIFY(DrillReadings::brickOnline(status, Brick01));
    }

    void healLeft()
    {
        QCOMPARE(
            DrillReadings::entriesLeftToHeal(heal(QStringLiteral("healthy-heal-info-summary.xml"))),
            std::optional<int>(0));
        // A brick not connected: unknown, never "healed".
        QCOMPARE(
            DrillReadings::entriesLeftToHeal(heal(QStringLiteral("F1-down-heal-info-summary.xml"))),
            std::nullopt);
        QCOMPARE(DrillReadings::entriesLeftToHeal({}), std::nullopt);
        GlusterHealBrick pending;
        pending.status = QStringLiteral("Connected");
        pending.totalEntries = 3;
        GlusterHealBrick clean = pending;
        clean.totalEntries = 0;
        QCOMPARE(DrillReadings::entriesLeftToHeal({pending, clean}), std::optional<int>(3));
        GlusterHealBrick unknown;
        unknown.status = QStringLiteral("Connected");
        QCOMPARE(DrillReadings::entriesLeftToHeal({clean, unknown}), std::nullopt);
    }

    void splitBrain()
    {
        QCOMPARE(DrillReadings::splitBrainEntries(
                     heal(QStringLiteral("F2-splitbrain-heal-info-split-brain.xml"))),
                 std::optional<int>(2));
        QCOMPARE(DrillReadings::splitBrainEntries(heal(QStringLiteral("healthy-heal-info.xml"))),
                 std::optional<int>(0));
        QCOMPARE(DrillReadings::splitBrainEntries(heal(QStringLiteral("F1-down-heal-info.xml"))),
                 std::nullopt);
    }

    // Requests every 1000 ms: answers on time are no stall; failures and a hung request are.
    void stallClock()
    {
        StallClock clock(1000);
        QVERIFY(clock.isStalled()); // nothing answered yet
        clock.answered(10);
        clock.answered(1015);
        clock.answered(2020);
        QCOMPARE(clock.longestStallMs(), 5);
        QVERIFY(!clock.isStalled());
        clock.failed(3000);
        clock.failed(4000);
        QVERIFY(clock.isStalled());
        QCOMPARE(clock.currentStallMs(4500), 1480);
        clock.answered(5030); // 3010 ms since the last answer, 2010 beyond the interval
        QCOMPARE(clock.longestStallMs(), 2010);
        clock.answered(47030); // one request that hung 41 s
        QCOMPARE(clock.longestStallMs(), 41000);
        QCOMPARE(clock.answers(), 5);
        QCOMPARE(clock.failures(), 2);
    }

    // A stall still open when the watch stops counts up to then; an answered end adds nothing.
    void stallOpenAtStop()
    {
        StallClock clock(1000);
        clock.answered(0);
        clock.failed(1000);
        clock.stop(9000);
        QCOMPARE(clock.longestStallMs(), 8000);
        StallClock quiet(1000);
        quiet.answered(0);
        quiet.stop(60000);
        QCOMPARE(quiet.longestStallMs(), 0);
        StallClock never(1000);
        never.failed(0);
        never.stop(5000);
        QCOMPARE(never.longestStallMs(), 0);
        QVERIFY(never.isStalled());
    }

    void reportPassed()
    {
        DrillReport report;
        report.outcome = DrillReport::Outcome::Passed;
        report.target = QStringLiteral("server01");
        report.survivor = QStringLiteral("server02");
        report.siteUrl = QStringLiteral("http://198.18.1.12/index.html");
        report.tookDown = true;
        report.restored = true;
        report.downMs = 6400;
        report.longestStallMs = 120;
        report.siteAnswers = 14;
        report.healMs = 1500;
        report.fileOnBothBricks = true;
        report.splitBrainEntries = 0;
        report.restoreCommand = QStringLiteral("gluster-ha-wizard drill spec.json --restore");
        const QStringList lines = report.toTextLines();
        QVERIFY2(lines.first().startsWith(QStringLiteral("PASSED: server01 was out of the pair "
                                                         "for 6.4 s")),
                 qPrintable(lines.first()));
        QVERIFY(lines.contains(QStringLiteral(
            "Site stall: 0.1 s longest without an answer from http://198.18.1.12/index.html "
            "(14 answers, 0 failures, asked once a second).")));
        QVERIFY(lines.contains(QStringLiteral(
            "Heal: 1.5 s from server01's brick back online to nothing left to heal.")));
        QVERIFY(lines.contains(QStringLiteral("Split-brain entries: 0.")));
        QVERIFY(lines.contains(QStringLiteral("server01 is back in the pair.")));
        QVERIFY(!lines.join('\n').contains(QStringLiteral("Restore it with")));
        QCOMPARE(report.exitStatus(), 0);
    }

    // Not brought back: says so, with what to run.
    void reportNotRestored()
    {
        DrillReport report;
        report.outcome = DrillReport::Outcome::Failed;
        report.reason = QStringLiteral("server01 could not be brought back.");
        report.target = QStringLiteral("server01");
        report.tookDown = true;
        report.notRestored << QStringLiteral("server01: glusterd did not start (exit status 1).");
        report.restoreCommand =
            QStringLiteral("gluster-ha-wizard drill spec.json --restore --server server01");
        const QStringList lines = report.toTextLines();
        QCOMPARE(lines.first(), QStringLiteral("FAILED: server01 could not be brought back."));
        QVERIFY(lines.contains(QStringLiteral("server01 is NOT back in the pair.")));
        QVERIFY(lines.contains(
            QStringLiteral("Not restored: server01: glusterd did not start (exit status 1).")));
        QCOMPARE(lines.last(), QStringLiteral("Restore it with: gluster-ha-wizard drill spec.json "
                                              "--restore --server server01"));
        QCOMPARE(report.exitStatus(), 1);
    }

    void exitStatuses()
    {
        DrillReport report;
        report.outcome = DrillReport::Outcome::Refused;
        QCOMPARE(report.exitStatus(), 2);
        report.outcome = DrillReport::Outcome::Cancelled;
        QCOMPARE(report.exitStatus(), 1);
        report.outcome = DrillReport::Outcome::Restored;
        QCOMPARE(report.exitStatus(), 0);
    }

    // The PIDs reach the shell as numbers only (through ShellQuote); each is ended only while it
    // still is a gluster process; never `systemctl stop glusterd`, which would also stop the
    // volume's mount and the web server that require it; all as one bash.
    void takeDownCommand()
    {
        const DrillCommands commands(labSpec(), 8);
        const QString command = commands.takeDown(386, 403);
        QVERIFY(command.startsWith(QStringLiteral("env LC_ALL=C bash -c '")));
        QVERIFY(command.contains(QStringLiteral("$(pidof glusterd) 386 403; do")));
        QVERIFY(!command.contains(QStringLiteral("systemctl stop")));
        QVERIFY(command.contains(QStringLiteral("glusterd|glusterfsd|glusterfs)")));
        QVERIFY(!command.contains(QStringLiteral("pkill")));
        QVERIFY(!command.contains(QStringLiteral("killall")));
        // A missing self-heal daemon is simply not in the list.
        QVERIFY(commands.takeDown(386, -1).contains(QStringLiteral("$(pidof glusterd) 386; do")));
    }

    void fileCommandsQuoteTheirValues()
    {
        SetupSpec spec = labSpec();
        spec.volume.name = QStringLiteral("web vol");
        spec.mount.path = QStringLiteral("/srv/it's");
        const DrillCommands commands(spec, 8);
        QCOMPARE(commands.volumeStatus(),
                 QStringLiteral("LC_ALL=C timeout -k 1 8 gluster --mode=script --timeout=7 volume "
                                "status 'web vol' --xml"));
        QCOMPARE(commands.markerName(QStringLiteral("t1")), QStringLiteral(".ghw-drill-t1"));
        const QString write = commands.writeMarker(QStringLiteral("t1"));
        QVERIFY(write.startsWith(QStringLiteral("timeout -k 1 16 sh -c '")));
        QVERIFY(write.contains(QStringLiteral("is not a glusterfs mount")));
        QCOMPARE(commands.readMarkerOnBrick(spec.servers.at(1), QStringLiteral("t1")),
                 QStringLiteral("cat -- /data/var-www/brick02/volume/.ghw-drill-t1"));
    }
};

QTEST_GUILESS_MAIN(TestDrill)
#include "tst_drill.moc"
