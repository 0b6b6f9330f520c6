// The failover drill's page offscreen, without servers: reached from Welcome as its own choice,
// filled with the session's pair, it asks before anything starts (No starts nothing), and it
// shows a report; screenshots in screenshots/drill-*.png. The drill itself against a real pair
// is tested by tests/lab/drill-*-test.sh.
#include "FailoverDrillPage.h"
#include "PageId.h"
#include "WelcomePage.h"
#include "WizardWindow.h"
#include "session/ConnectionModel.h"
#include "session/PlanModel.h"
#include "session/RecentSpec.h"
#include "session/RunModel.h"
#include "session/SetupSession.h"
#include "session/SpecModel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

namespace {
SetupSpec pairSpec()
{
    SetupSpec spec;
    for (int i = 1; i <= 2; ++i) {
        ServerSpec server;
        server.name = QStringLiteral("server0%1").arg(i);
        server.publicAddress = QStringLiteral("198.18.1.1%1").arg(i);
        server.privateName = server.name + QStringLiteral("-private");
        server.privateAddress = QStringLiteral("198.18.0.1%1").arg(i);
        server.ssh.host = server.publicAddress;
        server.disk = QStringLiteral("/dev/vdb");
        server.brickMount = QStringLiteral("/data/var-www/brick0%1").arg(i);
        spec.servers.append(server);
    }
    return spec;
}
} // namespace

class TestFailoverDrillPage : public QObject
{
    Q_OBJECT

    const QString m_shots = QStringLiteral(GHW_BINARY_DIR "/screenshots");

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentSpec::forget();
        QVERIFY(QDir().mkpath(m_shots));
    }

    // Welcome → "Test failover of an existing pair" → the drill page, with the pair's servers.
    void reachedFromWelcome()
    {
        WizardWindow window;
        window.session()->spec()->setSpec(pairSpec());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = qobject_cast<WelcomePage *>(window.currentPage());
        QVERIFY(welcome);
        welcome->setChoice(WelcomePage::Choice::FailoverDrill);
        QCOMPARE(welcome->nextId(), int(PageId::FailoverDrill));
        QTest::mouseClick(window.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(window.currentId(), int(PageId::FailoverDrill));
        auto *page = qobject_cast<FailoverDrillPage *>(window.currentPage());
        QVERIFY(page);
        auto *target = page->findChild<QComboBox *>(QStringLiteral("drillTarget"));
        QVERIFY(target);
        QCOMPARE(target->count(), 2);
        QCOMPARE(target->itemText(0), QStringLiteral("server01"));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("drillStart"))->isEnabled());
        QVERIFY(!page->isRunning());
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/drill-01-page.png")));
    }

    // Start asks first, naming the server it takes out; "No" starts nothing. The second server
    // chosen is the one named.
    void asksBeforeStarting()
    {
        WizardWindow window;
        window.session()->spec()->setSpec(pairSpec());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qobject_cast<WelcomePage *>(window.currentPage())
            ->setChoice(WelcomePage::Choice::FailoverDrill);
        window.next();
        auto *page = qobject_cast<FailoverDrillPage *>(window.currentPage());
        QVERIFY(page);
        page->findChild<QComboBox *>(QStringLiteral("drillTarget"))->setCurrentIndex(1);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("drillStart")),
                          Qt::LeftButton);
        QMessageBox *question = page->confirmationBox();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY2(question->windowTitle().contains(QStringLiteral("server02")),
                 qPrintable(question->windowTitle()));
        QVERIFY(question->text().contains(QStringLiteral("server01 keeps serving")));
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::No));
        QVERIFY(!page->isRunning()); // nothing before the answer
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/drill-02-question.png")));
        QTest::mouseClick(question->button(QMessageBox::No), Qt::LeftButton);
        QTRY_VERIFY(!page->confirmationBox());
        QVERIFY(!page->isRunning());
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("drillState"))->text(),
                 QStringLiteral("Not started."));
    }

    // A finished drill's report: the verdict as the state line, the figures below.
    void showsTheReport()
    {
        FailoverDrillPage page;
        page.setSpec(pairSpec(), QString());
        DrillReport report;
        report.outcome = DrillReport::Outcome::Passed;
        report.target = QStringLiteral("server01");
        report.survivor = QStringLiteral("server02");
        report.siteUrl = QStringLiteral("http://198.18.1.12/index.html");
        report.tookDown = true;
        report.restored = true;
        report.downMs = 7100;
        report.longestStallMs = 0;
        report.siteAnswers = 16;
        report.healMs = 1200;
        report.fileOnBothBricks = true;
        report.splitBrainEntries = 0;
        page.showReport(report);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("drillState"))
                    ->text()
                    .startsWith(QStringLiteral("PASSED: server01 was out of the pair for 7.1 s")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("drillReport"))
                    ->text()
                    .contains(QStringLiteral("Heal: 1.2 s")));
        auto *reportLabel = page.findChild<QLabel *>(QStringLiteral("drillReport"));
        QTRY_VERIFY(reportLabel->height() >= reportLabel->sizeHint().height());
        QCOMPARE(reportLabel->text().count(QLatin1Char('\n')), 4); // five lines, none cut
        QVERIFY(page.grab().save(m_shots + QStringLiteral("/drill-03-report.png")));
    }
};

QTEST_MAIN(TestFailoverDrillPage)
#include "tst_failoverdrillpage.moc"
