#pragma once

#include "adopt/DiscoveredPair.h"
#include "connect/ConnectionPrompts.h"
#include "spec/ServerSpec.h"

#include <QObject>
#include <QPointer>
#include <QString>

class PairConnector;
class PairDiscovery;

// The wizard's way to adopt a pair: connects to the first server and then to the other pool
// members with the one connection engine (PairConnector: known_hosts, keychain), asks what only
// the user can answer as plain values (HostKeyPrompt, SecretPrompt: the same dialogs as the
// Connectivity page), and hands the sessions to PairDiscovery. Prompts number the servers: 0 is
// the first, 1… the other members in the volume's order. finished() comes once.
class PairAdoption : public QObject
{
    Q_OBJECT
public:
    PairAdoption(const SshSpec &first, const QString &volume, const QString &knownHostsPath,
                 QObject *parent = nullptr);
    ~PairAdoption() override;

    // The password or passphrase typed for the first server (what PairConnector::
    // typedSecretKind() says its login method needs). It never goes to another server.
    void setSecret(const QString &secret);
    void start();

    void acceptHostKey(int server);
    void rejectHostKey(int server);
    void provideSecret(int server, const QString &secret);
    void cancelSecret(int server);

    bool isFinished() const;
    const DiscoveredPair &result() const;

signals:
    void progress(const QString &line);
    void hostKeyDecisionNeeded(const HostKeyPrompt &prompt);
    void secretNeeded(const SecretPrompt &prompt);
    void finished();

private:
    PairConnector *connectorOf(int server, int *index) const;
    void wire(PairConnector *connector, int offset);
    void connectMembers();

    SshSpec m_first;
    QString m_knownHostsPath;
    PairDiscovery *m_discovery;
    PairConnector *m_firstConnector = nullptr;
    PairConnector *m_memberConnector = nullptr;
};
