#include "GlusterTestData.h"

#include "gluster/VolumeInfoParser.h"

#include <QTest>

using GlusterTestData::fixture;

class TestVolumeInfoParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealSamples_data();
    void parsesRealSamples();
    void readsBricksAndOptions();
    void readsStoppedVolumeAndArbiter();
    void emptyPoolHasNoVolumes();
    void skipsNoiseBeforeXml();
    void classifiesFailures_data();
    void classifiesFailures();
    void everyTruncationFails();
};

void TestVolumeInfoParser::parsesRealSamples_data()
{
    QTest::addColumn<QString>("file");
    // Every state shows the same volume definition: info describes, status tells what runs.
    for (const char *file :
         {"healthy-volume-info.xml", "F1-down-volume-info.xml", "F1-healed-volume-info.xml",
          "F2-down-volume-info.xml", "F2-healed-volume-info.xml"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestVolumeInfoParser::parsesRealSamples()
{
    QFETCH(QString, file);
    const auto result = VolumeInfoParser::parse(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value.size(), 1);
    const GlusterVolume &volume = result.value.first();
    QCOMPARE(volume.name, QStringLiteral("var-www"));
    QCOMPARE(volume.id, QStringLiteral("7f39a7bd-d427-40e5-b9bc-f3fb1bdb2f4c"));
    QCOMPARE(volume.status, GlusterVolume::Status::Started);
    QCOMPARE(volume.statusText, QStringLiteral("Started"));
    QCOMPARE(volume.typeText, QStringLiteral("Replicate"));
    QCOMPARE(volume.replicaCount, 2);
    QCOMPARE(volume.brickCount, 2);
    QCOMPARE(volume.arbiterCount, 0);
    QCOMPARE(volume.bricks.size(), 2);
    QCOMPARE(volume.options.size(), 5);
}

void TestVolumeInfoParser::readsBricksAndOptions()
{
    const auto result = VolumeInfoParser::parse(fixture(QStringLiteral("healthy-volume-info.xml")));
    QVERIFY(result.ok());
    const GlusterVolume &volume = result.value.first();
    const GlusterBrick &first = volume.bricks.at(0);
    QCOMPARE(first.name, QStringLiteral("server01-private:/data/var-www/brick01/volume"));
    QCOMPARE(first.host, QStringLiteral("server01-private"));
    QCOMPARE(first.path, QStringLiteral("/data/var-www/brick01/volume"));
    QCOMPARE(first.hostUuid, QStringLiteral("a936df40-d7c6-4fb2-8c73-da7957f108b8"));
    QCOMPARE(first.isArbiter, false);
    const GlusterBrick &second = volume.bricks.at(1);
    QCOMPARE(second.host, QStringLiteral("server02-private"));
    QCOMPARE(second.path, QStringLiteral("/data/var-www/brick02/volume"));
    QCOMPARE(second.hostUuid, QStringLiteral("b0d47bbf-dc21-4674-82eb-923e2f2817f8"));
    QVERIFY(volume.brick(QStringLiteral("server02-private:/data/var-www/brick02/volume")));
    QVERIFY(!volume.brick(QStringLiteral("server03-private:/x")));
    QCOMPARE(volume.options.first().first, QStringLiteral("cluster.granular-entry-heal"));
    QCOMPARE(volume.option(QStringLiteral("nfs.disable")), QStringLiteral("on"));
    QCOMPARE(volume.option(QStringLiteral("performance.client-io-threads")), QStringLiteral("off"));
    QCOMPARE(volume.option(QStringLiteral("no.such.option")), QString());
}

void TestVolumeInfoParser::readsStoppedVolumeAndArbiter()
{
    // The healthy sample with the fields a stopped arbiter volume changes; older glusters
    // write the brick name only as text of <brick>.
    QByteArray xml = fixture(QStringLiteral("healthy-volume-info.xml"));
    xml.replace("<status>1</status>", "<status>2</status>");
    xml.replace("<statusStr>Started</statusStr>", "<statusStr>Stopped</statusStr>");
    xml.replace("<arbiterCount>0</arbiterCount>", "<arbiterCount>1</arbiterCount>");
    xml.replace("<name>server02-private:/data/var-www/brick02/volume</name>", "");
    xml.replace("<hostUuid>b0d47bbf-dc21-4674-82eb-923e2f2817f8</hostUuid><isArbiter>0",
                "<isArbiter>1");
    const auto result = VolumeInfoParser::parse(xml);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const GlusterVolume &volume = result.value.first();
    QCOMPARE(volume.status, GlusterVolume::Status::Stopped);
    QCOMPARE(volume.arbiterCount, 1);
    QCOMPARE(volume.bricks.at(1).name,
             QStringLiteral("server02-private:/data/var-www/brick02/volume"));
    QCOMPARE(volume.bricks.at(1).hostUuid,
             QStringLiteral("b0d47bbf-dc21-4674-82eb-923e2f2817f8")); // from the uuid attribute
    QCOMPARE(volume.bricks.at(1).isArbiter, true);
    QCOMPARE(volume.bricks.at(0).isArbiter, false);
}

void TestVolumeInfoParser::emptyPoolHasNoVolumes()
{
    const auto result = VolumeInfoParser::parse(
        "<?xml version=\"1.0\"?><cliOutput><opRet>0</opRet><opErrno>0</opErrno><opErrstr/>"
        "<volInfo><volumes><count>0</count></volumes></volInfo></cliOutput>");
    QVERIFY(result.ok());
    QVERIFY(result.value.isEmpty());
}

void TestVolumeInfoParser::skipsNoiseBeforeXml()
{
    const auto result = VolumeInfoParser::parse("Warning: something harmless\n" +
                                                fixture(QStringLiteral("healthy-volume-info.xml")));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value.size(), 1);
}

void TestVolumeInfoParser::classifiesFailures_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("kind");
    GlusterTestData::addCommonFailureRows();
    QTest::newRow("volume without name")
        << QByteArray("<cliOutput><opRet>0</opRet><volInfo><volumes><volume><status>1</status>"
                      "</volume></volumes></volInfo></cliOutput>")
        << static_cast<int>(GlusterFailure::Kind::Malformed);
}

void TestVolumeInfoParser::classifiesFailures()
{
    QFETCH(QByteArray, output);
    QFETCH(int, kind);
    const auto result = VolumeInfoParser::parse(output);
    QVERIFY(!result.ok());
    QCOMPARE(static_cast<int>(result.failure.kind()), kind);
    QVERIFY(!result.errorString().isEmpty());
    QVERIFY(result.value.isEmpty());
}

void TestVolumeInfoParser::everyTruncationFails()
{
    GlusterTestData::verifyEveryTruncationFails(
        [](const QByteArray &output) { return VolumeInfoParser::parse(output); },
        fixture(QStringLiteral("healthy-volume-info.xml")));
}

QTEST_GUILESS_MAIN(TestVolumeInfoParser)
#include "tst_VolumeInfoParser.moc"
