#pragma once

#include "spec/SetupSpec.h"

#include <QList>
#include <QObject>
#include <QStringList>

class SshSession;
struct SshEndpoint;
struct SshError;
enum class SshSecretKind;

// The command line's way to reach every server of a spec: what `ssh -G` says fills what the
// spec leaves out; all servers connect at once; an unknown host key is trusted only with
// --accept-new-host-keys (and then recorded), a changed one never; secrets come from
// --secret-file, else the keychain, else a prompt on the terminal, else the login fails.
// finished() comes once, when every server is connected or has failed.
class ServerConnections : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        QString knownHostsPath; // empty: ~/.ssh/known_hosts (or what ssh -G says)
        bool acceptNewHostKeys = false;
        QString secret;         // from --secret-file; empty when not given
        bool mayPrompt = false; // stdin is a terminal
    };

    ServerConnections(const SetupSpec &spec, const Policy &policy, QObject *parent = nullptr);
    ~ServerConnections() override;

    void start();
    // sessions().at(i) serves spec.servers[i]; nullptr until resolved.
    QList<SshSession *> sessions() const { return m_sessions; }
    // Per server: empty when connected, else why not (naming the server).
    QStringList errors() const { return m_errors; }
    bool allConnected() const;

    static SshEndpoint endpointFor(const ServerSpec &server, const QString &knownHostsPath);

signals:
    void progress(int index, const QString &line);
    void finished();

private:
    void connectServer(int index, const SshEndpoint &endpoint);
    void onSecretNeeded(int index, SshSecretKind kind, const QString &prompt, int failedAttempts);
    void answerFromTerminal(int index, const QString &prompt);
    void settle(int index, const QString &error);

    SetupSpec m_spec;
    Policy m_policy;
    QList<SshSession *> m_sessions;
    QStringList m_errors;
    QList<bool> m_settled;
    int m_pending = 0;
};
