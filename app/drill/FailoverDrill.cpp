#include "drill/FailoverDrill.h"

#include "drill/DrillReadings.h"
#include "drill/SiteWatch.h"
#include "gluster/HealInfoParser.h"
#include "gluster/VolumeStatusParser.h"
#include "health/HealthProbe.h"
#include "plan/PlanContext.h"
#include "plan/ReplicationTestSteps.h"

#include "RemoteCommand.h"
#include "RemoteCommandResult.h"
#include "RemoteText.h"
#include "SshError.h"
#include "SshSession.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

namespace {
int otherServer(const SetupSpec &spec, int target)
{
    for (int i = 0; i < spec.servers.size(); ++i) {
        if (i != target)
            return i;
    }
    return -1;
}

QString uniqueToken()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
           QString::number(QRandomGenerator::global()->generate(), 16);
}

std::optional<GlusterVolumeStatus> volumeOf(const QByteArray &output, const QString &volume)
{
    const auto parsed = VolumeStatusParser::parse(output);
    if (!parsed.ok())
        return std::nullopt;
    for (const GlusterVolumeStatus &status : parsed.value) {
        if (status.volumeName == volume)
            return status;
    }
    return std::nullopt;
}
} // namespace

FailoverDrill::FailoverDrill(const SetupSpec &spec, int targetIndex, const QString &restoreCommand,
                             const DrillOptions &options, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_options(options)
    , m_commands(spec, options.glusterTimeoutSeconds)
    , m_target(targetIndex)
    , m_survivor(otherServer(spec, targetIndex))
    , m_sessions(spec.servers.size())
    , m_unreachable(spec.servers.size())
{
    m_report.target = spec.servers.value(m_target).name;
    m_report.survivor = spec.servers.value(m_survivor).name;
    m_report.restoreCommand = restoreCommand;
}

FailoverDrill::~FailoverDrill() = default;

QString FailoverDrill::manualRestoreHint()
{
    return tr("as root on that server: systemctl start glusterd (without systemd: glusterd -p "
              "/var/run/glusterd.pid); then, if its brick stays offline: gluster volume start "
              "VOLUME force");
}

void FailoverDrill::start(Mode mode)
{
    if (m_started)
        return;
    m_started = true;
    m_mode = mode;
    if (m_target < 0 || m_target >= m_spec.servers.size() || m_survivor < 0) {
        finishWith(DrillReport::Outcome::Refused,
                   tr("the drill needs a pair: a server to take out and one to keep serving."));
        return;
    }
    if (mode == Mode::Restore) {
        m_report.tookDown = true; // what restore mode is about
        emit progress(tr("Bringing %1 back into the pair.").arg(m_report.target));
        if (m_sessions.at(m_target))
            bringBack();
        else if (!m_unreachable.at(m_target).isEmpty())
            serverUnreachable(m_target, SshError());
        return;
    }
    emit progress(tr("Checking the health of the pair first: the drill starts only on a "
                     "HEALTHY pair."));
    m_health = new HealthProbe(m_spec, HealthProbeOptions(), this);
    connect(
        m_health, &HealthProbe::progress, this, [this](const QString &server, const QString &line) {
            emit progress((server.isEmpty() ? QString() : server + QStringLiteral(": ")) + line);
        });
    connect(m_health, &HealthProbe::finished, this, &FailoverDrill::onHealth);
    m_health->start();
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i))
            m_health->serverConnected(i, m_sessions.at(i));
    }
}

void FailoverDrill::serverConnected(int index, SshSession *session)
{
    if (index < 0 || index >= m_sessions.size())
        return;
    m_sessions[index] = session;
    if (m_health && !m_health->isFinished())
        m_health->serverConnected(index, session);
    if (m_mode == Mode::Restore && m_started && index == m_target && !m_restoring && !m_finished)
        bringBack();
}

void FailoverDrill::serverUnreachable(int index, const SshError &error)
{
    if (index < 0 || index >= m_sessions.size())
        return;
    if (!error.message.isEmpty())
        m_unreachable[index] = error.message;
    if (m_unreachable.at(index).isEmpty())
        m_unreachable[index] = tr("%1 could not be reached").arg(m_spec.servers.at(index).name);
    if (m_health && !m_health->isFinished())
        m_health->serverUnreachable(index, error);
    if (m_mode == Mode::Restore && m_started && index == m_target && !m_finished) {
        m_report.notRestored << tr("%1: %2; nothing was run there.")
                                    .arg(m_report.target,
                                         RemoteText::printable(m_unreachable.at(index)));
        finishWith(DrillReport::Outcome::Failed,
                   tr("%1 could not be reached.").arg(m_report.target));
    }
}

void FailoverDrill::runOn(int index, const QString &command, const Done &done, bool echo)
{
    SshSession *session = m_sessions.value(index);
    if (!session || !session->isConnected()) {
        Outcome outcome;
        outcome.describe = tr("the SSH session to %1 is gone").arg(m_spec.servers.at(index).name);
        QTimer::singleShot(0, this, [done, outcome] { done(outcome); });
        return;
    }
    RemoteCommandOptions options;
    options.timeoutMs = m_options.commandTimeoutMs;
    options.asRoot = true; // gluster, the processes and the bricks are root's
    RemoteCommand *remote = session->run(command, options);
    auto *output = new QByteArray;
    auto *errors = new QStringList;
    const QString server = m_spec.servers.at(index).name;
    connect(remote, &RemoteCommand::stdoutLines, this,
            [this, output, echo, server](const QStringList &lines) {
                *output += RemoteText::joinedLines(lines);
                if (echo) {
                    for (const QString &line : lines)
                        emit progress(server + QStringLiteral(": ") + RemoteText::printable(line));
                }
            });
    connect(remote, &RemoteCommand::stderrLines, this,
            [errors](const QStringList &lines) { *errors += lines; });
    connect(remote, &RemoteCommand::finished, this,
            [remote, output, errors, done, server](const RemoteCommandResult &result) {
                remote->deleteLater();
                Outcome outcome;
                outcome.ok = result.success();
                outcome.output = *output;
                outcome.errorLines = *errors;
                if (!outcome.ok) {
                    outcome.describe = server + QStringLiteral(": ") + result.describe();
                    if (!errors->isEmpty())
                        outcome.describe += QStringLiteral(" (") +
                                            RemoteText::printable(errors->last()) +
                                            QLatin1Char(')');
                }
                delete output;
                delete errors;
                done(outcome);
            });
}

void FailoverDrill::later(int ms, const std::function<void()> &next)
{
    QTimer::singleShot(ms, this, next);
}

bool FailoverDrill::stopIfAsked()
{
    if (!m_cancelAsked || m_stopping)
        return m_stopping;
    m_stopping = true;
    m_report.outcome = DrillReport::Outcome::Cancelled;
    m_report.reason = tr("cancelled.");
    restoreThenFinish();
    return true;
}

void FailoverDrill::cancel()
{
    if (m_finished || m_cancelAsked)
        return;
    m_cancelAsked = true;
    if (!m_proceeded || (m_mode == Mode::Drill && !m_report.tookDown)) {
        // Nothing taken out yet (or the health check still running): end at once unless a
        // command that takes the server out is under way (its end brings it back).
        if (!m_report.tookDown) {
            m_stopping = true;
            finishWith(DrillReport::Outcome::Cancelled,
                       tr("cancelled before any server was taken out; nothing was changed."));
        }
        return;
    }
    emit progress(tr("Cancelling: %1 is brought back first.").arg(m_report.target));
}

void FailoverDrill::onHealth(const HealthReport &report)
{
    if (m_finished)
        return;
    if (report.overall() != HealthReport::Overall::Healthy) {
        m_report.details.clear();
        for (const QString &line : report.toTextLines()) {
            if (!line.contains(QStringLiteral("[ ok ]")))
                m_report.details << line;
        }
        // A drill killed while its server was out leaves exactly such a pair.
        if (!m_report.restoreCommand.isEmpty())
            m_report.details << tr("If an earlier drill was stopped while %1 was out, bring it "
                                   "back with: %2")
                                    .arg(m_report.target, m_report.restoreCommand);
        finishWith(DrillReport::Outcome::Refused,
                   tr("the pair is not HEALTHY (%1): the drill takes a server out only when the "
                      "other one can carry the site alone. Fix what health reports first.")
                       .arg(HealthReport::overallTitle(report.overall())));
        return;
    }
    emit progress(tr("The pair is HEALTHY."));
    emit healthChecked(report);
    if (m_options.autoProceed)
        proceed();
}

void FailoverDrill::proceed()
{
    if (m_proceeded || m_finished || m_mode != Mode::Drill)
        return;
    m_proceeded = true;
    inspect();
}

void FailoverDrill::inspect()
{
    if (stopIfAsked())
        return;
    const ServerSpec &target = m_spec.servers.at(m_target);
    emit progress(tr("Reading which processes make %1 part of the pair (gluster volume status).")
                      .arg(target.name));
    runOn(m_target, m_commands.volumeStatus(), [this, target](const Outcome &outcome) {
        if (stopIfAsked())
            return;
        const auto status = volumeOf(outcome.output, m_spec.volume.name);
        if (!outcome.ok || !status) {
            fail(tr("could not read the volume's processes on %1: %2")
                     .arg(target.name, outcome.ok
                                           ? tr("no status of volume %1").arg(m_spec.volume.name)
                                           : outcome.describe));
            return;
        }
        const DrillReadings::TargetProcesses processes =
            DrillReadings::targetProcesses(*status, target.glusterBrick());
        if (processes.brickPid <= 0) {
            fail(tr("the brick %1 is not online; the drill needs it running.")
                     .arg(target.glusterBrick()));
            return;
        }
        if (m_spec.web.server != WebSpec::Server::None &&
            !m_spec.servers.at(m_survivor).publicAddress.isEmpty()) {
            const QList<HostFacts> noFacts;
            const QList<WipeRequest> noWipes;
            const PlanContext context{m_spec, noFacts, noWipes};
            m_report.siteUrl = ReplicationTestSteps::testUrl(context, m_survivor);
            m_site = new SiteWatch(m_report.siteUrl, m_options.pollIntervalMs,
                                   m_options.httpTimeoutMs, this);
            connect(m_site, &SiteWatch::polled, this, [this](bool answered, const QString &line) {
                if (answered && m_downClock.isValid() && !m_report.restored)
                    ++m_answersWhileDown;
                emit sitePolled(answered, m_report.survivor + QStringLiteral(" ") + line);
            });
            emit progress(
                tr("Asking %1's site once a second: %2").arg(m_report.survivor, m_report.siteUrl));
            m_site->start();
        }
        takeDown(processes.brickPid, processes.selfHealPid);
    });
}

void FailoverDrill::takeDown(int brickPid, int selfHealPid)
{
    if (stopIfAsked())
        return;
    emit progress(
        tr("Taking %1 out of the pair: glusterd stopped, its brick (PID %2) and self-heal daemon "
           "(PID %3) ended. If this drill is killed, restore it with: %4")
            .arg(m_report.target)
            .arg(brickPid)
            .arg(selfHealPid > 0 ? QString::number(selfHealPid) : tr("none"))
            .arg(m_report.restoreCommand));
    m_report.tookDown = true; // from here on, whatever happens, it is brought back
    runOn(
        m_target, m_commands.takeDown(brickPid, selfHealPid),
        [this](const Outcome &outcome) {
            m_downClock.start();
            if (!outcome.ok) {
                fail(tr("taking %1 out failed: %2").arg(m_report.target, outcome.describe));
                return;
            }
            emit progress(tr("%1 is out of the pair now.").arg(m_report.target));
            emit serverDown(m_report.target, m_report.restoreCommand);
            confirmDown(0);
        },
        true);
}

void FailoverDrill::confirmDown(int attempt)
{
    if (stopIfAsked())
        return;
    const QString brick = m_spec.servers.at(m_target).glusterBrick();
    runOn(m_survivor, m_commands.volumeStatus(), [this, attempt, brick](const Outcome &outcome) {
        if (stopIfAsked())
            return;
        const auto status = volumeOf(outcome.output, m_spec.volume.name);
        if (outcome.ok && status && !DrillReadings::brickOnline(*status, brick)) {
            emit progress(
                tr("%1 sees %2's brick offline.").arg(m_report.survivor, m_report.target));
            writeMarker();
            return;
        }
        if (attempt >= 10) {
            fail(tr("%1 still lists %2 online after the processes ended%3.")
                     .arg(m_report.survivor, brick,
                          outcome.ok ? QString() : QStringLiteral(" (") + outcome.describe + ')'));
            return;
        }
        later(500, [this, attempt] { confirmDown(attempt + 1); });
    });
}

void FailoverDrill::writeMarker()
{
    if (stopIfAsked())
        return;
    m_token = uniqueToken();
    const QString name = m_commands.markerName(m_token);
    emit progress(
        tr("Writing %1 through %2's mount at %3.").arg(name, m_report.survivor, m_spec.mount.path));
    m_markerWritten = true; // a half-written file is removed too
    runOn(m_survivor, m_commands.writeMarker(m_token), [this, name](const Outcome &outcome) {
        if (stopIfAsked())
            return;
        if (!outcome.ok) {
            fail(tr("writing %1 through %2 failed while %3 was out: %4")
                     .arg(name, m_report.survivor, m_report.target, outcome.describe));
            return;
        }
        runOn(m_survivor, m_commands.readMarker(m_token), [this, name](const Outcome &read) {
            if (stopIfAsked())
                return;
            if (!read.ok ||
                read.output.trimmed() != DrillCommands::markerContent(m_token).toUtf8()) {
                fail(tr("%1 did not read back through %2: %3")
                         .arg(name, m_report.survivor,
                              read.ok ? tr("different content") : read.describe));
                return;
            }
            emit progress(tr("%1 reads it back.").arg(m_report.survivor));
            holdOutage();
        });
    });
}

void FailoverDrill::holdOutage()
{
    if (stopIfAsked())
        return;
    const qint64 left = m_options.outageHoldMs - m_downClock.elapsed();
    if (left > 0) {
        later(int(qMin<qint64>(left, 250)), [this] { holdOutage(); });
        return;
    }
    bringBack();
}

void FailoverDrill::bringBack()
{
    if (m_restoring)
        return;
    m_restoring = true;
    emit progress(tr("Bringing %1 back: starting glusterd (it starts the brick and the "
                     "self-heal daemon).")
                      .arg(m_report.target));
    runOn(
        m_target, DrillCommands::bringBack(),
        [this](const Outcome &outcome) {
            if (!outcome.ok) {
                // The wizard's restore words already end with the manual hint: say it once.
                QString how = m_report.restoreCommand;
                if (!how.contains(manualRestoreHint()))
                    how = tr("%1, or %2").arg(how, manualRestoreHint());
                m_report.notRestored << tr("%1: glusterd did not start (%2). Run %3.")
                                            .arg(m_report.target, outcome.describe, how);
                if (!m_stopping)
                    m_report.outcome = DrillReport::Outcome::Failed;
                if (m_report.reason.isEmpty())
                    m_report.reason = tr("%1 could not be brought back.").arg(m_report.target);
                m_stopping = true;
                if (m_site)
                    m_site->stop();
                finishWith(m_report.outcome, m_report.reason);
                return;
            }
            m_phaseClock.start();
            m_forcedStart = false;
            waitBrickBack();
        },
        true);
}

void FailoverDrill::waitBrickBack()
{
    const QString brick = m_spec.servers.at(m_target).glusterBrick();
    runOn(
        m_target, m_commands.volumeStatus(), [this, brick](const Outcome &outcome) {
            const auto status = volumeOf(outcome.output, m_spec.volume.name);
            if (outcome.ok && status) {
                const auto processes = DrillReadings::targetProcesses(*status, brick);
                if (processes.brickPid > 0 && processes.selfHealPid > 0) {
                    onBack();
                    return;
                }
            }
            const qint64 waited = m_phaseClock.elapsed();
            if (waited >= m_options.backOnlineTimeoutMs) {
                m_report.notRestored
                    << tr("%1: its brick or self-heal daemon is still offline %2 after glusterd "
                          "started; run as root there: gluster volume start %3 force")
                           .arg(m_report.target, DrillReport::seconds(waited), m_spec.volume.name);
                if (m_site)
                    m_site->stop();
                if (!m_stopping) {
                    m_stopping = true;
                    m_report.outcome = DrillReport::Outcome::Failed;
                    m_report.reason = tr("%1's brick did not come back.").arg(m_report.target);
                }
                finishWith(m_report.outcome, m_report.reason);
                return;
            }
            if (!m_forcedStart && waited >= m_options.forceStartAfterMs) {
                m_forcedStart = true;
                emit progress(
                    tr("%1's brick is still offline after %2: gluster volume start %3 "
                       "force")
                        .arg(m_report.target, DrillReport::seconds(waited), m_spec.volume.name));
                runOn(m_target, m_commands.forceStartVolume(),
                      [this](const Outcome &) { later(1000, [this] { waitBrickBack(); }); });
                return;
            }
            later(1000, [this] { waitBrickBack(); });
        });
}

void FailoverDrill::onBack()
{
    if (m_cancelAsked && !m_stopping) {
        m_stopping = true;
        m_report.outcome = DrillReport::Outcome::Cancelled;
        m_report.reason = tr("cancelled.");
    }
    m_report.restored = true;
    if (m_downClock.isValid())
        m_report.downMs = m_downClock.elapsed();
    emit progress(
        tr("%1 is back: its brick and self-heal daemon are online.").arg(m_report.target));
    emit serverBack(m_report.target);
    if (m_mode == Mode::Restore) {
        runOn(m_target, m_commands.removeStaleMarkers(), [this](const Outcome &outcome) {
            for (const QByteArray &line : outcome.output.split('\n')) {
                if (!line.isEmpty())
                    emit progress(tr("removed %1, left by an earlier drill")
                                      .arg(RemoteText::printable(QString::fromUtf8(line))));
            }
            finishWith(DrillReport::Outcome::Restored);
        });
        return;
    }
    if (m_stopping) {
        removeMarker([this] { finishWith(m_report.outcome, m_report.reason); });
        return;
    }
    m_healClock.start();
    emit progress(tr("Waiting for the heal to finish (gluster volume heal %1 info summary, at "
                     "most %2).")
                      .arg(m_spec.volume.name, DrillReport::seconds(m_options.healTimeoutMs)));
    waitHeal();
}

void FailoverDrill::waitHeal()
{
    if (stopIfAsked())
        return;
    runOn(m_survivor, m_commands.healSummary(), [this](const Outcome &outcome) {
        if (stopIfAsked())
            return;
        std::optional<int> left;
        if (outcome.ok) {
            const auto parsed = HealInfoParser::parse(outcome.output);
            if (parsed.ok())
                left = DrillReadings::entriesLeftToHeal(parsed.value);
        }
        if (left && *left == 0) {
            m_report.healMs = m_healClock.elapsed();
            emit progress(tr("Healed: nothing left to heal after %1.")
                              .arg(DrillReport::seconds(m_report.healMs)));
            if (m_site)
                m_site->stop();
            verifyBricks(0);
            return;
        }
        if (m_healClock.elapsed() >= m_options.healTimeoutMs) {
            fail(tr("the heal did not finish within %1 (%2).")
                     .arg(DrillReport::seconds(m_options.healTimeoutMs),
                          left ? tr("entries left: %1").arg(*left)
                               : (outcome.ok ? tr("a brick not connected") : outcome.describe)));
            return;
        }
        if (left)
            emit progress(tr("Entries left to heal: %1").arg(*left));
        later(1000, [this] { waitHeal(); });
    });
}

void FailoverDrill::verifyBricks(int index)
{
    if (stopIfAsked())
        return;
    if (index >= m_spec.servers.size()) {
        m_report.fileOnBothBricks = true;
        emit progress(tr("The drill's file is on both bricks."));
        readSplitBrain();
        return;
    }
    const ServerSpec &server = m_spec.servers.at(index);
    runOn(index, m_commands.readMarkerOnBrick(server, m_token),
          [this, index, server](const Outcome &outcome) {
              if (stopIfAsked())
                  return;
              if (!outcome.ok ||
                  outcome.output.trimmed() != DrillCommands::markerContent(m_token).toUtf8()) {
                  fail(tr("the drill's file is not on %1's brick %2 after the heal%3.")
                           .arg(server.name, server.brickPath(),
                                outcome.ok ? tr(" (different content)")
                                           : QStringLiteral(": ") + outcome.describe));
                  return;
              }
              verifyBricks(index + 1);
          });
}

void FailoverDrill::readSplitBrain()
{
    runOn(m_survivor, m_commands.healSplitBrain(), [this](const Outcome &outcome) {
        if (stopIfAsked())
            return;
        std::optional<int> count;
        if (outcome.ok) {
            const auto parsed = HealInfoParser::parse(outcome.output);
            if (parsed.ok())
                count = DrillReadings::splitBrainEntries(parsed.value);
        }
        if (!count) {
            fail(tr("could not read split-brain entries: %1")
                     .arg(outcome.ok ? tr("a brick not connected") : outcome.describe));
            return;
        }
        m_report.splitBrainEntries = *count;
        emit progress(tr("Split-brain entries: %1.").arg(*count));
        removeMarker([this] { judge(); });
    });
}

void FailoverDrill::removeMarker(const std::function<void()> &next)
{
    if (!m_markerWritten) {
        next();
        return;
    }
    const QString name = m_commands.markerName(m_token);
    runOn(m_survivor, m_commands.removeMarker(m_token), [this, name, next](const Outcome &outcome) {
        if (outcome.ok) {
            m_markerWritten = false;
            emit progress(tr("Removed %1.").arg(name));
        } else {
            m_report.notRestored << tr("the drill's file %1/%2 could not be removed (%3); "
                                       "remove it by hand.")
                                        .arg(m_spec.mount.path, name, outcome.describe);
        }
        next();
    });
}

void FailoverDrill::judge()
{
    if (m_site) {
        m_site->stop();
        m_report.longestStallMs = m_site->clock().longestStallMs();
        m_report.siteAnswers = m_site->clock().answers();
        m_report.siteFailures = m_site->clock().failures();
    }
    if (m_report.splitBrainEntries != 0) {
        finishWith(
            DrillReport::Outcome::Failed,
            tr("entries in split-brain after the drill: %1.").arg(m_report.splitBrainEntries));
        return;
    }
    if (m_site && m_answersWhileDown == 0) {
        finishWith(DrillReport::Outcome::Failed,
                   tr("%1's site did not answer once while %2 was out.")
                       .arg(m_report.survivor, m_report.target));
        return;
    }
    if (m_site && m_report.longestStallMs > m_options.maxStallMs) {
        finishWith(DrillReport::Outcome::Failed,
                   tr("%1's site stalled for %2, more than the %3 allowed.")
                       .arg(m_report.survivor, DrillReport::seconds(m_report.longestStallMs),
                            DrillReport::seconds(m_options.maxStallMs)));
        return;
    }
    finishWith(DrillReport::Outcome::Passed);
}

void FailoverDrill::fail(const QString &reason)
{
    if (m_stopping && m_report.outcome == DrillReport::Outcome::Cancelled) {
        restoreThenFinish();
        return;
    }
    m_stopping = true;
    m_report.outcome = DrillReport::Outcome::Failed;
    if (m_report.reason.isEmpty())
        m_report.reason = reason;
    emit progress(tr("The drill failed: %1").arg(reason));
    restoreThenFinish();
}

void FailoverDrill::restoreThenFinish()
{
    if (m_finished)
        return;
    if (m_report.tookDown && !m_report.restored) {
        if (!m_restoring)
            bringBack(); // its end (onBack or a failure) finishes
        return;          // a bring-back under way finishes by itself
    }
    if (m_site)
        m_site->stop();
    removeMarker([this] { finishWith(m_report.outcome, m_report.reason); });
}

void FailoverDrill::finishWith(DrillReport::Outcome outcome, const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.outcome = outcome;
    if (!reason.isEmpty())
        m_report.reason = reason;
    if (m_site) {
        m_site->stop();
        m_report.longestStallMs = m_site->clock().longestStallMs();
        m_report.siteAnswers = m_site->clock().answers();
        m_report.siteFailures = m_site->clock().failures();
    }
    emit finished(m_report);
}
