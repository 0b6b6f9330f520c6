#include "health/ServerProbe.h"

#include "async/FanOut.h"

#include "gluster/VolumeStatusParser.h"

#include "RemoteCommand.h"
#include "RemoteCommandResult.h"
#include "RemoteText.h"
#include "SshSession.h"

#include <QTimer>

namespace {
// Errors of the connection itself (as opposed to one command or sudo): the server is gone.
bool isSessionFailure(const SshError &error)
{
    switch (error.kind) {
    case SshError::Kind::ConnectionLost:
    case SshError::Kind::PeerSilent:
    case SshError::Kind::NotConnected:
    case SshError::Kind::ProtocolError:
        return true;
    default:
        return false;
    }
}
} // namespace

ServerProbe::ServerProbe(SshSession *session, const HealthCommands &commands,
                         const HealthProbeOptions &options, ServerObservation *observation,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_commands(commands)
    , m_options(options)
    , m_observation(observation)
    , m_commandsRun(new FanOut(this))
{
    connect(m_commandsRun, &FanOut::finished, this, &ServerProbe::finished);
}

bool ServerProbe::isFinished() const
{
    return m_commandsRun->isFinished();
}

void ServerProbe::start()
{
    m_clock.start();
    ServerObservation &o = *m_observation;
    const QList<QPair<ObservedCommand *, QString>> plan = {
        {&o.glusterdRunning, HealthCommands::glusterdRunning()},
        {&o.peerStatus, m_commands.peerStatus()},
        {&o.volumeInfo, m_commands.volumeInfo()},
        {&o.volumeStatus, m_commands.volumeStatus()},
        // Not the full `heal info`: the summary has the same per-brick status and counts
        // without listing every entry (slow with a big backlog, and each call starts a client).
        {&o.healSummary, m_commands.healSummary()},
        {&o.healSplitBrain, m_commands.healSplitBrain()},
        {&o.mount, m_commands.mount()},
        {&o.fstab, m_commands.fstab()},
        {&o.brickSpace, m_commands.brickSpace()},
    };
    QList<QPair<ObservedCommand *, QString>> commands = plan;
    if (!m_commands.servedFile().isEmpty())
        commands.append({&o.servedFile, m_commands.servedFile()});
    m_index.clear();
    for (const auto &[target, command] : commands)
        m_index.insert(target, static_cast<int>(m_index.size()));
    m_commandsRun->start(static_cast<int>(commands.size()));
    for (const auto &[target, command] : commands)
        run(target, command);
}

void ServerProbe::run(ObservedCommand *target, const QString &command, int attempt)
{
    *target = ObservedCommand();
    target->command = command;
    if (!m_session) {
        target->errorOutput = tr("The SSH session is gone.").toUtf8();
        settle(target);
        return;
    }
    RemoteCommandOptions options;
    options.timeoutMs = m_options.commandTimeoutMs;
    options.asRoot = true; // gluster and the brick's df need root; nothing here changes anything
    RemoteCommand *remote = m_session->run(command, options);
    m_running.insert(target, remote);
    const qint64 startedMs = m_clock.elapsed();
    connect(remote, &RemoteCommand::stdoutLines, this, [target](const QStringList &lines) {
        target->output += RemoteText::joinedLines(lines);
    });
    connect(remote, &RemoteCommand::stderrLines, this, [target](const QStringList &lines) {
        target->errorOutput += RemoteText::joinedLines(lines);
    });
    connect(remote, &RemoteCommand::finished, this,
            [this, target, remote, attempt, startedMs](const RemoteCommandResult &result) {
                target->durationMs = int(m_clock.elapsed() - startedMs);
                record(target, remote, result, attempt);
            });
}

void ServerProbe::record(ObservedCommand *target, RemoteCommand *remote,
                         const RemoteCommandResult &result, int attempt)
{
    if (m_running.value(target) == remote)
        m_running.remove(target);
    remote->deleteLater();
    if (m_abandoned)
        return;
    if (m_skipped.contains(target)) {
        const QString command = target->command;
        *target = ObservedCommand();
        target->command = command;
        settle(target);
        return;
    }
    target->ran = true;
    // Without EOF the exit status proves nothing (a dropped connection reports 0).
    target->exitStatus = result.gotEof && !result.cancelled ? result.exitStatus : -1;
    target->timedOut = result.timedOut || result.exitStatus == HealthCommands::TimedOutStatus;
    if (result.error.isError()) {
        target->exitStatus = -1;
        if (!target->errorOutput.isEmpty() && !target->errorOutput.endsWith('\n'))
            target->errorOutput += '\n';
        target->errorOutput += result.error.message.toUtf8() + '\n';
        if (isSessionFailure(result.error) && m_observation->sshReachable) {
            m_observation->sshReachable = false;
            m_observation->sshError = result.error.message;
        }
    }
    if (shouldRetry(*target, attempt)) {
        const QString command = target->command;
        QTimer::singleShot(m_options.lockRetryDelayMs * (attempt + 1), this,
                           [this, target, command, attempt] {
                               if (!m_abandoned)
                                   run(target, command, attempt + 1);
                           });
        return;
    }
    emit commandFinished(target->command, target->succeeded());
    // pidof's 1 means no such process: gluster would only say so after a 3 s connect attempt.
    if (target == &m_observation->glusterdRunning && target->exitStatus == 1)
        skipGlusterCommands();
    settle(target);
}

void ServerProbe::skipGlusterCommands()
{
    for (ObservedCommand *target :
         {&m_observation->peerStatus, &m_observation->volumeInfo, &m_observation->volumeStatus,
          &m_observation->healInfo, &m_observation->healSummary, &m_observation->healSplitBrain}) {
        const QPointer<RemoteCommand> remote = m_running.value(target);
        if (!remote || remote->isFinished())
            continue;
        m_skipped.insert(target);
        remote->cancel(); // its finished() settles it as not run
    }
}

bool ServerProbe::shouldRetry(const ObservedCommand &observed, int attempt) const
{
    if (attempt >= m_options.lockRetries || observed.timedOut || observed.succeeded() ||
        observed.exitStatus < 0 || !m_session || !m_session->isConnected())
        return false;
    // Only `volume status` takes the volume's cluster lock; two servers asking at once collide.
    if (&observed != &m_observation->volumeStatus)
        return false;
    const auto parsed = VolumeStatusParser::parse(observed.output + '\n' + observed.errorOutput);
    return parsed.failure.kind() == GlusterFailure::Kind::TransactionInProgress;
}

void ServerProbe::settle(ObservedCommand *target)
{
    m_commandsRun->settle(m_index.value(target, -1));
}

void ServerProbe::abandon()
{
    if (isFinished() || m_abandoned)
        return;
    m_abandoned = true;
    for (ObservedCommand *target :
         {&m_observation->glusterdRunning, &m_observation->peerStatus, &m_observation->volumeInfo,
          &m_observation->volumeStatus, &m_observation->healInfo, &m_observation->healSummary,
          &m_observation->healSplitBrain, &m_observation->mount, &m_observation->fstab,
          &m_observation->brickSpace, &m_observation->servedFile}) {
        if (!target->ran && !target->command.isEmpty() && !m_skipped.contains(target)) {
            target->ran = true;
            target->timedOut = true;
        }
    }
    const QList<QPointer<RemoteCommand>> running = m_running.values();
    m_running.clear();
    for (const QPointer<RemoteCommand> &remote : running) {
        if (remote)
            remote->cancel();
    }
    m_commandsRun->cancel();
}
