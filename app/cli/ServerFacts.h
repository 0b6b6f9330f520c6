#pragma once

#include "CliOptions.h"
#include "facts/HostFacts.h"
#include "spec/SetupSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <memory>

class ServerConnections;
class SshSession;

// For the command line: connect to every server (ServerConnections) and gather its facts
// read-only (FactsGatherer), printing one line per event prefixed by the server's name. Runs
// the command's own event loop until done.
struct ServerFacts
{
    Q_DECLARE_TR_FUNCTIONS(ServerFacts)

public:
    QList<HostFacts> facts; // one per server; meaningful where errors[i] is empty
    QStringList errors;     // per server: why it could not be reached or read
    // The open sessions (for a command that goes on to run something on them, as `apply`
    // does); they close when the last copy of this result goes.
    std::shared_ptr<ServerConnections> connections;
    QList<SshSession *> sessions() const;

    bool complete() const;

    // Returns false (after printing why) for a usage problem such as an unsafe --secret-file.
    static bool gather(const SetupSpec &spec, const CliOptions &options, QTextStream &out,
                       QTextStream &err, ServerFacts *result);
    // The secret of --secret-file: refused unless it is a regular file of mode 0600 or 0400.
    static bool readSecretFile(const QString &path, QString *secret, QString *error);
};
