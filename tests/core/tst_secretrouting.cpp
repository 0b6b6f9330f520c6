// Secrets by kind and by server, end to end against real parts: two real sshd on 127.0.0.1
// (SshTestServer) and the headless keychain of scripts/with-keyring.sh. The pair:
// server01 is reached by a key with a passphrase and its user's sudo wants a password that
// differs from the passphrase; server02 is reached by a password login (and sudo reuses it).
// Every secret must go to its own place and nowhere else: the run only succeeds when each
// does, and no wrong secret is ever tried (sudo counts its failed attempts).
#include "CoreTestSupport.h"
#include "CredentialStore.h"
#include "RemoteCommand.h"
#include "SshSession.h"
#include "SshTestServer.h"
#include "connect/PairConnector.h"
#include "spec/SpecJson.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

namespace {
const QString passphrase = QStringLiteral("Key-passphrase-9f3e");
const QString sudoPassword = QStringLiteral("Sudo-pw-of-one-71c2");
const QString loginPassword = QStringLiteral("Login-pw-of-two-5d80");

struct SecretRequest
{
    int server;
    SshSecretKind kind;
    int failedAttempts;
};
} // namespace

class TestSecretRouting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void eachSecretGivenInAdvanceGoesToItsPlace();
    void passphraseIsNeverOfferedToSudo();
    void keychainKeepsEachKindApart();
    void oldKeychainEntryIsOnlyTheLoginSecret();
    void cliSecretFilesPerServerAndKind();
    void cliSecretOfTheWrongKindIsNotUsedElsewhere();
    void cliPlainSecretFileRule();

private:
    struct Run
    {
        bool finished = false;
        QList<SecretRequest> requests;
    };
    // Connects to both servers with the given secrets; answers secret requests from answers
    // (by kind, at most once each) and cancels the rest.
    Run connectPair(PairConnector &connector, const QMap<SshSecretKind, QString> &answers = {});
    QString rootId(SshSession *session);
    QString readKeychain(const QString &account, bool *missing = nullptr);
    bool writeKeychain(const QString &account, const QString &secret);
    bool removeKeychain(const QString &account);
    QString secretFile(const QString &name, const QString &secret);
    CoreTestSupport::ProcessResult cli(const QStringList &arguments);
    SshEndpoint endpointOf(int index) const;

    std::unique_ptr<SshTestServer> m_servers[2];
    QString m_users[2];
    QString m_key; // server01's key, encrypted with the passphrase
    QTemporaryDir m_dir;
    QString m_knownHosts;
    SetupSpec m_spec;
    QString m_specPath;
    CredentialStore m_store; // the product's own keychain service
};

void TestSecretRouting::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "these tests start sshd and create users: they need root");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under scripts/with-keyring.sh: the keychain is part of what is tested");
    QVERIFY(m_dir.isValid());
    QByteArray knownHosts;
    for (int i = 0; i < 2; ++i) {
        m_servers[i] = std::make_unique<SshTestServer>();
        m_users[i] = m_servers[i]->createUser(
            i == 0 ? QStringLiteral("sra") : QStringLiteral("srb"),
            i == 0 ? sudoPassword : loginPassword, SshTestServer::Sudo::WithPassword);
        QVERIFY2(m_servers[i]->start(), qPrintable(m_servers[i]->errorString()));
        QFile file(m_servers[i]->writeKnownHosts());
        QVERIFY(file.open(QIODevice::ReadOnly));
        knownHosts += file.readAll();
    }
    m_key = m_servers[0]->createKey(QStringLiteral("id_ecdsa_pass"), QStringLiteral("ecdsa"),
                                    passphrase);
    m_servers[0]->authorize(m_users[0], m_key);
    m_knownHosts = m_dir.filePath("known_hosts");
    QFile file(m_knownHosts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(knownHosts);
    file.close();

    m_spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    QCOMPARE(m_spec.servers.size(), 2);
    for (int i = 0; i < 2; ++i) {
        ServerSpec &s = m_spec.servers[i];
        s.privateName = QStringLiteral("ghw-secret-%1.invalid").arg(i + 1);
        s.ssh.host = m_servers[i]->host();
        s.ssh.port = m_servers[i]->port();
        s.ssh.user = m_users[i];
        s.ssh.auth = i == 0 ? SshSpec::Auth::Key : SshSpec::Auth::Password;
        s.ssh.identityFile = i == 0 ? m_key : QString();
        s.disk = QStringLiteral("/dev/null");
    }
    m_specPath = m_dir.filePath("pair.json");
    QString error;
    QVERIFY2(SpecJson::save(m_spec, m_specPath, &error), qPrintable(error));
}

void TestSecretRouting::init()
{
    // No agent: the key file is what authenticates. A clean keychain for each test.
    qunsetenv("SSH_AUTH_SOCK");
    for (int i = 0; i < 2; ++i) {
        const SshEndpoint endpoint = endpointOf(i);
        QVERIFY(removeKeychain(endpoint.legacyCredentialKey()));
        for (SshSecretKind kind :
             {SshSecretKind::Password, SshSecretKind::KeyPassphrase, SshSecretKind::SudoPassword})
            QVERIFY(removeKeychain(endpoint.credentialKey(kind)));
    }
}

SshEndpoint TestSecretRouting::endpointOf(int index) const
{
    return PairConnector::endpointFor(m_spec.servers.at(index), m_knownHosts);
}

TestSecretRouting::Run TestSecretRouting::connectPair(PairConnector &connector,
                                                      const QMap<SshSecretKind, QString> &answers)
{
    Run run;
    QMap<SshSecretKind, QString> left = answers;
    connect(&connector, &PairConnector::secretNeeded, this,
            [&](int server, SshSecretKind kind, const QString &, int failedAttempts) {
                run.requests.append({server, kind, failedAttempts});
                if (left.contains(kind))
                    connector.provideSecret(server, left.take(kind));
                else
                    connector.cancelSecret(server);
            });
    connect(&connector, &PairConnector::hostKeyDecisionNeeded, this,
            [&](int server, const SshHostKey &) { connector.rejectHostKey(server); });
    QSignalSpy finished(&connector, &PairConnector::finished);
    connector.start();
    run.finished = finished.wait(60000);
    return run;
}

QString TestSecretRouting::rootId(SshSession *session)
{
    RemoteCommandOptions asRoot;
    asRoot.asRoot = true;
    RemoteCommand *command = session->run(QStringLiteral("id -u"), asRoot);
    QStringList output;
    connect(command, &RemoteCommand::stdoutLines, this, [&](const QStringList &l) { output += l; });
    QSignalSpy finished(command, &RemoteCommand::finished);
    if (!finished.wait(20000) || !command->result().success())
        return command->result().describe();
    return output.join(QLatin1Char('\n'));
}

QString TestSecretRouting::readKeychain(const QString &account, bool *missing)
{
    QSignalSpy read(&m_store, &CredentialStore::secretRead);
    QSignalSpy notThere(&m_store, &CredentialStore::secretMissing);
    QSignalSpy failed(&m_store, &CredentialStore::failed);
    m_store.read(account);
    if (!QTest::qWaitFor([&] { return read.size() + notThere.size() + failed.size() == 1; }, 10000))
        qWarning("the keychain did not answer");
    if (missing)
        *missing = notThere.size() == 1;
    return read.isEmpty() ? QString() : read.first().at(1).toString();
}

bool TestSecretRouting::writeKeychain(const QString &account, const QString &secret)
{
    QSignalSpy written(&m_store, &CredentialStore::secretWritten);
    QSignalSpy failed(&m_store, &CredentialStore::failed);
    m_store.write(account, secret);
    return (written.wait(10000) || !written.isEmpty()) && failed.isEmpty();
}

bool TestSecretRouting::removeKeychain(const QString &account)
{
    QSignalSpy removed(&m_store, &CredentialStore::secretRemoved);
    QSignalSpy failed(&m_store, &CredentialStore::failed);
    m_store.remove(account);
    return (removed.wait(10000) || !removed.isEmpty()) && failed.isEmpty();
}

QString TestSecretRouting::secretFile(const QString &name, const QString &secret)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(secret.toUtf8() + '\n');
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

CoreTestSupport::ProcessResult TestSecretRouting::cli(const QStringList &arguments)
{
    // stdin is no terminal: nobody is asked, a missing secret fails its login or sudo.
    return CoreTestSupport::run(QStringLiteral(GHW_BINARY_DIR "/app/gluster-ha-wizard"), arguments,
                                {}, {"SSH_AUTH_SOCK=", "QT_QPA_PLATFORM="});
}

void TestSecretRouting::eachSecretGivenInAdvanceGoesToItsPlace()
{
    const qsizetype logStart[2] = {m_servers[0]->log().size(), m_servers[1]->log().size()};
    PairConnector::Policy policy;
    policy.knownHostsPath = m_knownHosts;
    policy.useKeychain = false;
    PairConnector connector(m_spec, policy);
    connector.setSecret(0, SshSecretKind::KeyPassphrase, passphrase);
    connector.setSecret(0, SshSecretKind::SudoPassword, sudoPassword);
    connector.setSecret(1, SshSecretKind::Password, loginPassword);
    const Run run = connectPair(connector);
    QVERIFY(run.finished);
    QVERIFY2(connector.allConnected(),
             qPrintable(connector.errors().value(0).message + connector.errors().value(1).message));
    QCOMPARE(run.requests.size(), 0); // nothing was wrong, nothing was asked
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(connector.session(i)->privilege(), SshPrivilege::SudoWithPassword);
        QVERIFY2(!connector.session(i)->privilegeError().isError(),
                 qPrintable(connector.session(i)->privilegeError().message));
        QCOMPARE(rootId(connector.session(i)), QStringLiteral("0"));
    }
    // What each sshd saw: a key for server01's user, a password for server02's; no password
    // (let alone the passphrase) was ever tried on server01.
    const QString log01 = m_servers[0]->log().mid(logStart[0]);
    const QString log02 = m_servers[1]->log().mid(logStart[1]);
    QVERIFY2(log01.contains(QLatin1String("Accepted publickey for ") + m_users[0]),
             qPrintable(log01));
    QVERIFY2(!log01.contains(QLatin1String("password")), qPrintable(log01));
    QVERIFY2(!log01.contains(QLatin1String("keyboard-interactive")), qPrintable(log01));
    QVERIFY2(log02.contains(QLatin1String("Accepted password for ") + m_users[1]),
             qPrintable(log02));
    QVERIFY(!log02.contains(QLatin1String("Failed")));
    for (const QString &log : {log01, log02}) {
        for (const QString &secret : {passphrase, sudoPassword, loginPassword})
            QVERIFY(!log.contains(secret));
    }
}

void TestSecretRouting::passphraseIsNeverOfferedToSudo()
{
    // Only the passphrase is known for server01: sudo must be asked as if nothing had been
    // tried (failedAttempts 0), since a passphrase never leaves this machine.
    PairConnector::Policy policy;
    policy.knownHostsPath = m_knownHosts;
    policy.useKeychain = false;
    PairConnector connector(m_spec, policy);
    connector.setSecret(0, SshSecretKind::KeyPassphrase, passphrase);
    connector.setSecret(1, SshSecretKind::Password, loginPassword);
    const Run run = connectPair(connector, {{SshSecretKind::SudoPassword, sudoPassword}});
    QVERIFY(run.finished);
    QVERIFY(connector.allConnected());
    QCOMPARE(run.requests.size(), 1);
    QCOMPARE(run.requests.first().server, 0);
    QCOMPARE(run.requests.first().kind, SshSecretKind::SudoPassword);
    QCOMPARE(run.requests.first().failedAttempts, 0);
    QVERIFY(!connector.session(0)->privilegeError().isError());
    QCOMPARE(rootId(connector.session(0)), QStringLiteral("0"));
}

void TestSecretRouting::keychainKeepsEachKindApart()
{
    {
        PairConnector::Policy policy;
        policy.knownHostsPath = m_knownHosts;
        PairConnector connector(m_spec, policy);
        connector.setSecret(1, SshSecretKind::Password, loginPassword);
        connector.setRememberSecret(0, true);
        connector.setRememberSecret(1, true);
        // server01's passphrase and sudo password are typed when asked, one after the other.
        const Run run = connectPair(connector, {{SshSecretKind::KeyPassphrase, passphrase},
                                                {SshSecretKind::SudoPassword, sudoPassword}});
        QVERIFY(run.finished);
        QVERIFY(connector.allConnected());
        QCOMPARE(run.requests.size(), 2);
    }
    // Both of server01's secrets are kept, each under its kind: the sudo password did not
    // overwrite the passphrase.
    const SshEndpoint one = endpointOf(0);
    const SshEndpoint two = endpointOf(1);
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(one.credentialKey(SshSecretKind::KeyPassphrase)),
                              passphrase, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(one.credentialKey(SshSecretKind::SudoPassword)),
                              sudoPassword, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(two.credentialKey(SshSecretKind::Password)),
                              loginPassword, 10000);
    bool missing = false;
    readKeychain(one.credentialKey(SshSecretKind::Password), &missing);
    QVERIFY(missing); // server01 has no login password: none was used
    readKeychain(one.legacyCredentialKey(), &missing);
    QVERIFY(missing);

    // The next connection needs nobody: each kind is read back for its own place.
    PairConnector::Policy policy;
    policy.knownHostsPath = m_knownHosts;
    PairConnector again(m_spec, policy);
    const Run run = connectPair(again);
    QVERIFY(run.finished);
    QVERIFY(again.allConnected());
    QCOMPARE(run.requests.size(), 0);
    QCOMPARE(rootId(again.session(0)), QStringLiteral("0"));
}

void TestSecretRouting::oldKeychainEntryIsOnlyTheLoginSecret()
{
    // Entries of the old format ("user@host:port", no kind): server01's holds its passphrase,
    // server02's its login password.
    const SshEndpoint one = endpointOf(0);
    const SshEndpoint two = endpointOf(1);
    QVERIFY(writeKeychain(one.legacyCredentialKey(), passphrase));
    QVERIFY(writeKeychain(two.legacyCredentialKey(), loginPassword));
    {
        PairConnector::Policy policy;
        policy.knownHostsPath = m_knownHosts;
        PairConnector connector(m_spec, policy);
        const Run run = connectPair(connector, {{SshSecretKind::SudoPassword, sudoPassword}});
        QVERIFY(run.finished);
        QVERIFY(connector.allConnected());
        // The old entry decrypted the key, but was not offered to sudo: sudo was asked with
        // nothing tried.
        QCOMPARE(run.requests.size(), 1);
        QCOMPARE(run.requests.first().kind, SshSecretKind::SudoPassword);
        QCOMPARE(run.requests.first().failedAttempts, 0);
    }
    // Migrated: each now under its kind, the old entries gone.
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(one.credentialKey(SshSecretKind::KeyPassphrase)),
                              passphrase, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(two.credentialKey(SshSecretKind::Password)),
                              loginPassword, 10000);
    bool missing = false;
    QTRY_VERIFY_WITH_TIMEOUT((readKeychain(one.legacyCredentialKey(), &missing), missing), 10000);
    QTRY_VERIFY_WITH_TIMEOUT((readKeychain(two.legacyCredentialKey(), &missing), missing), 10000);
    readKeychain(one.credentialKey(SshSecretKind::SudoPassword), &missing);
    QVERIFY(missing); // not asked to remember it
}

void TestSecretRouting::cliSecretFilesPerServerAndKind()
{
    const auto r = cli({"check", m_specPath, "--known-hosts", m_knownHosts, "--secret-file",
                        "server01:passphrase=" + secretFile("pass", passphrase), "--secret-file",
                        "server01:sudo=" + secretFile("sudo", sudoPassword), "--secret-file",
                        "server02:password=" + secretFile("login", loginPassword)});
    const QString all = QString::fromUtf8(r.out + r.err);
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(all)); // 1: /dev/null is no disk
    for (const char *line : {"server01: connected\n", "server02: connected\n",
                             "server01: facts gathered", "server02: facts gathered"})
        QVERIFY2(all.contains(QLatin1String(line)), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("sudo")), qPrintable(all));
    for (const QString &secret : {passphrase, sudoPassword, loginPassword})
        QVERIFY(!all.contains(secret));
}

void TestSecretRouting::cliSecretOfTheWrongKindIsNotUsedElsewhere()
{
    // Only the passphrase and server02's password: server01's sudo has nothing (the
    // passphrase is not offered to it), and server02's password is not tried on server01.
    const qsizetype logStart = m_servers[0]->log().size();
    const auto r = cli({"check", m_specPath, "--known-hosts", m_knownHosts, "--secret-file",
                        "server01:passphrase=" + secretFile("pass", passphrase), "--secret-file",
                        "server02:password=" + secretFile("login", loginPassword)});
    const QString all = QString::fromUtf8(r.out + r.err);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(all.contains(QLatin1String("server01: connected\n")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("server02: facts gathered")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("needs the password of ") + m_users[0] +
                          QLatin1String(", and none was given")),
             qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("did not accept")), qPrintable(all));
    const QString log01 = m_servers[0]->log().mid(logStart);
    QVERIFY2(!log01.contains(QLatin1String("password")), qPrintable(log01));

    // Given to the wrong server's login, a password is refused there; it goes nowhere else.
    const auto swapped =
        cli({"check", m_specPath, "--known-hosts", m_knownHosts, "--secret-file",
             "server02:password=" + secretFile("sudo", sudoPassword), "--secret-file",
             "server01:passphrase=" + secretFile("pass", passphrase), "--secret-file",
             "server01:sudo=" + secretFile("login", loginPassword)});
    const QString swappedAll = QString::fromUtf8(swapped.out + swapped.err);
    QCOMPARE(swapped.exitCode, 1);
    QVERIFY2(swappedAll.contains(QLatin1String("did not accept the password")),
             qPrintable(swappedAll));
    QVERIFY2(!swappedAll.contains(QLatin1String("server02: connected")), qPrintable(swappedAll));
}

void TestSecretRouting::cliPlainSecretFileRule()
{
    // Two servers would need a login secret (an encrypted key, a password login): refused.
    const QString plain = secretFile("plain", loginPassword);
    const auto refused =
        cli({"check", m_specPath, "--known-hosts", m_knownHosts, "--secret-file", plain});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("more than one server"), refused.err.constData());
    QVERIFY(!refused.out.contains("connected"));

    // Unknown server and unknown kind are usage errors.
    const auto noServer = cli({"check", m_specPath, "--secret-file", "server9:sudo=" + plain});
    QCOMPARE(noServer.exitCode, 2);
    QVERIFY2(noServer.err.contains("no server \"server9\""), noServer.err.constData());
    const auto noKind = cli({"check", m_specPath, "--secret-file", "server01:pin=" + plain});
    QCOMPARE(noKind.exitCode, 2);
    QVERIFY2(noKind.err.contains("password, passphrase or sudo"), noKind.err.constData());

    // With server01 on a key that needs no passphrase, only server02 needs a login secret:
    // the plain file is its password (and its own sudo's), and nothing of server01's.
    SetupSpec spec = m_spec;
    const QString plainKey =
        m_servers[0]->createKey(QStringLiteral("id_plain"), QStringLiteral("ed25519"));
    m_servers[0]->authorize(m_users[0], plainKey);
    spec.servers[0].ssh.identityFile = plainKey;
    const QString specPath = m_dir.filePath("pair-plain-key.json");
    QString error;
    QVERIFY2(SpecJson::save(spec, specPath, &error), qPrintable(error));
    const auto r = cli({"check", specPath, "--known-hosts", m_knownHosts, "--secret-file", plain});
    const QString all = QString::fromUtf8(r.out + r.err);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(all.contains(QLatin1String("server02: facts gathered")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("server01: connected\n")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String(", and none was given")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("did not accept")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestSecretRouting)
#include "tst_secretrouting.moc"
