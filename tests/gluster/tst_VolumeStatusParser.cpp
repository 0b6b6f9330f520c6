#include "GlusterTestData.h"

#include "gluster/VolumeStatusParser.h"

#include <QTest>

using GlusterTestData::fixture;

class TestVolumeStatusParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealSamples_data();
    void parsesRealSamples();
    void readsProcessDetails();
    void missingBrickIsAbsentNotOffline();
    void offlineBrickHasNoPort();
    void readsSeveralVolumes();
    void classifiesFailures_data();
    void classifiesFailures();
    void everyTruncationFails();
};

void TestVolumeStatusParser::parsesRealSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("processes");
    QTest::addColumn<int>("bricks");
    QTest::addColumn<int>("selfHealDaemons");
    QTest::addColumn<bool>("brick02Listed");
    QTest::addColumn<int>("brick02Port");

    QTest::newRow("healthy") << "healthy-volume-status.xml" << 4 << 2 << 2 << true << 53933;
    QTest::newRow("before fault") << "fault-before-volume-status.xml" << 4 << 2 << 2 << true
                                  << 53933;
    // server02's glusterd is dead: its brick and daemon are simply not in the list.
    QTest::newRow("F1 down") << "F1-down-volume-status.xml" << 2 << 1 << 1 << false << -1;
    QTest::newRow("F1 healed") << "F1-healed-volume-status.xml" << 4 << 2 << 2 << true << 52121;
    QTest::newRow("F2 down") << "F2-down-volume-status.xml" << 2 << 1 << 1 << false << -1;
    QTest::newRow("F2 healed") << "F2-healed-volume-status.xml" << 4 << 2 << 2 << true << 52121;
}

void TestVolumeStatusParser::parsesRealSamples()
{
    QFETCH(QString, file);
    QFETCH(int, processes);
    QFETCH(int, bricks);
    QFETCH(int, selfHealDaemons);
    QFETCH(bool, brick02Listed);
    QFETCH(int, brick02Port);

    const auto result = VolumeStatusParser::parse(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value.size(), 1);
    const GlusterVolumeStatus &status = result.value.first();
    QCOMPARE(status.volumeName, QStringLiteral("var-www"));
    QCOMPARE(status.processes.size(), processes);
    QCOMPARE(status.bricks().size(), bricks);
    QCOMPARE(status.selfHealDaemons().size(), selfHealDaemons);
    const GlusterProcess *brick01 =
        status.brick(QStringLiteral("server01-private:/data/var-www/brick01/volume"));
    QVERIFY(brick01);
    QVERIFY(brick01->online);
    QCOMPARE(brick01->tcpPort, 60291);
    QCOMPARE(brick01->pid, 386);
    const GlusterProcess *brick02 =
        status.brick(QStringLiteral("server02-private:/data/var-www/brick02/volume"));
    QCOMPARE(brick02 != nullptr, brick02Listed);
    if (brick02) {
        QVERIFY(brick02->online);
        QCOMPARE(brick02->tcpPort, brick02Port);
    }
    for (const GlusterProcess &daemon : status.selfHealDaemons())
        QVERIFY(daemon.online);
}

void TestVolumeStatusParser::readsProcessDetails()
{
    const auto result =
        VolumeStatusParser::parse(fixture(QStringLiteral("healthy-volume-status.xml")));
    QVERIFY(result.ok());
    const QList<GlusterProcess> &processes = result.value.first().processes;
    QCOMPARE(processes.at(1).kind, GlusterProcess::Kind::Brick);
    QCOMPARE(processes.at(1).hostname, QStringLiteral("server02-private"));
    QCOMPARE(processes.at(1).path, QStringLiteral("/data/var-www/brick02/volume"));
    QCOMPARE(processes.at(1).peerId, QStringLiteral("b0d47bbf-dc21-4674-82eb-923e2f2817f8"));
    QCOMPARE(processes.at(1).pid, 321);
    const GlusterProcess &daemon = processes.at(3);
    QCOMPARE(daemon.kind, GlusterProcess::Kind::SelfHealDaemon);
    QCOMPARE(daemon.path, QStringLiteral("server02-private"));
    QCOMPARE(daemon.tcpPort, -1); // "N/A"
    QCOMPARE(daemon.pid, 338);
    QCOMPARE(daemon.brickName(), QString());
    QCOMPARE(processes.at(2).path, QStringLiteral("localhost"));
}

void TestVolumeStatusParser::missingBrickIsAbsentNotOffline()
{
    const auto result = VolumeStatusParser::parse(
        fixture(QStringLiteral("derived-F2-down-volume-status-server02.xml")));
    QVERIFY(result.ok());
    const GlusterVolumeStatus &status = result.value.first();
    QVERIFY(!status.brick(QStringLiteral("server01-private:/data/var-www/brick01/volume")));
    QVERIFY(status.brick(QStringLiteral("server02-private:/data/var-www/brick02/volume")));
}

void TestVolumeStatusParser::offlineBrickHasNoPort()
{
    // A brick process that died while its glusterd lives: listed, status 0, N/A port and pid.
    QByteArray xml = fixture(QStringLiteral("healthy-volume-status.xml"));
    const QByteArray online =
        "<status>1</status>\n          <port>53933</port>\n          <ports>\n"
        "            <tcp>53933</tcp>";
    QVERIFY(xml.contains(online));
    xml.replace(online, "<status>0</status>\n          <port>N/A</port>\n          <ports>\n"
                        "            <tcp>N/A</tcp>");
    xml.replace("<pid>321</pid>", "<pid>N/A</pid>");
    const auto result = VolumeStatusParser::parse(xml);
    QVERIFY(result.ok());
    const GlusterProcess *brick =
        result.value.first().brick(QStringLiteral("server02-private:/data/var-www/brick02/volume"));
    QVERIFY(brick);
    QVERIFY(!brick->online);
    QCOMPARE(brick->tcpPort, -1);
    QCOMPARE(brick->pid, -1);
}

void TestVolumeStatusParser::readsSeveralVolumes()
{
    const auto result = VolumeStatusParser::parse(
        "<cliOutput><opRet>0</opRet><volStatus><volumes>"
        "<volume><volName>a</volName><node><hostname>h</hostname><path>/b</path>"
        "<status>1</status><port>49152</port><pid>7</pid></node></volume>"
        "<volume><volName>b</volName><node><hostname>NFS Server</hostname><path>localhost</path>"
        "<status>0</status></node></volume></volumes></volStatus></cliOutput>");
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value.size(), 2);
    QCOMPARE(result.value.at(0).processes.first().tcpPort, 49152); // no <ports>: <port> counts
    QCOMPARE(result.value.at(0).processes.first().brickName(), QStringLiteral("h:/b"));
    QCOMPARE(result.value.at(1).processes.first().kind, GlusterProcess::Kind::OtherDaemon);
}

void TestVolumeStatusParser::classifiesFailures_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("kind");
    GlusterTestData::addCommonFailureRows();
    QTest::newRow("volume not started")
        << QByteArray("<cliOutput><opRet>-1</opRet><opErrno>30802</opErrno>"
                      "<opErrstr>Volume var-www is not started</opErrstr></cliOutput>")
        << static_cast<int>(GlusterFailure::Kind::CommandFailed);
}

void TestVolumeStatusParser::classifiesFailures()
{
    QFETCH(QByteArray, output);
    QFETCH(int, kind);
    const auto result = VolumeStatusParser::parse(output);
    QVERIFY(!result.ok());
    QCOMPARE(static_cast<int>(result.failure.kind()), kind);
    QVERIFY(result.value.isEmpty());
}

void TestVolumeStatusParser::everyTruncationFails()
{
    GlusterTestData::verifyEveryTruncationFails(
        [](const QByteArray &output) { return VolumeStatusParser::parse(output); },
        fixture(QStringLiteral("healthy-volume-status.xml")));
}

QTEST_GUILESS_MAIN(TestVolumeStatusParser)
#include "tst_VolumeStatusParser.moc"
