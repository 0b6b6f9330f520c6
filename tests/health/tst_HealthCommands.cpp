#include "health/HealthCommands.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The exact command lines of the health probe, and the round trip's guard run for real by a
// shell: it never writes into a folder that is not a glusterfs mount.
class TestHealthCommands : public QObject
{
    Q_OBJECT
private slots:
    void exactCommands_data();
    void exactCommands();
    void roundTripPath_data();
    void roundTripPath();
    void roundTripRefusesWhatIsNotAGlusterMount();
    void removeTakesTheFileAway();
    void timeoutHasAFloor();

private:
    static int runShell(const QString &script, QByteArray *errors = nullptr);
};

int TestHealthCommands::runShell(const QString &script, QByteArray *errors)
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!shell.waitForFinished(20000))
        return -2;
    if (errors)
        *errors = shell.readAllStandardError();
    return shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
}

void TestHealthCommands::exactCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    const HealthCommands c(QStringLiteral("var-www"), QStringLiteral("/var/www"),
                           QStringLiteral("/data/var-www/brick01"), 6);
    const QString g = QStringLiteral("LC_ALL=C timeout -k 1 6 gluster --mode=script --timeout=5 ");
    QTest::newRow("glusterd") << HealthCommands::glusterdRunning() << "pidof glusterd";
    QTest::newRow("peer status") << c.peerStatus() << g + "peer status --xml";
    QTest::newRow("volume info") << c.volumeInfo() << g + "volume info var-www --xml";
    QTest::newRow("volume status") << c.volumeStatus() << g + "volume status var-www --xml";
    QTest::newRow("heal summary") << c.healSummary()
                                  << g + "volume heal var-www info summary --xml";
    QTest::newRow("split-brain") << c.healSplitBrain()
                                 << g + "volume heal var-www info split-brain --xml";
    QTest::newRow("mount") << c.mount()
                           << "LC_ALL=C findmnt -J -l -o TARGET,SOURCE,FSTYPE,MAJ:MIN "
                              "--mountpoint /var/www";
    QTest::newRow("fstab") << c.fstab()
                           << "LC_ALL=C findmnt -s -J -l -o TARGET,SOURCE,FSTYPE,OPTIONS "
                              "--mountpoint /var/www";
    QTest::newRow("brick space") << c.brickSpace() << "LC_ALL=C df -P -B1 /data/var-www/brick01";
    const HealthCommands odd(QStringLiteral("my vol"), QStringLiteral("/srv/it's here"),
                             QStringLiteral("/data/$(x)"), 6);
    QTest::newRow("quoted volume") << odd.volumeInfo() << g + "volume info 'my vol' --xml";
    QTest::newRow("quoted mount") << odd.mount()
                                  << "LC_ALL=C findmnt -J -l -o TARGET,SOURCE,FSTYPE,MAJ:MIN "
                                     "--mountpoint '/srv/it'\\''s here'";
    QTest::newRow("quoted brick") << odd.brickSpace() << "LC_ALL=C df -P -B1 '/data/$(x)'";
}

void TestHealthCommands::exactCommands()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QCOMPARE(command, expected);
}

void TestHealthCommands::roundTripPath_data()
{
    QTest::addColumn<QString>("mount");
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << "/var/www"
                           << "/var/www/.ghw-health-abc";
    QTest::newRow("trailing slash") << "/var/www/"
                                    << "/var/www/.ghw-health-abc";
    QTest::newRow("root") << "/"
                          << "/.ghw-health-abc";
}

void TestHealthCommands::roundTripPath()
{
    QFETCH(QString, mount);
    QFETCH(QString, path);
    const HealthCommands c(QStringLiteral("v"), mount, QStringLiteral("/b"), 6);
    QCOMPARE(c.roundTripPath(QStringLiteral("abc")), path);
}

void TestHealthCommands::roundTripRefusesWhatIsNotAGlusterMount()
{
    // A plain folder stands for /var/www when the volume is not mounted: the write must not
    // land on the local disk underneath, and the read must say why it found nothing.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mount = dir.filePath(QStringLiteral("www it's"));
    QVERIFY(QDir().mkpath(mount));
    const HealthCommands c(QStringLiteral("var-www"), mount, QStringLiteral("/"), 3);
    QByteArray errors;
    QCOMPARE(runShell(c.roundTripWrite(QStringLiteral("t1"), QStringLiteral("x'$(id)")), &errors),
             HealthCommands::NotMountedStatus);
    QVERIFY2(errors.contains("is not a glusterfs mount"), errors.constData());
    QVERIFY(
        QDir(mount).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    QCOMPARE(runShell(c.roundTripRead(QStringLiteral("t1")), &errors),
             HealthCommands::NotMountedStatus);
}

void TestHealthCommands::removeTakesTheFileAway()
{
    QTemporaryDir dir;
    const HealthCommands c(QStringLiteral("var-www"), dir.path(), QStringLiteral("/"), 3);
    const QString path = c.roundTripPath(QStringLiteral("t2"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(runShell(c.roundTripRemove(QStringLiteral("t2"))), 0);
    QVERIFY(!QFile::exists(path));
    // Removing what is already gone is fine (the reader may have been quicker).
    QCOMPARE(runShell(c.roundTripRemove(QStringLiteral("t2"))), 0);
}

void TestHealthCommands::timeoutHasAFloor()
{
    const HealthCommands c(QStringLiteral("v"), QStringLiteral("/m"), QStringLiteral("/b"), 0);
    QVERIFY(c.peerStatus().contains(QStringLiteral("timeout -k 1 2 gluster")));
    QVERIFY(c.peerStatus().contains(QStringLiteral("--timeout=1 ")));
}

QTEST_GUILESS_MAIN(TestHealthCommands)
#include "tst_HealthCommands.moc"
