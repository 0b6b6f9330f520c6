#pragma once

#include "Redactor.h"
#include "RemoteCommandOptions.h"
#include "RemoteCommandResult.h"

#include <QObject>
#include <QStringList>

class SshSession;

// One command running on a channel of an SshSession (create it with SshSession::run()).
//
// Output arrives as batches of complete lines, stdout and stderr separately, never one signal
// per line; finished() is emitted exactly once, last, even when the command never started
// (asynchronously, so connecting right after run() always works). The lines are raw, exactly
// as the server printed them, for parsers: whoever shows or logs them passes them through
// redactLines() first. The logged command, the error message and result().stderrTail (for
// error reports) are redacted. The session owns the object: deleteLater() it after finished(),
// or it goes with the session.
class RemoteCommand : public QObject
{
    Q_OBJECT
public:
    // The command as given. May hold secrets: log loggableCommand() instead.
    QString command() const { return m_command; }
    QString loggableCommand() const { return m_redactor.redact(m_command); }
    const RemoteCommandOptions &options() const { return m_options; }
    bool isFinished() const { return m_finished; }
    const RemoteCommandResult &result() const { return m_result; }
    // Every secret of the session and of this command masked: for output shown or logged.
    QString redact(const QString &text) const;
    QStringList redactLines(QStringList lines) const;

    // Streams more bytes to the command's stdin (with options.keepStdinOpen).
    void writeStdin(const QByteArray &data);
    void closeStdin();
    // Stops the command; finished() reports cancelled. With options.endProcessesOnCancel, a
    // second channel ends the command's process group on the server (SIGTERM, SIGKILL after a
    // grace period) and finished() comes once the command's processes are gone. Without it (or
    // if that fails) only the channel is closed: sshd then closes the command's pipes, so a
    // command that still writes output dies of SIGPIPE, but a quiet one (sleep, a long mkfs)
    // may run on, because libssh2 1.10 cannot send the SSH "signal" request.
    void cancel();

signals:
    void started();
    void stdoutLines(const QStringList &lines);
    void stderrLines(const QStringList &lines);
    void finished(const RemoteCommandResult &result);

private:
    friend class SshSession;
    friend class ChannelScheduler;
    RemoteCommand(const QString &command, const RemoteCommandOptions &options,
                  const Redactor &redactor, SshSession *session);

    void deliverStarted();
    void deliverLines(QStringList stdoutBatch, QStringList stderrBatch);
    void deliverFinished(RemoteCommandResult result);

    QString m_command;
    RemoteCommandOptions m_options;
    Redactor m_redactor;
    SshSession *m_session;
    RemoteCommandResult m_result;
    QStringList m_stderrHead; // raw, for SudoPolicy: sudo's complaints are in the first lines
    bool m_finished = false;
    // Requests made through the public API, picked up by the scheduler on its next pass.
    QByteArray m_pendingStdin;
    bool m_stdinCloseRequested = false;
    bool m_cancelRequested = false;
    bool m_timedOut = false;
    bool m_internal = false; // the session's own probes: may run before connected()
    // endProcessesOnCancel: the command's process group on the server (0 until the wrapper
    // reported it), whether the kill went out, and the fallback to closing the channel.
    qint64 m_processGroup = 0;
    bool m_processKillSent = false;
    bool m_forceStop = false;
};
