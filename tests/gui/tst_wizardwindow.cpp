#include "WelcomePage.h"
#include "WizardWindow.h"

#include <QDir>
#include <QRadioButton>
#include <QtTest>

// The window starts, shows the welcome page with its four choices, and looks like a product
// (a screenshot is saved for people to look at).
class TestWizardWindow : public QObject
{
    Q_OBJECT
private slots:
    void startsOnTheWelcomePage()
    {
        WizardWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Gluster HA Wizard"));
        QVERIFY(!window.windowIcon().isNull());
        auto *welcome = qobject_cast<WelcomePage *>(window.currentPage());
        QVERIFY(welcome);
        QCOMPARE(window.currentId(), int(WizardWindow::WelcomePageId));
        QCOMPARE(welcome->findChildren<QRadioButton *>().size(), 4);
        QCOMPARE(welcome->choice(), WelcomePage::Choice::NewSetup);

        const QString dir = QStringLiteral(GHW_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(window.grab().save(dir + QStringLiteral("/01-welcome.png")));
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
};

QTEST_MAIN(TestWizardWindow)
#include "tst_wizardwindow.moc"
