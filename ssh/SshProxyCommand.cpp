#include "SshProxyCommand.h"

#include "ShellWords.h"

#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
constexpr int stderrLimit = 4096;
}

SshProxyCommand::SshProxyCommand(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{}

SshProxyCommand::~SshProxyCommand()
{
    stop();
}

QString SshProxyCommand::expandTokens(const QString &command, const QString &host, quint16 port,
                                      const QString &user, const QString &alias)
{
    QString out;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c != QLatin1Char('%') || i + 1 == command.size()) {
            out += c;
            continue;
        }
        const QChar token = command.at(++i);
        if (token == QLatin1Char('h'))
            out += ShellQuote::quote(host);
        else if (token == QLatin1Char('p'))
            out += QString::number(port);
        else if (token == QLatin1Char('r'))
            out += ShellQuote::quote(user);
        else if (token == QLatin1Char('n'))
            out += ShellQuote::quote(alias);
        else if (token == QLatin1Char('%'))
            out += QLatin1Char('%');
        else
            out += QLatin1Char('%') + token; // unknown: left as written
    }
    return out;
}

void SshProxyCommand::start(const QString &command)
{
    stop();
    m_stderr.clear();
    m_command = command;
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        QTimer::singleShot(0, this, [this, why] {
            emit failed({SshError::Kind::ConnectFailed,
                         tr("Cannot start the ProxyCommand for %1: %2").arg(m_serverName, why)});
        });
        return;
    }
    const int ours = pair[0];
    m_childEnd = pair[1];
    // Ours is driven by libssh2 in non-blocking mode, like a TCP socket; the child's end stays
    // blocking, as programs expect of their stdin and stdout.
    ::fcntl(ours, F_SETFL, ::fcntl(ours, F_GETFL) | O_NONBLOCK);
    m_process = new QProcess(this);
    const int childEnd = m_childEnd;
    // The child's stdin and stdout become its end of the pair (dup2 clears close-on-exec).
    m_process->setChildProcessModifier([childEnd] {
        ::dup2(childEnd, STDIN_FILENO);
        ::dup2(childEnd, STDOUT_FILENO);
    });
    m_process->setInputChannelMode(QProcess::ForwardedInputChannel);
    m_process->setProcessChannelMode(QProcess::ForwardedOutputChannel);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > stderrLimit)
            m_stderr = m_stderr.right(stderrLimit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed({SshError::Kind::ConnectFailed,
                         tr("Cannot start the ProxyCommand for %1 (%2): %3")
                             .arg(m_serverName, m_command, m_process->errorString())});
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        m_stderr += m_process->readAllStandardError();
        emit exited(
            tr("the ProxyCommand (%1) ended with status %2%3")
                .arg(m_command)
                .arg(exitCode)
                .arg(errorOutput().isEmpty() ? QString() : QStringLiteral(": ") + errorOutput()));
    });
    m_process->start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"), QStringLiteral("exec ") + m_command});
    // Only the child keeps its end: our copy would hide the child's exit from the session.
    ::close(m_childEnd);
    m_childEnd = -1;
    if (m_process->state() == QProcess::NotRunning) {
        ::close(ours);
        return; // errorOccurred has reported it
    }
    QTimer::singleShot(0, this, [this, ours] { emit connected(ours); });
}

void SshProxyCommand::stop()
{
    if (m_childEnd >= 0)
        ::close(m_childEnd);
    m_childEnd = -1;
    if (!m_process)
        return;
    m_process->disconnect(this);
    QProcess *process = m_process;
    m_process = nullptr;
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Its stream is closed by now (the session closed its end): it is asked to leave, then
    // killed by its PID if it lingers; the event loop never waits for it.
    process->setParent(nullptr);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->terminate();
    QTimer::singleShot(2000, process, [process] { process->kill(); });
}

QString SshProxyCommand::errorOutput() const
{
    // ssh writes "\r\n": one line of text for messages.
    QString text = QString::fromLocal8Bit(m_stderr);
    text.remove(QLatin1Char('\r'));
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char(' ')).trimmed();
}
