#pragma once

#include "health/HealthCheck.h"
#include "health/HealthReport.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

// How the health dashboard shows a check's state: one colour and one round mark per state,
// drawn by the application (green tick, amber exclamation mark, red cross, grey question mark),
// the same on every desktop and offscreen; and a light tint of each for backgrounds.
class HealthStateStyle
{
    Q_DECLARE_TR_FUNCTIONS(HealthStateStyle)

public:
    static QColor color(HealthCheck::State state);
    static QColor tint(HealthCheck::State state);
    static QIcon icon(HealthCheck::State state);
    static QString label(HealthCheck::State state); // translated "ok", "warning"...
    static HealthCheck::State stateOf(HealthReport::Overall overall);
};
