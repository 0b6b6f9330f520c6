// The failover drill from the wizard against the lab pair (labels gui and lab, needs root):
// Welcome → "Test failover", the question answered Yes, the live view while server01 is out
// (the survivor's site answering), the PASSED report; then a drill cancelled by closing the
// window while server01 is out: the window closes only after server01 is back (glusterd runs
// there again). Screenshots in screenshots/drill-lab-*.png.
#include "FailoverDrillPage.h"
#include "LabPair.h"
#include "LogView.h"
#include "PageId.h"
#include "WelcomePage.h"
#include "WizardWindow.h"
#include "session/RecentSpec.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

class TestFailoverDrillFlow : public QObject
{
    Q_OBJECT

    LabPair m_lab;
    const QString m_shots = QStringLiteral(GHW_BINARY_DIR "/screenshots");

    // Opens the lab's spec and goes from Welcome to the drill page; starts the drill by
    // answering the page's question with Yes.
    FailoverDrillPage *startDrill(WizardWindow &window)
    {
        QString error;
        if (!window.openSpec(m_lab.specPath(), &error))
            qFatal("cannot open the lab spec: %s", qPrintable(error));
        window.setKnownHostsPath(m_lab.knownHostsPath());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        auto *welcome = qobject_cast<WelcomePage *>(window.currentPage());
        welcome->setChoice(WelcomePage::Choice::FailoverDrill);
        window.next();
        auto *page = qobject_cast<FailoverDrillPage *>(window.currentPage());
        if (!page)
            return nullptr;
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("drillStart")),
                          Qt::LeftButton);
        QMessageBox *question = page->confirmationBox();
        if (!question)
            return nullptr;
        QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
        return page;
    }

    QString glusterdPid(int server) const
    {
        QString output;
        m_lab.exec(server, QStringLiteral("pidof glusterd || true"), &output);
        return output.trimmed();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentSpec::forget();
        QVERIFY(QDir().mkpath(m_shots));
        QVERIFY2(m_lab.problem().isEmpty(), qPrintable(m_lab.problem()));
        // A healthy pair to drill (built by the exported script unless the lab is one).
        QProcess ensure;
        ensure.setProcessChannelMode(QProcess::ForwardedChannels);
        ensure.start(QStringLiteral(GHW_SOURCE_DIR "/tests/lab/ensure-pair.sh"),
                     {QStringLiteral(GHW_BINARY_DIR "/app/gluster-ha-wizard")});
        QVERIFY(ensure.waitForFinished(600000));
        QCOMPARE(ensure.exitCode(), 0);
    }

    void passesFromTheWizard()
    {
        WizardWindow window;
        FailoverDrillPage *page = startDrill(window);
        QVERIFY(page);
        QSignalSpy finished(page, &FailoverDrillPage::drillFinished);
        QVERIFY(page->isRunning());
        auto *state = page->findChild<QLabel *>(QStringLiteral("drillState"));
        auto *site = page->findChild<QLabel *>(QStringLiteral("drillSite"));
        // The live view while server01 is out: the survivor's site answering.
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("server01 is OUT")), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(site->text().contains(QStringLiteral("HTTP 200")), 10000);
        QVERIFY(!page->isComplete()); // no leaving the page while a server is out
        page->findChild<LogView *>()->flush();
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/drill-lab-1-server-out.png")));
        QVERIFY(finished.wait(240000));
        const auto report = finished.first().first().value<DrillReport>();
        QVERIFY2(report.passed(), qPrintable(report.toTextLines().join('\n')));
        QVERIFY(state->text().startsWith(QStringLiteral("PASSED: server01 was out")));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("drillReport"))
                    ->text()
                    .contains(QStringLiteral("Split-brain entries: 0.")));
        QVERIFY(!glusterdPid(0).isEmpty());
        // Every line of the report is on screen (the label gets its whole height).
        auto *reportLabel = page->findChild<QLabel *>(QStringLiteral("drillReport"));
        QTRY_VERIFY(reportLabel->height() >= reportLabel->sizeHint().height());
        page->findChild<LogView *>()->flush();
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/drill-lab-2-passed.png")));
    }

    // Closing the window mid-drill brings server01 back before the window goes.
    void closingTheWindowBringsTheServerBack()
    {
        WizardWindow window;
        FailoverDrillPage *page = startDrill(window);
        QVERIFY(page);
        QSignalSpy finished(page, &FailoverDrillPage::drillFinished);
        auto *state = page->findChild<QLabel *>(QStringLiteral("drillState"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("server01 is OUT")), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(glusterdPid(0).isEmpty(), 10000);
        QVERIFY(window.close() || window.isVisible()); // reject() waits for the drill
        QVERIFY(window.isVisible());
        QVERIFY(finished.wait(120000));
        const auto report = finished.first().first().value<DrillReport>();
        QCOMPARE(report.outcome, DrillReport::Outcome::Cancelled);
        QVERIFY(report.restored);
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(!glusterdPid(0).isEmpty());
        // The pair heals by itself: `health` says HEALTHY (exit 0) within two minutes.
        QDeadlineTimer deadline(120000);
        int status = -1;
        QByteArray lastReport;
        while (status != 0 && !deadline.hasExpired()) {
            QProcess health;
            health.start(QStringLiteral(GHW_BINARY_DIR "/app/gluster-ha-wizard"),
                         {QStringLiteral("health"), m_lab.specPath(),
                          QStringLiteral("--known-hosts"), m_lab.knownHostsPath()});
            QVERIFY(health.waitForFinished(60000));
            status = health.exitCode();
            lastReport = health.readAll();
            if (status != 0)
                QTest::qWait(1000);
        }
        QVERIFY2(status == 0, lastReport.constData());
    }
};

QTEST_MAIN(TestFailoverDrillFlow)
#include "tst_failoverdrillflow.moc"
