#include "GlusterTestData.h"

#include "gluster/PeerStatusParser.h"

#include <QTest>

using GlusterTestData::fixture;

class TestPeerStatusParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealSamples_data();
    void parsesRealSamples();
    void connectedWinsOverStateText();
    void poolListHasLocalhost();
    void aloneInPoolHasNoPeers();
    void classifiesFailures_data();
    void classifiesFailures();
    void everyTruncationFails();
};

void TestPeerStatusParser::parsesRealSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("peerName");
    QTest::addColumn<QString>("peerUuid");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<int>("count");

    const QString one = QStringLiteral("a936df40-d7c6-4fb2-8c73-da7957f108b8");
    const QString two = QStringLiteral("b0d47bbf-dc21-4674-82eb-923e2f2817f8");
    const QString name1 = QStringLiteral("server01-private");
    const QString name2 = QStringLiteral("server02-private");
    QTest::newRow("healthy from 01")
        << "healthy-peer-status-server01.xml" << name2 << two << true << 1;
    QTest::newRow("healthy from 02")
        << "healthy-peer-status-server02.xml" << name1 << one << true << 1;
    QTest::newRow("F1 down from 01")
        << "F1-down-peer-status-server01.xml" << name2 << two << false << 1;
    QTest::newRow("F1 healed from 02")
        << "F1-healed-peer-status-server02.xml" << name1 << one << true << 1;
    QTest::newRow("F2 down from 01")
        << "F2-down-peer-status-server01.xml" << name2 << two << false << 1;
    QTest::newRow("F2 down from 02")
        << "F2-down-peer-status-server02.xml" << name1 << one << false << 1;
    QTest::newRow("F2 healed from 01")
        << "F2-healed-peer-status-server01.xml" << name2 << two << true << 1;
    QTest::newRow("pool healthy") << "healthy-pool-list.xml" << name2 << two << true << 2;
    QTest::newRow("pool F1 down") << "F1-down-pool-list.xml" << name2 << two << false << 2;
    QTest::newRow("pool F2 down") << "F2-down-pool-list.xml" << name2 << two << false << 2;
    QTest::newRow("pool F2 healed") << "F2-healed-pool-list.xml" << name2 << two << true << 2;
}

void TestPeerStatusParser::parsesRealSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, peerName);
    QFETCH(QString, peerUuid);
    QFETCH(bool, connected);
    QFETCH(int, count);

    const auto result = PeerStatusParser::parse(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value.size(), count);
    const GlusterPeer &peer = result.value.first();
    QCOMPARE(peer.hostname, peerName);
    QCOMPARE(peer.uuid, peerUuid);
    QCOMPARE(peer.connected, connected);
    QCOMPARE(peer.hostnames, QStringList{peerName});
    QVERIFY(peer.isKnownAs(peerName));
    QVERIFY(peer.isKnownAs(peerName.toUpper()));
    QVERIFY(!peer.isKnownAs(QStringLiteral("server03-private")));
    QVERIFY(!peer.isLocalhost());
}

void TestPeerStatusParser::connectedWinsOverStateText()
{
    const auto result =
        PeerStatusParser::parse(fixture(QStringLiteral("F1-down-peer-status-server01.xml")));
    QVERIFY(result.ok());
    const GlusterPeer &peer = result.value.first();
    QCOMPARE(peer.stateText, QStringLiteral("Peer in Cluster"));
    QCOMPARE(peer.state, 3);
    QVERIFY(!peer.connected);
}

void TestPeerStatusParser::poolListHasLocalhost()
{
    const auto result = PeerStatusParser::parse(fixture(QStringLiteral("F1-down-pool-list.xml")));
    QVERIFY(result.ok());
    const GlusterPeer &self = result.value.at(1);
    QVERIFY(self.isLocalhost());
    QVERIFY(self.connected);
    QCOMPARE(self.uuid, QStringLiteral("a936df40-d7c6-4fb2-8c73-da7957f108b8"));
    QCOMPARE(self.state, -1);
    QVERIFY(self.stateText.isEmpty());
    QVERIFY(self.hostnames.isEmpty());
}

void TestPeerStatusParser::aloneInPoolHasNoPeers()
{
    const auto result = PeerStatusParser::parse(
        "<?xml version=\"1.0\"?><cliOutput><opRet>0</opRet><opErrno>0</opErrno><opErrstr/>"
        "<peerStatus/></cliOutput>");
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QVERIFY(result.value.isEmpty());
}

void TestPeerStatusParser::classifiesFailures_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("kind");
    GlusterTestData::addCommonFailureRows();
    QTest::newRow("peer without identity")
        << QByteArray("<cliOutput><opRet>0</opRet><peerStatus><peer><connected>1</connected>"
                      "</peer></peerStatus></cliOutput>")
        << static_cast<int>(GlusterFailure::Kind::Malformed);
}

void TestPeerStatusParser::classifiesFailures()
{
    QFETCH(QByteArray, output);
    QFETCH(int, kind);
    const auto result = PeerStatusParser::parse(output);
    QVERIFY(!result.ok());
    QCOMPARE(static_cast<int>(result.failure.kind()), kind);
    QVERIFY(result.value.isEmpty());
}

void TestPeerStatusParser::everyTruncationFails()
{
    GlusterTestData::verifyEveryTruncationFails(
        [](const QByteArray &output) { return PeerStatusParser::parse(output); },
        fixture(QStringLiteral("healthy-pool-list.xml")));
}

QTEST_GUILESS_MAIN(TestPeerStatusParser)
#include "tst_PeerStatusParser.moc"
