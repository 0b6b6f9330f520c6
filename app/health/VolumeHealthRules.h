#pragma once

#include "health/HealthCheck.h"

#include <QList>

class HealthContext;

// Does the volume exist and run, is every brick online as every server sees it, and does each
// server run its self-heal daemon? Does it carry the plan's options for a fast failover?
// ("volume", "failover-options", "brick", "self-heal-daemon")
class VolumeHealthRules
{
public:
    static void append(const HealthContext &context, QList<HealthCheck> *checks);
};
