// SshConfigResolver: what `ssh -G` says fills what the endpoint leaves out, so an alias from an
// ssh config file reaches the real server.
#include "RemoteCommand.h"
#include "ScriptedLogin.h"
#include "SshConfigResolver.h"
#include "SshSession.h"
#include "SshTestServer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestSshConfigResolver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void applyFillsOnlyWhatIsMissing();
    void applyPrefersAnExistingNonRsaIdentity();
    void applyTakesOnlyValidPorts_data();
    void applyTakesOnlyValidPorts();
    void aliasReachesTheRealServer();
    void brokenConfigFails();

private:
    QString writeConfig(const QString &name, const QString &text);

    std::unique_ptr<SshTestServer> m_server;
    QString m_user;
    QString m_key;
};

void TestSshConfigResolver::initTestCase()
{
    m_server = std::make_unique<SshTestServer>();
    m_user = m_server->createUser(QStringLiteral("cfg"), {}, SshTestServer::Sudo::None);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_key = m_server->createKey(QStringLiteral("id_ed25519"), QStringLiteral("ed25519"));
    m_server->authorize(m_user, m_key);
}

QString TestSshConfigResolver::writeConfig(const QString &name, const QString &text)
{
    const QString path = m_server->dir() + QLatin1Char('/') + name;
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(text.toUtf8());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // ssh insists
    return path;
}

void TestSshConfigResolver::applyFillsOnlyWhatIsMissing()
{
    const QString output = QStringLiteral("host web1\nhostname 10.9.8.7\nport 2200\nuser deploy\n"
                                          "userknownhostsfile ~/.ssh/kh1 ~/.ssh/kh2\n");
    SshEndpoint alias;
    alias.host = QStringLiteral("web1");
    const SshEndpoint filled = SshConfigResolver::apply(alias, output);
    QCOMPARE(filled.host, QStringLiteral("10.9.8.7"));
    QCOMPARE(filled.port, quint16(2200));
    QCOMPARE(filled.user, QStringLiteral("deploy"));
    QCOMPARE(filled.knownHostsPath, QDir::homePath() + QStringLiteral("/.ssh/kh1"));
    QCOMPARE(filled.name, QStringLiteral("web1")); // messages keep the name people know

    SshEndpoint explicitOnes = alias;
    explicitOnes.name = QStringLiteral("server01");
    explicitOnes.port = 22;
    explicitOnes.user = QStringLiteral("root");
    const SshEndpoint kept = SshConfigResolver::apply(explicitOnes, output);
    QCOMPARE(kept.port, quint16(22));
    QCOMPARE(kept.user, QStringLiteral("root"));
    QCOMPARE(kept.name, QStringLiteral("server01"));
    QCOMPARE(kept.host, QStringLiteral("10.9.8.7"));
}

void TestSshConfigResolver::applyPrefersAnExistingNonRsaIdentity()
{
    const QString rsa = m_server->createKey(QStringLiteral("pick_rsa"), QStringLiteral("rsa"));
    const QString ed = m_server->createKey(QStringLiteral("pick_ed"), QStringLiteral("ed25519"));
    const QString output =
        QStringLiteral("identityfile %1/none\nidentityfile %2\nidentityfile %3\n")
            .arg(m_server->dir(), rsa, ed);
    QCOMPARE(SshConfigResolver::apply(SshEndpoint(), output).identityFile, ed);
    const QString onlyRsa = QStringLiteral("identityfile %1\n").arg(rsa);
    QCOMPARE(SshConfigResolver::apply(SshEndpoint(), onlyRsa).identityFile, rsa);
    SshEndpoint given;
    given.identityFile = QStringLiteral("/given/key");
    QCOMPARE(SshConfigResolver::apply(given, output).identityFile, QStringLiteral("/given/key"));
}

void TestSshConfigResolver::applyTakesOnlyValidPorts_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("port");
    QTest::newRow("valid") << "port 2222" << 2222;
    QTest::newRow("highest") << "port 65535" << 65535;
    // Found by fuzz_ssh_g_output (libFuzzer): 220000 became port 23392 (220000 mod 65536).
    QTest::newRow("beyond 16 bits") << "port 220000" << 0;
    QTest::newRow("65536 is not 0") << "port 65536" << 0;
    QTest::newRow("zero") << "port 0" << 0;
    QTest::newRow("not a number") << "port ssh" << 0;
    QTest::newRow("negative") << "port -22" << 0;
}

// A port that is not 1..65535 is not taken (the endpoint's own default then applies), never cut
// down to another server's port.
void TestSshConfigResolver::applyTakesOnlyValidPorts()
{
    QFETCH(QString, line);
    QFETCH(int, port);
    SshEndpoint alias;
    alias.host = QStringLiteral("web");
    const SshEndpoint resolved =
        SshConfigResolver::apply(alias, QStringLiteral("hostname 198.18.1.11\n") + line + '\n');
    QCOMPARE(int(resolved.port), port);
    QCOMPARE(resolved.host, QStringLiteral("198.18.1.11"));
}

void TestSshConfigResolver::aliasReachesTheRealServer()
{
    const QString config =
        writeConfig(QStringLiteral("ssh_config"),
                    QStringLiteral("Host storage-a\n  HostName 127.0.0.1\n  Port %1\n  User %2\n"
                                   "  IdentityFile %3\n  UserKnownHostsFile %4/known_hosts\n")
                        .arg(m_server->port())
                        .arg(m_user, m_key, m_server->dir()));
    m_server->writeKnownHosts();
    SshConfigResolver resolver;
    resolver.setConfigFile(config);
    QSignalSpy resolved(&resolver, &SshConfigResolver::resolved);
    SshEndpoint alias;
    alias.name = QStringLiteral("testserver");
    alias.host = QStringLiteral("storage-a");
    alias.auth = SshEndpoint::AuthMethod::Key;
    resolver.resolve(alias);
    QVERIFY(resolved.wait(5000));
    const SshEndpoint endpoint = resolved.first().first().value<SshEndpoint>();
    QCOMPARE(endpoint.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(endpoint.port, m_server->port());
    QCOMPARE(endpoint.user, m_user);
    QCOMPARE(endpoint.identityFile, m_key);

    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    RemoteCommand *whoami = session.run(QStringLiteral("id -un"));
    QSignalSpy output(whoami, &RemoteCommand::stdoutLines);
    QVERIFY(output.wait(5000));
    QCOMPARE(output.first().first().toStringList(), QStringList{m_user});
}

void TestSshConfigResolver::brokenConfigFails()
{
    SshConfigResolver resolver;
    resolver.setConfigFile(writeConfig(QStringLiteral("broken_config"),
                                       QStringLiteral("Host x\n  NoSuchOption yes\n")));
    QSignalSpy failed(&resolver, &SshConfigResolver::failed);
    SshEndpoint endpoint;
    endpoint.host = QStringLiteral("x");
    resolver.resolve(endpoint);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(QLatin1String("x")));

    SshConfigResolver missing;
    missing.setSshProgram(QStringLiteral("/nonexistent/ssh"));
    QSignalSpy missingFailed(&missing, &SshConfigResolver::failed);
    missing.resolve(endpoint);
    QVERIFY(missingFailed.wait(5000));
}

QTEST_GUILESS_MAIN(TestSshConfigResolver)
#include "tst_sshconfigresolver.moc"
