#pragma once

#include <QList>
#include <QString>

// The volume options that bound how long the surviving server stalls when its peer goes
// silent (power cut, dead private link), as measured on the lab (benchmarks/failover). One
// source for the plan's volume-options step and for health's advice on pairs that lack them.
namespace FailoverOptions {
struct Option
{
    QString name;  // as `gluster volume set` takes it, e.g. "network.ping-timeout"
    QString value; // as `gluster volume get` prints it
};

QList<Option> all();
// `gluster volume set VOLUME NAME VALUE`, every value quoted (ShellQuote).
QString setCommand(const QString &volume, const Option &option);
} // namespace FailoverOptions
