#include "plan/VolumeMountSteps.h"

#include "shell/RemoteReads.h"
#include "shell/ShellTemplate.h"
#include "shell/StepSnippets.h"

namespace {
// Each server mounts from its own private name; the others are the fallback volfile servers.
// x-systemd.requires orders the boot-time mount after glusterd (glusterfs#3731), and is only
// written where systemd runs.
const char *const kMountFacts = R"BASH(mnt=@MNT@
src=@SOURCE@
opts=defaults,_netdev,backup-volfile-servers=@BACKUP@
if has_systemd; then opts="$opts,x-systemd.requires=glusterd.service"; fi
line="$src $mnt glusterfs $opts 0 0"
mounted() { findmnt -rn -M "$mnt" -o FSTYPE,SOURCE | tail -n 1 | grep -qxF "fuse.glusterfs $src"; }
)BASH";
const char *const kMountCheck = R"BASH(grep -qxF "$line" /etc/fstab || exit 1
mounted
)BASH";
const char *const kMountApply = R"BASH(orig=@ORIG@
if ! grep -qxF "$line" /etc/fstab; then
  if awk -v m="$mnt" '$1 !~ /^#/ && $2 == m {f = 1} END {exit !f}' /etc/fstab; then
    printf @MSG_FSTAB_TAKEN@ "$mnt" >&2
    exit 1
  fi
  if [ -e "$mnt" ] && [ ! -e "$orig" ]; then
    if mountpoint -q "$mnt"; then cp -a "$mnt" "$orig"; else mv "$mnt" "$orig"; fi
    printf @MSG_KEPT@ "$mnt" "$(find "$orig" -xdev -type f | wc -l)" \
      "$(du -sk "$orig" | cut -f1)" "$orig"
  fi
  append_line /etc/fstab "$line"
  if has_systemd; then systemctl daemon-reload; fi
fi
mkdir -p "$mnt"
if ! mounted; then
  tries=0
  until mount "$mnt"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 20 ]; then exit 1; fi
    sleep 1
  done
fi
)BASH";

const char *const kCopyFacts = R"BASH(mnt=@MNT@
marker="$mnt/"@MARKER@
on_volume() { findmnt -rn -M "$mnt" -o FSTYPE | tail -n 1 | grep -qx fuse.glusterfs; }
)BASH";
const char *const kCopyCheck = "on_volume && [ -e \"$marker\" ]\n";
// The previous content must fit in the volume (the space it takes on disk: cp keeps sparse
// files sparse): otherwise refuse before copying anything, naming both sizes.
const char *const kCopyApply = R"BASH(orig=@ORIG@
if ! on_volume; then printf @MSG_NOT_MOUNTED@ "$mnt" >&2; exit 1; fi
if [ -d "$orig" ]; then
  files=$(find "$orig" -xdev -type f | wc -l)
  need=$(du -sk "$orig" | cut -f1)
  free=$(df -Pk "$mnt" | awk 'NR == 2 {print $4}')
  if [ "$need" -gt "$free" ]; then
    printf @MSG_NO_SPACE@ "$orig" "$need" "$mnt" "$free" "$orig" >&2
    exit 1
  fi
  cp -a "$orig/." "$mnt/"
  printf @MSG_COPIED@ "$files" "$need" "$orig" "$mnt" "$orig"
else
  printf @MSG_NOTHING@ "$orig"
fi
: > "$marker"
)BASH";
} // namespace

QString VolumeMountSteps::reportTag()
{
    return tr("Site content:");
}

QString VolumeMountSteps::copiedMarker()
{
    return QStringLiteral(".gluster-ha-wizard-content-copied");
}

Step VolumeMountSteps::mount(const PlanContext &context, int server)
{
    const ServerSpec &s = context.server(server);
    const QString facts =
        StepSnippets::hasSystemd() +
        ShellTemplate(QLatin1String(kMountFacts))
            .set(QStringLiteral("MNT"), context.spec.mount.path)
            .set(QStringLiteral("SOURCE"),
                 RemoteReads::volumeSource(s.privateName, context.spec.volume.name))
            .set(QStringLiteral("BACKUP"),
                 context.privateNamesExcept(server).join(QLatin1Char(':')))
            .text();
    Step step;
    step.id = context.stepId("mount", server);
    step.title = tr("Mount the volume at %1").arg(context.spec.mount.path);
    step.why = tr("Every server reads and writes through the volume, mounted at boot from "
                  "/etc/fstab with the other servers as fallback volfile servers. The previous "
                  "content of %1 is kept in %2.")
                   .arg(context.spec.mount.path, context.spec.originalContentPath());
    step.check = facts + QLatin1String(kMountCheck);
    step.apply =
        StepSnippets::appendLine() + facts +
        ShellTemplate(QLatin1String(kMountApply))
            .set(QStringLiteral("ORIG"), context.spec.originalContentPath())
            .set(QStringLiteral("MSG_KEPT"),
                 reportTag() + QLatin1Char(' ') +
                     (server == 0 ? tr("%1: the previous %s (files: %s, %s KiB) is kept in %s on "
                                       "%1 and copied into the volume by the next step.\n")
                                        .arg(s.name)
                                  : tr("%1: the previous %s (files: %s, %s KiB) stays in %s on %1 "
                                       "only; it is NOT copied into the volume, which holds "
                                       "%2's content. Copy what you need from there.\n")
                                        .arg(s.name, context.server(0).name)))
            .set(QStringLiteral("MSG_FSTAB_TAKEN"),
                 tr("/etc/fstab already has another entry for %s; remove or change it "
                    "first.\n"))
            .text();
    step.verify = step.check;
    return step;
}

Step VolumeMountSteps::copyOriginalContent(const PlanContext &context)
{
    const QString server = context.server(0).name;
    const QString facts = ShellTemplate(QLatin1String(kCopyFacts))
                              .set(QStringLiteral("MNT"), context.spec.mount.path)
                              .set(QStringLiteral("MARKER"), copiedMarker())
                              .text();
    Step step;
    step.id = context.stepId("copy-content", 0);
    step.title = tr("Copy the previous content of %1 into the volume").arg(context.spec.mount.path);
    step.why = tr("What %1 held on %2 before (kept in %3) is copied into the volume once, so "
                  "the site keeps its files; a marker file records that it was done.")
                   .arg(context.spec.mount.path, context.server(0).name,
                        context.spec.originalContentPath());
    step.check = facts + QLatin1String(kCopyCheck);
    step.apply =
        facts +
        ShellTemplate(QLatin1String(kCopyApply))
            .set(QStringLiteral("ORIG"), context.spec.originalContentPath())
            .set(QStringLiteral("MSG_NOT_MOUNTED"), tr("The volume is not mounted at %s.\n"))
            .set(QStringLiteral("MSG_NO_SPACE"),
                 tr("%1: not enough space to copy the previous content: %s "
                    "needs %s KiB, the volume at %s has %s KiB available. Free "
                    "space or remove files from %s on %1, then run again.\n")
                     .arg(server))
            .set(QStringLiteral("MSG_COPIED"),
                 reportTag() + QLatin1Char(' ') +
                     tr("%1: copied the previous content (files: %s, %s KiB) from %s "
                        "on %1 into the volume at %s; %s on %1 stays as it was.\n")
                         .arg(server))
            .set(QStringLiteral("MSG_NOTHING"),
                 reportTag() + QLatin1Char(' ') +
                     tr("%1: %s does not exist: no previous content to copy "
                        "into the volume.\n")
                         .arg(server))
            .text();
    step.verify = step.check;
    return step;
}
