#include "GlusterTestData.h"

#include "gluster/HealInfoParser.h"

#include <QTest>

using GlusterTestData::fixture;

namespace {
const QString Brick01 = QStringLiteral("server01-private:/data/var-www/brick01/volume");
const QString Brick02 = QStringLiteral("server02-private:/data/var-www/brick02/volume");
const QString NotConnected = QStringLiteral("Transport endpoint is not connected");
} // namespace

class TestHealInfoParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesHealInfo_data();
    void parsesHealInfo();
    void readsEntries();
    void parsesSummary_data();
    void parsesSummary();
    void parsesSplitBrain();
    void gfidOnlyEntries();
    void classifiesFailures_data();
    void classifiesFailures();
    void everyTruncationFails();
};

void TestHealInfoParser::parsesHealInfo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("entries01");
    QTest::addColumn<QString>("status02");
    QTest::addColumn<int>("entries02"); // -1: gluster printed "-"
    QTest::addColumn<QString>("uuid02");

    const QString connected = QStringLiteral("Connected");
    const QString uuid02 = QStringLiteral("b0d47bbf-dc21-4674-82eb-923e2f2817f8");
    QTest::newRow("healthy") << "healthy-heal-info.xml" << 0 << connected << 0 << uuid02;
    QTest::newRow("F1 down") << "F1-down-heal-info.xml" << 2 << NotConnected << -1 << QString();
    QTest::newRow("F1 healed") << "F1-healed-heal-info.xml" << 0 << connected << 0 << uuid02;
    QTest::newRow("F2 down") << "F2-down-heal-info.xml" << 2 << NotConnected << -1 << QString();
    QTest::newRow("F2 split-brain")
        << "F2-splitbrain-heal-info.xml" << 1 << connected << 1 << uuid02;
    QTest::newRow("F2 healed") << "F2-healed-heal-info.xml" << 0 << connected << 0 << uuid02;
}

void TestHealInfoParser::parsesHealInfo()
{
    QFETCH(QString, file);
    QFETCH(int, entries01);
    QFETCH(QString, status02);
    QFETCH(int, entries02);
    QFETCH(QString, uuid02);

    const auto result = HealInfoParser::parse(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value.size(), 2);
    const GlusterHealBrick &first = result.value.at(0);
    const GlusterHealBrick &second = result.value.at(1);
    QCOMPARE(first.name, Brick01);
    QVERIFY(first.isConnected());
    QCOMPARE(first.numberOfEntries, std::optional<int>(entries01));
    QCOMPARE(first.entries.size(), entries01);
    QCOMPARE(second.name, Brick02);
    QCOMPARE(second.status, status02);
    QCOMPARE(second.isConnected(), entries02 >= 0);
    QCOMPARE(second.numberOfEntries,
             entries02 < 0 ? std::optional<int>() : std::optional<int>(entries02));
    QCOMPARE(second.hostUuid, uuid02);
    QVERIFY(!first.totalEntries.has_value()); // summary-only fields stay empty
}

void TestHealInfoParser::readsEntries()
{
    const auto result = HealInfoParser::parse(fixture(QStringLiteral("F1-down-heal-info.xml")));
    QVERIFY(result.ok());
    const QList<GlusterHealEntry> &entries = result.value.first().entries;
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).path, QStringLiteral("/html/f1.txt"));
    QCOMPARE(entries.at(0).gfid, QStringLiteral("d13166fc-a1e1-4836-87c5-ed7146e3c168"));
    QCOMPARE(entries.at(1).path, QStringLiteral("/html"));
    QCOMPARE(entries.at(0).healTarget(), QStringLiteral("/html/f1.txt"));
    QVERIFY(!entries.at(0).isGfidOnly());
}

void TestHealInfoParser::parsesSummary_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("total01");
    QTest::addColumn<int>("pending01");
    QTest::addColumn<int>("splitBrain01");
    QTest::addColumn<bool>("connected02");
    QTest::addColumn<QString>("status02");

    const QString connected = QStringLiteral("Connected");
    QTest::newRow("healthy") << "healthy-heal-info-summary.xml" << 0 << 0 << 0 << true << connected;
    // 10.3 glues "totalNumberOfEntries0" onto this status; the parser cleans it off.
    QTest::newRow("F1 down") << "F1-down-heal-info-summary.xml" << 2 << 2 << 0 << false
                             << QStringLiteral("Failed to process entries completely. "
                                               "(Transport endpoint is not connected)");
    QTest::newRow("F1 healed") << "F1-healed-heal-info-summary.xml" << 0 << 0 << 0 << true
                               << connected;
    QTest::newRow("F2 down") << "F2-down-heal-info-summary.xml" << 2 << 2 << 0 << false
                             << QStringLiteral("Failed to process entries completely. "
                                               "(Transport endpoint is not connected)");
    QTest::newRow("F2 split-brain (derived)")
        << "derived-F2-splitbrain-heal-info-summary.xml" << 1 << 0 << 1 << true << connected;
    QTest::newRow("F2 healed") << "F2-healed-heal-info-summary.xml" << 0 << 0 << 0 << true
                               << connected;
}

void TestHealInfoParser::parsesSummary()
{
    QFETCH(QString, file);
    QFETCH(int, total01);
    QFETCH(int, pending01);
    QFETCH(int, splitBrain01);
    QFETCH(bool, connected02);
    QFETCH(QString, status02);

    const auto result = HealInfoParser::parse(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value.size(), 2);
    const GlusterHealBrick &first = result.value.at(0);
    QCOMPARE(first.totalEntries, std::optional<int>(total01));
    QCOMPARE(first.healPendingEntries, std::optional<int>(pending01));
    QCOMPARE(first.splitBrainEntries, std::optional<int>(splitBrain01));
    QCOMPARE(first.possiblyHealingEntries, std::optional<int>(0));
    QVERIFY(!first.numberOfEntries.has_value());
    QVERIFY(first.entries.isEmpty());
    const GlusterHealBrick &second = result.value.at(1);
    QCOMPARE(second.isConnected(), connected02);
    QCOMPARE(second.status, status02);
    if (!connected02) {
        QVERIFY(!second.totalEntries.has_value());
        QVERIFY(!second.splitBrainEntries.has_value());
    }
}

void TestHealInfoParser::parsesSplitBrain()
{
    const auto result =
        HealInfoParser::parse(fixture(QStringLiteral("F2-splitbrain-heal-info-split-brain.xml")));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value.size(), 2);
    for (const GlusterHealBrick &brick : result.value) {
        QVERIFY(brick.isConnected());
        QCOMPARE(brick.numberOfEntries, std::optional<int>(1));
        QCOMPARE(brick.entries.size(), 1);
        QCOMPARE(brick.entries.first().path, QStringLiteral("/html/sb.txt"));
        QCOMPARE(brick.entries.first().gfid,
                 QStringLiteral("658242a0-7e40-452a-a4e6-cf88ecc6b4d2"));
    }
    QCOMPARE(result.value.at(1).name, Brick02);
}

void TestHealInfoParser::gfidOnlyEntries()
{
    const auto result = HealInfoParser::parse(
        "<cliOutput><healInfo><bricks><brick hostUuid=\"u\"><name>h:/b</name>"
        "<file gfid=\"1234\">&lt;gfid:1234&gt;</file><file gfid=\"99\"></file>"
        "<status>Connected</status><numberOfEntries>2</numberOfEntries></brick></bricks>"
        "</healInfo><opRet>0</opRet></cliOutput>");
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const QList<GlusterHealEntry> &entries = result.value.first().entries;
    QCOMPARE(entries.at(0).path, QStringLiteral("<gfid:1234>"));
    QVERIFY(entries.at(0).isGfidOnly());
    QCOMPARE(entries.at(0).healTarget(), QStringLiteral("gfid:1234"));
    QCOMPARE(entries.at(1).healTarget(), QStringLiteral("gfid:99"));
}

void TestHealInfoParser::classifiesFailures_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("kind");
    GlusterTestData::addCommonFailureRows();
    QTest::newRow("brick without name")
        << QByteArray("<cliOutput><healInfo><bricks><brick><status>Connected</status></brick>"
                      "</bricks></healInfo><opRet>0</opRet></cliOutput>")
        << static_cast<int>(GlusterFailure::Kind::Malformed);
}

void TestHealInfoParser::classifiesFailures()
{
    QFETCH(QByteArray, output);
    QFETCH(int, kind);
    const auto result = HealInfoParser::parse(output);
    QVERIFY(!result.ok());
    QCOMPARE(static_cast<int>(result.failure.kind()), kind);
    QVERIFY(result.value.isEmpty());
}

void TestHealInfoParser::everyTruncationFails()
{
    GlusterTestData::verifyEveryTruncationFails(
        [](const QByteArray &output) { return HealInfoParser::parse(output); },
        fixture(QStringLiteral("F1-down-heal-info-summary.xml")));
}

QTEST_GUILESS_MAIN(TestHealInfoParser)
#include "tst_HealInfoParser.moc"
