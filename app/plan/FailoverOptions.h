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
// What Gluster recommends for a replica 3 volume, with or without an arbiter: client quorum
// `auto` (a write needs two of the three bricks, so a server cut off alone refuses writes
// instead of splitting the brain). Server quorum is not set: it would stop the bricks of a
// server left alone, and with them the reads its site still serves. Set by the plan's
// volume-quorum step; not for replica 2, where `auto` makes the first server a single point of
// failure for writes.
QList<Option> quorum();
// `gluster volume set VOLUME NAME VALUE`, every value quoted (ShellQuote).
QString setCommand(const QString &volume, const Option &option);
} // namespace FailoverOptions
