#include "shell/StepSnippets.h"

#include "shell/RemoteReads.h"

QString StepSnippets::appendLine()
{
    return QStringLiteral(R"BASH(append_line() {
  if [ -s "$1" ] && [ -n "$(tail -c 1 "$1")" ]; then echo >> "$1"; fi
  printf '%s\n' "$2" >> "$1"
}
)BASH");
}

QString StepSnippets::glusterRetry()
{
    return QStringLiteral(R"BASH(gl() {
  local out i
  for i in 1 2 3 4 5; do
    if out=$(timeout 120 gluster --mode=script "$@" 2>&1); then
      printf '%s\n' "$out"
      return 0
    fi
    case $out in
      *'Another transaction is in progress'*) sleep "$((i * 2))" ;;
      *) break ;;
    esac
  done
  printf '%s\n' "$out" >&2
  return 1
}
)BASH");
}

QString StepSnippets::peerConnected()
{
    return QStringLiteral(R"BASH(peer_connected() {
  @READ@ 2>/dev/null | tr -d ' \t\r\n' |
    sed 's#</peer>#&\n#g' | grep -F "<hostname>$1</hostname>" | grep -qF '<connected>1</connected>'
}
)BASH")
        .replace(QStringLiteral("@READ@"), RemoteReads::peerStatus());
}

QString StepSnippets::volumeBricks()
{
    return QStringLiteral(R"BASH(volume_bricks() {
  local xml
  xml=$(@READ@ 2>/dev/null) || return 0
  printf '%s' "$xml" | tr -d '\r\n' | grep -o '<brick [^>]*>[^<]*' | sed 's/.*>//' || true
}
)BASH")
        .replace(QStringLiteral("@READ@"), RemoteReads::volumeInfo(QStringLiteral("\"$1\"")));
}

QString StepSnippets::hasSystemd()
{
    return QStringLiteral("has_systemd() { [ -d /run/systemd/system ]; }\n");
}

QString StepSnippets::diskIdentity()
{
    return QStringLiteral(R"BASH(disk_identity() {
  local member index=0
  lsblk -bdno SIZE "$1" >/dev/null || return 1
  printf 'size=%s serial=%s wwn=%s' "$(lsblk -bdno SIZE "$1" | tr -d ' ')" \
    "$(lsblk -dno SERIAL "$1" | tr -d ' ')" "$(lsblk -dno WWN "$1" | tr -d ' ')"
  printf ' ptuuid=%s' "$(blkid -p -s PTUUID -o value "$1" 2>/dev/null)"
  for member in "$1" $(lsblk -nlpo NAME "$1" | tail -n +2); do
    wipefs --no-act --noheadings --output TYPE,OFFSET,UUID "$member" 2>/dev/null |
      awk -v p="$index" '{printf " %s:%s@%s%s", p, $1, $2, (NF > 2 ? "=" $3 : "")}'
    index=$((index + 1))
  done
  printf '\n'
}
)BASH");
}

QString StepSnippets::diskSystemUses()
{
    return QStringLiteral(R"BASH(same_block_device() {
  [ -b "$1" ] && [ -b "$2" ] && [ "$(stat -Lc %t:%T "$1")" = "$(stat -Lc %t:%T "$2")" ]
}
disk_system_uses() {
  local member key value type uuid label ptype partuuid partlabel majmin file field source
  lsblk -nlpo NAME "$1" >/dev/null || return 1
  for member in "$1" $(lsblk -nlpo NAME "$1" | tail -n +2); do
    type='' uuid='' label='' ptype='' partuuid='' partlabel=''
    while IFS='=' read -r key value; do
      case $key in
        TYPE) type=$value ;;
        UUID) uuid=$value ;;
        LABEL) label=$value ;;
        PART_ENTRY_TYPE) ptype=$value ;;
        PART_ENTRY_UUID) partuuid=$value ;;
        PART_ENTRY_NAME) partlabel=$value ;;
      esac
    done < <(blkid -p -o export "$member" 2>/dev/null)
    case ${ptype,,} in
      c12a7328-f81f-11d2-ba4b-00a0c93ec93b | 0xef) echo "efi-system-partition $member" ;;
    esac
    case $type in
      LVM2_member) echo "lvm-physical-volume $member" ;;
      *_raid_member) echo "raid-member $member" ;;
    esac
    majmin=$(lsblk -dno MAJ:MIN "$member" | tr -d ' ')
    if [ -n "$(ls -A "/sys/dev/block/$majmin/holders" 2>/dev/null)" ]; then
      echo "held-by-device $member"
    fi
    while read -r source; do
      if same_block_device "$source" "$member"; then echo "active-swap $member"; fi
    done < <(awk 'NR > 1 {print $1}' /proc/swaps 2>/dev/null)
    for file in /etc/fstab /etc/crypttab; do
      field=1
      if [ "$file" = /etc/crypttab ]; then field=2; fi
      [ -r "$file" ] || continue
      while read -r source; do
        source=${source//\"/}
        case $source in
          UUID=*) value=$uuid source=${source#UUID=} ;;
          LABEL=*) value=$label source=${source#LABEL=} ;;
          PARTUUID=*) value=$partuuid source=${source#PARTUUID=} ;;
          PARTLABEL=*) value=$partlabel source=${source#PARTLABEL=} ;;
          /*)
            value=$member
            if same_block_device "$source" "$member"; then source=$member; fi
            ;;
          *) continue ;;
        esac
        if [ -n "$value" ] && [ "${source,,}" = "${value,,}" ]; then
          echo "in-${file#/etc/} $member"
        fi
      done < <(awk -v f="$field" '$1 !~ /^#/ && NF >= f {print $f}' "$file")
    done
  done
  return 0
}
)BASH");
}
