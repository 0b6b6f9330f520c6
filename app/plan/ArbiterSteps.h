#pragma once

#include "plan/PlanContext.h"
#include "plan/Step.h"

#include <QCoreApplication>

// Adding an arbiter to an existing replica 2 volume (`add-arbiter`), from the first server: a
// check that refuses, before anything changes, a volume that is not a started replica 2 of the
// two data servers' bricks or that has pending heals or split-brain files; `gluster volume
// add-brick VOL replica 3 arbiter 1 ARBITER:BRICK`; and the wait for the heal that gives the
// arbiter the names and metadata of every file. The arbiter's own host is prepared by the
// setup's steps (packages, disk, brick, glusterd, peer probe).
class ArbiterSteps
{
    Q_DECLARE_TR_FUNCTIONS(ArbiterSteps)

public:
    static Step volumeCheck(const PlanContext &context);
    static Step addBrick(const PlanContext &context);
    static Step waitForHeal(const PlanContext &context);
};
