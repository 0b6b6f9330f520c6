#include "SshSession.h"

#include "ChannelScheduler.h"
#include "HostKeyVerifier.h"
#include "RemoteCommand.h"
#include "SshAuthenticator.h"
#include "SshCallbackContext.h"
#include "SshLibrary.h"
#include "SshLogging.h"
#include "SshSocketConnector.h"

#include <QScopedValueRollback>
#include <QSocketNotifier>
#include <QTimer>

#include <libssh2.h>

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
constexpr int housekeepingIntervalMs = 200;
constexpr int maxCommandBytes = 32000; // libssh2 refuses packets over ~35000 bytes
// Bytes read from the socket per pump while channels run: a few milliseconds of decryption
// and line splitting, then the event loop gets its turn.
constexpr qint64 receiveAllowancePerPump = 64 * 1024;

LIBSSH2_RECV_FUNC(receiveAndStamp)
{
    auto *context = static_cast<SshCallbackContext *>(*abstract);
    if (context->receiveAllowance == 0)
        return -EAGAIN; // the rest waits in the kernel; the read notifier brings us back
    if (context->receiveAllowance > 0)
        length = qMin(length, size_t(context->receiveAllowance));
    const ssize_t rc = ::recv(socket, buffer, length, flags);
    if (rc < 0) {
        context->lastSocketErrno = errno;
        return -errno;
    }
    if (rc > 0) {
        context->lastReceiveMs = context->clock.elapsed();
        if (context->receiveAllowance > 0)
            context->receiveAllowance -= rc;
    }
    return rc;
}

LIBSSH2_SEND_FUNC(sendAndNote)
{
    auto *context = static_cast<SshCallbackContext *>(*abstract);
    const ssize_t rc = ::send(socket, buffer, length, flags);
    if (rc < 0) {
        context->lastSocketErrno = errno;
        return -errno;
    }
    return rc;
}

int unreadBytes(int socket)
{
    int count = 0;
    return ioctl(socket, FIONREAD, &count) == 0 ? count : 0;
}
} // namespace

SshSession::SshSession(const SshEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_connector(new SshSocketConnector(endpoint.displayName(), this))
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
    m_scheduler = std::make_unique<ChannelScheduler>([this](RemoteCommand *command) {
        ChannelScheduler::Prepared prepared;
        QString line = command->command();
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
    m_sudoFailedAttempts = 0;
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
    m_connector->connectTo(m_endpoint.host, m_endpoint.effectivePort(),
                           m_endpoint.deadPeerTimeoutMs);
}

void SshSession::onSocketConnected(int socket)
{
    m_socket = socket;
    m_context = std::make_unique<SshCallbackContext>();
    m_context->clock.start();
    m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, m_context.get());
    if (!m_session) {
        fail(SshError::Kind::HandshakeFailed,
             tr("Cannot start an SSH session for %1.").arg(server()));
        return;
    }
    libssh2_session_set_blocking(m_session, 0);
    libssh2_session_callback_set(m_session, LIBSSH2_CALLBACK_RECV,
                                 reinterpret_cast<void *>(&receiveAndStamp));
    libssh2_session_callback_set(m_session, LIBSSH2_CALLBACK_SEND,
                                 reinterpret_cast<void *>(&sendAndNote));
    const char **algorithms = nullptr;
    QStringList supported;
    const int count =
        libssh2_session_supported_algs(m_session, LIBSSH2_METHOD_HOSTKEY, &algorithms);
    for (int i = 0; i < count; ++i)
        supported.append(QString::fromLatin1(algorithms[i]));
    if (count > 0)
        libssh2_free(m_session, algorithms);
    const QByteArray preference =
        HostKeyVerifier(m_endpoint).algorithmPreference(supported).toLatin1();
    if (!preference.isEmpty())
        libssh2_session_method_pref(m_session, LIBSSH2_METHOD_HOSTKEY, preference.constData());

    m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    // Through the posted pump: at most one pump per event-loop pass, so timers and the GUI
    // get their turn between two slices of a fast stream.
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SshSession::schedulePump);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SshSession::schedulePump);
    pump();
}

void SshSession::schedulePump()
{
    if (m_pumpPosted || !m_session)
        return;
    m_pumpPosted = true;
    QMetaObject::invokeMethod(this, &SshSession::pump, Qt::QueuedConnection);
}

void SshSession::pump()
{
    m_pumpPosted = false;
    if (m_inPump || !m_session)
        return;
    QScopedValueRollback<bool> guard(m_inPump, true);
    switch (m_state) {
    case State::Connecting:
        stepHandshake();
        break;
    case State::Authenticating:
        stepAuthentication();
        break;
    case State::CheckingPrivileges:
    case State::Connected:
        m_context->receiveAllowance = receiveAllowancePerPump;
        stepChannels();
        if (m_context)
            m_context->receiveAllowance = -1;
        break;
    case State::Disconnected:
    case State::AwaitingHostKeyDecision:
    case State::AwaitingSecret:
        break;
    }
    updateNotifiers();
}

void SshSession::updateNotifiers()
{
    if (!m_session || !m_readNotifier)
        return;
    // While a person decides, libssh2 must not be driven; a closed connection shows up when
    // they answer.
    const bool driving = m_state == State::Connecting || m_state == State::Authenticating ||
                         m_state == State::CheckingPrivileges || m_state == State::Connected;
    m_readNotifier->setEnabled(driving);
    // Once channels run, only a really half-sent packet waits for the socket; libssh2's flag
    // alone can be stale and would make a writable socket wake us in a loop.
    const bool channelsRun = m_state == State::CheckingPrivileges || m_state == State::Connected;
    const bool wantsOutbound =
        channelsRun
            ? m_scheduler->hasPendingSend()
            : (libssh2_session_block_directions(m_session) & LIBSSH2_SESSION_BLOCK_OUTBOUND);
    m_writeNotifier->setEnabled(driving && wantsOutbound);
    // Re-armed before every poll: the kernel leaves quick-ACK mode on its own, and delayed
    // ACKs would then add tens of milliseconds to each request/response exchange.
    const int on = 1;
    setsockopt(m_socket, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
}

void SshSession::stepHandshake()
{
    const int rc = libssh2_session_handshake(m_session, m_socket);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return;
    if (rc != 0) {
        failFromLibrary(rc, tr("during the SSH handshake"));
        return;
    }
    size_t length = 0;
    int type = 0;
    const char *key = libssh2_session_hostkey(m_session, &length, &type);
    m_hostKey = SshHostKey(QByteArray(key, qsizetype(length)));
    verifyHostKey();
}

void SshSession::verifyHostKey()
{
    HostKeyVerifier verifier(m_endpoint);
    switch (verifier.verify(m_hostKey)) {
    case HostKeyVerifier::Verdict::Trusted:
        continueAfterHostKey();
        return;
    case HostKeyVerifier::Verdict::Refused:
        fail(verifier.error().kind, verifier.error().message);
        return;
    case HostKeyVerifier::Verdict::AskUser:
        m_connectTimer->stop();
        setState(State::AwaitingHostKeyDecision);
        emit hostKeyDecisionNeeded(m_hostKey);
        return;
    }
}

void SshSession::acceptHostKey(bool record)
{
    if (m_state != State::AwaitingHostKeyDecision)
        return;
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
    fail(SshError::Kind::HostKeyRejected,
         tr("The host key of %1 (%2 %3) was not trusted; nothing was run.")
             .arg(server(), m_hostKey.typeLabel(), m_hostKey.fingerprint()));
}

void SshSession::continueAfterHostKey()
{
    setState(State::Authenticating);
    m_connectTimer->start(m_endpoint.connectTimeoutMs);
    m_authenticator = std::make_unique<SshAuthenticator>(m_session, m_endpoint);
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
        m_connectTimer->stop();
        m_pendingSecret = m_authenticator->neededSecret();
        setState(State::AwaitingSecret);
        emit secretNeeded(m_pendingSecret, m_authenticator->secretPrompt(),
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
    m_context->keyboardInteractiveAnswer.fill('\0');
    m_context->keyboardInteractiveAnswer.clear();
    m_authenticator.reset();
    qCDebug(lcSsh) << server() << "logged in as" << m_endpoint.effectiveUser();
    startPrivilegeProbe();
}

void SshSession::provideSecret(const QString &secret)
{
    if (m_state != State::AwaitingSecret)
        return;
    m_redactor.addSecret(secret);
    if (m_pendingSecret == SshSecretKind::SudoPassword) {
        m_sudoPassword = secret;
        setState(State::CheckingPrivileges);
        startSudoVerification();
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
    const QString user = m_endpoint.effectiveUser();
    if (m_pendingSecret == SshSecretKind::SudoPassword) {
        // Logged in all the same; only commands that need root will refuse to start.
        m_privilegeError =
            m_sudoFailedAttempts > 0
                ? SshError{SshError::Kind::SudoWrongPassword,
                           tr("sudo on %1 did not accept the password of %2.").arg(server(), user)}
                : SshError{SshError::Kind::SudoPasswordMissing,
                           tr("sudo on %1 needs the password of %2, and none "
                              "was given.")
                               .arg(server(), user)};
        becomeConnected();
        return;
    }
    const int failedAttempts = m_authenticator->failedAttempts();
    if (failedAttempts == 0)
        fail(SshError::Kind::AuthCancelled,
             tr("Login to %1 was cancelled: no password or passphrase was given.").arg(server()));
    else if (m_pendingSecret == SshSecretKind::KeyPassphrase)
        fail(SshError::Kind::WrongPassphrase,
             tr("The passphrase for the key %1 (login to %2) is wrong.")
                 .arg(m_endpoint.identityFile, server()));
    else
        fail(SshError::Kind::WrongPassword,
             tr("%1 did not accept the password for %2.").arg(server(), user));
}

RemoteCommand *SshSession::runInternal(const QString &command, const RemoteCommandOptions &options)
{
    auto *probe = new RemoteCommand(command, options, m_redactor, this);
    probe->m_internal = true;
    m_scheduler->enqueue(probe);
    schedulePump();
    return probe;
}

void SshSession::startPrivilegeProbe()
{
    setState(State::CheckingPrivileges);
    m_scheduler->attach(m_session, m_endpoint.maxChannels);
    m_context->lastReceiveMs = m_context->clock.elapsed();
    m_housekeepingTimer->start();
    auto output = std::make_shared<QStringList>();
    RemoteCommand *probe = runInternal(SudoPolicy::probeCommand(), {});
    connect(probe, &RemoteCommand::stdoutLines, this,
            [output](const QStringList &lines) { output->append(lines); });
    connect(probe, &RemoteCommand::finished, this,
            [this, probe, output](const RemoteCommandResult &result) {
                probe->deleteLater();
                if (m_state == State::CheckingPrivileges)
                    onPrivilegeProbeFinished(*output, result);
            });
}

void SshSession::onPrivilegeProbeFinished(const QStringList &output,
                                          const RemoteCommandResult &result)
{
    const QString user = m_endpoint.effectiveUser();
    m_privilege = SudoPolicy::classifyProbe(output, result.exitStatus, result.stderrTail);
    qCDebug(lcSsh) << server() << "privilege" << int(m_privilege);
    switch (m_privilege) {
    case SshPrivilege::Root:
    case SshPrivilege::PasswordlessSudo:
        break;
    case SshPrivilege::SudoRequiresTty:
        m_privilegeError = {
            SshError::Kind::SudoRequiresTty,
            tr("sudo on %1 is set to 'Defaults requiretty': it refuses to run without a "
               "terminal, and this program never asks for one (sudo would echo the password "
               "into it). Ask the administrator to add 'Defaults:%2 !requiretty' to the sudoers "
               "file, or log in as root.")
                .arg(server(), user)};
        break;
    case SshPrivilege::NoSudo:
    case SshPrivilege::Unknown:
        m_privilegeError = {
            SshError::Kind::SudoNotAllowed,
            tr("%1 is not root on %2 and cannot use sudo there: %3")
                .arg(user, server(), result.stderrTail.value(0, result.describe()))};
        break;
    case SshPrivilege::SudoWithPassword:
        if (m_sudoPassword.isEmpty())
            m_sudoPassword = m_password;
        if (m_sudoPassword.isEmpty()) {
            requestSudoPassword();
            return;
        }
        startSudoVerification();
        return;
    }
    becomeConnected();
}

void SshSession::requestSudoPassword()
{
    m_connectTimer->stop();
    m_pendingSecret = SshSecretKind::SudoPassword;
    setState(State::AwaitingSecret);
    emit secretNeeded(SshSecretKind::SudoPassword,
                      tr("sudo password for %1 on %2:").arg(m_endpoint.effectiveUser(), server()),
                      m_sudoFailedAttempts);
}

void SshSession::startSudoVerification()
{
    RemoteCommandOptions options;
    options.stdinData = SudoPolicy::stdinPrefix(SshPrivilege::SudoWithPassword, m_sudoPassword);
    RemoteCommand *check = runInternal(SudoPolicy::verifyCommand(), options);
    connect(check, &RemoteCommand::finished, this,
            [this, check](const RemoteCommandResult &result) {
                check->deleteLater();
                if (m_state == State::CheckingPrivileges)
                    onSudoVerificationFinished(result);
            });
}

void SshSession::onSudoVerificationFinished(const RemoteCommandResult &result)
{
    if (result.success()) {
        becomeConnected();
        return;
    }
    const SshError::Kind kind = SudoPolicy::classifyFailure(result.stderrTail, result.exitStatus);
    if (kind == SshError::Kind::SudoWrongPassword) {
        ++m_sudoFailedAttempts;
        m_sudoPassword.clear();
        requestSudoPassword();
        return;
    }
    m_privilegeError = {kind == SshError::Kind::None ? SshError::Kind::SudoNotAllowed : kind,
                        tr("%1 cannot use sudo on %2: %3")
                            .arg(m_endpoint.effectiveUser(), server(),
                                 result.stderrTail.value(0, result.describe()))};
    becomeConnected();
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
    QPointer<SshSession> self(this);
    deliver(deliveries);
    if (!self || !m_session)
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

RemoteCommandResult SshSession::resultOf(RemoteCommand *command, const ChannelDelivery &delivery)
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
    if (!m_session || !m_context)
        return;
    const qint64 silentMs = m_context->clock.elapsed() - m_context->lastReceiveMs;
    // Checked a tick early so the verdict comes within deadPeerTimeoutMs, not after it.
    if (silentMs >= m_endpoint.deadPeerTimeoutMs - housekeepingIntervalMs &&
        m_state != State::AwaitingSecret) {
        // Bytes waiting in the socket mean our own event loop was busy, not the peer dead.
        if (unreadBytes(m_socket) == 0) {
            fail(SshError::Kind::PeerSilent,
                 tr("%1 stopped answering: nothing arrived for %2 s although it was asked to "
                    "reply. The server or the network to it is down or overloaded.")
                     .arg(server())
                     .arg(silentMs / 1000.0, 0, 'f', 1));
            return;
        }
    }
    // Keepalive: a channel open/close round trip. libssh2's own keepalive replies are never
    // consumed, and its plain reads never notice a silent peer.
    const int keepaliveMs = qMax(housekeepingIntervalMs, m_endpoint.deadPeerTimeoutMs / 3);
    if (silentMs >= keepaliveMs && m_state != State::AwaitingSecret)
        m_scheduler->startProbe();
    if (m_scheduler->hasActiveChannels())
        schedulePump();
}

void SshSession::failFromLibrary(int rc, const QString &during)
{
    char *text = nullptr;
    if (m_session)
        libssh2_session_last_error(m_session, &text, nullptr, 0);
    const QString detail = QString::fromUtf8(text);
    const int socketErrno = m_context ? m_context->lastSocketErrno : 0;
    if (socketErrno == ETIMEDOUT) {
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
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater(); // may be the sender of the signal being handled
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_scheduler->detach();
    m_scheduler->setUserCommandsAllowed(false);
    m_authenticator.reset(); // frees the agent, which needs the session
    if (m_session) {
        // Say goodbye if the socket takes it, then shut the socket so that freeing the
        // session cannot wait for anything.
        libssh2_session_disconnect(m_session, "closed by gluster-ha-wizard");
        ::shutdown(m_socket, SHUT_RDWR);
        for (int attempt = 0; attempt < 10; ++attempt) {
            if (libssh2_session_free(m_session) != LIBSSH2_ERROR_EAGAIN)
                break;
        }
        m_session = nullptr;
    }
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
    m_context.reset();
    m_pumpPosted = false;
}
