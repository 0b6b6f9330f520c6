#pragma once

#include "ChannelOutcome.h"
#include "LineSplitter.h"

#include <QByteArray>
#include <QStringList>

#include <libssh2.h>

// Drives one libssh2 channel through open → exec → stream → close in non-blocking mode; the
// session calls advance() whenever the socket may have moved. Internal to the SSH layer.
//
// libssh2 1.10 keeps at most one partially sent packet per session and corrupts the
// connection if a *different* call sends before that packet is finished. So when a call
// returns EAGAIN with outbound blocked, the driver remembers that exact call and retries it
// first (hasPendingSend()), and the session advances no other driver meanwhile.
class ChannelDriver
{
public:
    enum class Kind { Command, Probe }; // Probe: open and close only, an SSH round trip
    enum class Progress { Waiting, BudgetSpent, Finished };
    using Outcome = ChannelOutcome;

    ChannelDriver(LIBSSH2_SESSION *session, Kind kind, const QByteArray &command);

    void queueStdin(const QByteArray &data);
    void closeStdin();
    // Stop the command: close the channel without waiting for its end.
    void requestStop();

    // True while this driver holds libssh2's single "channel open in progress" slot.
    bool isOpening() const { return m_stage == Stage::Open && m_openStarted; }
    bool wantsToOpen() const { return m_stage == Stage::Open; }
    bool hasPendingSend() const { return m_pendingSend; }
    bool isStopping() const { return m_stopRequested; }
    bool isDone() const { return m_stage == Stage::Done; }
    // The command's result is known: it ended, or it was stopped and our close went out. A
    // stopped channel may linger until sshd answers (it only does once the command's output
    // closes), but nobody needs to wait for that.
    bool isOutcomeFinal() const { return isDone() || (m_stopRequested && m_closeSent); }

    Progress advance(qsizetype &budgetBytes);

    QStringList takeStdoutLines();
    QStringList takeStderrLines();
    const Outcome &outcome() const { return m_outcome; }

    static bool isTransportError(int code);

private:
    enum class Stage { Open, Exec, Running, Close, WaitClosed, Free, Done };
    enum class Op { None, Write, SendEof, ReadOut, ReadErr };

    // Returns true when the call must be retried later (EAGAIN); records outbound blocking.
    bool wouldBlock(int rc, Op op = Op::None);
    void fail(int rc);
    Progress runStreams(qsizetype &budgetBytes);
    bool doWrite();
    bool doSendEof();
    int doRead(int stream, LineSplitter &splitter, QStringList &lines, qsizetype &budgetBytes);
    void collectExitInfo();

    LIBSSH2_SESSION *m_session;
    LIBSSH2_CHANNEL *m_channel = nullptr;
    Kind m_kind;
    QByteArray m_command;
    Stage m_stage = Stage::Open;
    bool m_openStarted = false;
    Op m_resumeOp = Op::None;
    bool m_pendingSend = false;

    QByteArray m_stdin;
    bool m_stdinClosed = false;
    bool m_eofSent = false;
    bool m_stopRequested = false;
    bool m_closeSent = false;

    LineSplitter m_stdoutSplitter;
    LineSplitter m_stderrSplitter;
    QStringList m_stdoutLines;
    QStringList m_stderrLines;
    Outcome m_outcome;
};
