#include "SshSocketConnector.h"

#include <QHostInfo>
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
void setIntOption(int socket, int level, int name, int value)
{
    setsockopt(socket, level, name, &value, sizeof value);
}
} // namespace

SshSocketConnector::SshSocketConnector(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{}

SshSocketConnector::~SshSocketConnector()
{
    abort();
}

void SshSocketConnector::connectTo(const QString &host, quint16 port, int deadPeerTimeoutMs)
{
    abort();
    m_host = host;
    m_port = port;
    m_deadPeerTimeoutMs = deadPeerTimeoutMs;
    m_lastErrno = 0;
    m_lookupId = QHostInfo::lookupHost(host, this, &SshSocketConnector::onLookedUp);
}

void SshSocketConnector::abort()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    m_addresses.clear();
    closeSocket();
}

void SshSocketConnector::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        emit failed(
            {SshError::Kind::ConnectFailed, tr("Cannot find the address of %1 (%2): %3")
                                                .arg(m_serverName, m_host, info.errorString())});
        return;
    }
    m_addresses = info.addresses();
    tryNextAddress();
}

void SshSocketConnector::tryNextAddress()
{
    closeSocket();
    while (!m_addresses.isEmpty()) {
        const QHostAddress address = m_addresses.takeFirst();
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            auto *in = reinterpret_cast<sockaddr_in *>(&storage);
            in->sin_family = AF_INET;
            in->sin_port = htons(m_port);
            in->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof *in;
        } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(m_port);
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
            in6->sin6_scope_id = address.scopeId().toUInt();
            length = sizeof *in6;
        } else {
            continue;
        }
        m_socket = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_socket < 0) {
            m_lastErrno = errno;
            continue;
        }
        // Small request/response packets: Nagle plus delayed ACKs would add ~40 ms each.
        setIntOption(m_socket, IPPROTO_TCP, TCP_NODELAY, 1);
        setIntOption(m_socket, IPPROTO_TCP, TCP_USER_TIMEOUT, m_deadPeerTimeoutMs);
        setIntOption(m_socket, SOL_SOCKET, SO_KEEPALIVE, 1);
        const int probeSeconds = qMax(1, m_deadPeerTimeoutMs / 3000);
        setIntOption(m_socket, IPPROTO_TCP, TCP_KEEPIDLE, probeSeconds);
        setIntOption(m_socket, IPPROTO_TCP, TCP_KEEPINTVL, qMax(1, probeSeconds / 2));
        setIntOption(m_socket, IPPROTO_TCP, TCP_KEEPCNT, 3);
        if (::connect(m_socket, reinterpret_cast<sockaddr *>(&storage), length) == 0 ||
            errno == EINPROGRESS) {
            m_notifier = new QSocketNotifier(m_socket, QSocketNotifier::Write, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &SshSocketConnector::onWritable);
            return;
        }
        m_lastErrno = errno;
        closeSocket();
    }
    emit failed({SshError::Kind::ConnectFailed, tr("Cannot connect to %1 (%2 port %3): %4")
                                                    .arg(m_serverName, m_host)
                                                    .arg(m_port)
                                                    .arg(describeErrno(m_lastErrno))});
}

void SshSocketConnector::onWritable()
{
    int error = 0;
    socklen_t length = sizeof error;
    getsockopt(m_socket, SOL_SOCKET, SO_ERROR, &error, &length);
    if (error != 0) {
        m_lastErrno = error;
        tryNextAddress();
        return;
    }
    delete m_notifier;
    m_notifier = nullptr;
    const int socket = std::exchange(m_socket, -1);
    emit connected(socket);
}

void SshSocketConnector::closeSocket()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
}

QString SshSocketConnector::describeErrno(int error) const
{
    switch (error) {
    case ECONNREFUSED:
        return tr("connection refused (no SSH server listens on that port)");
    case EHOSTUNREACH:
    case ENETUNREACH:
        return tr("the network or host is unreachable");
    case ETIMEDOUT:
        return tr("the connection timed out");
    default:
        return QString::fromLocal8Bit(strerror(error));
    }
}
