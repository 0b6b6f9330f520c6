#include "SshTransport.h"

#include <QSocketNotifier>

#include <libssh2.h>

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
LIBSSH2_RECV_FUNC(receiveAndStamp)
{
    auto *context = static_cast<SshCallbackContext *>(*abstract);
    if (context->receiveAllowance == 0)
        return -EAGAIN; // the rest waits in the kernel; the read notifier brings us back
    if (context->receiveAllowance > 0)
        length = qMin(length, size_t(context->receiveAllowance));
    const ssize_t rc = ::recv(socket, buffer, length, flags);
    if (rc < 0) {
        context->lastSocketErrno = errno;
        return -errno;
    }
    if (rc > 0) {
        context->lastReceiveMs = context->clock.elapsed();
        if (context->receiveAllowance > 0)
            context->receiveAllowance -= rc;
    }
    return rc;
}

LIBSSH2_SEND_FUNC(sendAndNote)
{
    auto *context = static_cast<SshCallbackContext *>(*abstract);
    const ssize_t rc = ::send(socket, buffer, length, flags);
    if (rc < 0) {
        context->lastSocketErrno = errno;
        return -errno;
    }
    return rc;
}
} // namespace

SshTransport::SshTransport(QObject *parent)
    : QObject(parent)
{}

SshTransport::~SshTransport()
{
    close();
}

bool SshTransport::open(int socket)
{
    close();
    m_socket = socket;
    m_context = std::make_unique<SshCallbackContext>();
    m_context->clock.start();
    m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, m_context.get());
    if (!m_session)
        return false;
    libssh2_session_set_blocking(m_session, 0);
    libssh2_session_callback_set(m_session, LIBSSH2_CALLBACK_RECV,
                                 reinterpret_cast<void *>(&receiveAndStamp));
    libssh2_session_callback_set(m_session, LIBSSH2_CALLBACK_SEND,
                                 reinterpret_cast<void *>(&sendAndNote));
    m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SshTransport::activity);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SshTransport::activity);
    return true;
}

void SshTransport::close()
{
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater(); // may be the sender of the signal being handled
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    if (m_session) {
        // Shut the socket after the goodbye so that freeing the session cannot wait for
        // anything (a silent peer would otherwise hold us here).
        libssh2_session_disconnect(m_session, "closed by gluster-ha-wizard");
        ::shutdown(m_socket, SHUT_RDWR);
        for (int attempt = 0; attempt < 10; ++attempt) {
            if (libssh2_session_free(m_session) != LIBSSH2_ERROR_EAGAIN)
                break;
        }
        m_session = nullptr;
    }
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
    m_context.reset();
}

QStringList SshTransport::supportedHostKeyAlgorithms() const
{
    QStringList supported;
    const char **algorithms = nullptr;
    const int count =
        libssh2_session_supported_algs(m_session, LIBSSH2_METHOD_HOSTKEY, &algorithms);
    for (int i = 0; i < count; ++i)
        supported.append(QString::fromLatin1(algorithms[i]));
    if (count > 0)
        libssh2_free(m_session, algorithms);
    return supported;
}

void SshTransport::preferHostKeyAlgorithms(const QString &commaSeparated)
{
    if (!commaSeparated.isEmpty())
        libssh2_session_method_pref(m_session, LIBSSH2_METHOD_HOSTKEY,
                                    commaSeparated.toLatin1().constData());
}

void SshTransport::watch(bool readable, bool writable)
{
    if (!m_readNotifier)
        return;
    m_readNotifier->setEnabled(readable);
    m_writeNotifier->setEnabled(writable);
    // Re-armed before every poll: the kernel leaves quick-ACK mode on its own, and delayed
    // ACKs would then add tens of milliseconds to each request/response exchange.
    const int on = 1;
    setsockopt(m_socket, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
}

bool SshTransport::libraryBlockedOutbound() const
{
    return m_session &&
           (libssh2_session_block_directions(m_session) & LIBSSH2_SESSION_BLOCK_OUTBOUND);
}

void SshTransport::setReceiveAllowance(qint64 bytes)
{
    if (m_context)
        m_context->receiveAllowance = bytes;
}

qint64 SshTransport::millisecondsSinceLastByte() const
{
    return m_context ? m_context->clock.elapsed() - m_context->lastReceiveMs : 0;
}

void SshTransport::setAwaitingReply(bool awaiting)
{
    if (!m_context)
        return;
    if (!awaiting)
        m_context->awaitingSinceMs = -1;
    else if (m_context->awaitingSinceMs < 0)
        m_context->awaitingSinceMs = m_context->clock.elapsed();
}

qint64 SshTransport::millisecondsAwaitingReply() const
{
    if (!m_context || m_context->awaitingSinceMs < 0)
        return 0;
    return m_context->clock.elapsed() - qMax(m_context->lastReceiveMs, m_context->awaitingSinceMs);
}

bool SshTransport::hasUnreadBytes() const
{
    int count = 0;
    return m_socket >= 0 && ioctl(m_socket, FIONREAD, &count) == 0 && count > 0;
}

int SshTransport::lastSocketErrno() const
{
    return m_context ? m_context->lastSocketErrno : 0;
}

QString SshTransport::lastLibraryError() const
{
    char *text = nullptr;
    if (m_session)
        libssh2_session_last_error(m_session, &text, nullptr, 0);
    return QString::fromUtf8(text);
}
