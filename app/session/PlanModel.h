#pragma once

#include "facts/HostFacts.h"
#include "facts/ReadinessCheck.h"
#include "plan/Planner.h"
#include "session/DiskCandidate.h"
#include "spec/SetupSpec.h"
#include "spec/WipeRequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ConnectionModel;
class FactsGatherer;
class SpecModel;

// The plan of the spec model for the connected servers: the facts it is made from (read by the
// connectivity checks, read again before planning whenever one of their inputs changed since),
// the disks offered and the administrator's decisions about them, the readiness findings, and
// the plan itself with its review text and exported script.
class PlanModel : public QObject
{
    Q_OBJECT
public:
    PlanModel(SpecModel *spec, ConnectionModel *connection, QObject *parent = nullptr);
    ~PlanModel() override;

    // ---- facts
    const QList<HostFacts> &facts() const { return m_facts; }
    // Keeps facts read by the gathering script built for readFor.
    void setFacts(const QList<HostFacts> &facts, const SetupSpec &readFor);
    // The facts were read for other choices than the spec's current ones (another disk, volume
    // name, web server, private name or address...: anything the gathering script depends on).
    bool factsAreStale() const;
    // How many times the facts were read again before planning.
    int factsRereadCount() const { return m_rereads; }

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
    // Reads the facts again first when they are stale; then planReady(). So a clash with an
    // existing volume is found here, before anything runs.
    void preparePlan();
    bool isPlanning() const { return m_planning; }
    const PlanResult &planResult() const { return m_plan; }
    const QList<ReadinessFinding> &findings() const { return m_findings; }
    QStringList planProblems() const; // errors and readiness problems, translated
    bool isPlanReady() const;
    QString planText() const;
    QString exportScript() const;

signals:
    void factsChanged();
    void planReady();

private:
    static QStringList factsScripts(const SetupSpec &spec);
    void resizeDecisions();
    void gatherFactsAgain();
    void makePlan();
    void finishPlanning();

    SpecModel *m_spec;
    ConnectionModel *m_connection;
    QList<bool> m_formatConfirmed;
    QStringList m_typedWipe;

    QList<HostFacts> m_facts;
    QStringList m_factsDisks;   // the disk each server's facts probed
    QStringList m_factsScripts; // the gathering script that read them, per server
    QPointer<FactsGatherer> m_gatherer;
    int m_rereads = 0;

    PlanResult m_plan;
    QList<ReadinessFinding> m_findings;
    bool m_planning = false;
};
