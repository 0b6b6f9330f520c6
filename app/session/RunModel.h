#pragma once

#include "run/PlanRunner.h"
#include "run/RunLog.h"
#include "run/RunResult.h"
#include "session/PairResult.h"

#include <QObject>
#include <QPointer>

class ConnectionModel;
class PlanModel;
class SpecModel;

// The run of the plan model's plan over the connection model's sessions, its log, and the
// result read afterwards (the volume and the replication test's proof).
class RunModel : public QObject
{
    Q_OBJECT
public:
    RunModel(SpecModel *spec, ConnectionModel *connection, PlanModel *plan,
             QObject *parent = nullptr);
    ~RunModel() override;

    // Null when the plan is not ready to run.
    PlanRunner *startRun();
    PlanRunner *runner() const { return m_runner; }
    bool isRunning() const;
    RunLog *runLog() const { return m_runLog; }
    PairResult *startResult();
    PairResult *result() const { return m_result; }

signals:
    void runStarted(PlanRunner *runner);
    void runFinished(const RunResult &result);
    void resultStarted(PairResult *result);

private:
    SpecModel *m_spec;
    ConnectionModel *m_connection;
    PlanModel *m_plan;
    QPointer<PlanRunner> m_runner;
    QPointer<RunLog> m_runLog;
    QPointer<PairResult> m_result;
};
