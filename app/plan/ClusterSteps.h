#pragma once

#include "plan/PlanContext.h"
#include "plan/Step.h"

#include <QCoreApplication>

// The Gluster pool and the volume, driven from the first server (peer probe, create, start),
// always with `gluster --mode=script` (the split-brain question is asked by the product itself,
// see volume.acknowledgeSplitBrainRisk).
class ClusterSteps
{
    Q_DECLARE_TR_FUNCTIONS(ClusterSteps)

public:
    // From the first server: probe every other server by its private name, wait until connected.
    static Step peerProbe(const PlanContext &context);
    // From another server: probe the first one back by name, so every peer knows every other
    // by its private name rather than by the address it connected from (Gluster's advice).
    static Step peerProbeBack(const PlanContext &context, int server);
    // Replica N over one brick per server; an existing volume must have exactly these bricks.
    static Step volumeCreate(const PlanContext &context);
    // The options of FailoverOptions (set before the first start, so the bricks start with them).
    static Step volumeOptions(const PlanContext &context);
    // Replica 3 only: the client quorum of FailoverOptions::quorum().
    static Step volumeQuorum(const PlanContext &context);
    static Step volumeStart(const PlanContext &context);
};
