// SshSession against a real sshd: the authentication matrix as a user meets it, privilege
// detection, host key verification, connection failures and dead peers.
#include "RemoteCommand.h"
#include "ScriptedLogin.h"
#include "SshSession.h"
#include "SshTestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <unistd.h>

using Auth = SshEndpoint::AuthMethod;
using Kind = SshError::Kind;

namespace {
const QString passphrase = QStringLiteral("pass-phrase-ecdsa-7");
const QString password = QStringLiteral("Pw-for-ghw-tests-4711");
} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void authentication_data();
    void authentication();
    void tooManyWrongPasswordsEndsTheConnection();
    void rsaKeyInAgentLogsInWhereSshRsaIsRefused();

    void privileges_data();
    void privileges();
    void sudoPasswordIsAskedAndChecked();
    void wrongSudoPasswordFailsRootCommandsClearly();

    void unknownHostAskedAndRecorded();
    void unknownHostRejectedRunsNothing();
    void knownHostVariantsAreTrusted_data();
    void knownHostVariantsAreTrusted();
    void changedHostKeyRefusedAndNothingRuns();
    void revokedHostKeyRefused();
    void knownKeyTypeIsPreferred();
    void droppedKeyTypeRefusedAsAChange();
    void hostCertificates_data();
    void hostCertificates();

    void refusedConnectionNamesTheServer();
    void connectTimeoutWhenNoSshServerAnswers();
    void killedSshdReportedAtOnce();
    void stoppedSshdReportedWithinDeadPeerTimeout();
    void idleSessionOutlivesABlockedEventLoop();
    void stoppedSshdReportedWhileIdleProbeWaits();

private:
    SshEndpoint endpointFor(const QString &user, Auth auth, const QString &key = {}) const;
    QString knownHostsLine(const QString &hosts, const QString &type = QStringLiteral("ed25519"));
    bool acceptedLoginsSince(qsizetype logOffset);

    std::unique_ptr<SshTestServer> m_server;
    QString m_pwUser, m_nopwUser, m_ttyUser, m_noPasswordLoginUser, m_lockUser;
    QMap<QString, QString> m_keys; // tag -> private key path
    QByteArray m_savedAgentSocket;
};

void TestSshSession::initTestCase()
{
    m_server = std::make_unique<SshTestServer>();
    m_pwUser =
        m_server->createUser(QStringLiteral("pw"), password, SshTestServer::Sudo::WithPassword);
    m_nopwUser =
        m_server->createUser(QStringLiteral("nopw"), password, SshTestServer::Sudo::Passwordless);
    m_ttyUser =
        m_server->createUser(QStringLiteral("tty"), password, SshTestServer::Sudo::RequireTty);
    m_noPasswordLoginUser =
        m_server->createUser(QStringLiteral("keyonly"), password, SshTestServer::Sudo::None);
    m_lockUser = m_server->createUser(QStringLiteral("lock"), password, SshTestServer::Sudo::None);
    QVERIFY2(m_server->start({}, {QStringLiteral("Match User %1").arg(m_noPasswordLoginUser),
                                  QStringLiteral("  PasswordAuthentication no"),
                                  QStringLiteral("  KbdInteractiveAuthentication no"),
                                  QStringLiteral("Match User %1").arg(m_lockUser),
                                  QStringLiteral("  MaxAuthTries 2")}),
             qPrintable(m_server->errorString()));

    m_keys[QStringLiteral("ed25519")] =
        m_server->createKey(QStringLiteral("id_ed25519"), QStringLiteral("ed25519"));
    m_keys[QStringLiteral("ecdsa_pass")] =
        m_server->createKey(QStringLiteral("id_ecdsa_pass"), QStringLiteral("ecdsa"), passphrase);
    m_keys[QStringLiteral("rsa")] =
        m_server->createKey(QStringLiteral("id_rsa"), QStringLiteral("rsa"));
    m_keys[QStringLiteral("unauthorized")] =
        m_server->createKey(QStringLiteral("id_other"), QStringLiteral("ed25519"));
    m_keys[QStringLiteral("missing")] = m_server->dir() + QStringLiteral("/keys/does-not-exist");
    const QStringList keyed{QStringLiteral("root"), m_nopwUser, m_ttyUser, m_pwUser,
                            m_noPasswordLoginUser};
    for (const QString &user : keyed) {
        for (const QString &tag :
             {QStringLiteral("ed25519"), QStringLiteral("ecdsa_pass"), QStringLiteral("rsa")})
            m_server->authorize(user, m_keys[tag]);
    }
    m_server->startAgent();
    m_savedAgentSocket = qgetenv("SSH_AUTH_SOCK");
}

void TestSshSession::cleanupTestCase()
{
    qputenv("SSH_AUTH_SOCK", m_savedAgentSocket);
    m_server.reset();
}

void TestSshSession::init()
{
    m_server->writeKnownHosts();
}

SshEndpoint TestSshSession::endpointFor(const QString &user, Auth auth, const QString &key) const
{
    return m_server->endpoint(user, auth, key);
}

QString TestSshSession::knownHostsLine(const QString &hosts, const QString &type)
{
    const QString keyType = type == QLatin1String("ed25519")
                                ? QStringLiteral("ssh-ed25519")
                                : QStringLiteral("ecdsa-sha2-nistp256");
    return QStringLiteral("%1 %2 %3\n")
        .arg(hosts, keyType, QString::fromLatin1(m_server->hostKeyBlob(type).toBase64()));
}

bool TestSshSession::acceptedLoginsSince(qsizetype logOffset)
{
    return m_server->log().mid(logOffset).contains(QLatin1String("Accepted "));
}

void TestSshSession::authentication_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("presetSecret");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QStringList>("agentKeys"); // "none" = no agent at all
    QTest::addColumn<int>("expectedError");
    QTest::addColumn<int>("expectedPrompts");

    const QString root = QStringLiteral("root");
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    const QStringList none;
    row("key ed25519") << root << int(Auth::Key) << "ed25519"
                       << "" << none << none << int(Kind::None) << 0;
    row("key passphrase preset") << m_nopwUser << int(Auth::Key) << "ecdsa_pass" << passphrase
                                 << none << none << int(Kind::None) << 0;
    row("key passphrase asked") << m_nopwUser << int(Auth::Key) << "ecdsa_pass"
                                << "" << QStringList{passphrase} << none << int(Kind::None) << 1;
    row("key wrong passphrase") << m_nopwUser << int(Auth::Key) << "ecdsa_pass"
                                << "" << QStringList{QStringLiteral("not-it")} << none
                                << int(Kind::WrongPassphrase) << 2;
    row("key passphrase not given") << m_nopwUser << int(Auth::Key) << "ecdsa_pass"
                                    << "" << none << none << int(Kind::AuthCancelled) << 1;
    row("key not authorized") << m_nopwUser << int(Auth::Key) << "unauthorized"
                              << "" << none << none << int(Kind::KeyRejected) << 0;
    row("key rsa") << m_nopwUser << int(Auth::Key) << "rsa"
                   << "" << none << none << int(Kind::RsaKeyUnsupported) << 0;
    row("key file missing") << m_nopwUser << int(Auth::Key) << "missing"
                            << "" << none << none << int(Kind::KeyFileUnreadable) << 0;
    row("password preset") << m_pwUser << int(Auth::Password) << "" << password << none << none
                           << int(Kind::None) << 0;
    row("password asked") << m_pwUser << int(Auth::Password) << ""
                          << "" << QStringList{password} << none << int(Kind::None) << 1;
    row("password wrong") << m_pwUser << int(Auth::Password) << ""
                          << "" << QStringList{QStringLiteral("wrong-password")} << none
                          << int(Kind::WrongPassword) << 2;
    row("password wrong then right")
        << m_pwUser << int(Auth::Password) << ""
        << "" << QStringList{QStringLiteral("wrong-password"), password} << none << int(Kind::None)
        << 2;
    row("password not offered") << m_noPasswordLoginUser << int(Auth::Password) << "" << password
                                << none << none << int(Kind::AuthMethodNotOffered) << 0;
    row("keyboard-interactive") << m_pwUser << int(Auth::KeyboardInteractive) << ""
                                << "" << QStringList{password} << none << int(Kind::None) << 1;
    row("keyboard-interactive wrong") << m_pwUser << int(Auth::KeyboardInteractive) << ""
                                      << "" << QStringList{QStringLiteral("wrong-password")} << none
                                      << int(Kind::WrongPassword) << 2;
    row("agent ed25519") << m_nopwUser << int(Auth::Agent) << ""
                         << "" << none
                         << QStringList{QStringLiteral("rsa"), QStringLiteral("ed25519")}
                         << int(Kind::None) << 0;
    row("agent prefers configured key")
        << m_nopwUser << int(Auth::Agent) << "ed25519"
        << "" << none << QStringList{QStringLiteral("unauthorized"), QStringLiteral("ed25519")}
        << int(Kind::None) << 0;
    // RSA keys sign with rsa-sha2-512 through the agent (libssh2 1.10 itself only has SHA-1).
    row("agent rsa only") << m_nopwUser << int(Auth::Agent) << ""
                          << "" << none << QStringList{QStringLiteral("rsa")} << int(Kind::None)
                          << 0;
    row("key rsa held by the agent")
        << m_nopwUser << int(Auth::Key) << "rsa"
        << "" << none << QStringList{QStringLiteral("rsa")} << int(Kind::None) << 0;
    row("agent key not accepted") << m_nopwUser << int(Auth::Agent) << ""
                                  << "" << none << QStringList{QStringLiteral("unauthorized")}
                                  << int(Kind::KeyRejected) << 0;
    row("agent empty") << m_nopwUser << int(Auth::Agent) << ""
                       << "" << none << QStringList{} << int(Kind::AgentUnavailable) << 0;
    row("no agent") << m_nopwUser << int(Auth::Agent) << ""
                    << "" << none << QStringList{QStringLiteral("none")}
                    << int(Kind::AgentUnavailable) << 0;
}

void TestSshSession::authentication()
{
    QFETCH(QString, user);
    QFETCH(int, auth);
    QFETCH(QString, key);
    QFETCH(QString, presetSecret);
    QFETCH(QStringList, answers);
    QFETCH(QStringList, agentKeys);
    QFETCH(int, expectedError);
    QFETCH(int, expectedPrompts);

    QVERIFY(m_server->clearAgent());
    if (agentKeys == QStringList{QStringLiteral("none")}) {
        qunsetenv("SSH_AUTH_SOCK");
    } else {
        qputenv("SSH_AUTH_SOCK",
                QFile::encodeName(m_server->dir() + QStringLiteral("/agent.sock")));
        for (const QString &tag : std::as_const(agentKeys))
            QVERIFY(m_server->addToAgent(m_keys[tag]));
    }
    SshSession session(endpointFor(user, Auth(auth), key.isEmpty() ? QString() : m_keys[key]));
    if (Auth(auth) == Auth::Key)
        session.setKeyPassphrase(presetSecret);
    else
        session.setPassword(presetSecret);
    ScriptedLogin login(&session, answers);
    const bool connected = login.run();

    QCOMPARE(int(login.error.kind), expectedError);
    QCOMPARE(connected, expectedError == int(Kind::None));
    QCOMPARE(login.secretKinds.size(), expectedPrompts);
    for (int i = 0; i < login.failedAttempts.size(); ++i)
        QCOMPARE(login.failedAttempts.at(i), i); // a repeated question says the last was wrong
    if (!connected) {
        QVERIFY2(login.error.message.contains(QLatin1String("testserver")),
                 qPrintable(login.error.message));
        QCOMPARE(session.state(), SshSession::State::Disconnected);
    }
    if (expectedError == int(Kind::RsaKeyUnsupported)) {
        QVERIFY(login.error.message.contains(QLatin1String("ed25519")));
        QVERIFY(login.error.message.contains(QLatin1String("ssh-add")));
    }
    for (const QString &secret : {password, passphrase})
        QVERIFY(!login.error.message.contains(secret));
}

void TestSshSession::tooManyWrongPasswordsEndsTheConnection()
{
    SshSession session(endpointFor(m_lockUser, Auth::Password));
    ScriptedLogin login(&session, {QStringLiteral("wrong-1"), QStringLiteral("wrong-2"),
                                   QStringLiteral("wrong-3"), QStringLiteral("wrong-4")});
    QVERIFY(!login.run());
    QCOMPARE(login.error.kind, Kind::TooManyAuthAttempts);
    QVERIFY(login.error.message.contains(QLatin1String("testserver")));
    QVERIFY(login.secretKinds.size() >= 2);
}

// OpenSSH 8.8+ refuses ssh-rsa (SHA-1) signatures; this server says so explicitly. An RSA key
// held by ssh-agent still logs in: the agent signs with rsa-sha2-512.
void TestSshSession::rsaKeyInAgentLogsInWhereSshRsaIsRefused()
{
    SshTestServer strict;
    const QString user = strict.createUser(QStringLiteral("rsa"), {}, SshTestServer::Sudo::None);
    QVERIFY2(strict.start({QStringLiteral("PubkeyAcceptedAlgorithms -ssh-rsa"),
                           QStringLiteral("LogLevel VERBOSE")}),
             qPrintable(strict.errorString()));
    const QString rsaKey = strict.createKey(QStringLiteral("id_rsa_strict"), QStringLiteral("rsa"));
    strict.authorize(user, rsaKey);
    strict.writeKnownHosts();
    const QString agentSocket = strict.startAgent();
    QVERIFY(!agentSocket.isEmpty());
    QVERIFY(strict.addToAgent(rsaKey));
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(agentSocket));
    for (const Auth auth : {Auth::Agent, Auth::Key}) {
        const qsizetype logOffset = strict.log().size();
        SshSession session(strict.endpoint(user, auth, rsaKey));
        ScriptedLogin login(&session);
        QVERIFY2(login.run(), qPrintable(login.error.message));
        RemoteCommand *whoami = session.run(QStringLiteral("id -un"));
        QSignalSpy output(whoami, &RemoteCommand::stdoutLines);
        QVERIFY(output.wait(5000));
        QCOMPARE(output.first().first().toStringList(), QStringList{user});
        QTRY_VERIFY(strict.log().mid(logOffset).contains(QLatin1String("Accepted publickey")));
        QVERIFY2(strict.log().mid(logOffset).contains(QLatin1String(": RSA SHA256:")),
                 qPrintable(strict.log().mid(logOffset)));
    }
    // Without the agent, the key file alone cannot work here, and the message says what does.
    qunsetenv("SSH_AUTH_SOCK");
    SshSession session(strict.endpoint(user, Auth::Key, rsaKey));
    ScriptedLogin login(&session);
    QVERIFY(!login.run());
    QCOMPARE(login.error.kind, Kind::RsaKeyUnsupported);
    QVERIFY2(login.error.message.contains(QLatin1String("ssh-add")),
             qPrintable(login.error.message));
    qputenv("SSH_AUTH_SOCK", m_savedAgentSocket);
}

void TestSshSession::privileges_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("auth");
    QTest::addColumn<int>("expectedPrivilege");
    QTest::addColumn<int>("expectedPrivilegeError");
    QTest::newRow("root") << QStringLiteral("root") << int(Auth::Key) << int(SshPrivilege::Root)
                          << int(Kind::None);
    QTest::newRow("passwordless sudo")
        << m_nopwUser << int(Auth::Key) << int(SshPrivilege::PasswordlessSudo) << int(Kind::None);
    QTest::newRow("sudo with login password")
        << m_pwUser << int(Auth::Password) << int(SshPrivilege::SudoWithPassword)
        << int(Kind::None);
    QTest::newRow("requiretty") << m_ttyUser << int(Auth::Key) << int(SshPrivilege::SudoRequiresTty)
                                << int(Kind::SudoRequiresTty);
    QTest::newRow("no sudo rights")
        << m_noPasswordLoginUser << int(Auth::Key) << int(SshPrivilege::SudoWithPassword)
        << int(Kind::SudoNotAllowed);
}

void TestSshSession::privileges()
{
    QFETCH(QString, user);
    QFETCH(int, auth);
    QFETCH(int, expectedPrivilege);
    QFETCH(int, expectedPrivilegeError);
    SshSession session(endpointFor(user, Auth(auth), m_keys[QStringLiteral("ed25519")]));
    session.setPassword(password);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(int(session.privilege()), expectedPrivilege);
    QCOMPARE(int(session.privilegeError().kind), expectedPrivilegeError);

    RemoteCommandOptions asRoot;
    asRoot.asRoot = true;
    RemoteCommand *command = session.run(QStringLiteral("id -u"), asRoot);
    QStringList output;
    connect(command, &RemoteCommand::stdoutLines, this, [&](const QStringList &l) { output += l; });
    QSignalSpy finished(command, &RemoteCommand::finished);
    QVERIFY(finished.wait(10000));
    if (expectedPrivilegeError == int(Kind::None)) {
        QVERIFY2(command->result().success(), qPrintable(command->result().describe()));
        QCOMPARE(output, QStringList{QStringLiteral("0")});
    } else {
        QCOMPARE(int(command->result().error.kind), expectedPrivilegeError);
        QVERIFY(command->result().error.message.contains(QLatin1String("testserver")));
        QVERIFY(output.isEmpty());
    }
    if (expectedPrivilegeError == int(Kind::SudoRequiresTty))
        QVERIFY(session.privilegeError().message.contains(QLatin1String("requiretty")));
}

void TestSshSession::sudoPasswordIsAskedAndChecked()
{
    // Key login, so the session has no password yet: it must ask for sudo's.
    SshSession session(endpointFor(m_pwUser, Auth::Key, m_keys[QStringLiteral("ed25519")]));
    ScriptedLogin login(&session, {QStringLiteral("wrong-sudo-password"), password});
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(login.secretKinds,
             (QList<SshSecretKind>{SshSecretKind::SudoPassword, SshSecretKind::SudoPassword}));
    QCOMPARE(login.failedAttempts, (QList<int>{0, 1}));
    QCOMPARE(session.privilege(), SshPrivilege::SudoWithPassword);
    QVERIFY(!session.privilegeError().isError());
}

void TestSshSession::wrongSudoPasswordFailsRootCommandsClearly()
{
    SshSession session(endpointFor(m_pwUser, Auth::Key, m_keys[QStringLiteral("ed25519")]));
    session.setSudoPassword(QStringLiteral("not-the-sudo-password"));
    ScriptedLogin login(&session); // no answer when asked again: gives up on sudo
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(login.failedAttempts, QList<int>{1});
    QCOMPARE(session.privilegeError().kind, Kind::SudoWrongPassword);

    RemoteCommandOptions asRoot;
    asRoot.asRoot = true;
    QElapsedTimer clock;
    clock.start();
    RemoteCommand *command = session.run(QStringLiteral("true"), asRoot);
    QSignalSpy finished(command, &RemoteCommand::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(command->result().error.kind, Kind::SudoWrongPassword);
    QVERIFY(command->result().error.message.contains(QLatin1String("testserver")));
    QVERIFY(!command->result().success());
    // Commands that do not need root still run.
    RemoteCommand *plain = session.run(QStringLiteral("true"));
    QSignalSpy plainFinished(plain, &RemoteCommand::finished);
    QVERIFY(plainFinished.wait(5000));
    QVERIFY(plain->result().success());
}

void TestSshSession::unknownHostAskedAndRecorded()
{
    const QString knownHosts = m_server->dir() + QStringLiteral("/known_hosts_new");
    QFile::remove(knownHosts);
    SshEndpoint endpoint =
        endpointFor(QStringLiteral("root"), Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.knownHostsPath = knownHosts;
    {
        SshSession session(endpoint);
        ScriptedLogin login(&session, {}, ScriptedLogin::HostKeyAnswer::AcceptAndRecord);
        QVERIFY2(login.run(), qPrintable(login.error.message));
        QCOMPARE(login.hostKeyPrompts, 1);
        // The fingerprint the user saw is the one OpenSSH shows for this server's key.
        QString keygen;
        QVERIFY(SshTestServer::runProgram(
            QStringLiteral("ssh-keygen"),
            {QStringLiteral("-l"), QStringLiteral("-f"),
             m_server->dir() + QStringLiteral("/ssh_host_ed25519_key.pub")},
            {}, &keygen));
        QVERIFY2(keygen.contains(login.promptedKey.fingerprint()), qPrintable(keygen));
        QCOMPARE(login.promptedKey.type(), QStringLiteral("ssh-ed25519"));
    }
    // OpenSSH finds what was recorded...
    QString found;
    QVERIFY(SshTestServer::runProgram(QStringLiteral("ssh-keygen"),
                                      {QStringLiteral("-F"),
                                       QStringLiteral("[127.0.0.1]:%1").arg(m_server->port()),
                                       QStringLiteral("-f"), knownHosts},
                                      {}, &found));
    QVERIFY(found.contains(QLatin1String("ssh-ed25519")));
    // ...and the next session trusts it without asking.
    SshSession again(endpoint);
    ScriptedLogin second(&again);
    QVERIFY2(second.run(), qPrintable(second.error.message));
    QCOMPARE(second.hostKeyPrompts, 0);
}

void TestSshSession::unknownHostRejectedRunsNothing()
{
    const QString knownHosts = m_server->dir() + QStringLiteral("/known_hosts_empty");
    QFile::remove(knownHosts);
    SshEndpoint endpoint =
        endpointFor(QStringLiteral("root"), Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.knownHostsPath = knownHosts;
    const qsizetype logOffset = m_server->log().size();
    SshSession session(endpoint);
    const QString marker = m_server->dir() + QStringLiteral("/rejected-marker");
    ScriptedLogin login(&session, {}, ScriptedLogin::HostKeyAnswer::Reject);
    login.queueOnConnect(QStringLiteral("touch ") + marker);
    QVERIFY(!login.run());
    QCOMPARE(login.hostKeyPrompts, 1);
    QCOMPARE(login.error.kind, Kind::HostKeyRejected);
    QVERIFY(login.queued && login.queued->isFinished());
    QCOMPARE(login.queued->result().error.kind, Kind::HostKeyRejected);
    QVERIFY(!QFile::exists(marker));
    QVERIFY(!QFile::exists(knownHosts));
    QTest::qWait(100);
    QVERIFY(!acceptedLoginsSince(logOffset));
}

void TestSshSession::knownHostVariantsAreTrusted_data()
{
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<bool>("hashed");
    const QString port = QString::number(m_server->port());
    QTest::newRow("[host]:port") << QStringLiteral("[127.0.0.1]:") + port << false;
    QTest::newRow("hashed by ssh-keygen -H") << QStringLiteral("[127.0.0.1]:") + port << true;
    QTest::newRow("multi-name line")
        << QStringLiteral("server02,[127.0.0.1]:%1,10.0.0.2").arg(port) << false;
    QTest::newRow("wildcard") << QStringLiteral("[127.0.0.*]:") + port << false;
    QTest::newRow("wildcard with negation")
        << QStringLiteral("[127.0.0.?]:%1,![10.*]:%1").arg(port) << false;
}

void TestSshSession::knownHostVariantsAreTrusted()
{
    QFETCH(QString, hosts);
    QFETCH(bool, hashed);
    const QString path = m_server->dir() + QStringLiteral("/known_hosts_variant");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(knownHostsLine(hosts).toUtf8());
    file.close();
    if (hashed)
        QVERIFY(SshTestServer::runProgram(QStringLiteral("ssh-keygen"),
                                          {QStringLiteral("-H"), QStringLiteral("-f"), path}));
    SshEndpoint endpoint =
        endpointFor(QStringLiteral("root"), Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.knownHostsPath = path;
    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(login.hostKeyPrompts, 0);
}

void TestSshSession::changedHostKeyRefusedAndNothingRuns()
{
    // A different ed25519 key recorded for this host and port: a possible attack.
    const QString other =
        m_server->createKey(QStringLiteral("impostor"), QStringLiteral("ed25519"));
    QFile impostor(other + QStringLiteral(".pub"));
    QVERIFY(impostor.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = impostor.readAll().split(' ');
    const QString path = m_server->dir() + QStringLiteral("/known_hosts_changed");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("# a comment\n[127.0.0.1]:%1 ").arg(m_server->port()).toUtf8() +
               fields.at(0) + ' ' + fields.at(1) + '\n');
    file.close();

    SshEndpoint endpoint =
        endpointFor(QStringLiteral("root"), Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.knownHostsPath = path;
    const qsizetype logOffset = m_server->log().size();
    const QString marker = m_server->dir() + QStringLiteral("/changed-marker");
    SshSession session(endpoint);
    ScriptedLogin login(&session, {}, ScriptedLogin::HostKeyAnswer::AcceptAndRecord);
    login.queueOnConnect(QStringLiteral("touch ") + marker);
    QVERIFY(!login.run());
    QCOMPARE(login.hostKeyPrompts, 0); // never offered to the user
    QCOMPARE(login.error.kind, Kind::HostKeyChanged);
    QVERIFY(login.error.message.contains(QLatin1String("CHANGED")));
    QVERIFY(login.error.message.contains(QLatin1String("testserver")));
    QVERIFY(login.error.message.contains(m_server->hostKeyFingerprint()));
    QVERIFY(login.error.message.contains(QLatin1String("Line 2")));
    QVERIFY(login.queued && login.queued->isFinished());
    QCOMPARE(login.queued->result().error.kind, Kind::HostKeyChanged);
    QVERIFY(!QFile::exists(marker));
    QTest::qWait(100);
    QVERIFY(!acceptedLoginsSince(logOffset));
}

void TestSshSession::revokedHostKeyRefused()
{
    const QString path = m_server->dir() + QStringLiteral("/known_hosts_revoked");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(knownHostsLine(QStringLiteral("[127.0.0.1]:%1").arg(m_server->port())).toUtf8());
    file.write(QStringLiteral("@revoked ").toUtf8() + knownHostsLine(QStringLiteral("*")).toUtf8());
    file.close();
    SshEndpoint endpoint =
        endpointFor(QStringLiteral("root"), Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.knownHostsPath = path;
    const qsizetype logOffset = m_server->log().size();
    SshSession session(endpoint);
    ScriptedLogin login(&session, {}, ScriptedLogin::HostKeyAnswer::AcceptAndRecord);
    QVERIFY(!login.run());
    QCOMPARE(login.error.kind, Kind::HostKeyRevoked);
    QCOMPARE(login.hostKeyPrompts, 0);
    QVERIFY(login.error.message.contains(QLatin1String("@revoked")));
    QTest::qWait(100);
    QVERIFY(!acceptedLoginsSince(logOffset));
}

void TestSshSession::knownKeyTypeIsPreferred()
{
    // Only the ECDSA key is recorded: the handshake must ask for ECDSA, not offer a prompt for
    // the (unknown) ed25519 key that OpenSSH's order would pick.
    const QString path = m_server->dir() + QStringLiteral("/known_hosts_ecdsa");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(knownHostsLine(QStringLiteral("[127.0.0.1]:%1").arg(m_server->port()),
                              QStringLiteral("ecdsa"))
                   .toUtf8());
    file.close();
    SshEndpoint endpoint =
        endpointFor(QStringLiteral("root"), Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.knownHostsPath = path;
    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(login.hostKeyPrompts, 0);
    QCOMPARE(session.hostKey().type(), QStringLiteral("ecdsa-sha2-nistp256"));

    // With nothing recorded, OpenSSH's preference (ed25519) is what the user is shown.
    QFile::remove(path);
    SshSession fresh(endpoint);
    ScriptedLogin ask(&fresh, {}, ScriptedLogin::HostKeyAnswer::AcceptOnce);
    QVERIFY2(ask.run(), qPrintable(ask.error.message));
    QCOMPARE(ask.promptedKey.type(), QStringLiteral("ssh-ed25519"));
    QVERIFY(!QFile::exists(path)); // accepted once, not recorded
}

// The server stops offering the one key type recorded for it (here: sshd restricted to
// ed25519 while known_hosts holds its ECDSA key): refused with OpenSSH's warning, never shown
// as a merely unknown host.
void TestSshSession::droppedKeyTypeRefusedAsAChange()
{
    SshTestServer edOnly;
    QVERIFY2(edOnly.start({QStringLiteral("HostKeyAlgorithms ssh-ed25519")}),
             qPrintable(edOnly.errorString()));
    const QString path = edOnly.dir() + QStringLiteral("/known_hosts_ecdsa_only");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("[127.0.0.1]:%1 ecdsa-sha2-nistp256 %2\n")
                   .arg(edOnly.port())
                   .arg(QString::fromLatin1(edOnly.hostKeyBlob(QStringLiteral("ecdsa")).toBase64()))
                   .toUtf8());
    file.close();
    SshEndpoint endpoint =
        edOnly.endpoint(QStringLiteral("root"), Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.knownHostsPath = path;
    const qsizetype logOffset = edOnly.log().size();
    SshSession session(endpoint);
    ScriptedLogin login(&session, {}, ScriptedLogin::HostKeyAnswer::AcceptAndRecord);
    QVERIFY(!login.run());
    QCOMPARE(login.hostKeyPrompts, 0); // never offered as a new host
    QCOMPARE(login.error.kind, Kind::HostKeyChanged);
    QVERIFY2(login.error.message.contains(
                 QLatin1String("the host offers a different key type than the one recorded")),
             qPrintable(login.error.message));
    QVERIFY(login.error.message.contains(QLatin1String("ecdsa-sha2-nistp256")));
    QVERIFY(login.error.message.contains(edOnly.hostKeyFingerprint()));
    QTest::qWait(100);
    QVERIFY(!edOnly.log().mid(logOffset).contains(QLatin1String("Accepted ")));
    // Nothing was recorded in place of the old key.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("ssh-ed25519"));
}

void TestSshSession::hostCertificates_data()
{
    QTest::addColumn<QString>("signer");    // "" = the server has no certificate
    QTest::addColumn<QString>("principal"); // the name the certificate is issued for
    QTest::addColumn<int>("expectedError");
    QTest::addColumn<int>("expectedPrompts");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("signed by the listed CA") << "ca_listed"
                                             << "127.0.0.1" << int(Kind::None) << 0 << "";
    QTest::newRow("signed by another CA")
        << "ca_other"
        << "127.0.0.1" << int(Kind::HostKeyChanged) << 0 << "not listed as @cert-authority";
    QTest::newRow("issued for another host")
        << "ca_listed"
        << "server09.example" << int(Kind::HostKeyChanged) << 0 << "server09.example";
    // No certificate at all: the key is merely unknown, as OpenSSH falls back to the plain key.
    QTest::newRow("no certificate") << ""
                                    << "" << int(Kind::HostKeyRejected) << 1 << "";
}

// known_hosts lists a CA (@cert-authority) for the host: a host certificate it signed is
// trusted without a prompt; one from another CA, or for another name, is refused.
void TestSshSession::hostCertificates()
{
    QFETCH(QString, signer);
    QFETCH(QString, principal);
    QFETCH(int, expectedError);
    QFETCH(int, expectedPrompts);
    QFETCH(QString, expectedText);
    SshTestServer certified;
    QStringList config;
    for (const QString &ca : {QStringLiteral("ca_listed"), QStringLiteral("ca_other")})
        QVERIFY(SshTestServer::runProgram(
            QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), QString(), QStringLiteral("-f"), certified.dir() + '/' + ca}));
    if (!signer.isEmpty()) {
        QVERIFY(SshTestServer::runProgram(
            QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-s"), certified.dir() + '/' + signer,
             QStringLiteral("-I"), QStringLiteral("testserver"), QStringLiteral("-h"),
             QStringLiteral("-n"), principal,
             certified.dir() + QStringLiteral("/ssh_host_ed25519_key.pub")}));
        config << QStringLiteral("HostCertificate %1/ssh_host_ed25519_key-cert.pub")
                      .arg(certified.dir());
    }
    QVERIFY2(certified.start(config), qPrintable(certified.errorString()));
    certified.authorize(QStringLiteral("root"), m_keys[QStringLiteral("ed25519")]);
    QFile caPub(certified.dir() + QStringLiteral("/ca_listed.pub"));
    QVERIFY(caPub.open(QIODevice::ReadOnly));
    const QString path = certified.dir() + QStringLiteral("/known_hosts_ca");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("@cert-authority [127.0.0.1]:* " + caPub.readAll());
    file.close();

    SshEndpoint endpoint =
        certified.endpoint(QStringLiteral("root"), Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.knownHostsPath = path;
    SshSession session(endpoint);
    ScriptedLogin login(&session); // rejects a prompt
    const bool connected = login.run();
    QCOMPARE(int(login.error.kind), expectedError);
    QCOMPARE(connected, expectedError == int(Kind::None));
    QCOMPARE(login.hostKeyPrompts, expectedPrompts);
    QVERIFY2(login.error.message.contains(expectedText), qPrintable(login.error.message));
}

void TestSshSession::refusedConnectionNamesTheServer()
{
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    const quint16 closedPort = placeholder.serverPort();
    placeholder.close();
    SshEndpoint endpoint =
        endpointFor(QStringLiteral("root"), Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.port = closedPort;
    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY(!login.run());
    QCOMPARE(login.error.kind, Kind::ConnectFailed);
    QVERIFY(login.error.message.contains(QLatin1String("testserver")));
    QVERIFY(login.error.message.contains(QLatin1String("refused")));
}

void TestSshSession::connectTimeoutWhenNoSshServerAnswers()
{
    // Accepts TCP connections (the kernel does) but never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    SshEndpoint endpoint =
        endpointFor(QStringLiteral("root"), Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.port = silent.serverPort();
    endpoint.connectTimeoutMs = 800;
    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY(!login.run(10000));
    QCOMPARE(login.error.kind, Kind::ConnectTimeout);
    QVERIFY(login.error.message.contains(QLatin1String("testserver")));
    QVERIFY2(login.elapsedMs >= 700 && login.elapsedMs < 5000,
             qPrintable(QString::number(login.elapsedMs)));
}

void TestSshSession::killedSshdReportedAtOnce()
{
    SshSession session(endpointFor(m_nopwUser, Auth::Key, m_keys[QStringLiteral("ed25519")]));
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    RemoteCommand *command = session.run(QStringLiteral("echo started; sleep 30"));
    QSignalSpy started(command, &RemoteCommand::stdoutLines);
    QSignalSpy finished(command, &RemoteCommand::finished);
    QSignalSpy failed(&session, &SshSession::failed);
    QVERIFY(started.wait(5000));

    const QList<qint64> processes = m_server->connectionProcesses();
    QVERIFY(!processes.isEmpty());
    QElapsedTimer clock;
    clock.start();
    for (qint64 pid : processes)
        ::kill(pid_t(pid), SIGKILL);
    QVERIFY(failed.wait(3000));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(failed.first().first().value<SshError>().kind, Kind::ConnectionLost);
    QVERIFY(failed.first().first().value<SshError>().message.contains(QLatin1String("testserver")));
    QCOMPARE(finished.count(), 1);
    const RemoteCommandResult result = command->result();
    QVERIFY(!result.success()); // never an exit status 0 from a dead connection
    QVERIFY(!result.gotEof);
    QCOMPARE(result.error.kind, Kind::ConnectionLost);
}

void TestSshSession::stoppedSshdReportedWithinDeadPeerTimeout()
{
    SshEndpoint endpoint = endpointFor(m_nopwUser, Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.deadPeerTimeoutMs = 3000;
    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    RemoteCommand *command = session.run(QStringLiteral("echo started; sleep 30"));
    QSignalSpy started(command, &RemoteCommand::stdoutLines);
    QSignalSpy failed(&session, &SshSession::failed);
    QVERIFY(started.wait(5000));
    // Quiet but healthy for longer than the timeout: keepalive probes keep it alive.
    QVERIFY(!failed.wait(4000));

    const QList<qint64> processes = m_server->connectionProcesses();
    QVERIFY(!processes.isEmpty());
    QElapsedTimer clock;
    clock.start();
    for (qint64 pid : processes)
        ::kill(pid_t(pid), SIGSTOP);
    const bool reported = failed.wait(6000);
    const qint64 elapsed = clock.elapsed();
    for (qint64 pid : processes) {
        ::kill(pid_t(pid), SIGCONT);
        ::kill(pid_t(pid), SIGKILL);
    }
    QVERIFY(reported);
    QCOMPARE(failed.first().first().value<SshError>().kind, Kind::PeerSilent);
    QVERIFY(failed.first().first().value<SshError>().message.contains(QLatin1String("testserver")));
    // Within the configured time (plus one housekeeping tick of timer jitter).
    QVERIFY2(elapsed <= endpoint.deadPeerTimeoutMs + 250,
             qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QVERIFY(!command->result().success());
}

void TestSshSession::idleSessionOutlivesABlockedEventLoop()
{
    // What a blocking terminal prompt (or any long stall of the event loop) does to a healthy,
    // idle session: nothing was asked of the server, so its silence means nothing.
    SshEndpoint endpoint = endpointFor(m_nopwUser, Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.deadPeerTimeoutMs = 1500;
    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QSignalSpy failed(&session, &SshSession::failed);
    RemoteCommand *first = session.run(QStringLiteral("true"));
    QSignalSpy firstDone(first, &RemoteCommand::finished);
    QVERIFY(firstDone.wait(5000));
    // Right after an answer no keepalive probe is out; now keep the event loop away for twice
    // the dead-peer time, as a person answering a question on the terminal would.
    ::sleep(3);
    QVERIFY2(!failed.wait(2000),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<SshError>().message));
    QVERIFY(session.isConnected());
    RemoteCommand *next = session.run(QStringLiteral("echo still here"));
    QSignalSpy output(next, &RemoteCommand::stdoutLines);
    QSignalSpy nextDone(next, &RemoteCommand::finished);
    QVERIFY(nextDone.wait(5000));
    QVERIFY(next->result().success());
    QCOMPARE(output.count(), 1);
}

void TestSshSession::stoppedSshdReportedWhileIdleProbeWaits()
{
    // The other half: an idle session still probes, and a probe that waits for an answer from a
    // stopped server is declared dead within the configured time of that wait.
    SshEndpoint endpoint = endpointFor(m_nopwUser, Auth::Key, m_keys[QStringLiteral("ed25519")]);
    endpoint.deadPeerTimeoutMs = 1500;
    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QSignalSpy failed(&session, &SshSession::failed);
    QVERIFY(!failed.wait(3000)); // idle and healthy: probes are answered
    const QList<qint64> processes = m_server->connectionProcesses();
    QVERIFY(!processes.isEmpty());
    for (qint64 pid : processes)
        ::kill(pid_t(pid), SIGSTOP);
    // The next probe goes out within a keepalive interval (a third of the timeout) and waits.
    const bool reported = failed.wait(endpoint.deadPeerTimeoutMs * 2 + 1000);
    for (qint64 pid : processes) {
        ::kill(pid_t(pid), SIGCONT);
        ::kill(pid_t(pid), SIGKILL);
    }
    QVERIFY(reported);
    QCOMPARE(failed.first().first().value<SshError>().kind, Kind::PeerSilent);
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
