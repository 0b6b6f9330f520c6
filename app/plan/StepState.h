#pragma once

#include <QCoreApplication>
#include <QString>

// Where one step of a run stands. A step that was already done (its check passed) is never
// applied again: that is what makes a second run change nothing.
enum class StepState {
    Pending,
    Checking,
    Applying,
    Verifying,
    AlreadyDone, // check said it was done: skipped
    Done,        // applied and verified
    Verified,    // a verification step (Step::verifies) passed: it changed nothing
    Failed,
    Cancelled,
    NotRun, // the run stopped (failure or cancel) before this step's turn
};

// The three commands of a step.
enum class StepPhase { Check, Apply, Verify };

namespace StepStates {
inline bool isFinal(StepState state)
{
    return state == StepState::AlreadyDone || state == StepState::Done ||
           state == StepState::Verified || state == StepState::Failed ||
           state == StepState::Cancelled || state == StepState::NotRun;
}
inline bool isSatisfied(StepState state)
{
    return state == StepState::AlreadyDone || state == StepState::Done ||
           state == StepState::Verified;
}
inline bool isRunning(StepState state)
{
    return state == StepState::Checking || state == StepState::Applying ||
           state == StepState::Verifying;
}
QString displayName(StepState state);
// How a finished step reads in a log: "verified: read back on server02" for a verification step
// (verifies = Step::verifies), else displayName(). The same words as the exported script's.
QString outcomeText(StepState state, const QString &verifies);
QString phaseName(StepPhase phase); // "check", "apply", "verify" (not translated: log format)
} // namespace StepStates
