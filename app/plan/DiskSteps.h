#pragma once

#include "plan/PlanContext.h"
#include "plan/Step.h"

#include <QCoreApplication>

// The brick's disk: XFS on the spec's disk, mounted by UUID through fstab, and the brick
// directory inside it.
class DiskSteps
{
    Q_DECLARE_TR_FUNCTIONS(DiskSteps)

public:
    // mkfs.xfs -i size=512, destructive. Refuses at run time a disk that is mounted (itself or
    // anything on it) or belongs to the system (StepSnippets::diskSystemUses), and one that
    // holds a signature or partitions unless a bound wipe permission names it and the disk's
    // identity right before mkfs is still the one the permission was bound to.
    static Step format(const PlanContext &context, int server);
    static Step brickMount(const PlanContext &context, int server);
    static Step brickDirectory(const PlanContext &context, int server);
};
