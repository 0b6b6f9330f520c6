#include "CheckCommand.h"

#include "PreparedSpec.h"
#include "ServerFacts.h"
#include "facts/ReadinessCheck.h"

#include "RemoteText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {
QJsonObject toJson(const SetupSpec &spec, const ServerFacts &gathered,
                   const QList<ReadinessFinding> &findings, bool ready)
{
    QJsonArray servers;
    for (int i = 0; i < spec.servers.size(); ++i) {
        QJsonArray problems;
        QJsonArray notes;
        for (const ReadinessFinding &f : findings) {
            if (f.serverIndex == i)
                (f.isProblem() ? problems : notes).append(f.message);
        }
        if (!gathered.errors.value(i).isEmpty())
            problems.append(gathered.errors.at(i));
        const HostFacts &facts = gathered.facts.at(i);
        servers.append(QJsonObject{{QStringLiteral("name"), spec.servers.at(i).name},
                                   {QStringLiteral("os"), facts.os.prettyName},
                                   {QStringLiteral("problems"), problems},
                                   {QStringLiteral("notes"), notes}});
    }
    return QJsonObject{{QStringLiteral("ready"), ready}, {QStringLiteral("servers"), servers}};
}
} // namespace

int CheckCommand::run(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    PreparedSpec prepared;
    if (!PreparedSpec::prepare(options, &prepared, err))
        return 2;
    QString discard;
    QTextStream quiet(&discard);
    ServerFacts gathered;
    if (!ServerFacts::gather(prepared.spec, options, options.json ? quiet : out, err, &gathered))
        return 2;

    const QList<ReadinessFinding> findings =
        gathered.complete() ? ReadinessCheck::evaluate(
                                  prepared.spec, gathered.facts,
                                  WipeRequest::bound(prepared.wipes, prepared.spec,
                                                     HostFacts::diskIdentities(gathered.facts)))
                            : QList<ReadinessFinding>();
    const bool ready = gathered.complete() && ReadinessCheck::isReady(findings);
    if (options.json) {
        out << QJsonDocument(toJson(prepared.spec, gathered, findings, ready)).toJson();
        return ready ? 0 : 1;
    }
    int problems = 0;
    for (const QString &error : gathered.errors)
        problems += error.isEmpty() ? 0 : 1;
    for (const ReadinessFinding &f : findings) {
        // Findings quote what the servers said (system name, bricks, addresses).
        out << f.serverName << ": " << (f.isProblem() ? tr("problem: ") : tr("note: "))
            << RemoteText::printable(f.message) << '\n';
        problems += f.isProblem() ? 1 : 0;
    }
    if (ready)
        out << tr("check: ready; every server can be set up.") << '\n';
    else
        out << tr("check: %n problem(s) found.", nullptr, problems) << '\n';
    return ready ? 0 : 1;
}
