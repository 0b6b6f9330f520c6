#pragma once

#include "facts/HostFacts.h"
#include "spec/SetupSpec.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class FanOut;
class RemoteCommand;
class SshSession;
struct RemoteCommandResult;

// Gathers the facts of every server at once, read-only: FactsScript runs as root (through the
// session's sudo when needed) on each connected session, and FactsOutputParser reads its
// output. finished() comes once, last, with one HostFacts per server (same order as the spec)
// and, for servers whose gathering failed, a message naming the server (else an empty string).
class FactsGatherer : public QObject
{
    Q_OBJECT

public:
    // sessions[i] reaches spec.servers[i] and must be connected.
    FactsGatherer(const SetupSpec &spec, const QList<SshSession *> &sessions,
                  QObject *parent = nullptr);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void start();

    const QList<HostFacts> &facts() const { return m_facts; }
    const QStringList &errors() const { return m_errors; }
    bool allGathered() const;

signals:
    void serverGathered(int index);
    void finished();

private:
    void onFinished(int index, const RemoteCommandResult &result);

    SetupSpec m_spec;
    QList<SshSession *> m_sessions;
    QList<HostFacts> m_facts;
    QStringList m_errors;
    QList<QStringList> m_output;
    FanOut *m_servers;
    int m_timeoutMs = 120000;
};
