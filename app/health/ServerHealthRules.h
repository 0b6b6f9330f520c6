#pragma once

#include "health/HealthCheck.h"

#include <QList>

class HealthContext;

// Can we reach each server, and is its glusterd alive? ("ssh", "reachable", "glusterd")
class ServerHealthRules
{
public:
    static void append(const HealthContext &context, QList<HealthCheck> *checks);
};
