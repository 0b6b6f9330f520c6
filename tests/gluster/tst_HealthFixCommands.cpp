#include "health/HealthFixCommands.h"

#include <QProcess>
#include <QTest>

class TestHealthFixCommands : public QObject
{
    Q_OBJECT

private slots:
    void quotesForTheShell_data();
    void quotesForTheShell();
    void quotedWordsSurviveARealShell_data();
    void quotedWordsSurviveARealShell();
    void buildsExactCommands();
};

void TestHealthFixCommands::quotesForTheShell_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("command");
    QTest::newRow("plain path")
        << "/html/sb.txt"
        << "gluster volume heal var-www split-brain bigger-file /html/sb.txt";
    QTest::newRow("gfid")
        << "gfid:658242a0-7e40"
        << "gluster volume heal var-www split-brain bigger-file gfid:658242a0-7e40";
    QTest::newRow("space") << "/html/a b.txt"
                           << "gluster volume heal var-www split-brain bigger-file '/html/a b.txt'";
    QTest::newRow("single quote")
        << "/it's.txt"
        << "gluster volume heal var-www split-brain bigger-file '/it'\\''s.txt'";
    QTest::newRow("command substitution")
        << "/$(reboot).txt"
        << "gluster volume heal var-www split-brain bigger-file '/$(reboot).txt'";
    QTest::newRow("empty") << ""
                           << "gluster volume heal var-www split-brain bigger-file ''";
}

void TestHealthFixCommands::quotesForTheShell()
{
    QFETCH(QString, file);
    QFETCH(QString, command);
    QCOMPARE(HealthFixCommands::splitBrainBiggerFile(QStringLiteral("var-www"), file), command);
}

void TestHealthFixCommands::quotedWordsSurviveARealShell_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("space") << "/html/a b.txt";
    QTest::newRow("quotes") << "/it's \"quoted\".txt";
    QTest::newRow("dollar") << "/$(echo pwned)`id`$HOME.txt";
    QTest::newRow("newline") << "/two\nlines.txt";
    QTest::newRow("glob") << "/*.txt";
    QTest::newRow("utf-8") << QStringLiteral("/h\u00e9llo w\u00f6rld.txt");
}

// The fix command is run by a shell: `gluster` replaced by printf, each argument must arrive
// exactly as heal info named the file.
void TestHealthFixCommands::quotedWordsSurviveARealShell()
{
    QFETCH(QString, word);
    const QString command = HealthFixCommands::splitBrainSourceBrick(
        QStringLiteral("var-www"), QStringLiteral("s1:/data/b 1/volume"), word);
    QVERIFY(command.startsWith(QStringLiteral("gluster ")));
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("printf '%s|' ") + command.mid(int(qstrlen("gluster ")))});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()),
             QStringLiteral("volume|heal|var-www|split-brain|source-brick|s1:/data/b 1/volume|") +
                 word + QLatin1Char('|'));
}

void TestHealthFixCommands::buildsExactCommands()
{
    QCOMPARE(HealthFixCommands::restartGlusterd(), QStringLiteral("systemctl restart glusterd"));
    QCOMPARE(HealthFixCommands::startVolume(QStringLiteral("var-www")),
             QStringLiteral("gluster volume start var-www"));
    QCOMPARE(HealthFixCommands::startVolumeForce(QStringLiteral("var-www")),
             QStringLiteral("gluster volume start var-www force"));
    QCOMPARE(HealthFixCommands::splitBrainBiggerFile(QStringLiteral("var-www"),
                                                     QStringLiteral("/html/a b.txt")),
             QStringLiteral("gluster volume heal var-www split-brain bigger-file '/html/a b.txt'"));
    QCOMPARE(HealthFixCommands::splitBrainSourceBrick(QStringLiteral("var-www"),
                                                      QStringLiteral("s1:/data/b1/volume"),
                                                      QStringLiteral("gfid:1234")),
             QStringLiteral("gluster volume heal var-www split-brain source-brick "
                            "s1:/data/b1/volume gfid:1234"));
    QCOMPARE(HealthFixCommands::peerProbe(QStringLiteral("server02-private")),
             QStringLiteral("gluster peer probe server02-private"));
    QCOMPARE(HealthFixCommands::listSplitBrain(QStringLiteral("var-www")),
             QStringLiteral("gluster volume heal var-www info split-brain"));
    QCOMPARE(HealthFixCommands::appendFstabLine(QStringLiteral("a:/v /m glusterfs d 0 0")),
             QStringLiteral("echo 'a:/v /m glusterfs d 0 0' >> /etc/fstab"));
}

QTEST_GUILESS_MAIN(TestHealthFixCommands)
#include "tst_HealthFixCommands.moc"
