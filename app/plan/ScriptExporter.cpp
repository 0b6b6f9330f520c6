#include "plan/ScriptExporter.h"

#include "AppInfo.h"
#include "plan/ShellQuote.h"
#include "plan/StepCommand.h"

#include <QStringList>

namespace {
// The fixed part of the script: options, ssh, privilege, and running one step.
const char *const kRunner = R"BASH(set -u -o pipefail

ghw_usage() {
  cat <<'GHW_USAGE'
Usage: bash SCRIPT [--yes] [--dry-run] [--help]
  --yes      do not ask before destructive steps (formatting the brick disks)
  --dry-run  print every step and its exact remote commands, connect to nothing
Environment:
  GHW_SSH    ssh command and options, split on spaces (default: ssh),
             for example GHW_SSH="ssh -F ./ssh_config"
  GHW_SUDO   prefix for a non-root ssh user (default: "sudo -n --", passwordless sudo)
Exit status: 0 all steps done, 1 a step failed, 2 usage error or a destructive step refused.
GHW_USAGE
}

ghw_yes=no
ghw_dry_run=no
for ghw_arg in "$@"; do
  case $ghw_arg in
    --yes) ghw_yes=yes ;;
    --dry-run) ghw_dry_run=yes ;;
    -h | --help) ghw_usage; exit 0 ;;
    *) printf 'unknown option: %s\n' "$ghw_arg" >&2; ghw_usage >&2; exit 2 ;;
  esac
done
read -r -a ghw_ssh <<< "${GHW_SSH:-ssh}"
read -r -a ghw_sudo <<< "${GHW_SUDO:-sudo -n --}"
ghw_root=()
ghw_args=()
ghw_check=''
ghw_apply=''
ghw_verify=''
ghw_skipped=0
ghw_applied=0

# ghw_read VAR: reads a quoted here-document into VAR, byte for byte, without the final newline.
ghw_read() {
  IFS= read -r -d '' "$1" || true
  printf -v "$1" '%s' "${!1%$'\n'}"
}

# ghw_remote INDEX COMMAND: runs COMMAND on server INDEX, through sudo for a non-root user.
ghw_remote() {
  ghw_target "$1"
  if [ -z "${ghw_root[$1]:-}" ]; then
    local uid
    if ! uid=$("${ghw_ssh[@]}" -n "${ghw_args[@]}" 'id -u'); then
      printf 'FAILED: cannot run commands on %s over ssh.\n' "$(ghw_name "$1")" >&2
      exit 1
    fi
    if [ "$uid" = 0 ]; then ghw_root[$1]=yes; else ghw_root[$1]=no; fi
  fi
  # The command is meant to expand here: it is one ready-made remote command line.
  # shellcheck disable=SC2029
  if [ "${ghw_root[$1]}" = yes ]; then
    "${ghw_ssh[@]}" -n "${ghw_args[@]}" "$2"
  else
    "${ghw_ssh[@]}" -n "${ghw_args[@]}" "${ghw_sudo[*]} $2"
  fi
}

ghw_prefixed() { awk -v p="$1: " '{ print p $0; fflush() }'; }

# ghw_step NUMBER INDEX ID DESTRUCTIVE TITLE, with ghw_check/ghw_apply/ghw_verify read before.
ghw_step() {
  local number=$1 index=$2 id=$3 destructive=$4 title=$5 server rc answer
  server=$(ghw_name "$index")
  if [ "$ghw_dry_run" = yes ]; then
    printf '== [%s/%s] %s: %s (%s)' "$number" "$ghw_total" "$server" "$title" "$id"
    if [ "$destructive" = yes ]; then printf ' destructive'; fi
    printf '\n-- check\n%s\n-- apply\n%s\n-- verify\n%s\n' "$ghw_check" "$ghw_apply" "$ghw_verify"
    return 0
  fi
  printf '[%s/%s] %s: %s\n' "$number" "$ghw_total" "$server" "$title"
  ghw_remote "$index" "$ghw_check" > /dev/null 2>&1
  rc=$?
  if [ "$rc" -eq 0 ]; then
    printf '%s: already done\n' "$server"
    ghw_skipped=$((ghw_skipped + 1))
    return 0
  fi
  if [ "$rc" -eq 255 ]; then
    printf 'FAILED: step %s: ssh to %s failed.\n' "$id" "$server" >&2
    exit 1
  fi
  if [ "$destructive" = yes ] && [ "$ghw_yes" != yes ]; then
    if [ ! -t 0 ]; then
      printf 'REFUSED: step %s on %s destroys data; run with --yes to allow it.\n' "$id" "$server" >&2
      exit 2
    fi
    read -r -p "$server: '$title' destroys data on the disk. Continue? [y/N] " answer
    case $answer in
      y | Y | yes | YES) ;;
      *) printf 'REFUSED: step %s on %s.\n' "$id" "$server" >&2; exit 2 ;;
    esac
  fi
  ghw_remote "$index" "$ghw_apply" 2>&1 | ghw_prefixed "$server"
  rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then
    printf 'FAILED: step %s on %s: apply exited with status %s.\n' "$id" "$server" "$rc" >&2
    exit 1
  fi
  ghw_remote "$index" "$ghw_verify" 2>&1 | ghw_prefixed "$server"
  rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then
    printf 'FAILED: step %s on %s: verify exited with status %s.\n' "$id" "$server" "$rc" >&2
    exit 1
  fi
  printf '%s: done\n' "$server"
  ghw_applied=$((ghw_applied + 1))
}
)BASH";

QString identityArgument(const QString &path)
{
    // ~/ is the workstation user's home; the rest goes through the one quoting function.
    if (path.startsWith(QLatin1String("~/")))
        return QStringLiteral("\"$HOME\"/") + ShellQuote::quote(path.mid(2));
    return ShellQuote::quote(path);
}

// Text inside a # comment stays one line, whatever a translation holds.
QString comment(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// A here-document delimiter that no line of the text equals.
QString delimiterFor(const QStringList &texts)
{
    QString delimiter = QStringLiteral("GHW_END");
    for (int n = 1;; ++n) {
        bool clash = false;
        for (const QString &text : texts)
            clash = clash || text.split(QLatin1Char('\n')).contains(delimiter);
        if (!clash)
            return delimiter;
        delimiter = QStringLiteral("GHW_END_%1").arg(n);
    }
}
} // namespace

QString ScriptExporter::header(const SetupSpec &spec, const Plan &plan,
                               const QList<WipeRequest> &wipes)
{
    QStringList names;
    for (const ServerSpec &server : spec.servers)
        names << server.name;
    QStringList wiped;
    for (const WipeRequest &wipe : wipes) {
        if (wipe.isBound()) // an unbound request permits nothing
            wiped << wipe.server + QLatin1Char(':') + wipe.device;
    }
    QString out = QStringLiteral("#!/usr/bin/env bash\n");
    const QStringList lines = {
        tr("%1 %2: sets up the GlusterFS volume %3 on %4 from this workstation over ssh.")
            .arg(AppInfo::name(), AppInfo::version(), spec.volume.name,
                 names.join(QStringLiteral(", "))),
        tr("Generated from the plan that `plan` prints and `apply` runs; every step's check, "
           "apply and verify below are sent to the server exactly as written."),
        tr("Each step: check (exit 0 = already done, skipped), else apply, then verify (must "
           "succeed). Running the script again changes nothing that is done."),
        tr("%n step(s). Disks allowed to be wiped: %1.", nullptr, plan.size())
            .arg(wiped.isEmpty() ? tr("none") : wiped.join(QStringLiteral(", "))),
        tr("No password or passphrase is stored here: ssh asks for them, or use keys."),
        tr("Run it as: [GHW_SSH=\"ssh -F ssh_config\"] bash SCRIPT [--yes] [--dry-run]; a "
           "non-root ssh user gets root through GHW_SUDO (default: passwordless sudo). See "
           "--help.")};
    for (const QString &line : lines)
        out += QLatin1String("# ") + comment(line) + QLatin1Char('\n');
    return out + QLatin1Char('\n');
}

QString ScriptExporter::targets(const SetupSpec &spec)
{
    QString names = QStringLiteral("ghw_name() {\n  case $1 in\n");
    QString args = QStringLiteral("ghw_target() {\n  case $1 in\n");
    for (int i = 0; i < spec.servers.size(); ++i) {
        const ServerSpec &server = spec.servers.at(i);
        names += QStringLiteral("    %1) echo %2 ;;\n").arg(i).arg(ShellQuote::quote(server.name));
        QStringList words;
        if (server.ssh.port != 0)
            words << QStringLiteral("-p") << QString::number(server.ssh.port);
        if (!server.ssh.user.isEmpty())
            words << QStringLiteral("-l") << ShellQuote::quote(server.ssh.user);
        if (server.ssh.auth == SshSpec::Auth::Key && !server.ssh.identityFile.isEmpty())
            words << QStringLiteral("-i") << identityArgument(server.ssh.identityFile);
        words << QStringLiteral("--") << ShellQuote::quote(server.ssh.host);
        args +=
            QStringLiteral("    %1) ghw_args=(%2) ;;\n").arg(i).arg(words.join(QLatin1Char(' ')));
    }
    names += QStringLiteral("  esac\n}\n");
    args += QStringLiteral("  esac\n}\n");
    return names + args;
}

QString ScriptExporter::stepBlock(int number, const Step &step)
{
    const QString check = StepCommand::remoteLine(step.check);
    const QString apply = StepCommand::remoteLine(step.apply);
    const QString verify = StepCommand::remoteLine(step.verify);
    const QString end = delimiterFor({check, apply, verify});
    QString out = QStringLiteral("\n# %1. %2: %3\n")
                      .arg(QString::number(number), step.serverName, comment(step.title));
    out += QStringLiteral("# %1\n").arg(comment(step.why));
    for (const auto &[name, text] : {std::pair{"ghw_check", &check}, std::pair{"ghw_apply", &apply},
                                     std::pair{"ghw_verify", &verify}}) {
        out += QStringLiteral("ghw_read %1 <<'%2'\n%3\n%2\n").arg(QLatin1String(name), end, *text);
    }
    out += QStringLiteral("ghw_step %1 %2 %3 %4 %5\n")
               .arg(number)
               .arg(step.serverIndex)
               .arg(ShellQuote::quote(step.id),
                    step.destructive ? QStringLiteral("yes") : QStringLiteral("no"),
                    ShellQuote::quote(step.title));
    return out;
}

QString ScriptExporter::dryRunBlock(int number, int total, const Step &step)
{
    return QStringLiteral("== [%1/%2] %3: %4 (%5)%6\n-- check\n%7\n-- apply\n%8\n-- verify\n%9\n")
        .arg(QString::number(number), QString::number(total), step.serverName, step.title, step.id,
             step.destructive ? QStringLiteral(" destructive") : QString(),
             StepCommand::remoteLine(step.check), StepCommand::remoteLine(step.apply),
             StepCommand::remoteLine(step.verify));
}

QString ScriptExporter::exportScript(const SetupSpec &spec, const Plan &plan,
                                     const QList<WipeRequest> &wipes)
{
    QString out = header(spec, plan, wipes);
    out += QLatin1String(kRunner);
    out += QLatin1Char('\n') + targets(spec);
    out += QStringLiteral("ghw_total=%1\n").arg(plan.size());
    for (int i = 0; i < plan.size(); ++i)
        out += stepBlock(i + 1, plan.steps().at(i));
    out += QStringLiteral("\nif [ \"$ghw_dry_run\" = no ]; then\n"
                          "  printf 'All %s steps done: %s already done, %s applied now.\\n' "
                          "\"$ghw_total\" \"$ghw_skipped\" \"$ghw_applied\"\n"
                          "fi\n");
    return out;
}
