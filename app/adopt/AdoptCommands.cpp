#include "adopt/AdoptCommands.h"

#include "shell/RemoteReads.h"
#include "shell/ShellTemplate.h"
#include "shell/StepCommand.h"

namespace {
// Discovery's gluster reads take the catalogue's policy with a shorter bound: a server that
// does not answer within 20 s is reported as a gap rather than waited for.
constexpr int GlusterSeconds = 20;

// Only findmnt, getent, grep and pidof: nothing here writes anywhere.
const char kMemberReport[] = R"BASH(brick=@BRICK@
printf 'hostname=%s\n' "$(hostname -s 2>/dev/null || hostname)"
set -- ${SSH_CONNECTION:-}
printf 'reached=%s\n' "${3:-}"
for name in @RESOLVE@; do
  printf 'resolves=%s %s\n' "$name" "$(getent ahostsv4 "$name" 2>/dev/null | awk 'NR == 1 { print $1 }')"
done
findmnt -rn -t fuse.glusterfs,glusterfs -o TARGET,SOURCE 2>/dev/null | sed 's/^/mount=/' || true
findmnt --fstab -rn -t glusterfs,fuse.glusterfs -o TARGET,SOURCE,OPTIONS 2>/dev/null | sed 's/^/fstab=/' || true
if [ -n "$brick" ]; then
  findmnt -rn -o TARGET,SOURCE,FSTYPE -T "$brick" 2>/dev/null | sed 's/^/brick_fs=/' || true
fi
conf=
if [ -x /usr/sbin/apache2 ] || command -v apache2ctl >/dev/null 2>&1; then
  printf 'web=apache\n'; conf=/etc/apache2/sites-enabled
elif [ -x /usr/sbin/httpd ]; then
  printf 'web=apache\n'; conf=/etc/httpd/conf
else
  printf 'web=none\n'
fi
if [ -n "$conf" ]; then
  grep -RhiE '^[[:space:]]*DocumentRoot[[:space:]]' "$conf" 2>/dev/null |
    awk '{ gsub(/"/, "", $2); print "docroot=" $2 }' || true
  if pidof apache2 >/dev/null 2>&1 || pidof httpd >/dev/null 2>&1; then
    printf 'web_running=yes\n'
  else
    printf 'web_running=no\n'
  fi
fi
)BASH";
} // namespace

QString AdoptCommands::poolList()
{
    return RemoteReads::poolMembers(GlusterSeconds);
}

QString AdoptCommands::volumeInfo()
{
    return RemoteReads::volumeInfo(QStringLiteral("all"), GlusterSeconds);
}

QString AdoptCommands::memberReport(const QString &brickPath, const QStringList &resolve)
{
    return StepCommand::remoteLine(ShellTemplate(QLatin1String(kMemberReport))
                                       .set(QStringLiteral("BRICK"), brickPath)
                                       .setList(QStringLiteral("RESOLVE"), resolve)
                                       .text());
}
