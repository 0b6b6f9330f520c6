#include "plan/ScriptExporter.h"

#include "AppInfo.h"
#include "plan/StepState.h"
#include "shell/ShellQuote.h"
#include "shell/StepCommand.h"

#include "SudoPolicy.h"

#include <QDir>
#include <QFileInfo>
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
  GHW_SSH    ssh command and options, split on spaces, for example
             GHW_SSH="ssh -F ./ssh_config"; the default checks host keys strictly
             against the known_hosts file the script was exported with
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
if [ -n "${GHW_SSH:-}" ]; then
  read -r -a ghw_ssh <<< "$GHW_SSH"
else
  ghw_ssh=("${ghw_default_ssh[@]}")
fi
ghw_sudo=${GHW_SUDO:-$ghw_default_sudo}
ghw_root=()
ghw_args=()
ghw_check=''
ghw_apply=''
ghw_verify=''
ghw_skipped=0
ghw_applied=0
ghw_verified=0
# What ssh says when it fails (a host key, a login, the network): shown, naming the server.
ghw_err=$(mktemp) || { printf 'FAILED: cannot create a temporary file.\n' >&2; exit 1; }
trap 'rm -f "$ghw_err"' EXIT

# ghw_ssh_error INDEX WHAT: says on stderr what failed on server INDEX and what ssh said.
ghw_ssh_error() {
  local server
  server=$(ghw_name "$1")
  printf 'FAILED: %s: %s (%s %s)\n' "$server" "$2" "${ghw_ssh[*]}" "${ghw_args[*]}" >&2
  ghw_prefixed "$server" < "$ghw_err" >&2
}

# ghw_read VAR: reads a quoted here-document into VAR, byte for byte, without the final newline.
ghw_read() {
  IFS= read -r -d '' "$1" || true
  printf -v "$1" '%s' "${!1%$'\n'}"
}

# ghw_connect INDEX: the first connection to server INDEX (is the user root?); on failure says
# why, naming the server, and exits. Call it where stderr is shown.
ghw_connect() {
  ghw_target "$1"
  if [ -n "${ghw_root[$1]:-}" ]; then return 0; fi
  local uid
  if ! uid=$("${ghw_ssh[@]}" -n "${ghw_args[@]}" 'id -u' 2> "$ghw_err"); then
    ghw_ssh_error "$1" 'cannot connect over ssh'
    exit 1
  fi
  ghw_prefixed "$(ghw_name "$1")" < "$ghw_err" >&2
  if [ "$uid" = 0 ]; then ghw_root[$1]=yes; else ghw_root[$1]=no; fi
}

# ghw_remote INDEX COMMAND: runs COMMAND on server INDEX, through sudo for a non-root user: the
# same line the runner sends there (the sudo words in front of the one simple command).
ghw_remote() {
  ghw_connect "$1"
  # The command is meant to expand here: it is one ready-made remote command line.
  # shellcheck disable=SC2029
  if [ "${ghw_root[$1]}" = yes ]; then
    "${ghw_ssh[@]}" -n "${ghw_args[@]}" "$2"
  else
    "${ghw_ssh[@]}" -n "${ghw_args[@]}" "$ghw_sudo $2"
  fi
}

# ghw_prefixed NAME: each line prefixed by "NAME: ", without the carriage return ssh ends its
# own messages with.
ghw_prefixed() { awk -v p="$1: " '{ sub(/\r$/, ""); print p $0; fflush() }'; }

# ghw_step NUMBER INDEX ID DESTRUCTIVE TITLE [VERIFIED], with ghw_check/ghw_apply/ghw_verify
# read before. VERIFIED ("verified: read back on server02") marks a verification step: it changes
# nothing, and says what it verified instead of "already done" or "done".
ghw_step() {
  local number=$1 index=$2 id=$3 destructive=$4 title=$5 verified=${6:-} server rc answer
  server=$(ghw_name "$index")
  if [ "$ghw_dry_run" = yes ]; then
    printf '== [%s/%s] %s: %s (%s)' "$number" "$ghw_total" "$server" "$title" "$id"
    if [ "$destructive" = yes ]; then printf ' destructive'; fi
    printf '\n-- check\n%s\n-- apply\n%s\n-- verify\n%s\n' "$ghw_check" "$ghw_apply" "$ghw_verify"
    return 0
  fi
  printf '[%s/%s] %s: %s\n' "$number" "$ghw_total" "$server" "$title"
  ghw_connect "$index"
  ghw_remote "$index" "$ghw_check" > /dev/null 2> "$ghw_err"
  rc=$?
  if [ "$rc" -eq 0 ] && [ -n "$verified" ]; then
    printf '%s: %s\n' "$server" "$verified"
    ghw_verified=$((ghw_verified + 1))
    return 0
  fi
  if [ "$rc" -eq 0 ]; then
    printf '%s: already done\n' "$server"
    ghw_skipped=$((ghw_skipped + 1))
    return 0
  fi
  if [ "$rc" -eq 255 ]; then
    ghw_ssh_error "$index" "step $id: ssh failed during the check"
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
  if [ "$rc" -eq 255 ]; then
    printf 'FAILED: step %s on %s: ssh failed during apply (status 255; see above).\n' "$id" "$server" >&2
    exit 1
  fi
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
  if [ -n "$verified" ]; then
    printf '%s: %s\n' "$server" "$verified"
    ghw_verified=$((ghw_verified + 1))
    return 0
  fi
  printf '%s: done\n' "$server"
  ghw_applied=$((ghw_applied + 1))
}
)BASH";

// The ssh of the script unless GHW_SSH says otherwise: host keys checked strictly against the
// known_hosts file the export used (none given: ssh's own configuration decides which file).
QString defaultSsh(const QString &knownHostsPath)
{
    QStringList words{QStringLiteral("ssh")};
    if (!knownHostsPath.isEmpty()) {
        QString path = knownHostsPath;
        if (path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        path = QFileInfo(path).absoluteFilePath();
        // ssh splits the option's value on spaces unless it is in double quotes.
        if (path.contains(QLatin1Char(' ')) || path.contains(QLatin1Char('\t')))
            path = QLatin1Char('"') + path + QLatin1Char('"');
        words << QStringLiteral("-o")
              << ShellQuote::quote(QStringLiteral("UserKnownHostsFile=") + path);
    }
    words << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=yes");
    return QStringLiteral("ghw_default_ssh=(%1)\n").arg(words.join(QLatin1Char(' ')));
}

// How a non-root ssh user gets root unless GHW_SUDO says otherwise: the runner's own sudo words
// for passwordless sudo (the script never holds a password), put in front of the step's line.
QString defaultSudo()
{
    return QStringLiteral("ghw_default_sudo=%1\n")
        .arg(ShellQuote::quote(SudoPolicy::prefix(SshPrivilege::PasswordlessSudo)));
}

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
           "--help."),
        tr("Without GHW_SSH, ssh checks host keys strictly (StrictHostKeyChecking=yes) against "
           "the known_hosts file of the export, set in ghw_default_ssh below.")};
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
    out += QStringLiteral("ghw_step %1 %2 %3 %4 %5")
               .arg(number)
               .arg(step.serverIndex)
               .arg(ShellQuote::quote(step.id),
                    step.destructive ? QStringLiteral("yes") : QStringLiteral("no"),
                    ShellQuote::quote(step.title));
    // A verification step says what it verified, in the runner's words (StepStates).
    if (!step.verifies.isEmpty())
        out += QLatin1Char(' ') +
               ShellQuote::quote(StepStates::outcomeText(StepState::Verified, step.verifies));
    out += QLatin1Char('\n');
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
                                     const QList<WipeRequest> &wipes, const QString &knownHostsPath)
{
    QString out = header(spec, plan, wipes);
    out += defaultSsh(knownHostsPath);
    out += defaultSudo();
    out += QLatin1String(kRunner);
    out += QLatin1Char('\n') + targets(spec);
    out += QStringLiteral("ghw_total=%1\n").arg(plan.size());
    for (int i = 0; i < plan.size(); ++i)
        out += stepBlock(i + 1, plan.steps().at(i));
    out += QStringLiteral("\nif [ \"$ghw_dry_run\" = no ]; then\n"
                          "  printf 'All %s steps done: %s already done, %s applied now, %s "
                          "verified.\\n' \"$ghw_total\" \"$ghw_skipped\" \"$ghw_applied\" "
                          "\"$ghw_verified\"\n"
                          "fi\n");
    return out;
}
