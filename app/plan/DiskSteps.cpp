#include "plan/DiskSteps.h"

#include "shell/ShellTemplate.h"
#include "shell/StepSnippets.h"

namespace {
const char *const kFormatCheck = R"BASH(dev=@DEV@
[ -b "$dev" ] || exit 1
[ "$(blkid -p -s TYPE -o value "$dev" 2>/dev/null)" = xfs ] || exit 1
[ "$(blkid -p -s LABEL -o value "$dev" 2>/dev/null)" = @LABEL@ ]
)BASH";
// Every probe that decides "may this disk be erased?" must itself have worked: each runs once
// on its own first, so `set -e` stops the step when it fails.
// A wipe is allowed only for the disk that was checked: its identity now must be the one the
// permission was bound to (a new signature, another disk under the same name: refused).
const char *const kFormatApply = R"BASH(dev=@DEV@
wipe=@WIPE@
checked_identity=@IDENTITY@
if [ ! -b "$dev" ]; then printf @MSG_NOT_BLOCK@ "$dev" >&2; exit 1; fi
disk_system_uses "$dev" >/dev/null
uses=$(disk_system_uses "$dev" | sort -u | paste -sd ',' - | sed 's/,/, /g')
if [ -n "$uses" ]; then printf @MSG_SYSTEM@ "$dev" "$uses" >&2; exit 1; fi
lsblk -nro NAME,MOUNTPOINT "$dev" >/dev/null
mounted=$(lsblk -nro MOUNTPOINT "$dev" | awk 'NF' | paste -sd ' ' -)
if [ -n "$mounted" ]; then printf @MSG_MOUNTED@ "$dev" "$mounted" >&2; exit 1; fi
wipefs -n "$dev" >/dev/null
held=$({
  wipefs -n "$dev" | awk 'NR > 1 {print $3}'
  blkid -p -o export "$dev" 2>/dev/null | sed -n 's/^\(TYPE\|PTTYPE\)=//p'
  lsblk -nro NAME "$dev" | tail -n +2 | sed 's/^/partition /'
} | sort -u | paste -sd ' ' -)
force=()
if [ -n "$held" ]; then
  if [ "$wipe" != yes ]; then printf @MSG_NOT_BLANK@ "$dev" "$held" @WIPE_ARGUMENT@ >&2; exit 1; fi
  identity=$(disk_identity "$dev")
  if [ "$identity" != "$checked_identity" ]; then
    printf @MSG_CHANGED@ "$dev" "$checked_identity" "$identity" >&2
    exit 1
  fi
  wipefs -a "$dev"
  force=(-f)
fi
mkfs.xfs "${force[@]}" -i size=512 -L @LABEL@ "$dev"
)BASH";

const char *const kMountFacts = R"BASH(dev=@DEV@
mnt=@MNT@
uuid=$(blkid -p -s UUID -o value "$dev" 2>/dev/null || true)
line="UUID=$uuid $mnt xfs defaults,nofail 0 0"
)BASH";
const char *const kMountCheck = R"BASH([ -n "$uuid" ] || exit 1
grep -qxF "$line" /etc/fstab || exit 1
[ "$(findmnt -rn -M "$mnt" -o FSTYPE,MAJ:MIN | tail -n 1)" = "xfs $(lsblk -rndo MAJ:MIN "$dev")" ]
)BASH";
const char *const kMountApply =
    R"BASH(if [ -z "$uuid" ]; then printf @MSG_NO_UUID@ "$dev" >&2; exit 1; fi
lsblk -nro MOUNTPOINT "$dev" >/dev/null
elsewhere=$(lsblk -nro MOUNTPOINT "$dev" | awk -v m="$mnt" 'NF && $0 != m' | paste -sd ' ' -)
if [ -n "$elsewhere" ]; then printf @MSG_MOUNTED_ELSEWHERE@ "$dev" "$elsewhere" >&2; exit 1; fi
if ! grep -qxF "$line" /etc/fstab; then
  if awk -v m="$mnt" '$1 !~ /^#/ && $2 == m {f = 1} END {exit !f}' /etc/fstab; then
    printf @MSG_FSTAB_TAKEN@ "$mnt" >&2
    exit 1
  fi
  append_line /etc/fstab "$line"
  if has_systemd; then systemctl daemon-reload; fi
fi
mkdir -p "$mnt"
if ! mountpoint -q "$mnt"; then mount "$mnt"; fi
)BASH";

const char *const kDirectoryCheck = R"BASH(mnt=@MNT@
brick=@BRICK@
mountpoint -q "$mnt" && [ -d "$brick" ] && [ "$(stat -c %d "$brick")" = "$(stat -c %d "$mnt")" ]
)BASH";
const char *const kDirectoryApply = R"BASH(mnt=@MNT@
brick=@BRICK@
if ! mountpoint -q "$mnt"; then printf @MSG_NOT_MOUNTED@ "$mnt" >&2; exit 1; fi
mkdir -p "$brick"
)BASH";
} // namespace

Step DiskSteps::format(const PlanContext &context, int server)
{
    const ServerSpec &s = context.server(server);
    const WipeRequest *permission = WipeRequest::find(context.wipes, s.name, s.disk);
    const bool wipe = permission && permission->isBound();
    Step step;
    step.id = context.stepId("mkfs", server);
    step.title =
        wipe ? tr("Erase %1 and format it as XFS").arg(s.disk) : tr("Format %1 as XFS").arg(s.disk);
    step.why = tr("The brick lives on its own XFS file system (inode size 512 leaves room for "
                  "Gluster's extended attributes). Only a blank disk is formatted, unless you "
                  "named it with --wipe and it is still the disk that was checked; a mounted "
                  "disk and a system disk (fstab, crypttab, swap, EFI, LVM, RAID) are always "
                  "refused.");
    step.destructive = true;
    step.check = ShellTemplate(QLatin1String(kFormatCheck))
                     .set(QStringLiteral("DEV"), s.disk)
                     .set(QStringLiteral("LABEL"), DiskProbe::brickLabel())
                     .text();
    step.apply =
        StepSnippets::diskIdentity() + StepSnippets::diskSystemUses() +
        ShellTemplate(QLatin1String(kFormatApply))
            .set(QStringLiteral("DEV"), s.disk)
            .set(QStringLiteral("LABEL"), DiskProbe::brickLabel())
            .set(QStringLiteral("WIPE"), wipe ? QStringLiteral("yes") : QStringLiteral("no"))
            .set(QStringLiteral("IDENTITY"), wipe ? permission->identity : QString())
            .set(QStringLiteral("MSG_NOT_BLOCK"), tr("%s is not a block device.\n"))
            .set(QStringLiteral("MSG_MOUNTED"),
                 tr("Refusing to format %s: it is in use (mounted at %s).\n"))
            .set(QStringLiteral("MSG_NOT_BLANK"),
                 tr("Refusing to format %s: it holds %s. If its data may be destroyed, name it "
                    "with --wipe %s.\n"))
            .set(QStringLiteral("WIPE_ARGUMENT"), s.name + QLatin1Char(':') + s.disk)
            .set(QStringLiteral("MSG_SYSTEM"),
                 tr("Refusing to format %s: it belongs to the system (%s).\n"))
            .set(QStringLiteral("MSG_CHANGED"),
                 tr("Refusing to erase %s: it is not the disk that was checked (then: %s; now: "
                    "%s). Check it again and confirm the wipe again.\n"))
            .text();
    step.verify = step.check;
    return step;
}

Step DiskSteps::brickMount(const PlanContext &context, int server)
{
    const ServerSpec &s = context.server(server);
    const QString facts = ShellTemplate(QLatin1String(kMountFacts))
                              .set(QStringLiteral("DEV"), s.disk)
                              .set(QStringLiteral("MNT"), s.brickMount)
                              .text();
    Step step;
    step.id = context.stepId("brick-mount", server);
    step.title = tr("Mount the brick file system at %1").arg(s.brickMount);
    step.why = tr("The brick is mounted through /etc/fstab by UUID, so it comes back after a "
                  "reboot even if device names change.");
    step.check = facts + QLatin1String(kMountCheck);
    step.apply =
        StepSnippets::appendLine() + StepSnippets::hasSystemd() + facts +
        ShellTemplate(QLatin1String(kMountApply))
            .set(QStringLiteral("MSG_NO_UUID"), tr("%s has no file system UUID.\n"))
            .set(QStringLiteral("MSG_MOUNTED_ELSEWHERE"),
                 tr("%s is already mounted elsewhere (%s); it cannot become the brick.\n"))
            .set(QStringLiteral("MSG_FSTAB_TAKEN"),
                 tr("/etc/fstab already has another entry for %s; remove or change it first.\n"))
            .text();
    step.verify = step.check;
    return step;
}

Step DiskSteps::brickDirectory(const PlanContext &context, int server)
{
    const ServerSpec &s = context.server(server);
    Step step;
    step.id = context.stepId("brick-dir", server);
    step.title = tr("Create the brick directory %1").arg(s.brickPath());
    step.why = tr("Gluster refuses a mount point as a brick; a sub-directory of it also makes "
                  "sure the brick is never written to the root file system by mistake.");
    step.check = ShellTemplate(QLatin1String(kDirectoryCheck))
                     .set(QStringLiteral("MNT"), s.brickMount)
                     .set(QStringLiteral("BRICK"), s.brickPath())
                     .text();
    step.apply = ShellTemplate(QLatin1String(kDirectoryApply))
                     .set(QStringLiteral("MNT"), s.brickMount)
                     .set(QStringLiteral("BRICK"), s.brickPath())
                     .set(QStringLiteral("MSG_NOT_MOUNTED"),
                          tr("%s is not mounted; the brick directory is not created on the "
                             "root file system.\n"))
                     .text();
    step.verify = step.check;
    return step;
}
