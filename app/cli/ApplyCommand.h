#pragma once

#include "CliOptions.h"

#include <QCoreApplication>
#include <QTextStream>

// `apply SPEC [--yes] [--wipe SERVER:DEVICE]...`: check (connect, verify host keys, gather the
// facts read-only, judge them), plan, ask (unless --yes), then run the plan with PlanRunner on
// the same sessions, one line per event prefixed by the server's name. Steps already done are
// skipped. Exit status 0 done, 1 a step failed (named, with its server) or a server is out of
// reach, 2 bad spec, usage, or refused (problems found by the check, or the question answered no).
class ApplyCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)

public:
    static int run(const CliOptions &options, QTextStream &out, QTextStream &err);
};
