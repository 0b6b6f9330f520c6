// What the connectivity page is asked, as the connection engine hands it over (HostKeyPrompt,
// SecretPrompt) and answers through PairProbe, against two real sshd on 127.0.0.1
// (SshTestServer): the pages see no ssh type, so these values must carry all they show.
#include "CoreTestSupport.h"
#include "SshTestServer.h"
#include "connect/PairProbe.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

class TestPairProbePrompts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void unknownHostKeyIsPromptedWithWhereAndFingerprint();
    void changedHostKeyNamesTheServer();
    void loginPasswordIsPromptedPerServer();
    void jumpHostKeyPromptNamesTheJumpHost();

private:
    // known_hosts: each server's own keys (trusted), none (unknown), or the other server's
    // keys under its name (changed).
    enum class Known { Trusted, Unknown, Changed };
    QString knownHosts(Known first, Known second);
    PairConnector::Policy policy(const QString &knownHostsPath) const;

    std::unique_ptr<SshTestServer> m_servers[2];
    QString m_users[2];
    QByteArray m_ownKeys[2]; // each server's lines of known_hosts
    QTemporaryDir m_dir;
    SetupSpec m_spec;
};

void TestPairProbePrompts::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "these tests start sshd and create users: they need root");
    QVERIFY(m_dir.isValid());
    for (int i = 0; i < 2; ++i) {
        m_servers[i] = std::make_unique<SshTestServer>();
        m_users[i] = m_servers[i]->createUser(
            i == 0 ? QStringLiteral("ppa") : QStringLiteral("ppb"),
            QStringLiteral("Pw-%1-unused").arg(i), SshTestServer::Sudo::None);
        QVERIFY2(m_servers[i]->start(), qPrintable(m_servers[i]->errorString()));
        QFile file(m_servers[i]->writeKnownHosts());
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_ownKeys[i] = file.readAll();
        QVERIFY(!m_ownKeys[i].isEmpty());
    }
    m_spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    QCOMPARE(m_spec.servers.size(), 2);
    for (int i = 0; i < 2; ++i) {
        ServerSpec &s = m_spec.servers[i];
        s.ssh.host = m_servers[i]->host();
        s.ssh.port = m_servers[i]->port();
        s.ssh.user = m_users[i];
        s.ssh.auth = SshSpec::Auth::Password;
        s.ssh.identityFile.clear();
    }
}

void TestPairProbePrompts::init()
{
    qunsetenv("SSH_AUTH_SOCK");
}

QString TestPairProbePrompts::knownHosts(Known first, Known second)
{
    static int count = 0;
    QByteArray text;
    const Known known[2] = {first, second};
    for (int i = 0; i < 2; ++i) {
        if (known[i] == Known::Trusted) {
            text += m_ownKeys[i];
        } else if (known[i] == Known::Changed) {
            // The other server's keys, recorded under this server's [host]:port.
            const QByteArray other = QStringLiteral("[%1]:%2")
                                         .arg(m_servers[1 - i]->host())
                                         .arg(m_servers[1 - i]->port())
                                         .toUtf8();
            const QByteArray mine = QStringLiteral("[%1]:%2")
                                        .arg(m_servers[i]->host())
                                        .arg(m_servers[i]->port())
                                        .toUtf8();
            text += QByteArray(m_ownKeys[1 - i]).replace(other, mine);
        }
    }
    const QString path = m_dir.filePath(QStringLiteral("known_hosts_%1").arg(++count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}

PairConnector::Policy TestPairProbePrompts::policy(const QString &knownHostsPath) const
{
    PairConnector::Policy policy;
    policy.knownHostsPath = knownHostsPath;
    policy.useKeychain = false;
    return policy;
}

void TestPairProbePrompts::unknownHostKeyIsPromptedWithWhereAndFingerprint()
{
    PairProbe probe(m_spec, policy(knownHosts(Known::Unknown, Known::Unknown)));
    QList<HostKeyPrompt> prompts;
    connect(&probe, &PairProbe::hostKeyDecisionNeeded, this, [&](const HostKeyPrompt &prompt) {
        prompts << prompt;
        probe.rejectHostKey(prompt.server);
    });
    QSignalSpy finished(&probe, &PairProbe::finished);
    probe.start();
    QVERIFY(finished.wait(60000) || !finished.isEmpty());

    QCOMPARE(prompts.size(), 2);
    for (const HostKeyPrompt &prompt : prompts) {
        QVERIFY(prompt.server == 0 || prompt.server == 1);
        const SshTestServer &server = *m_servers[prompt.server];
        QCOMPARE(prompt.serverName, m_spec.servers.at(prompt.server).name);
        QCOMPARE(prompt.hostAndPort, QStringLiteral("%1:%2").arg(server.host()).arg(server.port()));
        QVERIFY2(prompt.fingerprint.startsWith(QLatin1String("SHA256:")),
                 qPrintable(prompt.fingerprint));
        const QString type = prompt.keyType.toLower();
        QVERIFY2(type == QLatin1String("ed25519") || type == QLatin1String("ecdsa") ||
                     type == QLatin1String("rsa"),
                 qPrintable(prompt.keyType));
        QCOMPARE(prompt.fingerprint, server.hostKeyFingerprint(type));
    }
    QVERIFY(prompts.at(0).server != prompts.at(1).server);
    // Refused as unknown is not a changed key.
    QVERIFY(probe.serversWithChangedHostKey().isEmpty());
    QVERIFY(!probe.isReady());
}

void TestPairProbePrompts::changedHostKeyNamesTheServer()
{
    PairProbe probe(m_spec, policy(knownHosts(Known::Changed, Known::Unknown)));
    QList<int> asked;
    connect(&probe, &PairProbe::hostKeyDecisionNeeded, this, [&](const HostKeyPrompt &prompt) {
        asked << prompt.server;
        probe.rejectHostKey(prompt.server);
    });
    QSignalSpy finished(&probe, &PairProbe::finished);
    probe.start();
    QVERIFY(finished.wait(60000) || !finished.isEmpty());

    QCOMPARE(asked, QList<int>{1}); // a changed key is refused, never asked about
    QCOMPARE(probe.serversWithChangedHostKey(), QStringList{m_spec.servers.at(0).name});
}

void TestPairProbePrompts::loginPasswordIsPromptedPerServer()
{
    PairProbe probe(m_spec, policy(knownHosts(Known::Trusted, Known::Trusted)));
    QList<SecretPrompt> prompts;
    connect(&probe, &PairProbe::hostKeyDecisionNeeded, this,
            [&](const HostKeyPrompt &prompt) { probe.rejectHostKey(prompt.server); });
    connect(&probe, &PairProbe::secretNeeded, this, [&](const SecretPrompt &prompt) {
        prompts << prompt;
        probe.cancelSecret(prompt.server);
    });
    QSignalSpy finished(&probe, &PairProbe::finished);
    probe.start();
    QVERIFY(finished.wait(60000) || !finished.isEmpty());

    QCOMPARE(prompts.size(), 2);
    for (const SecretPrompt &prompt : prompts) {
        QVERIFY(prompt.server == 0 || prompt.server == 1);
        QCOMPARE(prompt.serverName, m_spec.servers.at(prompt.server).name);
        QVERIFY(prompt.isLoginPassword());
        QVERIFY(!prompt.isKeyPassphrase());
        QVERIFY(!prompt.isSudoPassword());
        QCOMPARE(prompt.failedAttempts, 0);
    }
    QVERIFY(prompts.at(0).server != prompts.at(1).server);
    QVERIFY(probe.serversWithChangedHostKey().isEmpty());
}

// server02 is reached through a jump host (ProxyJump in the ssh config; the jump host is
// server01's sshd): the question about the jump host's key says whose key it is and where it
// was reached, not server02's address.
void TestPairProbePrompts::jumpHostKeyPromptNamesTheJumpHost()
{
    const QString emptyKnownHosts = m_dir.filePath(QStringLiteral("known_hosts_jump_empty"));
    QFile(emptyKnownHosts).open(QIODevice::WriteOnly);
    const QString config = m_dir.filePath(QStringLiteral("ssh_config_jump"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Host bastion\n  HostName %1\n  Port %2\n  User root\n"
                              "  UserKnownHostsFile %3\n  GlobalKnownHostsFile none\n"
                              "Host behind-b\n  HostName %4\n  ProxyJump bastion\n")
                   .arg(m_servers[0]->host())
                   .arg(m_servers[0]->port())
                   .arg(emptyKnownHosts, m_servers[1]->host())
                   .toUtf8());
    file.close();
    SetupSpec spec = m_spec;
    spec.servers[1].ssh.host = QStringLiteral("behind-b");
    PairConnector::Policy jumpPolicy = policy(knownHosts(Known::Trusted, Known::Trusted));
    jumpPolicy.sshConfigFile = config;
    PairProbe probe(spec, jumpPolicy);
    QList<HostKeyPrompt> prompts;
    connect(&probe, &PairProbe::hostKeyDecisionNeeded, this, [&](const HostKeyPrompt &prompt) {
        prompts << prompt;
        probe.rejectHostKey(prompt.server);
    });
    // server01 (direct, trusted) asks for its password: not given, it stops there.
    connect(&probe, &PairProbe::secretNeeded, this,
            [&](const SecretPrompt &prompt) { probe.cancelSecret(prompt.server); });
    QSignalSpy finished(&probe, &PairProbe::finished);
    probe.start();
    QVERIFY(finished.wait(60000) || !finished.isEmpty());

    QCOMPARE(prompts.size(), 1);
    const HostKeyPrompt &prompt = prompts.first();
    QCOMPARE(prompt.server, 1);
    QVERIFY2(prompt.serverName.contains(QLatin1String("bastion")) &&
                 prompt.serverName.contains(spec.servers.at(1).name),
             qPrintable(prompt.serverName));
    QCOMPARE(prompt.hostAndPort,
             QStringLiteral("%1:%2").arg(m_servers[0]->host()).arg(m_servers[0]->port()));
    QCOMPARE(prompt.fingerprint, m_servers[0]->hostKeyFingerprint(prompt.keyType.toLower()));
}

QTEST_GUILESS_MAIN(TestPairProbePrompts)
#include "tst_pairprobeprompts.moc"
