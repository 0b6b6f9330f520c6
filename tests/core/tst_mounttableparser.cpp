#include "CoreTestSupport.h"
#include "facts/MountTableParser.h"

#include <QTest>

class TestMountTableParser : public QObject
{
    Q_OBJECT

private slots:
    void thisMachine();
    void fstab();
    void emptyFstab();
    void notFindmnt_data();
    void notFindmnt();
};

void TestMountTableParser::thisMachine()
{
    QList<MountEntry> entries;
    QVERIFY(MountTableParser::parse(CoreTestSupport::readData("core/facts/findmnt-host.json"),
                                    &entries));
    QVERIFY(entries.size() > 5);
    const QList<MountEntry> proc = MountTableParser::at(entries, "/proc");
    QCOMPARE(proc.size(), 1);
    QCOMPARE(proc.first().fsType, QStringLiteral("proc"));
    QCOMPARE(proc.first().majMin, QStringLiteral("0:21"));
    QVERIFY(MountTableParser::at(entries, "/no/such/mount").isEmpty());
}

void TestMountTableParser::fstab()
{
    const QByteArray json = R"({"filesystems": [
        {"target": "/data/var-www/brick01", "source": "UUID=1b78c15a", "fstype": "xfs",
         "options": "defaults,nofail"},
        {"target": "/var/www", "source": "server01-private:/var-www", "fstype": "glusterfs",
         "options": "defaults,_netdev,backup-volfile-servers=server02-private"}]})";
    QList<MountEntry> entries;
    QVERIFY(MountTableParser::parse(json, &entries));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).source, QStringLiteral("server01-private:/var-www"));
    QCOMPARE(entries.at(1).options,
             QStringLiteral("defaults,_netdev,backup-volfile-servers=server02-private"));
    QVERIFY(entries.at(1).majMin.isEmpty());
}

void TestMountTableParser::emptyFstab()
{
    QList<MountEntry> entries{MountEntry{}};
    QVERIFY(MountTableParser::parse("\n", &entries));
    QVERIFY(entries.isEmpty());
}

void TestMountTableParser::notFindmnt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("text") << QByteArray("findmnt: can't read /etc/fstab");
    QTest::newRow("wrong shape") << QByteArray("{\"filesystems\": {}}");
    QTest::newRow("truncated") << QByteArray("{\"filesystems\": [{\"target\": ");
}

void TestMountTableParser::notFindmnt()
{
    QFETCH(QByteArray, json);
    QList<MountEntry> entries;
    QVERIFY(!MountTableParser::parse(json, &entries));
    QVERIFY(entries.isEmpty());
}

QTEST_GUILESS_MAIN(TestMountTableParser)
#include "tst_mounttableparser.moc"
