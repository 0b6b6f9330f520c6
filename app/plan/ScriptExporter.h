#pragma once

#include "plan/Plan.h"
#include "spec/SetupSpec.h"
#include "spec/WipeRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes the plan as one bash script run from the administrator's workstation: each step's
// check/apply/verify is sent over plain `ssh` exactly as StepCommand::remoteLine() makes it (the
// lines sit verbatim in quoted here-documents). Idempotent like the plan; asks before
// destructive steps unless --yes; holds no secret; `bash -n` and shellcheck clean.
// Environment of the script: GHW_SSH (ssh command and options, e.g. "ssh -F ./ssh_config";
// default: ssh with StrictHostKeyChecking=yes and the export's known_hosts file),
// GHW_SUDO (prefix for a non-root ssh user; default SudoPolicy::prefix() of passwordless sudo,
// "sudo -n --", the same words the runner puts in front of the same line).
class ScriptExporter
{
    Q_DECLARE_TR_FUNCTIONS(ScriptExporter)

public:
    // knownHostsPath: the known_hosts file the export verified the servers against (empty: ssh's
    // own default); the script's default ssh checks host keys strictly against it.
    static QString exportScript(const SetupSpec &spec, const Plan &plan,
                                const QList<WipeRequest> &wipes = {},
                                const QString &knownHostsPath = QString());

    // What `--dry-run` of the script prints for one step (tests compare it with the plan).
    static QString dryRunBlock(int number, int total, const Step &step);

private:
    static QString header(const SetupSpec &spec, const Plan &plan, const QList<WipeRequest> &wipes);
    static QString targets(const SetupSpec &spec);
    static QString stepBlock(int number, const Step &step);
};
