#include "plan/SystemSteps.h"

#include "facts/RequiredPackages.h"
#include "shell/ShellTemplate.h"
#include "shell/StepSnippets.h"
#include "spec/FieldRules.h"

namespace {
const char *const kDebianCheck = R"BASH(for p in @PACKAGES@; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -qx 'install ok installed' || exit 1
done
)BASH";
const char *const kDebianApply = R"BASH(export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q @PACKAGES@
)BASH";
const char *const kRpmCheck = "rpm -q @PACKAGES@ >/dev/null\n";
const char *const kRpmApply = "@TOOL@ install -y @PACKAGES@\n";

const char *const kHostsCheck = R"BASH(names=(@NAMES@)
addresses=(@ADDRESSES@)
for i in "${!names[@]}"; do
  getent ahosts "${names[$i]}" | awk '{print $1}' | grep -qxF -- "${addresses[$i]}" || exit 1
done
)BASH";
const char *const kHostsApply = R"BASH(names=(@NAMES@)
addresses=(@ADDRESSES@)
for i in "${!names[@]}"; do
  name=${names[$i]}
  address=${addresses[$i]}
  found=$(getent ahosts "$name" | awk '{print $1}' | sort -u | tr '\n' ' ' || true)
  if [ -z "$found" ]; then
    append_line /etc/hosts "$address $name"
  else
    case " $found" in
      *" $address "*) ;;
      *) printf @MSG_OTHER_ADDRESS@ "$name" "$found" "$address" >&2; exit 1 ;;
    esac
  fi
done
)BASH";

const char *const kSelinuxCheck =
    R"BASH(! selinuxenabled 2>/dev/null || getsebool httpd_use_fusefs | grep -q -- '--> on$'
)BASH";
const char *const kSelinuxApply = "setsebool -P httpd_use_fusefs 1\n";

// One text for both firewalls, decided on the server: facts may be assumed, and a firewall
// that is not running has nothing to open (the check then says "done").
const char *const kFirewallFunctions = R"BASH(peers=(@PEER_ADDRESSES@)
web=@WEB@
rich_rules() {
  local a family ports
  for a in "${peers[@]}"; do
    family=ipv4
    case $a in *:*) family=ipv6 ;; esac
    for ports in 24007-24008 49152-60999; do
      printf 'rule family="%s" source address="%s" port port="%s" protocol="tcp" accept\n' \
        "$family" "$a" "$ports"
    done
  done
}
ufw_active() { command -v ufw >/dev/null 2>&1 && ufw status | grep -qx 'Status: active'; }
ufw_allows() { ufw status | awk -v to="$1" -v from="$2" '$1 == to && $2 == "ALLOW" && $NF == from {f = 1} END {exit !f}'; }
)BASH";
const char *const kFirewallCheck = R"BASH(if firewall-cmd --state >/dev/null 2>&1; then
  while IFS= read -r rule; do
    firewall-cmd --permanent --query-rich-rule="$rule" >/dev/null || exit 1
    firewall-cmd --query-rich-rule="$rule" >/dev/null || exit 1
  done < <(rich_rules)
  if [ "$web" = yes ]; then
    firewall-cmd --permanent --query-service=http >/dev/null || exit 1
    firewall-cmd --query-service=http >/dev/null || exit 1
  fi
fi
if ufw_active; then
  for a in "${peers[@]}"; do
    ufw_allows 24007:24008/tcp "$a" || exit 1
    ufw_allows 49152:60999/tcp "$a" || exit 1
  done
  if [ "$web" = yes ]; then ufw_allows 80/tcp Anywhere || exit 1; fi
fi
exit 0
)BASH";
const char *const kFirewallApply = R"BASH(if firewall-cmd --state >/dev/null 2>&1; then
  while IFS= read -r rule; do
    firewall-cmd --permanent --add-rich-rule="$rule"
  done < <(rich_rules)
  if [ "$web" = yes ]; then firewall-cmd --permanent --add-service=http; fi
  firewall-cmd --reload
fi
if ufw_active; then
  for a in "${peers[@]}"; do
    ufw allow proto tcp from "$a" to any port 24007:24008
    ufw allow proto tcp from "$a" to any port 49152:60999
  done
  if [ "$web" = yes ]; then ufw allow 80/tcp; fi
fi
)BASH";
} // namespace

Step SystemSteps::packages(const PlanContext &context, int server)
{
    const HostFacts &facts = context.factsOf(server);
    const QStringList packages =
        RequiredPackages::forFamily(facts.family(), context.servesWeb(server));
    Step step;
    step.id = context.stepId("packages", server);
    step.title = tr("Install GlusterFS, XFS tools and the web server");
    step.why = tr("Every server runs the Gluster daemon and a brick, mounts the volume through "
                  "FUSE and serves it over HTTP.");
    if (context.server(server).isArbiter()) {
        step.title = tr("Install GlusterFS and XFS tools (the arbiter serves no site)");
        step.why = tr("The arbiter runs the Gluster daemon and a brick that holds the names and "
                      "metadata of the files, not their content; it mounts nothing and serves "
                      "nothing.");
    }
    if (facts.family() == OsFamily::Debian) {
        step.check = ShellTemplate(QLatin1String(kDebianCheck))
                         .setList(QStringLiteral("PACKAGES"), packages)
                         .text();
        step.apply = ShellTemplate(QLatin1String(kDebianApply))
                         .setList(QStringLiteral("PACKAGES"), packages)
                         .text();
    } else {
        const QString tool = facts.packageManager == PackageManager::Yum ? QStringLiteral("yum")
                                                                         : QStringLiteral("dnf");
        step.check = ShellTemplate(QLatin1String(kRpmCheck))
                         .setList(QStringLiteral("PACKAGES"), packages)
                         .text();
        step.apply = ShellTemplate(QLatin1String(kRpmApply))
                         .set(QStringLiteral("TOOL"), tool)
                         .setList(QStringLiteral("PACKAGES"), packages)
                         .text();
        if (facts.os.id != QLatin1String("fedora")) {
            step.why += QLatin1Char(' ') +
                        tr("On RHEL and its rebuilds glusterfs-server comes from the CentOS "
                           "Storage SIG repository (centos-release-gluster): enable it first.");
        }
    }
    step.verify = step.check;
    return step;
}

Step SystemSteps::hosts(const PlanContext &context, int server)
{
    QStringList names;
    QStringList addresses;
    for (int i = 0; i < context.serverCount(); ++i) {
        names << context.server(i).privateName;
        addresses << FieldRules::canonicalAddress(context.server(i).privateAddress);
    }
    Step step;
    step.id = context.stepId("hosts", server);
    step.title = tr("Make the private names resolve");
    step.why =
        tr("Gluster peers and bricks are named by their private names, so storage "
           "traffic stays on the private network; names that do not resolve yet are "
           "added to /etc/hosts. A name that resolves elsewhere is left alone and reported.");
    step.check = ShellTemplate(QLatin1String(kHostsCheck))
                     .setList(QStringLiteral("NAMES"), names)
                     .setList(QStringLiteral("ADDRESSES"), addresses)
                     .text();
    step.apply = StepSnippets::appendLine() +
                 ShellTemplate(QLatin1String(kHostsApply))
                     .setList(QStringLiteral("NAMES"), names)
                     .setList(QStringLiteral("ADDRESSES"), addresses)
                     .set(QStringLiteral("MSG_OTHER_ADDRESS"),
                          tr("%s resolves to %s, not to %s: correct DNS or /etc/hosts on this "
                             "server, then run again.\n"))
                     .text();
    step.verify = step.check;
    return step;
}

Step SystemSteps::selinux(const PlanContext &context, int server)
{
    Step step;
    step.id = context.stepId("selinux", server);
    step.title = tr("Let Apache read the Gluster mount (SELinux)");
    step.why = tr("With SELinux enforcing, httpd may not read FUSE file systems unless the "
                  "httpd_use_fusefs boolean is on; FUSE mounts cannot carry per-file labels.");
    step.check = QLatin1String(kSelinuxCheck);
    step.apply = QLatin1String(kSelinuxApply);
    step.verify = step.check;
    return step;
}

Step SystemSteps::firewall(const PlanContext &context, int server)
{
    QStringList peers;
    for (int i = 0; i < context.serverCount(); ++i) {
        if (i != server)
            peers << FieldRules::canonicalAddress(context.server(i).privateAddress);
    }
    const QString functions =
        ShellTemplate(QLatin1String(kFirewallFunctions))
            .setList(QStringLiteral("PEER_ADDRESSES"), peers)
            .set(QStringLiteral("WEB"),
                 context.servesWeb(server) ? QStringLiteral("yes") : QStringLiteral("no"))
            .text();
    Step step;
    step.id = context.stepId("firewall", server);
    step.title = tr("Open the Gluster and HTTP ports");
    step.why = tr("glusterd listens on 24007-24008/tcp and each brick on a port from 49152; "
                  "they are opened only to the peers' private addresses. HTTP is opened for the "
                  "web server. A firewall that is not running is left alone.");
    step.check = functions + QLatin1String(kFirewallCheck);
    step.apply = functions + QLatin1String(kFirewallApply);
    step.verify = step.check;
    return step;
}
