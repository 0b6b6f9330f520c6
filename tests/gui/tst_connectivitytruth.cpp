#include "LabPair.h"

#include "CheckChainView.h"
#include "ConnectivityPage.h"
#include "DiskPicker.h"
#include "DisksPage.h"
#include "ReviewPage.h"
#include "ServersPage.h"
#include "StatusIcon.h"
#include "VolumePage.h"
#include "WizardWindow.h"

#include "connect/PairProbe.h"
#include "session/ConnectionModel.h"
#include "session/PlanModel.h"
#include "session/RecentSpec.h"
#include "session/RunModel.h"
#include "session/SetupSession.h"
#include "session/SpecModel.h"
#include "spec/SpecJson.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QtTest>

// What the connectivity page and the review say must be true (labels gui;lab, needs root). On a
// fresh lab pair where server01 already runs glusterd with a volume named "clash" on a brick of
// its own:
// - "private names resolve" shows the real result: they do not resolve yet, a distinct "not
//   checked" state that is never a pass; port 24007 is tested at once, by private address
//   (server02 reaches server01's glusterd although server01-private does not resolve there);
// - the volume name chosen after the connectivity checks is checked against the servers before
//   anything runs: choosing "clash" is refused at Review, not discovered by the run.
class TestConnectivityTruth : public QObject
{
    Q_OBJECT
private:
    LabPair m_lab;
    SetupSpec m_labSpec;
    QString m_shots = QStringLiteral(GHW_BINARY_DIR "/screenshots");

    static void clickNext(QWizard &window)
    {
        QAbstractButton *commit = window.button(QWizard::CommitButton);
        QAbstractButton *button = commit->isVisible() ? commit : window.button(QWizard::NextButton);
        QVERIFY2(button->isEnabled(), qPrintable(window.currentPage()->title()));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Opens the lab's spec and goes through Servers to the finished connectivity checks.
    static ConnectivityPage *connect(WizardWindow &window, const LabPair &lab)
    {
        if (!window.openSpec(lab.specPath()))
            return nullptr;
        window.setKnownHostsPath(lab.knownHostsPath());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        clickNext(window); // welcome: the opened spec
        if (!qobject_cast<ServersPage *>(window.currentPage()))
            return nullptr;
        clickNext(window);
        auto *connectivity = qobject_cast<ConnectivityPage *>(window.currentPage());
        if (!connectivity || !QTest::qWaitFor(
                                 [&] {
                                     return window.session()->connection()->probe() &&
                                            window.session()->connection()->probe()->isFinished();
                                 },
                                 90000))
            return nullptr;
        return connectivity;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentSpec::forget();
        QVERIFY(QDir().mkpath(m_shots));
        QString output;
        QCOMPARE(m_lab.lab({QStringLiteral("fresh")}, &output), 0);
        QVERIFY2(m_lab.problem().isEmpty(), qPrintable(m_lab.problem()));
        const SpecLoadResult loaded = SpecJson::load(m_lab.specPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        m_labSpec = loaded.spec;
        QVERIFY(m_labSpec.volume.name != QLatin1String("clash"));

        // server01: glusterd running, and a volume "clash" on a brick the spec does not name.
        const QString address = m_labSpec.servers.at(0).privateAddress;
        const QString script =
            QStringLiteral(
                "set -e; glusterd -p /var/run/glusterd.pid; "
                "for i in $(seq 100); do gluster --mode=script volume list >/dev/null 2>&1 && "
                "break; sleep 0.1; done; mkdir -p /data/clash; "
                "gluster --mode=script volume create clash %1:/data/clash/brick force")
                .arg(address);
        QCOMPARE(m_lab.exec(0, script, &output), 0);
        // The fresh pair does not know the private names yet (the plan adds them).
        QVERIFY(m_lab.exec(1, QStringLiteral("! getent ahosts ") +
                                  m_labSpec.servers.at(0).privateName) == 0);
    }

    void checksThatCouldNotBeMadeAreNotPasses()
    {
        WizardWindow window;
        ConnectivityPage *connectivity = connect(window, m_lab);
        QVERIFY(connectivity);
        PairProbe *probe = window.session()->connection()->probe();
        QVERIFY(probe->isReady()); // not checked is no failure: the wizard may go on
        QTRY_VERIFY(connectivity->isComplete());
        for (int i = 0; i < 2; ++i) {
            const QString other = m_labSpec.servers.at(1 - i).privateName;
            const CheckChainView *chain = connectivity->chain(i);
            // The names do not resolve yet: shown as such, never with a green tick.
            QCOMPARE(probe->status(i, ConnectionCheck::Names), CheckStatus::NotChecked);
            QCOMPARE(chain->status(ConnectionCheck::Names), CheckStatus::NotChecked);
            QVERIFY2(chain->detail(ConnectionCheck::Names).startsWith(QLatin1String("Not checked")),
                     qPrintable(chain->detail(ConnectionCheck::Names)));
            QVERIFY2(
                chain->detail(ConnectionCheck::Names).contains(QLatin1String("not resolving yet")),
                qPrintable(chain->detail(ConnectionCheck::Names)));
            QVERIFY(chain->detail(ConnectionCheck::Names).contains(other));
            // Port 24007 was tested at the peer's private address, right away.
            QCOMPARE(probe->facts().at(i).ports.size(), 1);
            QCOMPARE(probe->status(i, ConnectionCheck::PeerPort), CheckStatus::Passed);
            QVERIFY2(chain->detail(ConnectionCheck::PeerPort)
                         .contains(m_labSpec.servers.at(1 - i).privateAddress),
                     qPrintable(chain->detail(ConnectionCheck::PeerPort)));
        }
        // server02 reached server01's glusterd by address; server01 found server02 listening
        // to nobody yet (refused: reachable, glusterd not running).
        QCOMPARE(probe->facts().at(1).ports.at(0).state, PortState::Open);
        QCOMPARE(probe->facts().at(0).ports.at(0).state, PortState::Refused);
        QVERIFY(connectivity->chain(1)->detail(ConnectionCheck::PeerPort).contains("answers"));
        // The "not checked" mark is its own, not the green tick.
        QVERIFY(StatusIcon::forCheck(CheckStatus::NotChecked).pixmap(16, 16).toImage() !=
                StatusIcon::forCheck(CheckStatus::Passed).pixmap(16, 16).toImage());
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/03c-not-checked.png")));
    }

    void aVolumeNameChosenAfterConnectivityIsCheckedBeforeTheRun()
    {
        WizardWindow window;
        ConnectivityPage *connectivity = connect(window, m_lab);
        QVERIFY(connectivity);
        SetupSession *session = window.session();
        QTRY_VERIFY(connectivity->isComplete());
        clickNext(window);

        auto *disks = qobject_cast<DisksPage *>(window.currentPage());
        QVERIFY(disks);
        for (int i = 0; i < 2; ++i) {
            DiskPicker *picker = disks->picker(i);
            QTest::mouseClick(picker->formatBox(), Qt::LeftButton, {},
                              QPoint(8, picker->formatBox()->height() / 2));
        }
        QTRY_VERIFY(disks->isComplete());
        clickNext(window);

        // The volume name is chosen now, after the facts were read for "var-www".
        auto *volume = qobject_cast<VolumePage *>(window.currentPage());
        QVERIFY(volume);
        auto *name = volume->findChild<QLineEdit *>(QStringLiteral("volume.name"));
        QVERIFY(name);
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClicks(name, QStringLiteral("clash"));
        QCOMPARE(session->spec()->spec().volume.name, QStringLiteral("clash"));
        QVERIFY(session->plan()->factsAreStale());
        QTest::mouseClick(volume->acknowledgement(), Qt::LeftButton, {},
                          QPoint(8, volume->acknowledgement()->height() / 2));
        QTRY_VERIFY(volume->isComplete());
        clickNext(window);

        // Review reads the facts again for the new name and refuses: nothing can run.
        auto *review = qobject_cast<ReviewPage *>(window.currentPage());
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(!session->plan()->isPlanning(), 90000);
        const QString problems = session->plan()->planProblems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("A volume named clash already exists")),
                 qPrintable(problems));
        QVERIFY(!session->plan()->isPlanReady());
        QVERIFY(!session->plan()->factsAreStale()); // read again, for "clash"
        QVERIFY(!review->isComplete());
        QVERIFY(!window.button(QWizard::CommitButton)->isEnabled());
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/06b-review-volume-clash.png")));
    }
};

QTEST_MAIN(TestConnectivityTruth)
#include "tst_connectivitytruth.moc"
