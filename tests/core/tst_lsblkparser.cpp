#include "CoreTestSupport.h"
#include "facts/LsblkParser.h"

#include <QTest>

// Real `lsblk -J` output from the lab's servers (util-linux 2.38: "mountpoints" lists, null
// entries, no FSTYPE without udev) and the older single "mountpoint" form.
class TestLsblkParser : public QObject
{
    Q_OBJECT

private slots:
    void labServer01();
    void labServer02Columns();
    void partitionsAndSingleMountpoint();
    void notLsblk_data();
    void notLsblk();
    void deepNestingIsCapped();
};

namespace {
QList<BlockDevice> parse(const QByteArray &json)
{
    QList<BlockDevice> devices;
    QString error;
    if (!LsblkParser::parse(json, &devices, &error))
        qWarning("lsblk parse failed: %s", qPrintable(error));
    return devices;
}
} // namespace

void TestLsblkParser::labServer01()
{
    const QList<BlockDevice> devices =
        parse(CoreTestSupport::readData("core/facts/lsblk-server01.json"));
    QCOMPARE(devices.size(), 4);
    QCOMPARE(devices.at(0).name, QStringLiteral("loop0"));
    QCOMPARE(devices.at(0).type, QStringLiteral("loop"));
    QCOMPARE(devices.at(0).size, QStringLiteral("1G"));
    QCOMPARE(devices.at(0).mountpoints, QStringList{"/data/var-www/brick01"});
    QVERIFY(devices.at(0).isMountedAnywhere());
    QVERIFY(devices.at(1).mountpoints.isEmpty()); // [null]
    QVERIFY(!devices.at(1).isMountedAnywhere());
    QCOMPARE(devices.at(3).name, QStringLiteral("vda"));
    QCOMPARE(devices.at(3).mountpoints,
             (QStringList{"/data", "/tmp", "/home", "/root", "/run", "/"}));
}

void TestLsblkParser::labServer02Columns()
{
    const QList<BlockDevice> devices =
        parse(CoreTestSupport::readData("core/facts/lsblk-server02-cols.json"));
    QVERIFY(devices.size() >= 2);
    for (const BlockDevice &d : devices)
        QVERIFY(d.fsType.isEmpty()); // no udev database inside the lab
    bool brickFound = false;
    for (const BlockDevice &d : devices)
        brickFound = brickFound || d.mountpoints.contains("/data/var-www/brick02");
    QVERIFY(brickFound);
}

void TestLsblkParser::partitionsAndSingleMountpoint()
{
    QList<BlockDevice> devices;
    QString error;
    const QString text =
        QString::fromUtf8(CoreTestSupport::readData("core/facts/fedora40-fresh.txt"));
    const int start = text.indexOf("{");
    const int end = text.indexOf("@@ghw-rc", start);
    QVERIFY(LsblkParser::parse(text.mid(start, end - start).toUtf8(), &devices, &error));
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).children.size(), 2);
    QCOMPARE(devices.at(0).children.at(1).mountpoints, QStringList{"/"});
    QCOMPARE(devices.at(0).children.at(1).fsType, QStringLiteral("xfs"));
    QVERIFY(devices.at(0).mountpoints.isEmpty());
    QVERIFY(devices.at(0).isMountedAnywhere()); // through its partitions
    QVERIFY(!devices.at(1).isMountedAnywhere());
}

void TestLsblkParser::notLsblk_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain text") << QByteArray("lsblk: /dev/vdb: not a block device");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no list") << QByteArray("{\"blockdevices\": 3}");
    QTest::newRow("truncated") << QByteArray("{\"blockdevices\": [ {\"name\": \"vd");
}

void TestLsblkParser::notLsblk()
{
    QFETCH(QByteArray, json);
    QList<BlockDevice> devices{BlockDevice{}};
    QString error;
    QVERIFY(!LsblkParser::parse(json, &devices, &error));
    QVERIFY(devices.isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestLsblkParser::deepNestingIsCapped()
{
    QByteArray json = "{\"blockdevices\": [";
    for (int i = 0; i < 200; ++i)
        json += "{\"name\": \"d\", \"children\": [";
    for (int i = 0; i < 200; ++i)
        json += "]}";
    json += "]}";
    QList<BlockDevice> devices;
    QString error;
    QVERIFY(LsblkParser::parse(json, &devices, &error));
    int depth = 0;
    const BlockDevice *d = &devices.first();
    while (!d->children.isEmpty()) {
        d = &d->children.first();
        ++depth;
    }
    QVERIFY(depth <= 16);
}

QTEST_GUILESS_MAIN(TestLsblkParser)
#include "tst_lsblkparser.moc"
