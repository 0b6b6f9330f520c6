#include "plan/ServiceSteps.h"

#include "facts/RequiredPackages.h"
#include "shell/RemoteReads.h"
#include "shell/ShellTemplate.h"
#include "shell/StepSnippets.h"

namespace {
const char *const kGlusterdCheck =
    R"BASH(if has_systemd; then systemctl is-enabled -q glusterd || exit 1; fi
@POOL_LIST@ >/dev/null 2>&1
)BASH";
const char *const kGlusterdApply = R"BASH(if has_systemd; then
  systemctl enable --now glusterd
elif ! @POOL_LIST@ >/dev/null 2>&1; then
  glusterd -p /var/run/glusterd.pid
fi
for _ in $(seq 1 60); do
  if @POOL_LIST_QUICK@ >/dev/null 2>&1; then exit 0; fi
  sleep 0.5
done
printf '%s\n' @MSG_SILENT@ >&2
exit 1
)BASH";
const char *const kGlusterdVerify = R"BASH(for _ in $(seq 1 20); do
  if @POOL_LIST_QUICK@ >/dev/null 2>&1; then exit 0; fi
  sleep 0.5
done
exit 1
)BASH";

const char *const kWebRunning = R"BASH(service=@SERVICE@
pidfile=@PIDFILE@
web_running() {
  if has_systemd; then
    systemctl is-enabled -q "$service" && systemctl is-active -q "$service"
  else
    [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
  fi
}
)BASH";
const char *const kWebApply = R"BASH(if has_systemd; then
  systemctl enable --now "$service"
else
  @CTL@ start
fi
)BASH";
const char *const kWebVerify = R"BASH(for _ in $(seq 1 20); do
  if web_running; then exit 0; fi
  sleep 0.5
done
exit 1
)BASH";
// A drop-in of the web server's unit: systemd starts it only once the volume is mounted (and
// orders it after the mount), and not at all when the mount fails.
const char *const kWebMountFacts = R"BASH(service=@SERVICE@
mnt=@MNT@
dir=/etc/systemd/system/$service.service.d
file=$dir/@FILE@
content=@CONTENT@
in_effect() {
  [ "$(cat "$file" 2>/dev/null)" = "$content" ] &&
    systemctl show -p RequiresMountsFor --value "$service" | tr ' ' '\n' | grep -qxF "$mnt"
}
)BASH";
const char *const kWebMountCheck = R"BASH(if ! has_systemd; then exit 0; fi
in_effect
)BASH";
const char *const kWebMountApply = R"BASH(mkdir -p "$dir"
printf '%s\n' "$content" > "$file"
systemctl daemon-reload
)BASH";
// The glusterd templates with the catalogue's "does glusterd answer" read: bounded by the
// default policy once, by 10 s in the polling loops.
QString withPoolList(const char *text)
{
    return QString::fromLatin1(text)
        .replace(QStringLiteral("@POOL_LIST_QUICK@"), RemoteReads::poolList(10))
        .replace(QStringLiteral("@POOL_LIST@"), RemoteReads::poolList());
}
} // namespace

Step ServiceSteps::glusterd(const PlanContext &context, int server)
{
    Step step;
    step.id = context.stepId("glusterd", server);
    step.title = tr("Enable and start glusterd");
    step.why = tr("The Gluster management daemon must run on every server, and start at boot, "
                  "before the servers can form a pool.");
    step.check = StepSnippets::hasSystemd() + withPoolList(kGlusterdCheck);
    step.apply = StepSnippets::hasSystemd() +
                 ShellTemplate(withPoolList(kGlusterdApply))
                     .set(QStringLiteral("MSG_SILENT"),
                          tr("glusterd was started but does not answer after 30 seconds; see "
                             "/var/log/glusterfs/glusterd.log on this server."))
                     .text();
    step.verify = withPoolList(kGlusterdVerify);
    return step;
}

QString ServiceSteps::webMountDropInName()
{
    return QStringLiteral("gluster-ha-wizard-mount.conf");
}

Step ServiceSteps::webWaitsForMount(const PlanContext &context, int server)
{
    const QString service = RequiredPackages::webService(context.factsOf(server).family());
    const QString &mountPath = context.spec.mount.path;
    const QString content =
        QLatin1String("# Gluster HA Wizard: serve ") + mountPath +
        QLatin1String(
            " only once the Gluster volume is mounted there.\n[Unit]\nRequiresMountsFor=") +
        mountPath;
    const QString facts =
        StepSnippets::hasSystemd() + ShellTemplate(QLatin1String(kWebMountFacts))
                                         .set(QStringLiteral("SERVICE"), service)
                                         .set(QStringLiteral("MNT"), mountPath)
                                         .set(QStringLiteral("FILE"), webMountDropInName())
                                         .set(QStringLiteral("CONTENT"), content)
                                         .text();
    Step step;
    step.id = context.stepId("web-waits-for-mount", server);
    step.title = tr("Start the web server (%1) only once the volume is mounted").arg(service);
    step.why =
        tr("At boot, Apache must not serve the empty directory under %1 (or a default page) while "
           "the volume is not mounted yet, or not at all. A systemd drop-in with "
           "RequiresMountsFor=%1 starts %2 after the volume's mount and not at all when the mount "
           "fails: then this server does not answer, the other one serves the site, and health "
           "says why (After= alone would only order the start, and still serve the empty "
           "directory when the mount fails). Once the volume is mounted later (mount %1), start "
           "%2 again. Without systemd (some containers) there is no unit to extend: "
           "the step does not apply there and its check passes.")
            .arg(mountPath, service);
    step.check = facts + QLatin1String(kWebMountCheck);
    step.apply = facts + QLatin1String(kWebMountApply);
    step.verify = step.check;
    return step;
}

Step ServiceSteps::webServer(const PlanContext &context, int server)
{
    const OsFamily family = context.factsOf(server).family();
    const QString service = RequiredPackages::webService(family);
    const QString running =
        StepSnippets::hasSystemd() +
        ShellTemplate(QLatin1String(kWebRunning))
            .set(QStringLiteral("SERVICE"), service)
            .set(QStringLiteral("PIDFILE"), RequiredPackages::webPidFile(family))
            .text();
    const QString control =
        family == OsFamily::Fedora ? QStringLiteral("apachectl") : QStringLiteral("apache2ctl");
    Step step;
    step.id = context.stepId("web", server);
    step.title = tr("Enable and start the web server (%1)").arg(service);
    step.why = tr("Each server serves the replicated %1 over HTTP, so either can answer when "
                  "the other is down.")
                   .arg(context.spec.mount.path);
    step.check = running + QStringLiteral("web_running\n");
    step.apply = running +
                 ShellTemplate(QLatin1String(kWebApply)).set(QStringLiteral("CTL"), control).text();
    step.verify = running + QLatin1String(kWebVerify);
    return step;
}
