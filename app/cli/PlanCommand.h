#pragma once

#include "CliOptions.h"

#include <QCoreApplication>
#include <QTextStream>

// `plan SPEC` and `export SPEC [-o FILE]`: the plan as text (or --json), or as the bash script.
// Facts come from the servers (read-only, over SSH) or, with --assume-os, are assumed.
// Exit status 0, or 2 for a bad spec, bad usage or missing facts.
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    static int run(const CliOptions &options, QTextStream &out, QTextStream &err);
};
