#include "HealthScenarios.h"
#include "health/HealthEvaluator.h"
#include "health/HealthPairSummary.h"

#include <QTest>

using State = HealthCheck::State;

Q_DECLARE_METATYPE(HealthObservations)

// What the dashboard's picture says for reports of real states of the lab pair, and that a
// report read back from its JSON draws the same picture.
class TestHealthPairSummary : public QObject
{
    Q_OBJECT
private slots:
    void scenarios_data();
    void scenarios();
    void nodeDownNamesTheServerAndItsBrick();
    void splitBrainListsTheFiles();
    void sameFromJson_data() { scenarios_data(); }
    void sameFromJson();
    void worseOrdersStates();
    void builtPairReady();
    void builtPairMissingBrickAndUnverifiedServer();
};

void TestHealthPairSummary::scenarios_data()
{
    QTest::addColumn<HealthObservations>("observations");
    QTest::addColumn<int>("overall");
    QTest::addColumn<int>("link");
    QTest::addColumn<int>("server1");
    QTest::addColumn<int>("server2");
    QTest::addColumn<int>("split");
    using Overall = HealthReport::Overall;
    QTest::newRow("healthy") << HealthScenarios::healthy() << int(Overall::Healthy)
                             << int(State::Ok) << int(State::Ok) << int(State::Ok)
                             << int(State::Ok);
    // Heal info summary still answers from server01: no split-brain, and that is known.
    QTest::newRow("server02 down")
        << HealthScenarios::nodeDown() << int(Overall::Degraded) << int(State::Fail)
        << int(State::Ok) << int(State::Fail) << int(State::Ok);
    // The files in split-brain are not the web test file: the site is still served.
    QTest::newRow("split-brain") << HealthScenarios::splitBrain() << int(Overall::Degraded)
                                 << int(State::Ok) << int(State::Ok) << int(State::Ok)
                                 << int(State::Fail);
    QTest::newRow("partition") << HealthScenarios::partition() << int(Overall::Degraded)
                               << int(State::Fail) << int(State::Fail) << int(State::Fail)
                               << int(State::Ok);
}

void TestHealthPairSummary::scenarios()
{
    QFETCH(HealthObservations, observations);
    QFETCH(int, overall);
    QFETCH(int, link);
    QFETCH(int, server1);
    QFETCH(int, server2);
    QFETCH(int, split);
    const HealthReport report = HealthEvaluator::evaluate(observations);
    const HealthPairSummary summary = HealthPairSummary::fromReport(report);
    QCOMPARE(int(summary.overall), overall);
    QCOMPARE(summary.volume, QStringLiteral("var-www"));
    QCOMPARE(summary.servers.size(), 2);
    QCOMPARE(summary.servers.at(0).name, QStringLiteral("server01"));
    QCOMPARE(summary.servers.at(1).name, QStringLiteral("server02"));
    QCOMPARE(int(summary.linkState), link);
    QCOMPARE(int(summary.servers.at(0).state), server1);
    QCOMPARE(int(summary.servers.at(1).state), server2);
    QCOMPARE(int(summary.splitBrainState), split);
    // Every card starts with SSH and names the web address it fetched.
    for (const HealthPairSummary::Server &server : summary.servers) {
        QVERIFY(!server.lines.isEmpty());
        QCOMPARE(server.lines.first().label, QStringLiteral("SSH"));
        QVERIFY(server.address.startsWith(QStringLiteral("198.18.1.1")));
    }
}

void TestHealthPairSummary::nodeDownNamesTheServerAndItsBrick()
{
    const HealthPairSummary summary =
        HealthPairSummary::fromReport(HealthEvaluator::evaluate(HealthScenarios::nodeDown()));
    QVERIFY2(summary.linkText.contains(QStringLiteral("server01 sees server02-private "
                                                      "disconnected")),
             qPrintable(summary.linkText));
    const HealthPairSummary::Server &second = summary.servers.at(1);
    bool glusterdDown = false;
    bool brickOffline = false;
    for (const HealthPairSummary::Line &line : second.lines) {
        glusterdDown |= line.label == QLatin1String("glusterd") && line.state == State::Fail &&
                        line.text == QLatin1String("not running");
        brickOffline |= line.label == QLatin1String("Brick") && line.state == State::Fail &&
                        line.text == QLatin1String("offline");
    }
    QVERIFY(glusterdDown);
    QVERIFY(brickOffline);
    // The first server's brick is online, with its port from volume status.
    bool online = false;
    for (const HealthPairSummary::Line &line : summary.servers.at(0).lines)
        online |= line.label == QLatin1String("Brick") && line.text.startsWith("online, port ");
    QVERIFY(online);
    QVERIFY(summary.healPending > 0);
    QCOMPARE(summary.healState, State::Warn);
}

void TestHealthPairSummary::splitBrainListsTheFiles()
{
    const HealthReport report = HealthEvaluator::evaluate(HealthScenarios::splitBrain());
    const HealthPairSummary summary = HealthPairSummary::fromReport(report);
    QStringList expected;
    for (const HealthCheck &check : report.checksWithId(QStringLiteral("split-brain")))
        expected.append(check.subject);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(summary.splitBrainFiles, expected);
    QCOMPARE(summary.splitBrainCount, int(expected.size()));
    QCOMPARE(summary.replication.state, State::Ok);
}

void TestHealthPairSummary::sameFromJson()
{
    QFETCH(HealthObservations, observations);
    const HealthReport report = HealthEvaluator::evaluate(observations);
    HealthReport read;
    QString error;
    QVERIFY2(HealthReport::fromJson(report.toJson(), &read, &error), qPrintable(error));
    const HealthPairSummary a = HealthPairSummary::fromReport(report);
    const HealthPairSummary b = HealthPairSummary::fromReport(read);
    QCOMPARE(b.linkText, a.linkText);
    QCOMPARE(b.healPending, a.healPending);
    QCOMPARE(b.splitBrainCount, a.splitBrainCount);
    QCOMPARE(b.splitBrainFiles, a.splitBrainFiles);
    QCOMPARE(b.servers.size(), a.servers.size());
    for (int i = 0; i < a.servers.size(); ++i) {
        QCOMPARE(b.servers.at(i).state, a.servers.at(i).state);
        QCOMPARE(b.servers.at(i).lines.size(), a.servers.at(i).lines.size());
        for (int j = 0; j < a.servers.at(i).lines.size(); ++j)
            QCOMPARE(b.servers.at(i).lines.at(j).text, a.servers.at(i).lines.at(j).text);
    }
}

void TestHealthPairSummary::worseOrdersStates()
{
    QCOMPARE(HealthPairSummary::worse(State::Ok, State::Warn), State::Warn);
    QCOMPARE(HealthPairSummary::worse(State::Unknown, State::Warn), State::Unknown);
    QCOMPARE(HealthPairSummary::worse(State::Fail, State::Unknown), State::Fail);
    QCOMPARE(HealthPairSummary::worse(State::Ok, State::Ok), State::Ok);
}

namespace {
QList<HealthPairSummary::BuiltServer> builtServers(bool secondBrick, bool secondVerified)
{
    return {{QStringLiteral("server01"), QStringLiteral("198.18.1.11"),
             QStringLiteral("/data/var-www/brick01/volume"), true, true},
            {QStringLiteral("server02"), QStringLiteral("198.18.1.12"),
             QStringLiteral("/data/var-www/brick02/volume"), secondBrick, secondVerified}};
}
} // namespace

// The result page's picture of a pair just built: every server's brick, mount and web server
// fine, the replica link, no heal counts (not looked at).
void TestHealthPairSummary::builtPairReady()
{
    const HealthPairSummary summary = HealthPairSummary::fromBuiltPair(
        builtServers(true, true), QStringLiteral("var-www"),
        QStringLiteral("Started, Replicate, replica 2"), true, QStringLiteral("/var/www"), true);
    QCOMPARE(summary.healPending, -1);
    QCOMPARE(summary.splitBrainCount, -1);
    QCOMPARE(summary.overall, HealthReport::Overall::Healthy);
    QCOMPARE(summary.servers.size(), 2);
    for (const HealthPairSummary::Server &server : summary.servers) {
        QCOMPARE(server.state, State::Ok);
        QCOMPARE(server.lines.size(), 3);
    }
    QCOMPARE(summary.servers.at(1).address, QStringLiteral("198.18.1.12"));
    QCOMPARE(summary.servers.at(1).lines.at(0).text,
             QStringLiteral("/data/var-www/brick02/volume"));
    QCOMPARE(summary.servers.at(0).lines.at(1).text, QStringLiteral("mounted /var/www"));
    QCOMPARE(summary.linkState, State::Ok);
    QCOMPARE(summary.volume, QStringLiteral("var-www"));
    QCOMPARE(summary.volumeLine.text, QStringLiteral("Started, Replicate, replica 2"));
    QCOMPARE(summary.volumeLine.state, State::Ok);
    QVERIFY(summary.replication.text.isEmpty()); // the page lists the test's steps
}

// A brick the volume does not list fails its card; a server whose tests did not pass is not
// verified; the link and the test say so.
void TestHealthPairSummary::builtPairMissingBrickAndUnverifiedServer()
{
    const HealthPairSummary summary = HealthPairSummary::fromBuiltPair(
        builtServers(false, false), QStringLiteral("var-www"), QStringLiteral("Stopped, Replicate"),
        false, QStringLiteral("/var/www"), false);
    QCOMPARE(summary.overall, HealthReport::Overall::Broken);
    QCOMPARE(summary.servers.at(0).state, State::Ok);
    QCOMPARE(summary.servers.at(1).state, State::Fail);
    QCOMPARE(summary.servers.at(1).lines.at(0).state, State::Fail);
    QCOMPARE(summary.servers.at(1).lines.at(1).state, State::Unknown);
    QCOMPARE(summary.linkState, State::Fail);
    QCOMPARE(summary.volumeLine.state, State::Fail);
    QCOMPARE(summary.linkText, QStringLiteral("replication not verified"));
}

QTEST_GUILESS_MAIN(TestHealthPairSummary)
#include "tst_HealthPairSummary.moc"
