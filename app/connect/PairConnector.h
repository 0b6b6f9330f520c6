#pragma once

#include "spec/SetupSpec.h"

#include "SshEndpoint.h"
#include "SshError.h"
#include "SshHostKey.h"
#include "SshSecretKind.h"
#include "SshSecrets.h"
#include "SshSession.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

// Connects to every server of a spec at once, the one engine behind the wizard's connectivity
// page (and, later, the command line): what `ssh -G` says fills what the spec leaves out, and
// every decision the policy does not settle is asked with a signal and answered with a call.
//  - unknown host key: accepted and recorded when the policy says so, otherwise
//    hostKeyDecisionNeeded(index, key) → acceptHostKey(index) / rejectHostKey(index);
//    a changed or revoked key is always refused by the session (serverFailed);
//  - secrets are kept per server and per kind (login password, key passphrase, sudo
//    password), and a secret is only ever used as what it is: the ones given with setSecret()
//    first, then the keychain entry of that kind (when allowed, once per kind), then
//    secretNeeded(index, kind, ...) → provideSecret(index, ...) / cancelSecret(index). A key
//    passphrase only decrypts the key here; sudo gets a sudo password, else the server's own
//    login password. Secrets that proved right are written to the keychain, each under its
//    kind, when setRememberSecret() asked for it.
//  - migration: an entry of the old keychain format (no kind, "user@host:port") is read only
//    as the login secret of the server's method (password, or passphrase for a key login),
//    never as a sudo password; once that login succeeded it is moved under its kind.
// finished() comes once, after every server has connected or failed.
class FanOut;
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

    // Secrets known before connecting (typed on the servers page, --secret-file); never
    // written to disk except to the keychain with setRememberSecret().
    void setSecret(int index, SshSecretKind kind, const QString &secret);
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
    bool isFinished() const;
    bool allConnected() const;

    static SshEndpoint endpointFor(const ServerSpec &server, const QString &knownHostsPath);
    // What the one secret field of a server (the wizard's servers page) is for that login
    // method: the key's passphrase, the login password, or (agent logins) the sudo password.
    static SshSecretKind typedSecretKind(SshSpec::Auth auth);
    // The secret kind the login itself may ask for, if any.
    static std::optional<SshSecretKind> loginSecretKind(SshEndpoint::AuthMethod auth);

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
    void askKeychain(int index, SshSecretKind kind, const QString &prompt, int failedAttempts);
    void askLegacyKeychain(int index, SshSecretKind kind, const QString &prompt,
                           int failedAttempts);
    void rememberProvenSecrets(int index);
    void writeToKeychain(const QString &account, const QString &secret);
    void settle(int index, const SshError &error);

    SetupSpec m_spec;
    Policy m_policy;
    QList<SshSession *> m_sessions;
    QList<SshError> m_errors;
    QList<SshSecrets> m_given; // given before connecting
    QList<SshSecrets> m_known; // the last secret of each kind handed to each session
    QList<QList<SshSecretKind>> m_keychainAsked; // kinds already read from the keychain
    QList<SshSecretKind> m_pendingKind;          // what each session asked for last
    QList<bool> m_fromLegacyEntry; // the login secret came from an old, kindless entry
    QList<bool> m_remember;
    FanOut *m_servers; // each server settles once: connected or failed
};
