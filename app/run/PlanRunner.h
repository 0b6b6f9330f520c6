#pragma once

#include "plan/Plan.h"
#include "plan/StepState.h"
#include "run/RunResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class RemoteCommand;
class SshSession;
struct RemoteCommandResult;

// Executes a Plan over one connected SshSession per server: for each step check → (apply →
// verify) unless the check says it is already done. Steps of one server run one at a time in
// plan order; steps of different servers run in parallel as soon as the steps they depend on
// are done. The first failure stops the run (steps already running finish their command), and
// finished() names the step, the server, the exit status and the remote stderr. A later run
// resumes where this one stopped, because every check looks at the servers' real state.
//
// The UI and the command line only observe the signals; finished() is always the last one.
class PlanRunner : public QObject
{
    Q_OBJECT
public:
    // sessions[i] serves the steps whose serverIndex is i; they must be connected.
    PlanRunner(const Plan &plan, const QList<SshSession *> &sessions, QObject *parent = nullptr);
    ~PlanRunner() override;

    // Formatting a disk erases it: without this the run refuses to start when the plan holds a
    // destructive step (the page or `--yes` must have asked first).
    void setDestructiveConfirmed(bool confirmed) { m_destructiveConfirmed = confirmed; }
    // Each command's own limit (installing packages can take minutes).
    void setCommandTimeoutMs(int timeoutMs) { m_commandTimeoutMs = timeoutMs; }

    const Plan &plan() const { return m_plan; }
    StepState state(int index) const { return m_states.value(index); }
    bool isRunning() const { return m_running; }

    void start();
    void cancel();
    // How long cancel() lets the commands on the servers end after SIGTERM before SIGKILL.
    static int cancelGraceSeconds();

signals:
    void stepStarted(int index);
    void phaseStarted(int index, StepPhase phase, const QString &loggableCommand);
    // For display and logs: redacted (no secret of the session), control characters kept.
    void outputLines(int index, StepPhase phase, const QStringList &lines, bool isStderr);
    void phaseFinished(int index, StepPhase phase, const RemoteCommandResult &result,
                       qint64 elapsedMs);
    void stepFinished(int index, StepState state);
    void progress(int finishedSteps, int totalSteps);
    void finished(const RunResult &result);

private:
    struct Running
    {
        QPointer<RemoteCommand> command;
        StepPhase phase = StepPhase::Check;
        QElapsedTimer clock;
    };

    void schedule();
    int nextStepFor(int serverIndex) const;
    bool dependenciesSatisfied(const Step &step) const;
    void startPhase(int index, StepPhase phase);
    void onPhaseFinished(int index, const RemoteCommandResult &result);
    void finishStep(int index, StepState state);
    void recordFailure(int index, StepPhase phase, const RemoteCommandResult &result);
    void finishRunIfIdle();
    bool serverBusy(int serverIndex) const;
    QString refusalReason() const;

    Plan m_plan;
    QList<SshSession *> m_sessions;
    QList<StepState> m_states;
    QHash<int, Running> m_active; // step index -> its running command
    bool m_destructiveConfirmed = false;
    int m_commandTimeoutMs = 15 * 60 * 1000;
    bool m_running = false;
    bool m_stopping = false; // a failure or a cancel: start nothing new
    bool m_cancelled = false;
    RunResult m_result;
    QElapsedTimer m_clock;
};
