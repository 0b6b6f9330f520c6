#include "CommandLineFront.h"

#include "AdoptCommand.h"
#include "AppInfo.h"
#include "ApplyCommand.h"
#include "CheckCommand.h"
#include "CliOptions.h"
#include "DemoCommand.h"
#include "DrillCommand.h"
#include "HealthCommand.h"
#include "PlanCommand.h"

#include <QTextStream>

namespace {
const QStringList kCommands = {
    QStringLiteral("check"), QStringLiteral("plan"),   QStringLiteral("export"),
    QStringLiteral("apply"), QStringLiteral("health"), QStringLiteral("drill"),
    QStringLiteral("adopt"), QStringLiteral("demo"),   QStringLiteral("add-arbiter")};
} // namespace

QString CommandLineFront::usage()
{
    return tr("Usage: %1 [COMMAND SPEC [options]]\n"
              "\n"
              "With no command, opens the setup wizard.\n"
              "\n"
              "Commands:\n"
              "  check SPEC            connect to every server and list every problem\n"
              "  plan SPEC             print the plan: each step's server, title and commands\n"
              "  export SPEC [-o FILE] write the plan as a bash script\n"
              "  apply SPEC [--yes] [--wipe SERVER:DEVICE]...  run the plan with live logs\n"
              "  health SPEC [--json] [--no-round-trip]  read-only health report of an existing\n"
              "                        pair (the round trip writes and removes one test file)\n"
              "  drill SPEC [--server NAME] [--yes]  failover drill of a healthy pair: takes\n"
              "                        NAME (default: the first server) out, shows the other\n"
              "                        serving, brings NAME back, waits for the heal, reports\n"
              "  drill SPEC --restore --server NAME  brings NAME back (after a killed drill)\n"
              "  adopt [USER@]HOST[:PORT] [-i IDENTITY] [--volume NAME] [-o SPEC]\n"
              "                        discover an existing pair from one of its servers\n"
              "                        (read-only) and write its spec (default: stdout);\n"
              "                        exit 0 found, 1 found with gaps, 2 nothing usable\n"
              "  add-arbiter SPEC --server NAME [--yes]  adds the spec's arbiter NAME (a third\n"
              "                        host, \"role\": \"arbiter\") to the existing replica 2\n"
              "                        volume of its two data servers: replica 3 arbiter 1;\n"
              "                        refuses a volume that is not a started replica 2 or has\n"
              "                        pending heals or split-brain files\n"
              "  demo up|down|status   the local demo pair: two servers in namespaces on this\n"
              "                        machine (needs root); up prints its spec and known_hosts\n"
              "\n"
              "Options shared by the commands:\n"
              "  --known-hosts FILE       known_hosts file (default: ~/.ssh/known_hosts)\n"
              "  --accept-new-host-keys   trust unknown host keys once and record them\n"
              "  --secret-file SERVER:KIND=FILE  for unattended runs: that server's secret of\n"
              "                           that KIND, the first line of FILE (mode 0600): password\n"
              "                           (SSH login), passphrase (of the key; used only on this\n"
              "                           machine) or sudo. Repeat it for each server and kind.\n"
              "  --secret-file FILE       the login password or key passphrase of the one server\n"
              "                           that logs in with a password or an encrypted key;\n"
              "                           refused when several servers (or none) would need one.\n"
              "                           sudo gets the sudo secret, else that server's own login\n"
              "                           password; a secret never goes to another server.\n"
              "  --accept-split-brain-risk  accept that a replica 2 volume can split-brain (the\n"
              "                           same as \"acknowledgeSplitBrainRisk\": true under\n"
              "                           \"volume\" in the spec); required for replica 2\n"
              "  --wipe SERVER:DEVICE     allow erasing that disk although it holds a file "
              "system,\n"
              "                           partition table or signature, as this run's check "
              "sees it\n"
              "                           (never a mounted or system disk, nor one that "
              "changed)\n"
              "  --json                   machine-readable output (plan, check, health)\n"
              "  -h, --help               show this help\n"
              "  -v, --version            show the version\n"
              "\n"
              "Options of plan and export:\n"
              "  --assume-os debian|fedora  plan without connecting: assume every server runs\n"
              "                           this distribution family (Debian/Ubuntu or\n"
              "                           Fedora/RHEL); the steps still check the servers\n"
              "                           (systemd, SELinux, firewall) when they run\n"
              "  -o, --output FILE        export: write the script to FILE (default: stdout)\n"
              "  --add-arbiter NAME       the steps of add-arbiter SPEC --server NAME instead of\n"
              "                           the setup's\n"
              "\n"
              "The exported script runs from this workstation over ssh: bash SCRIPT [--yes]\n"
              "[--dry-run]; GHW_SSH sets the ssh command (e.g. GHW_SSH=\"ssh -F ssh_config\").\n"
              "\n"
              "Exit statuses: 0 success, 1 problems found or a step failed, 2 bad spec, usage or "
              "refused.\n")
        .arg(AppInfo::executableName());
}

std::optional<CommandLineFront::WindowArguments>
CommandLineFront::windowArguments(const QStringList &arguments)
{
    WindowArguments window;
    for (int i = 1; i < arguments.size(); i += 2) {
        const QString value = arguments.value(i + 1);
        if (arguments.at(i) == QLatin1String("--spec"))
            window.specPath = value;
        else if (arguments.at(i) == QLatin1String("--known-hosts"))
            window.knownHostsPath = value;
        else
            return std::nullopt;
    }
    return window;
}

int CommandLineFront::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString program = AppInfo::executableName();
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << usage();
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << program << ' ' << AppInfo::version() << '\n';
        return 0;
    }
    if (!kCommands.contains(first)) {
        err << program << ": " << tr("unknown command or option '%1'").arg(first) << "\n\n"
            << usage();
        return 2;
    }
    if (first == QLatin1String("demo"))
        return DemoCommand::run(arguments, out, err);
    if (first == QLatin1String("health")) // parses its own extra option, --no-round-trip
        return HealthCommand::run(arguments, out, err);
    if (first == QLatin1String("adopt")) // takes a server, not a spec; -i and --volume
        return AdoptCommand::run(arguments, out, err);
    if (first == QLatin1String("drill")) // parses its own extra options, --server and --restore
        return DrillCommand::run(arguments, out, err);
    CliOptions options;
    QString error;
    if (!CliOptions::parse(arguments, &options, &error)) {
        err << program << ": " << error << '\n' << tr("See --help.") << '\n';
        return 2;
    }
    if (options.command == QLatin1String("plan") || options.command == QLatin1String("export"))
        return PlanCommand::run(options, out, err);
    if (options.command == QLatin1String("check"))
        return CheckCommand::run(options, out, err);
    if (options.command == QLatin1String("apply") ||
        options.command == QLatin1String("add-arbiter"))
        return ApplyCommand::run(options, out, err);
    err << program << ": " << tr("the '%1' command is not available in this build yet").arg(first)
        << '\n';
    return 2;
}
