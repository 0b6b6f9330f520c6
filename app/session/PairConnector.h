#pragma once

#include "spec/SetupSpec.h"

#include "SshError.h"
#include "SshHostKey.h"
#include "SshSecretKind.h"
#include "SshSession.h"

#include <QList>
#include <QObject>
#include <QStringList>

struct SshEndpoint;

// Connects to every server of a spec at once, the one engine behind the wizard's connectivity
// page (and, later, the command line): what `ssh -G` says fills what the spec leaves out, and
// every decision the policy does not settle is asked with a signal and answered with a call.
//  - unknown host key: accepted and recorded when the policy says so, otherwise
//    hostKeyDecisionNeeded(index, key) → acceptHostKey(index) / rejectHostKey(index);
//    a changed or revoked key is always refused by the session (serverFailed);
//  - secrets: the one given with setSecret() first, then the keychain (when allowed), then
//    secretNeeded(index, ...) → provideSecret(index, ...) / cancelSecret(index). A secret that
//    proved right is written to the keychain when setRememberSecret() asked for it.
// finished() comes once, after every server has connected or failed.
class PairConnector : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        QString knownHostsPath; // empty: what ssh -G says, else ~/.ssh/known_hosts
        QString sshConfigFile;  // ssh -F; empty: OpenSSH's defaults
        bool acceptNewHostKeys = false;
        bool useKeychain = true;
    };

    PairConnector(const SetupSpec &spec, const Policy &policy, QObject *parent = nullptr);
    ~PairConnector() override;

    // Secrets known before connecting (typed on the servers page); never written to disk
    // except to the keychain with setRememberSecret().
    void setSecret(int index, const QString &secret);
    void setRememberSecret(int index, bool remember);

    void start();

    void acceptHostKey(int index);
    void rejectHostKey(int index);
    void provideSecret(int index, const QString &secret);
    void cancelSecret(int index);

    const SetupSpec &spec() const { return m_spec; }
    // sessions().at(i) serves spec.servers[i]; nullptr until ssh -G has answered.
    QList<SshSession *> sessions() const { return m_sessions; }
    SshSession *session(int index) const { return m_sessions.value(index); }
    // Per server: empty while connecting or when connected, else the failure (names the server).
    QList<SshError> errors() const { return m_errors; }
    bool isFinished() const { return m_pending == 0; }
    bool allConnected() const;

    static SshEndpoint endpointFor(const ServerSpec &server, const QString &knownHostsPath);

signals:
    void stateChanged(int index, SshSession::State state);
    void hostKeyDecisionNeeded(int index, const SshHostKey &key);
    void secretNeeded(int index, SshSecretKind kind, const QString &prompt, int failedAttempts);
    void serverConnected(int index);
    void serverFailed(int index, const SshError &error);
    void finished();

private:
    void resolveServer(int index);
    void connectServer(int index, const SshEndpoint &endpoint);
    void onSecretNeeded(int index, SshSecretKind kind, const QString &prompt, int failedAttempts);
    void askKeychain(int index, SshSecretKind kind, const QString &prompt);
    void rememberProvenSecret(int index);
    void settle(int index, const SshError &error);

    SetupSpec m_spec;
    Policy m_policy;
    QList<SshSession *> m_sessions;
    QList<SshError> m_errors;
    QList<bool> m_settled;
    QStringList m_secrets;    // given before connecting
    QStringList m_lastSecret; // the last secret handed to each session
    QList<bool> m_remember;
    int m_pending = 0;
};
