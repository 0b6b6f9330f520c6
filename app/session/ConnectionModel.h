#pragma once

#include "connect/ConnectionCheck.h"
#include "connect/ConnectionPrompts.h"
#include "connect/PairProbe.h"
#include "facts/ReadinessCheck.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class SpecModel;
class SshSession;

// How the wizard reaches the servers of the spec model: where known hosts and the SSH config
// are, the secrets typed for each server (in memory; in the keychain only when asked to), and
// the connectivity checks with their events (a check changed, a host key or a secret is asked
// for, finished) as plain values, answered here. Pages never hold the probe or an ssh type;
// the plan and run models take the open sessions and the facts read by the checks.
class ConnectionModel : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionModel(SpecModel *spec, QObject *parent = nullptr);
    ~ConnectionModel() override;

    QString knownHostsPath() const { return m_knownHostsPath; }
    void setKnownHostsPath(const QString &path) { m_knownHostsPath = path; }
    QString sshConfigFile() const { return m_sshConfigFile; }
    void setSshConfigFile(const QString &path) { m_sshConfigFile = path; }

    // The one secret typed for a server is of PairConnector::typedSecretKind(its login method):
    // the key passphrase, the login password, or (agent login) the sudo password.
    void setSecret(int server, const QString &secret);
    QString secret(int server) const { return m_secrets.value(server); }
    void setRememberSecret(int server, bool remember);
    bool rememberSecret(int server) const { return m_remember.value(server); }

    // New checks for the spec as it is now (the old ones and their sessions go).
    void startChecks();
    // Checks exist and were made for the spec's current servers and connection settings.
    bool checksMatchSpec() const;
    bool isChecking() const;
    bool isFinished() const;
    bool isConnected() const; // checks finished, ready, and for the spec as it is
    int serverCount() const;
    QString serverName(int server) const; // as the checks know it
    CheckStatus status(int server, ConnectionCheck check) const;
    QString detail(int server, ConnectionCheck check) const;
    QList<ReadinessFinding> findings(int server) const;
    QStringList serversWithChangedHostKey() const;

    void acceptHostKey(int server);
    void rejectHostKey(int server);
    void provideSecret(int server, const QString &secret);
    void cancelSecret(int server);

    // For the models above (not the pages): the checks (their facts, read for the spec they
    // were made for) and their open sessions.
    PairProbe *probe() const { return m_probe; }
    QList<SshSession *> sessions() const;

signals:
    void serverCountChanged(int count); // of the spec, while it has no checks
    void sessionsClosing();             // the old checks and their sessions go now: stop using them
    void checksStarted();
    void checkChanged(int server, ConnectionCheck check, CheckStatus status, const QString &detail);
    void hostKeyDecisionNeeded(const HostKeyPrompt &prompt);
    void secretNeeded(const SecretPrompt &prompt);
    void finished(bool ready);

private:
    static QString connectionKey(const SetupSpec &spec);
    void resizeSecrets();

    SpecModel *m_spec;
    QString m_knownHostsPath;
    QString m_sshConfigFile;
    QStringList m_secrets;
    QList<bool> m_remember;
    QPointer<PairProbe> m_probe;
    QString m_probeKey;
};
