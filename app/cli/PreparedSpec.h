#pragma once

#include "CliOptions.h"
#include "spec/SetupSpec.h"
#include "spec/WipeRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

// The first part of every command: load the spec file, apply the command line's decisions
// (--accept-split-brain-risk, --wipe), validate. Warnings and errors go to stderr, each naming
// the field; any error means exit status 2.
struct PreparedSpec
{
    Q_DECLARE_TR_FUNCTIONS(PreparedSpec)

public:
    SetupSpec spec;
    QList<WipeRequest> wipes;

    // Returns false after printing why (the caller exits with 2).
    static bool prepare(const CliOptions &options, PreparedSpec *prepared, QTextStream &err);
};
