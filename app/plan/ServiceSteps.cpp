#include "plan/ServiceSteps.h"

#include "facts/RequiredPackages.h"
#include "plan/ShellTemplate.h"
#include "plan/StepSnippets.h"

namespace {
const char *const kGlusterdCheck =
    R"BASH(if has_systemd; then systemctl is-enabled -q glusterd || exit 1; fi
timeout 30 gluster --mode=script pool list >/dev/null 2>&1
)BASH";
const char *const kGlusterdApply = R"BASH(if has_systemd; then
  systemctl enable --now glusterd
elif ! timeout 30 gluster --mode=script pool list >/dev/null 2>&1; then
  glusterd -p /var/run/glusterd.pid
fi
for _ in $(seq 1 60); do
  if timeout 10 gluster --mode=script pool list >/dev/null 2>&1; then exit 0; fi
  sleep 0.5
done
printf '%s\n' @MSG_SILENT@ >&2
exit 1
)BASH";
const char *const kGlusterdVerify = R"BASH(for _ in $(seq 1 20); do
  if timeout 10 gluster --mode=script pool list >/dev/null 2>&1; then exit 0; fi
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
} // namespace

Step ServiceSteps::glusterd(const PlanContext &context, int server)
{
    Step step;
    step.id = context.stepId("glusterd", server);
    step.title = tr("Enable and start glusterd");
    step.why = tr("The Gluster management daemon must run on every server, and start at boot, "
                  "before the servers can form a pool.");
    step.check = StepSnippets::hasSystemd() + QLatin1String(kGlusterdCheck);
    step.apply = StepSnippets::hasSystemd() +
                 ShellTemplate(QLatin1String(kGlusterdApply))
                     .set(QStringLiteral("MSG_SILENT"),
                          tr("glusterd was started but does not answer after 30 seconds; see "
                             "/var/log/glusterfs/glusterd.log on this server."))
                     .text();
    step.verify = QLatin1String(kGlusterdVerify);
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
