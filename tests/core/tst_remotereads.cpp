// The catalogue of the remote reads (shell/RemoteReads): each read is built in one place, under
// one timeout policy, and every user (facts script, plan checks, health probe, drill) sends
// exactly the catalogue's text. The findmnt reads run here against this machine's real findmnt
// and are read by the one parser, MountTableParser.
#include "CoreTestSupport.h"

#include "drill/DrillCommands.h"
#include "facts/FactsScript.h"
#include "facts/MountTableParser.h"
#include "health/HealthCommands.h"
#include "plan/Planner.h"
#include "shell/RemoteReads.h"
#include "shell/ShellQuote.h"
#include "shell/StepSnippets.h"

#include <QTest>

class TestRemoteReads : public QObject
{
    Q_OBJECT
private slots:
    void glusterReadsAreBounded_data();
    void glusterReadsAreBounded();
    void everyUserSendsTheCatalogueText();
    void thePlanChecksUseTheCatalogue();
    void theAddArbiterPlanReadsThroughTheCatalogue();
    void mountsAtAPathAreFindmntJson();
    void fstabWithoutTheLineIsEmpty();
    void guardRefusesAFolderThatIsNoGlusterMount();
    void volumeSource();
};

void TestRemoteReads::glusterReadsAreBounded_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    const QString vol = ShellQuote::quote(QStringLiteral("my vol"));
    const QString g = QStringLiteral("LC_ALL=C timeout -k 1 9 gluster --mode=script --timeout=8 ");
    QTest::newRow("peer status") << RemoteReads::peerStatus(9) << g + "peer status --xml";
    QTest::newRow("volume info") << RemoteReads::volumeInfo(vol, 9)
                                 << g + "volume info 'my vol' --xml";
    QTest::newRow("volume info text")
        << RemoteReads::volumeInfoText(vol, 9) << g + "volume info 'my vol'";
    QTest::newRow("volume status")
        << RemoteReads::volumeStatus(vol, 9) << g + "volume status 'my vol' --xml";
    QTest::newRow("heal summary") << RemoteReads::healSummary(vol, 9)
                                  << g + "volume heal 'my vol' info summary --xml";
    QTest::newRow("split-brain") << RemoteReads::healSplitBrain(vol, 9)
                                 << g + "volume heal 'my vol' info split-brain --xml";
    // The default bound of the steps and the facts script; never below 2 s.
    QTest::newRow("default") << RemoteReads::peerStatus()
                             << "LC_ALL=C timeout -k 1 30 gluster --mode=script --timeout=29 "
                                "peer status --xml";
    QTest::newRow("floor") << RemoteReads::peerStatus(0)
                           << "LC_ALL=C timeout -k 1 2 gluster --mode=script --timeout=1 "
                              "peer status --xml";
}

void TestRemoteReads::glusterReadsAreBounded()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QCOMPARE(command, expected);
}

void TestRemoteReads::everyUserSendsTheCatalogueText()
{
    const SetupSpec spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    QVERIFY(!spec.servers.isEmpty());
    const QString vol = ShellQuote::quote(spec.volume.name);
    const QString mnt = ShellQuote::quote(spec.mount.path);

    const HealthCommands health(spec.volume.name, spec.mount.path, spec.servers.first().brickMount,
                                7);
    QCOMPARE(health.peerStatus(), RemoteReads::peerStatus(7));
    QCOMPARE(health.volumeInfo(), RemoteReads::volumeInfo(vol, 7));
    QCOMPARE(health.volumeStatus(), RemoteReads::volumeStatus(vol, 7));
    QCOMPARE(health.healSummary(), RemoteReads::healSummary(vol, 7));
    QCOMPARE(health.healSplitBrain(), RemoteReads::healSplitBrain(vol, 7));
    QCOMPARE(health.mount(), RemoteReads::mounts(mnt));
    QCOMPARE(health.fstab(), RemoteReads::fstab(mnt));

    const DrillCommands drill(spec, 7);
    QCOMPARE(drill.volumeStatus(), RemoteReads::volumeStatus(vol, 7));
    QCOMPARE(drill.healSummary(), RemoteReads::healSummary(vol, 7));
    QCOMPARE(drill.healSplitBrain(), RemoteReads::healSplitBrain(vol, 7));
    // The same guard in front of the drill's and the health probe's file operations.
    const QString guard = RemoteReads::requireGlusterMount(spec.mount.path, 3);
    QVERIFY(drill.readMarker(QStringLiteral("t")).contains(ShellQuote::quote(guard).mid(1, 40)));
    QVERIFY(
        health.roundTripRead(QStringLiteral("t")).contains(ShellQuote::quote(guard).mid(1, 40)));

    const QString facts = FactsScript::build(spec, 0);
    for (const QString &read :
         {RemoteReads::mounts(), RemoteReads::fstab(), RemoteReads::peerStatus(),
          RemoteReads::volumeInfo(QStringLiteral("\"$1\""))})
        QVERIFY2(facts.contains(read), qPrintable(read));
    QVERIFY(!facts.contains(QStringLiteral("timeout 20 gluster")));

    QVERIFY(StepSnippets::peerConnected().contains(RemoteReads::peerStatus()));
    QVERIFY(
        StepSnippets::volumeBricks().contains(RemoteReads::volumeInfo(QStringLiteral("\"$1\""))));
}

void TestRemoteReads::thePlanChecksUseTheCatalogue()
{
    const SetupSpec spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    const PlanResult result = Planner::plan(
        spec, {CoreTestSupport::debianFacts(spec), CoreTestSupport::debianFacts(spec)});
    QVERIFY2(result.ok(), qPrintable(result.errors.join('\n')));
    QString all;
    for (const Step &step : result.plan.steps())
        all += step.check + step.apply + step.verify;
    // Every gluster read of the plan goes through the one policy: no unbounded CLI, no other
    // timeout than the catalogue's.
    QVERIFY(all.contains(RemoteReads::volumeInfo(QStringLiteral("\"$vol\""))));
    QVERIFY(!all.contains(QStringLiteral("timeout 30 gluster --mode=script volume info")));
    QVERIFY(!all.contains(QStringLiteral("timeout 30 gluster --mode=script peer status")));
    static const QRegularExpression ownTimeout(
        QStringLiteral("timeout [0-9]+ gluster --mode=script (?!\"\\$@\")"));
    QVERIFY2(!all.contains(ownTimeout), qPrintable(ownTimeout.match(all).captured(0)));
    QVERIFY(all.contains(RemoteReads::poolList(10)));
    // The mount step writes the source that readiness and health compare with.
    const QString source =
        RemoteReads::volumeSource(spec.servers.first().privateName, spec.volume.name);
    const Step *mount = result.plan.find(QStringLiteral("mount:") + spec.servers.first().name);
    QVERIFY(mount);
    QVERIFY(mount->check.contains(ShellQuote::quote(source)));
}

void TestRemoteReads::theAddArbiterPlanReadsThroughTheCatalogue()
{
    const SetupSpec spec = CoreTestSupport::loadSpec("core/lab-arbiter.json");
    const PlanResult result = Planner::planAddArbiter(
        spec, QList<HostFacts>(3, CoreTestSupport::debianFacts(spec)), "server03");
    QVERIFY2(result.ok(), qPrintable(result.errors.join('\n')));
    QString all;
    for (const Step &step : result.plan.steps())
        all += step.check + step.apply + step.verify;
    QVERIFY(all.contains(RemoteReads::volumeInfo(QStringLiteral("\"$vol\""))));
    QVERIFY(all.contains(RemoteReads::healSummary(QStringLiteral("\"$vol\""), 60)));
    // No gluster read under a timeout of its own making (the `gl` wrapper of the changes,
    // StepSnippets, has its own: it writes).
    static const QRegularExpression ownTimeout(
        QStringLiteral("timeout [0-9]+ gluster --mode=script (?!\"\\$@\")"));
    QVERIFY2(!all.contains(ownTimeout), qPrintable(ownTimeout.match(all).captured(0)));
}

void TestRemoteReads::mountsAtAPathAreFindmntJson()
{
    // This machine's root is a mount: read it as the health probe reads the volume's mount.
    const auto run = CoreTestSupport::bash(RemoteReads::mounts(ShellQuote::quote("/")));
    QCOMPARE(run.exitCode, 0);
    QList<MountEntry> entries;
    QVERIFY2(MountTableParser::parse(run.out, &entries), run.out.constData());
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().target, QStringLiteral("/"));
    QVERIFY(!entries.last().source.isEmpty());
    QVERIFY(!entries.last().fsType.isEmpty());
    QVERIFY(!entries.last().majMin.isEmpty());
}

void TestRemoteReads::fstabWithoutTheLineIsEmpty()
{
    // No fstab line for the path: status 1, nothing printed (the health rule's "no line"), and
    // the parser reads the empty text as an empty table.
    const auto run = CoreTestSupport::bash(
        RemoteReads::fstab(ShellQuote::quote("/nonexistent/ghw-remote-reads")));
    QCOMPARE(run.exitCode, 1);
    QList<MountEntry> entries;
    QVERIFY(MountTableParser::parse(run.out, &entries));
    QVERIFY(entries.isEmpty());
}

void TestRemoteReads::guardRefusesAFolderThatIsNoGlusterMount()
{
    const auto run =
        CoreTestSupport::bash(RemoteReads::requireGlusterMount(QStringLiteral("/tmp/it's"), 3) +
                              QStringLiteral("echo reached\n"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!run.out.contains("reached"));
    QCOMPARE(run.err.trimmed(), QByteArray("/tmp/it's is not a glusterfs mount"));
}

void TestRemoteReads::volumeSource()
{
    QCOMPARE(
        RemoteReads::volumeSource(QStringLiteral("server01-private"), QStringLiteral("var-www")),
        QStringLiteral("server01-private:/var-www"));
}

QTEST_GUILESS_MAIN(TestRemoteReads)
#include "tst_remotereads.moc"
