#pragma once

#include "SshError.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

class QHostInfo;
class QSocketNotifier;

// Resolves a host name (in Qt's lookup thread) and opens a non-blocking TCP connection to it,
// trying each address in turn, without ever blocking the event loop. The socket is a plain
// descriptor: libssh2 hangs when handed a QTcpSocket's. Internal to SshSession.
class SshSocketConnector : public QObject
{
    Q_OBJECT
public:
    SshSocketConnector(const QString &serverName, QObject *parent = nullptr);
    ~SshSocketConnector() override;

    // deadPeerTimeoutMs sets TCP_USER_TIMEOUT and the TCP keepalive so the kernel, too,
    // gives up on a peer that stopped acknowledging.
    void connectTo(const QString &host, quint16 port, int deadPeerTimeoutMs);
    void abort();

signals:
    // The receiver owns the descriptor from now on.
    void connected(int socket);
    void failed(const SshError &error);

private:
    void onLookedUp(const QHostInfo &info);
    void tryNextAddress();
    void onWritable();
    void closeSocket();
    QString describeErrno(int error) const;

    QString m_serverName;
    QString m_host;
    quint16 m_port = 0;
    int m_deadPeerTimeoutMs = 0;
    int m_lookupId = -1;
    QList<QHostAddress> m_addresses;
    int m_socket = -1;
    QSocketNotifier *m_notifier = nullptr;
    int m_lastErrno = 0;
};
