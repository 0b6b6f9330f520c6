#pragma once

#include "Redactor.h"
#include "RemoteCommandOptions.h"
#include "RemoteCommandResult.h"
#include "SshEndpoint.h"
#include "SshError.h"
#include "SshHostKey.h"
#include "SshSecretKind.h"
#include "SudoPolicy.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ChannelScheduler;
class HostCertificateCheck;
class PrivilegeProbe;
class QTimer;
class RemoteCommand;
class SshAuthenticator;
class SshProxyCommand;
class SshSocketConnector;
class SshTunnel;
class SshTransport;
struct ChannelDelivery;

// One long-lived SSH connection to one server; every command runs on its own channel of it.
//
// Lives on the thread that creates it (normally the GUI thread) and never blocks it: libssh2
// runs non-blocking on a plain socket watched by QSocketNotifier. connectToHost() resolves,
// connects, verifies the host key against known_hosts exactly as OpenSSH does, logs in, and
// learns once how to become root (root, passwordless sudo, or sudo with the password on stdin).
// Nothing runs before the host key is verified.
//
// Decisions are asked for with signals and answered with calls, never with nested event loops:
//  - hostKeyDecisionNeeded() (unknown host) → acceptHostKey(record) or rejectHostKey();
//    a changed or revoked key fails at once (HostKeyChanged / HostKeyRevoked), nothing runs;
//  - secretNeeded() → provideSecret() or cancelSecretRequest(); failedAttempts > 0 means the
//    previous secret was wrong. Secrets given with the setters are tried first.
// A silent peer (no byte for deadPeerTimeoutMs while a command or a keepalive probe waits for
// its answer) or a dropped connection fails the session and every command on it; an idle
// session is never declared dead for the time nothing was asked of it. failed() always names
// the server.
// Delete it with deleteLater() when called from one of its own signals.
class SshSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,
        Connecting, // lookup, TCP, SSH handshake
        AwaitingHostKeyDecision,
        Authenticating,
        AwaitingSecret,
        CheckingPrivileges,
        Connected,
    };
    Q_ENUM(State)

    explicit SshSession(const SshEndpoint &endpoint, QObject *parent = nullptr);
    ~SshSession() override;

    const SshEndpoint &endpoint() const { return m_endpoint; }
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    SshHostKey hostKey() const { return m_hostKey; }
    SshPrivilege privilege() const { return m_privilege; }
    // Masks the secrets this session knows (password, passphrase, sudo password): for remote
    // output that is shown or logged (RemoteCommand's lines are raw).
    const Redactor &redactor() const { return m_redactor; }
    // Why commands with asRoot cannot run (SudoRequiresTty, SudoWrongPassword...), or None.
    SshError privilegeError() const { return m_privilegeError; }
    SshError lastError() const { return m_lastError; }

    void setPassword(const QString &password);
    void setKeyPassphrase(const QString &passphrase);
    void setSudoPassword(const QString &password);

    void connectToHost();
    void disconnectFromHost();

    void acceptHostKey(bool record);
    void rejectHostKey();
    void provideSecret(const QString &secret);
    void cancelSecretRequest();

    // A TCP connection from this (connected) server to host:port, offered locally as a socket:
    // what a session behind this jump host runs on. Owned and driven by this session; it ends
    // with it.
    SshTunnel *openTunnel(const QString &host, quint16 port);
    // Whose host key hostKeyDecisionNeeded() asks about: this endpoint, or one of its jump hosts.
    SshEndpoint hostKeyEndpoint() const;

    // Starts command (the text is given to the login shell; keep it under 32 KiB and pass
    // bulk data through options.stdinData). Commands given before connected() wait for it.
    RemoteCommand *run(const QString &command, const RemoteCommandOptions &options = {});

signals:
    void stateChanged(SshSession::State state);
    void hostKeyDecisionNeeded(const SshHostKey &key);
    void secretNeeded(SshSecretKind kind, const QString &prompt, int failedAttempts);
    void connected();
    void failed(const SshError &error);
    void disconnected();

private:
    friend class RemoteCommand;
    void schedulePump();
    void pump();
    void setState(State state);
    void onSocketConnected(int socket);
    void stepHandshake();
    void continueAfterHostKey();
    void connectThroughJumpHost();
    void startJumpHop(SshEndpoint hop);
    void stepTunnels();
    void askAboutHostKey();
    void onCertificateChecked(int outcome, const QString &reason);
    void stepAuthentication();
    void startPrivilegeProbe();
    void askForSecret(SshSecretKind kind, const QString &prompt, int failedAttempts);
    void becomeConnected();
    void stepChannels();
    void deliver(const QList<ChannelDelivery> &deliveries);
    RemoteCommandResult resultOf(RemoteCommand *command, const ChannelDelivery &delivery) const;
    void housekeeping();
    void updateWatches();
    void fail(SshError::Kind kind, const QString &message);
    void failFromLibrary(int rc, const QString &during);
    void finishCommands(const QList<QPointer<RemoteCommand>> &commands, const SshError &error);
    void teardown();
    RemoteCommand *runInternal(const QString &command, const RemoteCommandOptions &options);
    void endProcessGroup(RemoteCommand *command, qint64 processGroup);
    QString server() const { return m_endpoint.displayName(); }

    SshEndpoint m_endpoint;
    State m_state = State::Disconnected;
    SshError m_lastError;
    SshHostKey m_hostKey;
    SshPrivilege m_privilege = SshPrivilege::Unknown;
    SshError m_privilegeError;
    QString m_password;
    QString m_passphrase;
    QString m_sudoPassword;
    SshSecretKind m_pendingSecret = SshSecretKind::Password;
    Redactor m_redactor;

    SshSocketConnector *m_connector = nullptr;
    SshProxyCommand *m_proxy = nullptr; // for endpoints with a ProxyCommand
    SshTransport *m_transport = nullptr;
    std::unique_ptr<SshAuthenticator> m_authenticator;
    std::unique_ptr<ChannelScheduler> m_scheduler;
    PrivilegeProbe *m_privilegeProbe = nullptr;
    HostCertificateCheck *m_certificateCheck = nullptr; // while a host certificate is checked
    SshSession *m_jumpHop = nullptr;                    // the last jump host's session (ProxyJump)
    bool m_hopAwaitsHostKey = false;      // hostKeyDecisionNeeded() is about the jump host's key
    QList<QPointer<SshTunnel>> m_tunnels; // as a jump host: the connections it carries
    QTimer *m_connectTimer = nullptr;
    QTimer *m_housekeepingTimer = nullptr;
    bool m_pumpPosted = false;
    bool m_inPump = false;
};
