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
} // namespace StepSnippets
