#include "CoreTestSupport.h"
#include "facts/FactsOutputParser.h"
#include "facts/ReadinessCheck.h"

#include <QTest>

#include <functional>

// What `check` concludes from the facts, rule by rule.
class TestReadinessCheck : public QObject
{
    Q_OBJECT

private slots:
    void freshServersAreReady();
    void findings_data();
    void findings();
    void assumedFactsAreNotJudged();
    void realFixtures();
};

using Change = std::function<void(QList<HostFacts> &, SetupSpec &, QList<WipeRequest> &)>;
Q_DECLARE_METATYPE(Change)

namespace {
SetupSpec labSpec()
{
    return CoreTestSupport::loadSpec("core/lab-pair.json");
}

QList<HostFacts> freshPair(const SetupSpec &spec)
{
    return {CoreTestSupport::debianFacts(spec), CoreTestSupport::debianFacts(spec)};
}

QString problemsOf(const QList<ReadinessFinding> &findings, bool problems)
{
    QStringList lines;
    for (const ReadinessFinding &f : findings) {
        if (f.isProblem() == problems)
            lines << f.serverName + ": " + f.message;
    }
    return lines.join('\n');
}

QString fixture(const QString &name)
{
    return QString::fromUtf8(CoreTestSupport::readData("core/facts/" + name));
}
} // namespace

void TestReadinessCheck::freshServersAreReady()
{
    const SetupSpec spec = labSpec();
    const QList<ReadinessFinding> findings = ReadinessCheck::evaluate(spec, freshPair(spec));
    QVERIFY2(ReadinessCheck::isReady(findings), qPrintable(problemsOf(findings, true)));
}

void TestReadinessCheck::findings_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("problem");
    QTest::addColumn<QString>("message");
    QTest::newRow("unsupported os")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[1].os = OsRelease{"alpine", {}, "3.20", "Alpine Linux v3.20"};
           })
        << true << "server02: Unsupported operating system \"Alpine Linux v3.20\"";
    QTest::newRow("no package manager")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[0].packageManager = PackageManager::Unknown;
           })
        << true << "server01: No package manager found";
    QTest::newRow("missing disk") << Change([](QList<HostFacts> &f, SetupSpec &,
                                               QList<WipeRequest> &) { f[0].disk.exists = false; })
                                  << true << "server01: The disk /dev/vdb does not exist.";
    QTest::newRow("system disk")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[1].disk.mountpoints = {"/", "/boot"};
           })
        << true
        << "server02: /dev/vdb is in use (mounted at /, /boot); a mounted disk is never formatted.";
    QTest::newRow("mounted disk, even with --wipe")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &w) {
               f[1].disk.mountpoints = {"/srv"};
               w << WipeRequest{"server02", "/dev/vdb", {}};
           })
        << true << "server02: /dev/vdb is in use (mounted at /srv)";
    QTest::newRow("disk with data")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[0].disk.blkid = {{"TYPE", "ext4"}};
               f[0].disk.signatures = {"ext4"};
           })
        << true
        << "server01: /dev/vdb holds ext4; it is formatted only if you name it with --wipe "
           "server01:/dev/vdb.";
    QTest::newRow("disk with data, --wipe")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &w) {
               f[0].disk.blkid = {{"PTTYPE", "gpt"}};
               f[0].disk.partitionCount = 2;
               f[0].disk.identity = "size=1073741824 serial=S1 wwn= ptuuid=9e2f";
               w << WipeRequest{"server01", "/dev/vdb", f[0].disk.identity};
           })
        << false
        << "server01: /dev/vdb holds gpt, 2 partition(s) and will be erased (--wipe), if right "
           "before formatting it is still this disk: size=1073741824 serial=S1 wwn= ptuuid=9e2f.";
    QTest::newRow("disk with data, --wipe not bound to it")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &w) {
               f[0].disk.blkid = {{"TYPE", "ext4"}};
               f[0].disk.identity = "size=1 serial= wwn= ptuuid= 0:ext4@0x438=aa";
               w << WipeRequest{"server01", "/dev/vdb", {}};
           })
        << true << "server01: /dev/vdb holds ext4; it is formatted only if you name it with --wipe";
    QTest::newRow("disk with data, --wipe for another identity") << Change([](QList<HostFacts> &f,
                                                                              SetupSpec &,
                                                                              QList<WipeRequest>
                                                                                  &w) {
        f[0].disk.blkid = {{"TYPE", "ext4"}};
        f[0].disk.identity = "size=1 serial= wwn= ptuuid= 0:ext4@0x438=bb";
        w << WipeRequest{"server01", "/dev/vdb", "size=1 serial= wwn= ptuuid= 0:ext4@0x438=aa"};
    }) << true
                                                                 << "server01: /dev/vdb changed "
                                                                    "since you allowed erasing it "
                                                                    "(then: size=1 serial= wwn= "
                                                                    "ptuuid= 0:ext4@0x438=aa; now: "
                                                                    "size=1 serial= wwn= ptuuid= "
                                                                    "0:ext4@0x438=bb)";
    QTest::newRow("disk with data, --wipe, identity unreadable")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &w) {
               f[0].disk.blkid = {{"TYPE", "ext4"}};
               w << WipeRequest{"server01", "/dev/vdb", {}};
           })
        << true
        << "server01: /dev/vdb holds ext4, and what it is (size, serial, signatures) could "
           "not be read: it is not erased.";
    const QList<std::pair<const char *, const char *>> systemUses = {
        {"in-fstab", "/dev/vdb1 is listed in /etc/fstab."},
        {"in-crypttab", "/dev/vdb1 is listed in /etc/crypttab."},
        {"active-swap", "/dev/vdb1 is active swap."},
        {"efi-system-partition", "/dev/vdb1 is an EFI system partition."},
        {"lvm-physical-volume", "/dev/vdb1 is an LVM physical volume."},
        {"raid-member", "/dev/vdb1 is a member of a RAID array."},
        {"held-by-device", "/dev/vdb1 is held by another device"}};
    for (const auto &[kind, reason] : systemUses) {
        const QString k = QString::fromLatin1(kind);
        QTest::addRow("system disk: %s, even with --wipe", kind) << Change([k](QList<HostFacts> &f,
                                                                               SetupSpec &,
                                                                               QList<WipeRequest>
                                                                                   &w) {
            f[1].disk.blkid = {{"PTTYPE", "gpt"}};
            f[1].disk.partitionCount = 1;
            f[1].disk.identity = "size=1 serial= wwn= ptuuid=77";
            f[1].systemUses = {{"/dev/vdb", k, "/dev/vdb1"}, {"/dev/vda", "in-fstab", "/dev/vda1"}};
            w << WipeRequest{"server02", "/dev/vdb", f[1].disk.identity};
        }) << true
                                                                 << QStringLiteral(
                                                                        "server02: /dev/vdb "
                                                                        "belongs to the system and "
                                                                        "is never formatted: %1")
                                                                        .arg(QString::fromLatin1(
                                                                            reason));
    }
    QTest::newRow("our brick in fstab is not a system disk")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[0].disk.blkid = {{"TYPE", "xfs"}, {"LABEL", "ghw-brick"}, {"UUID", "u1"}};
               f[0].systemUses = {{"/dev/vdb", "in-fstab", "/dev/vdb"}};
           })
        << false << "server01: /dev/vdb already holds a brick file system from an earlier run";
    QTest::newRow("our brick from an earlier run")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[0].disk.blkid = {{"TYPE", "xfs"}, {"LABEL", "ghw-brick"}};
               f[0].disk.mountpoints = {"/data/var-www/brick01"};
           })
        << false << "server01: /dev/vdb is already the brick, mounted at /data/var-www/brick01.";
    QTest::newRow("name resolves elsewhere")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[1].names[0].addresses = {"192.0.2.7"};
           })
        << true
        << "server02: server01-private resolves to 192.0.2.7, not to its private address "
           "198.18.0.11";
    QTest::newRow("name does not resolve yet")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[1].names[0].addresses.clear();
           })
        << false
        << "server02: server01-private does not resolve yet: it will be added to /etc/hosts as "
           "198.18.0.11.";
    QTest::newRow("port filtered")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[0].ports = {{"server02-private", PortState::TimedOut}};
           })
        << true << "server01: TCP port 24007 of server02-private does not answer";
    QTest::newRow("port refused is fine")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[0].ports = {{"server02-private", PortState::Refused}};
               f[0].missingPackages = {"glusterfs-server"};
           })
        << false << "server01: Will install: glusterfs-server.";
    QTest::newRow("in another pool") << Change([](QList<HostFacts> &f, SetupSpec &,
                                                  QList<WipeRequest> &) {
        f[0].gluster.peerStatusXml =
            fixture("healthy-peer-status-server01.xml").replace("server02-private", "db7-private");
    }) << true << "server01: This server is already in a Gluster pool with db7-private";
    QTest::newRow("volume with other bricks")
        << Change([](QList<HostFacts> &f, SetupSpec &s, QList<WipeRequest> &) {
               s.servers[0].brickDir = "other";
               f[0].gluster.volumeInfoXml = fixture("healthy-volume-info.xml");
           })
        << true
        << "server01: A volume named var-www already exists with other bricks "
           "(server01-private:/data/var-www/brick01/volume, "
           "server02-private:/data/var-www/brick02/volume).";
    QTest::newRow("volume with these bricks")
        << Change([](QList<HostFacts> &f, SetupSpec &s, QList<WipeRequest> &) {
               s.servers[0].brickMount = "/data/var-www/brick01";
               s.servers[1].brickMount = "/data/var-www/brick02";
               f[0].gluster.volumeInfoXml = fixture("healthy-volume-info.xml");
               f[0].gluster.peerStatusXml = fixture("healthy-peer-status-server01.xml");
           })
        << false << "server01: The volume var-www already exists with these bricks; it is kept.";
    QTest::newRow("fstab entry in the way")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[1].fstab = {{"/var/www", "/dev/sdb1", "ext4", {}, "defaults"}};
           })
        << true << "server02: /etc/fstab already mounts /dev/sdb1 at /var/www.";
    QTest::newRow("facts unreadable")
        << Change([](QList<HostFacts> &f, SetupSpec &, QList<WipeRequest> &) {
               f[1].parseProblems = {"The mount table (findmnt) could not be read."};
           })
        << true << "server02: The mount table (findmnt) could not be read.";
}

void TestReadinessCheck::findings()
{
    QFETCH(Change, change);
    QFETCH(bool, problem);
    QFETCH(QString, message);
    SetupSpec spec = labSpec();
    QList<HostFacts> facts = freshPair(spec);
    QList<WipeRequest> wipes;
    change(facts, spec, wipes);
    const QList<ReadinessFinding> findings = ReadinessCheck::evaluate(spec, facts, wipes);
    const QString listed = problemsOf(findings, problem);
    QVERIFY2(listed.contains(message),
             qPrintable(problemsOf(findings, true) + "\n--\n" + problemsOf(findings, false)));
    QCOMPARE(ReadinessCheck::isReady(findings), !problem);
}

void TestReadinessCheck::assumedFactsAreNotJudged()
{
    const SetupSpec spec = labSpec();
    const QList<HostFacts> facts(2, HostFacts::assumed(OsFamily::Fedora));
    QVERIFY(ReadinessCheck::evaluate(spec, facts).isEmpty());
}

void TestReadinessCheck::realFixtures()
{
    SetupSpec spec = CoreTestSupport::loadSpec("core/contract-example.json");
    const HostFacts fedora = FactsOutputParser::parse(fixture("fedora40-fresh.txt"));
    const HostFacts used = FactsOutputParser::parse(fixture("debian12-used-disk.txt"));
    const QList<ReadinessFinding> findings = ReadinessCheck::evaluate(spec, {fedora, used});
    const QString problems = problemsOf(findings, true);
    QVERIFY(!problems.contains("server01:")); // a fresh Fedora server is ready
    QVERIFY(problems.contains("server02: /dev/vdb is in use (mounted at /srv/old)"));
    QVERIFY(problems.contains("server02: server02-private resolves to 192.0.2.99"));
    QVERIFY(problems.contains("server02: TCP port 24007 of server02-private does not answer"));
    QVERIFY(problemsOf(findings, false).contains("server01: SELinux is enforcing"));
    QVERIFY(problemsOf(findings, false).contains("server01: A firewall is active (firewalld)"));
}

QTEST_GUILESS_MAIN(TestReadinessCheck)
#include "tst_readinesscheck.moc"
