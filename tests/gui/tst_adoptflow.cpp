// Welcome → "Check the health of an existing pair" against a pair built BY HAND with the seed
// article's commands (tests/lab/article-test.sh; labels gui and lab, needs root): one server
// named, the pair discovered and shown for confirmation, then the dashboard on it, HEALTHY.
// Screenshots in screenshots/adopt-lab-*.png.
#include "AdoptPage.h"
#include "HealthDashboardPage.h"
#include "LabPair.h"
#include "WelcomePage.h"
#include "WizardWindow.h"
#include "session/RecentSpec.h"
#include "session/SetupSession.h"
#include "session/SpecModel.h"

#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestAdoptFlow : public QObject
{
    Q_OBJECT

    LabPair m_lab;
    const QString m_shots = QStringLiteral(GHW_BINARY_DIR "/screenshots");

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentSpec::forget();
        QVERIFY(QDir().mkpath(m_shots));
        QVERIFY2(m_lab.problem().isEmpty(), qPrintable(m_lab.problem()));
        // The article's pair, built by hand over plain ssh on a fresh lab (and asserted).
        QProcess article;
        article.setProcessChannelMode(QProcess::ForwardedChannels);
        article.start(QStringLiteral(GHW_SOURCE_DIR "/tests/lab/article-test.sh"), QStringList());
        QVERIFY(article.waitForFinished(300000));
        QCOMPARE(article.exitCode(), 0);
    }

    void adoptsTheHandBuiltPairThenShowsItsHealth()
    {
        WizardWindow window;
        window.setKnownHostsPath(m_lab.knownHostsPath());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = qobject_cast<WelcomePage *>(window.currentPage());
        QVERIFY(welcome);
        welcome->setChoice(WelcomePage::Choice::HealthCheck);
        window.next();
        auto *adopt = qobject_cast<AdoptPage *>(window.currentPage());
        QVERIFY(adopt);
        QVERIFY(!adopt->isComplete());

        adopt->setTarget(QStringLiteral("198.18.1.11"), 0, QStringLiteral("root"),
                         m_lab.adminDir() + QStringLiteral("/id_ed25519"));
        QSignalSpy found(adopt, &AdoptPage::discoveryFinished);
        QTest::mouseClick(adopt->findChild<QPushButton *>(QStringLiteral("adoptFind")),
                          Qt::LeftButton);
        QVERIFY(found.wait(120000));
        QVERIFY2(adopt->hasPair(), qPrintable(adopt->pair().refusal));
        QVERIFY2(adopt->pair().gaps.isEmpty(), qPrintable(adopt->pair().gaps.join('\n')));
        QVERIFY(adopt->isComplete());
        const SetupSpec &spec = adopt->pair().spec;
        QCOMPARE(spec.servers.size(), 2);
        QCOMPARE(spec.servers.at(1).glusterBrick(),
                 QStringLiteral("server02-private:/data/var-www/brick02/volume"));
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/adopt-lab-confirm.png")));

        // Saved for later checks: the same spec, read back.
        QTemporaryDir dir;
        QVERIFY(adopt->saveSpec(dir.filePath(QStringLiteral("pair.json"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("pair.json"))));

        auto *health = qobject_cast<HealthDashboardPage *>(window.page(PageId::Health));
        QVERIFY(health);
        QSignalSpy checked(health, &HealthDashboardPage::checkFinished);
        window.next();
        QCOMPARE(window.currentPage(), health);
        QCOMPARE(window.session()->spec()->spec().servers.at(0).privateName,
                 QStringLiteral("server01-private"));
        QVERIFY(checked.wait(180000));
        QVERIFY2(health->report().overall() == HealthReport::Overall::Healthy,
                 qPrintable(health->report().toTextLines().join('\n')));
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/adopt-lab-dashboard.png")));
    }
};

QTEST_MAIN(TestAdoptFlow)
#include "tst_adoptflow.moc"
