#include "plan/ClusterSteps.h"

#include "plan/FailoverOptions.h"
#include "shell/RemoteReads.h"
#include "shell/ShellTemplate.h"
#include "shell/StepSnippets.h"

namespace {
const char *const kProbeCheck = R"BASH(peers=(@PEERS@)
for p in "${peers[@]}"; do
  peer_connected "$p" || exit 1
done
)BASH";
const char *const kProbeApply = R"BASH(peers=(@PEERS@)
for p in "${peers[@]}"; do
  gl peer probe "$p"
done
for _ in $(seq 1 120); do
  all=yes
  for p in "${peers[@]}"; do peer_connected "$p" || all=no; done
  if [ "$all" = yes ]; then exit 0; fi
  sleep 0.5
done
printf @MSG_NOT_CONNECTED@ @PEER_LIST@ >&2
exit 1
)BASH";

const char *const kVolumeFacts = R"BASH(vol=@VOL@
bricks=(@BRICKS@)
want=$(printf '%s\n' "${bricks[@]}")
have=$(volume_bricks "$vol")
)BASH";
const char *const kCreateCheck = R"BASH([ -n "$have" ] || exit 1
[ "$have" = "$want" ]
)BASH";
const char *const kCreateApply = R"BASH(if [ -n "$have" ]; then
  if [ "$have" = "$want" ]; then exit 0; fi
  printf @MSG_OTHER_BRICKS@ "$vol" "$(tr '\n' ' ' <<< "$have")" >&2
  exit 1
fi
gl volume create "$vol" @LAYOUT@ "${bricks[@]}"
)BASH";

// Pairs of name and value; option_differs NAME VALUE asks glusterd for the value in effect.
const char *const kOptionsFacts = R"BASH(vol=@VOL@
options=(@OPTIONS@)
option_differs() {
  local have
  have=$(@READ_OPTION@ 2>/dev/null |
    awk -v o="$1" '$1 == o {print $2}')
  [ "$have" != "$2" ]
}
)BASH";
const char *const kOptionsCheck = R"BASH(for ((i = 0; i < ${#options[@]}; i += 2)); do
  if option_differs "${options[i]}" "${options[i + 1]}"; then exit 1; fi
done
)BASH";
const char *const kOptionsApply = R"BASH(for ((i = 0; i < ${#options[@]}; i += 2)); do
  if option_differs "${options[i]}" "${options[i + 1]}"; then
    gl volume set "$vol" "${options[i]}" "${options[i + 1]}"
  fi
done
)BASH";

const char *const kStartCheck = R"BASH(vol=@VOL@
@READ@ 2>/dev/null |
  grep -q '<statusStr>Started</statusStr>'
)BASH";
const char *const kStartApply = "gl volume start @VOL@\n";

// A step that sets volume options (name and value pairs) where they differ from what is in effect.
Step optionsStep(const PlanContext &context, const char *kind,
                 const QList<FailoverOptions::Option> &list)
{
    QStringList options;
    for (const FailoverOptions::Option &option : list)
        options << option.name << option.value;
    const QString facts =
        ShellTemplate(QString::fromLatin1(kOptionsFacts)
                          .replace(QStringLiteral("@READ_OPTION@"),
                                   RemoteReads::volumeOption(QStringLiteral("\"$vol\""),
                                                             QStringLiteral("\"$1\""))))
            .set(QStringLiteral("VOL"), context.spec.volume.name)
            .setList(QStringLiteral("OPTIONS"), options)
            .text();
    Step step;
    step.id = context.stepId(kind, 0);
    step.check = facts + QLatin1String(kOptionsCheck);
    step.apply = StepSnippets::glusterRetry() + facts + QLatin1String(kOptionsApply);
    step.verify = step.check;
    return step;
}

Step probeStep(const PlanContext &context, int server, const QStringList &peers)
{
    Step step;
    step.id = context.stepId("peer-probe", server);
    step.check =
        StepSnippets::peerConnected() +
        ShellTemplate(QLatin1String(kProbeCheck)).setList(QStringLiteral("PEERS"), peers).text();
    step.apply = StepSnippets::glusterRetry() + StepSnippets::peerConnected() +
                 ShellTemplate(QLatin1String(kProbeApply))
                     .setList(QStringLiteral("PEERS"), peers)
                     .set(QStringLiteral("PEER_LIST"), peers.join(QLatin1Char(' ')))
                     .set(QStringLiteral("MSG_NOT_CONNECTED"),
                          ClusterSteps::tr("Peers not connected after 60 seconds: %s. Check "
                                           "that glusterd runs there and that TCP 24007 is "
                                           "open between the private addresses.\n"))
                     .text();
    step.verify = step.check;
    return step;
}
} // namespace

Step ClusterSteps::peerProbe(const PlanContext &context)
{
    const QStringList peers = context.privateNamesExcept(0);
    Step step = probeStep(context, 0, peers);
    step.title = tr("Join the servers into one Gluster pool");
    step.why = tr("A volume can only span servers of one trusted pool; peers are probed by "
                  "their private names and must show as connected, not only \"in cluster\".");
    return step;
}

Step ClusterSteps::peerProbeBack(const PlanContext &context, int server)
{
    Step step = probeStep(context, server, {context.server(0).privateName});
    step.title = tr("Confirm %1 knows %2 by its private name")
                     .arg(context.server(server).name, context.server(0).name);
    step.why = tr("A server that was probed may know the prober only by its address; probing "
                  "back by name fixes that, and is a no-op when it is already so.");
    return step;
}

Step ClusterSteps::volumeCreate(const PlanContext &context)
{
    QStringList bricks;
    for (int i = 0; i < context.serverCount(); ++i)
        bricks << context.server(i).glusterBrick();
    const QString facts =
        StepSnippets::volumeBricks() + ShellTemplate(QLatin1String(kVolumeFacts))
                                           .set(QStringLiteral("VOL"), context.spec.volume.name)
                                           .setList(QStringLiteral("BRICKS"), bricks)
                                           .text();
    QStringList layout{QStringLiteral("replica"), QString::number(context.spec.volume.replica)};
    Step step;
    step.id = context.stepId("volume-create", 0);
    step.title = tr("Create the replicated volume %1").arg(context.spec.volume.name);
    step.why = tr("One brick on each server, every file stored on all of them (replica %1). "
                  "An existing volume of that name is accepted only with exactly these bricks.")
                   .arg(context.spec.volume.replica);
    if (context.spec.hasArbiter()) {
        layout << QStringLiteral("arbiter") << QStringLiteral("1");
        step.why =
            tr("Every file is stored on the two data servers; the arbiter %1 keeps only its name "
               "and metadata (replica 3 arbiter 1: Gluster makes the last brick the arbiter). "
               "With three bricks a majority decides which copy is right, so a server cut off "
               "from the others cannot write a second truth. An existing volume of that name is "
               "accepted only with exactly these bricks.")
                .arg(context.server(context.spec.arbiterIndex()).name);
    }
    step.check = facts + QLatin1String(kCreateCheck);
    step.apply = StepSnippets::glusterRetry() + facts +
                 ShellTemplate(QLatin1String(kCreateApply))
                     .setList(QStringLiteral("LAYOUT"), layout)
                     .set(QStringLiteral("MSG_OTHER_BRICKS"),
                          tr("Volume %s already exists with other bricks (%s); it is left "
                             "untouched. Choose another volume name or remove that volume.\n"))
                     .text();
    step.verify = step.check;
    return step;
}

Step ClusterSteps::volumeOptions(const PlanContext &context)
{
    Step step = optionsStep(context, "volume-options", FailoverOptions::all());
    step.title = tr("Set the volume options for failover within seconds");
    step.why =
        tr("When a server goes silent (power cut, dead network), Gluster's defaults make the other "
           "server's site and writes wait more than a minute: the mount waits 42 s "
           "(network.ping-timeout) before giving up on the silent brick, and the brick keeps the "
           "silent server's locks, which the writes wait for, until TCP notices it is gone (20 s "
           "and more). These values cut both to 4 s (measured on two servers: the site answers "
           "again about 6 s after its peer went silent, instead of 80 s). The price: a peer that "
           "is only slow or overloaded for 4 s, or a private network that loses packets for that "
           "long, is dropped too, and each such false failover costs a reconnect, a heal of what "
           "changed meanwhile and a moment of stalled I/O; keep the private network dedicated and "
           "healthy.");
    return step;
}

Step ClusterSteps::volumeQuorum(const PlanContext &context)
{
    Step step = optionsStep(context, "volume-quorum", FailoverOptions::quorum());
    step.title = tr("Let only a majority of the servers write (client quorum)");
    step.why =
        tr("With cluster.quorum-type auto, Gluster's advice for three bricks (with or without an "
           "arbiter), a mount writes only while it reaches two of the three bricks. A server cut "
           "off from the other two refuses writes (its site still reads) instead of writing a "
           "second truth that would split the brain when the network returns; when one server "
           "is down the other two carry on. Server quorum is left off: it would also stop the "
           "bricks of a server left alone, and with them the site it still serves read-only.");
    return step;
}

Step ClusterSteps::volumeStart(const PlanContext &context)
{
    Step step;
    step.id = context.stepId("volume-start", 0);
    step.title = tr("Start the volume %1").arg(context.spec.volume.name);
    step.why = tr("A created volume serves nothing until started: this starts a brick process "
                  "on each server.");
    step.check = ShellTemplate(QString::fromLatin1(kStartCheck)
                                   .replace(QStringLiteral("@READ@"),
                                            RemoteReads::volumeInfo(QStringLiteral("\"$vol\""))))
                     .set(QStringLiteral("VOL"), context.spec.volume.name)
                     .text();
    step.apply =
        StepSnippets::glusterRetry() + ShellTemplate(QLatin1String(kStartApply))
                                           .set(QStringLiteral("VOL"), context.spec.volume.name)
                                           .text();
    step.verify = step.check;
    return step;
}
