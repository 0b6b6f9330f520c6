#!/usr/bin/env bash
# deb_roundtrip.sh BUILD_DIR VERSION [LAB_SCRIPT]
# Builds the .deb with CPack (inside BUILD_DIR), installs it with apt-get, checks what was
# installed (the executable runs, the desktop file and AppStream metainfo validate, the icon
# and the man page are where the desktop and man(1) look), tries the packaged demo pair as a
# newcomer would (`demo up` refused without root; as root `demo up`, `apply` on the spec it
# prints, `health` HEALTHY, `demo down`), then purges it and checks that nothing is left.
# Needs root: it fails, never skips, without. The demo uses the machine's one lab: a lab that
# was up before (the lab fixture of other tests) is taken down first and brought up again
# afterwards with LAB_SCRIPT (the source tree's tests/lab/lab.sh).
set -euo pipefail
trap 'echo "FAIL: line $LINENO: a command failed (status $?)" >&2' ERR

build_dir=${1:?usage: deb_roundtrip.sh BUILD_DIR VERSION}
version=${2:?usage: deb_roundtrip.sh BUILD_DIR VERSION [LAB_SCRIPT]}
source_lab=${3:-}
pkg=gluster-ha-wizard
app_id=io.github.gluster_ha_wizard
exe=/usr/bin/gluster-ha-wizard
desktop_file=/usr/share/applications/$app_id.desktop
metainfo_file=/usr/share/metainfo/$app_id.metainfo.xml
icon_file=/usr/share/icons/hicolor/scalable/apps/$app_id.svg
man_file=/usr/share/man/man1/gluster-ha-wizard.1.gz
lab_file=/usr/lib/gluster-ha-wizard/lab.sh

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }
is_installed() { dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed'; }

[ "$(id -u)" -eq 0 ] ||
  fail "must run as root: it installs and removes a .deb (run 'ctest -L installer' as root)"
for tool in cpack dpkg dpkg-deb dpkg-query apt-get desktop-file-validate appstreamcli gzip \
            groff man ldd readelf; do
  command -v "$tool" >/dev/null || fail "'$tool' is missing: run scripts/install-deps.sh"
done
# Never replace an installation that this test did not make.
if is_installed; then
  fail "$pkg is already installed; remove it first (dpkg --purge $pkg)"
fi

installed_by_us=""
cleanup() {
  if [ -n "$installed_by_us" ] && is_installed; then
    echo "cleanup: purging $pkg" >&2
    dpkg --purge "$pkg" >/dev/null || true
  fi
}
trap cleanup EXIT

step "building the package with CPack"
out_dir="$build_dir/installer-test"
rm -rf "$out_dir"
mkdir -p "$out_dir"
(cd "$build_dir" && cpack -G DEB -B "$out_dir") || fail "cpack failed"
shopt -s nullglob
debs=("$out_dir"/"${pkg}_${version}"_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one ${pkg}_${version}_*.deb in $out_dir, found ${#debs[@]}"
deb=${debs[0]}
echo "$deb"

step "checking the package's control fields and contents"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$pkg" ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
depends=$(field Depends)
recommends=$(field Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
# has_relation "a (>= 1), b | c" b: is the package among the alternatives of the field?
has_relation() { tr ',|' '\n' <<<"$1" | sed 's/(.*)//; s/ //g' | grep -qxF "$2"; }
for needed in openssh-client libqt6widgets6 libqt6core6 qt6-qpa-plugins; do
  has_relation "$depends" "$needed" || fail "Depends lacks $needed"
done
has_relation "$recommends" gnome-keyring || fail "Recommends lacks gnome-keyring"
# What the demo pair runs and builds its servers with.
for needed in glusterfs-server glusterfs-client xfsprogs openssh-server apache2 curl sudo \
              iproute2 util-linux systemd-container pkexec; do
  has_relation "$recommends" "$needed" || fail "Recommends lacks $needed (the demo pair needs it)"
done
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
for file in "$exe" "$desktop_file" "$metainfo_file" "$icon_file" "$man_file" "$lab_file"; do
  grep -qx "$file" <<<"$contents" || fail "the package does not contain $file"
done
if grep -E '^/usr/(include|local)/|\.a$|/tst_' <<<"$contents"; then
  fail "the package contains development or test files (above)"
fi

step "installing with apt-get"
installed_by_us=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  -o DPkg::Lock::Timeout=120 "$deb" || fail "apt-get install $deb failed"
is_installed || fail "dpkg does not report $pkg as installed"

step "running $exe --version from the installed path"
version_line=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$exe" --version) ||
  fail "$exe --version exited with status $?"
[ "$version_line" = "gluster-ha-wizard $version" ] ||
  fail "$exe --version printed '$version_line'"

step "every library the executable links comes from a package in Depends"
ldd_out=$(ldd "$exe")
if grep -q 'not found' <<<"$ldd_out"; then
  fail "unresolved libraries: $(grep 'not found' <<<"$ldd_out")"
fi
# Only the direct links (NEEDED): the rest are the business of those libraries' packages.
needed=$(readelf -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || fail "readelf lists no NEEDED library of $exe"
for base in $needed; do
  # The dynamic loader is NEEDED when a linked library asks for it (libssh2's OpenSSL); ldd
  # prints it without "=>". It belongs to libc6, which every package depends on.
  case $base in ld-linux*) continue ;; esac
  path=$(awk -v lib="$base" '$1 == lib && $2 == "=>" {print $3}' <<<"$ldd_out")
  [ -n "$path" ] || fail "ldd does not resolve $base"
  # dpkg -S matches substrings, and knows /usr/lib/... where ldd may say /lib/...: keep the
  # owners of the same folder name and file (x86_64-linux-gnu/libc.so.6, not lib32/libc.so.6).
  tail="$(basename "$(dirname "$path")")/$base"
  owners=$(dpkg -S "$base" 2>/dev/null | while IFS= read -r line; do
    if [[ ${line#*: } == */"$tail" ]]; then echo "${line%%:*}"; fi
  done | sort -u | tr '\n' ' ')
  [ -n "$owners" ] || fail "no package owns $path"
  ok=""
  for owner in $owners; do
    if has_relation "$depends" "$owner"; then ok=1; fi
  done
  [ -n "$ok" ] || fail "$base comes from '$owners', which is not in Depends"
  echo "$base: $owners"
done

step "the window starts from the installed path (offscreen)"
QT_QPA_PLATFORM=offscreen "$exe" &
gui_pid=$!
sleep 2
kill -0 "$gui_pid" 2>/dev/null || { wait "$gui_pid" || true; fail "the window exited at once"; }
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true

step "the demo pair from the installed package"
[ -x "$lab_file" ] || fail "$lab_file is not executable"
cmp -s "$lab_file" "$(dirname "$(readlink -f "$0")")/../lab/lab.sh" ||
  fail "$lab_file is not the source tree's tests/lab/lab.sh (one lab, not two copies)"
# Without root: exit 2, the command to run, and nothing created.
refused_state=$(mktemp -d)
chmod 755 "$refused_state"
status=0
refusal=$(runuser -u nobody -- env GHW_LAB_STATE="$refused_state/lab" "$exe" demo up 2>&1) ||
  status=$?
[ "$status" -eq 2 ] || fail "demo up as nobody: exit $status, expected 2: $refusal"
grep -Eq "needs root.*(sudo |su -c '?)gluster-ha-wizard demo up" <<<"$refusal" ||
  fail "demo up as nobody does not name the command to run: $refusal"
[ ! -e "$refused_state/lab" ] || fail "demo up as nobody created $refused_state/lab"
rmdir "$refused_state"
echo "as nobody: $refusal"
# The machine's lab may be up (the lab fixture): the demo is that same lab, so it goes first.
lab_was_up=""
if "$lab_file" status | grep -q '^== server'; then
  lab_was_up=1
  "$exe" demo down || fail "demo down of the lab that was up failed"
fi
demo_out=$("$exe" demo up) || fail "demo up failed: $demo_out"
echo "$demo_out"
spec=$(sed -n 's/^Spec: //p' <<<"$demo_out")
known_hosts=$(sed -n 's/^Known hosts: //p' <<<"$demo_out")
[ -r "$spec" ] && [ -r "$known_hosts" ] ||
  fail "demo up did not print a readable spec and known_hosts: $demo_out"
# Captured first: grep -q stops reading at its match, and under pipefail the status command's
# SIGPIPE on its later lines (each node's processes) would fail the pipe.
demo_status=$("$exe" demo status) || fail "demo status failed: $demo_status"
grep -q '^== server02' <<<"$demo_status" || fail "demo status does not show server02: $demo_status"
"$exe" apply "$spec" --yes --accept-split-brain-risk --known-hosts "$known_hosts" ||
  fail "apply on the demo pair failed"
health=$(LC_ALL=C.UTF-8 LANGUAGE='' "$exe" health "$spec" --known-hosts "$known_hosts") ||
  fail "health on the demo pair: exit $?: $health"
grep -q 'HEALTHY' <<<"$health" || fail "health is not HEALTHY: $health"
echo "$health" | tail -n 1
"$exe" demo down || fail "demo down failed"
"$lab_file" verify-clean || fail "demo down left something (above)"
[ ! -e "$(dirname "$spec")" ] || fail "demo down left $(dirname "$spec")"

step "validating the installed desktop file and AppStream metainfo"
remarks=$(desktop-file-validate "$desktop_file" 2>&1) || fail "desktop-file-validate: $remarks"
[ -z "$remarks" ] || fail "desktop-file-validate remarks: $remarks"
appstreamcli validate --no-net --strict "$metainfo_file" || fail "appstreamcli rejects $metainfo_file"
exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop_file")
[ "$(command -v "$exec_cmd")" = "$exe" ] || fail "Exec=$exec_cmd does not start $exe"
icon_name=$(sed -n 's/^Icon=//p' "$desktop_file")
[ -f "/usr/share/icons/hicolor/scalable/apps/$icon_name.svg" ] ||
  fail "Icon=$icon_name is not in the hicolor theme"
grep -q '<svg' "$icon_file" || fail "$icon_file is not an SVG image"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo_file" ||
  fail "the metainfo does not launch $app_id.desktop"
grep -q "<release version=\"$version\"" "$metainfo_file" ||
  fail "the metainfo has no release $version"

step "checking the man page"
gzip -t "$man_file" || fail "$man_file is not valid gzip"
[ "$(man -w gluster-ha-wizard)" = "$man_file" ] || fail "man does not find $man_file"
warnings=$(zcat "$man_file" | groff -man -ww -z 2>&1) || fail "groff failed: $warnings"
[ -z "$warnings" ] || fail "groff warns about the man page: $warnings"
man_text=$(zcat "$man_file" | groff -man -Tascii -P-cbou 2>/dev/null)
for word in check plan export apply health adopt --volume --known-hosts --accept-new-host-keys --secret-file \
            --wipe --json "EXIT STATUS" "gluster-ha-wizard $version"; do
  grep -qF -- "$word" <<<"$man_text" || fail "the man page does not mention '$word'"
done

step "removing the package"
files=$(dpkg-query -L "$pkg" | while read -r path; do [ -d "$path" ] || echo "$path"; done)
dpkg --purge "$pkg" || fail "dpkg --purge $pkg failed"
installed_by_us=""
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -qv 'not-installed'; then
  fail "dpkg still knows $pkg: $(dpkg-query -W -f='${Status}' "$pkg")"
fi
for path in $files; do
  [ ! -e "$path" ] || fail "$path is still there after removal"
done
[ ! -e "$exe" ] || fail "$exe is still there"

if [ -n "$lab_was_up" ]; then
  [ -n "$source_lab" ] || fail "a lab was up before, and no LAB_SCRIPT to bring it up again"
  step "bringing the lab up again as it was ($source_lab up)"
  "$source_lab" up >/dev/null || fail "$source_lab up failed"
fi

echo "deb round trip passed: $(basename "$deb")"
