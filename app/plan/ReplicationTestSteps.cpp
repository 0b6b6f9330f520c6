#include "plan/ReplicationTestSteps.h"

#include "shell/ShellTemplate.h"
#include "spec/FieldRules.h"

namespace {
// The test never writes over a file that was there before: when the spec's test file already
// holds other content (the site's own home page), the write step uses a uniquely named file of
// its own beside it. The record file, in the volume's root (not served), names the file in use
// (relative to the mount path) so that every other step, on every server, reads the same one.
const char *const kFileFacts = R"BASH(mnt=@MNT@
file=@FILE@
record="$mnt/"@RECORD@
test_file() {
  local f
  [ -f "$record" ] || return 1
  f=$(head -n 1 "$record")
  case $f in "$(dirname "$file")"/* | "$file") ;; *) return 1 ;; esac
  case $f in *..*) return 1 ;; esac
  printf '%s\n' "$f"
}
)BASH";
const char *const kContentFacts = R"BASH(content=@CONTENT@
on_volume() { findmnt -rn -M "$mnt" -o FSTYPE | tail -n 1 | grep -qx fuse.glusterfs; }
has_content() {
  local f
  on_volume && f=$(test_file) && [ -f "$mnt/$f" ] && [ "$(cat "$mnt/$f")" = "$content" ]
}
)BASH";
const char *const kWriteApply =
    R"BASH(if ! on_volume; then printf @MSG_NOT_MOUNTED@ "$mnt" >&2; exit 1; fi
target=$file
if { [ -e "$mnt/$file" ] || [ -L "$mnt/$file" ]; } &&
  ! { [ -f "$mnt/$file" ] && [ "$(cat "$mnt/$file")" = "$content" ]; }; then
  ext=${file##*/}
  case $ext in ?*.*) ext=.${ext##*.} ;; *) ext='' ;; esac
  mkdir -p "$mnt/$(dirname "$file")"
  path=$(mktemp --suffix="$ext" "$mnt/$(dirname "$file")/gluster-ha-wizard-test-XXXXXXXX")
  chmod 0644 "$path"
  target=${path#"$mnt/"}
  printf @MSG_KEPT@ "$mnt/$file" "$mnt/$target"
fi
mkdir -p "$(dirname "$mnt/$target")"
printf '%s\n' "$content" > "$mnt/$target"
printf '%s\n' "$target" > "$record.tmp"
mv -f "$record.tmp" "$record"
)BASH";
// Replication is immediate for a replica volume, but the FUSE client may cache a negative
// lookup for a second: wait briefly rather than fail at once.
const char *const kWaitForContent = R"BASH(for _ in $(seq 1 60); do
  if has_content; then exit 0; fi
  sleep 0.5
done
printf @MSG_MISSING@ "$mnt/$(test_file || printf '%s' "$file")" >&2
exit 1
)BASH";

const char *const kHttpFacts = R"BASH(content=@CONTENT@
base=@BASE@
url() { local f; f=$(test_file) || return 1; printf '%s%s\n' "$base" "${f#html/}"; }
served() {
  local u
  u=$(url) && [ "$(curl -fsS --noproxy '*' -m 10 "$u" 2>/dev/null)" = "$content" ]
}
)BASH";
const char *const kWaitForHttp = R"BASH(for _ in $(seq 1 20); do
  if served; then exit 0; fi
  sleep 0.5
done
u=$(url || printf '%s%s' "$base" "${file#html/}")
curl -sS --noproxy '*' -m 10 -o /dev/null -w 'HTTP %{http_code}\n' "$u" >&2 || true
printf @MSG_NOT_SERVED@ "$u" >&2
exit 1
)BASH";

// The file in use is removed unless it is the spec's own test file (no page was there before:
// it stays, as the seed's index.html does).
const char *const kCleanupCheck = R"BASH([ ! -e "$record" ] || [ "$(test_file)" = "$file" ]
)BASH";
const char *const kCleanupApply = R"BASH(if f=$(test_file) && [ "$f" != "$file" ]; then
  rm -f -- "$mnt/$f"
  printf @MSG_REMOVED@ "$mnt/$f"
fi
rm -f -- "$record"
)BASH";

// The test file in use (test_file), as the record names it.
QString recordFacts(const PlanContext &context)
{
    return ShellTemplate(QLatin1String(kFileFacts))
        .set(QStringLiteral("MNT"), context.spec.mount.path)
        .set(QStringLiteral("FILE"), context.spec.web.testFile)
        .set(QStringLiteral("RECORD"), ReplicationTestSteps::recordFile())
        .text();
}

// ... and whether it holds the test content through the volume (has_content).
QString fileFacts(const PlanContext &context)
{
    return recordFacts(context) + ShellTemplate(QLatin1String(kContentFacts))
                                      .set(QStringLiteral("CONTENT"), context.spec.web.testContent)
                                      .text();
}

QString baseUrl(const PlanContext &context, int server)
{
    QString host = context.server(server).publicAddress;
    if (FieldRules::isIPv6(host))
        host = QLatin1Char('[') + FieldRules::canonicalAddress(host) + QLatin1Char(']');
    return QStringLiteral("http://%1/").arg(host);
}
} // namespace

QString ReplicationTestSteps::recordFile()
{
    return QStringLiteral(".gluster-ha-wizard-test");
}

Step ReplicationTestSteps::write(const PlanContext &context)
{
    Step step;
    step.id = context.stepId("test-write", 0);
    step.title = tr("Write the test file %1 through the volume").arg(context.spec.web.testFile);
    step.why = tr("A file written on one server must appear on the others and on the web. A "
                  "file that is already there with other content (the site's own page) is "
                  "never overwritten: the test then writes a file of its own beside it and "
                  "removes it afterwards.");
    step.check = fileFacts(context) + QStringLiteral("has_content\n");
    step.apply =
        fileFacts(context) +
        ShellTemplate(QLatin1String(kWriteApply))
            .set(QStringLiteral("MSG_NOT_MOUNTED"), tr("The volume is not mounted at %s.\n"))
            .set(QStringLiteral("MSG_KEPT"),
                 tr("%s already holds other content (the site's own page): it is left "
                    "as it is; the test writes %s instead and removes it "
                    "afterwards.\n"))
            .text();
    step.verify = step.check;
    return step;
}

Step ReplicationTestSteps::read(const PlanContext &context, int server)
{
    const QString wait = ShellTemplate(QLatin1String(kWaitForContent))
                             .set(QStringLiteral("MSG_MISSING"),
                                  tr("%s does not show the test content: replication is not "
                                     "working.\n"))
                             .text();
    Step step;
    step.id = context.stepId("test-read", server);
    step.title = tr("Read the test file on %1").arg(context.server(server).name);
    step.why =
        tr("Proves that what %1 wrote is replicated to this server.").arg(context.server(0).name);
    step.verifies = tr("read back on %1").arg(context.server(server).name);
    step.check = fileFacts(context) + QStringLiteral("has_content\n");
    step.apply = fileFacts(context) + wait;
    step.verify = step.check;
    return step;
}

QString ReplicationTestSteps::testUrl(const PlanContext &context, int server)
{
    const QString path = context.spec.web.testFile.mid(int(qstrlen("html/")));
    return baseUrl(context, server) + path;
}

Step ReplicationTestSteps::http(const PlanContext &context, int server)
{
    const QString facts =
        recordFacts(context) + ShellTemplate(QLatin1String(kHttpFacts))
                                   .set(QStringLiteral("CONTENT"), context.spec.web.testContent)
                                   .set(QStringLiteral("BASE"), baseUrl(context, server))
                                   .text();
    Step step;
    step.id = context.stepId("test-http", server);
    step.title = tr("Fetch the test file over HTTP from %1").arg(baseUrl(context, server));
    step.why = tr("Proves that the web server on %1 serves the replicated content on its "
                  "public address.")
                   .arg(context.server(server).name);
    step.verifies = tr("the test content served over HTTP by %1").arg(context.server(server).name);
    step.check = facts + QStringLiteral("served\n");
    step.apply = facts + ShellTemplate(QLatin1String(kWaitForHttp))
                             .set(QStringLiteral("MSG_NOT_SERVED"),
                                  tr("%s does not serve the test content.\n"))
                             .text();
    step.verify = step.check;
    return step;
}

Step ReplicationTestSteps::cleanup(const PlanContext &context)
{
    Step step;
    step.id = context.stepId("test-cleanup", 0);
    step.title = tr("Remove the test's own file");
    step.why = tr("When the site already had its own %1, the test used a file of its own: it is "
                  "removed once every server has read and served it. The spec's test file "
                  "written where there was none stays.")
                   .arg(context.spec.web.testFile);
    step.check = recordFacts(context) + QLatin1String(kCleanupCheck);
    step.apply = recordFacts(context) +
                 ShellTemplate(QLatin1String(kCleanupApply))
                     .set(QStringLiteral("MSG_REMOVED"), tr("Removed the test file %s.\n"))
                     .text();
    step.verify = step.check;
    return step;
}
