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
    void simpleCommands_data();
    void simpleCommands();
    void wrappedCommandRunsWhole_data();
    void wrappedCommandRunsWhole();
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
    // One simple command: the sudo words in front of it, the command's bytes unchanged.
    QCOMPARE(SudoPolicy::wrap(SshPrivilege::PasswordlessSudo, QStringLiteral("id -u")),
             QStringLiteral("sudo -n -- id -u"));
    QCOMPARE(SudoPolicy::wrap(SshPrivilege::SudoWithPassword, QStringLiteral("id")),
             QStringLiteral("sudo -k -S -p '' -- id"));
    const QString step = QStringLiteral("env LC_ALL=C bash -c 'set -eu\necho '\\''hi'\\'''");
    QCOMPARE(SudoPolicy::wrap(SshPrivilege::PasswordlessSudo, step),
             QStringLiteral("sudo -n -- ") + step);
    // Anything else runs whole under sudo, through sh -c.
    QCOMPARE(SudoPolicy::wrap(SshPrivilege::PasswordlessSudo, QStringLiteral("id -u; id -g")),
             QStringLiteral("sudo -n -- sh -c 'id -u; id -g'"));
    QCOMPARE(SudoPolicy::prefix(SshPrivilege::PasswordlessSudo), QStringLiteral("sudo -n --"));
    QVERIFY(SudoPolicy::prefix(SshPrivilege::Root).isEmpty());
    QVERIFY(SudoPolicy::wrap(SshPrivilege::SudoRequiresTty, QStringLiteral("id")).isEmpty());
    QCOMPARE(SudoPolicy::stdinPrefix(SshPrivilege::SudoWithPassword, QStringLiteral("pw")),
             QByteArray("pw\n"));
    QVERIFY(
        SudoPolicy::stdinPrefix(SshPrivilege::PasswordlessSudo, QStringLiteral("pw")).isEmpty());
}

void TestSudoPolicy::simpleCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("simple");
    QTest::newRow("words") << "id -u" << true;
    QTest::newRow("quoted argument") << "bash -c 'a; b && c | d > e'" << true;
    QTest::newRow("quoted quote") << "printf %s 'it'\\''s'" << true;
    QTest::newRow("assignment as argument") << "env LC_ALL=C id" << true;
    QTest::newRow("newline in quotes") << "sh -c 'a\nb'" << true;
    QTest::newRow("list") << "id -u; id -g" << false;
    QTest::newRow("and") << "true && id" << false;
    QTest::newRow("pipe") << "id | cat" << false;
    QTest::newRow("redirection") << "id >/tmp/x" << false;
    QTest::newRow("background") << "id &" << false;
    QTest::newRow("substitution") << "echo $(id)" << false;
    QTest::newRow("variable") << "echo $HOME" << false;
    QTest::newRow("backquote") << "echo `id`" << false;
    QTest::newRow("glob") << "ls *" << false;
    QTest::newRow("leading assignment") << "LC_ALL=C id" << false;
    QTest::newRow("newline") << "id\nid" << false;
    QTest::newRow("double space") << "id  -u" << false;
    QTest::newRow("unbalanced quote") << "echo 'a" << false;
    QTest::newRow("double quotes") << "echo \"a\"" << false;
    QTest::newRow("tilde") << "ls ~root" << false;
    QTest::newRow("comment") << "id #x" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSudoPolicy::simpleCommands()
{
    QFETCH(QString, command);
    QFETCH(bool, simple);
    QCOMPARE(SudoPolicy::isSimpleCommand(command), simple);
}

void TestSudoPolicy::wrappedCommandRunsWhole_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("simple") << "printf '%s|' a 'b c'";
    QTest::newRow("list") << "printf a; printf b";
    QTest::newRow("and-or") << "false || printf '%s' \"$((1+1))\"";
    QTest::newRow("pipe") << "printf abc | tr b x";
}

// A real sh parses the wrapped line with the sudo words replaced by `run`, a function that runs
// its arguments with stdout on fd 3 while everything else's stdout is thrown away: the command's
// whole output must come through run, i.e. all of the command ran as sudo's arguments.
void TestSudoPolicy::wrappedCommandRunsWhole()
{
    QFETCH(QString, command);
    const QString words = QStringLiteral("sudo -n -- ");
    const QString line = SudoPolicy::wrap(SshPrivilege::PasswordlessSudo, command);
    QVERIFY(line.startsWith(words));
    const QString script = QStringLiteral("exec 3>&1 >/dev/null; run() { \"$@\" >&3; }; run ") +
                           line.mid(words.size());
    QProcess wrapped;
    wrapped.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    QVERIFY(wrapped.waitForFinished());
    QProcess direct;
    direct.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    QVERIFY(direct.waitForFinished());
    QCOMPARE(wrapped.readAllStandardOutput(), direct.readAllStandardOutput());
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
