#include "facts/FactsScript.h"

#include "facts/RequiredPackages.h"
#include "shell/RemoteReads.h"
#include "shell/ShellTemplate.h"
#include "shell/StepSnippets.h"
#include "spec/FieldRules.h"

namespace {
const char *const kScript = R"BASH(dev=@DEV@
vol=@VOL@
names=(@NAMES@)
peers=(@PEERS@)
peer_addresses=(@PEER_ADDRESSES@)
deb_packages=(@DEB_PACKAGES@)
rpm_packages=(@RPM_PACKAGES@)
sec() { printf '@@ghw-section %s@@\n' "$1"; }
rc() { printf '\n@@ghw-rc %s@@\n' "$1"; }
sec os-release; cat /etc/os-release; rc $?
sec systemd; if [ -d /run/systemd/system ]; then echo yes; else echo no; fi; rc 0
sec package-manager
for c in apt-get dnf yum; do command -v "$c" >/dev/null 2>&1 && echo "$c"; done
rc 0
sec packages
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${deb_packages[@]}"; do
    if dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -qx 'install ok installed'; then
      echo "deb $p installed"
    else
      echo "deb $p missing"
    fi
  done
elif command -v rpm >/dev/null 2>&1; then
  for p in "${rpm_packages[@]}"; do
    if rpm -q "$p" >/dev/null 2>&1; then echo "rpm $p installed"; else echo "rpm $p missing"; fi
  done
fi
rc 0
sec selinux
if command -v getenforce >/dev/null 2>&1; then getenforce; else echo Absent; fi
rc 0
sec firewalld
if command -v firewall-cmd >/dev/null 2>&1; then firewall-cmd --state 2>&1; else echo absent; fi
rc 0
sec ufw
if command -v ufw >/dev/null 2>&1; then ufw status 2>&1 | head -n 1; else echo absent; fi
rc 0
sec lsblk; lsblk -J -o NAME,TYPE,SIZE,FSTYPE,MOUNTPOINT 2>/dev/null; rc $?
sec disk
if [ -b "$dev" ]; then echo block; elif [ -e "$dev" ]; then echo other; else echo missing; fi
rc 0
if [ -b "$dev" ]; then
  sec blkid; blkid -p -o export "$dev" 2>/dev/null; rc $?
  sec wipefs; wipefs -n "$dev" 2>/dev/null; rc $?
  sec disk-tree; lsblk -J -o NAME,TYPE,SIZE,FSTYPE,MOUNTPOINT "$dev" 2>/dev/null; rc $?
  sec disk-identity; disk_identity "$dev"; rc $?
fi
sec system-uses
for d in $({
  if [ -b "$dev" ]; then echo "$dev"; fi
  lsblk -dnpo NAME,TYPE 2>/dev/null | awk '$2 == "disk" {print $1}'
} | sort -u); do
  disk_system_uses "$d" | while read -r kind member; do printf '%s %s %s\n' "$d" "$kind" "$member"; done
done
rc 0
sec mounts; read_mounts 2>/dev/null; rc $?
sec fstab; read_fstab 2>/dev/null; rc $?
for n in "${names[@]}"; do
  sec "resolve $n"; getent ahosts "$n"; rc $?
done
# Port 24007 of each peer by its private address: the answer must not wait for the names.
for i in "${!peers[@]}"; do
  sec "port ${peers[$i]}"
  # The inner bash expands $1 itself: single quotes are meant.
  # shellcheck disable=SC2016
  err=$(timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/24007"' probe "${peer_addresses[$i]}" 2>&1)
  r=$?
  if [ "$r" -eq 0 ]; then echo open
  elif [ "$r" -eq 124 ]; then echo timeout
  else case $err in *refused*) echo refused ;; *) echo unreachable ;; esac
  fi
  rc 0
done
sec gluster; if command -v gluster >/dev/null 2>&1; then echo installed; else echo missing; fi; rc 0
if command -v gluster >/dev/null 2>&1; then
  sec peer-status; read_peer_status 2>/dev/null; rc $?
  sec volume-info; read_volume_info "$vol" 2>/dev/null; rc $?
fi
)BASH";

// The catalogue's reads, as the functions the script calls (their parsers: MountTableParser,
// PeerStatusParser, VolumeInfoParser).
QString catalogueReads()
{
    return QStringLiteral("read_mounts() { %1; }\n"
                          "read_fstab() { %2; }\n"
                          "read_peer_status() { %3; }\n"
                          "read_volume_info() { %4; }\n")
        .arg(RemoteReads::mounts(), RemoteReads::fstab(), RemoteReads::peerStatus(),
             RemoteReads::volumeInfo(QStringLiteral("\"$1\"")));
}
} // namespace

QString FactsScript::build(const SetupSpec &spec, int serverIndex)
{
    const ServerSpec &server = spec.servers.at(serverIndex);
    QStringList names;
    QStringList peers;
    QStringList peerAddresses;
    for (int i = 0; i < spec.servers.size(); ++i) {
        names << spec.servers.at(i).privateName;
        if (i != serverIndex) {
            peers << spec.servers.at(i).privateName;
            peerAddresses << FieldRules::canonicalAddress(spec.servers.at(i).privateAddress);
        }
    }
    // The arbiter installs no web server (the plan's packages step): none is missing there.
    const bool web = spec.web.server == WebSpec::Server::Apache && !server.isArbiter();
    // The disk helpers are the very functions the format step runs right before mkfs.
    return QStringLiteral("set +eu\n") + StepSnippets::diskIdentity() +
           StepSnippets::diskSystemUses() + catalogueReads() +
           ShellTemplate(QString::fromLatin1(kScript))
               .set(QStringLiteral("DEV"), server.disk)
               .set(QStringLiteral("VOL"), spec.volume.name)
               .setList(QStringLiteral("NAMES"), names)
               .setList(QStringLiteral("PEERS"), peers)
               .setList(QStringLiteral("PEER_ADDRESSES"), peerAddresses)
               .setList(QStringLiteral("DEB_PACKAGES"),
                        RequiredPackages::forFamily(OsFamily::Debian, web))
               .setList(QStringLiteral("RPM_PACKAGES"),
                        RequiredPackages::forFamily(OsFamily::Fedora, web))
               .text();
}
