#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;
typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION;
typedef struct _LIBSSH2_CHANNEL LIBSSH2_CHANNEL;

// A TCP connection opened from a server onward (an SSH "direct-tcpip" channel, what OpenSSH's
// ProxyJump uses), offered locally as one end of a socket pair: whatever the other end writes
// goes through the channel, whatever the channel brings arrives there. The session of the jump
// host drives it with step() from its own pump, non-blocking, and owns it. Internal to
// SshSession.
class SshTunnel : public QObject
{
    Q_OBJECT
public:
    SshTunnel(const QString &host, quint16 port, QObject *parent = nullptr);
    ~SshTunnel() override;

    // Moves what can move without waiting; false once the tunnel is over (closed or failed).
    bool step(LIBSSH2_SESSION *session);
    bool isOpen() const { return m_channel != nullptr; }
    // Closes the channel and the local end (the user of the other end sees EOF).
    void close();

signals:
    // The other end of the socket pair; the receiver owns the descriptor.
    void opened(int socket);
    void failed(const QString &why);
    // The local end can be read or written: drive step() again.
    void activity();

private:
    bool open(LIBSSH2_SESSION *session);
    bool pumpToRemote();
    bool pumpToLocal();
    void updateNotifiers();

    QString m_host;
    quint16 m_port = 0;
    LIBSSH2_CHANNEL *m_channel = nullptr;
    int m_socket = -1; // our end of the pair
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_toRemote;
    QByteArray m_toLocal;
    bool m_localEof = false;
    bool m_remoteEofSent = false;
    bool m_remoteEof = false;
    bool m_localShut = false;
    bool m_over = false;
};
