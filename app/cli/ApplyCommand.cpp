#include "ApplyCommand.h"

#include "AppInfo.h"
#include "InterruptWatcher.h"
#include "PreparedSpec.h"
#include "RunPrinter.h"
#include "ServerFacts.h"
#include "TerminalPrompt.h"
#include "facts/ReadinessCheck.h"
#include "plan/Planner.h"
#include "plan/VolumeMountSteps.h"
#include "run/PlanRunner.h"
#include "run/RunLog.h"
#include "run/RunResult.h"
#include "session/PairResult.h"

#include "RemoteText.h"

#include "RemoteProcessGroup.h"

#include <QEventLoop>
#include <QTextStream>

int ApplyCommand::run(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    const QString program = AppInfo::executableName();
    PreparedSpec prepared;
    if (!PreparedSpec::prepare(options, &prepared, err))
        return 2;
    if (options.addsArbiter()) { // refused before connecting anywhere
        const QStringList errors = Planner::addArbiterErrors(prepared.spec, options.arbiterName);
        for (const QString &error : errors)
            err << program << ": " << error << '\n';
        if (!errors.isEmpty())
            return 2;
    }

    // 1. Check: connect (host keys, login, sudo) and gather the facts, read-only.
    ServerFacts gathered;
    if (!ServerFacts::gather(prepared.spec, options, out, err, &gathered))
        return 2;
    if (!gathered.complete()) {
        err << program << ": "
            << tr("apply: not every server could be reached; nothing was changed.") << '\n';
        return 1;
    }
    // --wipe permits erasing the disk as this check sees it, and no other.
    const QList<WipeRequest> wipes = WipeRequest::bound(prepared.wipes, prepared.spec,
                                                        HostFacts::diskIdentities(gathered.facts));
    const QList<ReadinessFinding> findings = ReadinessCheck::evaluate(
        prepared.spec, gathered.facts, wipes,
        options.addsArbiter() ? ReadinessCheck::Goal::AddArbiter : ReadinessCheck::Goal::Setup);
    for (const ReadinessFinding &finding : findings) {
        out << finding.serverName << ": " << (finding.isProblem() ? tr("problem: ") : tr("note: "))
            << RemoteText::printable(finding.message) << '\n';
    }
    if (!ReadinessCheck::isReady(findings)) {
        err << program << ": " << tr("apply: the check found problems; nothing was changed.")
            << '\n';
        return 2;
    }

    // 2. Plan, from what the servers really are.
    const PlanResult planned =
        options.addsArbiter()
            ? Planner::planAddArbiter(prepared.spec, gathered.facts, options.arbiterName, wipes)
            : Planner::plan(prepared.spec, gathered.facts, wipes);
    if (!planned.ok()) {
        for (const QString &error : planned.errors)
            err << program << ": " << error << '\n';
        return 2;
    }
    const Plan &plan = planned.plan;
    int destructive = 0;
    for (const Step &step : plan.steps())
        destructive += step.destructive ? 1 : 0;

    // 3. Ask, unless --yes. Formatting needs the same answer: the steps themselves still refuse
    //    a disk that holds data unless --wipe named it.
    if (!options.yes) {
        out << tr("The plan has %n step(s)", nullptr, plan.size());
        if (destructive > 0)
            out << tr(", %n of which format(s) a disk", nullptr, destructive);
        // Flushed first: the summary explains the question and must be on the screen before it.
        out << tr("; `%1 plan` shows every command.").arg(program) << Qt::endl;
        if (!TerminalPrompt::confirmed(tr("Run it now? [y/N]"))) {
            err << program << ": "
                << tr("apply: not confirmed (use --yes when there is no terminal); nothing was "
                      "changed.")
                << '\n';
            return 2;
        }
    }

    // 4. Run on the sessions the check opened.
    PlanRunner runner(plan, gathered.sessions());
    runner.setDestructiveConfirmed(true);
    RunPrinter printer(&runner, out);
    auto *log = new RunLog(&runner);
    RunResult result;
    QEventLoop loop;
    QObject::connect(&runner, &PlanRunner::finished, &loop, [&](const RunResult &r) {
        result = r;
        loop.quit();
    });
    // Ctrl-C cancels like the wizard's Cancel: the commands running now are ended on the servers
    // before apply exits, so a resumed run cannot overlap them. A second Ctrl-C quits at once.
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &runner, [&] {
        err << program << ": "
            << tr("apply: interrupted; ending the commands running on the servers (SIGTERM, "
                  "SIGKILL after %1 s). Ctrl-C again quits at once and leaves them running.")
                   .arg(RemoteProcessGroup::graceSeconds)
            << Qt::endl;
        runner.cancel();
    });
    runner.start();
    loop.exec();

    // The message and the stderr lines may quote the server: printable remote text only.
    if (result.outcome == RunResult::Outcome::Refused) {
        err << program << ": " << RemoteText::printable(result.message) << '\n';
        return 2;
    }
    if (result.outcome == RunResult::Outcome::Cancelled) {
        err << program << ": " << result.message << '\n';
        return 1;
    }
    if (!result.succeeded()) {
        err << program << ": " << RemoteText::printable(result.message) << '\n';
        for (const QString &line : std::as_const(result.remoteStderr))
            err << result.serverName << ": ! " << RemoteText::printable(line) << '\n';
        err << tr("Fix the cause and run apply again: it resumes where it stopped.") << '\n';
        return 1;
    }
    const QStringList content = PairResult::contentReport(*log);
    for (const QString &line : content)
        out << VolumeMountSteps::reportTag() << ' ' << line << '\n';
    out << tr("apply: all %1 steps done: %2 already done, %3 applied now, %4 verified (%5 s).")
               .arg(plan.size())
               .arg(result.alreadyDone)
               .arg(result.applied)
               .arg(result.verified)
               .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1)
        << '\n';
    return 0;
}
