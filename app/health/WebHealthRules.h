#pragma once

#include "health/HealthCheck.h"

#include <QList>

class HealthContext;

// Does each web server hand out the test file, and does a file written on one side show up on
// the other? ("http", "replication")
class WebHealthRules
{
public:
    static void append(const HealthContext &context, QList<HealthCheck> *checks);
};
