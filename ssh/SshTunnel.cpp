#include "SshTunnel.h"

#include <QSocketNotifier>

#include <libssh2.h>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace {
constexpr qsizetype bufferCap = 256 * 1024;
constexpr qsizetype chunk = 32 * 1024;
} // namespace

SshTunnel::SshTunnel(const QString &host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
{}

SshTunnel::~SshTunnel()
{
    close();
}

void SshTunnel::close()
{
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    if (m_channel) {
        // Non-blocking: a close that would wait is left to libssh2's session teardown.
        libssh2_channel_close(m_channel);
        libssh2_channel_free(m_channel);
        m_channel = nullptr;
    }
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
    m_over = true;
}

bool SshTunnel::step(LIBSSH2_SESSION *session)
{
    if (m_over)
        return false;
    if (!m_channel && !open(session))
        return !m_over;
    if (!pumpToRemote() || !pumpToLocal()) {
        close();
        return false;
    }
    if (m_remoteEof && m_toLocal.isEmpty() && m_localEof && m_toRemote.isEmpty() &&
        m_remoteEofSent) {
        close();
        return false;
    }
    updateNotifiers();
    return true;
}

bool SshTunnel::open(LIBSSH2_SESSION *session)
{
    const QByteArray host = m_host.toUtf8();
    m_channel = libssh2_channel_direct_tcpip_ex(session, host.constData(), m_port, "127.0.0.1", 0);
    if (!m_channel) {
        if (libssh2_session_last_errno(session) == LIBSSH2_ERROR_EAGAIN)
            return false;
        char *text = nullptr;
        libssh2_session_last_error(session, &text, nullptr, 0);
        m_over = true;
        emit failed(tr("the jump host could not open a connection to %1 port %2 (%3)")
                        .arg(m_host)
                        .arg(m_port)
                        .arg(QString::fromUtf8(text)));
        return false;
    }
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pair) != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        close();
        emit failed(why);
        return false;
    }
    m_socket = pair[0];
    m_readNotifier = new QSocketNotifier(m_socket, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_socket, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SshTunnel::activity);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SshTunnel::activity);
    emit opened(pair[1]);
    return true;
}

bool SshTunnel::pumpToRemote()
{
    char buffer[chunk];
    while (!m_localEof && m_toRemote.size() < bufferCap) {
        const ssize_t rc = ::recv(m_socket, buffer, sizeof buffer, 0);
        if (rc > 0) {
            m_toRemote.append(buffer, rc);
        } else if (rc == 0) {
            m_localEof = true;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            break;
        } else if (errno != EINTR) {
            return false;
        }
    }
    while (!m_toRemote.isEmpty()) {
        const ssize_t rc =
            libssh2_channel_write(m_channel, m_toRemote.constData(), size_t(m_toRemote.size()));
        if (rc == LIBSSH2_ERROR_EAGAIN)
            break;
        if (rc < 0)
            return false;
        m_toRemote.remove(0, rc);
    }
    if (m_localEof && m_toRemote.isEmpty() && !m_remoteEofSent) {
        const int rc = libssh2_channel_send_eof(m_channel);
        if (rc == 0)
            m_remoteEofSent = true;
        else if (rc != LIBSSH2_ERROR_EAGAIN)
            return false;
    }
    return true;
}

bool SshTunnel::pumpToLocal()
{
    char buffer[chunk];
    while (!m_remoteEof && m_toLocal.size() < bufferCap) {
        const ssize_t rc = libssh2_channel_read(m_channel, buffer, sizeof buffer);
        if (rc > 0) {
            m_toLocal.append(buffer, rc);
            continue;
        }
        if (rc == LIBSSH2_ERROR_EAGAIN || rc == 0) {
            if (libssh2_channel_eof(m_channel))
                m_remoteEof = true;
            break;
        }
        return false;
    }
    while (!m_toLocal.isEmpty()) {
        const ssize_t rc =
            ::send(m_socket, m_toLocal.constData(), size_t(m_toLocal.size()), MSG_NOSIGNAL);
        if (rc > 0) {
            m_toLocal.remove(0, rc);
        } else if (rc < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            break;
        } else if (rc < 0 && errno != EINTR) {
            return false; // the local user went away
        }
    }
    if (m_remoteEof && m_toLocal.isEmpty() && !m_localShut) {
        ::shutdown(m_socket, SHUT_WR);
        m_localShut = true;
    }
    return true;
}

void SshTunnel::updateNotifiers()
{
    if (!m_readNotifier)
        return;
    m_readNotifier->setEnabled(!m_localEof && m_toRemote.size() < bufferCap);
    m_writeNotifier->setEnabled(!m_toLocal.isEmpty());
}
