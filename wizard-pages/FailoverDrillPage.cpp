#include "FailoverDrillPage.h"

#include "HealthStateStyle.h"
#include "LogView.h"
#include "drill/FailoverDrillJob.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

FailoverDrillPage::FailoverDrillPage(QWidget *parent)
    : QWizardPage(parent)
    , m_target(new QComboBox)
    , m_start(new QPushButton(tr("&Start the drill…")))
    , m_cancel(new QPushButton(tr("S&top and bring it back")))
    , m_state(new QLabel)
    , m_site(new QLabel)
    , m_log(new LogView)
    , m_report(new QLabel)
{
    setTitle(tr("Test failover"));
    setSubTitle(tr("A drill for a pair in service: one server is taken out of the pair (its "
                   "Gluster processes are stopped) while this computer asks the other one's "
                   "site once a second; then it is brought back and the heal is awaited. It "
                   "starts only when the pair is healthy."));
    m_target->setObjectName(QStringLiteral("drillTarget"));
    m_start->setObjectName(QStringLiteral("drillStart"));
    m_cancel->setObjectName(QStringLiteral("drillCancel"));
    m_state->setObjectName(QStringLiteral("drillState"));
    m_site->setObjectName(QStringLiteral("drillSite"));
    m_report->setObjectName(QStringLiteral("drillReport"));
    // One line per figure, never wrapped: the label is as tall as the report (a wrapping
    // label under the stretching log would be cut to its first line).
    m_report->setWordWrap(false);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_site->setFont(bold);
    m_cancel->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Server to take out:"), m_target);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(m_site);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_report);

    connect(m_start, &QPushButton::clicked, this, &FailoverDrillPage::requestStart);
    connect(m_cancel, &QPushButton::clicked, this, &FailoverDrillPage::cancelDrill);
    showState(tr("Not started."), palette().color(QPalette::WindowText));
}

FailoverDrillPage::~FailoverDrillPage() = default;

void FailoverDrillPage::setSpec(const SetupSpec &spec, const QString &knownHostsPath)
{
    if (isRunning())
        return;
    m_spec = spec;
    m_hasSpec = spec.servers.size() >= 2;
    m_knownHostsPath = knownHostsPath;
    m_target->clear();
    for (const ServerSpec &server : spec.servers)
        m_target->addItem(server.name);
    m_start->setEnabled(m_hasSpec);
    if (!m_hasSpec)
        showState(tr("Open the spec of a pair on the welcome page first."),
                  HealthStateStyle::color(HealthCheck::State::Unknown));
}

void FailoverDrillPage::requestStart()
{
    if (!m_hasSpec || isRunning() || m_question)
        return;
    const int target = m_target->currentIndex();
    const QString name = m_spec.servers.value(target).name;
    const QString other = m_spec.servers.value(target == 0 ? 1 : 0).name;
    m_question = new QMessageBox(
        QMessageBox::Warning, tr("Take %1 out of the pair?").arg(name),
        tr("The drill stops glusterd, the brick and the self-heal daemon on %1 for about a "
           "minute, checks that %2 keeps serving the site and the volume, then starts them "
           "again and waits for the heal. Visitors of %1's own address may see errors "
           "meanwhile. It starts only if the pair is healthy. Start it now?")
            .arg(name, other),
        QMessageBox::Yes | QMessageBox::No, this);
    m_question->setObjectName(QStringLiteral("drillConfirmation"));
    m_question->setDefaultButton(QMessageBox::No);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->setWindowModality(Qt::WindowModal);
    connect(m_question, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            startConfirmed();
    });
    m_question->open();
}

void FailoverDrillPage::startConfirmed()
{
    if (!m_hasSpec || isRunning())
        return;
    m_log->clear();
    m_report->clear();
    m_siteAnswers = 0;
    m_siteFailures = 0;
    m_site->clear();
    const int target = m_target->currentIndex();
    m_job = new FailoverDrillJob(m_spec, target, m_knownHostsPath, DrillOptions(), this);
    connect(m_job, &FailoverDrillJob::progress, this,
            [this](const QString &line) { m_log->appendNote(line); });
    connect(m_job, &FailoverDrillJob::sitePolled, this, &FailoverDrillPage::appendSitePoll);
    connect(m_job, &FailoverDrillJob::serverDown, this, [this](const QString &server) {
        showState(tr("%1 is OUT of the pair now.").arg(server),
                  HealthStateStyle::color(HealthCheck::State::Warn));
    });
    connect(m_job, &FailoverDrillJob::serverBack, this, [this](const QString &server) {
        showState(tr("%1 is back; waiting for the heal.").arg(server),
                  HealthStateStyle::color(HealthCheck::State::Ok));
    });
    connect(m_job, &FailoverDrillJob::finished, this, [this](const DrillReport &report) {
        m_job->deleteLater();
        m_job = nullptr;
        setRunning(false);
        showReport(report);
        emit drillFinished(report);
    });
    showState(tr("Checking the health of the pair…"), palette().color(QPalette::WindowText));
    setRunning(true);
    m_job->start();
}

void FailoverDrillPage::cancelDrill()
{
    if (!m_job)
        return;
    m_cancel->setEnabled(false);
    showState(tr("Cancelling: bringing the server back first…"),
              HealthStateStyle::color(HealthCheck::State::Warn));
    m_job->cancel();
}

void FailoverDrillPage::cleanupPage()
{
    cancelDrill();
    QWizardPage::cleanupPage();
}

void FailoverDrillPage::appendSitePoll(bool answered, const QString &line)
{
    (answered ? m_siteAnswers : m_siteFailures)++;
    m_site->setText(
        tr("%1 (answered: %2, not answered: %3)").arg(line).arg(m_siteAnswers).arg(m_siteFailures));
    QPalette pal = m_site->palette();
    pal.setColor(
        QPalette::WindowText,
        HealthStateStyle::color(answered ? HealthCheck::State::Ok : HealthCheck::State::Fail));
    m_site->setPalette(pal);
    if (answered)
        m_log->appendLines({line}, false);
    else
        m_log->appendLines({line}, true);
}

void FailoverDrillPage::showReport(const DrillReport &report)
{
    HealthCheck::State state = HealthCheck::State::Fail;
    if (report.outcome == DrillReport::Outcome::Passed ||
        report.outcome == DrillReport::Outcome::Restored)
        state = HealthCheck::State::Ok;
    else if (report.outcome == DrillReport::Outcome::Cancelled ||
             report.outcome == DrillReport::Outcome::Refused)
        state = HealthCheck::State::Warn;
    const QStringList lines = report.toTextLines();
    showState(lines.value(0), HealthStateStyle::color(state));
    m_report->setText(lines.mid(1).join(QLatin1Char('\n')));
    for (const QString &line : lines)
        m_log->appendNote(line);
}

void FailoverDrillPage::setRunning(bool running)
{
    m_start->setEnabled(!running && m_hasSpec);
    m_target->setEnabled(!running);
    m_cancel->setEnabled(running);
    emit completeChanged();
}

void FailoverDrillPage::showState(const QString &text, const QColor &color)
{
    m_state->setText(text);
    QPalette pal = m_state->palette();
    pal.setColor(QPalette::WindowText, color);
    m_state->setPalette(pal);
}
