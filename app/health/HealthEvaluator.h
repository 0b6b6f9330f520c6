#pragma once

#include "health/HealthObservations.h"
#include "health/HealthReport.h"

// Turns what a probe observed into a report, the way an experienced admin would read it.
// Pure: no I/O, no clock; the same observations always give the same report.
class HealthEvaluator
{
public:
    static HealthReport evaluate(const HealthObservations &observations);
};
