#pragma once

#include "connect/ConnectionCheck.h"
#include "connect/ConnectionPrompts.h"
#include "connect/PairConnector.h"
#include "facts/HostFacts.h"
#include "facts/ReadinessCheck.h"
#include "spec/SetupSpec.h"

#include <QList>
#include <QObject>
#include <QString>

class FactsGatherer;

// The connectivity chain of the whole pair, like a device tester: for every server at once,
// reach → host key → log in → root → facts, then names and port 24007 judged from the facts.
// Each check reports its own status and a one-line detail (checkChanged); decisions are
// forwarded from the PairConnector as plain values (HostKeyPrompt, SecretPrompt) and answered
// here, so that a page never handles an ssh type. finished() comes once, last; isReady() when every
// check of every server passed or, at most, could not be checked (NotChecked). The sessions stay
// open for the plan and the run.
class PairProbe : public QObject
{
    Q_OBJECT
public:
    PairProbe(const SetupSpec &spec, const PairConnector::Policy &policy,
              QObject *parent = nullptr);

    PairConnector *connector() const { return m_connector; }
    const SetupSpec &spec() const { return m_spec; }
    void start();

    int serverCount() const { return static_cast<int>(m_spec.servers.size()); }
    CheckStatus status(int server, ConnectionCheck check) const;
    QString detail(int server, ConnectionCheck check) const;
    bool isFinished() const { return m_finished; }
    bool isReady() const;
    // The names of the servers whose host key was refused as changed or revoked (spec order).
    QStringList serversWithChangedHostKey() const;

    // The answers to hostKeyDecisionNeeded and secretNeeded.
    void acceptHostKey(int server);
    void rejectHostKey(int server);
    void provideSecret(int server, const QString &secret);
    void cancelSecret(int server);

    QList<SshSession *> sessions() const { return m_connector->sessions(); }
    const QList<HostFacts> &facts() const { return m_facts; }
    // ReadinessCheck's notes and problems (without --wipe decisions: the disks page makes them).
    const QList<ReadinessFinding> &findings() const { return m_findings; }

signals:
    void checkChanged(int server, ConnectionCheck check, CheckStatus status, const QString &detail);
    void hostKeyDecisionNeeded(const HostKeyPrompt &prompt);
    void secretNeeded(const SecretPrompt &prompt);
    void finished(bool ready);

private:
    struct Row
    {
        CheckStatus status = CheckStatus::Pending;
        QString detail;
    };

    void set(int server, ConnectionCheck check, CheckStatus status, const QString &detail = {});
    void advanceTo(int server, ConnectionCheck check, CheckStatus status);
    void onStateChanged(int server, SshSession::State state);
    void onConnected(int server);
    void onFailed(int server, const SshError &error);
    void skipRest(int server, ConnectionCheck after, const QString &detail);
    void onAllSettled();
    void onFactsGathered();
    void finish();

    SetupSpec m_spec;
    PairConnector *m_connector;
    FactsGatherer *m_gatherer = nullptr;
    QList<QList<Row>> m_rows; // [server][check]
    QList<ConnectionCheck> m_current;
    QList<HostFacts> m_facts;
    QList<ReadinessFinding> m_findings;
    bool m_finished = false;
};
