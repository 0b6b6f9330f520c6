#pragma once

#include "health/HealthObservations.h"
#include "health/HealthProbeOptions.h"
#include "health/HealthReport.h"
#include "spec/SetupSpec.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class FanOut;
class HttpProbe;
class QTimer;
class ReplicationRoundTrip;
class ServerProbe;
class SshSession;
struct SshError;

// The read-only health check of a pair: every server at once, each command with its own
// timeout, the web test file over HTTP from here, and (unless turned off) a replication round
// trip; then HealthEvaluator's verdict. It never connects by itself: whoever owns the SSH
// policy (ServerConnections for the command line, HealthCheckJob for the dashboard) hands each
// server over as soon as it is connected or known to be out of reach, so a silent server never
// holds up the others. finished() comes exactly once, also when nothing answers; the backstop
// deadline guarantees it even if a session never settles.
class HealthProbe : public QObject
{
    Q_OBJECT
public:
    HealthProbe(const SetupSpec &spec, const HealthProbeOptions &options = {},
                QObject *parent = nullptr);
    ~HealthProbe() override;

    // Starts the HTTP checks and the deadline; servers are probed as they are handed over.
    void start();
    // spec.servers[index] is connected: probe it (the session must outlive the probe's run).
    void serverConnected(int index, SshSession *session);
    // spec.servers[index] could not be reached; error.message says why (never a secret).
    void serverUnreachable(int index, const SshError &error);

    bool isFinished() const { return m_finished; }
    const HealthObservations &observations() const { return m_observations; }
    const HealthReport &report() const { return m_report; }
    qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    // One line for people, per server (empty server: the pair).
    void progress(const QString &server, const QString &line);
    void finished(const HealthReport &report);

private:
    void settleServer(int index);
    void maybeStartRoundTrip();
    // The first connected server in spec order once every server before it is settled
    // (skipping `except`); -1 while undecided; `except` itself when no other one connected.
    int firstConnected(int except) const;
    void maybeFinish();
    void finishNow();

    SetupSpec m_spec;
    HealthProbeOptions m_options;
    HealthObservations m_observations;
    HealthReport m_report;
    QList<QPointer<SshSession>> m_sessions;
    QList<ServerProbe *> m_serverProbes;
    FanOut *m_servers; // each server settles once: probed, or out of reach
    HttpProbe *m_http = nullptr;
    ReplicationRoundTrip *m_roundTrip = nullptr;
    bool m_roundTripDecided = false; // writer and reader chosen (or no round trip)
    int m_writerIndex = -1;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1;
    bool m_started = false;
    bool m_finished = false;
};
