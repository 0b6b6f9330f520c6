#pragma once

#include "CliOptions.h"

#include <QCoreApplication>
#include <QTextStream>

// `check SPEC`: connect to every server (host keys, login, sudo), gather the facts read-only
// and list every problem. Exit status 0 ready, 1 problems found (a server out of reach is one),
// 2 bad spec or usage. --json prints the findings as JSON instead of lines.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const CliOptions &options, QTextStream &out, QTextStream &err);
};
