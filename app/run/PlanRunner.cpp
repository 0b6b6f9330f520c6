#include "run/PlanRunner.h"

#include "shell/StepCommand.h"

#include "RemoteCommand.h"
#include "RemoteProcessGroup.h"
#include "SshSession.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

PlanRunner::PlanRunner(const Plan &plan, const QList<SshSession *> &sessions, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_sessions(sessions)
{
    qRegisterMetaType<RunResult>();
    for (int i = 0; i < m_plan.size(); ++i)
        m_states.append(StepState::Pending);
}

PlanRunner::~PlanRunner()
{
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        if (it->command)
            it->command->disconnect(this);
    }
}

QString PlanRunner::refusalReason() const
{
    const QString planError = m_plan.consistencyError();
    if (!planError.isEmpty())
        return tr("The plan is inconsistent: %1").arg(planError);
    for (const Step &step : m_plan.steps()) {
        SshSession *session = m_sessions.value(step.serverIndex);
        if (!session || !session->isConnected())
            return tr("Not connected to %1: connect to every server before running the plan.")
                .arg(step.serverName);
        if (step.destructive && !m_destructiveConfirmed)
            return tr("The step \"%1\" on %2 erases a disk and was not confirmed.")
                .arg(step.title, step.serverName);
    }
    return {};
}

void PlanRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    const QString refusal = refusalReason();
    if (!refusal.isEmpty()) {
        m_result.outcome = RunResult::Outcome::Refused;
        m_result.message = refusal;
        m_stopping = true;
        for (int i = 0; i < m_states.size(); ++i)
            m_states[i] = StepState::NotRun;
        // Asynchronously, so that a caller connecting after start() still hears it.
        QTimer::singleShot(0, this, &PlanRunner::finishRunIfIdle);
        return;
    }
    emit progress(0, m_plan.size());
    schedule();
    finishRunIfIdle(); // an empty plan
}

int PlanRunner::cancelGraceSeconds()
{
    return RemoteProcessGroup::graceSeconds;
}

void PlanRunner::cancel()
{
    if (!m_running || m_stopping)
        return;
    m_cancelled = true;
    m_stopping = true;
    const auto active = m_active;
    for (const Running &running : active) {
        if (running.command)
            running.command->cancel();
    }
    finishRunIfIdle();
}

bool PlanRunner::serverBusy(int serverIndex) const
{
    for (auto it = m_active.constBegin(); it != m_active.constEnd(); ++it) {
        if (m_plan.steps().at(it.key()).serverIndex == serverIndex)
            return true;
    }
    return false;
}

int PlanRunner::nextStepFor(int serverIndex) const
{
    // The server's first step that is not finished, in plan order.
    for (int i = 0; i < m_plan.size(); ++i) {
        if (m_plan.steps().at(i).serverIndex == serverIndex && m_states.at(i) == StepState::Pending)
            return i;
    }
    return -1;
}

bool PlanRunner::dependenciesSatisfied(const Step &step) const
{
    for (const QString &id : step.dependsOn) {
        const int index = m_plan.indexOf(id);
        if (index < 0 || !StepStates::isSatisfied(m_states.at(index)))
            return false;
    }
    return true;
}

void PlanRunner::schedule()
{
    if (m_stopping)
        return;
    for (int server = 0; server < m_sessions.size(); ++server) {
        if (serverBusy(server))
            continue;
        const int index = nextStepFor(server);
        if (index < 0 || !dependenciesSatisfied(m_plan.steps().at(index)))
            continue;
        emit stepStarted(index);
        startPhase(index, StepPhase::Check);
    }
}

void PlanRunner::startPhase(int index, StepPhase phase)
{
    const Step &step = m_plan.steps().at(index);
    const QString &text = phase == StepPhase::Check   ? step.check
                          : phase == StepPhase::Apply ? step.apply
                                                      : step.verify;
    m_states[index] = phase == StepPhase::Check   ? StepState::Checking
                      : phase == StepPhase::Apply ? StepState::Applying
                                                  : StepState::Verifying;
    RemoteCommandOptions options;
    options.asRoot = true;
    options.timeoutMs = m_commandTimeoutMs;
    // A cancel (or the timeout) ends the step's processes on the server, not just the channel,
    // and the step finishes only once they are gone: a resumed run cannot overlap them.
    options.endProcessesOnCancel = true;
    RemoteCommand *command =
        m_sessions.at(step.serverIndex)->run(StepCommand::remoteLine(text), options);
    Running &running = m_active[index];
    running.command = command;
    running.phase = phase;
    running.clock.start();
    emit phaseStarted(index, phase, command->loggableCommand());
    // The output goes to people and logs only: redacted here, where it leaves the SSH layer.
    connect(command, &RemoteCommand::stdoutLines, this,
            [this, index, phase, command](const QStringList &lines) {
                emit outputLines(index, phase, command->redactLines(lines), false);
            });
    connect(command, &RemoteCommand::stderrLines, this,
            [this, index, phase, command](const QStringList &lines) {
                emit outputLines(index, phase, command->redactLines(lines), true);
            });
    connect(command, &RemoteCommand::finished, this,
            [this, index](const RemoteCommandResult &result) { onPhaseFinished(index, result); });
}

void PlanRunner::onPhaseFinished(int index, const RemoteCommandResult &result)
{
    const Running running = m_active.take(index);
    if (running.command)
        running.command->deleteLater();
    const StepPhase phase = running.phase;
    emit phaseFinished(index, phase, result, running.clock.elapsed());

    // A check "fails" to say "not done yet" — but only a real answer from bash says so; a lost
    // connection, a timeout or a signal is a failure of the step.
    const bool answered = result.gotEof && result.exitSignal.isEmpty() && !result.timedOut &&
                          !result.cancelled && !result.error.isError() && result.exitStatus >= 0;
    if (result.cancelled || (m_cancelled && !result.success())) {
        finishStep(index, StepState::Cancelled);
    } else if (phase == StepPhase::Check && answered) {
        if (result.exitStatus == 0)
            finishStep(index, StepState::AlreadyDone);
        else if (m_stopping)
            finishStep(index, StepState::NotRun);
        else
            startPhase(index, StepPhase::Apply);
    } else if (phase == StepPhase::Apply && result.success()) {
        startPhase(index, StepPhase::Verify);
    } else if (phase == StepPhase::Verify && result.success()) {
        finishStep(index, StepState::Done);
    } else {
        recordFailure(index, phase, result);
        finishStep(index, StepState::Failed);
    }
    schedule();
    finishRunIfIdle();
}

void PlanRunner::recordFailure(int index, StepPhase phase, const RemoteCommandResult &result)
{
    m_stopping = true;
    if (m_result.failedStep >= 0)
        return; // the first failure is the one reported
    const Step &step = m_plan.steps().at(index);
    m_result.outcome = RunResult::Outcome::Failed;
    m_result.failedStep = index;
    m_result.serverName = step.serverName;
    m_result.stepTitle = step.title;
    m_result.exitStatus = result.exitStatus;
    m_result.remoteStderr = result.stderrTail;
    const QString what = phase == StepPhase::Verify  ? tr("its result could not be verified (%1)")
                         : phase == StepPhase::Check ? tr("its check could not run (%1)")
                                                     : tr("it failed (%1)");
    QString cause = result.describe();
    while (cause.endsWith(QLatin1Char('.')))
        cause.chop(1);
    m_result.message =
        tr("Step \"%1\" on %2: %3.").arg(step.title, step.serverName, what.arg(cause));
}

void PlanRunner::finishStep(int index, StepState state)
{
    // A verification step that passed verified something, whether its check held at once.
    if (StepStates::isSatisfied(state) && !m_plan.steps().at(index).verifies.isEmpty())
        state = StepState::Verified;
    m_states[index] = state;
    if (state == StepState::Done)
        ++m_result.applied;
    else if (state == StepState::AlreadyDone)
        ++m_result.alreadyDone;
    else if (state == StepState::Verified)
        ++m_result.verified;
    emit stepFinished(index, state);
    int finishedSteps = 0;
    for (StepState s : std::as_const(m_states))
        finishedSteps += StepStates::isFinal(s) ? 1 : 0;
    emit progress(finishedSteps, m_plan.size());
}

void PlanRunner::finishRunIfIdle()
{
    if (!m_running || !m_active.isEmpty())
        return;
    const bool allDone = std::all_of(m_states.cbegin(), m_states.cend(), StepStates::isSatisfied);
    if (!allDone && !m_stopping) {
        // Nothing runs and nothing can start: only a dependency cycle does this, which
        // Plan::consistencyError() rules out. Say so rather than hang.
        m_stopping = true;
        m_result.outcome = RunResult::Outcome::Failed;
        m_result.message = tr("The run cannot continue: no step is ready to run.");
    }
    for (int i = 0; i < m_states.size(); ++i) {
        if (m_states.at(i) == StepState::Pending) {
            m_states[i] = StepState::NotRun;
            emit stepFinished(i, StepState::NotRun);
        }
    }
    if (m_cancelled && m_result.outcome != RunResult::Outcome::Failed) {
        m_result.outcome = RunResult::Outcome::Cancelled;
        m_result.message = tr("The run was cancelled: the commands that were running were ended "
                              "on the servers. A later run resumes where this one stopped.");
    } else if (m_result.outcome == RunResult::Outcome::Succeeded) {
        m_result.message = QCoreApplication::translate("PlanRunner", "All %n step(s) done.",
                                                       nullptr, m_plan.size());
    }
    m_result.elapsedMs = m_clock.elapsed();
    m_running = false;
    emit finished(m_result);
}
