// SudoPolicy: classifying the probe and sudo's complaints (the texts are what sudo 1.9 on
// Debian 12 prints, see the notes), and wrapping commands without a PTY.
#include "ShellWords.h"
#include "SudoPolicy.h"

#include <QProcess>
#include <QTest>

class TestSudoPolicy : public QObject
{
    Q_OBJECT
private slots:
    void classifyProbe_data();
    void classifyProbe();
    void classifyFailure_data();
    void classifyFailure();
    void wrap();
    void quotedCommandSurvivesTheShell_data();
    void quotedCommandSurvivesTheShell();
};

void TestSudoPolicy::classifyProbe_data()
{
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("err");
    QTest::addColumn<int>("privilege");
    QTest::newRow("root") << QStringList{"0"} << 0 << QStringList{} << int(SshPrivilege::Root);
    QTest::newRow("passwordless") << QStringList{"1001"} << 0 << QStringList{}
                                  << int(SshPrivilege::PasswordlessSudo);
    QTest::newRow("needs password")
        << QStringList{"1001"} << 1 << QStringList{"sudo: a password is required"}
        << int(SshPrivilege::SudoWithPassword);
    QTest::newRow("requiretty") << QStringList{"1001"} << 1
                                << QStringList{"sudo: sorry, you must have a tty to run sudo"}
                                << int(SshPrivilege::SudoRequiresTty);
    QTest::newRow("no sudo") << QStringList{"1001"} << 127 << QStringList{"sh: 1: sudo: not found"}
                             << int(SshPrivilege::NoSudo);
    QTest::newRow("no output") << QStringList{} << 1 << QStringList{} << int(SshPrivilege::Unknown);
}

void TestSudoPolicy::classifyProbe()
{
    QFETCH(QStringList, out);
    QFETCH(int, status);
    QFETCH(QStringList, err);
    QFETCH(int, privilege);
    QCOMPARE(int(SudoPolicy::classifyProbe(out, status, err)), privilege);
}

void TestSudoPolicy::classifyFailure_data()
{
    QTest::addColumn<QStringList>("err");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("success") << QStringList{} << 0 << int(SshError::Kind::None);
    QTest::newRow("wrong password")
        << QStringList{"Sorry, try again.", "sudo: no password was provided",
                       "sudo: 1 incorrect password attempt"}
        << 1 << int(SshError::Kind::SudoWrongPassword);
    QTest::newRow("not in sudoers")
        << QStringList{"ghwt is not in the sudoers file.  This incident will be reported."} << 1
        << int(SshError::Kind::SudoNotAllowed);
    QTest::newRow("requiretty") << QStringList{"sudo: sorry, you must have a tty to run sudo"} << 1
                                << int(SshError::Kind::SudoRequiresTty);
    QTest::newRow("the command's own failure")
        << QStringList{"mkfs.xfs: cannot open /dev/vdb"} << 1 << int(SshError::Kind::None);
}

void TestSudoPolicy::classifyFailure()
{
    QFETCH(QStringList, err);
    QFETCH(int, status);
    QFETCH(int, kind);
    QCOMPARE(int(SudoPolicy::classifyFailure(err, status)), kind);
}

void TestSudoPolicy::wrap()
{
    QCOMPARE(SudoPolicy::wrap(SshPrivilege::Root, QStringLiteral("id -u")),
             QStringLiteral("id -u"));
    QCOMPARE(SudoPolicy::wrap(SshPrivilege::PasswordlessSudo, QStringLiteral("id -u")),
             QStringLiteral("sudo -n -- sh -c 'id -u'"));
    const QString withPassword =
        SudoPolicy::wrap(SshPrivilege::SudoWithPassword, QStringLiteral("id"));
    QVERIFY(withPassword.startsWith(QLatin1String("sudo -k -S -p '' -- sh -c ")));
    QVERIFY(SudoPolicy::wrap(SshPrivilege::SudoRequiresTty, QStringLiteral("id")).isEmpty());
    QCOMPARE(SudoPolicy::stdinPrefix(SshPrivilege::SudoWithPassword, QStringLiteral("pw")),
             QByteArray("pw\n"));
    QVERIFY(
        SudoPolicy::stdinPrefix(SshPrivilege::PasswordlessSudo, QStringLiteral("pw")).isEmpty());
}

void TestSudoPolicy::quotedCommandSurvivesTheShell_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "hello";
    QTest::newRow("single quotes") << "it's 'quoted'";
    QTest::newRow("shell syntax") << "$(reboot); `x` && | > \"y\" \\";
    QTest::newRow("newline") << "a\nb";
}

void TestSudoPolicy::quotedCommandSurvivesTheShell()
{
    QFETCH(QString, text);
    QProcess shell;
    shell.start(QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("printf %s ") + ShellQuote::quote(text)});
    QVERIFY(shell.waitForFinished());
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), text);
}

QTEST_GUILESS_MAIN(TestSudoPolicy)
#include "tst_sudopolicy.moc"
