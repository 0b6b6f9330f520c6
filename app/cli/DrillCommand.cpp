#include "DrillCommand.h"

#include "AppInfo.h"
#include "CliOptions.h"
#include "InterruptWatcher.h"
#include "PreparedSpec.h"
#include "ServerConnections.h"
#include "TerminalPrompt.h"
#include "drill/FailoverDrill.h"
#include "shell/ShellQuote.h"

#include "RemoteText.h"
#include "SshError.h"
#include "SshSession.h"

#include <QEventLoop>

#include <unistd.h>

namespace {
const QString ServerOption = QStringLiteral("--server");
const QString RestoreOption = QStringLiteral("--restore");

// Takes --server NAME (or --server=NAME) and --restore out of the arguments: the options the
// other commands do not have. False when --server has no value.
bool takeDrillOptions(QStringList *arguments, QString *server, bool *restore)
{
    *restore = arguments->removeAll(RestoreOption) > 0;
    for (int i = 1; i < arguments->size(); ++i) {
        const QString argument = arguments->at(i);
        if (argument == ServerOption) {
            if (i + 1 >= arguments->size())
                return false;
            *server = arguments->at(i + 1);
            arguments->remove(i, 2);
            --i;
        } else if (argument.startsWith(ServerOption + QLatin1Char('='))) {
            *server = argument.mid(ServerOption.size() + 1);
            arguments->removeAt(i);
            --i;
        }
    }
    return true;
}

// The command that brings the server back from this workstation, as the user typed the drill.
QString restoreCommandLine(const CliOptions &options, const QString &server)
{
    QStringList words = {AppInfo::executableName(),
                         QStringLiteral("drill"),
                         ShellQuote::quote(options.specPath),
                         RestoreOption,
                         ServerOption,
                         ShellQuote::quote(server)};
    if (!options.knownHosts.isEmpty())
        words << QStringLiteral("--known-hosts") << ShellQuote::quote(options.knownHosts);
    for (const QString &secretFile : options.secretFiles) // paths of files, never a secret
        words << QStringLiteral("--secret-file") << ShellQuote::quote(secretFile);
    return words.join(QLatin1Char(' '));
}

} // namespace

int DrillCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString program = AppInfo::executableName();
    QStringList remaining = arguments;
    QString serverName;
    bool restore = false;
    CliOptions options;
    QString error;
    if (!takeDrillOptions(&remaining, &serverName, &restore)) {
        err << program << ": " << tr("--server needs the name of a server of the spec.") << '\n'
            << tr("See --help.") << '\n';
        return ExitRefused;
    }
    if (!CliOptions::parse(remaining, &options, &error)) {
        err << program << ": " << error << '\n' << tr("See --help.") << '\n';
        return ExitRefused;
    }
    // The drill builds nothing: the replica 2 acknowledgement is for creating a volume.
    options.acceptSplitBrainRisk = true;
    PreparedSpec prepared;
    if (!PreparedSpec::prepare(options, &prepared, err))
        return ExitRefused;
    const SetupSpec &spec = prepared.spec;
    if (spec.servers.size() < 2) {
        err << program << ": " << tr("drill: the spec has no pair of servers.") << '\n';
        return ExitRefused;
    }
    const int target = serverName.isEmpty() ? 0 : spec.indexOfServer(serverName);
    if (target < 0) {
        err << program << ": "
            << tr("drill: there is no server \"%1\" in the spec.").arg(serverName) << '\n';
        return ExitRefused;
    }
    const QString targetName = spec.servers.at(target).name;
    const bool interactive = TerminalPrompt::isInteractive();
    if (!restore && !options.yes && !interactive) {
        err << program << ": "
            << tr("drill: refused: the drill takes %1 out of the pair for a while, and there is "
                  "no terminal to ask whether that is all right. Run it on a terminal, or add "
                  "--yes.")
                   .arg(targetName)
            << '\n';
        return ExitRefused;
    }

    ServerConnections::Policy policy;
    if (!ServerConnections::policyFor(options, spec, interactive, &policy, &error)) {
        err << program << ": " << error << '\n';
        return ExitRefused;
    }

    const QString restoreCommand = restoreCommandLine(options, targetName);
    ServerConnections connections(spec, policy);
    FailoverDrill drill(spec, target, restoreCommand);
    QList<bool> handedOver(spec.servers.size(), false);
    QObject::connect(&connections, &ServerConnections::progress, &drill,
                     [&](int index, const QString &line) {
                         SshSession *session = connections.sessions().value(index);
                         if (session && session->isConnected() && !handedOver.at(index)) {
                             handedOver[index] = true;
                             drill.serverConnected(index, session);
                         } else {
                             err << spec.servers.at(index).name << ": "
                                 << RemoteText::printable(line) << Qt::endl;
                         }
                     });
    QObject::connect(&connections, &ServerConnections::finished, &drill, [&] {
        for (int i = 0; i < handedOver.size(); ++i) {
            if (!handedOver.at(i)) {
                handedOver[i] = true;
                drill.serverUnreachable(i, connections.unreachableError(i));
            }
        }
    });
    QObject::connect(&drill, &FailoverDrill::progress, &drill,
                     [&](const QString &line) { out << "drill: " << line << Qt::endl; });
    QObject::connect(&drill, &FailoverDrill::sitePolled, &drill,
                     [&](bool, const QString &line) { out << "drill: " << line << Qt::endl; });

    QEventLoop loop;
    bool healthy = false;
    QObject::connect(&drill, &FailoverDrill::healthChecked, &loop, [&] {
        healthy = true;
        loop.quit();
    });
    QObject::connect(&drill, &FailoverDrill::finished, &loop, &QEventLoop::quit);
    // Ctrl-C: the drill brings the server back before it ends; a second Ctrl-C quits at once
    // (the restore command, printed before anything was taken down, undoes it then).
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &drill, [&] {
        err << program << ": "
            << tr("drill: interrupted; bringing %1 back first. Ctrl-C again quits at once; then "
                  "restore it with: %2")
                   .arg(targetName, restoreCommand)
            << Qt::endl;
        drill.cancel();
    });

    drill.start(restore ? FailoverDrill::Mode::Restore : FailoverDrill::Mode::Drill);
    connections.start();
    if (!drill.isFinished())
        loop.exec();
    if (!drill.isFinished() && healthy) {
        bool go = options.yes;
        if (!go) {
            out << tr("The drill takes %1 out of the pair (its glusterd, brick and self-heal "
                      "daemon are stopped), checks that %2 keeps serving, then brings %1 back "
                      "and waits for the heal.")
                       .arg(targetName, spec.servers.at(drill.survivorIndex()).name)
                << Qt::endl;
            go =
                TerminalPrompt::confirmed(tr("Take %1 out of the pair now? [y/N]").arg(targetName));
        }
        if (!go) {
            err << program << ": " << tr("drill: not confirmed; nothing was changed.") << '\n';
            return ExitRefused;
        }
        drill.proceed();
        if (!drill.isFinished())
            loop.exec();
    }

    for (const QString &line : drill.report().toTextLines())
        out << RemoteText::printable(line) << '\n';
    out.flush();
    return drill.report().exitStatus();
}
