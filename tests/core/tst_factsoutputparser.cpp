#include "CoreTestSupport.h"
#include "facts/FactsOutputParser.h"

#include <QTest>

class TestFactsOutputParser : public QObject
{
    Q_OBJECT

private slots:
    void sections();
    void cutOffSections();
    void debianSystemDisk();
    void fedoraFresh();
    void usedDisk();
    void smallWords_data();
    void smallWords();
    void garbage_data();
    void garbage();
};

namespace {
HostFacts parseFixture(const QString &name)
{
    return FactsOutputParser::parse(
        QString::fromUtf8(CoreTestSupport::readData("core/facts/" + name)));
}
} // namespace

void TestFactsOutputParser::sections()
{
    const QList<FactsSection> s = FactsOutputParser::sections(
        "noise before\n@@ghw-section a@@\nline 1\nline 2\n\n@@ghw-rc 0@@\n"
        "@@ghw-section b c@@\n@@ghw-rc 2@@\n");
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).name, QStringLiteral("a"));
    QCOMPARE(s.at(0).text, QStringLiteral("line 1\nline 2"));
    QCOMPARE(s.at(0).status, 0);
    QCOMPARE(s.at(1).name, QStringLiteral("b c"));
    QVERIFY(s.at(1).text.isEmpty());
    QCOMPARE(s.at(1).status, 2);
}

void TestFactsOutputParser::cutOffSections()
{
    // A connection that dies mid-output: sections without a status line are kept, status -1.
    const QList<FactsSection> s = FactsOutputParser::sections(
        "@@ghw-section a@@\nx\n@@ghw-section b@@\ny\n@@ghw-rc nope@@\n@@ghw-section c@@\nz");
    QCOMPARE(s.size(), 3);
    QCOMPARE(s.at(0).text, QStringLiteral("x"));
    QCOMPARE(s.at(0).status, -1);
    QCOMPARE(s.at(1).status, -1);
    QCOMPARE(s.at(2).text, QStringLiteral("z"));
}

void TestFactsOutputParser::debianSystemDisk()
{
    // Recorded on this machine (Debian 12, no systemd in the container) with the system disk
    // as the spec's disk: probing it is refused, and it is mounted at /.
    const HostFacts f = parseFixture("debian12-system-disk.txt");
    QCOMPARE(f.origin, HostFacts::Origin::Gathered);
    QCOMPARE(f.family(), OsFamily::Debian);
    QCOMPARE(f.os.versionId, QStringLiteral("12"));
    QCOMPARE(f.packageManager, PackageManager::Apt);
    QVERIFY(!f.systemd);
    QVERIFY(f.missingPackages.isEmpty());
    QCOMPARE(f.selinux, SelinuxMode::Absent);
    QCOMPARE(f.firewall, FirewallKind::None);
    QVERIFY(f.disk.exists);
    QVERIFY(f.disk.isBlockDevice);
    QCOMPARE(f.disk.mountpoints, QStringList{"/"});
    QVERIFY(f.blockDevices.size() >= 1);
    QVERIFY(f.mounts.size() > 5);
    QVERIFY(f.fstab.isEmpty());
    QCOMPARE(f.names.size(), 2);
    QVERIFY(f.names.at(0).addresses.isEmpty());
    QCOMPARE(f.ports.size(), 1);
    QCOMPARE(f.ports.at(0).state, PortState::Refused); // tested by address, resolved or not
    QVERIFY(f.gluster.cliInstalled);
    QVERIFY(!f.gluster.daemonAnswers);
    QVERIFY(f.gluster.peerStatusXml.isEmpty());
    QVERIFY2(f.parseProblems.isEmpty(), qPrintable(f.parseProblems.join('\n')));
}

void TestFactsOutputParser::fedoraFresh()
{
    const HostFacts f = parseFixture("fedora40-fresh.txt");
    QCOMPARE(f.family(), OsFamily::Fedora);
    QCOMPARE(f.packageManager, PackageManager::Dnf);
    QVERIFY(f.systemd);
    QCOMPARE(f.missingPackages, (QStringList{"glusterfs-server", "glusterfs-fuse", "httpd"}));
    QCOMPARE(f.selinux, SelinuxMode::Enforcing);
    QCOMPARE(f.firewall, FirewallKind::Firewalld);
    QVERIFY(f.disk.isBlank());
    QVERIFY(f.disk.mountpoints.isEmpty());
    QCOMPARE(f.blockDevices.size(), 2);
    QCOMPARE(f.fstab.size(), 2);
    QCOMPARE(f.fstab.at(1).target, QStringLiteral("/boot"));
    QCOMPARE(f.resolution("server01-private")->addresses, QStringList{"10.3.0.44"});
    QVERIFY(f.resolution("server02-private")->addresses.isEmpty());
    QVERIFY(!f.resolution("server03-private"));
    QVERIFY(!f.gluster.cliInstalled);
}

void TestFactsOutputParser::usedDisk()
{
    const HostFacts f = parseFixture("debian12-used-disk.txt");
    QVERIFY(!f.disk.isBlank());
    QCOMPARE(f.disk.blkid.value("PTTYPE"), QStringLiteral("gpt"));
    QCOMPARE(f.disk.signatures, (QStringList{"gpt", "gpt", "PMBR"}));
    QCOMPARE(f.disk.partitionCount, 1);
    QCOMPARE(f.disk.mountpoints, QStringList{"/srv/old"});
    QCOMPARE(f.resolution("server02-private")->addresses, QStringList{"192.0.2.99"});
    QCOMPARE(f.ports.at(0).state, PortState::TimedOut);
    QVERIFY(f.gluster.daemonAnswers);
    QVERIFY(f.gluster.peerStatusXml.contains("<peerStatus/>"));
    QVERIFY(f.gluster.volumeInfoXml.isEmpty());
    // Sections the fixture lacks are reported, not guessed.
    QVERIFY(f.parseProblems.join('\n').contains("lsblk"));
}

void TestFactsOutputParser::smallWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("selinux");
    QTest::addColumn<int>("port");
    QTest::newRow("enforcing/open") << "Enforcing\n"
                                    << int(SelinuxMode::Enforcing) << int(PortState::Unknown);
    QTest::newRow("permissive") << "Permissive" << int(SelinuxMode::Permissive)
                                << int(PortState::Unknown);
    QTest::newRow("disabled") << "Disabled" << int(SelinuxMode::Disabled)
                              << int(PortState::Unknown);
    QTest::newRow("open") << "open" << int(SelinuxMode::Unknown) << int(PortState::Open);
    QTest::newRow("refused") << " refused " << int(SelinuxMode::Unknown) << int(PortState::Refused);
    QTest::newRow("unreachable") << "unreachable" << int(SelinuxMode::Unknown)
                                 << int(PortState::Unreachable);
    QTest::newRow("garbage") << "maybe" << int(SelinuxMode::Unknown) << int(PortState::Unknown);
}

void TestFactsOutputParser::smallWords()
{
    QFETCH(QString, text);
    QFETCH(int, selinux);
    QFETCH(int, port);
    QCOMPARE(int(FactsOutputParser::parseSelinux(text)), selinux);
    QCOMPARE(int(FactsOutputParser::parsePort(text)), port);
    QCOMPARE(FactsOutputParser::parseFirewall("running", "absent"), FirewallKind::Firewalld);
    QCOMPARE(FactsOutputParser::parseFirewall("not running", "Status: active"), FirewallKind::Ufw);
    QCOMPARE(FactsOutputParser::parseFirewall("absent", "Status: inactive"), FirewallKind::None);
    QCOMPARE(FactsOutputParser::parseFirewall(QString(), QString()), FirewallKind::Unknown);
}

void TestFactsOutputParser::garbage_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("ssh error") << QByteArray(
        "ssh: connect to host x port 22: Connection refused\n");
    QTest::newRow("markers only") << QByteArray("@@ghw-section@@\n@@ghw-rc@@\n@@@@\n");
    QTest::newRow("binary") << QByteArray("\x00\xff@@ghw-section lsblk@@\n{\x01\n@@ghw-rc 0@@", 40);
}

void TestFactsOutputParser::garbage()
{
    QFETCH(QByteArray, output);
    const HostFacts f = FactsOutputParser::parse(QString::fromUtf8(output));
    QCOMPARE(f.family(), OsFamily::Unknown);
    QVERIFY(!f.parseProblems.isEmpty());
    QVERIFY(!f.disk.exists);
}

QTEST_GUILESS_MAIN(TestFactsOutputParser)
#include "tst_factsoutputparser.moc"
