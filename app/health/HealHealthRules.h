#pragma once

#include "health/HealthCheck.h"

#include <QList>

class HealthContext;

// Are both copies in sync? ("heal-pending", "split-brain": one check per split-brain file, each
// with the commands that resolve it)
class HealHealthRules
{
public:
    static void append(const HealthContext &context, QList<HealthCheck> *checks);
};
