#include "HealthDashboardPage.h"

#include "HealthCheckList.h"
#include "HealthVerdictBanner.h"
#include "PairDiagram.h"
#include "RemoteText.h"
#include "health/HealthPairSummary.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

HealthDashboardPage::HealthDashboardPage(QWidget *parent)
    : QWizardPage(parent)
    , m_banner(new HealthVerdictBanner)
    , m_diagram(new PairDiagram)
    , m_checks(new HealthCheckList)
    , m_details(new QTextBrowser)
    , m_roundTrip(new QCheckBox(tr("&Replication round trip")))
    , m_status(new QLabel)
    , m_refresh(new QPushButton(tr("C&heck now")))
    , m_exportHtml(new QPushButton(tr("Export &HTML…")))
    , m_exportJson(new QPushButton(tr("Export &JSON…")))
{
    setTitle(tr("Health of the pair"));
    setSubTitle(tr("Read-only: every server is asked at once what it sees, the site is fetched "
                   "from here, and a test file makes a round trip through the volume."));
    m_roundTrip->setChecked(true);
    m_roundTrip->setToolTip(tr("Writes a uniquely named file through the first server's mount, "
                               "reads it through the other's, then removes it."));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a check to see why and what to do."));
    m_status->setWordWrap(true);
    m_exportHtml->setEnabled(false);
    m_exportJson->setEnabled(false);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_checks);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_roundTrip);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_exportHtml);
    buttons->addWidget(m_exportJson);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_diagram);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &HealthDashboardPage::refresh);
    connect(m_exportHtml, &QPushButton::clicked, this,
            [this] { exportWithDialog(ExportFormat::Html); });
    connect(m_exportJson, &QPushButton::clicked, this,
            [this] { exportWithDialog(ExportFormat::Json); });
    connect(m_checks, &HealthCheckList::currentCheckChanged, this,
            &HealthDashboardPage::showDetails);
}

HealthDashboardPage::~HealthDashboardPage() = default;

void HealthDashboardPage::setSpec(const SetupSpec &spec, const QString &knownHostsPath)
{
    m_spec = spec;
    m_hasSpec = true;
    m_knownHostsPath = knownHostsPath;
    m_secrets = QStringList(spec.servers.size());
    m_hasReport = false;
    m_report = HealthReport();
    m_diagram->clear();
    m_checks->clear();
    m_details->clear();
    m_exportHtml->setEnabled(false);
    m_exportJson->setEnabled(false);
    m_banner->showMessage(
        tr("Not checked yet"),
        tr("Volume %1 on %n server(s).", nullptr, int(spec.servers.size())).arg(spec.volume.name));
}

void HealthDashboardPage::setSecret(int index, const QString &secret)
{
    if (index >= 0 && index < m_secrets.size())
        m_secrets[index] = secret;
}

void HealthDashboardPage::initializePage()
{
    // Starting the background check is cheap; its work happens in the event loop.
    if (m_hasSpec && !m_hasReport && !isChecking())
        refresh();
}

void HealthDashboardPage::setChecking(bool checking)
{
    m_refresh->setEnabled(!checking);
    m_roundTrip->setEnabled(!checking);
    m_refresh->setText(checking ? tr("Checking…") : tr("C&heck now"));
}

void HealthDashboardPage::refresh()
{
    if (!m_hasSpec || isChecking())
        return;
    HealthProbeOptions options = HealthCheckJob::dashboardOptions();
    options.roundTrip = m_roundTrip->isChecked();
    auto *job = new HealthCheckJob(m_spec, m_knownHostsPath, options, this);
    for (int i = 0; i < m_secrets.size(); ++i) {
        if (!m_secrets.at(i).isEmpty())
            job->setSecret(i, m_secrets.at(i));
    }
    m_job = job;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(job, &HealthCheckJob::progress, this,
            [this](const QString &server, const QString &line) {
                m_status->setText(server.isEmpty() ? line : server + QLatin1String(": ") + line);
            });
    connect(job, &HealthCheckJob::finished, this, [this, job, clock](const HealthReport &report) {
        job->deleteLater();
        m_job = nullptr;
        setChecking(false);
        showReport(report);
        m_status->setText(
            tr("Checked in %1 s.").arg(QLocale().toString(clock->elapsed() / 1000.0, 'f', 1)));
        emit checkFinished(report);
    });
    setChecking(true);
    m_status->setText(tr("Connecting to %n server(s)…", nullptr, int(m_spec.servers.size())));
    job->start();
}

void HealthDashboardPage::showReport(const HealthReport &report)
{
    m_report = report;
    m_hasReport = true;
    m_banner->showReport(report);
    m_diagram->setSummary(HealthPairSummary::fromReport(report));
    m_checks->setReport(report);
    m_checks->selectFirstProblem();
    m_exportHtml->setEnabled(true);
    m_exportJson->setEnabled(true);
}

void HealthDashboardPage::showDetails(const HealthCheck &check)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(check.title.toHtmlEscaped());
    if (!check.subject.isEmpty())
        html += QStringLiteral("<p><tt>%1</tt></p>")
                    .arg(RemoteText::printable(check.subject).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(RemoteText::printable(check.reason).toHtmlEscaped());
    if (!check.fixCommands.isEmpty()) {
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(check.server.isEmpty()
                         ? tr("To fix it, run as root on one of the servers:").toHtmlEscaped()
                         : tr("To fix it, run as root on %1:").arg(check.server).toHtmlEscaped());
        // One shaded, wrapping block per command: long paths stay visible and selectable.
        for (const QString &command : check.fixCommands) {
            html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" "
                                   "style=\"background-color:#f1f3f4; margin-bottom:6px\"><tr><td>"
                                   "<span style=\"font-family:monospace; white-space:pre-wrap\">"
                                   "%1</span></td></tr></table>")
                        .arg(RemoteText::printable(command).toHtmlEscaped());
        }
    }
    m_details->setHtml(html);
}

bool HealthDashboardPage::exportReport(const QString &path, ExportFormat format,
                                       QString *error) const
{
    if (!m_hasReport) {
        if (error)
            *error = tr("There is no report to export yet.");
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes =
        format == ExportFormat::Html ? m_report.toHtml().toUtf8() : m_report.toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void HealthDashboardPage::exportWithDialog(ExportFormat format)
{
    const bool html = format == ExportFormat::Html;
    const QString stamp = m_report.observedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suggested =
        QDir::home().filePath(QStringLiteral("health-%1-%2.%3")
                                  .arg(m_report.volumeName, stamp,
                                       html ? QStringLiteral("html") : QStringLiteral("json")));
    const QString path = QFileDialog::getSaveFileName(
        this, html ? tr("Export the report as HTML") : tr("Export the report as JSON"), suggested,
        html ? tr("Web page (*.html)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReport(path, format, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}
