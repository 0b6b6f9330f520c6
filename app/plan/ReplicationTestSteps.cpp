#include "plan/ReplicationTestSteps.h"

#include "plan/ShellTemplate.h"
#include "spec/FieldRules.h"

namespace {
const char *const kFileFacts = R"BASH(mnt=@MNT@
file="$mnt/"@FILE@
content=@CONTENT@
has_content() {
  findmnt -rn -M "$mnt" -o FSTYPE | tail -n 1 | grep -qx fuse.glusterfs &&
    [ -f "$file" ] && [ "$(cat "$file")" = "$content" ]
}
)BASH";
const char *const kWriteApply = R"BASH(mkdir -p "$(dirname "$file")"
printf '%s\n' "$content" > "$file"
)BASH";
// Replication is immediate for a replica volume, but the FUSE client may cache a negative
// lookup for a second: wait briefly rather than fail at once.
const char *const kWaitForContent = R"BASH(for _ in $(seq 1 60); do
  if has_content; then exit 0; fi
  sleep 0.5
done
printf @MSG_MISSING@ "$file" >&2
exit 1
)BASH";

const char *const kHttpFacts = R"BASH(url=@URL@
content=@CONTENT@
served() { [ "$(curl -fsS --noproxy '*' -m 10 "$url" 2>/dev/null)" = "$content" ]; }
)BASH";
const char *const kWaitForHttp = R"BASH(for _ in $(seq 1 20); do
  if served; then exit 0; fi
  sleep 0.5
done
curl -sS --noproxy '*' -m 10 -o /dev/null -w 'HTTP %{http_code}\n' "$url" >&2 || true
printf @MSG_NOT_SERVED@ "$url" >&2
exit 1
)BASH";

QString fileFacts(const PlanContext &context)
{
    return ShellTemplate(QLatin1String(kFileFacts))
        .set(QStringLiteral("MNT"), context.spec.mount.path)
        .set(QStringLiteral("FILE"), context.spec.web.testFile)
        .set(QStringLiteral("CONTENT"), context.spec.web.testContent)
        .text();
}
} // namespace

Step ReplicationTestSteps::write(const PlanContext &context)
{
    Step step;
    step.id = context.stepId("test-write", 0);
    step.title = tr("Write the test file %1 through the volume").arg(context.spec.web.testFile);
    step.why = tr("A file written on one server must appear on the others and on the web.");
    step.check = fileFacts(context) + QStringLiteral("has_content\n");
    step.apply = fileFacts(context) + QLatin1String(kWriteApply);
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
    QString host = context.server(server).publicAddress;
    if (FieldRules::isIPv6(host))
        host = QLatin1Char('[') + FieldRules::canonicalAddress(host) + QLatin1Char(']');
    const QString path = context.spec.web.testFile.mid(int(qstrlen("html/")));
    return QStringLiteral("http://%1/%2").arg(host, path);
}

Step ReplicationTestSteps::http(const PlanContext &context, int server)
{
    const QString facts = ShellTemplate(QLatin1String(kHttpFacts))
                              .set(QStringLiteral("URL"), testUrl(context, server))
                              .set(QStringLiteral("CONTENT"), context.spec.web.testContent)
                              .text();
    Step step;
    step.id = context.stepId("test-http", server);
    step.title = tr("Fetch the test file over HTTP from %1").arg(testUrl(context, server));
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
