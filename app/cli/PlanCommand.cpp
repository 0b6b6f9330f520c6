#include "PlanCommand.h"

#include "AppInfo.h"
#include "PreparedSpec.h"
#include "ServerFacts.h"
#include "facts/HostFacts.h"
#include "plan/PlanText.h"
#include "plan/Planner.h"
#include "plan/ScriptExporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
bool writeScript(const QString &path, const QString &script, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    // No secret inside: readable by all, executable like any script.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                    QFileDevice::ExeOther);
    return true;
}
} // namespace

int PlanCommand::run(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    const QString program = AppInfo::executableName();
    PreparedSpec prepared;
    if (!PreparedSpec::prepare(options, &prepared, err))
        return 2;

    QList<HostFacts> facts;
    if (options.assumeOs.isEmpty()) {
        // Facts from the servers themselves, read-only; progress goes to stderr so that stdout
        // holds only the plan or the script.
        ServerFacts gathered;
        if (!ServerFacts::gather(prepared.spec, options, err, err, &gathered))
            return 2;
        if (!gathered.complete()) {
            err << program << ": "
                << tr("planning needs the facts of every server; to plan without connecting, "
                      "give the distribution with --assume-os debian or --assume-os fedora.")
                << '\n';
            return 2;
        }
        facts = gathered.facts;
    } else {
        const OsFamily family =
            options.assumeOs == QLatin1String("fedora") ? OsFamily::Fedora : OsFamily::Debian;
        facts = QList<HostFacts>(prepared.spec.servers.size(), HostFacts::assumed(family));
        if (!prepared.wipes.isEmpty()) {
            err << program << ": "
                << tr("warning: --wipe permits erasing a disk as the check sees it; with "
                      "--assume-os no disk was looked at, so the plan erases none.")
                << '\n';
        }
    }

    // --wipe permits erasing the disk as these facts show it, and no other.
    const QList<WipeRequest> wipes =
        WipeRequest::bound(prepared.wipes, prepared.spec, HostFacts::diskIdentities(facts));
    const PlanResult result =
        options.addsArbiter()
            ? Planner::planAddArbiter(prepared.spec, facts, options.arbiterName, wipes)
            : Planner::plan(prepared.spec, facts, wipes);
    if (!result.ok()) {
        for (const QString &error : result.errors)
            err << program << ": " << error << '\n';
        return 2;
    }
    if (options.command == QLatin1String("plan")) {
        if (options.json)
            out << QJsonDocument(PlanText::toJson(prepared.spec, result.plan)).toJson();
        else
            out << PlanText::toText(prepared.spec, result.plan);
        return 0;
    }
    const QString script =
        ScriptExporter::exportScript(prepared.spec, result.plan, wipes, options.knownHosts);
    if (options.output.isEmpty() || options.output == QLatin1String("-")) {
        out << script;
        return 0;
    }
    QString error;
    if (!writeScript(options.output, script, &error)) {
        err << program << ": " << tr("cannot write %1: %2").arg(options.output, error) << '\n';
        return 2;
    }
    err << program << ": "
        << tr("wrote %1 (%n step(s))", nullptr, result.plan.size()).arg(options.output) << '\n';
    return 0;
}
