#include "CoreTestSupport.h"
#include "SshTestServer.h"
#include "spec/SpecJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

// `check` and fact-based `plan` end to end: the built executable against two real sshd on
// 127.0.0.1 (two "servers" that are this machine, reached as a user with passwordless sudo by
// key). The facts are really gathered (read-only) and judged: the disks of the spec do not
// exist here, the private names do not resolve.
class TestCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsEveryProblem();
    void jsonReport();
    void unknownHostKeyIsRefused();
    void acceptNewHostKeysRecordsThem();
    void planFromGatheredFacts();
    void unsafeSecretFileIsRefused();

private:
    CoreTestSupport::ProcessResult cli(const QStringList &arguments);
    QString writeSpec(const QString &name);

    std::unique_ptr<SshTestServer> m_servers[2];
    QString m_users[2];
    QString m_keys[2];
    QTemporaryDir m_dir;
    QString m_knownHosts;
    QString m_spec;
};

void TestCheckCommand::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "these tests start sshd and create users: they need root");
    QVERIFY(m_dir.isValid());
    QByteArray knownHosts;
    for (int i = 0; i < 2; ++i) {
        m_servers[i] = std::make_unique<SshTestServer>();
        m_users[i] =
            m_servers[i]->createUser(i == 0 ? QStringLiteral("checka") : QStringLiteral("checkb"),
                                     QString(), SshTestServer::Sudo::Passwordless);
        m_keys[i] =
            m_servers[i]->createKey(QStringLiteral("id_ed25519"), QStringLiteral("ed25519"));
        m_servers[i]->authorize(m_users[i], m_keys[i]);
        QVERIFY2(m_servers[i]->start(), qPrintable(m_servers[i]->errorString()));
        QFile file(m_servers[i]->writeKnownHosts());
        QVERIFY(file.open(QIODevice::ReadOnly));
        knownHosts += file.readAll();
    }
    m_knownHosts = m_dir.filePath("known_hosts");
    QFile file(m_knownHosts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(knownHosts);
    file.close();
    m_spec = writeSpec("spec.json");
}

QString TestCheckCommand::writeSpec(const QString &name)
{
    SetupSpec spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    const QStringList disks = {"/dev/ghw-no-such-disk", "/dev/null"};
    for (int i = 0; i < 2; ++i) {
        ServerSpec &s = spec.servers[i];
        s.privateName = QStringLiteral("ghw-check-%1.invalid").arg(i + 1);
        // Port 24007 is tested at the private address: one that this machine reaches.
        s.privateAddress = QStringLiteral("127.0.0.%1").arg(i + 1);
        s.ssh.host = "127.0.0.1";
        s.ssh.port = m_servers[i]->port();
        s.ssh.user = m_users[i];
        s.ssh.auth = SshSpec::Auth::Key;
        s.ssh.identityFile = m_keys[i];
        s.disk = disks.at(i);
    }
    const QString path = m_dir.filePath(name);
    QString error;
    if (!SpecJson::save(spec, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

CoreTestSupport::ProcessResult TestCheckCommand::cli(const QStringList &arguments)
{
    // No agent: the spec's key files are what authenticates.
    return CoreTestSupport::run(QStringLiteral(GHW_BINARY_DIR "/app/gluster-ha-wizard"), arguments,
                                {}, {"SSH_AUTH_SOCK=", "QT_QPA_PLATFORM="});
}

void TestCheckCommand::reportsEveryProblem()
{
    const auto r = cli({"check", m_spec, "--known-hosts", m_knownHosts});
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(r.exitCode == 1, qPrintable(out + QString::fromUtf8(r.err)));
    for (const char *line :
         {"server01: connected\n", "server02: connected\n",
          "server01: facts gathered: Debian GNU/Linux 12 (bookworm)\n",
          "server01: problem: The disk /dev/ghw-no-such-disk does not exist.\n",
          "server02: problem: /dev/null is not a block device.\n",
          "server01: note: ghw-check-2.invalid does not resolve yet: it will be added to "
          "/etc/hosts as 127.0.0.2.\n",
          "check: 2 problems found.\n"}) {
        QVERIFY2(out.contains(QLatin1String(line)), qPrintable(out));
    }
}

void TestCheckCommand::jsonReport()
{
    const auto r = cli({"check", m_spec, "--known-hosts", m_knownHosts, "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value("ready").toBool(true), false);
    const QJsonArray servers = json.value("servers").toArray();
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers.at(1).toObject().value("problems").toArray().first().toString(),
             QStringLiteral("/dev/null is not a block device."));
    QCOMPARE(servers.at(0).toObject().value("os").toString(),
             QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
}

void TestCheckCommand::unknownHostKeyIsRefused()
{
    const QString empty = m_dir.filePath("empty_known_hosts");
    QFile(empty).open(QIODevice::WriteOnly);
    const auto r = cli({"check", m_spec, "--known-hosts", empty});
    const QString out = QString::fromUtf8(r.out);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(out.contains("server01: unknown host key ED25519 SHA256:"), qPrintable(out));
    QVERIFY(out.contains("--accept-new-host-keys"));
    QVERIFY(!out.contains("facts gathered"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().isEmpty()); // nothing recorded without permission
}

void TestCheckCommand::acceptNewHostKeysRecordsThem()
{
    const QString fresh = m_dir.filePath("fresh_known_hosts");
    QFile(fresh).open(QIODevice::WriteOnly);
    const auto r = cli({"check", m_spec, "--known-hosts", fresh, "--accept-new-host-keys"});
    const QString out = QString::fromUtf8(r.out);
    QCOMPARE(r.exitCode, 1); // the disks are still wrong
    QVERIFY2(out.contains("new host key"), qPrintable(out));
    QVERIFY(out.contains("server02: facts gathered"));
    QFile file(fresh);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 2);
    // Known now: a second run needs no permission.
    const auto again = cli({"check", m_spec, "--known-hosts", fresh});
    QVERIFY(!QString::fromUtf8(again.out).contains("unknown host key"));
}

void TestCheckCommand::planFromGatheredFacts()
{
    const auto r = cli({"plan", m_spec, "--known-hosts", m_knownHosts});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.startsWith("Plan for volume var-www on server01, server02"));
    QVERIFY(out.contains("apt-get install")); // this machine is Debian
    QVERIFY(out.contains("hosts:server01"));  // the private names do not resolve here
    QVERIFY(QString::fromUtf8(r.err).contains("server02: facts gathered"));
}

void TestCheckCommand::unsafeSecretFileIsRefused()
{
    const QString secret = m_dir.filePath("secret");
    QFile file(secret);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not-used\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const auto r = cli({"check", m_spec, "--known-hosts", m_knownHosts, "--secret-file", secret});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("may be read by others"));
    QVERIFY(!r.err.contains("not-used") && !r.out.contains("not-used"));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
