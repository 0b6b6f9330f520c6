// RemoteCommand against a real sshd: separate streams in batches, exit status and signals,
// stdin, a million lines, concurrent channels, cancel, timeout, sudo, and secrets that never
// leak into logs, messages or the remote process list.
#include "RemoteCommand.h"
#include "ScriptedLogin.h"
#include "SshSession.h"
#include "SshTestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using Auth = SshEndpoint::AuthMethod;
using Kind = SshError::Kind;

namespace {
const QString password = QStringLiteral("Pw-remote-cmd-tests-9931");

// Collects everything a command emits.
struct Capture
{
    explicit Capture(RemoteCommand *remote)
        : command(remote)
        , finished(remote, &RemoteCommand::finished)
    {
        QObject::connect(command, &RemoteCommand::stdoutLines, command,
                         [this](const QStringList &l) {
                             out += l;
                             ++stdoutSignals;
                         });
        QObject::connect(command, &RemoteCommand::stderrLines, command,
                         [this](const QStringList &l) { err += l; });
    }
    bool wait(int timeoutMs = 10000) { return finished.count() > 0 || finished.wait(timeoutMs); }
    RemoteCommand *command;
    QSignalSpy finished;
    QStringList out;
    QStringList err;
    int stdoutSignals = 0;
};

QStringList messages;
QtMessageHandler previousHandler = nullptr;

// A process that still runs: it exists and is not a zombie waiting for its parent (or this
// machine's PID 1) to reap it.
bool processRuns(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype afterName = text.lastIndexOf(')');
    return afterName > 0 && text.mid(afterName + 2, 1) != "Z";
}
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    messages << text;
    previousHandler(type, context, text);
}
} // namespace

class TestRemoteCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void streamsAreSeparateLineBatches();
    void exitStatusAndSignal_data();
    void exitStatusAndSignal();
    void stdinData();
    void stdinStreamedInteractively();
    void largeStdinArrivesIntact();
    void millionLinesCompleteAndInOrder();
    void concurrentChannelsBoundedByMaxChannels();
    void cancelStopsTheRemoteCommand();
    void cancelBeforeStartNeverRuns();
    void cancelEndsTheProcessesOfAQuietCommand_data();
    void cancelEndsTheProcessesOfAQuietCommand();
    void processGroupWrapperIsInvisible();
    void timeoutEndsTheProcessesToo();
    void timeoutStopsTheCommand();
    void commandsWaitForTheConnection();
    void notConnectedFinishesAsynchronously();
    void overlongCommandRefused();
    void deletedWhileRunningLeavesSessionUsable();
    void sudoPasswordNeverReachesTheCommand();
    void sudoPasswordChangedMeanwhileFailsClearly();
    void secretsNeverLeak();
    void shortPasswordLeavesTheOutputWhole();
    void sudoComplaintsAreReadWholeWhenThePasswordIsOneOfTheirWords();

private:
    std::unique_ptr<SshSession> connect(const QString &user, Auth auth);

    std::unique_ptr<SshTestServer> m_server;
    QString m_key;
    QString m_pwUser, m_nopwUser;
    std::unique_ptr<SshSession> m_root;
    std::unique_ptr<SshSession> m_nopw;
    std::unique_ptr<SshSession> m_pw;
};

std::unique_ptr<SshSession> TestRemoteCommand::connect(const QString &user, Auth auth)
{
    auto session = std::make_unique<SshSession>(m_server->endpoint(user, auth, m_key));
    session->setPassword(password);
    ScriptedLogin login(session.get());
    if (!login.run())
        qWarning("login failed: %s", qPrintable(login.error.message));
    return session;
}

void TestRemoteCommand::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("ghw.ssh.debug=true"));
    m_server = std::make_unique<SshTestServer>();
    m_pwUser =
        m_server->createUser(QStringLiteral("pw"), password, SshTestServer::Sudo::WithPassword);
    m_nopwUser =
        m_server->createUser(QStringLiteral("nopw"), password, SshTestServer::Sudo::Passwordless);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->writeKnownHosts();
    m_key = m_server->createKey(QStringLiteral("id_ed25519"), QStringLiteral("ed25519"));
    for (const QString &user : {QStringLiteral("root"), m_nopwUser})
        m_server->authorize(user, m_key);
    m_root = connect(QStringLiteral("root"), Auth::Key);
    m_nopw = connect(m_nopwUser, Auth::Key);
    m_pw = connect(m_pwUser, Auth::Password);
    QVERIFY(m_root->isConnected() && m_nopw->isConnected() && m_pw->isConnected());
    QCOMPARE(m_pw->privilege(), SshPrivilege::SudoWithPassword);
}

void TestRemoteCommand::cleanupTestCase()
{
    m_root.reset();
    m_nopw.reset();
    m_pw.reset();
    m_server.reset();
    qInstallMessageHandler(previousHandler);
}

void TestRemoteCommand::streamsAreSeparateLineBatches()
{
    Capture c(m_nopw->run(
        QStringLiteral("echo out1; echo err1 >&2; echo out2; echo err2 >&2; printf 'tail'")));
    QVERIFY(c.wait());
    QCOMPARE(c.out,
             (QStringList{QStringLiteral("out1"), QStringLiteral("out2"), QStringLiteral("tail")}));
    QCOMPARE(c.err, (QStringList{QStringLiteral("err1"), QStringLiteral("err2")}));
    QVERIFY(c.command->result().success());
    QCOMPARE(c.command->result().stderrTail, c.err);
}

void TestRemoteCommand::exitStatusAndSignal_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<bool>("success");
    QTest::newRow("true") << "true" << 0 << "" << true;
    QTest::newRow("false") << "false" << 1 << "" << false;
    QTest::newRow("exit 7") << "exit 7" << 7 << "" << false;
    QTest::newRow("SIGTERM") << "kill -TERM $$" << 0 << "TERM" << false;
    QTest::newRow("SIGKILL") << "kill -KILL $$" << 0 << "KILL" << false;
}

void TestRemoteCommand::exitStatusAndSignal()
{
    QFETCH(QString, command);
    QFETCH(int, status);
    QFETCH(QString, signal);
    QFETCH(bool, success);
    Capture c(m_nopw->run(command));
    QVERIFY(c.wait());
    const RemoteCommandResult result = c.command->result();
    QVERIFY(result.gotEof);
    QCOMPARE(result.exitSignal, signal);
    if (signal.isEmpty())
        QCOMPARE(result.exitStatus, status);
    QCOMPARE(result.success(), success);
    QVERIFY(!result.error.isError());
}

void TestRemoteCommand::stdinData()
{
    RemoteCommandOptions options;
    options.stdinData = "alpha\nbeta\n";
    Capture c(m_nopw->run(QStringLiteral("cat"), options));
    QVERIFY(c.wait());
    QCOMPARE(c.out, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QVERIFY(c.command->result().success());
}

void TestRemoteCommand::stdinStreamedInteractively()
{
    RemoteCommandOptions options;
    options.keepStdinOpen = true;
    Capture c(m_nopw->run(QStringLiteral("cat"), options));
    c.command->writeStdin("one\n");
    // The echo proves the first line went out before stdin was closed.
    QTRY_COMPARE_WITH_TIMEOUT(c.out, QStringList{QStringLiteral("one")}, 5000);
    c.command->writeStdin("two\n");
    c.command->closeStdin();
    QVERIFY(c.wait());
    QCOMPARE(c.out, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QVERIFY(c.command->result().success());
}

void TestRemoteCommand::largeStdinArrivesIntact()
{
    QByteArray data(8 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    RemoteCommandOptions options;
    options.stdinData = data;
    Capture c(m_nopw->run(QStringLiteral("sha256sum"), options));
    QVERIFY(c.wait(30000));
    QVERIFY(c.command->result().success());
    const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    QCOMPARE(c.out.value(0).section(QLatin1Char(' '), 0, 0), QString::fromLatin1(expected));
}

void TestRemoteCommand::millionLinesCompleteAndInOrder()
{
    Capture c(m_nopw->run(QStringLiteral("seq 1 1000000")));
    QVERIFY(c.wait(60000));
    QVERIFY(c.command->result().success());
    QCOMPARE(c.out.size(), 1000000);
    for (int i = 0; i < c.out.size(); ++i) {
        if (c.out.at(i).toInt() != i + 1)
            QFAIL(qPrintable(QStringLiteral("line %1 is '%2'").arg(i + 1).arg(c.out.at(i))));
    }
    // Batches, never a signal per line.
    QVERIFY2(c.stdoutSignals <= 1000000 / 100, qPrintable(QString::number(c.stdoutSignals)));
}

void TestRemoteCommand::concurrentChannelsBoundedByMaxChannels()
{
    const int maxChannels = m_nopw->endpoint().maxChannels;
    QList<Capture *> captures;
    for (int i = 0; i < maxChannels + 4; ++i)
        captures << new Capture(m_nopw->run(
            QStringLiteral("echo begin $(date +%s%N); sleep 0.4; echo end $(date +%s%N)")));
    QList<QPair<qint64, int>> events; // (time, +1 begin / -1 end)
    for (Capture *c : std::as_const(captures)) {
        QVERIFY(c->wait(20000));
        QVERIFY2(c->command->result().success(), qPrintable(c->command->result().describe()));
        QCOMPARE(c->out.size(), 2);
        events << qMakePair(c->out.at(0).section(QLatin1Char(' '), 1).toLongLong(), +1)
               << qMakePair(c->out.at(1).section(QLatin1Char(' '), 1).toLongLong(), -1);
    }
    qDeleteAll(captures);
    std::sort(events.begin(), events.end());
    int running = 0, peak = 0;
    for (const auto &event : std::as_const(events)) {
        running += event.second;
        peak = qMax(peak, running);
    }
    QVERIFY2(peak >= 2, "commands did not run concurrently");
    QVERIFY2(peak <= maxChannels, qPrintable(QStringLiteral("%1 at once").arg(peak)));
}

void TestRemoteCommand::cancelStopsTheRemoteCommand()
{
    // The channel is closed: a command that keeps writing dies of SIGPIPE right after.
    Capture c(m_nopw->run(QStringLiteral("echo $$; while true; do echo tick; sleep 0.05; done")));
    QTRY_VERIFY_WITH_TIMEOUT(!c.out.isEmpty(), 5000);
    const QString pid = c.out.first();
    QVERIFY(QFile::exists(QStringLiteral("/proc/") + pid));
    c.command->cancel();
    QVERIFY(c.wait(5000));
    const RemoteCommandResult result = c.command->result();
    QVERIFY(result.cancelled);
    QVERIFY(!result.success());
    QCOMPARE(result.describe(), QStringLiteral("cancelled"));
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/") + pid), 3000);
    // The session is unharmed.
    Capture next(m_nopw->run(QStringLiteral("echo next")));
    QVERIFY(next.wait());
    QCOMPARE(next.out, QStringList{QStringLiteral("next")});
}

void TestRemoteCommand::cancelBeforeStartNeverRuns()
{
    const QString marker = m_server->dir() + QStringLiteral("/cancelled-marker");
    RemoteCommand *command = m_nopw->run(QStringLiteral("touch ") + marker);
    QSignalSpy started(command, &RemoteCommand::started);
    command->cancel();
    Capture c(command);
    QVERIFY(c.wait());
    QVERIFY(command->result().cancelled);
    QCOMPARE(started.count(), 0);
    // The session goes on as before.
    Capture next(m_nopw->run(QStringLiteral("echo still here")));
    QVERIFY(next.wait());
    QCOMPARE(next.out, QStringList{QStringLiteral("still here")});
    QVERIFY(!QFile::exists(marker));
}

void TestRemoteCommand::cancelEndsTheProcessesOfAQuietCommand_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("asRoot");
    QTest::newRow("root") << QStringLiteral("root") << false;
    QTest::newRow("passwordless sudo") << QStringLiteral("nopw") << true;
    QTest::newRow("sudo with password") << QStringLiteral("pw") << true;
}

void TestRemoteCommand::cancelEndsTheProcessesOfAQuietCommand()
{
    // What the plan runner does with a quiet step (mkfs, cp, apt): closing the channel alone
    // leaves such a command running, and a resumed run would overlap it.
    QFETCH(QString, login);
    QFETCH(bool, asRoot);
    SshSession *session = login == QLatin1String("root")   ? m_root.get()
                          : login == QLatin1String("nopw") ? m_nopw.get()
                                                           : m_pw.get();
    RemoteCommandOptions options;
    options.asRoot = asRoot;
    options.endProcessesOnCancel = true;
    Capture c(session->run(QStringLiteral("sleep 300 & echo $!; wait"), options));
    QTRY_VERIFY_WITH_TIMEOUT(!c.out.isEmpty(), 5000);
    const QString pid = c.out.first();
    QVERIFY(processRuns(pid));
    c.command->cancel();
    QVERIFY(c.wait(30000));
    QVERIFY(c.command->result().cancelled);
    QVERIFY(!c.command->result().success());
    // Gone by the time finished() comes: a run resumed now cannot overlap it.
    QVERIFY2(!processRuns(pid),
             qPrintable(QStringLiteral("sleep (pid %1) still runs after the cancel").arg(pid)));
    // The wrapper's marker is transport and never shown.
    QVERIFY2(!c.err.join(QLatin1Char('\n')).contains(QLatin1String("ghw-process-group")),
             qPrintable(c.err.join(QLatin1Char('\n'))));
    Capture next(session->run(QStringLiteral("echo next")));
    QVERIFY(next.wait());
    QCOMPARE(next.out, QStringList{QStringLiteral("next")});
}

void TestRemoteCommand::processGroupWrapperIsInvisible()
{
    // The wrapper is transport: same output, same exit status, same logged command.
    RemoteCommandOptions options;
    options.asRoot = true;
    options.endProcessesOnCancel = true;
    const QString text = QStringLiteral("echo out; echo err >&2; id -u; exit 3");
    Capture c(m_pw->run(text, options));
    QVERIFY(c.wait());
    QCOMPARE(c.out, (QStringList{QStringLiteral("out"), QStringLiteral("0")}));
    QCOMPARE(c.err, QStringList{QStringLiteral("err")});
    QCOMPARE(c.command->result().exitStatus, 3);
    QCOMPARE(c.command->loggableCommand(), text);
}

void TestRemoteCommand::timeoutEndsTheProcessesToo()
{
    RemoteCommandOptions options;
    options.timeoutMs = 500;
    options.endProcessesOnCancel = true;
    Capture c(m_nopw->run(QStringLiteral("sleep 300 & echo $!; wait"), options));
    QVERIFY(c.wait(30000));
    QVERIFY(c.command->result().timedOut);
    QCOMPARE(c.out.size(), 1);
    QVERIFY(!processRuns(c.out.first()));
}

void TestRemoteCommand::timeoutStopsTheCommand()
{
    RemoteCommandOptions options;
    options.timeoutMs = 300;
    Capture c(m_nopw->run(QStringLiteral("sleep 30"), options));
    QVERIFY(c.wait(5000));
    const RemoteCommandResult result = c.command->result();
    QVERIFY(result.timedOut);
    QVERIFY(!result.cancelled);
    QVERIFY(!result.success());
    QCOMPARE(result.describe(), QStringLiteral("timed out"));
}

void TestRemoteCommand::commandsWaitForTheConnection()
{
    SshSession session(m_server->endpoint(m_nopwUser, Auth::Key, m_key));
    session.connectToHost();
    Capture c(session.run(QStringLiteral("echo after login")));
    QVERIFY(c.wait());
    QVERIFY(session.isConnected());
    QCOMPARE(c.out, QStringList{QStringLiteral("after login")});
}

void TestRemoteCommand::notConnectedFinishesAsynchronously()
{
    SshSession session(m_server->endpoint(QStringLiteral("root"), Auth::Key, m_key));
    RemoteCommand *command = session.run(QStringLiteral("true"));
    QVERIFY(!command->isFinished()); // connected to after run() returns, still heard
    Capture c(command);
    QVERIFY(c.wait());
    QCOMPARE(command->result().error.kind, Kind::NotConnected);
    QVERIFY(command->result().error.message.contains(QLatin1String("testserver")));
}

void TestRemoteCommand::overlongCommandRefused()
{
    Capture c(m_nopw->run(QStringLiteral("echo ") + QString(40000, QLatin1Char('x'))));
    QVERIFY(c.wait());
    QCOMPARE(c.command->result().error.kind, Kind::ChannelFailed);
    QVERIFY(c.out.isEmpty());
}

void TestRemoteCommand::deletedWhileRunningLeavesSessionUsable()
{
    RemoteCommand *command = m_nopw->run(QStringLiteral("echo x; sleep 30"));
    QSignalSpy output(command, &RemoteCommand::stdoutLines);
    QVERIFY(output.wait(5000));
    delete command;
    Capture next(m_nopw->run(QStringLiteral("echo next")));
    QVERIFY(next.wait());
    QCOMPARE(next.out, QStringList{QStringLiteral("next")});
    QVERIFY(m_nopw->isConnected());
}

void TestRemoteCommand::sudoPasswordNeverReachesTheCommand()
{
    RemoteCommandOptions options;
    options.asRoot = true;
    options.stdinData = "payload\n";
    Capture c(m_pw->run(QStringLiteral("id -u; cat"), options));
    QVERIFY(c.wait());
    QVERIFY2(c.command->result().success(), qPrintable(c.command->result().describe()));
    QCOMPARE(c.out, (QStringList{QStringLiteral("0"), QStringLiteral("payload")}));
    QVERIFY(!c.out.join(QLatin1Char('\n')).contains(password));

    // Passwordless sudo, and root itself.
    RemoteCommandOptions plainRoot;
    plainRoot.asRoot = true;
    for (SshSession *session : {m_nopw.get(), m_root.get()}) {
        Capture id(session->run(QStringLiteral("id -u"), plainRoot));
        QVERIFY(id.wait());
        QCOMPARE(id.out, QStringList{QStringLiteral("0")});
    }
}

void TestRemoteCommand::sudoPasswordChangedMeanwhileFailsClearly()
{
    // The password checked at login no longer works: sudo refuses, quickly, and says why.
    QVERIFY(SshTestServer::runProgram(QStringLiteral("chpasswd"), {},
                                      (m_pwUser + QStringLiteral(":Another-pw-123")).toUtf8()));
    RemoteCommandOptions options;
    options.asRoot = true;
    Capture c(m_pw->run(QStringLiteral("echo ran"), options));
    const bool finished = c.wait(15000);
    SshTestServer::runProgram(QStringLiteral("chpasswd"), {},
                              (m_pwUser + QLatin1Char(':') + password).toUtf8());
    QVERIFY(finished);
    QCOMPARE(c.command->result().error.kind, Kind::SudoWrongPassword);
    QVERIFY(c.command->result().error.message.contains(QLatin1String("testserver")));
    QVERIFY(!c.out.contains(QStringLiteral("ran")));
}

void TestRemoteCommand::secretsNeverLeak()
{
    messages.clear();
    const QString token = QStringLiteral("tok-8d1f-secret");
    RemoteCommandOptions redacted;
    redacted.redactions = {token};
    Capture echo(m_nopw->run(QStringLiteral("echo %1; echo %1 >&2").arg(token), redacted));
    QVERIFY(echo.wait());
    QVERIFY(echo.command->loggableCommand().contains(QLatin1String("********")));
    QVERIFY(!echo.command->loggableCommand().contains(token));
    // The lines reach their receiver whole; shown or logged, they are redacted.
    QCOMPARE(echo.out, QStringList{token});
    QCOMPARE(echo.err, QStringList{token});
    QCOMPARE(echo.command->redactLines(echo.out), QStringList{QStringLiteral("********")});
    QCOMPARE(echo.command->result().stderrTail, QStringList{QStringLiteral("********")});

    // A sudo command with the password on stdin: watch every process's command line while it
    // runs (as `ps` would show them).
    RemoteCommandOptions options;
    options.asRoot = true;
    Capture sudo(m_pw->run(QStringLiteral("sleep 1; echo done"), options));
    bool sawSudo = false;
    QElapsedTimer clock;
    clock.start();
    while (!sudo.command->isFinished() && clock.elapsed() < 10000) {
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &pid : pids) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!cmdline.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = cmdline.readAll();
            sawSudo = sawSudo || text.contains(QByteArray("sudo\0-k", 7));
            QVERIFY2(!text.contains(password.toUtf8()),
                     qPrintable(QStringLiteral("in /proc/%1/cmdline").arg(pid)));
        }
        QTest::qWait(20);
    }
    QVERIFY(sudo.wait());
    QVERIFY(sawSudo); // the scan did see the command while it ran
    QCOMPARE(sudo.out, QStringList{QStringLiteral("done")});

    // A wrong password's error message, the log lines and sshd's log stay clean too.
    SshSession wrong(m_server->endpoint(m_pwUser, Auth::Password));
    wrong.setPassword(QStringLiteral("Wrong-") + password);
    ScriptedLogin login(&wrong);
    QVERIFY(!login.run());
    QVERIFY(!login.error.message.contains(password));
    QVERIFY(!messages.isEmpty());
    for (const QString &message : std::as_const(messages)) {
        QVERIFY2(!message.contains(password), qPrintable(message));
        QVERIFY2(!message.contains(token), qPrintable(message));
    }
    QVERIFY(!m_server->log().contains(password));
}

// A short password ("vdb") that also occurs in what a command prints (lsblk names the disk
// vdb): the receivers of the lines, the parsers, get the output exactly as printed, while the
// error report, the log and the redacted lines for display never show the password.
void TestRemoteCommand::shortPasswordLeavesTheOutputWhole()
{
    const QString shortPassword = QStringLiteral("vdb");
    const QString user = m_server->createUser(QStringLiteral("short"), shortPassword,
                                              SshTestServer::Sudo::WithPassword);
    SshSession session(m_server->endpoint(user, Auth::Password));
    session.setPassword(shortPassword);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(session.privilege(), SshPrivilege::SudoWithPassword);

    messages.clear();
    RemoteCommandOptions options;
    options.asRoot = true; // sudo with the password on stdin
    const QStringList lsblk{
        QStringLiteral("NAME   TYPE SIZE FSTYPE MOUNTPOINT"), QStringLiteral("vda    disk  20G"),
        QStringLiteral("vdb    disk   1G xfs    /data/brick1"), QStringLiteral("vdb1   part   1G")};
    Capture c(session.run(QStringLiteral("id -u; printf '%s\\n' '%1' '%2' '%3' '%4'; "
                                         "echo 'mount: /dev/vdb is busy' >&2; exit 3")
                              .arg(lsblk.at(0), lsblk.at(1), lsblk.at(2), lsblk.at(3)),
                          options));
    QVERIFY(c.wait());
    QCOMPARE(c.command->result().exitStatus, 3);
    QCOMPARE(c.out, QStringList{QStringLiteral("0")} + lsblk); // as root, and whole
    QCOMPARE(c.err, QStringList{QStringLiteral("mount: /dev/vdb is busy")});

    // For people: the error report, the lines as displayed, the logged command.
    QCOMPARE(c.command->result().stderrTail,
             QStringList{QStringLiteral("mount: /dev/******** is busy")});
    for (const QString &line : c.command->redactLines(c.out))
        QVERIFY2(!line.contains(shortPassword), qPrintable(line));
    QVERIFY(!c.command->redact(c.err.join('\n')).contains(shortPassword));
    QVERIFY(!c.command->loggableCommand().contains(shortPassword));
    QVERIFY(!c.command->result().describe().contains(shortPassword));
    for (const QString &message : std::as_const(messages))
        QVERIFY2(!message.contains(shortPassword), qPrintable(message));
}

// The password is "password", a word of sudo's own complaint ("1 incorrect password
// attempt"): sudo's stderr is classified as sudo wrote it, so a password changed meanwhile is
// still recognised as a wrong password rather than a vague failure.
void TestRemoteCommand::sudoComplaintsAreReadWholeWhenThePasswordIsOneOfTheirWords()
{
    const QString word = QStringLiteral("password");
    const QString user =
        m_server->createUser(QStringLiteral("word"), word, SshTestServer::Sudo::WithPassword);
    SshSession session(m_server->endpoint(user, Auth::Password));
    session.setPassword(word);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(session.privilege(), SshPrivilege::SudoWithPassword);

    QVERIFY(SshTestServer::runProgram(QStringLiteral("chpasswd"), {},
                                      (user + QStringLiteral(":Another-pw-456")).toUtf8()));
    RemoteCommandOptions options;
    options.asRoot = true;
    Capture c(session.run(QStringLiteral("echo ran"), options));
    QVERIFY(c.wait(15000));
    QCOMPARE(c.command->result().error.kind, Kind::SudoWrongPassword);
    QVERIFY(!c.out.contains(QStringLiteral("ran")));
    // What people see of sudo's complaint is still redacted.
    for (const QString &line : c.command->result().stderrTail)
        QVERIFY2(!line.contains(word), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestRemoteCommand)
#include "tst_remotecommand.moc"
