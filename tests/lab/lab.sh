#!/usr/bin/env bash
# lab.sh — a faithful pair (or trio) of GlusterFS "servers" on this one machine, for tests and the
# demo. Each server has its own network namespace (eth0 public, eth1 private), a real loop disk as
# /dev/vdb, sshd (root by ed25519 key; user labadmin by password, with sudo) and Apache serving
# Debian's default page; glusterd is installed but neither running nor enabled (a fresh server).
# Needs root, /dev/fuse, loop devices, and the packages of install-deps.sh.
# The .deb installs this script as /usr/lib/gluster-ha-wizard/lab.sh: `gluster-ha-wizard demo`.
#
# Two kinds of node:
#  - systemd (the default): the node boots systemd with systemd-nspawn (package systemd-container)
#    on an overlay of this machine's / (upper layer on the lab's own file system, so it survives a
#    node's reboot), in the node's network namespace. Services run from their units; what the machine
#    enables but a fresh server must not run is masked in the node's upper layer, glusterd is
#    disabled. A small supervisor starts nspawn again when it exits with 133 (`systemctl reboot`
#    inside), as systemd-nspawn@.service does; any other exit is a node whose power is off.
#    LAB-ONLY UNIT: systemd skips fstab lines whose source is a block device in a container
#    (/sys is read-only: "Running in a container, ignoring fstab device entry"). The node's
#    ghw-lab-block-fstab.service (DefaultDependencies=no, After=local-fs-pre.target,
#    Before=local-fs.target) runs `mount TARGET` for each fstab line whose source is /dev/...,
#    UUID=... or LABEL=...: the unchanged line the product wrote, mounted by the same `mount` at the
#    same point of the boot; only the device unit's timing is not systemd's own.
#  - init-less (`up --no-systemd`): as hosts without systemd exist. The node's PID 1 is this
#    script's `_init` (PID, mount, UTS, IPC namespaces): /etc and /var are copy-on-write overlays,
#    /run, /root, /home, /tmp and /data are private, /dev is private; sshd and Apache are started
#    directly.
#
#   lab.sh up [--nodes N] [--arbiter] [--no-systemd]   build the lab; writes the admin side into
#                           $GHW_LAB_STATE/admin: spec.json (the product's setup spec), known_hosts,
#                           id_ed25519, ssh_config (for plain `ssh -F`), labadmin.secret (0600).
#                           Two nodes by default (replica 2); --nodes 3: three data servers
#                           (replica 3); --arbiter: three nodes, server03 the arbiter (a smaller
#                           disk, $GHW_LAB_ARBITER_DISK_SIZE, "role": "arbiter" in the spec:
#                           replica 3 arbiter 1)
#   lab.sh down             tear everything down and verify nothing is left (exit 1 if something is)
#   lab.sh fresh [UP-OPTIONS]  down (if up), then up: a fresh pair
#   lab.sh verify-clean     exit 0 when nothing of the lab exists
#   lab.sh status           what exists
#   lab.sh exec NODE CMD..  run CMD inside NODE directly (no SSH): for independent checks
#   lab.sh ssh NODE [CMD]   ssh into NODE as root with the admin key
#   lab.sh sshd NODE stop|kill|start   stop (SIGTERM), kill (SIGKILL, with its open sessions)
#                           or start NODE's sshd
#   lab.sh link NODE public|private up|down   take a node's link down or up (a silent partition)
#   lab.sh admin-dir        print the admin directory
#   lab.sh kind             print the kind of the nodes: systemd or init
# systemd nodes only:
#   lab.sh reboot NODE      `systemctl reboot` inside NODE; it boots again by itself
#   lab.sh power-cut NODE   NODE's links down (silent, as without power), then SIGKILL to its PID 1
#                           (by its PID): every process of the node ends
#   lab.sh power-on NODE    links up, and boot a node whose power is off
#   lab.sh cold-start       cut the power of every node, then start them all at once
#   lab.sh wait-running NODE [SECS]   wait (default 60 s) until NODE's systemd says `running`;
#                           prints how long it waited; exit 1 (listing failed units) if not
#
# Addresses are in 198.18.0.0/15 (reserved for network tests), with an unreachable route so that
# nothing in that range can leave the machine. Nothing here ends a process by name: daemons stop by
# their PID files or units inside a node; whatever is left dies with the node's PID 1, whose host
# PID is known.
set -euo pipefail
export LC_ALL=C
# Close every descriptor inherited above 2 (bash keeps the script on 255): the daemons started
# here (each node's PID 1, sshd, Apache) would otherwise hold them for the lab's lifetime — a
# caller's lock file, or a pipe that a test runner waits on to close.
for ghw_fd in /proc/$$/fd/*; do
  ghw_fd=${ghw_fd##*/}
  if [ "$ghw_fd" -gt 2 ] && [ "$ghw_fd" != 255 ]; then eval "exec $ghw_fd>&-" 2>/dev/null || true; fi
done
unset ghw_fd

STATE=${GHW_LAB_STATE:-/srv/ghw-lab}
ADMIN=$STATE/admin
SELF=$(readlink -f "$0")
PUB_NET=198.18.1   # "public": the admin workstation (this machine) is .1
PRIV_NET=198.18.0  # "private": servers only
SUPERNET=198.18.0.0/15
BR_PUB=ghwpub0
BR_PRIV=ghwpriv0
DISK_SIZE=${GHW_LAB_DISK_SIZE:-1G}
# The arbiter's brick holds names and metadata only. XFS refuses file systems under 300 MB.
ARBITER_DISK_SIZE=${GHW_LAB_ARBITER_DISK_SIZE:-512M}
LAB_USER=labadmin
CLEAN_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

log() { printf '[lab] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
need_root() { [ "$(id -u)" -eq 0 ] || die "the lab needs root (network, mount and PID namespaces, loop devices)"; }

nodes() { cat "$STATE/nodes.list" 2>/dev/null || true; }
node_name() { printf 'server%02d' "$1"; }
node_num() { echo $((10#${1#server})); }
pub_ip() { echo "$PUB_NET.$((10 + $(node_num "$1")))"; }
priv_ip() { echo "$PRIV_NET.$((10 + $(node_num "$1")))"; }
kind() { cat "$STATE/kind" 2>/dev/null || echo init; }
arbiter() { cat "$STATE/arbiter" 2>/dev/null || true; } # the arbiter node's name, or nothing
node_root() { echo "$STATE/nodes/$1/root"; }

# The host PID of a node's PID 1. A systemd node's is the child of its nspawn process that lives
# in another PID namespace (it changes at every boot); an init-less node's was kept at up.
init_pid() {
  if [ "$(kind)" = systemd ]; then
    local np c
    np=$(cat "$STATE/$1.nspawn.pid" 2>/dev/null) || return 1
    [ -n "$np" ] && kill -0 "$np" 2>/dev/null || return 1
    for c in $(cat /proc/"$np"/task/*/children 2>/dev/null); do
      if [ "$(readlink "/proc/$c/ns/pid" 2>/dev/null)" != "$(readlink "/proc/$np/ns/pid")" ]; then
        echo "$c"
        return 0
      fi
    done
    return 1
  fi
  cat "$STATE/$1.init.pid" 2>/dev/null
}

# Run a command inside a node's namespaces with a clean environment (no SSH).
nx() {
  local node=$1 pid
  shift
  pid=$(init_pid "$node") || die "$node is not up"
  if [ "$(kind)" = systemd ]; then
    nsenter -t "$pid" -m -u -i -n -p -C -r -- env -i PATH=$CLEAN_PATH HOME=/root LANG=C.UTF-8 TERM=dumb "$@"
  else
    nsenter -t "$pid" -m -u -i -n -p -- env -i PATH=$CLEAN_PATH HOME=/root LANG=C.UTF-8 TERM=dumb "$@"
  fi
}

wait_for() { # wait_for SECONDS CMD... : poll every 0.1 s
  local deadline=$((SECONDS + $1))
  shift
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.1
  done
}

# ---------------------------------------------------------------- a node's PID 1
# Runs as PID 1 of the node's PID namespace, inside its network namespace, with new mount/UTS/IPC
# namespaces whose mounts are private.
cmd__init() {
  local node=$1 loopdev=$2 dir=$STATE/nodes/$1 d
  hostname "$node"
  umount -l /run/netns 2>/dev/null || true # our copy would keep the other nodes' netns alive
  umount -l /sys
  mount -t sysfs -o nosuid,nodev,noexec sysfs /sys
  # Copy-on-write /etc and /var: edits by rename (sed -i, useradd) work, the host stays untouched.
  mount -t overlay overlay -o "lowerdir=/etc,upperdir=$dir/etc.upper,workdir=$dir/etc.work" /etc
  mount -t overlay overlay -o "lowerdir=/var,upperdir=$dir/var.upper,workdir=$dir/var.work" /var
  for d in run root home tmp data; do mount --bind "$dir/$d" "/$d"; done
  # A private /dev with the node's disk as /dev/vdb.
  local stage=$dir/devstage
  mount -t tmpfs -o mode=755,size=1m labdev "$stage"
  for d in null zero full random urandom tty fuse; do
    touch "$stage/$d"
    mount --bind "/dev/$d" "$stage/$d"
  done
  # The disk is /dev/vdb, and also under its kernel name: without udev, libblkid finds a
  # filesystem by UUID (fstab's UUID=...) by scanning /proc/partitions, which names loopN.
  touch "$stage/vdb" "$stage/${loopdev#/dev/}"
  mount --bind "$loopdev" "$stage/vdb"
  mount --bind "$loopdev" "$stage/${loopdev#/dev/}"
  mkdir "$stage/pts" "$stage/shm"
  mount -t devpts -o newinstance,ptmxmode=0666,mode=620,gid=5 devpts "$stage/pts"
  ln -s pts/ptmx "$stage/ptmx"
  mount -t tmpfs -o mode=1777,nosuid,nodev shm "$stage/shm"
  ln -s /proc/self/fd "$stage/fd"
  ln -s /proc/self/fd/0 "$stage/stdin"
  ln -s /proc/self/fd/1 "$stage/stdout"
  ln -s /proc/self/fd/2 "$stage/stderr"
  mount --move "$stage" /dev
  echo ready >"$STATE/$node.ready"
  # PID 1's duty: reap orphans (bash reaps children on SIGCHLD).
  trap 'exit 0' TERM
  while :; do
    sleep 3600 &
    wait $! || true
  done
}

# ---------------------------------------------------------------- a systemd node
# Units the machine enables that a fresh lab server must not run (or that cannot run in a
# container): everything enabled is masked in the node's upper layer but these.
NODE_KEEPS_ENABLED=" ssh.service apache2.service remote-fs.target machines.target "

# The node's root: an overlay whose lower layer is this machine's / and whose upper layer lives on
# the lab's own file system (an upper layer inside / would overlap the lower one).
mount_node_root() {
  local n=$1 layer=$STATE/layers/$1 root
  root=$(node_root "$n")
  mkdir -p "$layer/upper" "$layer/work" "$root"
  # A server's own /root, /home and /tmp, not this machine's: opaque directories of the upper
  # layer (this machine's shell start-up files, caches and temporary files would otherwise run
  # and be seen inside every node; bash reads ~/.bashrc even for a command over ssh).
  local d mode
  for d in root:700 home:755 tmp:1777; do
    mode=${d#*:}
    d=${d%%:*}
    [ -d "$layer/upper/$d" ] && continue
    install -d -m "$mode" "$layer/upper/$d"
    python3 -c 'import os, sys; os.setxattr(sys.argv[1], "trusted.overlay.opaque", b"y")' \
      "$layer/upper/$d"
  done
  mount -t overlay "ghw-lab-$n" -o "lowerdir=/,upperdir=$layer/upper,workdir=$layer/work" "$root"
}

# Offline, before the first boot: the node's units as a fresh server has them, and the lab-only
# unit that mounts fstab's block-device lines.
prepare_node_units() {
  local n=$1 root link unit sys
  root=$(node_root "$n")
  sys=$root/etc/systemd/system
  # The lab's state (admin key, the other nodes' disks) is not part of a server: a whiteout.
  mkdir -p "$root$(dirname "$STATE")"
  rm -rf "${root:?}$STATE" 2>/dev/null || true
  mknod "$root$STATE" c 0 0 2>/dev/null || true
  rm -f "$root/etc/machine-id"
  systemd-machine-id-setup --root="$root" >/dev/null 2>&1 || true
  # What `systemctl mask` and `disable` would do (links under /etc/systemd/system), done directly:
  # systemctl --root takes seconds per node.
  for link in "$sys"/*.wants/*; do
    [ -L "$link" ] || continue
    unit=${link##*/}
    case $NODE_KEEPS_ENABLED in *" $unit "*) continue ;; esac
    case $unit in
      *@*) rm -f "$link" ;; # an instance (getty@tty1): not wanted any more
      *) ln -sfn /dev/null "$sys/$unit" ;;
    esac
  done
  ln -sfn /dev/null "$sys/console-getty.service"
  # The node's users are this machine's (its /etc/passwd lies below); systemd-sysusers has
  # nothing to create and fails the boot ("degraded") when this machine holds /etc/group's lock.
  ln -sfn /dev/null "$sys/systemd-sysusers.service"
  rm -f "$sys"/*.wants/glusterd.service # disabled, not masked: the product enables it
  # Lingering users: their systemd --user runs from boot, so that an SSH login does not wait for
  # it to start (a second per connection otherwise, which the runner's timing tests notice).
  mkdir -p "$root/var/lib/systemd/linger"
  touch "$root/var/lib/systemd/linger/root" "$root/var/lib/systemd/linger/$LAB_USER"
  # The lab kills sshd on purpose (`lab.sh sshd NODE kill`): it must stay dead until started.
  mkdir -p "$root/etc/systemd/system/ssh.service.d"
  printf '[Service]\n# lab only: `lab.sh sshd NODE kill` must leave it dead\nRestart=no\n' \
    >"$root/etc/systemd/system/ssh.service.d/ghw-lab.conf"
  mkdir -p "$root/usr/local/lib/ghw-lab"
  cat >"$root/usr/local/lib/ghw-lab/mount-block-fstab" <<'EOS'
#!/bin/sh
# Lab only (see lab.sh): systemd skips fstab lines whose source is a block device in a container.
# Mount each such line as the product wrote it, by its mount point, with the usual `mount`.
findmnt --fstab -n -r -o SOURCE,TARGET | while read -r src target; do
  case $src in
    /dev/* | UUID=* | LABEL=*)
      mountpoint -q "$target" || mount "$target" || echo "ghw-lab: could not mount $target ($src)" >&2 ;;
  esac
done
exit 0
EOS
  chmod 755 "$root/usr/local/lib/ghw-lab/mount-block-fstab"
  cat >"$root/etc/systemd/system/ghw-lab-block-fstab.service" <<'EOS'
[Unit]
Description=Lab only: mount fstab's block-device lines (systemd skips them in a container)
DefaultDependencies=no
After=local-fs-pre.target
Before=local-fs.target

[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=/usr/local/lib/ghw-lab/mount-block-fstab

[Install]
WantedBy=local-fs.target
EOS
  mkdir -p "$sys/local-fs.target.wants"
  ln -sfn ../ghw-lab-block-fstab.service "$sys/local-fs.target.wants/ghw-lab-block-fstab.service"
}

# Runs NODE (the supervisor, in its own session): nspawn again after `systemctl reboot` (exit
# 133), until the node powers off or its PID 1 is killed (any other exit).
cmd__supervise() {
  local n=$1 rc loop
  loop=$(cat "$STATE/$n.loop")
  while :; do
    echo "[lab] $(date -u +%T.%N) $n boots"
    systemd-nspawn -q -D "$(node_root "$n")" -b --keep-unit --register=no --link-journal=no \
      -M "$n" --network-namespace-path="/run/netns/$n" --resolv-conf=off --timezone=off \
      --console=read-only --capability=all \
      --bind=/dev/fuse --bind="$loop:/dev/vdb" --bind="$loop" </dev/null &
    echo $! >"$STATE/$n.nspawn.pid"
    # Every boot has new namespaces: recorded, to prove at down that no process is left in them.
    if wait_for 10 init_pid "$n"; then record_namespaces "$n"; fi
    rc=0
    wait $! || rc=$?
    echo "[lab] $(date -u +%T.%N) $n: nspawn exited $rc"
    [ "$rc" = 133 ] || break
    [ ! -e "$STATE/$n.off" ] || break
  done
  rm -f "$STATE/$n.nspawn.pid"
}

power_on() {
  local n=$1 p
  p=$(cat "$STATE/$n.supervisor.pid" 2>/dev/null) || p=""
  if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then die "$n is on already"; fi
  rm -f "$STATE/$n.off" "$STATE/$n.nspawn.pid"
  ip link set "vpub-$n" up
  ip link set "vpriv-$n" up
  setsid env -i PATH=$CLEAN_PATH LANG=C.UTF-8 GHW_LAB_STATE="$STATE" "$SELF" _supervise "$n" \
    </dev/null >>"$STATE/$n.console.log" 2>&1 &
  echo $! >"$STATE/$n.supervisor.pid"
  wait_for 10 init_pid "$n" || die "$n: no PID 1 after 10 s (see $STATE/$n.console.log)"
}

# Kills the node's PID 1 (by its PID) and waits until its supervisor is gone. Its links go down
# first: a server that loses power says goodbye to no one (no FIN, no RST from its sockets).
power_cut() {
  local n=$1 p s
  touch "$STATE/$n.off"
  ip link set "vpub-$n" down 2>/dev/null || true
  ip link set "vpriv-$n" down 2>/dev/null || true
  p=$(init_pid "$n") || p=""
  if [ -n "$p" ]; then kill -KILL "$p" 2>/dev/null || true; fi
  s=$(cat "$STATE/$n.supervisor.pid" 2>/dev/null) || s=""
  if [ -n "$s" ]; then
    wait_for 10 bash -c "! kill -0 $s" || {
      p=$(cat "$STATE/$n.nspawn.pid" 2>/dev/null) || p=""
      log "WARNING: $n's supervisor ($s) still runs; killing it and nspawn ($p)"
      kill -KILL "$s" $p 2>/dev/null || true
    }
  fi
}

node_state() { # systemd's own word for the node's state, or "off"/"starting" without PID 1
  local pid
  pid=$(init_pid "$1") || { echo off; return 0; }
  nsenter -t "$pid" -m -u -i -n -p -C -r -- env -i PATH=$CLEAN_PATH systemctl is-system-running \
    2>/dev/null || true
}

cmd_wait_running() {
  local n=$1 secs=${2:-60} t0 deadline state=""
  [ "$(kind)" = systemd ] || die "wait-running: $n does not boot systemd"
  t0=$(date +%s%N)
  deadline=$((SECONDS + secs))
  while [ "$SECONDS" -lt "$deadline" ]; do
    state=$(node_state "$n")
    [ "$state" = running ] && break
    sleep 0.1
  done
  if [ "$state" != running ]; then
    log "$n is '$state', not running, after $secs s"
    if [ "$state" = degraded ]; then nx "$n" systemctl --failed --no-legend --no-pager >&2 || true; fi
    return 1
  fi
  log "$n running after $((($(date +%s%N) - t0) / 1000000)) ms"
}

# Remember the node's namespaces, to prove at down that no process is left in them.
record_namespaces() {
  local pid
  pid=$(init_pid "$1") || return 0
  (cd "/proc/$pid/ns" && readlink net pid mnt uts) >>"$STATE/namespace-ids"
}

cmd_reboot() {
  local n=$1 old
  need_systemd_node "$n"
  old=$(init_pid "$n") || die "$n is off"
  nx "$n" systemctl reboot
  wait_for 60 bash -c "! kill -0 $old" || die "$n did not go down within 60 s"
  log "$n reboots"
}

need_systemd_node() {
  [ "$(kind)" = systemd ] || die "$1 does not boot systemd (lab up --no-systemd)"
  nodes | grep -qx "$1" || die "no node $1"
}

up_systemd_nodes() {
  local n
  # The upper layers' own file system: disk-backed (a sparse image, attached by mount -o loop and
  # detached when unmounted), as a server's /var holds files of gigabytes.
  mkdir -p "$STATE/layers"
  truncate -s 32G "$STATE/layers.img"
  mkfs.ext4 -q -F -E lazy_itable_init=1,lazy_journal_init=1 "$STATE/layers.img"
  mount -o loop "$STATE/layers.img" "$STATE/layers"
  for n in $(nodes); do
    mount_node_root "$n"
    prepare_node_units "$n"
    provision_offline "$n" >"$STATE/$n.provision.log" 2>&1 ||
      { cat "$STATE/$n.provision.log" >&2; die "provisioning $n failed"; }
  done
  for n in $(nodes); do power_on "$n"; done
  for n in $(nodes); do cmd_wait_running "$n" 60 || die "$n did not boot (see $STATE/$n.console.log)"; done
}

# provision_node's script in a chroot of the node's root, before its first boot; systemd then
# starts sshd and Apache from their units.
provision_offline() {
  local n=$1 root
  root=$(node_root "$n")
  unshare --mount --propagation private -- bash -c '
    set -e
    mount --rbind /dev "$1/dev"
    mount -t proc proc "$1/proc"
    shift
    exec chroot "$@"' _ "$root" "$root" env -i PATH=$CLEAN_PATH HOME=/root LANG=C.UTF-8 \
    bash -s -- "$n" "$LAB_USER" "$(cat "$ADMIN/labadmin.secret")" "$(cat "$ADMIN/id_ed25519.pub")" \
    offline < <(provision_script)
}

# ---------------------------------------------------------------- up
preflight() {
  local b
  if [ "$1" = systemd ]; then
    command -v systemd-nspawn >/dev/null ||
      die "missing program: systemd-nspawn (install systemd-container; or: $0 up --no-systemd)"
  fi
  for b in gluster glusterd glusterfs mount.glusterfs sshd apache2ctl curl ip losetup mkfs.xfs \
    unshare nsenter ssh ssh-keygen sudo chpasswd; do
    command -v "$b" >/dev/null || die "missing program: $b (install the packages that gluster-ha-wizard recommends, or run scripts/install-deps.sh)"
  done
  [ -c /dev/fuse ] || die "/dev/fuse is missing: GlusterFS mounts need FUSE"
  [ ! -e "$STATE/nodes.list" ] || die "a lab is already up in $STATE (run: $0 down)"
  ip link show "$BR_PUB" >/dev/null 2>&1 && die "link $BR_PUB exists already (run: $0 down)"
  if ip -4 addr show | grep -q 'inet 198\.1[89]\.'; then die "198.18.0.0/15 is already in use on this machine"; fi
  return 0
}

up_network() {
  local n
  ip link add "$BR_PUB" type bridge
  ip link add "$BR_PRIV" type bridge
  ip addr add "$PUB_NET.1/24" dev "$BR_PUB"
  ip link set "$BR_PUB" up
  ip link set "$BR_PRIV" up
  ip route add unreachable "$SUPERNET" # nothing in the lab range may leave the machine
  for n in $(nodes); do
    ip netns add "$n"
    ip link add "vpub-$n" type veth peer name eth0 netns "$n"
    ip link add "vpriv-$n" type veth peer name eth1 netns "$n"
    ip link set "vpub-$n" master "$BR_PUB" up
    ip link set "vpriv-$n" master "$BR_PRIV" up
    ip -n "$n" link set lo up
    ip -n "$n" addr add "$(pub_ip "$n")/24" dev eth0
    ip -n "$n" addr add "$(priv_ip "$n")/24" dev eth1
    ip -n "$n" link set eth0 up
    ip -n "$n" link set eth1 up
  done
}

up_disks() {
  local n
  mkdir -p "$STATE/disks"
  for n in $(nodes); do
    if [ "$n" = "$(arbiter)" ]; then
      truncate -s "$ARBITER_DISK_SIZE" "$STATE/disks/$n-vdb.img"
    else
      truncate -s "$DISK_SIZE" "$STATE/disks/$n-vdb.img"
    fi
    losetup --find --show "$STATE/disks/$n-vdb.img" >"$STATE/$n.loop"
  done
}

up_nodes() {
  local n dir unshare_pid child
  # Each node bind-mounts its own /data, so the mount point must exist here (removed at down).
  if [ ! -d /data ]; then mkdir /data && touch "$STATE/created-slash-data"; fi
  for n in $(nodes); do
    dir=$STATE/nodes/$n
    mkdir -p "$dir"/{etc.upper,etc.work,var.upper,var.work,run,root,home,tmp,data,devstage}
    chmod 700 "$dir/root"
    chmod 1777 "$dir/tmp"
    setsid nsenter --net="/run/netns/$n" -- env -i PATH=$CLEAN_PATH LANG=C.UTF-8 GHW_LAB_STATE="$STATE" \
      unshare --pid --fork --mount-proc --mount --uts --ipc --propagation private -- \
      "$SELF" _init "$n" "$(cat "$STATE/$n.loop")" </dev/null >"$STATE/$n.init.log" 2>&1 &
    echo $! >"$STATE/$n.unshare.pid"
  done
  for n in $(nodes); do
    wait_for 10 test -f "$STATE/$n.ready" || {
      cat "$STATE/$n.init.log" >&2
      die "$n did not start"
    }
    unshare_pid=$(cat "$STATE/$n.unshare.pid")
    child=$(awk '{print $1}' "/proc/$unshare_pid/task/$unshare_pid/children")
    [ -n "$child" ] || die "no PID 1 found for $n"
    echo "$child" >"$STATE/$n.init.pid"
  done
}

# Inside a node: make it look like a freshly provisioned Debian server (arguments: node, sudo
# user, its password, the admin's public key, and "offline" when systemd will start the daemons).
provision_script() {
  cat <<'EOS'
set -euo pipefail
n=$1 user=$2 pass=$3 pubkey=$4 when=${5:-}
echo "$n" >/etc/hostname
# A fresh server knows only itself: the product must make the private names resolve.
printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\tlocalhost ip6-localhost ip6-loopback\n' "$n" >/etc/hosts
printf '# /etc/fstab: static file system information.\n' >/etc/fstab
# Fresh GlusterFS state: its own UUID when glusterd first starts, no peers, no volumes.
rm -rf /var/lib/glusterd/glusterd.info /var/lib/glusterd/peers/* /var/lib/glusterd/vols/*
mkdir -p /run/sshd /run/lock /run/gluster /var/log/glusterfs
chmod 1777 /run/lock
chown gluster:gluster /run/gluster 2>/dev/null || true
# Its own SSH host keys (the host's are hidden by whiteouts in this node's /etc overlay).
rm -f /etc/ssh/ssh_host_*
ssh-keygen -q -t ed25519 -N '' -f /etc/ssh/ssh_host_ed25519_key
ssh-keygen -q -t ecdsa -N '' -f /etc/ssh/ssh_host_ecdsa_key
cat >/etc/ssh/sshd_config <<EOF
# sshd of lab node $n
Port 22
ListenAddress 0.0.0.0
HostKey /etc/ssh/ssh_host_ed25519_key
HostKey /etc/ssh/ssh_host_ecdsa_key
PidFile /run/sshd.pid
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication yes
UsePAM yes
UseDNS no
PrintMotd no
AcceptEnv LANG LC_*
Subsystem sftp /usr/lib/openssh/sftp-server
EOF
install -d -m 700 /root/.ssh
printf '%s\n' "$pubkey" >/root/.ssh/authorized_keys
chmod 600 /root/.ssh/authorized_keys
# The node's /etc lies over this machine's: a lock file of a useradd running here (tests that
# add users run beside the lab's) is seen in the node too, so wait for it rather than fail.
with_etc_lock() {
  local i
  for i in $(seq 1 30); do
    "$@" && return 0
    [ "$i" -lt 30 ] && sleep 1
  done
  return 1
}
add_user() { id "$user" >/dev/null 2>&1 || useradd -m -s /bin/bash -G sudo "$user"; }
set_password() { printf '%s:%s\n' "$user" "$pass" | chpasswd; }
with_etc_lock add_user
with_etc_lock set_password
/usr/sbin/sshd -t -f /etc/ssh/sshd_config
[ "$when" != offline ] || exit 0
/usr/sbin/sshd -f /etc/ssh/sshd_config -E /var/log/sshd-lab.log
# A fresh Debian server with apache2 installed serves its default page.
apache2ctl start
EOS
}

provision_node() {
  local n=$1
  provision_script | nx "$n" bash -s -- "$n" "$LAB_USER" "$(cat "$ADMIN/labadmin.secret")" \
    "$(cat "$ADMIN/id_ed25519.pub")"
}

write_admin_side() {
  local n first=1 port=22 replica=2 role
  if [ "$(nodes | wc -l)" -ge 3 ]; then replica=3; fi
  : >"$ADMIN/known_hosts"
  for n in $(nodes); do
    nx "$n" cat /etc/ssh/ssh_host_ed25519_key.pub /etc/ssh/ssh_host_ecdsa_key.pub |
      awk -v h="$(pub_ip "$n")" '{print h, $1, $2}' >>"$ADMIN/known_hosts"
  done
  {
    for n in $(nodes); do printf 'Host %s\n    HostName %s\n' "$n" "$(pub_ip "$n")"; done
    cat <<EOF
Host *
    User root
    IdentityFile $ADMIN/id_ed25519
    IdentitiesOnly yes
    UserKnownHostsFile $ADMIN/known_hosts
    GlobalKnownHostsFile /dev/null
    StrictHostKeyChecking yes
    BatchMode yes
    ConnectTimeout 5
    LogLevel ERROR
EOF
  } >"$ADMIN/ssh_config"
  {
    cat <<EOF
{
  "version": 1,
  "volume": { "name": "var-www", "replica": $replica },
  "mount": { "path": "/var/www" },
  "web": { "server": "apache", "testFile": "html/index.html", "testContent": "Hello, World!" },
  "servers": [
EOF
    for n in $(nodes); do
      [ $first = 1 ] || printf ',\n'
      first=0
      role=""
      if [ "$n" = "$(arbiter)" ]; then role='
      "role": "arbiter",'; fi
      printf '%s' "$(cat <<EOF
    {
      "name": "$n",$role
      "publicAddress": "$(pub_ip "$n")",
      "privateName": "$n-private",
      "privateAddress": "$(priv_ip "$n")",
      "ssh": { "host": "$(pub_ip "$n")", "port": $port, "user": "root",
               "auth": "key", "identityFile": "$ADMIN/id_ed25519" },
      "disk": "/dev/vdb",
      "brickMount": "/data/var-www/brick$(printf '%02d' "$(node_num "$n")")",
      "brickDir": "volume"
    }
EOF
)"
    done
    printf '\n  ]\n}\n'
  } >"$ADMIN/spec.json"
}

cmd_up() {
  need_root
  local count=2 n i t0=$SECONDS kind=systemd arbiter=no
  while [ $# -gt 0 ]; do
    case $1 in
      --nodes) count=$2; shift 2 ;;
      --arbiter) arbiter=yes; count=3; shift ;;
      --no-systemd) kind=init; shift ;;
      *) die "up: unknown option $1" ;;
    esac
  done
  [[ $count =~ ^[2-9]$ ]] || die "up: --nodes must be 2..9"
  preflight "$kind"
  mkdir -p "$STATE" "$ADMIN"
  chmod 700 "$ADMIN"
  echo "$kind" >"$STATE/kind"
  for i in $(seq 1 "$count"); do node_name "$i"; echo; done >"$STATE/nodes.list"
  if [ "$arbiter" = yes ]; then node_name "$count" >"$STATE/arbiter"; fi
  ssh-keygen -q -t ed25519 -N '' -C ghw-lab-admin -f "$ADMIN/id_ed25519"
  # A throw-away password for the sudo user, for tests of password logins and sudo.
  (umask 077 && head -c 12 /dev/urandom | base64 | tr -d '/+=' >"$ADMIN/labadmin.secret")
  up_network
  up_disks
  if [ "$kind" = systemd ]; then
    up_systemd_nodes
  else
    up_nodes
    for n in $(nodes); do provision_node "$n" >"$STATE/$n.provision.log" 2>&1 ||
      { cat "$STATE/$n.provision.log" >&2; die "provisioning $n failed"; }; done
    # Remember the lab's namespaces, to prove later that no process is left in them.
    for n in $(nodes); do record_namespaces "$n"; done
  fi
  write_admin_side
  for n in $(nodes); do
    wait_for 10 ssh -F "$ADMIN/ssh_config" -n "$n" true || die "ssh to $n does not answer"
  done
  # GHW_LAB_OWNER (a numeric user id, set by `gluster-ha-wizard demo up` run through pkexec or
  # sudo): the admin side belongs to that user, so that the wizard running as them can read it.
  if [ -n "${GHW_LAB_OWNER:-}" ]; then
    [[ $GHW_LAB_OWNER =~ ^[0-9]+$ ]] || die "GHW_LAB_OWNER must be a numeric user id"
    chown -R "$GHW_LAB_OWNER" "$ADMIN"
  fi
  log "up: $(nodes | tr '\n' ' ')($kind$([ "$arbiter" = no ] || echo ", arbiter $(arbiter)")) in $((SECONDS - t0)) s; admin side in $ADMIN"
}

# ---------------------------------------------------------------- down
stop_node_services() { # inside a node: unmount, stop daemons by their PID files
  nx "$1" bash -s <<'EOS'
pidfiles="/run/apache2/apache2.pid /run/glusterd.pid /var/run/glusterd.pid /run/sshd.pid $(find /run/gluster -name '*.pid' 2>/dev/null)"
if findmnt -t fuse.glusterfs -rn -o TARGET >/dev/null 2>&1; then
  for t in $(findmnt -t fuse.glusterfs -rn -o TARGET); do timeout 20 umount "$t" || umount -l "$t"; done
fi
signal_all() {
  local f p
  for f in $pidfiles; do
    [ -f "$f" ] && p=$(cat "$f" 2>/dev/null) && [ -n "$p" ] && kill -"$1" "$p" 2>/dev/null
  done
  return 0
}
signal_all TERM
for _ in $(seq 1 20); do
  alive=0
  for f in $pidfiles; do [ -f "$f" ] && kill -0 "$(cat "$f" 2>/dev/null)" 2>/dev/null && alive=1; done
  [ $alive = 0 ] && break
  sleep 0.1
done
signal_all KILL
for t in $(findmnt -rn -o TARGET | grep '^/data/' | sort -r); do umount "$t" 2>/dev/null || umount -l "$t"; done
exit 0
EOS
}

cmd_down() {
  need_root
  local n p t0=$SECONDS dev
  if [ "$(kind)" = systemd ]; then
    # A power cut: the node's PID 1 killed, every process of the node ends with it, and its
    # mounts (brick, glusterfs) with its mount namespace. Nothing of it outlives the lab.
    for n in $(nodes); do power_cut "$n"; done
    for n in $(nodes); do
      if mountpoint -q "$(node_root "$n")"; then
        umount "$(node_root "$n")" || umount -l "$(node_root "$n")"
      fi
    done
    if mountpoint -q "$STATE/layers"; then umount "$STATE/layers" || umount -l "$STATE/layers"; fi
    for dev in $(losetup --noheadings -O NAME -j "$STATE/layers.img" 2>/dev/null); do
      wait_for 5 losetup -d "$dev" || log "WARNING: could not detach $dev"
    done
  fi
  for n in $(nodes); do
    [ "$(kind)" = init ] || break
    p=$(init_pid "$n") || p=""
    if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then
      stop_node_services "$n" || true
      kill -KILL "$p" # PID 1 of the node's PID namespace: everything left in it dies too
    fi
  done
  for n in $(nodes); do
    p=$(cat "$STATE/$n.unshare.pid" 2>/dev/null) || p=""
    if [ -n "$p" ]; then wait_for 10 bash -c "! kill -0 $p" || kill -KILL "$p" 2>/dev/null || true; fi
    p=$(init_pid "$n") || p=""
    if [ -n "$p" ]; then wait_for 10 bash -c "! kill -0 $p" || log "WARNING: PID 1 of $n ($p) is still alive"; fi
  done
  for n in $(nodes); do
    for dev in $(losetup --noheadings -O NAME -j "$STATE/disks/$n-vdb.img" 2>/dev/null); do
      wait_for 5 losetup -d "$dev" || log "WARNING: could not detach $dev"
    done
    ip netns list | grep -qw "^$n" && ip netns del "$n"
    ip link del "vpub-$n" 2>/dev/null || true
    ip link del "vpriv-$n" 2>/dev/null || true
  done
  ip link del "$BR_PUB" 2>/dev/null || true
  ip link del "$BR_PRIV" 2>/dev/null || true
  ip route del unreachable "$SUPERNET" 2>/dev/null || true
  if [ -f "$STATE/created-slash-data" ]; then rmdir /data 2>/dev/null || log "WARNING: /data is not empty, kept"; fi
  if [ -e "$STATE" ]; then
    if grep -qF " $STATE" /proc/self/mountinfo; then
      log "WARNING: mounts under $STATE remain; state kept"
    else
      [ -f "$STATE/namespace-ids" ] && cp "$STATE/namespace-ids" "$STATE.namespace-ids"
      rm -rf "$STATE"
    fi
  fi
  log "down: in $((SECONDS - t0)) s"
  cmd_verify_clean || return 1
  rm -f "$STATE.namespace-ids"
}

cmd_verify_clean() {
  local bad=0 p ids hits="" l
  if [ -e "$STATE" ]; then log "LEFT: $STATE"; bad=1; fi
  if ip netns list | grep -Eq '^server[0-9]+'; then log "LEFT: network namespaces: $(ip netns list | tr '\n' ' ')"; bad=1; fi
  for l in "$BR_PUB" "$BR_PRIV"; do
    if ip link show "$l" >/dev/null 2>&1; then log "LEFT: link $l"; bad=1; fi
  done
  if ip -o link | grep -Eq 'vpub-|vpriv-'; then log "LEFT: veth links"; bad=1; fi
  if losetup -a | grep -qF "$STATE/"; then log "LEFT: loop devices: $(losetup -a | grep -F "$STATE/")"; bad=1; fi
  if grep -qF "$STATE" /proc/self/mountinfo; then log "LEFT: mounts under $STATE"; bad=1; fi
  if ip route show table all | grep -q '198\.1[89]\.'; then log "LEFT: routes: $(ip route show table all | grep '198\.1[89]\.')"; bad=1; fi
  # No process may remain in one of the lab's namespaces (their ids were recorded at 'up').
  if [ -s "$STATE.namespace-ids" ]; then
    ids=$(sort -u "$STATE.namespace-ids")
    for p in /proc/[0-9]*; do
      for l in net pid mnt uts; do
        if grep -qxF "$(readlink "$p/ns/$l" 2>/dev/null)" <<<"$ids"; then hits="$hits ${p#/proc/}"; break; fi
      done
    done
    if [ -n "$hits" ]; then log "LEFT: processes in lab namespaces:$hits"; bad=1; fi
  fi
  if [ $bad = 0 ]; then log "clean: nothing of the lab remains"; fi
  return $bad
}

cmd_status() {
  local n
  [ -f "$STATE/nodes.list" ] || { echo "no lab in $STATE"; return 0; }
  for n in $(nodes); do
    if [ "$(kind)" = systemd ] && ! init_pid "$n" >/dev/null; then
      echo "== $n: public $(pub_ip "$n"), private $(priv_ip "$n"), power off"
      continue
    fi
    echo "== $n: public $(pub_ip "$n"), private $(priv_ip "$n"), PID 1 on the host: $(init_pid "$n")"
    if [ "$(kind)" = systemd ]; then echo "systemd: $(node_state "$n")"; fi
    nx "$n" ps -eo pid,args
  done
}

cmd_sshd() {
  local n=$1 action=$2
  case $action in
    stop) nx "$n" sh -c 'kill -TERM "$(cat /run/sshd.pid)"' ;;
    # The listener and the processes serving open sessions (its children, by parent PID).
    kill) nx "$n" sh -c 'l=$(cat /run/sshd.pid); kill -KILL $(pgrep -P "$l") "$l"; rm -f /run/sshd.pid' ;;
    start)
      if [ "$(kind)" = systemd ]; then
        nx "$n" systemctl reset-failed ssh.service 2>/dev/null || true
        nx "$n" systemctl start ssh.service
      else
        nx "$n" /usr/sbin/sshd -f /etc/ssh/sshd_config -E /var/log/sshd-lab.log
      fi
      ;;
    *) die "sshd: stop, kill or start" ;;
  esac
}

cmd_link() {
  local n=$1 which=$2 state=$3 dev
  case $which in public) dev=vpub-$n ;; private) dev=vpriv-$n ;; *) die "link: public or private" ;; esac
  case $state in up | down) ip link set "$dev" "$state" ;; *) die "link: up or down" ;; esac
}

sub=${1:-}
shift || true
case $sub in
  _init) cmd__init "$@" ;;
  _supervise) cmd__supervise "$@" ;;
  up) cmd_up "$@" ;;
  down) cmd_down ;;
  fresh) need_root; if [ -f "$STATE/nodes.list" ]; then cmd_down; fi; cmd_up "$@" ;;
  verify-clean) cmd_verify_clean ;;
  status) cmd_status ;;
  exec) n=$1; shift; nx "$n" "$@" ;;
  ssh) n=$1; shift; exec ssh -F "$ADMIN/ssh_config" "$n" "$@" ;;
  sshd) cmd_sshd "$@" ;;
  link) cmd_link "$@" ;;
  admin-dir) echo "$ADMIN" ;;
  kind) kind ;;
  reboot) need_root; cmd_reboot "$1" ;;
  power-cut) need_root; need_systemd_node "$1"; power_cut "$1"; log "$1: power cut" ;;
  power-on) need_root; need_systemd_node "$1"; power_on "$1"; log "$1: power on" ;;
  cold-start)
    need_root
    for n in $(nodes); do need_systemd_node "$n"; power_cut "$n"; done
    for n in $(nodes); do power_on "$n"; done
    log "cold start: $(nodes | tr '\n' ' ')powered on at once"
    ;;
  wait-running) need_root; need_systemd_node "$1"; cmd_wait_running "$@" ;;
  *) sed -n '2,52p' "$SELF" >&2; exit 2 ;;
esac
