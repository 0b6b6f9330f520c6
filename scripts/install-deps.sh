#!/usr/bin/env bash
# Installs (apt) everything the build, the wizard and the tests need on Debian 12 / Ubuntu.
# Idempotent: packages already present are not touched. GHW_BUILD_FUZZERS=ON adds clang and its
# libFuzzer runtime for the fuzz targets (off by default, like the CMake option). Services are not started by the
# install (policy-rc.d), the lab and the tests start what they need themselves.
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libvulkan-dev libxkbcommon-dev
  libssh2-1-dev qtkeychain-qt6-dev
  # runtime of the wizard: SVG icons (the .deb depends on it)
  libqt6svg6
  # the servers of the lab and the ssh tests
  glusterfs-server glusterfs-client xfsprogs openssh-server openssh-client apache2 sudo
  iproute2 iputils-ping curl util-linux procps psmisc sshpass
  # the lab's servers boot systemd (systemd-nspawn)
  systemd-container
  # headless keyring for tests, and a font for the offscreen GUI tests (no X server: Qt offscreen)
  dbus dbus-x11 gnome-keyring libsecret-tools
  fonts-dejavu-core
  # script and package checks
  python3
  shellcheck desktop-file-utils appstream dpkg-dev file man-db
  # the health lab tests read the JSON report
  jq
  # the disk-safety tests build LVM, RAID and partitioned loop devices
  lvm2 mdadm fdisk
)

# The fuzz targets of the gluster parsers (tests/gluster/fuzz) need clang.
if [ "${GHW_BUILD_FUZZERS:-OFF}" = ON ]; then PACKAGES+=(clang libclang-rt-14-dev); fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: ${#missing[@]} packages are missing (${missing[*]}); installing them" \
      "needs root, and sudo is not installed. Run as root:" >&2
    echo "  su -c $(printf '%q' "$(readlink -f "$0")")" >&2
    exit 1
  fi
  SUDO="sudo"
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
# Keep apt from starting daemons (sshd, apache2, glusterd) on the workstation: the lab starts
# its own inside namespaces. Only add our guard if none exists, and remove only ours.
guard=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod 755 /usr/sbin/policy-rc.d
  guard=1
fi
trap '[ -n "$guard" ] && $SUDO rm -f /usr/sbin/policy-rc.d' EXIT
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
