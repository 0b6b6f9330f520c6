#!/usr/bin/env bash
# with-keyring.sh CMD [ARGS...]
# Runs CMD inside a private D-Bus session with a gnome-keyring (Secret Service) unlocked in a
# temporary directory: the headless keychain the tests use. Nothing of the user's keyring is
# touched; the temporary keyring is removed afterwards.
set -euo pipefail
if [ -z "${GHW_KEYRING_INNER:-}" ]; then
  tmp=$(mktemp -d /tmp/ghw-keyring.XXXXXX)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/data" "$tmp/run" "$tmp/config"
  chmod 700 "$tmp/run"
  status=0
  GHW_KEYRING_INNER=1 XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" \
    XDG_CONFIG_HOME="$tmp/config" dbus-run-session -- "$0" "$@" || status=$?
  exit $status
fi
# Inside the private bus: start the keyring daemon, unlocked with a throw-away password, and
# export what it prints (GNOME_KEYRING_CONTROL...).
eval "$(printf 'ghw-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# The daemon ends with the private bus when dbus-run-session returns.
exec "$@"
