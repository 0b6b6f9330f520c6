#include "ResultPage.h"

#include "PairDiagram.h"
#include "RemoteText.h"
#include "StatusIcon.h"
#include "run/PlanRunner.h"
#include "run/RunLog.h"
#include "session/PairResult.h"
#include "session/RunModel.h"
#include "session/SpecModel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

ResultPage::ResultPage(SpecModel *spec, RunModel *run, QWidget *parent)
    : QWizardPage(parent)
    , m_spec(spec)
    , m_run(run)
    , m_headline(new QLabel)
    , m_picture(new PairDiagram)
    , m_name(new QLabel)
    , m_type(new QLabel)
    , m_status(new QLabel)
    , m_bricks(new QLabel)
    , m_tests(new QVBoxLayout)
    , m_content(new QLabel)
    , m_raw(new QPlainTextEdit)
{
    setTitle(tr("Result"));
    setSubTitle(tr("The volume as Gluster reports it, and the proof that both servers serve "
                   "the same content."));
    setFinalPage(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    for (QLabel *label : {m_name, m_type, m_status, m_bricks})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_picture->setPlaceholderText(tr("Reading the volume…"));
    m_picture->setHealCountsShown(false);

    auto *volumeBox = new QGroupBox(tr("Volume"));
    auto *form = new QFormLayout(volumeBox);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Bricks:"), m_bricks);
    auto *testBox = new QGroupBox(tr("Replication test"));
    testBox->setLayout(m_tests);
    m_content->setObjectName(QStringLiteral("siteContent"));
    m_content->setWordWrap(true);
    m_content->setTextFormat(Qt::PlainText);
    m_content->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *contentBox = new QGroupBox(tr("Site content"));
    auto *contentLayout = new QVBoxLayout(contentBox);
    contentLayout->addWidget(m_content);
    auto *rawBox = new QGroupBox(tr("gluster volume info"));
    auto *rawLayout = new QVBoxLayout(rawBox);
    rawLayout->addWidget(m_raw);

    auto *columns = new QHBoxLayout;
    columns->addWidget(volumeBox, 1);
    columns->addWidget(testBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_picture);
    layout->addLayout(columns);
    layout->addWidget(contentBox);
    layout->addWidget(rawBox, 1);
}

void ResultPage::initializePage()
{
    m_loaded = false;
    m_headline->setText(tr("Reading the volume…"));
    for (QLabel *label : {m_name, m_type, m_status, m_bricks})
        label->clear();
    m_raw->clear();
    m_picture->clear();
    showTests();
    showContentReport();
    PairResult *result = m_run->startResult();
    connect(result, &PairResult::finished, this, &ResultPage::showResult);
}

void ResultPage::showTests()
{
    while (QLayoutItem *item = m_tests->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_replicationPassed = false;
    PlanRunner *runner = m_run->runner();
    if (!runner)
        return;
    const QList<PairResult::TestOutcome> outcomes = PairResult::testOutcomes(*runner);
    for (const PairResult::TestOutcome &outcome : outcomes) {
        auto *row = new QWidget;
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel;
        icon->setPixmap(StatusIcon::forStep(outcome.state).pixmap(16, 16));
        auto *text = new QLabel(QStringLiteral("%1: %2").arg(outcome.serverName, outcome.title));
        text->setWordWrap(true);
        rowLayout->addWidget(icon, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        m_tests->addWidget(row);
    }
    m_replicationPassed = PairResult::allPassed(outcomes);
    auto *summary =
        new QLabel(m_replicationPassed ? tr("Written on one server, read and served by all.")
                                       : tr("The replication test did not pass."));
    summary->setStyleSheet(m_replicationPassed ? QStringLiteral("color: #1e7b3a;")
                                               : QStringLiteral("color: #c0392b;"));
    m_tests->addWidget(summary);
    m_tests->addStretch();
}

void ResultPage::showContentReport()
{
    RunLog *log = m_run->runLog();
    const QStringList report = log ? PairResult::contentReport(*log) : QStringList();
    m_content->setText(report.isEmpty()
                           ? tr("Nothing was moved or copied in this run: the volume was already "
                                "mounted with the content it holds.")
                           : report.join(QLatin1Char('\n')));
}

void ResultPage::showResult()
{
    PairResult *result = m_run->result();
    const SetupSpec &spec = m_spec->spec();
    m_raw->setPlainText(RemoteText::printable(result->rawInfo().trimmed()));
    const bool started =
        result->hasVolume() && result->volume().status == GlusterVolume::Status::Started;
    if (result->hasVolume()) {
        const GlusterVolume &volume = result->volume();
        m_name->setText(volume.name);
        m_type->setText(tr("%1, replica %2").arg(volume.typeText).arg(volume.replicaCount));
        m_status->setText(volume.statusText);
        m_status->setStyleSheet(started ? QStringLiteral("color: #1e7b3a; font-weight: bold;")
                                        : QStringLiteral("color: #c0392b; font-weight: bold;"));
        QStringList bricks;
        for (const GlusterBrick &brick : volume.bricks)
            bricks << brick.name;
        m_bricks->setText(bricks.join(QLatin1Char('\n')));
    } else {
        m_status->setText(RemoteText::printable(result->error()));
        m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    }
    QList<HealthPairSummary::BuiltServer> servers;
    const QList<PairResult::TestOutcome> outcomes = m_run->runner()
                                                        ? PairResult::testOutcomes(*m_run->runner())
                                                        : QList<PairResult::TestOutcome>();
    for (const ServerSpec &server : spec.servers) {
        const bool hasBrick =
            result->hasVolume() && result->volume().brick(server.glusterBrick()) != nullptr;
        QList<PairResult::TestOutcome> own;
        std::copy_if(outcomes.begin(), outcomes.end(), std::back_inserter(own),
                     [&](const PairResult::TestOutcome &o) { return o.serverName == server.name; });
        servers.append({server.name, server.publicAddress, server.brickPath(), hasBrick,
                        PairResult::allPassed(own)});
    }
    const QString volumeText =
        result->hasVolume()
            ? QStringLiteral("%1, %2").arg(result->volume().statusText, m_type->text())
            : m_status->text();
    m_picture->setSummary(HealthPairSummary::fromBuiltPair(
        servers, spec.volume.name, volumeText, started, spec.mount.path, m_replicationPassed));
    if (started && m_replicationPassed) {
        m_headline->setText(tr("The pair is ready: %1 is replicated and served by both servers.")
                                .arg(spec.mount.path));
        m_headline->setStyleSheet(QStringLiteral("color: #1e7b3a;"));
    } else {
        m_headline->setText(tr("The pair is not complete: see below."));
        m_headline->setStyleSheet(QStringLiteral("color: #c0392b;"));
    }
    m_loaded = true;
    emit completeChanged();
}

QString ResultPage::volumeType() const
{
    PairResult *result = m_run->result();
    return result && result->hasVolume() ? result->volume().typeText : QString();
}

QString ResultPage::volumeStatus() const
{
    PairResult *result = m_run->result();
    return result && result->hasVolume() ? result->volume().statusText : QString();
}

int ResultPage::brickCount() const
{
    PairResult *result = m_run->result();
    return result && result->hasVolume() ? int(result->volume().bricks.size()) : 0;
}

int ResultPage::replicaCount() const
{
    PairResult *result = m_run->result();
    return result && result->hasVolume() ? result->volume().replicaCount : 0;
}

bool ResultPage::isComplete() const
{
    return m_loaded;
}

QString ResultPage::contentReportText() const
{
    return m_content->text();
}
