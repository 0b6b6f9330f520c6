#include "DemoCommand.h"

#include "AppInfo.h"
#include "ShellWords.h"
#include "session/DemoPair.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <unistd.h>

namespace {
const QStringList kVerbs = {QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("status")};
} // namespace

int DemoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString program = AppInfo::executableName();
    const QString verb = arguments.value(2);
    if (arguments.size() != 3 || !kVerbs.contains(verb)) {
        err << program << ": " << tr("usage: %1 demo up|down|status").arg(program) << '\n';
        return ExitRefused;
    }
    if (::geteuid() != 0) {
        err << program << ": "
            << tr("the demo pair needs root (network namespaces, loop disks, FUSE); nothing was "
                  "changed. Run: %1")
                   .arg(DemoPair::rootCommandLine(verb))
            << '\n';
        return ExitRefused;
    }
    const QString script = DemoPair::labScript();
    if (script.isEmpty()) {
        err << program << ": "
            << tr("the demo pair is not part of this installation (no lab script next to %1).")
                   .arg(QCoreApplication::applicationFilePath())
            << '\n';
        return ExitRefused;
    }
    if (verb == QLatin1String("up")) {
        if (!DemoPair::isRunning()) {
            // fresh: whatever an interrupted demo left is removed first.
            if (runLab(script, {QStringLiteral("fresh")}) != 0) {
                err << program << ": " << tr("the demo pair could not be started.") << '\n';
                return ExitFailed;
            }
        } else {
            out << tr("The demo pair is already up.") << '\n';
        }
        out << tr("Demo pair up: server01 (198.18.1.11) and server02 (198.18.1.12), on this "
                  "machine only.")
            << '\n'
            << tr("Spec: %1").arg(DemoPair::specPath()) << '\n'
            << tr("Known hosts: %1").arg(DemoPair::knownHostsPath()) << '\n'
            << tr("Set it up: %1 apply %2 --known-hosts %3 --accept-split-brain-risk")
                   .arg(program, ShellQuote::quote(DemoPair::specPath()),
                        ShellQuote::quote(DemoPair::knownHostsPath()))
            << '\n'
            << tr("Remove it afterwards: %1 demo down").arg(program) << '\n';
        return ExitDone;
    }
    if (verb == QLatin1String("down")) {
        out.flush();
        if (runLab(script, {QStringLiteral("down")}) != 0) {
            err << program << ": " << tr("the demo pair could not be removed completely (above).")
                << '\n';
            return ExitFailed;
        }
        out << tr("Demo pair removed: nothing of it is left.") << '\n';
        return ExitDone;
    }
    out.flush();
    return runLab(script, {QStringLiteral("status")}) == 0 ? ExitDone : ExitFailed;
}

int DemoCommand::runLab(const QString &script, const QStringList &arguments)
{
    QProcess lab;
    lab.setProgram(script);
    lab.setArguments(arguments);
    lab.setProcessChannelMode(QProcess::ForwardedChannels);
    lab.setStandardInputFile(QProcess::nullDevice());
    // The admin side (spec, key, known_hosts) belongs to the user who asked for root through
    // pkexec or sudo, so that the wizard running as that user can read it.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString owner = environment.value(QStringLiteral("PKEXEC_UID"),
                                            environment.value(QStringLiteral("SUDO_UID")));
    if (!owner.isEmpty())
        environment.insert(QStringLiteral("GHW_LAB_OWNER"), owner);
    lab.setProcessEnvironment(environment);
    lab.start();
    if (!lab.waitForFinished(-1))
        return -1;
    return lab.exitStatus() == QProcess::NormalExit ? lab.exitCode() : -1;
}
