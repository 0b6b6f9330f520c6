#include "plan/StepSnippets.h"

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
  timeout 30 gluster --mode=script peer status --xml 2>/dev/null | tr -d ' \t\r\n' |
    sed 's#</peer>#&\n#g' | grep -F "<hostname>$1</hostname>" | grep -qF '<connected>1</connected>'
}
)BASH");
}

QString StepSnippets::volumeBricks()
{
    return QStringLiteral(R"BASH(volume_bricks() {
  local xml
  xml=$(timeout 30 gluster --mode=script volume info "$1" --xml 2>/dev/null) || return 0
  printf '%s' "$xml" | tr -d '\r\n' | grep -o '<brick [^>]*>[^<]*' | sed 's/.*>//' || true
}
)BASH");
}

QString StepSnippets::hasSystemd()
{
    return QStringLiteral("has_systemd() { [ -d /run/systemd/system ]; }\n");
}
