#include "CoreTestSupport.h"
#include "RemoteProcessGroup.h"
#include "SshSession.h"
#include "SshTestServer.h"
#include "SudoPolicy.h"
#include "plan/ScriptExporter.h"
#include "run/PlanRunner.h"
#include "shell/StepCommand.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

// The exported script at run time, over real ssh to a real sshd on 127.0.0.1 as a user with
// passwordless sudo: idempotence, the refusal of destructive steps without --yes, failures
// naming the step — and the acceptance test that the plan's text, the script and the runner
// make the server's bash run the very same command string.
class TestScriptRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void destructiveStepNeedsYes();
    void secondRunChangesNothing();
    void failureNamesTheStep();
    void scriptAndRunnerSendTheSameCommands();
    void verificationStepsSayWhatTheyVerified();
    void unknownHostKeyNamesTheServer();
    void unknownHostKeyByDefaultNamesTheServer();
    void exportedKnownHostsRunsUnattended();
    void ghwSshOverridesTheExportedKnownHosts();

private:
    CoreTestSupport::ProcessResult runScript(const Plan &plan, const QStringList &arguments);
    // The script exported with knownHosts (as `export --known-hosts`), run with environment
    // (GHW_SSH=... or nothing) and no agent.
    CoreTestSupport::ProcessResult runExported(const Plan &plan, const QString &knownHosts,
                                               const QStringList &environment);
    QString emptyKnownHosts() const;
    Step step(const QString &id, const QString &check, const QString &apply, const QString &verify,
              bool destructive = false) const;
    QString readFile(const QString &name) const;
    // Every command line sshd received from a client since the last call, byte for byte.
    QStringList takeWireCommands();

    std::unique_ptr<SshTestServer> m_server;
    QString m_user;
    QString m_key;
    QString m_knownHosts;
    SetupSpec m_spec;
    QTemporaryDir m_scripts;
    QTemporaryDir m_wire; // sshd's ForceCommand logs each received command line here
    std::unique_ptr<QTemporaryDir> m_work; // where the remote steps leave their marks
    int m_scriptCount = 0;
};

void TestScriptRun::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "this test starts sshd and creates a user: it needs root");
    m_server = std::make_unique<SshTestServer>();
    m_user = m_server->createUser("script", QString(), SshTestServer::Sudo::Passwordless);
    m_key = m_server->createKey("id_ed25519", "ed25519");
    m_server->authorize(m_user, m_key);
    // The user's commands go through a ForceCommand that logs SSH_ORIGINAL_COMMAND (what the
    // client sent, unchanged) and then runs it as sshd would have: with the user's shell.
    QVERIFY(m_wire.isValid());
    QFile::setPermissions(m_wire.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                             QFile::ReadOther | QFile::ExeOther);
    const QString log = m_wire.filePath(QStringLiteral("commands"));
    QFile logFile(log);
    QVERIFY(logFile.open(QIODevice::WriteOnly));
    logFile.close();
    QFile::setPermissions(log, QFile::ReadOwner | QFile::WriteOwner | QFile::WriteOther);
    const QString recorder = m_wire.filePath(QStringLiteral("record-command"));
    QFile recorderFile(recorder);
    QVERIFY(recorderFile.open(QIODevice::WriteOnly));
    recorderFile.write("#!/bin/sh\nprintf '%s\\0' \"$SSH_ORIGINAL_COMMAND\" >>" + log.toUtf8() +
                       "\nexec \"$SHELL\" -c \"$SSH_ORIGINAL_COMMAND\"\n");
    recorderFile.close();
    QFile::setPermissions(recorder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadOther | QFile::ExeOther);
    QVERIFY2(m_server->start({}, {"Match User " + m_user, "  ForceCommand " + recorder}),
             qPrintable(m_server->errorString()));
    m_knownHosts = m_server->writeKnownHosts();
    m_spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    ServerSpec &s = m_spec.servers[0];
    s.ssh.host = "127.0.0.1";
    s.ssh.port = m_server->port();
    s.ssh.user = m_user;
    s.ssh.auth = SshSpec::Auth::Key;
    s.ssh.identityFile = m_key;
}

void TestScriptRun::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

Step TestScriptRun::step(const QString &id, const QString &check, const QString &apply,
                         const QString &verify, bool destructive) const
{
    const QString dir = m_work->path() + '/';
    Step s;
    s.id = id + ":server01";
    s.serverIndex = 0;
    s.serverName = "server01";
    s.title = "step " + id;
    s.check = QString(check).replace("DIR/", dir);
    s.apply = QString(apply).replace("DIR/", dir);
    s.verify = QString(verify).replace("DIR/", dir);
    s.destructive = destructive;
    return s;
}

QString TestScriptRun::readFile(const QString &name) const
{
    QFile file(m_work->filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList TestScriptRun::takeWireCommands()
{
    QFile file(m_wire.filePath(QStringLiteral("commands")));
    if (!file.open(QIODevice::ReadWrite))
        return {};
    const QByteArray bytes = file.readAll();
    file.resize(0);
    QStringList commands;
    for (const QByteArray &command : bytes.split('\0'))
        commands << QString::fromUtf8(command);
    commands.removeLast(); // after the last NUL
    return commands;
}

CoreTestSupport::ProcessResult TestScriptRun::runScript(const Plan &plan,
                                                        const QStringList &arguments)
{
    const QString path = m_scripts.filePath(QStringLiteral("pair%1.sh").arg(++m_scriptCount));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(ScriptExporter::exportScript(m_spec, plan).toUtf8());
    file.close();
    const QString ssh =
        QStringLiteral("ssh -o UserKnownHostsFile=%1 -o GlobalKnownHostsFile=/dev/null "
                       "-o BatchMode=yes -o IdentitiesOnly=yes")
            .arg(m_knownHosts);
    // stdin is not a terminal here (QProcess): destructive steps need --yes.
    return CoreTestSupport::run("bash", QStringList{path} + arguments, {},
                                {"GHW_SSH=" + ssh, "SSH_AUTH_SOCK="});
}

CoreTestSupport::ProcessResult TestScriptRun::runExported(const Plan &plan,
                                                          const QString &knownHosts,
                                                          const QStringList &environment)
{
    const QString path = m_scripts.filePath(QStringLiteral("pair%1.sh").arg(++m_scriptCount));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(ScriptExporter::exportScript(m_spec, plan, {}, knownHosts).toUtf8());
    file.close();
    return CoreTestSupport::run("bash", {path, "--yes"}, {},
                                environment + QStringList{"SSH_AUTH_SOCK="});
}

QString TestScriptRun::emptyKnownHosts() const
{
    const QString path = m_scripts.filePath(QStringLiteral("empty_known_hosts"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    return path;
}

void TestScriptRun::destructiveStepNeedsYes()
{
    Plan plan;
    plan.append(step("a", "[ -e DIR/a ]\n", "touch DIR/a\n", "[ -e DIR/a ]\n"));
    plan.append(step("b", "[ -e DIR/b ]\n", "touch DIR/b\n", "[ -e DIR/b ]\n", true));
    const auto refused = runScript(plan, {});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("REFUSED: step b:server01 on server01 destroys data; run with "
                                  "--yes to allow it."),
             refused.err.constData());
    QVERIFY(QFile::exists(m_work->filePath("a")));  // the steps before it ran
    QVERIFY(!QFile::exists(m_work->filePath("b"))); // it did not
    const auto allowed = runScript(plan, {"--yes"});
    QCOMPARE(allowed.exitCode, 0);
    QVERIFY(QFile::exists(m_work->filePath("b")));
    QVERIFY2(allowed.out.contains("All 2 steps done: 1 already done, 1 applied now, 0 verified."),
             allowed.out.constData());
}

void TestScriptRun::secondRunChangesNothing()
{
    Plan plan;
    // Each apply appends a line: a second apply would show.
    plan.append(step("a", "[ -s DIR/log ]\n", "echo applied >> DIR/log\n", "[ -s DIR/log ]\n"));
    plan.append(step("b", "grep -qx root DIR/whoami\n", "id -un > DIR/whoami\n",
                     "grep -qx root DIR/whoami\n"));
    const auto first = runScript(plan, {"--yes"});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.out.contains("server01: done\n"));
    const auto second = runScript(plan, {"--yes"});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.contains("All 2 steps done: 2 already done, 0 applied now, 0 verified."));
    QCOMPARE(readFile("log"), QStringLiteral("applied\n"));
    QCOMPARE(readFile("whoami"), QStringLiteral("root\n")); // through sudo
}

void TestScriptRun::failureNamesTheStep()
{
    Plan plan;
    plan.append(step("ok", "true\n", "true\n", "true\n"));
    plan.append(step("broken", "false\n", "echo trying; echo 'disk on fire' >&2\n", "false\n"));
    plan.append(step("never", "false\n", "touch DIR/never\n", "true\n"));
    const auto r = runScript(plan, {"--yes"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("server01: trying\n"));
    QVERIFY(r.out.contains("server01: disk on fire\n"));
    QVERIFY2(
        r.err.contains("FAILED: step broken:server01 on server01: verify exited with status 1."),
        r.err.constData());
    QVERIFY(!QFile::exists(m_work->filePath("never")));
}

void TestScriptRun::scriptAndRunnerSendTheSameCommands()
{
    // The check records the exact string bash was given (-c): first as the runner sends it
    // (SSH layer, sudo), then as the exported script sends it (plain ssh, sudo).
    const QString text = "# it's \"quoted\", $(not run), `not run`, 🌍\n"
                         "printf '%s' \"$BASH_EXECUTION_STRING\" > DIR/seen\n";
    Plan plan;
    plan.append(step("record", text, "false\n", "false\n"));
    const QString expected = StepCommand::prologue() + plan.steps().first().check;

    SshEndpoint endpoint = m_server->endpoint(m_user, SshEndpoint::AuthMethod::Key, m_key);
    endpoint.knownHostsPath = m_knownHosts;
    SshSession session(endpoint);
    QSignalSpy connected(&session, &SshSession::connected);
    session.connectToHost();
    QVERIFY(connected.wait(15000));
    takeWireCommands();
    PlanRunner runner(plan, {&session});
    QSignalSpy finished(&runner, &PlanRunner::finished);
    runner.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().value<RunResult>().succeeded());
    const QString byRunner = readFile("seen");
    QCOMPARE(byRunner, expected);
    const QStringList runnerWire = takeWireCommands();

    QFile::remove(m_work->filePath("seen"));
    const auto r = runScript(plan, {});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("server01: already done"));
    QCOMPARE(readFile("seen"), expected);
    const QStringList scriptWire = takeWireCommands();

    // On the wire, for this user of passwordless sudo: the script sends the privilege wrapper's
    // line for the step's remote line; the runner the same wrapper's line for the same remote
    // line inside its process group (transport, see RemoteProcessGroup). So both put the same
    // sudo words in front of one simple command, and neither adds a shell of its own.
    const QString remoteLine = StepCommand::remoteLine(plan.steps().first().check);
    const QString sudo = SudoPolicy::prefix(SshPrivilege::PasswordlessSudo) + QLatin1Char(' ');
    QCOMPARE(scriptWire.last(), sudo + remoteLine);
    QCOMPARE(scriptWire.last(), SudoPolicy::wrap(SshPrivilege::PasswordlessSudo, remoteLine));
    QVERIFY2(runnerWire.contains(sudo + RemoteProcessGroup::wrap(remoteLine)),
             qPrintable(runnerWire.join(QLatin1String("\n---\n"))));
    QCOMPARE(runnerWire.filter(QStringLiteral("BASH_EXECUTION_STRING")).size(), 1);
}

void TestScriptRun::verificationStepsSayWhatTheyVerified()
{
    // A change, and two verification steps: one whose check holds at once, one that must wait
    // (its apply) for what it verifies. Neither is "already done" or "done" — in the runner
    // and in the exported script alike — and each run counts them apart.
    Plan plan;
    plan.append(step("write", "[ -e DIR/w ]\n", "touch DIR/w\n", "[ -e DIR/w ]\n"));
    Step atOnce = step("read", "[ -e DIR/w ]\n", "sleep 0.1\n", "[ -e DIR/w ]\n");
    atOnce.verifies = QStringLiteral("marker read back");
    plan.append(atOnce);
    Step waits = step("late", "[ -e DIR/late ]\n", "touch DIR/late\n", "[ -e DIR/late ]\n");
    waits.verifies = QStringLiteral("late marker seen");
    plan.append(waits);

    SshEndpoint endpoint = m_server->endpoint(m_user, SshEndpoint::AuthMethod::Key, m_key);
    endpoint.knownHostsPath = m_knownHosts;
    SshSession session(endpoint);
    QSignalSpy connected(&session, &SshSession::connected);
    session.connectToHost();
    QVERIFY(connected.wait(15000));
    {
        PlanRunner runner(plan, {&session});
        QSignalSpy finished(&runner, &PlanRunner::finished);
        runner.start();
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<RunResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QCOMPARE(runner.state(0), StepState::Done);
        QCOMPARE(runner.state(1), StepState::Verified);
        QCOMPARE(runner.state(2), StepState::Verified);
        QCOMPARE(result.applied, 1);
        QCOMPARE(result.alreadyDone, 0);
        QCOMPARE(result.verified, 2);
        QCOMPARE(StepStates::outcomeText(runner.state(1), atOnce.verifies),
                 QStringLiteral("verified: marker read back"));
        QCOMPARE(StepStates::outcomeText(runner.state(0), QString()), QStringLiteral("done"));
    }
    QFile::remove(m_work->filePath("w"));
    QFile::remove(m_work->filePath("late"));

    const auto first = runScript(plan, {"--yes"});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("server01: verified: marker read back\n"), first.out.constData());
    QVERIFY(first.out.contains("server01: verified: late marker seen\n"));
    QVERIFY(first.out.contains("All 3 steps done: 0 already done, 1 applied now, 2 verified."));
    const auto second = runScript(plan, {"--yes"});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out.count("server01: already done\n"), 1); // the change, not the others
    QVERIFY(second.out.contains("server01: verified: marker read back\n"));
    QVERIFY(second.out.contains("server01: verified: late marker seen\n"));
    QVERIFY2(second.out.contains("All 3 steps done: 1 already done, 0 applied now, 2 verified."),
             second.out.constData());
}

void TestScriptRun::unknownHostKeyNamesTheServer()
{
    // The first ssh connection fails on an unknown host key (strict checking): the script must
    // say so on stderr, naming the server and with ssh's own words, not exit 1 in silence.
    Plan plan;
    plan.append(step("a", "[ -e DIR/a ]\n", "touch DIR/a\n", "[ -e DIR/a ]\n"));
    const QString ssh =
        QStringLiteral("ssh -o UserKnownHostsFile=%1 -o GlobalKnownHostsFile=/dev/null "
                       "-o StrictHostKeyChecking=yes -o BatchMode=yes")
            .arg(emptyKnownHosts());
    const auto r = runExported(plan, m_knownHosts, {"GHW_SSH=" + ssh});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("FAILED: server01: cannot connect over ssh"), r.err.constData());
    QVERIFY2(r.err.contains("server01: Host key verification failed.\n"), r.err.constData());
    QVERIFY(!QFile::exists(m_work->filePath("a")));
}

void TestScriptRun::unknownHostKeyByDefaultNamesTheServer()
{
    // Without GHW_SSH the script checks host keys strictly against the known_hosts of the
    // export: a server that is not in it is refused, with a message naming it.
    Plan plan;
    plan.append(step("a", "[ -e DIR/a ]\n", "touch DIR/a\n", "[ -e DIR/a ]\n"));
    const auto r = runExported(plan, emptyKnownHosts(), {});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("FAILED: server01: cannot connect over ssh"), r.err.constData());
    QVERIFY2(r.err.contains("you have requested strict checking"), r.err.constData());
    QVERIFY2(r.err.contains("server01: Host key verification failed.\n"), r.err.constData());
    QVERIFY(!QFile::exists(m_work->filePath("a")));
}

void TestScriptRun::exportedKnownHostsRunsUnattended()
{
    // Exported with --known-hosts, the script needs no other setting: no GHW_SSH, no agent, no
    // terminal.
    Plan plan;
    plan.append(step("a", "[ -e DIR/a ]\n", "touch DIR/a\n", "[ -e DIR/a ]\n"));
    const auto r = runExported(plan, m_knownHosts, {});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(m_work->filePath("a")));
    QVERIFY2(r.out.contains("All 1 steps done: 0 already done, 1 applied now, 0 verified."),
             r.out.constData());
}

void TestScriptRun::ghwSshOverridesTheExportedKnownHosts()
{
    // GHW_SSH replaces the default ssh entirely, known_hosts included.
    Plan plan;
    plan.append(step("a", "[ -e DIR/a ]\n", "touch DIR/a\n", "[ -e DIR/a ]\n"));
    const QString ssh = QStringLiteral("ssh -o UserKnownHostsFile=%1 -o StrictHostKeyChecking=yes")
                            .arg(m_knownHosts);
    const auto r = runExported(plan, emptyKnownHosts(), {"GHW_SSH=" + ssh});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(m_work->filePath("a")));
}

QTEST_GUILESS_MAIN(TestScriptRun)
#include "tst_scriptrun.moc"
