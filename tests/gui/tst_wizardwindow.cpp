#include "AdoptPage.h"
#include "CheckChainView.h"
#include "ConnectivityPage.h"
#include "DiskPicker.h"
#include "DisksPage.h"
#include "FieldError.h"
#include "HealthDashboardPage.h"
#include "RunPage.h"
#include "ServerForm.h"
#include "ServersPage.h"
#include "VolumePage.h"
#include "WelcomePage.h"
#include "WizardWindow.h"
#include "session/ConnectionModel.h"
#include "session/DemoPair.h"
#include "session/DemoStarter.h"
#include "session/PlanModel.h"
#include "session/RecentSpec.h"
#include "session/RunModel.h"
#include "session/SetupSession.h"
#include "session/SpecModel.h"

#include "TranslationLoader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The window without any server: it starts on the welcome page with its four choices, opens a
// saved spec, shows the validator's message under each field and keeps Next off until the
// fields are right, follows the keyboard, and looks like a product in German too (screenshots
// are saved for people to look at).
class TestWizardWindow : public QObject
{
    Q_OBJECT

    const QString m_shots = QStringLiteral(GHW_BINARY_DIR "/screenshots");

    static void next(QWizard &window)
    {
        QAbstractButton *button = window.button(QWizard::NextButton);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // The window shown on the servers page of a spec of tests/data/core; null if it cannot be.
    static ServersPage *showServersPage(WizardWindow &window, const char *specFile)
    {
        if (!window.openSpec(QStringLiteral(GHW_TEST_DATA_DIR "/core/%1").arg(specFile)))
            return nullptr;
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        next(window);
        return qobject_cast<ServersPage *>(window.currentPage());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentSpec::forget();
        QVERIFY(QDir().mkpath(m_shots));
    }

    void startsOnTheWelcomePage()
    {
        WizardWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Gluster HA Wizard"));
        QVERIFY(!window.windowIcon().isNull());
        auto *welcome = qobject_cast<WelcomePage *>(window.currentPage());
        QVERIFY(welcome);
        QCOMPARE(window.currentId(), int(PageId::Welcome));
        QCOMPARE(welcome->findChildren<QRadioButton *>().size(), 5);
        QCOMPARE(welcome->choice(), WelcomePage::Choice::NewSetup);
        QCOMPARE(welcome->nextId(), int(PageId::Servers));
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/00-welcome-start.png")));
    }

    void keyboardChoosesTheDemoPair()
    {
        WizardWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = qobject_cast<WelcomePage *>(window.currentPage());
        QVERIFY(welcome);
        // Alt+T is the mnemonic of "Try it on the local demo pair".
        QTest::keyClick(&window, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(welcome->choice(), WelcomePage::Choice::DemoPair);
    }

    // The demo choice from an installed package: not running, it offers to start it (as root
    // directly, else through pkexec) or names the command; running, it goes on to the servers.
    void theDemoChoiceOffersToStartIt()
    {
        QTemporaryDir state;
        QVERIFY(state.isValid());
        qputenv("GHW_LAB_STATE", state.path().toLocal8Bit());
        auto restore = qScopeGuard([] { qunsetenv("GHW_LAB_STATE"); });
        WizardWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = qobject_cast<WelcomePage *>(window.currentPage());
        QVERIFY(welcome);
        welcome->setChoice(WelcomePage::Choice::DemoPair);
        auto *start = welcome->findChild<QPushButton *>(QStringLiteral("startDemo"));
        QVERIFY(start);
        QVERIFY(!welcome->isComplete()); // nothing to open yet
        const bool canAskForRoot = !DemoStarter::command().isEmpty();
        QCOMPARE(start->isVisible(), canAskForRoot);
        QCOMPARE(start->isEnabled(), true);
        bool namesRoot = false;
        for (QLabel *label : welcome->findChildren<QLabel *>())
            namesRoot = namesRoot || label->text().contains(QStringLiteral("root"));
        QVERIFY(namesRoot);
        if (!canAskForRoot) { // the one command to type
            bool namesCommand = false;
            for (QLabel *label : welcome->findChildren<QLabel *>())
                namesCommand = namesCommand || label->text().contains(DemoPair::rootCommandLine());
            QVERIFY(namesCommand);
        }

        // The demo pair is up (its admin side exists): the choice is complete, no button.
        QVERIFY(QDir().mkpath(state.filePath(QStringLiteral("admin"))));
        QFile spec(state.filePath(QStringLiteral("admin/spec.json")));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.close();
        welcome->setChoice(WelcomePage::Choice::NewSetup);
        welcome->setChoice(WelcomePage::Choice::DemoPair);
        QVERIFY(welcome->isComplete());
        QVERIFY(!start->isVisible());
    }

    // Welcome → health check asks which pair (adopted from one server), then the dashboard.
    void theHealthBranchLeadsToTheDashboard()
    {
        WizardWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = qobject_cast<WelcomePage *>(window.page(PageId::Welcome));
        QVERIFY(welcome);
        welcome->setChoice(WelcomePage::Choice::HealthCheck);
        QCOMPARE(welcome->nextId(), int(PageId::Adopt));
        auto *adopt = qobject_cast<AdoptPage *>(window.page(PageId::Adopt));
        QVERIFY(adopt);
        QVERIFY(!adopt->isComplete()); // nothing adopted yet
        QCOMPARE(adopt->nextId(), int(PageId::Health));
        QVERIFY(qobject_cast<HealthDashboardPage *>(window.page(PageId::Health)));
    }

    void opensASavedSpec()
    {
        WizardWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = qobject_cast<WelcomePage *>(window.currentPage());
        QTest::keyClick(&window, Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(welcome->choice(), WelcomePage::Choice::OpenSpec);
        QVERIFY(!welcome->isComplete()); // no file yet
        auto *file = welcome->findChild<QLineEdit *>();
        QVERIFY(file && file->isEnabled());
        QTest::keyClicks(file, QStringLiteral("/nonexistent/spec.json"));
        QTest::mouseClick(window.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(window.currentId(), int(PageId::Welcome)); // refused, said why
        auto *error = welcome->findChild<FieldError *>();
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());

        file->clear();
        QTest::keyClicks(file, QStringLiteral(GHW_TEST_DATA_DIR "/core/lab-pair.json"));
        next(window);
        auto *servers = qobject_cast<ServersPage *>(window.currentPage());
        QVERIFY(servers);
        QCOMPARE(servers->form(1)->findChild<QLineEdit *>(QStringLiteral("publicAddress"))->text(),
                 window.session()->spec()->spec().servers.at(1).publicAddress);
        QVERIFY(!window.session()->spec()->spec().servers.at(1).publicAddress.isEmpty());
        QVERIFY(servers->isComplete());
    }

    void showsEachFieldsProblemAndKeepsNextOff()
    {
        WizardWindow window;
        ServersPage *servers = showServersPage(window, "lab-pair.json");
        QVERIFY(servers);
        QVERIFY(window.button(QWizard::NextButton)->isEnabled());
        auto *address = servers->form(1)->findChild<QLineEdit *>(QStringLiteral("privateAddress"));
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("10.3.0.999"));
        QVERIFY(!servers->isComplete());
        QVERIFY(!window.button(QWizard::NextButton)->isEnabled());
        // The message sits under the field, and only there.
        QStringList shown;
        for (FieldError *error : servers->findChildren<FieldError *>()) {
            if (error->isVisible())
                shown << error->text();
        }
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first(),
                 window.session()->spec()->problem(SpecModel::Field::PrivateAddress, 1));
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/02b-servers-field-error.png")));
        // A second server with the first one's name is named as such.
        auto *name = servers->form(1)->findChild<QLineEdit *>(QStringLiteral("name"));
        name->selectAll();
        QTest::keyClicks(name, window.session()->spec()->spec().servers.at(0).name);
        QVERIFY(!window.session()->spec()->problem(SpecModel::Field::Name, 1).isEmpty());
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("10.3.0.45"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("server02"));
        QTRY_VERIFY(window.button(QWizard::NextButton)->isEnabled());
    }

    // Typing into a field validates the spec once (it was 36 times per keystroke before the
    // spec model kept its problems), however many widgets show them.
    void oneKeystrokeValidatesTheSpecOnce()
    {
        WizardWindow window;
        ServersPage *servers = showServersPage(window, "lab-pair.json");
        QVERIFY(servers);
        auto *address = servers->form(1)->findChild<QLineEdit *>(QStringLiteral("privateAddress"));
        address->setFocus();
        const int before = window.session()->spec()->validationCount();
        QTest::keyClick(address, Qt::Key_X);
        QCOMPARE(window.session()->spec()->validationCount() - before, 1);
        QVERIFY(!window.session()->spec()->problem(SpecModel::Field::PrivateAddress, 1).isEmpty());
    }

    // The pages build one column per server of the spec: three servers, three columns (no
    // server is contacted: only the pages are built and shown).
    // Issue 11: the layout chosen at the top of the Servers page shapes the spec (replica, a
    // third server, its role), the arbiter's column says what it is, the Volume page shows the
    // consequence, and going back to two servers removes the third.
    void layoutChoiceShapesTheServers()
    {
        WizardWindow window;
        ServersPage *servers = showServersPage(window, "lab-pair.json");
        QVERIFY(servers);
        SpecModel *model = window.session()->spec();
        auto *two = servers->findChild<QRadioButton *>(QStringLiteral("layout.two"));
        auto *arbiter = servers->findChild<QRadioButton *>(QStringLiteral("layout.arbiter"));
        auto *three = servers->findChild<QRadioButton *>(QStringLiteral("layout.three"));
        QVERIFY(two && arbiter && three);
        QVERIFY(two->isChecked());
        QCOMPARE(servers->formCount(), 2);

        arbiter->click();
        QCOMPARE(servers->formCount(), 3);
        QCOMPARE(model->spec().volume.replica, 3);
        QVERIFY(model->spec().servers.at(2).isArbiter());
        QVERIFY(!servers->form(2)->findChild<QLabel *>(QStringLiteral("roleNote"))->isHidden());
        QVERIFY(servers->form(0)->findChild<QLabel *>(QStringLiteral("roleNote"))->isHidden());
        QVERIFY(!servers->isComplete()); // the third server is still empty

        const auto type = [&](const char *field, const QString &text) {
            auto *edit = servers->form(2)->findChild<QLineEdit *>(QLatin1String(field));
            QVERIFY2(edit, field);
            QTest::keyClicks(edit, text);
        };
        type("name", QStringLiteral("server03"));
        type("publicAddress", QStringLiteral("198.18.1.13"));
        type("privateName", QStringLiteral("server03-private"));
        type("privateAddress", QStringLiteral("198.18.0.13"));
        type("ssh.host", QStringLiteral("server03"));
        QVERIFY2(servers->isComplete(),
                 qPrintable(model->problems().isEmpty() ? QString()
                                                        : model->problems().first().message));
        QVERIFY(servers->form(2)->title().contains(QStringLiteral("server03")));
        QCoreApplication::processEvents(); // the new column is shown by a queued call
        QVERIFY(servers->form(2)->isVisible());
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/layout-02-servers-arbiter.png")));
        // The disk is picked on the Disks page from what the server reports; no server here.
        model->editSpec([](SetupSpec &spec) {
            spec.servers[2].disk = QStringLiteral("/dev/vdb");
            spec.servers[2].brickMount = QStringLiteral("/data/var-www/brick03");
        });
        QCOMPARE(model->spec().volume.replica, 3);
        QCOMPARE(model->spec().arbiterIndex(), 2);
        QCOMPARE(model->spec().servers.size(), 3);
        QVERIFY2(model->isReady(),
                 qPrintable(model->problems().isEmpty() ? QString()
                                                        : model->problems().first().message));

        auto *volume = qobject_cast<VolumePage *>(window.page(PageId::Volume));
        QVERIFY(volume);
        volume->resize(window.currentPage()->size());
        volume->show();
        volume->initializePage();
        QVERIFY(!volume->acknowledgement()->isVisible()); // no split-brain risk to accept
        QVERIFY(volume->findChild<QLabel *>(QStringLiteral("layoutNote"))
                    ->text()
                    .contains(QStringLiteral("arbiter")));
        QVERIFY(volume->isComplete());
        QVERIFY(volume->grab().save(m_shots + QStringLiteral("/layout-05-volume-arbiter.png")));
        volume->hide();

        // Three full copies: the third server becomes a data server, its fields kept.
        three->click();
        QCOMPARE(servers->formCount(), 3);
        QVERIFY(!model->spec().hasArbiter());
        QCOMPARE(model->spec().servers.at(2).name, QStringLiteral("server03"));
        QVERIFY(servers->form(2)->findChild<QLabel *>(QStringLiteral("roleNote"))->isHidden());

        // Back to two servers: the third goes, and the split-brain question returns.
        two->click();
        QCOMPARE(servers->formCount(), 2);
        QCOMPARE(model->spec().servers.size(), 2);
        QCOMPARE(model->spec().volume.replica, 2);
        volume->initializePage();
        volume->show();
        QVERIFY(volume->acknowledgement()->isVisible());
        volume->hide();

        // A spec with an arbiter opens with its layout chosen.
        QVERIFY(window.openSpec(QStringLiteral(GHW_TEST_DATA_DIR "/core/lab-arbiter.json")));
        QVERIFY(arbiter->isChecked());
        QCOMPARE(servers->formCount(), 3);
        QVERIFY(servers->form(2)->title().contains(QStringLiteral("arbiter")));
    }

    void eachServerHasItsOwnColumn()
    {
        WizardWindow window;
        ServersPage *servers = showServersPage(window, "three-servers.json");
        QVERIFY(servers);
        QCOMPARE(servers->formCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(servers->form(i)->isVisible());
            QCOMPARE(servers->form(i)->findChild<QLineEdit *>(QStringLiteral("name"))->text(),
                     QStringLiteral("server0%1").arg(i + 1));
            if (i > 0) // side by side
                QVERIFY(servers->form(i)->x() > servers->form(i - 1)->x());
        }
        QVERIFY(servers->isComplete());
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/three-02-servers.png")));

        const auto shoot = [&](QWidget *page, const QString &name) {
            page->resize(window.currentPage()->size());
            page->show();
            QVERIFY(page->grab().save(m_shots + name));
            page->hide();
        };
        auto *connectivity = qobject_cast<ConnectivityPage *>(window.page(PageId::Connectivity));
        QCOMPARE(connectivity->chainCount(), 3);
        QCOMPARE(connectivity->chain(2)->title(), QStringLiteral("server03"));
        auto *disks = qobject_cast<DisksPage *>(window.page(PageId::Disks));
        QCOMPARE(disks->pickerCount(), 3);
        disks->initializePage();
        QCOMPARE(disks->picker(2)->title(), QStringLiteral("server03"));
        shoot(disks, QStringLiteral("/three-04-disks.png"));
        auto *run = qobject_cast<RunPage *>(window.page(PageId::Run));
        QCOMPARE(run->logCount(), 3);

        // Back to two: the third column goes.
        QVERIFY(window.openSpec(QStringLiteral(GHW_TEST_DATA_DIR "/core/lab-pair.json")));
        QCOMPARE(servers->formCount(), 2);
        QCOMPARE(connectivity->chainCount(), 2);
        QCOMPARE(disks->pickerCount(), 2);
        QCOMPARE(run->logCount(), 2);
    }

    // Tab walks the fields of a server in the order they are shown.
    void tabFollowsTheFormOrder()
    {
        WizardWindow window;
        ServersPage *servers = showServersPage(window, "lab-pair.json");
        QVERIFY(servers);
        QWidget *field = servers->form(0)->firstField();
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QStringList order;
        for (int i = 0; i < 8; ++i) {
            order << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(order, QStringList({"name", "publicAddress", "privateName", "privateAddress",
                                     "ssh.host", "ssh.port", "ssh.user", "ssh.auth"}));
    }

    // The volume page: the acknowledgement is what lets the setup go on.
    void theSplitBrainAcknowledgementIsRequired()
    {
        SpecModel spec;
        VolumePage page(&spec);
        page.initializePage();
        QVERIFY(!page.isComplete());
        page.acknowledgement()->setChecked(true);
        QVERIFY(spec.spec().volume.acknowledgeSplitBrainRisk);
        QVERIFY(page.isComplete());
        page.acknowledgement()->setChecked(false);
        QVERIFY(!page.isComplete());
    }

    // German is longer than English: the pages that need no server, in German, for people to
    // check that nothing is clipped.
    void germanScreenshots()
    {
        const TranslationLoader::Result loaded =
            TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::German));
        QCOMPARE(loaded.appLanguage, QStringLiteral("de"));
        WizardWindow window;
        QVERIFY(window.openSpec(QStringLiteral(GHW_TEST_DATA_DIR "/core/lab-pair.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage()->title(), QStringLiteral("Willkommen"));
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/de-01-welcome.png")));
        next(window);
        QCOMPARE(window.currentPage()->title(), QStringLiteral("Server"));
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/de-02-servers.png")));
        SpecModel spec;
        VolumePage volume(&spec);
        volume.initializePage();
        volume.resize(window.currentPage()->size());
        QVERIFY(volume.grab().save(m_shots + QStringLiteral("/de-05-volume.png")));
    }
};

QTEST_MAIN(TestWizardWindow)
#include "tst_wizardwindow.moc"
