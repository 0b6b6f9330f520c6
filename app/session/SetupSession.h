#pragma once

#include "connect/PairProbe.h"
#include "facts/HostFacts.h"
#include "facts/ReadinessCheck.h"
#include "plan/Planner.h"
#include "run/PlanRunner.h"
#include "run/RunLog.h"
#include "session/DiskCandidate.h"
#include "session/PairResult.h"
#include "spec/FieldProblem.h"
#include "spec/SetupSpec.h"
#include "spec/WipeRequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class FactsGatherer;

// Everything the setup wizard's pages share, in one model object the pages bind to: the spec
// being edited (and its per-field problems), the administrator's decisions for this run
// (secrets in memory only, disks allowed to be formatted), the connectivity probe and its
// open sessions, the plan, the run and its log, and the result. Pages only call it and listen
// to it; nothing here knows about widgets. Every network operation is asynchronous.
class SetupSession : public QObject
{
    Q_OBJECT
public:
    explicit SetupSession(QObject *parent = nullptr);
    ~SetupSession() override;

    // ---- the spec
    const SetupSpec &spec() const { return m_spec; }
    void setSpec(const SetupSpec &spec);
    void editSpec(const std::function<void(SetupSpec &)> &edit);
    FieldProblems problems() const;
    QString problemFor(const QString &field) const;
    // True when no problem concerns one of the fields: a field path ("volume.name") matches
    // itself, one ending with a dot ("servers[0].ssh.") every field below it.
    bool isValidUnder(const QStringList &fields) const;

    bool openSpec(const QString &path, QString *error);
    bool saveSpec(const QString &path, QString *error);
    QString specPath() const { return m_specPath; }
    QStringList specWarnings() const { return m_specWarnings; }

    QString knownHostsPath() const { return m_knownHostsPath; }
    void setKnownHostsPath(const QString &path) { m_knownHostsPath = path; }
    QString sshConfigFile() const { return m_sshConfigFile; }
    void setSshConfigFile(const QString &path) { m_sshConfigFile = path; }

    // ---- secrets: kept in memory for the sessions, in the keychain only when asked to. The
    // one secret typed for a server is of PairConnector::typedSecretKind(its login method):
    // the key passphrase, the login password, or (agent login) the sudo password.
    void setSecret(int server, const QString &secret);
    QString secret(int server) const { return m_secrets.value(server); }
    void setRememberSecret(int server, bool remember);
    bool rememberSecret(int server) const { return m_remember.value(server); }

    // ---- connectivity
    PairProbe *probe() const { return m_probe; }
    // A new probe for the spec as it is now (the old one and its sessions go).
    PairProbe *startProbe();
    // The probe was made for the spec's current servers and connection settings.
    bool probeMatchesSpec() const;
    bool isConnected() const; // probe finished and ready
    const QList<HostFacts> &facts() const { return m_facts; }

    // ---- disks
    QList<DiskCandidate> diskCandidates(int server) const;
    // The administrator confirmed formatting server's chosen disk (typed its name if needed).
    void setFormatConfirmed(int server, bool confirmed);
    bool formatConfirmed(int server) const { return m_formatConfirmed.value(server); }
    // The device name the administrator typed to allow erasing a disk that holds data (or
    // could not be examined); empty when none was typed. Only this grants a wipe.
    void setWipeTyped(int server, const QString &typedDevice);
    // A wipe for each server whose confirmed disk's name was typed, bound to that disk's
    // identity in the current facts (unbound while the disk was not probed yet).
    QList<WipeRequest> wipes() const;
    bool destructiveConfirmed() const;

    // ---- plan
    // Re-reads the facts first when what they were read for changed since (a disk, the volume
    // name, the web server, names...: anything the gathering script depends on); then
    // planReady(). So a clash with an existing volume is found here, before anything runs.
    void preparePlan();
    // The facts were read for other choices than the spec's current ones.
    bool factsAreStale() const;
    bool isPlanning() const { return m_planning; }
    const PlanResult &planResult() const { return m_plan; }
    const QList<ReadinessFinding> &findings() const { return m_findings; }
    QStringList planProblems() const; // errors and readiness problems, translated
    bool isPlanReady() const;
    QString planText() const;
    QString exportScript() const;

    // ---- run and result
    PlanRunner *startRun();
    PlanRunner *runner() const { return m_runner; }
    RunLog *runLog() const { return m_runLog; }
    PairResult *startResult();
    PairResult *result() const { return m_result; }

signals:
    void specChanged();
    void probeStarted(PairProbe *probe);
    void planReady();
    void runStarted(PlanRunner *runner);
    void runFinished(const RunResult &result);
    void resultStarted(PairResult *result);

private:
    static QString connectionKey(const SetupSpec &spec);
    static QStringList factsScripts(const SetupSpec &spec);
    void keepFacts(const QList<HostFacts> &facts, const SetupSpec &readFor);
    void gatherFactsAgain();
    void makePlan();
    void resizeDecisions();

    SetupSpec m_spec;
    QString m_specPath;
    QStringList m_specWarnings;
    QString m_knownHostsPath;
    QString m_sshConfigFile;
    QStringList m_secrets;
    QList<bool> m_remember;
    QList<bool> m_formatConfirmed;
    QStringList m_typedWipe;

    QPointer<PairProbe> m_probe;
    QString m_probeKey;
    QList<HostFacts> m_facts;
    QStringList m_factsDisks;   // the disk each server's facts probed
    QStringList m_factsScripts; // the gathering script that read them, per server
    QPointer<FactsGatherer> m_gatherer;

    PlanResult m_plan;
    QList<ReadinessFinding> m_findings;
    bool m_planning = false;

    QPointer<PlanRunner> m_runner;
    QPointer<RunLog> m_runLog;
    QPointer<PairResult> m_result;
};
