#include "session/RunModel.h"

#include "run/PlanRunner.h"
#include "run/RunLog.h"
#include "session/ConnectionModel.h"
#include "session/PairResult.h"
#include "session/PlanModel.h"
#include "session/RecentSpec.h"
#include "session/SpecModel.h"

RunModel::RunModel(SpecModel *spec, ConnectionModel *connection, PlanModel *plan, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_connection(connection)
    , m_plan(plan)
{
    // The runner's sessions belong to the checks that go.
    connect(connection, &ConnectionModel::sessionsClosing, this, [this]() { delete m_runner; });
}

RunModel::~RunModel() = default;

PlanRunner *RunModel::startRun()
{
    if (!m_plan->isPlanReady() || !m_connection->probe())
        return nullptr;
    delete m_runner;
    delete m_result;
    m_runner = new PlanRunner(m_plan->planResult().plan, m_connection->sessions(), this);
    m_runner->setDestructiveConfirmed(m_plan->destructiveConfirmed());
    m_runLog = new RunLog(m_runner);
    connect(m_runner, &PlanRunner::finished, this,
            [this](const RunResult &result) { emit runFinished(result); });
    RecentSpec::remember(m_spec->spec(), m_spec->specPath());
    emit runStarted(m_runner);
    m_runner->start();
    return m_runner;
}

bool RunModel::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

PairResult *RunModel::startResult()
{
    delete m_result;
    m_result = new PairResult(m_spec->spec(), m_connection->sessions().value(0), this);
    emit resultStarted(m_result);
    m_result->start();
    return m_result;
}
