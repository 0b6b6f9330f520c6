#include "ChannelDriver.h"

#include <array>

namespace {
// 2 MiB: a 32 KiB window throttles big outputs; beyond a few hundred KiB nothing changes.
constexpr unsigned windowSize = 2 * 1024 * 1024;
constexpr qsizetype stdinChunk = 256 * 1024;
constexpr std::size_t readBufferSize = 64 * 1024;
} // namespace

ChannelDriver::ChannelDriver(LIBSSH2_SESSION *session, Kind kind, const QByteArray &command)
    : m_session(session)
    , m_kind(kind)
    , m_command(command)
{}

void ChannelDriver::queueStdin(const QByteArray &data)
{
    if (!m_stdinClosed)
        m_stdin.append(data);
}

void ChannelDriver::closeStdin()
{
    m_stdinClosed = true;
}

void ChannelDriver::requestStop()
{
    m_stopRequested = true;
}

bool ChannelDriver::isTransportError(int code)
{
    switch (code) {
    case LIBSSH2_ERROR_SOCKET_SEND:
    case LIBSSH2_ERROR_SOCKET_RECV:
    case LIBSSH2_ERROR_SOCKET_DISCONNECT:
    case LIBSSH2_ERROR_SOCKET_TIMEOUT:
    case LIBSSH2_ERROR_TIMEOUT:
    case LIBSSH2_ERROR_INVALID_MAC:
    case LIBSSH2_ERROR_DECRYPT:
    case LIBSSH2_ERROR_ENCRYPT:
    case LIBSSH2_ERROR_PROTO:
    case LIBSSH2_ERROR_KEX_FAILURE:
    case LIBSSH2_ERROR_KEY_EXCHANGE_FAILURE:
    case LIBSSH2_ERROR_BAD_SOCKET:
    case LIBSSH2_ERROR_BAD_USE:
    case LIBSSH2_ERROR_ALLOC:
    case LIBSSH2_ERROR_OUT_OF_BOUNDARY:
        return true;
    default:
        return false;
    }
}

bool ChannelDriver::wouldBlock(int rc, Op op)
{
    if (rc != LIBSSH2_ERROR_EAGAIN) {
        if (op == m_resumeOp || op == Op::None) {
            m_pendingSend = false;
            m_resumeOp = Op::None;
        }
        return false;
    }
    // Reads only send tiny window adjustments; a half-sent packet comes from a sending call.
    // A write can also wait for the peer's window, which is no half-sent packet at all.
    bool pending = op != Op::ReadOut && op != Op::ReadErr &&
                   (libssh2_session_block_directions(m_session) & LIBSSH2_SESSION_BLOCK_OUTBOUND);
    if (pending && op == Op::Write && m_channel &&
        libssh2_channel_window_write_ex(m_channel, nullptr) == 0)
        pending = false;
    m_pendingSend = pending;
    m_resumeOp = pending ? op : Op::None;
    return true;
}

void ChannelDriver::fail(int rc)
{
    char *message = nullptr;
    libssh2_session_last_error(m_session, &message, nullptr, 0);
    m_outcome.transportError = rc;
    m_outcome.libraryMessage = QString::fromUtf8(message);
    // The channel is left to libssh2_session_free(): the connection is gone anyway.
    m_channel = nullptr;
    m_stage = Stage::Done;
}

ChannelDriver::Progress ChannelDriver::advance(qsizetype &budgetBytes)
{
    for (;;) {
        switch (m_stage) {
        case Stage::Open: {
            m_openStarted = true;
            m_channel = libssh2_channel_open_ex(m_session, "session", 7, windowSize,
                                                LIBSSH2_CHANNEL_PACKET_DEFAULT, nullptr, 0);
            if (!m_channel) {
                const int rc = libssh2_session_last_errno(m_session);
                if (wouldBlock(rc))
                    return Progress::Waiting;
                m_openStarted = false;
                if (isTransportError(rc)) {
                    fail(rc);
                } else {
                    m_outcome.channelError = rc;
                    m_outcome.openRefused = true;
                    m_stage = Stage::Done;
                }
                return Progress::Finished;
            }
            wouldBlock(0);
            m_openStarted = false;
            m_stage = (m_kind == Kind::Probe || m_stopRequested) ? Stage::Close : Stage::Exec;
            break;
        }
        case Stage::Exec: {
            const int rc = libssh2_channel_process_startup(
                m_channel, "exec", 4, m_command.constData(), unsigned(m_command.size()));
            if (wouldBlock(rc))
                return Progress::Waiting;
            if (rc < 0) {
                if (isTransportError(rc)) {
                    fail(rc);
                    return Progress::Finished;
                }
                m_outcome.channelError = rc;
                m_stage = Stage::Close;
                break;
            }
            m_outcome.started = true;
            m_stage = Stage::Running;
            break;
        }
        case Stage::Running: {
            const Progress progress = runStreams(budgetBytes);
            if (m_stage == Stage::Running || m_stage == Stage::Done)
                return progress;
            break;
        }
        case Stage::Close: {
            const int rc = libssh2_channel_close(m_channel);
            if (wouldBlock(rc)) {
                // No half-sent packet left: our close is out, libssh2 awaits sshd's.
                m_closeSent = !m_pendingSend;
                return Progress::Waiting;
            }
            m_closeSent = true;
            if (rc < 0 && isTransportError(rc)) {
                fail(rc);
                return Progress::Finished;
            }
            // wait_closed() insists on a remote EOF; without one there is nothing to wait for.
            m_stage = m_outcome.gotEof ? Stage::WaitClosed : Stage::Free;
            break;
        }
        case Stage::WaitClosed: {
            const int rc = libssh2_channel_wait_closed(m_channel);
            if (wouldBlock(rc))
                return Progress::Waiting;
            if (rc < 0 && isTransportError(rc)) {
                fail(rc);
                return Progress::Finished;
            }
            m_stage = Stage::Free;
            break;
        }
        case Stage::Free: {
            collectExitInfo();
            const int rc = libssh2_channel_free(m_channel);
            if (wouldBlock(rc))
                return Progress::Waiting;
            m_channel = nullptr;
            m_stage = Stage::Done;
            break;
        }
        case Stage::Done:
            return Progress::Finished;
        }
    }
}

ChannelDriver::Progress ChannelDriver::runStreams(qsizetype &budgetBytes)
{
    // A call that left a packet half-sent is repeated before anything else.
    bool resumed = true;
    if (m_resumeOp == Op::Write)
        resumed = doWrite();
    else if (m_resumeOp == Op::SendEof)
        resumed = doSendEof();
    if (m_stage == Stage::Done)
        return Progress::Finished;
    if (!resumed)
        return Progress::Waiting;
    if (m_stopRequested) {
        // Closing the channel is all libssh2 1.10 can do: it cannot send the "signal" request
        // after exec. sshd then closes the command's pipes (see RemoteCommand::cancel()).
        m_stdoutSplitter.finish(m_stdoutLines);
        m_stderrSplitter.finish(m_stderrLines);
        m_stage = Stage::Close;
        return Progress::Waiting;
    }
    // A write that waits for the peer's window does not stop the reading; a half-sent packet
    // does (hasPendingSend()).
    if (!m_stdin.isEmpty())
        doWrite();
    if (m_stage != Stage::Done && !m_pendingSend && m_stdin.isEmpty() && m_stdinClosed &&
        !m_eofSent)
        doSendEof();
    if (m_stage == Stage::Done)
        return Progress::Finished;
    if (m_pendingSend)
        return Progress::Waiting;

    qsizetype readNow = 0;
    do {
        const int out = doRead(0, m_stdoutSplitter, m_stdoutLines, budgetBytes);
        if (out < 0)
            return Progress::Finished;
        const int err =
            doRead(SSH_EXTENDED_DATA_STDERR, m_stderrSplitter, m_stderrLines, budgetBytes);
        if (err < 0)
            return Progress::Finished;
        readNow = out + err;
        if (budgetBytes <= 0)
            return Progress::BudgetSpent;
    } while (readNow > 0);

    if (libssh2_channel_eof(m_channel)) {
        m_outcome.gotEof = true;
        m_stdoutSplitter.finish(m_stdoutLines);
        m_stderrSplitter.finish(m_stderrLines);
        m_stage = Stage::Close;
    }
    return Progress::Waiting;
}

bool ChannelDriver::doWrite()
{
    while (!m_stdin.isEmpty()) {
        const qsizetype chunk = qMin(m_stdin.size(), stdinChunk);
        const ssize_t rc =
            libssh2_channel_write_ex(m_channel, 0, m_stdin.constData(), size_t(chunk));
        if (wouldBlock(int(rc), Op::Write))
            return false;
        if (rc < 0) {
            if (isTransportError(int(rc))) {
                fail(int(rc));
                return false;
            }
            // The command closed its stdin or ended: the rest has nowhere to go.
            m_stdin.clear();
            m_stdinClosed = true;
            m_eofSent = true;
            return true;
        }
        m_stdin.remove(0, qsizetype(rc));
    }
    return true;
}

bool ChannelDriver::doSendEof()
{
    const int rc = libssh2_channel_send_eof(m_channel);
    if (wouldBlock(rc, Op::SendEof))
        return false;
    if (rc < 0 && isTransportError(rc)) {
        fail(rc);
        return false;
    }
    m_eofSent = true;
    return true;
}

int ChannelDriver::doRead(int stream, LineSplitter &splitter, QStringList &lines,
                          qsizetype &budgetBytes)
{
    static thread_local std::array<char, readBufferSize> buffer;
    const Op op = stream == 0 ? Op::ReadOut : Op::ReadErr;
    int total = 0;
    while (budgetBytes > 0) {
        const ssize_t rc = libssh2_channel_read_ex(m_channel, stream, buffer.data(), buffer.size());
        if (rc > 0) {
            splitter.feed(buffer.data(), qsizetype(rc), lines);
            budgetBytes -= rc;
            total += int(rc);
            continue;
        }
        if (rc == 0 || wouldBlock(int(rc), op))
            break;
        if (isTransportError(int(rc))) {
            fail(int(rc));
            return -1;
        }
        break; // channel already closed: the EOF check decides what happens next
    }
    return total;
}

void ChannelDriver::collectExitInfo()
{
    if (!m_channel)
        return;
    // libssh2 answers 0 when no exit-status arrived: only trust it after a real EOF.
    if (m_outcome.gotEof)
        m_outcome.exitStatus = libssh2_channel_get_exit_status(m_channel);
    char *signal = nullptr;
    size_t length = 0;
    if (libssh2_channel_get_exit_signal(m_channel, &signal, &length, nullptr, nullptr, nullptr,
                                        nullptr) == 0 &&
        signal) {
        m_outcome.exitSignal = QString::fromLatin1(signal, qsizetype(length));
        libssh2_free(m_session, signal);
    }
}

QStringList ChannelDriver::takeStdoutLines()
{
    return std::exchange(m_stdoutLines, {});
}

QStringList ChannelDriver::takeStderrLines()
{
    return std::exchange(m_stderrLines, {});
}
