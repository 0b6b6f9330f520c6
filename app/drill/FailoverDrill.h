#pragma once

#include "drill/DrillCommands.h"
#include "drill/DrillOptions.h"
#include "drill/DrillReport.h"
#include "health/HealthReport.h"
#include "spec/SetupSpec.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class HealthProbe;
class SiteWatch;
class SshSession;
struct RemoteCommandResult;
struct SshError;

// The failover drill on a pair in service, without a window: the health gate (HealthProbe:
// only a HEALTHY pair is drilled), then one server (the target) is taken out of the pair
// (DrillCommands::takeDown), the other one's site is asked once a second (SiteWatch), a
// uniquely named file is written and read back through the survivor's mount, the target is
// brought back (glusterd started; it starts the brick and self-heal daemon), the heal is
// awaited, the file is looked for on both bricks, split-brain is read, the file is removed,
// and finished() brings the DrillReport. Never more than the one target is touched.
// A cancel() or a failure after the target was taken out brings it back first and says what
// could not be restored. Restore mode does only the bringing back (a drill killed midway).
// Sessions are handed over by whoever owns the SSH policy, as for HealthProbe. Asynchronous
// throughout; finished() comes exactly once.
class FailoverDrill : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Drill, Restore };

    // restoreCommand: what the user runs to restore the target if this process dies.
    FailoverDrill(const SetupSpec &spec, int targetIndex, const QString &restoreCommand,
                  const DrillOptions &options = {}, QObject *parent = nullptr);
    ~FailoverDrill() override;

    void start(Mode mode);
    void serverConnected(int index, SshSession *session);
    void serverUnreachable(int index, const SshError &error);
    // After healthChecked(): take the target out now (autoProceed does it by itself).
    void proceed();
    // Ends the drill: before the target is out at once, after it once the target is back.
    void cancel();

    bool isFinished() const { return m_finished; }
    const DrillReport &report() const { return m_report; }
    const SetupSpec &spec() const { return m_spec; }
    int targetIndex() const { return m_target; }
    int survivorIndex() const { return m_survivor; }
    // The short form of what brings a server back, run on it as root.
    static QString manualRestoreHint();

signals:
    // What the drill does now, in words, and what the servers printed about it.
    void progress(const QString &line);
    // One request to the survivor's site.
    void sitePolled(bool answered, const QString &line);
    // The pair is HEALTHY; waiting for proceed() unless autoProceed.
    void healthChecked(const HealthReport &report);
    // The target is out of the pair now (restoreCommand undoes it).
    void serverDown(const QString &server, const QString &restoreCommand);
    void serverBack(const QString &server);
    void finished(const DrillReport &report);

private:
    struct Outcome
    {
        bool ok = false;
        QByteArray output;
        QStringList errorLines;
        QString describe; // why it failed, for people
    };
    using Done = std::function<void(const Outcome &)>;

    void runOn(int index, const QString &command, const Done &done, bool echo = false);
    void later(int ms, const std::function<void()> &next);
    bool stopIfAsked();

    void onHealth(const HealthReport &report);
    void inspect();
    void takeDown(int brickPid, int selfHealPid);
    void confirmDown(int attempt);
    void writeMarker();
    void holdOutage();
    void bringBack();
    void waitBrickBack();
    void onBack();
    void waitHeal();
    void verifyBricks(int index);
    void readSplitBrain();
    void removeMarker(const std::function<void()> &next);
    void judge();

    void fail(const QString &reason);
    void restoreThenFinish();
    void finishWith(DrillReport::Outcome outcome, const QString &reason = QString());

    SetupSpec m_spec;
    DrillOptions m_options;
    DrillCommands m_commands;
    Mode m_mode = Mode::Drill;
    int m_target;
    int m_survivor;
    QList<QPointer<SshSession>> m_sessions;
    QStringList m_unreachable;
    HealthProbe *m_health = nullptr;
    SiteWatch *m_site = nullptr;
    DrillReport m_report;
    QString m_token;
    bool m_markerWritten = false;
    bool m_started = false;
    bool m_proceeded = false;
    bool m_cancelAsked = false;
    bool m_stopping = false; // failing or cancelled: restore, then finish
    bool m_restoring = false;
    bool m_forcedStart = false;
    bool m_finished = false;
    QElapsedTimer m_downClock;
    QElapsedTimer m_phaseClock;
    QElapsedTimer m_healClock;
    int m_answersWhileDown = 0;
};
