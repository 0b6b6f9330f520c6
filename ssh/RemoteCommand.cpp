#include "RemoteCommand.h"

#include "RemoteProcessGroup.h"
#include "SshSession.h"

#include <QTimer>

namespace {
constexpr int stderrTailLines = 20;
constexpr int stderrHeadLines = 5;
} // namespace

RemoteCommand::RemoteCommand(const QString &command, const RemoteCommandOptions &options,
                             const Redactor &redactor, SshSession *session)
    : QObject(session)
    , m_command(command)
    , m_options(options)
    , m_redactor(redactor)
    , m_session(session)
{
    m_redactor.addSecrets(options.redactions);
}

void RemoteCommand::writeStdin(const QByteArray &data)
{
    if (m_finished || m_stdinCloseRequested)
        return;
    m_pendingStdin.append(data);
    m_session->schedulePump();
}

void RemoteCommand::closeStdin()
{
    if (m_finished)
        return;
    m_stdinCloseRequested = true;
    m_session->schedulePump();
}

void RemoteCommand::cancel()
{
    if (m_finished)
        return;
    m_cancelRequested = true;
    if (m_options.endProcessesOnCancel) {
        // Should the kill never be confirmed (no sudo, a silent server), close the channel after
        // all: the caller must hear finished() in any case.
        const int fallbackMs = (RemoteProcessGroup::graceSeconds + 20) * 1000;
        QTimer::singleShot(fallbackMs, this, [this] {
            if (m_finished)
                return;
            m_forceStop = true;
            m_session->schedulePump();
        });
    }
    m_session->schedulePump();
}

QString RemoteCommand::redact(const QString &text) const
{
    return m_redactor.redact(text);
}

QStringList RemoteCommand::redactLines(QStringList lines) const
{
    m_redactor.redactInPlace(lines);
    return lines;
}

void RemoteCommand::deliverStarted()
{
    emit started();
}

void RemoteCommand::deliverLines(QStringList stdoutBatch, QStringList stderrBatch)
{
    // The signals carry the output as the server printed it: parsers must see it whole (a short
    // password may well occur in lsblk or gluster output). Only the tail kept for error reports
    // is redacted here; whoever shows or logs the lines redacts them (redactLines()).
    if (!stdoutBatch.isEmpty())
        emit stdoutLines(stdoutBatch);
    if (!stderrBatch.isEmpty()) {
        for (const QString &line : std::as_const(stderrBatch)) {
            if (m_stderrHead.size() >= stderrHeadLines)
                break;
            m_stderrHead.append(line);
        }
        QStringList redacted = stderrBatch.mid(qMax(0, stderrBatch.size() - stderrTailLines));
        m_redactor.redactInPlace(redacted);
        m_result.stderrTail.append(redacted);
        if (m_result.stderrTail.size() > stderrTailLines)
            m_result.stderrTail.erase(m_result.stderrTail.begin(),
                                      m_result.stderrTail.end() - stderrTailLines);
        emit stderrLines(stderrBatch);
    }
}

void RemoteCommand::deliverFinished(RemoteCommandResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.stderrTail = m_result.stderrTail;
    result.error.message = m_redactor.redact(result.error.message);
    m_result = result;
    emit finished(m_result);
}
