#include "plan/ArbiterSteps.h"

#include "shell/RemoteReads.h"
#include "shell/ShellTemplate.h"
#include "shell/StepSnippets.h"

namespace {
// The data bricks, the arbiter's, and what the volume has now (volume_bricks: one per line).
const char *const kFacts = R"BASH(vol=@VOL@
data=(@DATA_BRICKS@)
arbiter=@ARBITER_BRICK@
pair() { printf '%s\n' "${data[@]}"; }
want() { printf '%s\n' "${data[@]}" "$arbiter"; }
have=$(volume_bricks "$vol")
)BASH";
const char *const kHasArbiter = "[ \"$have\" = \"$(want)\" ]\n";

// The heal summary of the volume, summed over its bricks.
const char *const kHealFacts = R"BASH(heal_summary() {
  summary=$(@READ_HEAL@ 2>/dev/null | tr -d '\r\n')
}
heal_sum() {
  printf '%s' "$summary" | grep -o "<$1>[0-9]*</$1>" | sed 's/<[^>]*>//g' |
    awk '{n += $1} END {print n + 0}'
}
heal_connected() { printf '%s' "$summary" | grep -o '<status>Connected</status>' | wc -l; }
)BASH";

// Refuses, saying which, anything but a started replica 2 of the data bricks with nothing to
// heal and no split-brain file. Changes nothing.
const char *const kCheckApply =
    R"BASH(info=$(@READ_INFO@ 2>/dev/null | tr -d '\r\n')
field() { printf '%s' "$info" | grep -o "<$1>[^<]*</$1>" | head -n 1 | sed 's/<[^>]*>//g'; }
if [ -z "$have" ]; then printf @MSG_NO_VOLUME@ "$vol" >&2; exit 1; fi
if [ "$(field replicaCount)" != 2 ] || [ "$(field brickCount)" != 2 ]; then
  printf @MSG_NOT_REPLICA2@ "$vol" "$(field typeStr)" "$(field replicaCount)" "$(field brickCount)" >&2
  exit 1
fi
if [ "$have" != "$(pair)" ]; then
  printf @MSG_OTHER_BRICKS@ "$vol" "$(tr '\n' ' ' <<< "$have")" >&2
  exit 1
fi
if [ "$(field statusStr)" != Started ]; then
  printf @MSG_NOT_STARTED@ "$vol" "$(field statusStr)" >&2
  exit 1
fi
heal_summary
if [ "$(heal_connected)" -ne 2 ]; then printf @MSG_BRICK_DOWN@ "$vol" >&2; exit 1; fi
split=$(heal_sum numberOfEntriesInSplitBrain)
if [ "$split" -gt 0 ]; then printf @MSG_SPLIT_BRAIN@ "$vol" "$split" "$vol" >&2; exit 1; fi
pending=$(heal_sum totalNumberOfEntries)
if [ "$pending" -gt 0 ]; then printf @MSG_PENDING@ "$vol" "$pending" >&2; exit 1; fi
)BASH";

const char *const kAddApply = R"BASH(if [ "$have" = "$(want)" ]; then exit 0; fi
if [ "$have" != "$(pair)" ]; then
  printf @MSG_OTHER_BRICKS@ "$vol" "$(tr '\n' ' ' <<< "$have")" >&2
  exit 1
fi
gl volume add-brick "$vol" replica 3 arbiter 1 "$arbiter"
)BASH";

// Healed: the three bricks connected and nothing left to heal. Right after add-brick Gluster
// marks the volume's root as pending for the new brick, so "nothing pending" means the arbiter
// has every name.
const char *const kHealed = R"BASH(healed() {
  heal_summary
  [ "$(heal_connected)" -eq 3 ] && [ "$(heal_sum totalNumberOfEntries)" -eq 0 ]
}
)BASH";
const char *const kHealApply = R"BASH(gl volume heal "$vol" >/dev/null || true
for _ in $(seq 1 600); do
  if healed; then exit 0; fi
  sleep 1
done
printf @MSG_NOT_HEALED@ "$vol" "$(heal_sum totalNumberOfEntries)" "$(heal_connected)" "$vol" >&2
exit 1
)BASH";

QString facts(const PlanContext &context)
{
    QStringList data;
    for (int i : context.spec.dataServerIndexes())
        data << context.server(i).glusterBrick();
    return StepSnippets::volumeBricks() +
           ShellTemplate(QLatin1String(kFacts))
               .set(QStringLiteral("VOL"), context.spec.volume.name)
               .setList(QStringLiteral("DATA_BRICKS"), data)
               .set(QStringLiteral("ARBITER_BRICK"),
                    context.server(context.spec.arbiterIndex()).glusterBrick())
               .text();
}

// The heal summary read from the catalogue; heals of a large volume are slow to count, so the
// bound is 60 s rather than the default.
QString healFacts()
{
    return QString::fromLatin1(kHealFacts)
        .replace(QStringLiteral("@READ_HEAL@"),
                 RemoteReads::healSummary(QStringLiteral("\"$vol\""), 60));
}

QString otherBricks()
{
    return ArbiterSteps::tr("Volume %s has other bricks (%s) than the two data servers' of the "
                            "spec; nothing was changed.\n");
}
} // namespace

Step ArbiterSteps::volumeCheck(const PlanContext &context)
{
    const QString arbiter = context.server(context.spec.arbiterIndex()).name;
    Step step;
    step.id = context.stepId("arbiter-precheck", 0);
    step.title = tr("Check that %1 can take an arbiter").arg(context.spec.volume.name);
    step.why = tr("An arbiter is added to a started replica 2 volume of the two data servers "
                  "whose copies agree: with a pending heal or a split-brain file the arbiter "
                  "could take the wrong side. This step changes nothing; it refuses, saying why, "
                  "before anything is done on %1.")
                   .arg(arbiter);
    step.check = facts(context) + QLatin1String(kHasArbiter);
    step.apply =
        facts(context) + healFacts() +
        ShellTemplate(QString::fromLatin1(kCheckApply)
                          .replace(QStringLiteral("@READ_INFO@"),
                                   RemoteReads::volumeInfo(QStringLiteral("\"$vol\""))))
            .set(QStringLiteral("MSG_NO_VOLUME"),
                 tr("There is no volume %s to add an arbiter to; set the pair up first.\n"))
            .set(QStringLiteral("MSG_NOT_REPLICA2"),
                 tr("Volume %s is not replica 2 (it is %s, replica %s, %s bricks): an arbiter "
                    "is added to a replica 2 volume only.\n"))
            .set(QStringLiteral("MSG_OTHER_BRICKS"), otherBricks())
            .set(QStringLiteral("MSG_NOT_STARTED"),
                 tr("Volume %s is not started (%s): start it and let it heal first.\n"))
            .set(QStringLiteral("MSG_BRICK_DOWN"),
                 tr("Not every brick of %s is connected: bring both data servers back first.\n"))
            .set(QStringLiteral("MSG_SPLIT_BRAIN"),
                 tr("Volume %s has files in split-brain (%s entries over its bricks): resolve "
                    "them first (gluster volume heal %s info split-brain lists them, and the "
                    "health command offers the fixes).\n"))
            .set(QStringLiteral("MSG_PENDING"),
                 tr("Volume %s has %s entries waiting to be healed: wait until the heal ends "
                    "(gluster volume heal VOLUME info summary), then run again.\n"))
            .text();
    step.verify = step.apply; // it changes nothing: what it found must still hold
    return step;
}

Step ArbiterSteps::addBrick(const PlanContext &context)
{
    const ServerSpec &arbiter = context.server(context.spec.arbiterIndex());
    Step step;
    step.id = context.stepId("add-arbiter", 0);
    step.title = tr("Add %1 as the arbiter of %2").arg(arbiter.name, context.spec.volume.name);
    step.why = tr("gluster volume add-brick ... replica 3 arbiter 1 turns the pair into two data "
                  "bricks and an arbiter brick on %1, which keeps the names and metadata of the "
                  "files but not their content. With three bricks a majority decides which copy "
                  "is right, so a server cut off from the others can no longer write a second "
                  "truth.")
                   .arg(arbiter.name);
    step.check = facts(context) + QLatin1String(kHasArbiter);
    step.apply = StepSnippets::glusterRetry() + facts(context) +
                 ShellTemplate(QLatin1String(kAddApply))
                     .set(QStringLiteral("MSG_OTHER_BRICKS"), otherBricks())
                     .text();
    step.verify = step.check;
    return step;
}

Step ArbiterSteps::waitForHeal(const PlanContext &context)
{
    const QString heal = ShellTemplate(QStringLiteral("vol=@VOL@\n"))
                             .set(QStringLiteral("VOL"), context.spec.volume.name)
                             .text() +
                         healFacts() + QLatin1String(kHealed);
    Step step;
    step.id = context.stepId("arbiter-heal", 0);
    step.title = tr("Wait until the arbiter has every file's name and metadata");
    step.why = tr("Right after add-brick the arbiter's brick is empty and Gluster heals every "
                  "entry onto it; until then it cannot yet tell which copy is right. This waits "
                  "(up to 10 minutes) until the three bricks are connected and nothing is left "
                  "to heal.");
    step.check = heal + QStringLiteral("healed\n");
    step.apply = StepSnippets::glusterRetry() + heal +
                 ShellTemplate(QLatin1String(kHealApply))
                     .set(QStringLiteral("MSG_NOT_HEALED"),
                          tr("The heal of %s onto the arbiter did not end within 10 minutes: %s "
                             "entries pending, %s bricks connected. See gluster volume heal %s "
                             "info summary, then run again.\n"))
                     .text();
    step.verify = step.check;
    return step;
}
