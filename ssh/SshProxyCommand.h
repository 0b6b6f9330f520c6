#pragma once

#include "SshError.h"

#include <QObject>
#include <QProcess>

// Reaches a server the way OpenSSH's ProxyCommand does: the command runs as a local process
// (through /bin/sh -c "exec COMMAND", as ssh runs it) whose stdin and stdout carry the SSH
// stream. The session gets one end of a socket pair, the process the other as its stdin and
// stdout, so libssh2 and the notifiers work on it like on a TCP socket. The process is this
// object's own: it ends with the connection (the socket closes, then it is killed by PID if it
// lingers). Internal to SshSession.
class SshProxyCommand : public QObject
{
    Q_OBJECT
public:
    SshProxyCommand(const QString &serverName, QObject *parent = nullptr);
    ~SshProxyCommand() override;

    // command: shell text with OpenSSH's tokens already expanded (see expandTokens()).
    void start(const QString &command);
    void stop();
    // What the process wrote to stderr so far (its own error messages), trimmed.
    QString errorOutput() const;

    // OpenSSH's tokens, each value quoted with ShellQuote (the command goes to a shell).
    static QString expandTokens(const QString &command, const QString &host, quint16 port,
                                const QString &user, const QString &alias);

signals:
    // The receiver owns the descriptor from now on.
    void connected(int socket);
    void failed(const SshError &error);
    // The process ended while the connection may still be in use.
    void exited(const QString &description);

private:
    QString m_serverName;
    QString m_command;
    QProcess *m_process = nullptr;
    int m_childEnd = -1;
    QByteArray m_stderr;
};
