#pragma once

#include "connect/ConnectionCheck.h"
#include "plan/StepState.h"

#include <QColor>
#include <QIcon>

// Small round status marks drawn by the application itself, so that they look the same on
// every desktop (and offscreen): green tick, red cross, blue dot for running, amber question
// mark for a decision, grey ring for pending, grey dash for skipped, and for a check that could
// not be made a slate disc with an open ring inside ("not checked": never mistaken for a pass).
class StatusIcon
{
public:
    enum class Kind { Pending, Running, Waiting, Passed, Failed, Skipped, NotChecked };

    static QIcon icon(Kind kind);
    static QIcon forCheck(CheckStatus status);
    static QIcon forStep(StepState state);
    static QColor color(Kind kind);
    static Kind kindOf(StepState state);
};
