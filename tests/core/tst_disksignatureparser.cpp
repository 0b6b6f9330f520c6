#include "CoreTestSupport.h"
#include "facts/DiskSignatureParser.h"

#include <QTest>

class TestDiskSignatureParser : public QObject
{
    Q_OBJECT

private slots:
    void blkidOfAFreshBrick();
    void blkidEscapesAndNoise();
    void wipefsOfAFreshBrick();
    void wipefsPartitionTable();
    void wipefsWithoutHeader();
    void emptyMeansBlank();
};

void TestDiskSignatureParser::blkidOfAFreshBrick()
{
    // Recorded from `blkid -p -o export` on a file formatted by the mkfs step's own command.
    const auto fields = DiskSignatureParser::parseBlkidExport(
        QString::fromUtf8(CoreTestSupport::readData("core/facts/blkid-xfs.txt")));
    QCOMPARE(fields.value("TYPE"), QStringLiteral("xfs"));
    QCOMPARE(fields.value("LABEL"), QStringLiteral("ghw-brick"));
    QCOMPARE(fields.value("UUID").size(), 36);
    QVERIFY(!fields.contains("DEVNAME"));
}

void TestDiskSignatureParser::blkidEscapesAndNoise()
{
    const auto fields = DiskSignatureParser::parseBlkidExport(
        "LABEL=my\\ disk\\\\x\nnot a field\n=x\nlower=x\nPTTYPE=gpt\nTRAILING=\\");
    QCOMPARE(fields.value("LABEL"), QStringLiteral("my disk\\x"));
    QCOMPARE(fields.value("PTTYPE"), QStringLiteral("gpt"));
    QCOMPARE(fields.value("TRAILING"), QStringLiteral("\\"));
    QVERIFY(!fields.contains("lower"));
    QCOMPARE(fields.size(), 3);
}

void TestDiskSignatureParser::wipefsOfAFreshBrick()
{
    QCOMPARE(DiskSignatureParser::parseWipefsTypes(
                 QString::fromUtf8(CoreTestSupport::readData("core/facts/wipefs-xfs.txt"))),
             QStringList{"xfs"});
}

void TestDiskSignatureParser::wipefsPartitionTable()
{
    const QString text = "DEVICE OFFSET       TYPE UUID LABEL\n"
                         "vdb    0x200        gpt\n"
                         "vdb    0xc7ffffe00  gpt\n"
                         "vdb    0x1fe        PMBR\n";
    QCOMPARE(DiskSignatureParser::parseWipefsTypes(text), (QStringList{"gpt", "gpt", "PMBR"}));
}

void TestDiskSignatureParser::wipefsWithoutHeader()
{
    QCOMPARE(DiskSignatureParser::parseWipefsTypes("vdb 0x0 LVM2_member abc\n"),
             QStringList{"LVM2_member"});
}

void TestDiskSignatureParser::emptyMeansBlank()
{
    QVERIFY(DiskSignatureParser::parseBlkidExport(QString()).isEmpty());
    QVERIFY(DiskSignatureParser::parseBlkidExport("DEVNAME=/dev/vdb\n").isEmpty());
    QVERIFY(DiskSignatureParser::parseWipefsTypes(QString()).isEmpty());
    QVERIFY(DiskSignatureParser::parseWipefsTypes("DEVICE OFFSET TYPE UUID LABEL\n").isEmpty());
}

QTEST_GUILESS_MAIN(TestDiskSignatureParser)
#include "tst_disksignatureparser.moc"
