#pragma once

#include "PrivateKeyFile.h"
#include "SshEndpoint.h"
#include "SshError.h"
#include "SshSecretKind.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <libssh2.h>

#include <memory>

class AgentRsaLogin;

// Logs a libssh2 session in with the endpoint's method, one non-blocking step at a time, and
// turns libssh2's few error codes into errors a person understands. Internal to SshSession.
class SshAuthenticator
{
public:
    enum class Status { InProgress, NeedSecret, Succeeded, Failed };

    SshAuthenticator(LIBSSH2_SESSION *session, const SshEndpoint &endpoint);
    ~SshAuthenticator();
    SshAuthenticator(const SshAuthenticator &) = delete;
    SshAuthenticator &operator=(const SshAuthenticator &) = delete;

    // Password for password / keyboard-interactive logins, passphrase for key files.
    void setSecret(const QString &secret) { m_secret = secret; }
    Status step();

    SshSecretKind neededSecret() const { return m_neededSecret; }
    QString secretPrompt() const;
    int failedAttempts() const { return m_failedAttempts; }
    SshError error() const { return m_error; }
    // A password that logged in; sudo reuses it.
    QString loginPassword() const;

    static bool libraryCanSignRsaSha2();

private:
    enum class Phase { ListMethods, Start, Password, KeyboardInteractive, KeyFile, Agent, Done };

    Status startMethod();
    Status startKeyFile();
    Status startAgent();
    bool openAgent(QString *why);
    Status tryPassword(bool keyboardInteractive);
    Status tryKeyFile();
    Status tryAgent();
    Status wrongSecret(SshSecretKind kind);
    Status failWith(SshError::Kind kind, const QString &message);
    Status failFromTransport(int rc, bool duringAttempt = false);
    QString server() const { return m_endpoint.displayName(); }

    LIBSSH2_SESSION *m_session;
    SshEndpoint m_endpoint;
    QByteArray m_user;
    Phase m_phase = Phase::ListMethods;
    QStringList m_offered;
    QString m_secret;
    SshSecretKind m_neededSecret = SshSecretKind::Password;
    int m_failedAttempts = 0;
    SshError m_error;
    PrivateKeyFile m_key;
    LIBSSH2_AGENT *m_agent = nullptr;
    QList<libssh2_agent_publickey *> m_agentIdentities;
    int m_agentIndex = 0;
    std::unique_ptr<AgentRsaLogin> m_rsaLogin; // the RSA identity being tried, rsa-sha2-512
    bool m_succeededWithPassword = false;
};
