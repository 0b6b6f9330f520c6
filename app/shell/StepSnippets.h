#pragma once

#include <QString>

// Small bash helpers several steps share. They are pasted into each step's text (a step runs
// alone in its own `bash -c`), so what is shown is all that runs.
namespace StepSnippets {
// append_line FILE LINE: appends LINE, first ending an unterminated last line.
QString appendLine();
// gl ARGS...: `gluster --mode=script ARGS` with a timeout, retried with backoff while another
// cluster transaction is in progress; prints gluster's output, stderr on failure.
QString glusterRetry();
// peer_connected NAME: 0 when `peer status --xml` lists NAME (as hostname or one of its
// hostnames) with <connected>1</connected>. "Peer in Cluster" alone is not enough.
QString peerConnected();
// volume_bricks VOL: the volume's bricks, one "host:/path" per line, in order; nothing when
// the volume does not exist.
QString volumeBricks();
// has_systemd: systemd is PID 1 (real servers), not a container or the demo lab.
QString hasSystemd();
// disk_identity DEV: one line naming what DEV is and holds: its size, serial and WWN, its
// partition table's UUID and every signature (type, offset, UUID) on it and its partitions.
// A wipe permission is bound to this line as `check` saw it; the format step compares it again
// right before mkfs. Fails (status 1) when DEV cannot be listed.
QString diskIdentity();
// disk_system_uses DEV: one "KIND MEMBER" line for every reason DEV (or a partition of it, the
// MEMBER) belongs to the running system and is never formatted: in-fstab, in-crypttab (by
// device path, UUID=, LABEL=, PARTUUID= or PARTLABEL=), active-swap, efi-system-partition,
// lvm-physical-volume, raid-member, held-by-device (an active device-mapper, LVM or RAID
// device sits on it). Nothing when DEV is free; status 1 when DEV cannot be listed. The facts
// gathered for `check` and the format step right before mkfs run this same function.
QString diskSystemUses();
} // namespace StepSnippets
