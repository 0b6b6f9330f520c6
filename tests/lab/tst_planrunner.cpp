#include "LabPair.h"

#include "plan/Plan.h"
#include "run/PlanRunner.h"
#include "run/RunLog.h"

#include "SshSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

// The runner against the real lab servers with small plans of its own: order, parallel servers,
// skipping what is done, stopping at the first failure with its details, cancel, refusal of an
// unconfirmed destructive step, and a server lost mid-run.
class TestPlanRunner : public QObject
{
    Q_OBJECT
private:
    LabPair m_lab;
    QList<SshSession *> m_sessions;

    static Step step(const QString &id, int server, const QString &check, const QString &apply,
                     const QString &verify, const QStringList &dependsOn = {})
    {
        Step s;
        s.id = id;
        s.serverIndex = server;
        s.serverName = QStringLiteral("server%1").arg(server + 1, 2, 10, QLatin1Char('0'));
        s.title = id;
        s.why = QStringLiteral("test");
        s.check = check;
        s.apply = apply;
        s.verify = verify;
        s.dependsOn = dependsOn;
        return s;
    }
    // A step that creates a marker file in the node's private /tmp.
    static Step marker(const QString &id, int server, const QString &name, int sleepMs = 0,
                       const QStringList &dependsOn = {})
    {
        const QString path = QStringLiteral("/tmp/ghw-runner/") + name;
        return step(id, server, QStringLiteral("test -f ") + path,
                    QStringLiteral("mkdir -p /tmp/ghw-runner; date +%s.%N > %2.start; sleep %1; "
                                   "date +%s.%N > %2")
                        .arg(sleepMs / 1000.0)
                        .arg(path),
                    QStringLiteral("test -s ") + path, dependsOn);
    }

    RunResult run(PlanRunner &runner)
    {
        QSignalSpy finished(&runner, &PlanRunner::finished);
        runner.start();
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<RunResult>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.problem().isEmpty(), qPrintable(m_lab.problem()));
        QString error;
        m_sessions = m_lab.connectAll(this, &error);
        QVERIFY2(!m_sessions.isEmpty(), qPrintable(error));
    }

    void init()
    {
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_lab.exec(i, QStringLiteral("rm -rf /tmp/ghw-runner")), 0);
    }

    void runsServersInParallelAndRespectsDependencies()
    {
        Plan plan;
        plan.append(marker(QStringLiteral("a:server01"), 0, QStringLiteral("a"), 1500));
        plan.append(marker(QStringLiteral("a:server02"), 1, QStringLiteral("a"), 1500));
        // b on server01 must wait for a on server02.
        plan.append(marker(QStringLiteral("b:server01"), 0, QStringLiteral("b"), 0,
                           {QStringLiteral("a:server02")}));
        PlanRunner runner(plan, m_sessions);
        QSignalSpy started(&runner, &PlanRunner::stepStarted);
        QElapsedTimer clock;
        clock.start();
        const RunResult result = run(runner);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QCOMPARE(result.applied, 3);
        QCOMPARE(result.alreadyDone, 0);
        // Both 1.5 s steps ran at once: each began before the other ended (the nodes share this
        // machine's clock; no bound on how long the run took).
        QString start1, end1, start2, end2;
        QCOMPARE(m_lab.exec(0, QStringLiteral("cat /tmp/ghw-runner/a.start"), &start1), 0);
        QCOMPARE(m_lab.exec(0, QStringLiteral("cat /tmp/ghw-runner/a"), &end1), 0);
        QCOMPARE(m_lab.exec(1, QStringLiteral("cat /tmp/ghw-runner/a.start"), &start2), 0);
        QCOMPARE(m_lab.exec(1, QStringLiteral("cat /tmp/ghw-runner/a"), &end2), 0);
        QVERIFY2(start1.trimmed().toDouble() < end2.trimmed().toDouble() &&
                     start2.trimmed().toDouble() < end1.trimmed().toDouble(),
                 qPrintable(QStringLiteral("server01 %1..%2, server02 %3..%4 (run %5 ms)")
                                .arg(start1.trimmed(), end1.trimmed(), start2.trimmed(),
                                     end2.trimmed(), QString::number(clock.elapsed()))));
        QCOMPARE(started.size(), 3);
        QCOMPARE(started.at(2).first().toInt(), 2);

        // b on server01 started after a on server02 had finished: compare the remote clocks.
        QString a2, b1;
        QCOMPARE(m_lab.exec(1, QStringLiteral("cat /tmp/ghw-runner/a"), &a2), 0);
        QCOMPARE(m_lab.exec(0, QStringLiteral("cat /tmp/ghw-runner/b"), &b1), 0);
        QVERIFY2(b1.trimmed().toDouble() > a2.trimmed().toDouble(), qPrintable(a2 + b1));
        for (int i = 0; i < plan.size(); ++i)
            QCOMPARE(runner.state(i), StepState::Done);

        // A second run finds everything done and changes nothing.
        PlanRunner again(plan, m_sessions);
        QSignalSpy phases(&again, &PlanRunner::phaseStarted);
        const RunResult second = run(again);
        QVERIFY(second.succeeded());
        QCOMPARE(second.applied, 0);
        QCOMPARE(second.alreadyDone, 3);
        for (const QList<QVariant> &phase : phases)
            QCOMPARE(phase.at(1).value<StepPhase>(), StepPhase::Check);
    }

    void stopsAtTheFirstFailureWithItsDetails()
    {
        Plan plan;
        plan.append(marker(QStringLiteral("a:server01"), 0, QStringLiteral("a")));
        plan.append(step(QStringLiteral("bad:server02"), 1, QStringLiteral("false"),
                         QStringLiteral("echo about to fail; echo 'disk on fire' >&2; exit 3"),
                         QStringLiteral("true")));
        plan.append(marker(QStringLiteral("c:server01"), 0, QStringLiteral("c"), 0,
                           {QStringLiteral("bad:server02")}));
        PlanRunner runner(plan, m_sessions);
        RunLog log(&runner);
        const RunResult result = run(runner);
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QCOMPARE(result.failedStep, 1);
        QCOMPARE(result.serverName, QStringLiteral("server02"));
        QCOMPARE(result.exitStatus, 3);
        QVERIFY(result.remoteStderr.contains(QStringLiteral("disk on fire")));
        QVERIFY(result.message.contains(QStringLiteral("server02")));
        QVERIFY(result.message.contains(QStringLiteral("bad:server02")));
        QCOMPARE(runner.state(1), StepState::Failed);
        QCOMPARE(runner.state(2), StepState::NotRun);
        QCOMPARE(m_lab.exec(0, QStringLiteral("test -e /tmp/ghw-runner/c")), 1);
        // The log holds the command, both streams and the status.
        const QString text = log.toText();
        QVERIFY(text.contains(QStringLiteral("out: about to fail")));
        QVERIFY(text.contains(QStringLiteral("err: disk on fire")));
        QVERIFY(text.contains(QStringLiteral("exit status 3")));
    }

    void failingVerifyFailsTheStep()
    {
        Plan plan;
        plan.append(step(QStringLiteral("v:server01"), 0, QStringLiteral("false"),
                         QStringLiteral("true"), QStringLiteral("test -e /nonexistent")));
        PlanRunner runner(plan, m_sessions);
        const RunResult result = run(runner);
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QVERIFY(result.message.contains(QStringLiteral("verified")));
    }

    void cancelStopsRunningCommands()
    {
        Plan plan;
        plan.append(step(QStringLiteral("slow:server01"), 0, QStringLiteral("false"),
                         QStringLiteral("sleep 30"), QStringLiteral("true")));
        plan.append(marker(QStringLiteral("after:server01"), 0, QStringLiteral("after")));
        PlanRunner runner(plan, m_sessions);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        connect(&runner, &PlanRunner::phaseStarted, &runner,
                [&runner](int, StepPhase phase, const QString &) {
                    if (phase == StepPhase::Apply)
                        QTimer::singleShot(300, &runner, &PlanRunner::cancel);
                });
        QElapsedTimer clock;
        clock.start();
        runner.start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(clock.elapsed() < 10000, "cancel did not stop the 30 s command");
        const RunResult result = finished.first().first().value<RunResult>();
        QCOMPARE(result.outcome, RunResult::Outcome::Cancelled);
        QCOMPARE(runner.state(0), StepState::Cancelled);
        QCOMPARE(runner.state(1), StepState::NotRun);
    }

    void cancelEndsAQuietStepAndAResumedRunDoesNotOverlap()
    {
        // A quiet step (like mkfs, cp or apt) that a cancel used to leave running on the server.
        const QString dir = QStringLiteral("/tmp/ghw-runner");
        const QString noOverlap = QStringLiteral(
            "old=$(cat /tmp/ghw-runner/quiet.pid); "
            "if [ -e /proc/$old ] && ! grep -q '^[0-9]* ([^)]*) Z' /proc/$old/stat; then "
            "echo \"the cancelled step (pid $old) still runs\" >&2; exit 1; fi; ");
        Plan plan;
        plan.append(step(QStringLiteral("quiet:server01"), 0,
                         QStringLiteral("test -f /tmp/ghw-runner/quiet-done"),
                         QStringLiteral("mkdir -p /tmp/ghw-runner; "
                                        "if [ -f /tmp/ghw-runner/quiet.pid ]; then ") +
                             noOverlap +
                             QStringLiteral("touch /tmp/ghw-runner/quiet-done; exit 0; fi; "
                                            "echo $$ > /tmp/ghw-runner/quiet.pid; sleep 300; "
                                            "touch /tmp/ghw-runner/quiet-done"),
                         QStringLiteral("test -f /tmp/ghw-runner/quiet-done")));
        PlanRunner runner(plan, m_sessions);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        runner.start();
        QString pid;
        QTRY_VERIFY_WITH_TIMEOUT(
            m_lab.exec(0, QStringLiteral("cat ") + dir + QStringLiteral("/quiet.pid"), &pid) == 0,
            10000);
        pid = pid.trimmed();
        QVERIFY(!pid.isEmpty());
        runner.cancel();
        QVERIFY(finished.wait(40000));
        QCOMPARE(finished.first().first().value<RunResult>().outcome,
                 RunResult::Outcome::Cancelled);
        // Looked at inside the node, by PID: the step's bash and its sleep are gone by the time
        // the run says it is cancelled.
        const QString running =
            QStringLiteral("p=%1; [ -e /proc/$p ] && ! grep -q '^[0-9]* ([^)]*) Z' "
                           "/proc/$p/stat && exit 0; pgrep -P $p >/dev/null")
                .arg(pid);
        QVERIFY2(m_lab.exec(0, running) != 0,
                 qPrintable(QStringLiteral("the cancelled step (pid %1) still runs").arg(pid)));
        QVERIFY(m_lab.exec(0, QStringLiteral("test ! -e ") + dir + QStringLiteral("/quiet-done")) ==
                0);

        // Resumed: the step runs again and finds nothing of the cancelled one still running.
        PlanRunner resumed(plan, m_sessions);
        const RunResult result = run(resumed);
        QVERIFY2(result.succeeded(), qPrintable(result.message + result.remoteStderr.join(' ')));
        QCOMPARE(resumed.state(0), StepState::Done);
    }

    void refusesAnUnconfirmedDestructiveStep()
    {
        Plan plan;
        Step wipe = marker(QStringLiteral("wipe:server01"), 0, QStringLiteral("wiped"));
        wipe.destructive = true;
        plan.append(wipe);
        PlanRunner runner(plan, m_sessions);
        QSignalSpy phases(&runner, &PlanRunner::phaseStarted);
        const RunResult result = run(runner);
        QCOMPARE(result.outcome, RunResult::Outcome::Refused);
        QVERIFY(result.message.contains(QStringLiteral("erases a disk")));
        QCOMPARE(phases.size(), 0);
        QCOMPARE(m_lab.exec(0, QStringLiteral("test -e /tmp/ghw-runner/wiped")), 1);

        PlanRunner confirmed(plan, m_sessions);
        confirmed.setDestructiveConfirmed(true);
        QVERIFY(run(confirmed).succeeded());
    }

    // Last: it kills server02's sshd (and starts it again).
    void aServerLostMidRunFailsTheStepNamingIt()
    {
        Plan plan;
        plan.append(step(QStringLiteral("long:server02"), 1, QStringLiteral("false"),
                         QStringLiteral("sleep 20"), QStringLiteral("true")));
        PlanRunner runner(plan, m_sessions);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        connect(&runner, &PlanRunner::phaseStarted, &runner,
                [this](int, StepPhase phase, const QString &) {
                    if (phase == StepPhase::Apply)
                        QTimer::singleShot(300, [this] {
                            // The listener (by its PID file) and the children serving
                            // sessions (by their parent's PID).
                            m_lab.exec(
                                1, QStringLiteral("l=$(cat /run/sshd.pid); kill -9 $(pgrep -P $l) "
                                                  "$l; rm -f /run/sshd.pid"));
                        });
                });
        QElapsedTimer clock;
        clock.start();
        runner.start();
        QVERIFY(finished.wait(20000));
        const RunResult result = finished.first().first().value<RunResult>();
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QCOMPARE(result.serverName, QStringLiteral("server02"));
        QVERIFY2(clock.elapsed() < 10000, "the lost server was not noticed");
        QCOMPARE(m_lab.lab(
                     {QStringLiteral("sshd"), QStringLiteral("server02"), QStringLiteral("start")}),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanRunner)
#include "tst_planrunner.moc"
