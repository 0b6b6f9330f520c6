#include "SshSession.h"

#include "ChannelScheduler.h"
#include "HostCertificateCheck.h"
#include "HostKeyVerifier.h"
#include "PrivateKeyFile.h"
#include "PrivilegeProbe.h"
#include "RemoteCommand.h"
#include "RemoteProcessGroup.h"
#include "SshAuthenticator.h"
#include "SshConfigResolver.h"
#include "SshLibrary.h"
#include "SshLogging.h"
#include "SshProxyCommand.h"
#include "SshSocketConnector.h"
#include "SshTransport.h"
#include "SshTunnel.h"

#include <QScopedValueRollback>
#include <QTimer>

#include <libssh2.h>

#include <cerrno>

namespace {
constexpr int housekeepingIntervalMs = 200;
constexpr int maxCommandBytes = 32000; // libssh2 refuses packets over ~35000 bytes
// Bytes read from the socket per pump while channels run: a few milliseconds of decryption
// and line splitting, then the event loop gets its turn (libssh2 would otherwise decrypt all
// the socket holds, megabytes on a fast link, in one call).
constexpr qint64 receiveAllowancePerPump = 64 * 1024;
} // namespace

SshSession::SshSession(const SshEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_connector(new SshSocketConnector(endpoint.displayName(), this))
    , m_proxy(new SshProxyCommand(endpoint.displayName(), this))
    , m_transport(new SshTransport(this))
    , m_connectTimer(new QTimer(this))
    , m_housekeepingTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        fail(SshError::Kind::ConnectTimeout,
             tr("%1 (%2 port %3) did not complete the SSH login within %4 s. Is the address "
                "right, and does an SSH server answer there?")
                 .arg(server(), m_endpoint.host)
                 .arg(m_endpoint.effectivePort())
                 .arg(m_endpoint.connectTimeoutMs / 1000.0));
    });
    m_housekeepingTimer->setInterval(housekeepingIntervalMs);
    connect(m_housekeepingTimer, &QTimer::timeout, this, &SshSession::housekeeping);
    connect(m_connector, &SshSocketConnector::connected, this, &SshSession::onSocketConnected);
    connect(m_connector, &SshSocketConnector::failed, this,
            [this](const SshError &error) { fail(error.kind, error.message); });
    connect(m_proxy, &SshProxyCommand::connected, this, &SshSession::onSocketConnected);
    connect(m_proxy, &SshProxyCommand::failed, this,
            [this](const SshError &error) { fail(error.kind, error.message); });
    connect(m_proxy, &SshProxyCommand::exited, this, [this](const QString &description) {
        fail(m_state == State::Connecting ? SshError::Kind::ConnectFailed
                                          : SshError::Kind::ConnectionLost,
             tr("The connection to %1 (via %2) ended: %3.")
                 .arg(server(), m_endpoint.via, description));
    });
    // Through the posted pump: at most one pump per event-loop pass, so timers and the GUI
    // get their turn between two slices of a fast stream.
    connect(m_transport, &SshTransport::activity, this, &SshSession::schedulePump);
    m_scheduler = std::make_unique<ChannelScheduler>([this](RemoteCommand *command) {
        ChannelScheduler::Prepared prepared;
        QString line = command->command();
        if (command->options().endProcessesOnCancel)
            line = RemoteProcessGroup::wrap(line);
        if (command->options().asRoot && m_privilege != SshPrivilege::Root) {
            if (m_privilegeError.isError()) {
                prepared.error = m_privilegeError;
                return prepared;
            }
            line = SudoPolicy::wrap(m_privilege, line);
            prepared.stdinPrefix = SudoPolicy::stdinPrefix(m_privilege, m_sudoPassword);
        }
        prepared.commandLine = line.toUtf8();
        return prepared;
    });
    m_scheduler->setProcessKiller(
        [this](RemoteCommand *command, qint64 group) { endProcessGroup(command, group); });
}

SshSession::~SshSession()
{
    teardown();
}

void SshSession::setPassword(const QString &password)
{
    m_password = password;
    m_redactor.addSecret(password);
}

void SshSession::setKeyPassphrase(const QString &passphrase)
{
    m_passphrase = passphrase;
    m_redactor.addSecret(passphrase);
}

void SshSession::setSudoPassword(const QString &password)
{
    m_sudoPassword = password;
    m_redactor.addSecret(password);
}

void SshSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcSsh) << server() << "state" << state;
    emit stateChanged(state);
}

void SshSession::connectToHost()
{
    if (m_state != State::Disconnected)
        return;
    m_lastError = {};
    m_hostKey = {};
    m_privilege = SshPrivilege::Unknown;
    m_privilegeError = {};
    setState(State::Connecting);
    int code = 0;
    if (m_endpoint.host.isEmpty() || !SshLibrary::ensureInitialised(&code)) {
        const QString why = m_endpoint.host.isEmpty()
                                ? tr("Cannot connect to %1: no host name is given.").arg(server())
                                : tr("Cannot connect to %1: libssh2 failed to start (error %2).")
                                      .arg(server())
                                      .arg(code);
        // Queued, so the caller has returned from connectToHost() before failed() arrives.
        QTimer::singleShot(0, this, [this, why] { fail(SshError::Kind::ConnectFailed, why); });
        return;
    }
    m_connectTimer->start(m_endpoint.connectTimeoutMs);
    if (!m_endpoint.jumpHosts.isEmpty())
        connectThroughJumpHost();
    else if (!m_endpoint.proxyCommand.isEmpty())
        m_proxy->start(m_endpoint.proxyCommand);
    else
        m_connector->connectTo(m_endpoint.host, m_endpoint.effectivePort(),
                               m_endpoint.deadPeerTimeoutMs);
}

namespace {
// "[user@]host[:port]" (ProxyJump's form) into the endpoint.
void applyJumpSpec(const QString &spec, SshEndpoint *hop)
{
    QString rest = spec.trimmed();
    if (rest.startsWith(QLatin1String("ssh://")))
        rest = rest.mid(6);
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        hop->user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? rest.mid(colon + 1).toUInt(&ok) : 0;
    if (ok && port > 0 && port <= 65535 && rest.count(QLatin1Char(':')) == 1) {
        hop->port = quint16(port);
        rest = rest.left(colon);
    }
    if (rest.startsWith(QLatin1Char('[')) && rest.endsWith(QLatin1Char(']')))
        rest = rest.mid(1, rest.size() - 2);
    hop->host = rest;
}
} // namespace

void SshSession::connectThroughJumpHost()
{
    QStringList hops = m_endpoint.jumpHosts;
    const QString last = hops.takeLast();
    SshEndpoint hop;
    applyJumpSpec(last, &hop);
    hop.name = tr("jump host %1").arg(last);
    hop.jumpHosts = hops;
    // Its known_hosts files, key and user are what `ssh -G` says for it, as `ssh -J` would use.
    hop.connectTimeoutMs = m_endpoint.connectTimeoutMs;
    hop.deadPeerTimeoutMs = m_endpoint.deadPeerTimeoutMs;
    hop.checkPrivileges = false;
    auto *resolver = new SshConfigResolver(this);
    resolver->setConfigFile(m_endpoint.sshConfigFile);
    connect(resolver, &SshConfigResolver::resolved, this, [this, resolver](const SshEndpoint &e) {
        resolver->deleteLater();
        startJumpHop(e);
    });
    connect(resolver, &SshConfigResolver::failed, this, [this, resolver, hop](const QString &) {
        resolver->deleteLater();
        startJumpHop(hop);
    });
    resolver->resolve(hop);
}

void SshSession::startJumpHop(SshEndpoint hop)
{
    if (m_state != State::Connecting || m_jumpHop)
        return;
    // No one to type a secret for a jump host: an unencrypted key file, else the agent.
    const PrivateKeyFile key = PrivateKeyFile::inspect(hop.identityFile);
    const bool agent = !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK");
    hop.auth = key.isReadable() && (!key.isEncrypted() || !agent) ? SshEndpoint::AuthMethod::Key
                                                                  : SshEndpoint::AuthMethod::Agent;
    m_jumpHop = new SshSession(hop, this);
    const QString hopName = hop.displayName();
    connect(m_jumpHop, &SshSession::hostKeyDecisionNeeded, this, [this](const SshHostKey &hopKey) {
        m_hopAwaitsHostKey = true;
        m_connectTimer->stop();
        setState(State::AwaitingHostKeyDecision);
        emit hostKeyDecisionNeeded(hopKey);
    });
    connect(m_jumpHop, &SshSession::secretNeeded, this, [this, hopName] {
        fail(SshError::Kind::AuthCancelled,
             tr("Cannot reach %1: the %2 asks for a password or passphrase. Jump hosts log in "
                "without one: with ssh-agent or an unencrypted key.")
                 .arg(server(), hopName));
    });
    connect(m_jumpHop, &SshSession::failed, this, [this](const SshError &error) {
        // Said once, by the server the user asked for; a jump host passes it on as it is.
        if (!m_endpoint.checkPrivileges)
            fail(error.kind, error.message);
        else
            fail(error.kind,
                 tr("Cannot reach %1 via %2: %3").arg(server(), m_endpoint.via, error.message));
    });
    connect(m_jumpHop, &SshSession::connected, this, [this] {
        SshTunnel *tunnel = m_jumpHop->openTunnel(m_endpoint.host, m_endpoint.effectivePort());
        connect(tunnel, &SshTunnel::opened, this, &SshSession::onSocketConnected);
        connect(tunnel, &SshTunnel::failed, this, [this](const QString &why) {
            fail(SshError::Kind::ConnectFailed,
                 tr("Cannot reach %1 via %2: %3").arg(server(), m_endpoint.via, why));
        });
    });
    m_jumpHop->connectToHost();
}

SshEndpoint SshSession::hostKeyEndpoint() const
{
    return m_hopAwaitsHostKey && m_jumpHop ? m_jumpHop->hostKeyEndpoint() : m_endpoint;
}

SshTunnel *SshSession::openTunnel(const QString &host, quint16 port)
{
    auto *tunnel = new SshTunnel(host, port, this);
    connect(tunnel, &SshTunnel::activity, this, &SshSession::schedulePump);
    m_tunnels.append(tunnel);
    schedulePump();
    return tunnel;
}

void SshSession::stepTunnels()
{
    for (qsizetype i = 0; i < m_tunnels.size();) {
        SshTunnel *tunnel = m_tunnels.at(i);
        if (tunnel && tunnel->step(m_transport->session())) {
            ++i;
            continue;
        }
        if (tunnel)
            tunnel->deleteLater();
        m_tunnels.removeAt(i);
    }
}

void SshSession::onSocketConnected(int socket)
{
    if (!m_transport->open(socket)) {
        fail(SshError::Kind::HandshakeFailed,
             tr("Cannot start an SSH session for %1.").arg(server()));
        return;
    }
    m_transport->preferHostKeyAlgorithms(
        HostKeyVerifier(m_endpoint).algorithmPreference(m_transport->supportedHostKeyAlgorithms()));
    pump();
}

void SshSession::schedulePump()
{
    if (m_pumpPosted || !m_transport->isOpen())
        return;
    m_pumpPosted = true;
    QMetaObject::invokeMethod(this, &SshSession::pump, Qt::QueuedConnection);
}

void SshSession::pump()
{
    m_pumpPosted = false;
    if (m_inPump || !m_transport->isOpen())
        return;
    QScopedValueRollback<bool> guard(m_inPump, true);
    switch (m_state) {
    case State::Connecting:
        if (!m_certificateCheck) // the handshake is done while the certificate is checked
            stepHandshake();
        break;
    case State::Authenticating:
        stepAuthentication();
        break;
    case State::CheckingPrivileges:
    case State::Connected:
        m_transport->setReceiveAllowance(receiveAllowancePerPump);
        stepChannels();
        if (m_state == State::Connected && !m_tunnels.isEmpty())
            stepTunnels();
        m_transport->setReceiveAllowance(-1);
        break;
    case State::Disconnected:
    case State::AwaitingHostKeyDecision:
    case State::AwaitingSecret:
        break;
    }
    updateWatches();
}

void SshSession::updateWatches()
{
    // While a person decides, libssh2 is not driven; a closed connection shows when they
    // answer. Once channels run, only a really half-sent packet waits for the socket:
    // libssh2's own flag can be stale and would wake us in a loop on a writable socket.
    const bool channelsRun = m_state == State::CheckingPrivileges || m_state == State::Connected;
    const bool driving = channelsRun || (m_state == State::Connecting && !m_certificateCheck) ||
                         m_state == State::Authenticating;
    const bool wantsOutbound =
        channelsRun ? m_scheduler->hasPendingSend() ||
                          (!m_tunnels.isEmpty() && m_transport->libraryBlockedOutbound())
                    : m_transport->libraryBlockedOutbound();
    m_transport->watch(driving, driving && wantsOutbound);
}

void SshSession::stepHandshake()
{
    LIBSSH2_SESSION *session = m_transport->session();
    const int rc = libssh2_session_handshake(session, m_transport->socket());
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return;
    if (rc != 0) {
        failFromLibrary(rc, tr("during the SSH handshake"));
        return;
    }
    size_t length = 0;
    int type = 0;
    const char *key = libssh2_session_hostkey(session, &length, &type);
    m_hostKey = SshHostKey(QByteArray(key, qsizetype(length)));
    HostKeyVerifier verifier(m_endpoint);
    switch (verifier.verify(m_hostKey)) {
    case HostKeyVerifier::Verdict::Trusted:
        continueAfterHostKey();
        return;
    case HostKeyVerifier::Verdict::Refused:
        fail(verifier.error().kind, verifier.error().message);
        return;
    case HostKeyVerifier::Verdict::AskUser: {
        const QList<QByteArray> authorities = verifier.certificateAuthorities();
        // libssh2 cannot take the certificate in the handshake: fetch and check it aside (not
        // through a ProxyCommand or jump hosts, which ssh-keyscan cannot use).
        if (authorities.isEmpty() || !m_endpoint.proxyCommand.isEmpty() ||
            !m_endpoint.jumpHosts.isEmpty()) {
            askAboutHostKey();
            return;
        }
        m_certificateCheck = new HostCertificateCheck(this);
        connect(m_certificateCheck, &HostCertificateCheck::finished, this,
                &SshSession::onCertificateChecked);
        m_certificateCheck->start(m_endpoint.host, m_endpoint.effectivePort(),
                                  verifier.certificatePrincipal(), m_hostKey, authorities);
        return;
    }
    }
}

void SshSession::askAboutHostKey()
{
    m_connectTimer->stop();
    setState(State::AwaitingHostKeyDecision);
    emit hostKeyDecisionNeeded(m_hostKey);
}

void SshSession::onCertificateChecked(int outcome, const QString &reason)
{
    m_certificateCheck->deleteLater();
    m_certificateCheck = nullptr;
    switch (HostCertificateCheck::Outcome(outcome)) {
    case HostCertificateCheck::Outcome::Trusted:
        qCDebug(lcSsh) << server() << "host key certified by a known CA";
        continueAfterHostKey();
        return;
    case HostCertificateCheck::Outcome::Refused: {
        const SshError error = HostKeyVerifier(m_endpoint).certificateRefused(m_hostKey, reason);
        fail(error.kind, error.message);
        return;
    }
    case HostCertificateCheck::Outcome::NoCertificate:
        askAboutHostKey();
        return;
    }
}

void SshSession::acceptHostKey(bool record)
{
    if (m_state != State::AwaitingHostKeyDecision)
        return;
    if (m_hopAwaitsHostKey) {
        m_hopAwaitsHostKey = false;
        setState(State::Connecting);
        m_connectTimer->start(m_endpoint.connectTimeoutMs);
        m_jumpHop->acceptHostKey(record);
        return;
    }
    HostKeyVerifier verifier(m_endpoint);
    if (record && !verifier.record(m_hostKey)) {
        fail(verifier.error().kind, verifier.error().message);
        return;
    }
    continueAfterHostKey();
}

void SshSession::rejectHostKey()
{
    if (m_state != State::AwaitingHostKeyDecision)
        return;
    if (m_hopAwaitsHostKey) {
        m_hopAwaitsHostKey = false;
        m_jumpHop->rejectHostKey(); // its failure ends this session too
        return;
    }
    fail(SshError::Kind::HostKeyRejected,
         tr("The host key of %1 (%2 %3) was not trusted; nothing was run.")
             .arg(server(), m_hostKey.typeLabel(), m_hostKey.fingerprint()));
}

void SshSession::continueAfterHostKey()
{
    setState(State::Authenticating);
    m_connectTimer->start(m_endpoint.connectTimeoutMs);
    m_authenticator = std::make_unique<SshAuthenticator>(m_transport->session(), m_endpoint);
    if (m_endpoint.auth == SshEndpoint::AuthMethod::Key)
        m_authenticator->setSecret(m_passphrase);
    else if (m_endpoint.auth != SshEndpoint::AuthMethod::Agent)
        m_authenticator->setSecret(m_password);
    schedulePump();
}

void SshSession::stepAuthentication()
{
    switch (m_authenticator->step()) {
    case SshAuthenticator::Status::InProgress:
        return;
    case SshAuthenticator::Status::NeedSecret:
        askForSecret(m_authenticator->neededSecret(), m_authenticator->secretPrompt(),
                     m_authenticator->failedAttempts());
        return;
    case SshAuthenticator::Status::Failed:
        fail(m_authenticator->error().kind, m_authenticator->error().message);
        return;
    case SshAuthenticator::Status::Succeeded:
        break;
    }
    if (!m_authenticator->loginPassword().isEmpty())
        m_password = m_authenticator->loginPassword();
    m_authenticator.reset();
    qCDebug(lcSsh) << server() << "logged in as" << m_endpoint.effectiveUser();
    if (m_endpoint.checkPrivileges) {
        startPrivilegeProbe();
        return;
    }
    m_scheduler->attach(m_transport->session(), m_endpoint.maxChannels);
    m_housekeepingTimer->start();
    becomeConnected();
}

void SshSession::askForSecret(SshSecretKind kind, const QString &prompt, int failedAttempts)
{
    m_connectTimer->stop(); // a person's thinking time is no timeout
    m_pendingSecret = kind;
    setState(State::AwaitingSecret);
    emit secretNeeded(kind, prompt, failedAttempts);
}

void SshSession::provideSecret(const QString &secret)
{
    if (m_state != State::AwaitingSecret)
        return;
    m_redactor.addSecret(secret);
    if (m_pendingSecret == SshSecretKind::SudoPassword) {
        setState(State::CheckingPrivileges);
        m_privilegeProbe->provideSudoPassword(secret);
        return;
    }
    if (m_pendingSecret == SshSecretKind::KeyPassphrase)
        m_passphrase = secret;
    else
        m_password = secret;
    m_authenticator->setSecret(secret);
    setState(State::Authenticating);
    m_connectTimer->start(m_endpoint.connectTimeoutMs);
    schedulePump();
}

void SshSession::cancelSecretRequest()
{
    if (m_state != State::AwaitingSecret)
        return;
    if (m_pendingSecret == SshSecretKind::SudoPassword) {
        // Logged in all the same; only commands that need root will refuse to start.
        setState(State::CheckingPrivileges);
        m_privilegeProbe->giveUp();
        return;
    }
    if (m_authenticator->failedAttempts() == 0)
        fail(SshError::Kind::AuthCancelled,
             tr("Login to %1 was cancelled: no password or passphrase was given.").arg(server()));
    else if (m_pendingSecret == SshSecretKind::KeyPassphrase)
        fail(SshError::Kind::WrongPassphrase,
             tr("The passphrase for the key %1 (login to %2) is wrong.")
                 .arg(m_endpoint.identityFile, server()));
    else
        fail(
            SshError::Kind::WrongPassword,
            tr("%1 did not accept the password for %2.").arg(server(), m_endpoint.effectiveUser()));
}

RemoteCommand *SshSession::runInternal(const QString &command, const RemoteCommandOptions &options)
{
    auto *remote = new RemoteCommand(command, options, m_redactor, this);
    remote->m_internal = true;
    m_scheduler->enqueue(remote);
    schedulePump();
    return remote;
}

void SshSession::endProcessGroup(RemoteCommand *command, qint64 processGroup)
{
    qCDebug(lcSsh) << server() << "ending remote process group" << processGroup;
    RemoteCommandOptions options;
    options.asRoot = command->options().asRoot; // the same user as the command's processes
    RemoteCommand *kill = runInternal(RemoteProcessGroup::killCommand(processGroup), options);
    const QPointer<RemoteCommand> target(command);
    connect(kill, &RemoteCommand::finished, this,
            [this, kill, target](const RemoteCommandResult &result) {
                kill->deleteLater();
                if (result.success() || !target || target->isFinished())
                    return;
                // Not confirmed: at least stop waiting for the command.
                qCWarning(lcSsh).noquote()
                    << tr("%1: the processes of a cancelled command could not be ended (%2); "
                          "only its channel is closed.")
                           .arg(server(), result.describe());
                target->m_forceStop = true;
                schedulePump();
            });
}

void SshSession::startPrivilegeProbe()
{
    setState(State::CheckingPrivileges);
    m_scheduler->attach(m_transport->session(), m_endpoint.maxChannels);
    m_housekeepingTimer->start();
    m_privilegeProbe = new PrivilegeProbe(
        [this](const QString &command, const RemoteCommandOptions &options) {
            return runInternal(command, options);
        },
        server(), m_endpoint.effectiveUser(), this);
    connect(m_privilegeProbe, &PrivilegeProbe::sudoPasswordNeeded, this, [this](int failed) {
        askForSecret(SshSecretKind::SudoPassword, m_privilegeProbe->prompt(), failed);
    });
    connect(m_privilegeProbe, &PrivilegeProbe::finished, this, [this] {
        m_privilege = m_privilegeProbe->privilege();
        m_privilegeError = m_privilegeProbe->error();
        m_sudoPassword = m_privilegeProbe->sudoPassword();
        qCDebug(lcSsh) << server() << "privilege" << int(m_privilege);
        becomeConnected();
    });
    m_privilegeProbe->start(m_sudoPassword.isEmpty() ? m_password : m_sudoPassword);
}

void SshSession::becomeConnected()
{
    m_connectTimer->stop();
    m_scheduler->setUserCommandsAllowed(true);
    setState(State::Connected);
    emit connected();
    schedulePump();
}

RemoteCommand *SshSession::run(const QString &command, const RemoteCommandOptions &options)
{
    auto *remote = new RemoteCommand(command, options, m_redactor, this);
    qCDebug(lcSsh).noquote() << server() << "run:" << remote->loggableCommand();
    SshError refusal;
    if (m_state == State::Disconnected)
        refusal = {SshError::Kind::NotConnected,
                   tr("Not connected to %1; the command was not run.").arg(server())};
    else if (command.toUtf8().size() > maxCommandBytes)
        refusal = {SshError::Kind::ChannelFailed,
                   tr("The command for %1 is longer than %2 bytes; pass bulk data on stdin.")
                       .arg(server())
                       .arg(maxCommandBytes)};
    if (refusal.isError()) {
        QTimer::singleShot(0, remote, [remote, refusal] {
            RemoteCommandResult result;
            result.error = refusal;
            remote->deliverFinished(result);
        });
        return remote;
    }
    if (options.timeoutMs > 0) {
        QTimer::singleShot(options.timeoutMs, remote, [remote] {
            if (remote->isFinished())
                return;
            remote->m_timedOut = true;
            remote->cancel();
        });
    }
    m_scheduler->enqueue(remote);
    schedulePump();
    return remote;
}

void SshSession::stepChannels()
{
    QList<ChannelDelivery> deliveries;
    const ChannelScheduler::PumpResult result = m_scheduler->pump(deliveries);
    m_transport->setAwaitingReply(m_scheduler->hasActiveChannels());
    QPointer<SshSession> self(this);
    deliver(deliveries);
    if (!self || !m_transport->isOpen())
        return;
    if (result.transportError) {
        failFromLibrary(result.transportError, tr("while running commands"));
        return;
    }
    // libssh2 may hold data it already read from the socket; the notifier would never tell.
    if (result.didWork || result.budgetSpent)
        schedulePump();
}

void SshSession::deliver(const QList<ChannelDelivery> &deliveries)
{
    QPointer<SshSession> self(this);
    for (const ChannelDelivery &delivery : deliveries) {
        RemoteCommand *command = delivery.command;
        if (!command || command->isFinished())
            continue;
        if (delivery.started)
            command->deliverStarted();
        if (self && delivery.command)
            command->deliverLines(delivery.stdoutLines, delivery.stderrLines);
        if (self && delivery.command && delivery.finished)
            command->deliverFinished(resultOf(command, delivery));
        if (!self)
            return;
    }
}

RemoteCommandResult SshSession::resultOf(RemoteCommand *command,
                                         const ChannelDelivery &delivery) const
{
    RemoteCommandResult result;
    const ChannelOutcome &outcome = delivery.outcome;
    result.gotEof = outcome.gotEof;
    result.exitStatus = outcome.exitStatus;
    result.exitSignal = outcome.exitSignal;
    result.timedOut = command->m_timedOut;
    result.cancelled = command->m_cancelRequested && !command->m_timedOut;
    result.error = delivery.error;
    if (result.error.isError())
        return result;
    if (outcome.channelError) {
        result.error = {SshError::Kind::ChannelFailed,
                        tr("%1 refused to run the command (libssh2 error %2).")
                            .arg(server())
                            .arg(outcome.channelError)};
    } else if (command->options().asRoot && m_privilege != SshPrivilege::Root) {
        const SshError::Kind kind =
            SudoPolicy::classifyFailure(command->m_stderrHead, outcome.exitStatus);
        if (kind == SshError::Kind::SudoWrongPassword)
            result.error = {kind, tr("sudo on %1 did not accept the password of %2; the command "
                                     "did not run.")
                                      .arg(server(), m_endpoint.effectiveUser())};
        else if (kind != SshError::Kind::None)
            result.error = {kind, tr("sudo on %1 refused the command: %2")
                                      .arg(server(), command->m_stderrHead.value(0))};
    }
    return result;
}

void SshSession::housekeeping()
{
    if (!m_transport->isOpen())
        return;
    if (m_state == State::AwaitingSecret) {
        // Nothing is driven while a person answers: the wait starts again afterwards.
        m_transport->setAwaitingReply(false);
        return;
    }
    // Only a request that waits for an answer makes silence suspicious: an idle session (no
    // channel, no probe) is never declared dead, however long our event loop or a person at a
    // prompt kept us away; the next probe or command starts a fresh wait.
    m_transport->setAwaitingReply(m_scheduler->hasActiveChannels());
    const qint64 silentMs = m_transport->millisecondsSinceLastByte();
    const qint64 awaitingMs = m_transport->millisecondsAwaitingReply();
    // Checked a tick early so the verdict comes within deadPeerTimeoutMs, not after it.
    // Bytes waiting in the socket mean our own event loop was busy, not that the peer died.
    if (awaitingMs >= m_endpoint.deadPeerTimeoutMs - housekeepingIntervalMs &&
        !m_transport->hasUnreadBytes()) {
        fail(SshError::Kind::PeerSilent,
             tr("%1 stopped answering: nothing arrived for %2 s although it was asked to "
                "reply. The server or the network to it is down or overloaded.")
                 .arg(server())
                 .arg(awaitingMs / 1000.0, 0, 'f', 1));
        return;
    }
    // Keepalive: a channel open/close round trip. Replies to libssh2's own keepalive are
    // never consumed, and plain reads never notice a silent peer.
    const int keepaliveMs = qMax(housekeepingIntervalMs, m_endpoint.deadPeerTimeoutMs / 3);
    if (silentMs >= keepaliveMs)
        m_scheduler->startProbe();
    if (m_scheduler->hasActiveChannels())
        schedulePump();
}

void SshSession::failFromLibrary(int rc, const QString &during)
{
    QString detail = m_transport->lastLibraryError();
    // Through a ProxyCommand the real reason is the command's own message (e.g. ssh -W's
    // "Host key verification failed." for a jump host).
    if (!m_endpoint.proxyCommand.isEmpty() && !m_proxy->errorOutput().isEmpty())
        detail = tr("%1; via %2: %3").arg(detail, m_endpoint.via, m_proxy->errorOutput());
    if (m_transport->lastSocketErrno() == ETIMEDOUT) {
        fail(SshError::Kind::PeerSilent,
             tr("%1 stopped acknowledging data %2 (TCP user timeout).").arg(server(), during));
    } else if (rc == LIBSSH2_ERROR_SOCKET_RECV || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT ||
               rc == LIBSSH2_ERROR_SOCKET_SEND || rc == LIBSSH2_ERROR_BANNER_RECV) {
        fail(SshError::Kind::ConnectionLost,
             tr("The connection to %1 was closed %2 (%3).").arg(server(), during, detail));
    } else if (m_state == State::Connecting) {
        fail(SshError::Kind::HandshakeFailed,
             tr("The SSH handshake with %1 failed: %2 (libssh2 error %3).")
                 .arg(server(), detail)
                 .arg(rc));
    } else {
        fail(SshError::Kind::ProtocolError, tr("SSH error with %1 %2: %3 (libssh2 error %4).")
                                                .arg(server(), during, detail)
                                                .arg(rc));
    }
}

void SshSession::fail(SshError::Kind kind, const QString &message)
{
    if (m_state == State::Disconnected)
        return;
    m_lastError = {kind, m_redactor.redact(message)};
    qCWarning(lcSsh).noquote() << m_lastError.message;
    const QList<QPointer<RemoteCommand>> unfinished = m_scheduler->takeUnfinished();
    teardown();
    setState(State::Disconnected);
    QPointer<SshSession> self(this);
    finishCommands(unfinished, m_lastError);
    if (!self)
        return;
    emit failed(m_lastError);
    if (self)
        emit disconnected();
}

void SshSession::finishCommands(const QList<QPointer<RemoteCommand>> &commands,
                                const SshError &error)
{
    QPointer<SshSession> self(this);
    for (const QPointer<RemoteCommand> &command : commands) {
        if (!command || command->isFinished())
            continue;
        RemoteCommandResult result;
        result.error = error;
        result.timedOut = command->m_timedOut;
        result.cancelled = command->m_cancelRequested && !command->m_timedOut;
        command->deliverFinished(result);
        if (!self)
            return;
    }
}

void SshSession::disconnectFromHost()
{
    if (m_state == State::Disconnected)
        return;
    const QList<QPointer<RemoteCommand>> unfinished = m_scheduler->takeUnfinished();
    teardown();
    setState(State::Disconnected);
    QPointer<SshSession> self(this);
    finishCommands(
        unfinished,
        {SshError::Kind::NotConnected,
         tr("The connection to %1 was closed before the command finished.").arg(server())});
    if (self)
        emit disconnected();
}

void SshSession::teardown()
{
    m_connectTimer->stop();
    m_housekeepingTimer->stop();
    m_connector->abort();
    if (m_certificateCheck) {
        m_certificateCheck->disconnect(this);
        m_certificateCheck->deleteLater();
        m_certificateCheck = nullptr;
    }
    if (m_privilegeProbe) {
        m_privilegeProbe->disconnect(this);
        m_privilegeProbe->deleteLater();
        m_privilegeProbe = nullptr;
    }
    for (const QPointer<SshTunnel> &tunnel : std::as_const(m_tunnels)) {
        if (tunnel) {
            tunnel->close();
            tunnel->deleteLater();
        }
    }
    m_tunnels.clear();
    if (m_jumpHop) {
        m_jumpHop->disconnect(this);
        m_jumpHop->deleteLater(); // may be the sender of the signal being handled
        m_jumpHop = nullptr;
    }
    m_hopAwaitsHostKey = false;
    m_scheduler->detach();
    m_scheduler->setUserCommandsAllowed(false);
    m_authenticator.reset(); // frees the agent, which needs the libssh2 session
    m_transport->close();
    m_proxy->stop(); // after the socket closed: the command sees the end of its stream
    m_pumpPosted = false;
}
