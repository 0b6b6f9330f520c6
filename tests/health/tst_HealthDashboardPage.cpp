#include "HealthCheckList.h"
#include "HealthDashboardPage.h"
#include "HealthScenarios.h"
#include "HealthVerdictBanner.h"
#include "PairDiagram.h"
#include "health/HealthEvaluator.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QWizard>
#include <QtTest>

// The dashboard as a user sees it, for reports the evaluator made from real gluster outputs:
// the verdict, the picture of the pair, the checks with reasons and fixes, export; a refresh
// against servers that refuse the connection runs in the background and ends in a report.
// Screenshots go to screenshots/health-*.png for people to look at.
class TestHealthDashboardPage : public QObject
{
    Q_OBJECT
private slots:
    void healthyPair();
    void splitBrain();
    void nodeDown();
    void exportsTheShownReport();
    void refreshRunsInTheBackground();
    void builtPairOnTheSamePicture();

private:
    struct Window
    {
        QWizard wizard;
        HealthDashboardPage *page = new HealthDashboardPage;
        Window()
        {
            wizard.setWindowTitle(QStringLiteral("Gluster HA Wizard"));
            wizard.setWizardStyle(QWizard::ModernStyle);
            wizard.setPixmap(QWizard::LogoPixmap,
                             QIcon(QStringLiteral(":/icons/gluster-ha-wizard.svg")).pixmap(48, 48));
            wizard.setPage(20, page);
            wizard.resize(1000, 720);
        }
    };
    static SetupSpec labSpec();
    static void save(QWidget *widget, const QString &name);
};

SetupSpec TestHealthDashboardPage::labSpec()
{
    SetupSpec spec;
    for (int i = 1; i <= 2; ++i) {
        ServerSpec server;
        server.name = QStringLiteral("server0%1").arg(i);
        server.publicAddress = QStringLiteral("198.18.1.1%1").arg(i);
        server.privateName = server.name + QStringLiteral("-private");
        server.brickMount = QStringLiteral("/data/var-www/brick0%1").arg(i);
        server.ssh.host = server.publicAddress;
        spec.servers.append(server);
    }
    return spec;
}

void TestHealthDashboardPage::save(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(GHW_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

void TestHealthDashboardPage::healthyPair()
{
    Window window;
    const HealthReport report = HealthEvaluator::evaluate(HealthScenarios::healthy());
    QCOMPARE(report.overall(), HealthReport::Overall::Healthy);
    window.page->showReport(report);
    window.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window.wizard));

    auto *banner = window.page->findChild<HealthVerdictBanner *>();
    QVERIFY(banner);
    QCOMPARE(banner->verdictText(), QStringLiteral("HEALTHY"));
    auto *diagram = window.page->findChild<PairDiagram *>();
    QVERIFY(diagram && diagram->hasSummary());
    QCOMPARE(diagram->summary().servers.size(), 2);
    QCOMPARE(diagram->summary().linkState, HealthCheck::State::Ok);
    QCOMPARE(diagram->summary().healPending, 0);
    QCOMPARE(diagram->summary().splitBrainCount, 0);
    for (const HealthPairSummary::Server &server : diagram->summary().servers)
        QCOMPARE(server.state, HealthCheck::State::Ok);
    auto *list = window.page->findChild<HealthCheckList *>();
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), int(report.checks.size()));
    QVERIFY(window.page->findChild<QPushButton *>(QString(), Qt::FindChildrenRecursively));
    save(&window.wizard, QStringLiteral("health-healthy.png"));
}

void TestHealthDashboardPage::splitBrain()
{
    Window window;
    const HealthReport report = HealthEvaluator::evaluate(HealthScenarios::splitBrain());
    window.page->showReport(report);
    window.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window.wizard));

    auto *banner = window.page->findChild<HealthVerdictBanner *>();
    QCOMPARE(banner->verdictText(), HealthReport::overallTitle(report.overall()));
    QVERIFY(report.overall() != HealthReport::Overall::Healthy);
    auto *diagram = window.page->findChild<PairDiagram *>();
    QVERIFY(!diagram->summary().splitBrainFiles.isEmpty());
    QCOMPARE(diagram->summary().splitBrainState, HealthCheck::State::Fail);
    QCOMPARE(diagram->summary().splitBrainCount, int(diagram->summary().splitBrainFiles.size()));

    // Failures first; the first one is selected and its fix commands are shown to copy.
    auto *list = window.page->findChild<HealthCheckList *>();
    QCOMPARE(list->shownChecks().first().state, HealthCheck::State::Fail);
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    const HealthCheck first = list->shownChecks().first();
    auto *details = window.page->findChild<QTextBrowser *>();
    QVERIFY(details);
    for (const QString &command : first.fixCommands)
        QVERIFY2(details->toPlainText().contains(command), qPrintable(details->toPlainText()));
    const QString file = diagram->summary().splitBrainFiles.first();
    bool offered = false;
    for (const HealthCheck &check : report.checksWithId(QStringLiteral("split-brain"))) {
        if (check.subject == file)
            offered = check.fixCommands.first().contains(QStringLiteral("bigger-file"));
    }
    QVERIFY(offered);
    save(&window.wizard, QStringLiteral("health-split-brain.png"));
}

void TestHealthDashboardPage::nodeDown()
{
    Window window;
    window.page->showReport(HealthEvaluator::evaluate(HealthScenarios::nodeDown()));
    window.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window.wizard));
    auto *diagram = window.page->findChild<PairDiagram *>();
    QCOMPARE(diagram->summary().linkState, HealthCheck::State::Fail);
    QCOMPARE(diagram->summary().servers.at(0).state, HealthCheck::State::Ok);
    QCOMPARE(diagram->summary().servers.at(1).state, HealthCheck::State::Fail);
    save(&window.wizard, QStringLiteral("health-node-down.png"));
}

void TestHealthDashboardPage::exportsTheShownReport()
{
    HealthDashboardPage page;
    QTemporaryDir dir;
    QString error;
    QVERIFY(!page.exportReport(dir.filePath(QStringLiteral("none.json")),
                               HealthDashboardPage::ExportFormat::Json, &error));
    QVERIFY(!error.isEmpty());
    const HealthReport report = HealthEvaluator::evaluate(HealthScenarios::splitBrain());
    page.showReport(report);
    const QString json = dir.filePath(QStringLiteral("report.json"));
    const QString html = dir.filePath(QStringLiteral("report.html"));
    QVERIFY(page.exportReport(json, HealthDashboardPage::ExportFormat::Json, &error));
    QVERIFY(page.exportReport(html, HealthDashboardPage::ExportFormat::Html, &error));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    HealthReport read;
    QVERIFY2(HealthReport::fromJson(jsonFile.readAll(), &read, &error), qPrintable(error));
    QCOMPARE(read.checks.size(), report.checks.size());
    QCOMPARE(read.overall(), report.overall());
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString page_ = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(page_.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(page_.contains(QStringLiteral("bigger-file")));
    // A directory cannot be written as a file: the failure is reported, not hidden.
    QVERIFY(!page.exportReport(dir.path(), HealthDashboardPage::ExportFormat::Html, &error));
}

void TestHealthDashboardPage::refreshRunsInTheBackground()
{
    // Two servers on loopback ports nothing listens on: both refuse at once.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    SetupSpec spec = labSpec();
    for (ServerSpec &server : spec.servers) {
        server.publicAddress = QStringLiteral("127.0.0.1");
        server.ssh.host = QStringLiteral("127.0.0.1");
        server.ssh.port = port;
        server.ssh.auth = SshSpec::Auth::Key;
        server.ssh.identityFile = QStringLiteral("/nonexistent/key");
    }
    spec.web.server = WebSpec::Server::None;
    QTemporaryDir dir;
    Window window;
    window.page->setSpec(spec, dir.filePath(QStringLiteral("known_hosts")));
    window.page->findChild<QCheckBox *>()->setChecked(false);
    QSignalSpy finished(window.page, &HealthDashboardPage::checkFinished);
    QElapsedTimer clock;
    clock.start();
    window.wizard.show(); // initializePage starts the check
    QVERIFY(QTest::qWaitForWindowExposed(&window.wizard));
    QVERIFY(window.page->isChecking() || finished.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(clock.elapsed() < 15000);
    QVERIFY(!window.page->isChecking());
    QVERIFY(window.page->hasReport());
    const HealthReport report = window.page->report();
    QCOMPARE(report.overall(), HealthReport::Overall::Broken);
    QCOMPARE(report.checksWithId(QStringLiteral("reachable")).size(), 1);
    QCOMPARE(report.checksWithId(QStringLiteral("ssh")).size(), 2);
    save(&window.wizard, QStringLiteral("health-unreachable.png"));
}

// The result page draws the pair it built with the same widget: cards of brick, mount and web,
// no heal counts (not looked at), so a shorter picture than the dashboard's.
void TestHealthDashboardPage::builtPairOnTheSamePicture()
{
    PairDiagram health;
    health.setSummary(
        HealthPairSummary::fromReport(HealthEvaluator::evaluate(HealthScenarios::healthy())));
    PairDiagram built;
    built.setHealCountsShown(false);
    QVERIFY(!built.hasSummary());
    const QSize placeholder = built.sizeHint();
    const QList<HealthPairSummary::BuiltServer> servers = {
        {QStringLiteral("server01"), QStringLiteral("198.18.1.11"),
         QStringLiteral("/data/var-www/brick01/volume"), true, true},
        {QStringLiteral("server02"), QStringLiteral("198.18.1.12"),
         QStringLiteral("/data/var-www/brick02/volume"), true, true}};
    built.setSummary(HealthPairSummary::fromBuiltPair(
        servers, QStringLiteral("var-www"), QStringLiteral("Started, Replicate, replica 2"), true,
        QStringLiteral("/var/www"), true));
    QVERIFY(built.hasSummary());
    QVERIFY(built.sizeHint().height() < health.sizeHint().height());
    // The placeholder is as tall as the picture that replaces it: the page neither jumps nor
    // grows the window while the volume is read.
    QCOMPARE(placeholder, built.sizeHint());
    QVERIFY(built.minimumSizeHint().height() <= built.sizeHint().height());
    built.resize(900, built.sizeHint().height());
    save(&built, QStringLiteral("result-pair.png"));
}

QTEST_MAIN(TestHealthDashboardPage)
#include "tst_HealthDashboardPage.moc"
