#include "health/HealthProbe.h"

#include "async/FanOut.h"

#include "health/HealthEvaluator.h"
#include "health/HttpProbe.h"
#include "health/ReplicationRoundTrip.h"
#include "health/ServerProbe.h"
#include "plan/PlanContext.h"
#include "plan/ReplicationTestSteps.h"

#include "SshError.h"
#include "SshSession.h"

#include <QDateTime>
#include <QTimer>

namespace {
void redact(const Redactor &redactor, HealthReport *report)
{
    if (redactor.isEmpty())
        return;
    for (HealthCheck &check : report->checks) {
        check.subject = redactor.redact(check.subject);
        check.reason = redactor.redact(check.reason);
        redactor.redactInPlace(check.fixCommands);
    }
    for (HealthRawOutput &raw : report->rawOutputs)
        raw.output = redactor.redact(raw.output);
}
} // namespace

namespace {
HealthCommands commandsFor(const SetupSpec &spec, const ServerSpec &server,
                           const HealthProbeOptions &options)
{
    const bool web = spec.web.server == WebSpec::Server::Apache;
    return HealthCommands(spec.volume.name, spec.mount.path, server.brickMount,
                          options.glusterTimeoutSeconds, web ? spec.web.testFile : QString());
}
} // namespace

HealthProbe::HealthProbe(const SetupSpec &spec, const HealthProbeOptions &options, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_options(options)
    , m_servers(new FanOut(this))
    , m_deadline(new QTimer(this))
{
    m_observations.volumeName = spec.volume.name;
    m_observations.mountPath = spec.mount.path;
    const bool web = spec.web.server == WebSpec::Server::Apache;
    if (web) {
        m_observations.testFile = spec.web.testFile;
        m_observations.expectedBody = spec.web.testContent;
    }
    const QList<HostFacts> noFacts;
    const QList<WipeRequest> noWipes;
    const PlanContext context{m_spec, noFacts, noWipes};
    for (int i = 0; i < spec.servers.size(); ++i) {
        const ServerSpec &server = spec.servers.at(i);
        ServerObservation observation;
        observation.name = server.name;
        observation.privateName = server.privateName;
        observation.publicAddress = server.publicAddress;
        observation.brickPath = server.brickPath();
        observation.arbiter = server.isArbiter();
        if (web && !server.isArbiter() && !server.publicAddress.isEmpty())
            observation.http.url = ReplicationTestSteps::testUrl(context, i);
        m_observations.servers.append(observation);
    }
    // The observations are filled in place: the list never changes size after this.
    m_sessions = QList<QPointer<SshSession>>(spec.servers.size());
    m_serverProbes = QList<ServerProbe *>(spec.servers.size(), nullptr);
    m_servers->start(static_cast<int>(spec.servers.size()));
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        for (int i = 0; i < m_servers->count(); ++i) {
            if (!m_sessions.at(i) && !m_servers->isSettled(i))
                serverUnreachable(
                    i, {SshError::Kind::ConnectTimeout, tr("%1 did not connect within %2 s.")
                                                            .arg(m_spec.servers.at(i).name)
                                                            .arg(m_options.deadlineMs / 1000)});
        }
        for (ServerProbe *probe : std::as_const(m_serverProbes)) {
            if (probe)
                probe->abandon();
        }
        if (m_http)
            m_http->abandon();
        if (m_roundTrip)
            m_roundTrip->abandon();
        finishNow();
    });
}

HealthProbe::~HealthProbe() = default;

void HealthProbe::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_observations.observedAt = QDateTime::currentDateTimeUtc();
    m_deadline->start(m_options.deadlineMs);
    if (m_options.connectDeadlineMs > 0) {
        QTimer::singleShot(m_options.connectDeadlineMs, this, [this] {
            for (int i = 0; i < m_servers->count(); ++i) {
                if (!m_sessions.at(i) && !m_servers->isSettled(i))
                    serverUnreachable(i, {SshError::Kind::ConnectTimeout,
                                          tr("%1 did not answer within %2 s.")
                                              .arg(m_spec.servers.at(i).name)
                                              .arg(m_options.connectDeadlineMs / 1000.0)});
            }
        });
    }
    m_http = new HttpProbe(m_options.httpTimeoutMs, this);
    QList<HttpObservation *> urls;
    for (ServerObservation &server : m_observations.servers) {
        if (!server.http.url.isEmpty())
            urls.append(&server.http);
    }
    connect(m_http, &HttpProbe::finished, this, &HealthProbe::maybeFinish);
    m_http->start(urls);
    if (m_spec.servers.isEmpty())
        QTimer::singleShot(0, this, &HealthProbe::maybeStartRoundTrip);
}

void HealthProbe::serverConnected(int index, SshSession *session)
{
    if (m_finished || index < 0 || index >= m_sessions.size() || m_sessions.at(index) ||
        m_servers->isSettled(index))
        return;
    ServerObservation &observation = m_observations.servers[index];
    observation.sshReachable = true;
    m_sessions[index] = session;
    emit progress(observation.name, tr("connected"));
    auto *probe = new ServerProbe(session, commandsFor(m_spec, m_spec.servers.at(index), m_options),
                                  m_options, &observation, this);
    m_serverProbes[index] = probe;
    connect(probe, &ServerProbe::finished, this, [this, index] { settleServer(index); });
    probe->start();
    maybeStartRoundTrip();
}

void HealthProbe::serverUnreachable(int index, const SshError &error)
{
    if (m_finished || index < 0 || index >= m_servers->count() || m_sessions.at(index) ||
        m_servers->isSettled(index))
        return;
    ServerObservation &observation = m_observations.servers[index];
    observation.sshReachable = false;
    observation.sshError = error.message;
    observation.hostKeyOk = error.kind != SshError::Kind::HostKeyChanged &&
                            error.kind != SshError::Kind::HostKeyRevoked;
    emit progress(observation.name, error.message);
    settleServer(index);
}

void HealthProbe::settleServer(int index)
{
    m_servers->settle(index);
    if (m_serverProbes.at(index)) {
        const ServerObservation &observation = m_observations.servers.at(index);
        emit progress(observation.name, tr("checked in %1 ms").arg(m_clock.elapsed()));
    }
    maybeStartRoundTrip();
    maybeFinish();
}

int HealthProbe::firstConnected(int except) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        // The arbiter mounts nothing: the round trip runs between data servers.
        if (i == except || m_spec.servers.at(i).isArbiter())
            continue;
        if (m_sessions.at(i))
            return i;
        if (!m_servers->isSettled(i))
            return -1; // still connecting: it may be the one
    }
    return except;
}

void HealthProbe::maybeStartRoundTrip()
{
    if (m_roundTripDecided || m_finished)
        return;
    if (!m_options.roundTrip) {
        m_roundTripDecided = true;
        maybeFinish();
        return;
    }
    const auto side = [this](int index) {
        return ReplicationRoundTrip::Side{m_spec.servers.at(index).name, m_sessions.at(index),
                                          commandsFor(m_spec, m_spec.servers.at(index), m_options)};
    };
    // The write starts as soon as the writer is known, without waiting for a reader that may
    // be silent: a stalled mount then costs one timeout, not two in a row.
    if (!m_roundTrip) {
        const int writer = firstConnected(-1);
        if (writer < 0)
            return;
        m_roundTrip = new ReplicationRoundTrip(side(writer), m_options.commandTimeoutMs,
                                               &m_observations.replication, this);
        connect(m_roundTrip, &ReplicationRoundTrip::finished, this, &HealthProbe::maybeFinish);
        m_writerIndex = writer;
        m_roundTrip->start();
    }
    const int reader = firstConnected(m_writerIndex);
    if (reader < 0)
        return;
    m_roundTripDecided = true;
    m_roundTrip->setReader(side(reader));
}

void HealthProbe::maybeFinish()
{
    if (m_finished || !m_started)
        return;
    if (!m_servers->isFinished())
        return;
    if (m_http && !m_http->isFinished())
        return;
    // Nobody connected at all: there is no round trip to wait for.
    const bool nobody = firstConnected(-1) == -1 && !m_roundTrip;
    if (m_options.roundTrip && !nobody && (!m_roundTrip || !m_roundTrip->isFinished()))
        return;
    finishNow();
}

void HealthProbe::finishNow()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();
    m_elapsedMs = m_clock.elapsed();
    m_report = HealthEvaluator::evaluate(m_observations);
    // The observations stay raw for the rules that read them; the report is what people see.
    Redactor redactor;
    for (const QPointer<SshSession> &session : std::as_const(m_sessions)) {
        if (session)
            redactor.addSecretsOf(session->redactor());
    }
    redact(redactor, &m_report);
    emit finished(m_report);
}
