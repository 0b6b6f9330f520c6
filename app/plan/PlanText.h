#pragma once

#include "plan/Plan.h"
#include "spec/SetupSpec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The plan as the administrator reviews it (`plan`, the review page): each step's server,
// title, why, and exact check/apply/verify text; and the same as JSON (`plan --json`).
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)

public:
    static QString toText(const SetupSpec &spec, const Plan &plan);
    static QJsonObject toJson(const SetupSpec &spec, const Plan &plan);
};
