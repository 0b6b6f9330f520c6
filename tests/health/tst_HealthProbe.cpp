#include "SshTestServer.h"
#include "health/HealthCheckJob.h"
#include "health/HttpProbe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The probe against real servers on loopback: a real OpenSSH sshd (both "servers" of the spec
// are the same sshd, reached as a sudo user by key), a listener that accepts and never says a
// word (a silent server), and a minimal HTTP server. Nothing is faked: the probe's commands run
// in a real shell, and where this machine has no gluster daemon, that is what gets reported.
class TestHealthProbe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void probesRealServersInParallel();
    void silentServerIsGivenUpOnAtTheDeadline();
    void fetchesTheTestFileOverHttp();
    void httpThatNeverAnswersTimesOut();

private:
    SetupSpec specFor(quint16 port, const QString &user, const QString &key) const;
    HealthReport runJob(const SetupSpec &spec, const QString &knownHosts,
                        const HealthProbeOptions &options, qint64 *elapsedMs);

    std::unique_ptr<SshTestServer> m_server;
    QString m_user;
    QString m_key;
    QString m_knownHosts;
    QTemporaryDir m_dir;
};

void TestHealthProbe::initTestCase()
{
    m_server = std::make_unique<SshTestServer>();
    m_user = m_server->createUser(QStringLiteral("health"), QStringLiteral("unused-Pw-7"),
                                  SshTestServer::Sudo::Passwordless);
    QVERIFY2(!m_user.isEmpty(), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_knownHosts = m_server->writeKnownHosts();
    m_key = m_server->createKey(QStringLiteral("id_ed25519"), QStringLiteral("ed25519"));
    m_server->authorize(m_user, m_key);
}

SetupSpec TestHealthProbe::specFor(quint16 port, const QString &user, const QString &key) const
{
    SetupSpec spec;
    spec.mount.path = m_dir.filePath(QStringLiteral("www")); // a plain folder, not a mount
    spec.web.server = WebSpec::Server::None;
    for (int i = 1; i <= 2; ++i) {
        ServerSpec server;
        server.name = QStringLiteral("server0%1").arg(i);
        server.publicAddress = QStringLiteral("127.0.0.1");
        server.privateName = server.name + QStringLiteral("-private");
        server.brickMount = QStringLiteral("/");
        server.ssh.host = QStringLiteral("127.0.0.1");
        server.ssh.port = port;
        server.ssh.user = user;
        server.ssh.auth = SshSpec::Auth::Key;
        server.ssh.identityFile = key;
        spec.servers.append(server);
    }
    return spec;
}

HealthReport TestHealthProbe::runJob(const SetupSpec &spec, const QString &knownHosts,
                                     const HealthProbeOptions &options, qint64 *elapsedMs)
{
    HealthCheckJob job(spec, knownHosts, options);
    QSignalSpy finished(&job, &HealthCheckJob::finished);
    QElapsedTimer clock;
    clock.start();
    job.start();
    if (!finished.wait(60000))
        qFatal("the health check never finished");
    *elapsedMs = clock.elapsed();
    if (finished.count() != 1)
        qFatal("finished() came %d times", int(finished.count()));
    return finished.first().first().value<HealthReport>();
}

void TestHealthProbe::probesRealServersInParallel()
{
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("www"))));
    const SetupSpec spec = specFor(m_server->port(), m_user, m_key);
    qint64 elapsed = 0;
    const HealthReport report =
        runJob(spec, m_knownHosts, HealthCheckJob::dashboardOptions(), &elapsed);
    for (const QString &name : {QStringLiteral("server01"), QStringLiteral("server02")}) {
        bool sshOk = false;
        bool glusterdFails = false;
        bool notMounted = false;
        bool spaceRead = false;
        for (const HealthCheck &check : report.checks) {
            if (check.server != name)
                continue;
            sshOk |= check.id == QLatin1String("ssh") && check.state == HealthCheck::State::Ok;
            // This machine runs no glusterd of its own (the lab's are in their namespaces).
            glusterdFails |=
                check.id == QLatin1String("glusterd") && check.state == HealthCheck::State::Fail;
            notMounted |=
                check.id == QLatin1String("mount") && check.state == HealthCheck::State::Fail;
            spaceRead |= check.id == QLatin1String("brick-space") &&
                         check.state != HealthCheck::State::Unknown;
        }
        QVERIFY2(sshOk && glusterdFails && notMounted && spaceRead, qPrintable(name));
    }
    // The round trip refused to write into a folder that is not the volume: left out.
    QVERIFY(report.checksWithId(QStringLiteral("replication")).isEmpty());
    QVERIFY(QDir(spec.mount.path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    // Every command ran, with its exact text, status and duration, on both servers.
    int pidofs = 0;
    for (const HealthRawOutput &raw : report.rawOutputs) {
        QVERIFY(raw.durationMs >= 0);
        if (raw.command == QLatin1String("pidof glusterd"))
            ++pidofs;
        if (raw.command.startsWith(QLatin1String("LC_ALL=C df ")))
            QCOMPARE(raw.exitStatus, 0);
    }
    QCOMPARE(pidofs, 2);
    // glusterd down is not an outage by itself (bricks serve without it): degraded.
    QCOMPARE(report.overall(), HealthReport::Overall::Degraded);
    qInfo("probe of two servers over a real sshd: %lld ms", elapsed);
}

void TestHealthProbe::silentServerIsGivenUpOnAtTheDeadline()
{
    // Accepts the TCP connection, then never sends the SSH banner: a server whose network or
    // sshd hangs. The connect deadline, not the session's own 15 s, decides.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    const SetupSpec spec = specFor(silent.serverPort(), m_user, m_key);
    HealthProbeOptions options = HealthCheckJob::dashboardOptions();
    options.connectDeadlineMs = 1500;
    qint64 elapsed = 0;
    const HealthReport report = runJob(spec, m_knownHosts, options, &elapsed);
    QVERIFY2(elapsed < 1500 + 2000, qPrintable(QString::number(elapsed)));
    QVERIFY(elapsed >= 1400);
    QCOMPARE(report.checksWithId(QStringLiteral("reachable")).size(), 1);
    for (const HealthCheck &check : report.checksWithId(QStringLiteral("ssh"))) {
        QCOMPARE(check.state, HealthCheck::State::Fail);
        QVERIFY2(check.reason.contains(QStringLiteral("did not answer within 1.5 s")),
                 qPrintable(check.reason));
    }
    QCOMPARE(report.overall(), HealthReport::Overall::Broken);
    QVERIFY(!held.isEmpty());
}

void TestHealthProbe::fetchesTheTestFileOverHttp()
{
    QTcpServer web;
    QVERIFY(web.listen(QHostAddress::LocalHost));
    connect(&web, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = web.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const QByteArray request = socket->readAll();
            const bool wanted = request.startsWith("GET /index.html ");
            const QByteArray body = wanted ? "Hello, World!\n" : "not here\n";
            socket->write((wanted ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n") +
                          QByteArray("Content-Length: ") + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(web.serverPort());
    HttpObservation found{false, base + QStringLiteral("index.html"), 0, {}, {}};
    HttpObservation missing{false, base + QStringLiteral("other.html"), 0, {}, {}};
    HttpObservation refused{
        false, QStringLiteral("http://127.0.0.1:%1/").arg(closedPort), 0, {}, {}};
    HttpProbe probe(3000);
    QSignalSpy finished(&probe, &HttpProbe::finished);
    probe.start({&found, &missing, &refused});
    QVERIFY(finished.wait(10000));
    QVERIFY(found.ran && missing.ran && refused.ran);
    QCOMPARE(found.statusCode, 200);
    QCOMPARE(found.body, QByteArray("Hello, World!\n"));
    QCOMPARE(missing.statusCode, 404);
    QCOMPARE(refused.statusCode, 0);
    QVERIFY(!refused.error.isEmpty());
}

void TestHealthProbe::httpThatNeverAnswersTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    HttpObservation observation{
        false,
        QStringLiteral("http://127.0.0.1:%1/index.html").arg(silent.serverPort()),
        0,
        {},
        {}};
    HttpProbe probe(800);
    QSignalSpy finished(&probe, &HttpProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start({&observation});
    QVERIFY(finished.wait(10000));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(observation.statusCode, 0);
    QVERIFY2(observation.error.contains(QStringLiteral("0.8")), qPrintable(observation.error));
}

QTEST_GUILESS_MAIN(TestHealthProbe)
#include "tst_HealthProbe.moc"
