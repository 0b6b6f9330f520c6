#include "plan/FailoverOptions.h"

#include "shell/ShellQuote.h"

QList<FailoverOptions::Option> FailoverOptions::all()
{
    return {
        // The client (each server's mount) gives up on a silent brick after 4 s instead of 42 s.
        {QStringLiteral("network.ping-timeout"), QStringLiteral("4")},
        // The brick drops a silent client's connection, and with it the locks that client held
        // (which the survivor's writes wait for), after 1 s of silence plus 3 unanswered probes
        // 1 s apart, instead of 20 s + 9 x 2 s ...
        {QStringLiteral("server.keepalive-time"), QStringLiteral("1")},
        {QStringLiteral("server.keepalive-interval"), QStringLiteral("1")},
        {QStringLiteral("server.keepalive-count"), QStringLiteral("3")},
        // ... or after 4 s with data unacknowledged (TCP_USER_TIMEOUT), instead of 42 s.
        {QStringLiteral("server.tcp-user-timeout"), QStringLiteral("4")},
    };
}

QList<FailoverOptions::Option> FailoverOptions::quorum()
{
    return {
        {QStringLiteral("cluster.quorum-type"), QStringLiteral("auto")},
    };
}

QString FailoverOptions::setCommand(const QString &volume, const Option &option)
{
    return QStringLiteral("gluster volume set ") + ShellQuote::quote(volume) + QLatin1Char(' ') +
           ShellQuote::quote(option.name) + QLatin1Char(' ') + ShellQuote::quote(option.value);
}
