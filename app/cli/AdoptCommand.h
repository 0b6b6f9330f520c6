#pragma once

#include "spec/ServerSpec.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `adopt [USER@]HOST[:PORT] [-i IDENTITY] [--volume NAME] [-o SPEC]`: discovers an existing
// pair from one server (read-only; PairDiscovery), connecting to it and then to the other pool
// members with the command line's host-key and secret policy (ServerConnections). What was
// found, the gaps and the assumptions go to stderr; the spec to -o SPEC or stdout. Exit status
// 0 found, 1 found with gaps, 2 nothing usable (not a Gluster server, no volume, unreachable)
// or usage.
class AdoptCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdoptCommand)

public:
    // arguments as main() got them ("gluster-ha-wizard adopt HOST ...").
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // "[USER@]HOST[:PORT]" (or "[USER@][ADDRESS]:PORT" for IPv6): false with *error when a
    // part is not valid (FieldRules).
    static bool parseTarget(const QString &target, SshSpec *ssh, QString *error);
};
