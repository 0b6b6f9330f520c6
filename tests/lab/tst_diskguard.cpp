#include "LabPair.h"

#include "connect/PairProbe.h"
#include "run/PlanRunner.h"
#include "session/ConnectionModel.h"
#include "session/PlanModel.h"
#include "session/RunModel.h"
#include "session/SetupSession.h"
#include "session/SpecModel.h"
#include "shell/ShellQuote.h"

#include <QSignalSpy>
#include <QtTest>

// The wizard's model (SetupSession, as the Disks page drives it) against a fresh lab: what the
// administrator allowed on the Disks page is what the run may do to the disk, and no more.
//  - "Format" ticked for a blank disk is no permission to wipe: if the disk gains a signature
//    between the check and the run, the format step refuses it and erases nothing.
//  - The typed name of a disk holding data permits erasing that disk as the check saw it: if its
//    identity changes (a new signature UUID) before mkfs, the step refuses it.
//  - Unchanged, the same permission does erase it and the setup goes through.
class TestDiskGuard : public QObject
{
    Q_OBJECT

    LabPair m_lab;

    QString node0(const QString &script)
    {
        QString output;
        const int status = m_lab.exec(0, script, &output);
        if (status != 0)
            qWarning("server01: `%s` failed (%d): %s", qPrintable(script), status,
                     qPrintable(output));
        return status == 0 ? output.trimmed() : QStringLiteral("<failed>");
    }

    // Connected, facts gathered, disks chosen as the page would: blank ticked, data typed.
    bool connect(SetupSession &session)
    {
        QString error;
        if (!session.spec()->openSpec(m_lab.specPath(), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        session.spec()->editSpec(
            [](SetupSpec &spec) { spec.volume.acknowledgeSplitBrainRisk = true; });
        session.connection()->setKnownHostsPath(m_lab.knownHostsPath());
        QSignalSpy finished(session.connection(), &ConnectionModel::finished);
        session.connection()->startChecks();
        return finished.wait(120000) && finished.first().first().toBool();
    }

    void chooseAsThePageDoes(SetupSession &session, int server)
    {
        const DiskCandidate disk = session.plan()->diskCandidates(server).value(0);
        session.plan()->setFormatConfirmed(server, true);
        session.plan()->setWipeTyped(server,
                                     disk.needsTypedConfirmation() ? disk.device : QString());
    }

    bool plan(SetupSession &session)
    {
        QSignalSpy ready(session.plan(), &PlanModel::planReady);
        session.plan()->preparePlan();
        if (ready.isEmpty() && !ready.wait(120000))
            return false;
        if (!session.plan()->isPlanReady())
            qWarning("not ready: %s", qPrintable(session.plan()->planProblems().join('\n')));
        return session.plan()->isPlanReady();
    }

    RunResult run(SetupSession &session)
    {
        QSignalSpy finished(session.run(), &RunModel::runFinished);
        if (!session.run()->startRun() || !finished.wait(600000)) {
            // Seen once per full clean-clone run and never alone: show where the run stands.
            if (session.run()->runLog())
                qWarning("the run did not finish; its log so far:\n%s",
                         qPrintable(session.run()->runLog()->toText()));
            RunResult none;
            none.outcome = RunResult::Outcome::Refused;
            none.message = QStringLiteral("the run did not start or did not finish");
            return none;
        }
        return finished.first().first().value<RunResult>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.problem().isEmpty(), qPrintable(m_lab.problem()));
        QCOMPARE(m_lab.lab({QStringLiteral("fresh")}), 0);
    }

    // The facts were read by the checks for /dev/vdb; another disk chosen afterwards is read
    // before planning (and so is the first one again), never planned from the old facts.
    void aDiskChosenAfterTheChecksIsReadBeforePlanning()
    {
        SetupSession session;
        QVERIFY(connect(session));
        QVERIFY(session.plan()->facts().at(0).disk.exists);
        chooseAsThePageDoes(session, 0);
        chooseAsThePageDoes(session, 1);
        session.spec()->editSpec(
            [](SetupSpec &spec) { spec.servers[0].disk = QStringLiteral("/dev/vdz"); });
        QVERIFY(session.plan()->factsAreStale());
        QVERIFY(!plan(session));
        QCOMPARE(session.plan()->factsRereadCount(), 1);
        QVERIFY(!session.plan()->factsAreStale());
        QVERIFY(!session.plan()->facts().at(0).disk.exists);
        const QString problems = session.plan()->planProblems().join('\n');
        QVERIFY2(problems.contains(QLatin1String("The disk /dev/vdz does not exist.")),
                 qPrintable(problems));

        session.spec()->editSpec(
            [](SetupSpec &spec) { spec.servers[0].disk = QStringLiteral("/dev/vdb"); });
        QVERIFY(plan(session));
        QCOMPARE(session.plan()->factsRereadCount(), 2);
        QVERIFY(session.plan()->facts().at(0).disk.exists);
    }

    void aTickedBlankDiskThatGainsASignatureIsNotWiped()
    {
        SetupSession session;
        QVERIFY(connect(session));
        QCOMPARE(session.plan()->diskCandidates(0).value(0).use, DiskCandidate::Use::Blank);
        chooseAsThePageDoes(session, 0);
        chooseAsThePageDoes(session, 1);
        QVERIFY(session.plan()->destructiveConfirmed());
        QVERIFY(session.plan()->wipes().isEmpty()); // a tick is no wipe
        QVERIFY(plan(session));

        // Between the check and the run, someone makes a file system on server01's disk.
        const QString uuid =
            node0("mkfs.ext4 -q -F /dev/vdb && blkid -p -s UUID -o value /dev/vdb");
        QVERIFY(!uuid.isEmpty() && uuid != "<failed>");

        const RunResult result = run(session);
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QCOMPARE(result.serverName, QStringLiteral("server01"));
        QCOMPARE(result.stepTitle, QStringLiteral("Format /dev/vdb as XFS"));
        const QString stderrText = result.remoteStderr.join('\n');
        QVERIFY2(stderrText.contains("Refusing to format /dev/vdb: it holds ext4"),
                 qPrintable(stderrText));
        QCOMPARE(node0("blkid -p -s TYPE -o value /dev/vdb"), QStringLiteral("ext4"));
        QCOMPARE(node0("blkid -p -s UUID -o value /dev/vdb"), uuid);
    }

    void aTypedWipeIsRefusedWhenTheDiskChanged()
    {
        const QString before =
            node0("mkfs.ext4 -q -F /dev/vdb && blkid -p -s UUID -o value /dev/vdb");
        SetupSession session;
        QVERIFY(connect(session));
        QCOMPARE(session.plan()->diskCandidates(0).value(0).use, DiskCandidate::Use::HoldsData);
        chooseAsThePageDoes(session, 0);
        chooseAsThePageDoes(session, 1);
        QVERIFY(plan(session));
        // The permission is bound to the disk as the check saw it, with its signature's UUID;
        // the exported script carries the same identity check.
        QCOMPARE(session.plan()->wipes().size(), 1);
        const WipeRequest wipe = session.plan()->wipes().first();
        QCOMPARE(wipe.server, QStringLiteral("server01"));
        QVERIFY2(wipe.identity.contains(before), qPrintable(wipe.identity));
        QCOMPARE(wipe.identity, session.plan()->facts().at(0).disk.identity);
        QVERIFY(session.plan()->exportScript().contains(ShellQuote::quote(wipe.identity)));

        // Before the run, the disk gets a new file system: a new signature UUID.
        const QString after =
            node0("mkfs.ext4 -q -F /dev/vdb && blkid -p -s UUID -o value /dev/vdb");
        QVERIFY(after != before && after != "<failed>");

        const RunResult result = run(session);
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QCOMPARE(result.serverName, QStringLiteral("server01"));
        QCOMPARE(result.stepTitle, QStringLiteral("Erase /dev/vdb and format it as XFS"));
        const QString stderrText = result.remoteStderr.join('\n');
        QVERIFY2(
            stderrText.contains("Refusing to erase /dev/vdb: it is not the disk that was checked"),
            qPrintable(stderrText));
        QCOMPARE(node0("blkid -p -s UUID -o value /dev/vdb"), after);
    }

    void aTypedWipeOfTheUnchangedDiskErasesIt()
    {
        const QString uuid = node0("blkid -p -s UUID -o value /dev/vdb");
        SetupSession session;
        QVERIFY(connect(session));
        QCOMPARE(session.plan()->diskCandidates(0).value(0).use, DiskCandidate::Use::HoldsData);
        chooseAsThePageDoes(session, 0);
        chooseAsThePageDoes(session, 1);
        QVERIFY(plan(session));
        QVERIFY2(session.plan()->wipes().value(0).identity.contains(uuid),
                 qPrintable(session.plan()->wipes().value(0).identity));
        const RunResult result = run(session);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QCOMPARE(node0("blkid -p -s LABEL -o value /dev/vdb"), QStringLiteral("ghw-brick"));
    }
};

QTEST_GUILESS_MAIN(TestDiskGuard)
#include "tst_diskguard.moc"
