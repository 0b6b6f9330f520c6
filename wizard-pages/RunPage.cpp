#include "RunPage.h"

#include "LogView.h"
#include "RemoteText.h"
#include "StatusIcon.h"
#include "run/PlanRunner.h"
#include "run/RunLog.h"
#include "session/RunModel.h"
#include "session/SpecModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { StateColumn, ServerColumn, StepColumn, TimeColumn };

QString seconds(qint64 ms)
{
    return QCoreApplication::translate("RunPage", "%1 s").arg(ms / 1000.0, 0, 'f', 1);
}
} // namespace

RunPage::RunPage(SpecModel *spec, RunModel *run, QWidget *parent)
    : QWizardPage(parent)
    , m_spec(spec)
    , m_run(run)
    , m_logPanes(new QSplitter(Qt::Horizontal))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_steps(new QTreeWidget)
    , m_cancel(new QPushButton(tr("&Cancel run")))
    , m_again(new QPushButton(tr("Run &again")))
    , m_save(new QPushButton(tr("Save &log…")))
{
    setTitle(tr("Running the plan"));
    setSubTitle(tr("Both servers are set up at the same time where the steps allow it. You can "
                   "cancel: a later run resumes where this one stopped."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Show the &result"));

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_again->setObjectName(QStringLiteral("runAgain"));
    m_save->setObjectName(QStringLiteral("saveLog"));
    m_steps->setHeaderLabels({tr("State"), tr("Server"), tr("Step"), tr("Time")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);

    syncLogs();
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_steps);
    split->addWidget(m_logPanes);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_again);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (PlanRunner *runner = m_run->runner()) {
            m_status->setText(tr("Cancelling: ending the commands running on the servers "
                                 "(SIGTERM, SIGKILL after %1 s)…")
                                  .arg(PlanRunner::cancelGraceSeconds()));
            m_cancel->setEnabled(false);
            runner->cancel();
        }
    });
    connect(m_again, &QPushButton::clicked, this, &RunPage::startRun);
    connect(m_save, &QPushButton::clicked, this, &RunPage::saveLog);
    connect(spec, &SpecModel::serverCountChanged, this, &RunPage::syncLogs);
}

void RunPage::syncLogs()
{
    while (m_logs.size() > m_spec->serverCount()) {
        m_logs.removeLast();
        m_logTitles.removeLast();
        delete m_logPanes->widget(m_logPanes->count() - 1);
    }
    while (m_logs.size() < m_spec->serverCount()) {
        auto *pane = new QWidget;
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 0, 0, 0);
        paneLayout->setSpacing(2);
        auto *title = new QLabel;
        auto *log = new LogView;
        paneLayout->addWidget(title);
        paneLayout->addWidget(log, 1);
        m_logTitles << title;
        m_logs << log;
        m_logPanes->addWidget(pane);
    }
}

void RunPage::initializePage()
{
    startRun();
}

void RunPage::startRun()
{
    m_finished = false;
    for (LogView *log : std::as_const(m_logs))
        log->clear();
    PlanRunner *runner = m_run->startRun();
    if (!runner) {
        m_status->setText(tr("The plan cannot run: go back to the review."));
        return;
    }
    watch(runner);
}

void RunPage::watch(PlanRunner *runner)
{
    const Plan &plan = runner->plan();
    const SetupSpec &spec = m_spec->spec();
    for (int i = 0; i < m_logTitles.size(); ++i)
        m_logTitles.at(i)->setText(
            tr("<b>%1</b> log").arg(spec.servers.value(i).name.toHtmlEscaped()));
    m_steps->clear();
    m_stepClocks = QList<QElapsedTimer>(plan.size());
    for (int i = 0; i < plan.size(); ++i) {
        const Step &step = plan.steps().at(i);
        auto *item =
            new QTreeWidgetItem(m_steps, {QString(), step.serverName, step.title, QString()});
        item->setToolTip(StepColumn, step.why);
    }
    for (int i = 0; i < plan.size(); ++i)
        setStepState(i, StepState::Pending);
    // Wide enough for the longest state name, so the column does not jump while running.
    int stateWidth = 0;
    for (StepState state :
         {StepState::Pending, StepState::Checking, StepState::Applying, StepState::Verifying,
          StepState::AlreadyDone, StepState::Done, StepState::Verified, StepState::Failed,
          StepState::Cancelled, StepState::NotRun})
        stateWidth =
            qMax(stateWidth, fontMetrics().horizontalAdvance(StepStates::displayName(state)));
    m_steps->setColumnWidth(StateColumn, stateWidth + 48);
    m_steps->resizeColumnToContents(ServerColumn);
    m_progress->setRange(0, plan.size());
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m steps"));
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Running…"));
    m_cancel->setEnabled(true);
    m_again->setEnabled(false);
    m_save->setEnabled(true);
    m_clock.start();

    connect(runner, &PlanRunner::stepStarted, this, [this, runner](int index) {
        m_stepClocks[index].start();
        setStepState(index, StepState::Checking);
        const Step &step = runner->plan().steps().at(index);
        if (LogView *log = m_logs.value(step.serverIndex))
            log->appendNote(QStringLiteral("▶ %1").arg(step.title));
        m_steps->scrollToItem(m_steps->topLevelItem(index));
    });
    connect(runner, &PlanRunner::phaseStarted, this,
            [this, runner](int index, StepPhase phase, const QString &) {
                setStepState(index, phase == StepPhase::Check   ? StepState::Checking
                                    : phase == StepPhase::Apply ? StepState::Applying
                                                                : StepState::Verifying);
                Q_UNUSED(runner)
            });
    connect(runner, &PlanRunner::outputLines, this,
            [this, runner](int index, StepPhase, const QStringList &lines, bool isStderr) {
                const int server = runner->plan().steps().at(index).serverIndex;
                if (LogView *log = m_logs.value(server))
                    log->appendLines(lines, isStderr);
            });
    connect(runner, &PlanRunner::stepFinished, this, [this, runner](int index, StepState state) {
        setStepState(index, state);
        const Step &step = runner->plan().steps().at(index);
        if (!m_stepClocks.value(index).isValid())
            return; // never started (the run stopped first): nothing to say in its log
        if (LogView *log = m_logs.value(step.serverIndex))
            log->appendNote(
                QStringLiteral("  %1").arg(StepStates::outcomeText(state, step.verifies)));
    });
    connect(runner, &PlanRunner::progress, this,
            [this](int finishedSteps, int) { m_progress->setValue(finishedSteps); });
    connect(runner, &PlanRunner::finished, this, &RunPage::onFinished);
}

void RunPage::setStepState(int index, StepState state)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item)
        return;
    item->setIcon(StateColumn, StatusIcon::forStep(state));
    item->setText(StateColumn, StepStates::displayName(state));
    item->setData(StateColumn, Qt::UserRole, int(state));
    if (StepStates::isFinal(state) && m_stepClocks.value(index).isValid())
        item->setText(TimeColumn, seconds(m_stepClocks.at(index).elapsed()));
    const bool running = StepStates::isRunning(state);
    QFont font = item->font(StepColumn);
    font.setBold(running);
    item->setFont(StepColumn, font);
    if (state == StepState::Failed) {
        for (int column = 0; column < m_steps->columnCount(); ++column)
            item->setForeground(column, StatusIcon::color(StatusIcon::Kind::Failed));
    }
}

void RunPage::onFinished(const RunResult &result)
{
    m_result = result;
    m_finished = true;
    for (LogView *log : std::as_const(m_logs))
        log->flush();
    m_cancel->setEnabled(false);
    m_again->setEnabled(!result.succeeded());
    QString text;
    switch (result.outcome) {
    case RunResult::Outcome::Succeeded:
        m_progress->setValue(m_progress->maximum());
        text = tr("Done in %1: %n step(s) applied, %2 already done, %3 verified.", nullptr,
                  result.applied)
                   .arg(seconds(result.elapsedMs))
                   .arg(result.alreadyDone)
                   .arg(result.verified);
        m_status->setStyleSheet(QStringLiteral("color: #1e7b3a;"));
        break;
    case RunResult::Outcome::Failed:
        text = result.message;
        if (!result.remoteStderr.isEmpty())
            text += QLatin1Char('\n') + result.remoteStderr.join(QLatin1Char('\n'));
        m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
        break;
    case RunResult::Outcome::Cancelled:
    case RunResult::Outcome::Refused:
        text = result.message;
        m_status->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        break;
    }
    m_status->setText(RemoteText::printable(text)); // quotes the server's stderr
    emit completeChanged();
}

void RunPage::saveLog()
{
    auto *dialog =
        new QFileDialog(this, tr("Save the run log"), QStringLiteral("gluster-ha-wizard-run.log"),
                        tr("Log files (*.log *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        RunLog *log = m_run->runLog();
        if (!log || !log->save(path, &error))
            m_status->setText(error.isEmpty() ? tr("There is no log to save yet.") : error);
        else
            m_status->setText(tr("Log saved to %1.").arg(path));
    });
    dialog->open();
}

bool RunPage::isComplete() const
{
    return m_finished && m_result.succeeded();
}
