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
#include <QTimer>

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

    void applyReadsEveryKnownHostsSetting();
    void keyInAnyKnownHostsFileIsTrusted_data();
    void keyInAnyKnownHostsFileIsTrusted();
    void hostKeyAliasIsLookedUpAndRecorded();
    void hashKnownHostsRecordsAHashedName();

    void applyTurnsProxySettingsIntoACommand();
    void twoJumpHostsReachTheServer();
    void jumpHostKeyIsVerifiedLikeAnyServer();
    void proxyCommandReachesTheServer();

private:
    QString writeConfig(const QString &name, const QString &text);
    // Resolves "storage-b" through a config made of the given options (one per line, indented),
    // pointing at the test server.
    SshEndpoint resolveWith(const QStringList &options);
    // Resolves aliasHost with the config text (written to configName); empty when it cannot.
    SshEndpoint resolveAlias(const QString &configName, const QString &text,
                             const QString &aliasHost);
    // "behind": the test server, reached through ProxyJump jump1,jump2 (see startJumpHosts()).
    SshEndpoint resolveBehindJumps(const QString &jumps);
    // What `ssh-keygen -F name -f file` finds: OpenSSH's own reading of a known_hosts file.
    static QString foundByOpenSsh(const QString &name, const QString &file);
    // The login name `id -un` prints on the session (empty when it does not answer).
    static QStringList loginName(SshSession *session);
    QString knownHostsLine(const QString &name) const;
    // Two jump hosts (sshd instances of their own, root by m_key), their config and their keys
    // in kh_jumps; returns the config text for "jump1" and "jump2".
    QString startJumpHosts(bool recordFirstJumpKey);

    std::unique_ptr<SshTestServer> m_jump1, m_jump2;

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
    QCOMPARE(loginName(&session), QStringList{m_user});
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

SshEndpoint TestSshConfigResolver::resolveWith(const QStringList &options)
{
    QString text = QStringLiteral("Host storage-b\n  HostName 127.0.0.1\n  Port %1\n  User %2\n"
                                  "  IdentityFile %3\n")
                       .arg(m_server->port())
                       .arg(m_user, m_key);
    for (const QString &option : options)
        text += QStringLiteral("  %1\n").arg(option);
    return resolveAlias(QStringLiteral("ssh_config_b"), text, QStringLiteral("storage-b"));
}

SshEndpoint TestSshConfigResolver::resolveAlias(const QString &configName, const QString &text,
                                                const QString &aliasHost)
{
    SshConfigResolver resolver;
    resolver.setConfigFile(writeConfig(configName, text));
    QSignalSpy resolved(&resolver, &SshConfigResolver::resolved);
    SshEndpoint alias;
    alias.name = QStringLiteral("testserver");
    alias.host = aliasHost;
    alias.auth = SshEndpoint::AuthMethod::Key;
    resolver.resolve(alias);
    if (!resolved.wait(5000))
        return {};
    return resolved.first().first().value<SshEndpoint>();
}

QString TestSshConfigResolver::foundByOpenSsh(const QString &name, const QString &file)
{
    QString found;
    SshTestServer::runProgram(QStringLiteral("ssh-keygen"),
                              {QStringLiteral("-F"), name, QStringLiteral("-f"), file}, {}, &found);
    return found;
}

QStringList TestSshConfigResolver::loginName(SshSession *session)
{
    RemoteCommand *whoami = session->run(QStringLiteral("id -un"));
    QSignalSpy output(whoami, &RemoteCommand::stdoutLines);
    if (!output.wait(5000))
        return {};
    return output.first().first().toStringList();
}

SshEndpoint TestSshConfigResolver::resolveBehindJumps(const QString &jumps)
{
    const QString known = m_server->writeKnownHosts(QStringLiteral("kh_target"));
    return resolveAlias(
        QStringLiteral("ssh_config_jump"),
        jumps + QStringLiteral("Host behind\n  HostName 127.0.0.1\n  Port %1\n  User %2\n"
                               "  IdentityFile %3\n  UserKnownHostsFile %4\n"
                               "  ProxyJump jump1,jump2\n")
                    .arg(m_server->port())
                    .arg(m_user, m_key, known),
        QStringLiteral("behind"));
}

QString TestSshConfigResolver::knownHostsLine(const QString &name) const
{
    return QStringLiteral("%1 ssh-ed25519 %2\n")
        .arg(name, QString::fromLatin1(m_server->hostKeyBlob().toBase64()));
}

void TestSshConfigResolver::applyReadsEveryKnownHostsSetting()
{
    const QString output =
        QStringLiteral("userknownhostsfile ~/.ssh/kh1 /etc/kh2 ~/kh3\n"
                       "globalknownhostsfile /etc/ssh/ssh_known_hosts /etc/ssh/ssh_known_hosts2\n"
                       "hostkeyalias storage-pair-a\nhashknownhosts yes\n");
    const SshEndpoint filled = SshConfigResolver::apply(SshEndpoint(), output);
    QCOMPARE(filled.knownHostsPath, QDir::homePath() + QStringLiteral("/.ssh/kh1"));
    QCOMPARE(filled.moreKnownHostsPaths,
             (QStringList{QStringLiteral("/etc/kh2"), QDir::homePath() + QStringLiteral("/kh3")}));
    QCOMPARE(filled.globalKnownHostsPaths,
             (QStringList{QStringLiteral("/etc/ssh/ssh_known_hosts"),
                          QStringLiteral("/etc/ssh/ssh_known_hosts2")}));
    QCOMPARE(filled.hostKeyAlias, QStringLiteral("storage-pair-a"));
    QVERIFY(filled.hashKnownHosts);
    QCOMPARE(filled.knownHostsName(), QStringLiteral("storage-pair-a"));

    // A known_hosts file the caller names replaces the user files, like -o UserKnownHostsFile.
    SshEndpoint given;
    given.knownHostsPath = QStringLiteral("/given/known_hosts");
    const SshEndpoint kept = SshConfigResolver::apply(given, output);
    QCOMPARE(kept.knownHostsFiles(), (QStringList{QStringLiteral("/given/known_hosts"),
                                                  QStringLiteral("/etc/ssh/ssh_known_hosts"),
                                                  QStringLiteral("/etc/ssh/ssh_known_hosts2")}));
    QVERIFY(!SshConfigResolver::apply(SshEndpoint(), QStringLiteral("hashknownhosts no\n"))
                 .hashKnownHosts);
}

void TestSshConfigResolver::keyInAnyKnownHostsFileIsTrusted_data()
{
    QTest::addColumn<QString>("setting");
    // The key is in the second file of the setting; the first one exists but holds nothing.
    QTest::newRow("second UserKnownHostsFile") << QStringLiteral("UserKnownHostsFile");
    QTest::newRow("second GlobalKnownHostsFile") << QStringLiteral("GlobalKnownHostsFile");
}

// OpenSSH reads every user and every global known_hosts file: a key pinned only in one of them
// (e.g. the one an administrator rolled out to /etc/ssh/ssh_known_hosts) is trusted, no prompt.
void TestSshConfigResolver::keyInAnyKnownHostsFileIsTrusted()
{
    QFETCH(QString, setting);
    const QString empty = writeConfig(QStringLiteral("kh_empty"), QStringLiteral("# nothing\n"));
    const QString pinned =
        writeConfig(QStringLiteral("kh_pinned"),
                    knownHostsLine(QStringLiteral("[127.0.0.1]:%1").arg(m_server->port())));
    const QString userEmpty = writeConfig(QStringLiteral("kh_user"), QString());
    QStringList options;
    if (setting == QLatin1String("UserKnownHostsFile")) {
        options << QStringLiteral("UserKnownHostsFile %1 %2").arg(empty, pinned)
                << QStringLiteral("GlobalKnownHostsFile none");
    } else {
        options << QStringLiteral("UserKnownHostsFile %1").arg(userEmpty)
                << QStringLiteral("GlobalKnownHostsFile %1 %2").arg(empty, pinned);
    }
    const SshEndpoint endpoint = resolveWith(options);
    QVERIFY(!endpoint.host.isEmpty());
    SshSession session(endpoint);
    ScriptedLogin login(&session); // would reject a prompt
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(login.hostKeyPrompts, 0);
}

void TestSshConfigResolver::hostKeyAliasIsLookedUpAndRecorded()
{
    // Known under the alias only: trusted without a prompt...
    const QString aliased =
        writeConfig(QStringLiteral("kh_alias"), knownHostsLine(QStringLiteral("storage-pair-a")));
    const SshEndpoint endpoint = resolveWith({QStringLiteral("UserKnownHostsFile %1").arg(aliased),
                                              QStringLiteral("GlobalKnownHostsFile none"),
                                              QStringLiteral("HostKeyAlias storage-pair-a")});
    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(login.hostKeyPrompts, 0);

    // ...and a newly trusted key is recorded under the alias, where OpenSSH looks for it.
    const QString fresh = m_server->dir() + QStringLiteral("/kh_alias_new");
    QFile::remove(fresh);
    const SshEndpoint other = resolveWith({QStringLiteral("UserKnownHostsFile %1").arg(fresh),
                                           QStringLiteral("GlobalKnownHostsFile none"),
                                           QStringLiteral("HostKeyAlias storage-pair-b")});
    SshSession second(other);
    ScriptedLogin record(&second, {}, ScriptedLogin::HostKeyAnswer::AcceptAndRecord);
    QVERIFY2(record.run(), qPrintable(record.error.message));
    QCOMPARE(record.hostKeyPrompts, 1);
    QVERIFY(foundByOpenSsh(QStringLiteral("storage-pair-b"), fresh)
                .contains(QLatin1String("ssh-ed25519")));
}

void TestSshConfigResolver::hashKnownHostsRecordsAHashedName()
{
    const QString fresh = m_server->dir() + QStringLiteral("/kh_hashed_new");
    QFile::remove(fresh);
    const SshEndpoint endpoint = resolveWith({QStringLiteral("UserKnownHostsFile %1").arg(fresh),
                                              QStringLiteral("GlobalKnownHostsFile none"),
                                              QStringLiteral("HashKnownHosts yes")});
    SshSession session(endpoint);
    ScriptedLogin login(&session, {}, ScriptedLogin::HostKeyAnswer::AcceptAndRecord);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QFile file(fresh);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.startsWith("|1|"), text.constData());
    QVERIFY(!text.contains("127.0.0.1"));
    // OpenSSH finds the hashed entry for the host and port.
    QVERIFY(foundByOpenSsh(QStringLiteral("[127.0.0.1]:%1").arg(m_server->port()), fresh)
                .contains(QLatin1String("ssh-ed25519")));
    // And the next session trusts it.
    SshSession again(endpoint);
    ScriptedLogin second(&again);
    QVERIFY2(second.run(), qPrintable(second.error.message));
    QCOMPARE(second.hostKeyPrompts, 0);
}

void TestSshConfigResolver::applyTurnsProxySettingsIntoACommand()
{
    SshEndpoint alias;
    alias.host = QStringLiteral("web1");
    const SshEndpoint command = SshConfigResolver::apply(
        alias, QStringLiteral("hostname 10.9.8.7\nuser deploy\nport 2200\n"
                              "proxycommand ssh -W %h:%p bastion # %r %n %%\n"));
    QCOMPARE(command.proxyCommand, QStringLiteral("ssh -W 10.9.8.7:2200 bastion # deploy web1 %"));
    QCOMPARE(command.via, QStringLiteral("ssh -W %h:%p bastion # %r %n %%"));

    const SshEndpoint jumped = SshConfigResolver::apply(
        alias, QStringLiteral("hostname 10.9.8.7\nport 2200\nproxyjump admin@jump1:2222,jump2\n"),
        QStringLiteral("/cfg/ssh config"));
    QCOMPARE(jumped.jumpHosts,
             (QStringList{QStringLiteral("admin@jump1:2222"), QStringLiteral("jump2")}));
    QVERIFY(jumped.proxyCommand.isEmpty());
    QCOMPARE(jumped.sshConfigFile, QStringLiteral("/cfg/ssh config"));
    QCOMPARE(jumped.via, QStringLiteral("admin@jump1:2222, jump2"));

    // Values reach the shell quoted: a hostile host name stays one word.
    const SshEndpoint hostile = SshConfigResolver::apply(
        alias, QStringLiteral("hostname a;touch /tmp/x\nproxycommand connect %h\n"));
    QCOMPARE(hostile.proxyCommand, QStringLiteral("connect 'a;touch /tmp/x'"));
    QVERIFY(SshConfigResolver::apply(alias, QStringLiteral("proxycommand none\n"))
                .proxyCommand.isEmpty());
}

QString TestSshConfigResolver::startJumpHosts(bool recordFirstJumpKey)
{
    for (auto *jump : {&m_jump1, &m_jump2}) {
        if (!*jump) {
            *jump = std::make_unique<SshTestServer>();
            if (!(*jump)->start({QStringLiteral("LogLevel DEBUG1")}))
                return {};
            (*jump)->authorize(QStringLiteral("root"), m_key);
        }
    }
    QString known;
    if (recordFirstJumpKey)
        known += QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 %2\n")
                     .arg(m_jump1->port())
                     .arg(QString::fromLatin1(m_jump1->hostKeyBlob().toBase64()));
    known += QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 %2\n")
                 .arg(m_jump2->port())
                 .arg(QString::fromLatin1(m_jump2->hostKeyBlob().toBase64()));
    const QString knownPath = writeConfig(QStringLiteral("kh_jumps"), known);
    QString config;
    for (const auto &[name, port] : {std::pair{QStringLiteral("jump1"), m_jump1->port()},
                                     std::pair{QStringLiteral("jump2"), m_jump2->port()}})
        config += QStringLiteral("Host %1\n  HostName 127.0.0.1\n  Port %2\n  User root\n"
                                 "  IdentityFile %3\n  IdentitiesOnly yes\n"
                                 "  UserKnownHostsFile %4\n  GlobalKnownHostsFile none\n")
                      .arg(name)
                      .arg(port)
                      .arg(m_key, knownPath);
    return config;
}

// The server is reached through two jump hosts (ProxyJump jump1,jump2): the stream goes
// jump1 → jump2 → server, each hop's host key checked against known_hosts.
void TestSshConfigResolver::twoJumpHostsReachTheServer()
{
    const QString jumps = startJumpHosts(true);
    QVERIFY2(!jumps.isEmpty(), "cannot start the jump hosts' sshd");
    const qsizetype log1 = m_jump1->log().size();
    const qsizetype log2 = m_jump2->log().size();
    const SshEndpoint endpoint = resolveBehindJumps(jumps);
    QVERIFY(!endpoint.host.isEmpty());
    QCOMPARE(endpoint.via, QStringLiteral("jump1, jump2"));

    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(login.hostKeyPrompts, 0);
    QCOMPARE(loginName(&session), QStringList{m_user});
    // The path really went through both hops: jump1 forwarded to jump2, jump2 to the server.
    QTRY_VERIFY2(m_jump2->log().mid(log2).contains(
                     QStringLiteral("target 127.0.0.1 port %1").arg(m_server->port())),
                 qPrintable(m_jump2->log().mid(log2)));
    QVERIFY2(m_jump1->log().mid(log1).contains(
                 QStringLiteral("target 127.0.0.1 port %1").arg(m_jump2->port())),
             qPrintable(m_jump1->log().mid(log1)));
    session.disconnectFromHost();
}

// A jump host's key is verified like any server's: unknown → the user is asked (and it is
// recorded when accepted), changed → refused without a question; nothing reaches the server
// behind it before.
void TestSshConfigResolver::jumpHostKeyIsVerifiedLikeAnyServer()
{
    const QString jumps = startJumpHosts(false);
    QVERIFY2(!jumps.isEmpty(), "cannot start the jump hosts' sshd");
    const SshEndpoint endpoint = resolveBehindJumps(jumps);
    QVERIFY(!endpoint.host.isEmpty());

    // Unknown, refused by the user: the question was about jump1, and nothing went further.
    const qsizetype logOffset = m_server->log().size();
    {
        SshSession session(endpoint);
        quint16 askedPort = 0;
        connect(&session, &SshSession::hostKeyDecisionNeeded, this,
                [&] { askedPort = session.hostKeyEndpoint().effectivePort(); });
        ScriptedLogin login(&session, {}, ScriptedLogin::HostKeyAnswer::Reject);
        QVERIFY(!login.run());
        QCOMPARE(login.hostKeyPrompts, 1);
        QCOMPARE(login.promptedKey.blob(), m_jump1->hostKeyBlob());
        QCOMPARE(askedPort, m_jump1->port());
        QCOMPARE(login.error.kind, SshError::Kind::HostKeyRejected);
        QVERIFY2(login.error.message.contains(QLatin1String("jump1")),
                 qPrintable(login.error.message));
    }
    QTest::qWait(100);
    QVERIFY(!m_server->log().mid(logOffset).contains(QLatin1String("Accepted ")));

    // Unknown, accepted: recorded in the jump host's known_hosts, and the server is reached.
    {
        SshSession session(endpoint);
        ScriptedLogin login(&session, {}, ScriptedLogin::HostKeyAnswer::AcceptAndRecord);
        QVERIFY2(login.run(), qPrintable(login.error.message));
        QCOMPARE(login.hostKeyPrompts, 1);
    }
    QVERIFY(foundByOpenSsh(QStringLiteral("[127.0.0.1]:%1").arg(m_jump1->port()),
                           m_server->dir() + QStringLiteral("/kh_jumps"))
                .contains(QLatin1String("ssh-ed25519")));

    // Changed: refused at once, no question.
    writeConfig(QStringLiteral("kh_jumps"),
                QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 %2\n[127.0.0.1]:%3 ssh-ed25519 %4\n")
                    .arg(m_jump1->port())
                    .arg(QString::fromLatin1(m_jump2->hostKeyBlob().toBase64()))
                    .arg(m_jump2->port())
                    .arg(QString::fromLatin1(m_jump2->hostKeyBlob().toBase64())));
    SshSession session(endpoint);
    ScriptedLogin login(&session, {}, ScriptedLogin::HostKeyAnswer::AcceptAndRecord);
    QVERIFY(!login.run());
    QCOMPARE(login.hostKeyPrompts, 0);
    QCOMPARE(login.error.kind, SshError::Kind::HostKeyChanged);
    QVERIFY2(login.error.message.contains(QLatin1String("jump host jump1")),
             qPrintable(login.error.message));
}

void TestSshConfigResolver::proxyCommandReachesTheServer()
{
    const QString jumps = startJumpHosts(true);
    QVERIFY2(!jumps.isEmpty(), "cannot start the jump hosts' sshd");
    const QString known = m_server->writeKnownHosts(QStringLiteral("kh_target"));
    const QString jumpConfig = writeConfig(QStringLiteral("ssh_config_jumps_only"), jumps);
    const SshEndpoint endpoint =
        resolveAlias(QStringLiteral("ssh_config_proxy"),
                     QStringLiteral("Host via-command\n  HostName 127.0.0.1\n  Port %1\n  User %2\n"
                                    "  IdentityFile %3\n  UserKnownHostsFile %4\n"
                                    "  ProxyCommand ssh -F %5 -o BatchMode=yes -W %h:%p jump1\n")
                         .arg(m_server->port())
                         .arg(m_user, m_key, known, jumpConfig),
                     QStringLiteral("via-command"));
    QVERIFY2(endpoint.proxyCommand.contains(
                 QStringLiteral("-W 127.0.0.1:%1 jump1").arg(m_server->port())),
             qPrintable(endpoint.proxyCommand));
    SshSession session(endpoint);
    ScriptedLogin login(&session);
    QVERIFY2(login.run(), qPrintable(login.error.message));
    QCOMPARE(loginName(&session), QStringList{m_user});

    // The event loop runs while a quiet command waits for its output: the stream's socket is
    // never read in a way that blocks (a blocking read would hold the loop until "done").
    bool finished = false;
    bool loopRanMeanwhile = false;
    RemoteCommand *quiet = session.run(QStringLiteral("sleep 3; echo done"));
    connect(quiet, &RemoteCommand::finished, this, [&finished] { finished = true; });
    QTimer::singleShot(300, this, [&] { loopRanMeanwhile = !finished; });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY(loopRanMeanwhile);
}

QTEST_GUILESS_MAIN(TestSshConfigResolver)
#include "tst_sshconfigresolver.moc"
