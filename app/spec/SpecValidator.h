#pragma once

#include "spec/FieldProblem.h"
#include "spec/SetupSpec.h"

#include <QCoreApplication>

// Validates a whole setup spec without any window: each value by its FieldRules rule, then the
// rules between fields (brick inside its mount, unique names and addresses across servers,
// replica count and the arbiter's place, the split-brain acknowledgement). At most one message per
// field.
class SpecValidator
{
    Q_DECLARE_TR_FUNCTIONS(SpecValidator)

public:
    static FieldProblems validate(const SetupSpec &spec);

    // The message for one field path, or empty (what a page shows under its widget).
    static QString messageFor(const FieldProblems &problems, const QString &field);
    // "field: message" lines, for the command line.
    static QStringList describe(const FieldProblems &problems);

private:
    static void validateValues(const SetupSpec &spec, FieldProblems *problems);
    static void validateServers(const SetupSpec &spec, FieldProblems *problems);
    static void validateRoles(const SetupSpec &spec, FieldProblems *problems);
    static void validateAcrossServers(const SetupSpec &spec, FieldProblems *problems);
};
