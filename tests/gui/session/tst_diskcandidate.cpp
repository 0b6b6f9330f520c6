#include "facts/FactsOutputParser.h"
#include "facts/HostFacts.h"
#include "session/DiskCandidate.h"

#include <QFile>
#include <QTest>

// Which disks the disks page offers, and what choosing each one asks of the administrator.
class TestDiskCandidate : public QObject
{
    Q_OBJECT

    static BlockDevice device(const QString &name, const QString &type, const QString &size,
                              const QStringList &mounts = {}, const QString &fsType = {})
    {
        BlockDevice d;
        d.name = name;
        d.type = type;
        d.size = size;
        d.mountpoints = mounts;
        d.fsType = fsType;
        return d;
    }

private slots:
    void probe_data()
    {
        QTest::addColumn<DiskProbe>("probe");
        QTest::addColumn<int>("use");
        QTest::addColumn<QString>("content");
        QTest::addColumn<bool>("selectable");
        QTest::addColumn<bool>("typed");

        DiskProbe blank;
        blank.exists = blank.isBlockDevice = true;
        QTest::newRow("blank") << blank << int(DiskCandidate::Use::Blank) << "empty" << true
                               << false;
        DiskProbe brick = blank;
        brick.blkid = {{"TYPE", "xfs"}, {"LABEL", DiskProbe::brickLabel()}};
        brick.signatures = {"xfs"};
        QTest::newRow("earlier brick") << brick << int(DiskCandidate::Use::Brick)
                                       << "brick file system of an earlier run" << true << false;
        DiskProbe data = blank;
        data.blkid = {{"PTTYPE", "gpt"}};
        data.signatures = {"gpt", "PMBR"};
        data.partitionCount = 1;
        QTest::newRow("partitioned") << data << int(DiskCandidate::Use::HoldsData)
                                     << "gpt, PMBR, 1 partition(s)" << true << true;
        DiskProbe mounted = data;
        mounted.mountpoints = {"/srv/old"};
        QTest::newRow("mounted") << mounted << int(DiskCandidate::Use::InUse)
                                 << "gpt, PMBR, 1 partition(s)" << false << false;
        DiskProbe otherXfs = blank;
        otherXfs.blkid = {{"TYPE", "xfs"}, {"LABEL", "backup"}};
        QTest::newRow("foreign xfs")
            << otherXfs << int(DiskCandidate::Use::HoldsData) << "xfs" << true << true;
    }
    void probe()
    {
        QFETCH(DiskProbe, probe);
        QFETCH(int, use);
        const DiskCandidate disk = DiskCandidate::fromProbe(probe, "/dev/vdb");
        QCOMPARE(disk.device, QStringLiteral("/dev/vdb"));
        QCOMPARE(int(disk.use), use);
        QTEST(disk.content, "content");
        QTEST(disk.isSelectable(), "selectable");
        QTEST(disk.needsTypedConfirmation(), "typed");
        QCOMPARE(disk.willBeFormatted(),
                 disk.use != DiskCandidate::Use::Brick && disk.use != DiskCandidate::Use::InUse);
    }

    // A disk of the system is never offered, with the reason under it; blank or not.
    void systemDisksAreRefusedWithTheirReasons()
    {
        HostFacts facts;
        facts.disk.exists = facts.disk.isBlockDevice = true; // the probed disk looks blank
        facts.blockDevices = {device("vdb", "disk", "50G"), device("vdc", "disk", "20G"),
                              device("vdd", "disk", "20G")};
        facts.systemUses = {{"/dev/vdb", "active-swap", "/dev/vdb"},
                            {"/dev/vdc", "efi-system-partition", "/dev/vdc1"},
                            {"/dev/vdc", "in-fstab", "/dev/vdc2"}};
        const QList<DiskCandidate> disks = DiskCandidate::fromFacts(facts, "/dev/vdb");
        QCOMPARE(disks.size(), 3);
        QCOMPARE(disks.at(0).use, DiskCandidate::Use::System);
        QVERIFY(!disks.at(0).isSelectable());
        QVERIFY(!disks.at(0).willBeFormatted());
        QCOMPARE(disks.at(0).reasons, QStringList{"/dev/vdb is active swap."});
        QCOMPARE(disks.at(1).use, DiskCandidate::Use::System);
        QCOMPARE(disks.at(1).reasons, QStringList({"/dev/vdc1 is an EFI system partition.",
                                                   "/dev/vdc2 is listed in /etc/fstab."}));
        QCOMPARE(disks.at(2).use, DiskCandidate::Use::Unexamined);
        QVERIFY(disks.at(2).reasons.isEmpty());
        // An earlier run's brick is in fstab by this product's own hand: kept, not refused.
        DiskProbe brick = facts.disk;
        brick.blkid = {{"TYPE", "xfs"}, {"LABEL", DiskProbe::brickLabel()}};
        QCOMPARE(
            DiskCandidate::fromProbe(brick, "/dev/vdb", {{"/dev/vdb", "in-fstab", "/dev/vdb"}}).use,
            DiskCandidate::Use::Brick);
    }

    void listsWholeDisksWithTheProbedOneFirst()
    {
        HostFacts facts;
        facts.disk.exists = facts.disk.isBlockDevice = true; // blank
        BlockDevice system = device("vda", "disk", "256G", {}, {});
        system.children = {device("vda1", "part", "255G", {"/"}, "ext4")};
        facts.blockDevices = {device("loop0", "loop", "1G", {"/snap/core"}),
                              device("zram0", "disk", "0B"),
                              system,
                              device("vdb", "disk", "50G"),
                              device("vdc", "disk", "20G"),
                              device("vdd", "disk", "20G", {}, "ext4"),
                              device("sr0", "rom", "1024M")};
        const QList<DiskCandidate> disks = DiskCandidate::fromFacts(facts, "/dev/vdb");
        QStringList names;
        for (const DiskCandidate &d : disks)
            names << d.device;
        QCOMPARE(names, QStringList({"/dev/vdb", "/dev/vda", "/dev/vdc", "/dev/vdd"}));
        QCOMPARE(disks.at(0).use, DiskCandidate::Use::Blank);
        QCOMPARE(disks.at(0).size, QStringLiteral("50G")); // lsblk's size, the probe's content
        QCOMPARE(disks.at(1).use, DiskCandidate::Use::InUse);
        QCOMPARE(disks.at(1).mountpoints, QStringList{"/"});
        QVERIFY(!disks.at(1).isSelectable());
        // Without udev lsblk shows no signature: an unprobed disk is never taken for empty.
        QCOMPARE(disks.at(2).use, DiskCandidate::Use::Unexamined);
        QVERIFY(disks.at(2).needsTypedConfirmation());
        QCOMPARE(disks.at(3).use, DiskCandidate::Use::HoldsData);
        QCOMPARE(disks.at(3).content, QStringLiteral("ext4"));
    }

    void aMissingDiskIsNotOffered()
    {
        HostFacts facts; // the probe found no /dev/vdb
        facts.blockDevices = {device("vda", "disk", "20G", {"/"})};
        const QList<DiskCandidate> disks = DiskCandidate::fromFacts(facts, "/dev/vdb");
        QCOMPARE(disks.size(), 1);
        QCOMPARE(disks.first().device, QStringLiteral("/dev/vda"));
    }

    // Real facts of a Debian 12 server whose /dev/vdb holds a mounted partition.
    void realFactsOfAUsedDisk()
    {
        QFile file(QStringLiteral(GHW_TEST_DATA_DIR "/core/facts/debian12-used-disk.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HostFacts facts = FactsOutputParser::parse(QString::fromUtf8(file.readAll()));
        const QList<DiskCandidate> disks = DiskCandidate::fromFacts(facts, "/dev/vdb");
        QVERIFY(!disks.isEmpty());
        QCOMPARE(disks.first().device, QStringLiteral("/dev/vdb"));
        QCOMPARE(disks.first().use, DiskCandidate::Use::InUse);
        QVERIFY(disks.first().mountpoints.contains("/srv/old"));
        QVERIFY(!disks.first().isSelectable());
    }
};

QTEST_GUILESS_MAIN(TestDiskCandidate)
#include "tst_diskcandidate.moc"
