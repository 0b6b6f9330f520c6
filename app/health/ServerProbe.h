#pragma once

#include "health/HealthCommands.h"
#include "health/HealthProbeOptions.h"
#include "health/ServerObservation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class FanOut;
class RemoteCommand;
class SshSession;
struct RemoteCommandResult;

// The read-only commands of one server, all at once on its SSH session, each with its own
// timeout; fills a ServerObservation and says finished() exactly once. When the session dies
// under it, the server is recorded as unreachable with the session's reason.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    ServerProbe(SshSession *session, const HealthCommands &commands,
                const HealthProbeOptions &options, ServerObservation *observation,
                QObject *parent = nullptr);

    void start();
    bool isFinished() const;
    // Stops waiting: unfinished commands are recorded as timed out.
    void abandon();

signals:
    void commandFinished(const QString &command, bool succeeded);
    void finished();

private:
    void run(ObservedCommand *target, const QString &command, int attempt = 0);
    void record(ObservedCommand *target, RemoteCommand *remote, const RemoteCommandResult &result,
                int attempt);
    bool shouldRetry(const ObservedCommand &observed, int attempt) const;
    void skipGlusterCommands();
    void settle(ObservedCommand *target);

    QPointer<SshSession> m_session;
    HealthCommands m_commands;
    HealthProbeOptions m_options;
    ServerObservation *m_observation;
    QHash<ObservedCommand *, QPointer<RemoteCommand>> m_running;
    QElapsedTimer m_clock; // since start(): each command's duration
    QSet<ObservedCommand *> m_skipped;
    QHash<ObservedCommand *, int> m_index; // each command's place in the fan-out
    FanOut *m_commandsRun;
    bool m_abandoned = false;
};
