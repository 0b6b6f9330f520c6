#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The command line after parsing: `gluster-ha-wizard COMMAND SPEC [options]`.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    QString command;
    QString specPath;
    QString output;    // export -o FILE ("" or "-" = stdout)
    QString assumeOs;  // plan/export offline: "debian" or "fedora"
    QStringList wipes; // SERVER:DEVICE, checked against the spec later
    bool acceptSplitBrainRisk = false;
    bool yes = false;
    bool json = false;
    QString knownHosts;
    bool acceptNewHostKeys = false;
    QStringList secretFiles; // --secret-file [SERVER:KIND=]FILE, see SecretFiles
    // The spec's arbiter to add to the existing pair: `add-arbiter SPEC --server NAME`, or
    // `plan`/`export SPEC --add-arbiter NAME` for the same steps reviewed or exported.
    QString arbiterName;

    bool addsArbiter() const { return !arbiterName.isEmpty(); }

    // Parses arguments (argv including the program name). On a usage error returns false and
    // sets *error to one sentence naming the problem.
    static bool parse(const QStringList &arguments, CliOptions *options, QString *error);
};
