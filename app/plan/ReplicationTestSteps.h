#pragma once

#include "plan/PlanContext.h"
#include "plan/Step.h"

#include <QCoreApplication>

// The proof that it works: the test file written through the volume on the first server,
// read back on every other, and fetched over HTTP from each server's public address. A file
// that was there before is never overwritten: the test then uses a file of its own, named in
// recordFile(), and cleanup() removes it.
class ReplicationTestSteps
{
    Q_DECLARE_TR_FUNCTIONS(ReplicationTestSteps)

public:
    static Step write(const PlanContext &context);
    static Step read(const PlanContext &context, int server);
    static Step http(const PlanContext &context, int server);
    static Step cleanup(const PlanContext &context);
    // In the volume's root: the test file in use, relative to the mount path.
    static QString recordFile();
    // http://ADDRESS/PATH of the test file (the part of testFile below html/).
    static QString testUrl(const PlanContext &context, int server);
};
