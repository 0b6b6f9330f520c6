#include "LabPair.h"

#include "CheckChainView.h"
#include "ConnectivityPage.h"
#include "DiskPicker.h"
#include "DisksPage.h"
#include "HostKeyDialog.h"
#include "LogView.h"
#include "ResultPage.h"
#include "ReviewPage.h"
#include "RunPage.h"
#include "ServerForm.h"
#include "ServersPage.h"
#include "VolumePage.h"
#include "WelcomePage.h"
#include "WizardWindow.h"

#include "plan/PlanText.h"
#include "plan/ScriptExporter.h"
#include "run/RunLog.h"
#include "session/ConnectionModel.h"
#include "session/PlanModel.h"
#include "session/RecentSpec.h"
#include "session/RunModel.h"
#include "session/SetupSession.h"
#include "session/SpecModel.h"
#include "shell/StepCommand.h"
#include "spec/SpecJson.h"

#include "SshHostKey.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// The acceptance test of the wizard (labels gui;lab): on a fresh lab, a person's way through
// every page — typing the pair, trusting the two unknown host keys after comparing their
// fingerprints, choosing and confirming the disks, acknowledging the replica-2 risk, reviewing,
// running — must end on a result page that shows a started replica-2 volume, a passed
// replication test and what became of each server's previous /var/www (server01 has a home
// page of its own, which the pair must keep serving). The outcome is then checked inside the nodes,
// without the product. Every page is saved as a screenshot under the build directory for people to
// look at.
class TestWizardFlow : public QObject
{
    Q_OBJECT
private:
    LabPair m_lab;
    static QString homePage() { return QStringLiteral("<h1>The site that was here first</h1>"); }
    SetupSpec m_labSpec;
    QTemporaryDir m_dir;
    QString m_shots = QStringLiteral(GHW_BINARY_DIR "/screenshots");

    void shoot(QWidget *window, const QString &name)
    {
        QCoreApplication::processEvents();
        QVERIFY(window->grab().save(m_shots + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    static void clickNext(QWizard &window)
    {
        QAbstractButton *commit = window.button(QWizard::CommitButton);
        QAbstractButton *button = commit->isVisible() ? commit : window.button(QWizard::NextButton);
        QVERIFY2(button->isEnabled(), qPrintable(window.currentPage()->title()));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void type(QWidget *form, const QString &field, const QString &text)
    {
        auto *edit = form->findChild<QLineEdit *>(field);
        QVERIFY2(edit, qPrintable(field));
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    static QString chainText(const CheckChainView *chain)
    {
        QStringList lines;
        for (ConnectionCheck check : ConnectionChecks::all()) {
            lines << QStringLiteral("%1: %2 %3")
                         .arg(ConnectionChecks::title(check))
                         .arg(int(chain->status(check)))
                         .arg(chain->detail(check));
        }
        return lines.join(QLatin1Char('\n'));
    }

    // The lab's own record of a server's host key (written by lab.sh), as OpenSSH shows it.
    QString labFingerprint(const QString &host) const
    {
        QFile file(m_lab.knownHostsPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (fields.size() >= 3 && fields.at(0).split(QLatin1Char(',')).contains(host) &&
                fields.at(1) == QLatin1String("ssh-ed25519"))
                return SshHostKey::fingerprintOf(QByteArray::fromBase64(fields.at(2).toLatin1()));
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's own
        RecentSpec::forget();
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_shots));
        QString output;
        QCOMPARE(m_lab.lab({QStringLiteral("fresh")}, &output), 0);
        QVERIFY2(m_lab.problem().isEmpty(), qPrintable(m_lab.problem()));
        // server01 already serves a site of its own: the pair must keep serving it.
        QCOMPARE(m_lab.exec(0, QStringLiteral("printf '%s\\n' '") + homePage() +
                                   QStringLiteral("' > /var/www/html/index.html")),
                 0);
        const SpecLoadResult loaded = SpecJson::load(m_lab.specPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        m_labSpec = loaded.spec;
    }

    void setsUpThePairThroughEveryPage()
    {
        WizardWindow window;
        // An empty known_hosts of our own: both servers are unknown, as on a first visit.
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        window.setKnownHostsPath(knownHosts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SetupSession *session = window.session();

        // 1. Welcome: a new setup.
        auto *welcome = qobject_cast<WelcomePage *>(window.currentPage());
        QVERIFY(welcome);
        QCOMPARE(welcome->choice(), WelcomePage::Choice::NewSetup);
        shoot(&window, QStringLiteral("01-welcome"));
        clickNext(window);

        // 2. Servers: type both servers as an administrator would.
        auto *servers = qobject_cast<ServersPage *>(window.currentPage());
        QVERIFY(servers);
        for (int i = 0; i < 2; ++i) {
            const ServerSpec &s = m_labSpec.servers.at(i);
            ServerForm *form = servers->form(i);
            type(form, QStringLiteral("name"), s.name);
            type(form, QStringLiteral("publicAddress"), s.publicAddress);
            type(form, QStringLiteral("privateName"), s.privateName);
            type(form, QStringLiteral("privateAddress"), s.privateAddress);
            type(form, QStringLiteral("ssh.host"), s.ssh.host);
            type(form, QStringLiteral("ssh.user"), s.ssh.user);
            auto *auth = form->findChild<QComboBox *>(QStringLiteral("ssh.auth"));
            QVERIFY(auth);
            auth->setCurrentIndex(auth->findData(int(SshSpec::Auth::Key)));
            type(form, QStringLiteral("ssh.identityFile"), s.ssh.identityFile);
        }
        QCOMPARE(session->spec()->spec().servers.at(1).privateAddress,
                 m_labSpec.servers.at(1).privateAddress);
        QTRY_VERIFY(servers->isComplete());
        shoot(&window, QStringLiteral("02-servers"));
        clickNext(window);

        // 3. Connectivity: two unknown host keys, each compared and trusted.
        auto *connectivity = qobject_cast<ConnectivityPage *>(window.currentPage());
        QVERIFY(connectivity);
        QStringList trusted;
        for (int answered = 0; answered < 2; ++answered) {
            HostKeyDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (dialog = [&]() -> HostKeyDialog * {
                    for (HostKeyDialog *d : window.findChildren<HostKeyDialog *>()) {
                        if (d->isVisible() && !trusted.contains(d->fingerprint()))
                            return d;
                    }
                    return nullptr;
                }()) != nullptr,
                30000);
            const QString host = m_labSpec.servers.at(dialog->serverIndex()).ssh.host;
            QVERIFY(dialog->fingerprint().startsWith(QLatin1String("SHA256:")));
            QCOMPARE(dialog->fingerprint(), labFingerprint(host));
            QCOMPARE(connectivity->chain(dialog->serverIndex())->status(ConnectionCheck::HostKey),
                     CheckStatus::NeedsDecision);
            if (answered == 0) {
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                QVERIFY(dialog->grab().save(m_shots + QStringLiteral("/03a-host-key.png")));
            }
            trusted << dialog->fingerprint();
            QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("trust")),
                              Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(connectivity->isComplete(), 60000);
        for (int i = 0; i < 2; ++i) {
            for (ConnectionCheck check : ConnectionChecks::all()) {
                // A fresh pair does not resolve the private names yet: not checked, not passed.
                QCOMPARE(connectivity->chain(i)->status(check), check == ConnectionCheck::Names
                                                                    ? CheckStatus::NotChecked
                                                                    : CheckStatus::Passed);
            }
        }
        // The trusted keys were recorded in our known_hosts, where OpenSSH finds them (hashed
        // names when ssh_config says HashKnownHosts yes, as Debian's does).
        for (int i = 0; i < 2; ++i) {
            QProcess find;
            find.start(QStringLiteral("ssh-keygen"),
                       {QStringLiteral("-F"), m_labSpec.servers.at(i).ssh.host,
                        QStringLiteral("-f"), knownHosts});
            QVERIFY(find.waitForFinished(10000));
            QVERIFY2(find.exitCode() == 0, qPrintable(m_labSpec.servers.at(i).ssh.host));
        }
        shoot(&window, QStringLiteral("03-connectivity"));
        clickNext(window);

        // 4. Disks: the empty /dev/vdb is chosen; mounted disks cannot be; confirm formatting.
        auto *disks = qobject_cast<DisksPage *>(window.currentPage());
        QVERIFY(disks);
        QVERIFY(!disks->isComplete());
        for (int i = 0; i < 2; ++i) {
            DiskPicker *picker = disks->picker(i);
            QTreeWidget *tree = picker->disks();
            QVERIFY(tree->topLevelItemCount() >= 1);
            QCOMPARE(tree->selectedItems().size(), 1);
            QCOMPARE(tree->selectedItems().first()->text(0), m_labSpec.servers.at(i).disk);
            for (int row = 0; row < tree->topLevelItemCount(); ++row) {
                QTreeWidgetItem *item = tree->topLevelItem(row);
                if (!item->text(3).isEmpty()) // mounted somewhere
                    QVERIFY(!(item->flags() & Qt::ItemIsSelectable));
            }
            QVERIFY(picker->formatBox()->isVisible());
            QTest::mouseClick(picker->formatBox(), Qt::LeftButton, {},
                              QPoint(8, picker->formatBox()->height() / 2));
            QVERIFY(picker->formatBox()->isChecked());
        }
        QTRY_VERIFY(disks->isComplete());
        QVERIFY(session->plan()->destructiveConfirmed());
        shoot(&window, QStringLiteral("04-disks"));
        clickNext(window);

        // 5. Volume: the defaults, and the split-brain acknowledgement.
        auto *volume = qobject_cast<VolumePage *>(window.currentPage());
        QVERIFY(volume);
        QVERIFY(!volume->isComplete());
        QTest::mouseClick(volume->acknowledgement(), Qt::LeftButton, {},
                          QPoint(8, volume->acknowledgement()->height() / 2));
        QTRY_VERIFY(volume->isComplete());
        QVERIFY(session->spec()->spec().volume.acknowledgeSplitBrainRisk);
        shoot(&window, QStringLiteral("05-volume"));
        clickNext(window);

        // 6. Review: the text shown is the plan's text, which is also what runs and what is
        // exported (checked after the run).
        auto *review = qobject_cast<ReviewPage *>(window.currentPage());
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 60000);
        const Plan plan = session->plan()->planResult().plan;
        QVERIFY(plan.size() > 10);
        QCOMPARE(review->planView()->toPlainText(),
                 PlanText::toText(session->spec()->spec(), plan));
        QCOMPARE(review->stepTree()->topLevelItemCount(), 2);
        shoot(&window, QStringLiteral("06-review"));
        clickNext(window);

        // 7. Run: cancelled after a few steps, then run again; it resumes.
        auto *run = qobject_cast<RunPage *>(window.currentPage());
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(run->stepList()->topLevelItemCount() == plan.size(), 5000);
        auto finishedSteps = [run]() {
            int count = 0;
            for (int i = 0; i < run->stepList()->topLevelItemCount(); ++i) {
                const auto state =
                    StepState(run->stepList()->topLevelItem(i)->data(0, Qt::UserRole).toInt());
                count += StepStates::isSatisfied(state) ? 1 : 0;
            }
            return count;
        };
        QTRY_VERIFY_WITH_TIMEOUT(finishedSteps() >= 4, 60000);
        // Closing the window while it runs asks first; keeping it running changes nothing.
        window.reject();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window.findChild<QMessageBox *>()) != nullptr);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(window.isVisible());
        QAbstractButton *keep = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::RejectRole)
                keep = button;
        }
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);
        QVERIFY(window.isVisible());
        QVERIFY(!run->isFinished());
        QTest::mouseClick(run->findChild<QAbstractButton *>(QStringLiteral("cancelRun")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 60000);
        QCOMPARE(run->lastResult().outcome, RunResult::Outcome::Cancelled);
        QVERIFY(!run->isComplete());
        const int doneBeforeCancel = finishedSteps();
        QVERIFY(doneBeforeCancel < plan.size());
        shoot(&window, QStringLiteral("07a-run-cancelled"));
        auto *again = run->findChild<QAbstractButton *>(QStringLiteral("runAgain"));
        QVERIFY(again->isEnabled());
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isFinished(), 5000);
        QTest::qWait(1500);
        shoot(&window, QStringLiteral("07b-run-running"));
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 400000);
        // What the cancelled run did is found done, not done again.
        // (A verification step is found "verified" again, counted apart.)
        QVERIFY2(run->lastResult().alreadyDone + run->lastResult().verified >= doneBeforeCancel,
                 qPrintable(QString::number(run->lastResult().alreadyDone)));
        QVERIFY2(run->lastResult().succeeded(), qPrintable(run->lastResult().message));
        QVERIFY(run->isComplete());
        QVERIFY(!run->log(0)->toPlainText().isEmpty());
        QVERIFY(!run->log(1)->toPlainText().isEmpty());
        shoot(&window, QStringLiteral("07-run"));

        // One source of commands: every command the runner sent is the step's text through
        // StepCommand::remoteLine, and the exported script holds each of them verbatim.
        const QString script = session->plan()->exportScript();
        int commands = 0;
        for (const RunLog::Entry &entry : session->run()->runLog()->entries()) {
            const Step &step = plan.steps().at(entry.step);
            const QString text = entry.phase == StepPhase::Check   ? step.check
                                 : entry.phase == StepPhase::Apply ? step.apply
                                                                   : step.verify;
            QCOMPARE(entry.command, StepCommand::remoteLine(text));
            QVERIFY2(script.contains(entry.command), qPrintable(step.id));
            ++commands;
        }
        QVERIFY(commands >= plan.size());
        clickNext(window);

        // 8. Result: a started replica-2 volume and a passed replication test.
        auto *result = qobject_cast<ResultPage *>(window.currentPage());
        QVERIFY(result);
        QTRY_VERIFY_WITH_TIMEOUT(result->isLoaded(), 60000);
        QCOMPARE(result->volumeStatus(), QStringLiteral("Started"));
        QCOMPARE(result->volumeType(), QStringLiteral("Replicate"));
        QCOMPARE(result->replicaCount(), 2);
        QCOMPARE(result->brickCount(), 2);
        QVERIFY(result->replicationPassed());
        // What became of each server's previous content, as the steps reported it.
        const QString content = result->contentReportText();
        QVERIFY2(content.contains(QStringLiteral("server01: copied ")) &&
                     content.contains(QStringLiteral("from /var/www.orig on server01 into the "
                                                     "volume at /var/www")),
                 qPrintable(content));
        QVERIFY2(content.contains(QStringLiteral("stays in /var/www.orig on server02 only")),
                 qPrintable(content));
        shoot(&window, QStringLiteral("08-result"));
    }

    // Independently of the product, inside the nodes: the pair works.
    void thePairWorksSeenFromInsideTheNodes()
    {
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LAB"), m_lab.labTool());
        check.setProcessEnvironment(env);
        check.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"),
                     QStringLiteral("set -euo pipefail; source " GHW_SOURCE_DIR
                                    "/tests/lab/pair-assertions.sh; assert_working_pair "
                                    "var-www \"$1\""),
                     QStringLiteral("bash"), homePage()});
        QVERIFY(check.waitForFinished(120000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
    }

    // The wizard remembers the spec it ran (QSettings), without any secret.
    void remembersTheLastSpec()
    {
        SetupSpec spec;
        QString path;
        QVERIFY(RecentSpec::restore(&spec, &path));
        QCOMPARE(spec.servers.size(), 2);
        QCOMPARE(spec.servers.at(1).publicAddress, m_labSpec.servers.at(1).publicAddress);
        QVERIFY(spec.volume.acknowledgeSplitBrainRisk);
        WizardWindow window;
        QCOMPARE(window.session()->spec()->spec().servers.at(0).ssh.host,
                 m_labSpec.servers.at(0).ssh.host);
    }

    // A known_hosts that records another key for server02 (a reinstalled server, or someone in
    // between): the connection is refused with a warning, nothing is asked, Next stays off.
    void aChangedHostKeyIsRefused()
    {
        QFile labKnown(m_lab.knownHostsPath());
        QVERIFY(labKnown.open(QIODevice::ReadOnly));
        const QString first = m_labSpec.servers.at(0).ssh.host;
        const QString second = m_labSpec.servers.at(1).ssh.host;
        QStringList lines;
        for (const QString &line : QString::fromUtf8(labKnown.readAll()).split(QLatin1Char('\n'))) {
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (fields.size() < 3 || !fields.at(0).split(QLatin1Char(',')).contains(first))
                continue;
            lines << line; // server01: its real key
            lines << second + QLatin1Char(' ') + fields.mid(1).join(QLatin1Char(' ')); // wrong
        }
        QVERIFY(!lines.isEmpty());
        const QString knownHosts = m_dir.filePath(QStringLiteral("changed_known_hosts"));
        QFile out(knownHosts);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        out.close();

        WizardWindow window;
        QVERIFY(window.openSpec(m_lab.specPath()));
        window.setKnownHostsPath(knownHosts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        clickNext(window); // welcome: the opened spec
        QVERIFY(qobject_cast<ServersPage *>(window.currentPage()));
        clickNext(window);
        auto *connectivity = qobject_cast<ConnectivityPage *>(window.currentPage());
        QVERIFY(connectivity);
        QTRY_VERIFY_WITH_TIMEOUT(!connectivity->warning().isEmpty(), 30000);
        QVERIFY(connectivity->warning().contains(QLatin1String("server02")));
        QCOMPARE(connectivity->chain(1)->status(ConnectionCheck::HostKey), CheckStatus::Failed);
        QCOMPARE(connectivity->chain(1)->status(ConnectionCheck::Login), CheckStatus::Skipped);
        QTRY_COMPARE_WITH_TIMEOUT(connectivity->chain(0)->status(ConnectionCheck::Privileges),
                                  CheckStatus::Passed, 30000);
        QVERIFY(window.findChildren<HostKeyDialog *>().isEmpty());
        QVERIFY(!connectivity->isComplete());
        QVERIFY(!window.button(QWizard::NextButton)->isEnabled());
        shoot(&window, QStringLiteral("03b-changed-host-key"));
    }

    // A password login (labadmin, with sudo): asked in a dialog; a wrong password is asked
    // again, the right one logs in and also serves sudo.
    void aPasswordIsAskedForAndServesSudo()
    {
        QFile secretFile(m_lab.adminDir() + QStringLiteral("/labadmin.secret"));
        QVERIFY(secretFile.open(QIODevice::ReadOnly));
        const QString password = QString::fromUtf8(secretFile.readAll()).trimmed();
        QVERIFY(!password.isEmpty());

        WizardWindow window;
        QVERIFY(window.openSpec(m_lab.specPath()));
        window.setKnownHostsPath(m_lab.knownHostsPath());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        clickNext(window);
        auto *servers = qobject_cast<ServersPage *>(window.currentPage());
        QVERIFY(servers);
        type(servers->form(0), QStringLiteral("ssh.user"), QStringLiteral("labadmin"));
        auto *auth = servers->form(0)->findChild<QComboBox *>(QStringLiteral("ssh.auth"));
        auth->setCurrentIndex(auth->findData(int(SshSpec::Auth::Password)));
        QCOMPARE(window.session()->spec()->spec().servers.at(0).ssh.auth, SshSpec::Auth::Password);
        clickNext(window);
        auto *connectivity = qobject_cast<ConnectivityPage *>(window.currentPage());
        QVERIFY(connectivity);
        for (const QString &answer : {QStringLiteral("not-the-password"), password}) {
            QInputDialog *dialog = nullptr;
            const bool appeared = QTest::qWaitFor(
                [&]() {
                    for (QInputDialog *d : window.findChildren<QInputDialog *>()) {
                        if (d->isVisible())
                            dialog = d;
                    }
                    return dialog != nullptr;
                },
                30000);
            QVERIFY2(appeared && dialog, qPrintable(chainText(connectivity->chain(0))));
            QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
            QCOMPARE(connectivity->chain(0)->status(ConnectionCheck::Login),
                     CheckStatus::NeedsDecision);
            if (answer == password)
                QVERIFY(dialog->labelText().contains(QLatin1String("server01")));
            const QPointer<QInputDialog> guard(dialog);
            dialog->setTextValue(answer);
            dialog->accept();
            QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 5000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(connectivity->isComplete(), 60000);
        QCOMPARE(connectivity->chain(0)->detail(ConnectionCheck::Login),
                 QStringLiteral("as labadmin (password)"));
        QCOMPARE(connectivity->chain(0)->detail(ConnectionCheck::Privileges),
                 QStringLiteral("sudo with the password"));
        // The password is nowhere in the spec the wizard remembers.
        QVERIFY(!SpecJson::toJson(window.session()->spec()->spec()).contains(password.toUtf8()));
    }
};

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
