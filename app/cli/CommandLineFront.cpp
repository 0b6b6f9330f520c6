#include "CommandLineFront.h"

#include "AppInfo.h"

#include <QTextStream>

namespace {
const QStringList kCommands = {QStringLiteral("check"), QStringLiteral("plan"),
                               QStringLiteral("export"), QStringLiteral("apply"),
                               QStringLiteral("health")};

QString usage()
{
    return QStringLiteral(
               "Usage: %1 [COMMAND SPEC [options]]\n"
               "\n"
               "With no command, opens the setup wizard.\n"
               "\n"
               "Commands:\n"
               "  check SPEC            connect to every server and list every problem\n"
               "  plan SPEC             print the plan: each step's server, title and commands\n"
               "  export SPEC [-o FILE] write the plan as a bash script\n"
               "  apply SPEC [--yes] [--wipe SERVER:DEVICE]...  run the plan with live logs\n"
               "  health SPEC [--json]  read-only health report of an existing pair\n"
               "\n"
               "Options shared by the commands:\n"
               "  --known-hosts FILE       known_hosts file (default: ~/.ssh/known_hosts)\n"
               "  --accept-new-host-keys   trust unknown host keys once and record them\n"
               "  --secret-file FILE       password or passphrase for unattended runs (mode 0600)\n"
               "  -h, --help               show this help\n"
               "  -v, --version            show the version\n"
               "\n"
               "Exit statuses: 0 success, 1 problems found or a step failed, 2 bad spec, usage or "
               "refused.\n")
        .arg(AppInfo::executableName());
}
} // namespace

bool CommandLineFront::wants(const QStringList &arguments)
{
    // The window takes only these options (each with a value); anything else is the command line,
    // so that a mistyped command is a usage error rather than a window.
    static const QStringList windowOptions = {QStringLiteral("--spec"),
                                              QStringLiteral("--known-hosts")};
    for (int i = 1; i < arguments.size(); ++i) {
        if (!windowOptions.contains(arguments.at(i)))
            return true;
        ++i; // skip the option's value
    }
    return false;
}

int CommandLineFront::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << usage();
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << AppInfo::executableName() << ' ' << AppInfo::version() << '\n';
        return 0;
    }
    if (!kCommands.contains(first)) {
        err << AppInfo::executableName() << ": unknown command or option '" << first << "'\n\n"
            << usage();
        return 2;
    }
    err << AppInfo::executableName() << ": the '" << first
        << "' command is not available in this build yet\n";
    return 2;
}
