#pragma once

#include "health/HealthCheck.h"

#include <QList>

class HealthContext;

// Does each server see the other in its pool, connected? ("peer", "partition")
// `connected` decides, not stateStr, and a split view on both sides means the private link is cut.
class PeerHealthRules
{
public:
    static void append(const HealthContext &context, QList<HealthCheck> *checks);
};
