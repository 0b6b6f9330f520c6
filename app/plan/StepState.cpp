#include "plan/StepState.h"

namespace StepStates {
QString displayName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QCoreApplication::translate("StepState", "waiting");
    case StepState::Checking:
        return QCoreApplication::translate("StepState", "checking");
    case StepState::Applying:
        return QCoreApplication::translate("StepState", "applying");
    case StepState::Verifying:
        return QCoreApplication::translate("StepState", "verifying");
    case StepState::AlreadyDone:
        return QCoreApplication::translate("StepState", "already done");
    case StepState::Done:
        return QCoreApplication::translate("StepState", "done");
    case StepState::Verified:
        return QCoreApplication::translate("StepState", "verified");
    case StepState::Failed:
        return QCoreApplication::translate("StepState", "failed");
    case StepState::Cancelled:
        return QCoreApplication::translate("StepState", "cancelled");
    case StepState::NotRun:
        return QCoreApplication::translate("StepState", "not run");
    }
    return {};
}

QString outcomeText(StepState state, const QString &verifies)
{
    if (state == StepState::Verified && !verifies.isEmpty())
        return QCoreApplication::translate("StepState", "verified: %1").arg(verifies);
    return displayName(state);
}

QString phaseName(StepPhase phase)
{
    switch (phase) {
    case StepPhase::Check:
        return QStringLiteral("check");
    case StepPhase::Apply:
        return QStringLiteral("apply");
    case StepPhase::Verify:
        return QStringLiteral("verify");
    }
    return {};
}
} // namespace StepStates
