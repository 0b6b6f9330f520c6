#pragma once

#include "plan/StepState.h"
#include "run/RunResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QWizardPage>

class LogView;
class PlanRunner;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class RunModel;
class SpecModel;

// Page 7: the plan running. Overall progress, every step with its state, a live log per
// server (stderr in red, capped, written in batches so the window never stalls), cancel, and
// the log saved on request. A failed or cancelled run can be started again: it resumes, as
// every step first checks whether it is already done. Next (to the result) once it succeeded.
class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    RunPage(SpecModel *spec, RunModel *run, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isFinished() const { return m_finished; }
    RunResult lastResult() const { return m_result; }
    QTreeWidget *stepList() const { return m_steps; }
    LogView *log(int server) const { return m_logs.value(server); }
    int logCount() const { return static_cast<int>(m_logs.size()); }

private:
    void syncLogs(); // one log per server of the spec
    void startRun();
    void watch(PlanRunner *runner);
    void setStepState(int index, StepState state);
    void onFinished(const RunResult &result);
    void saveLog();

    SpecModel *m_spec;
    RunModel *m_run;
    class QSplitter *m_logPanes;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_steps;
    QList<LogView *> m_logs;
    QList<QLabel *> m_logTitles;
    QPushButton *m_cancel;
    QPushButton *m_again;
    QPushButton *m_save;
    QElapsedTimer m_clock;
    QList<QElapsedTimer> m_stepClocks; // valid for the steps that started
    RunResult m_result;
    bool m_finished = false;
};
