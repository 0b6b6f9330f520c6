#include "SshAuthenticator.h"

#include "AgentRsaLogin.h"
#include "ChannelDriver.h"
#include "SshCallbackContext.h"
#include "SshHostKey.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SshAuthenticator", text, disambiguation, n);
}
} // namespace

SshAuthenticator::SshAuthenticator(LIBSSH2_SESSION *session, const SshEndpoint &endpoint)
    : m_session(session)
    , m_endpoint(endpoint)
    , m_user(endpoint.effectiveUser().toUtf8())
{}

SshAuthenticator::~SshAuthenticator()
{
    // The keyboard-interactive answer is a password: do not leave it behind.
    auto *context = static_cast<SshCallbackContext *>(*libssh2_session_abstract(m_session));
    if (context) {
        context->keyboardInteractiveAnswer.fill('\0');
        context->keyboardInteractiveAnswer.clear();
    }
    if (m_agent) {
        libssh2_agent_disconnect(m_agent);
        libssh2_agent_free(m_agent);
    }
}

bool SshAuthenticator::libraryCanSignRsaSha2()
{
    // rsa-sha2-256/512 user authentication arrived in libssh2 1.11.0.
    return libssh2_version(0x010b00) != nullptr;
}

QString SshAuthenticator::secretPrompt() const
{
    switch (m_neededSecret) {
    case SshSecretKind::Password:
        return tr("Password for %1@%2 (%3):")
            .arg(m_endpoint.effectiveUser(), m_endpoint.host, server());
    case SshSecretKind::KeyPassphrase:
        return tr("Passphrase for the key %1:").arg(m_endpoint.identityFile);
    case SshSecretKind::SudoPassword:
        break;
    }
    return {};
}

QString SshAuthenticator::loginPassword() const
{
    return m_succeededWithPassword ? m_secret : QString();
}

SshAuthenticator::Status SshAuthenticator::step()
{
    switch (m_phase) {
    case Phase::ListMethods: {
        const char *list =
            libssh2_userauth_list(m_session, m_user.constData(), unsigned(m_user.size()));
        if (!list) {
            if (libssh2_userauth_authenticated(m_session)) {
                m_phase = Phase::Done; // the server let us in with "none"
                return Status::Succeeded;
            }
            const int rc = libssh2_session_last_errno(m_session);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return Status::InProgress;
            return failFromTransport(rc);
        }
        m_offered = QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
        m_phase = Phase::Start;
        return startMethod();
    }
    case Phase::Start:
        return startMethod();
    case Phase::Password:
        return tryPassword(false);
    case Phase::KeyboardInteractive:
        return tryPassword(true);
    case Phase::KeyFile:
        return tryKeyFile();
    case Phase::Agent:
        return tryAgent();
    case Phase::Done:
        break;
    }
    return m_error.isError() ? Status::Failed : Status::Succeeded;
}

SshAuthenticator::Status SshAuthenticator::startMethod()
{
    const QString offered = m_offered.join(QLatin1String(", "));
    const auto notOffered = [&](const QString &method) {
        return failWith(SshError::Kind::AuthMethodNotOffered,
                        tr("%1 does not accept %2 logins for %3; it offers: %4.")
                            .arg(server(), method, m_endpoint.effectiveUser(), offered));
    };
    switch (m_endpoint.auth) {
    case SshEndpoint::AuthMethod::Password:
        // To a person "password" is one thing; servers often offer it only through PAM's
        // keyboard-interactive dialogue, so fall back to that.
        if (m_offered.contains(QLatin1String("password")))
            m_phase = Phase::Password;
        else if (m_offered.contains(QLatin1String("keyboard-interactive")))
            m_phase = Phase::KeyboardInteractive;
        else
            return notOffered(tr("password"));
        break;
    case SshEndpoint::AuthMethod::KeyboardInteractive:
        if (!m_offered.contains(QLatin1String("keyboard-interactive")))
            return notOffered(tr("keyboard-interactive"));
        m_phase = Phase::KeyboardInteractive;
        break;
    case SshEndpoint::AuthMethod::Key:
        if (!m_offered.contains(QLatin1String("publickey")))
            return notOffered(tr("key"));
        return startKeyFile();
    case SshEndpoint::AuthMethod::Agent:
        if (!m_offered.contains(QLatin1String("publickey")))
            return notOffered(tr("key"));
        return startAgent();
    }
    if (m_secret.isEmpty()) {
        m_neededSecret = SshSecretKind::Password;
        return Status::NeedSecret;
    }
    return step();
}

SshAuthenticator::Status SshAuthenticator::startKeyFile()
{
    m_key = PrivateKeyFile::inspect(m_endpoint.identityFile);
    if (m_endpoint.identityFile.isEmpty() || !m_key.isReadable())
        return failWith(SshError::Kind::KeyFileUnreadable,
                        tr("Cannot log in to %1 with a key: %2")
                            .arg(server(), m_endpoint.identityFile.isEmpty()
                                               ? tr("no key file is configured")
                                               : m_key.errorString()));
    if (m_key.isRsa() && !libraryCanSignRsaSha2()) {
        // libssh2 would sign with SHA-1 itself; the agent can sign with rsa-sha2-512.
        QString why;
        if (openAgent(&why)) {
            const QByteArray blob = m_key.publicKeyBlob();
            libssh2_agent_publickey *identity = nullptr;
            while (!blob.isEmpty() &&
                   libssh2_agent_get_identity(m_agent, &identity, identity) == 0) {
                if (QByteArray(reinterpret_cast<const char *>(identity->blob),
                               qsizetype(identity->blob_len)) == blob) {
                    m_agentIdentities = {identity};
                    m_phase = Phase::Agent;
                    return tryAgent();
                }
            }
        }
        return failWith(
            SshError::Kind::RsaKeyUnsupported,
            tr("The key %1 for %2 is an RSA key. This program's SSH library (libssh2 %3) signs "
               "RSA logins from a key file only with SHA-1, which current OpenSSH servers "
               "refuse. Add the key to ssh-agent (ssh-add %1): this program then has the agent "
               "sign with rsa-sha2-512. Or use an ed25519 key (ssh-keygen -t ed25519, then "
               "ssh-copy-id to the server), or log in with a password.")
                .arg(m_endpoint.identityFile, server(), QString::fromLatin1(libssh2_version(0))));
    }
    m_phase = Phase::KeyFile;
    if (m_key.isEncrypted() && m_secret.isEmpty()) {
        m_neededSecret = SshSecretKind::KeyPassphrase;
        return Status::NeedSecret;
    }
    return tryKeyFile();
}

SshAuthenticator::Status SshAuthenticator::startAgent()
{
    QString why;
    if (!openAgent(&why))
        return failWith(SshError::Kind::AgentUnavailable,
                        tr("Cannot log in to %1 with ssh-agent: %2").arg(server(), why));

    // The configured key first: with many keys, sshd's MaxAuthTries hangs up before the right
    // one is tried.
    const QByteArray preferred = PrivateKeyFile::inspect(m_endpoint.identityFile).publicKeyBlob();
    libssh2_agent_publickey *identity = nullptr;
    while (libssh2_agent_get_identity(m_agent, &identity, identity) == 0) {
        const QByteArray blob(reinterpret_cast<const char *>(identity->blob),
                              qsizetype(identity->blob_len));
        if (!preferred.isEmpty() && blob == preferred)
            m_agentIdentities.prepend(identity);
        else
            m_agentIdentities.append(identity);
    }
    if (m_agentIdentities.isEmpty())
        return failWith(SshError::Kind::AgentUnavailable,
                        tr("Cannot log in to %1 with ssh-agent: %2")
                            .arg(server(), tr("the agent holds no keys (add one with ssh-add).")));
    m_phase = Phase::Agent;
    return tryAgent();
}

bool SshAuthenticator::openAgent(QString *why)
{
    if (m_agent)
        return true;
    const QString socket = qEnvironmentVariable("SSH_AUTH_SOCK");
    if (socket.isEmpty()) {
        *why = tr("no agent is running (SSH_AUTH_SOCK is not set).");
        return false;
    }
    m_agent = libssh2_agent_init(m_session);
    if (!m_agent || libssh2_agent_connect(m_agent) != 0) {
        *why = tr("the agent at %1 does not answer.").arg(socket);
        return false;
    }
    if (libssh2_agent_list_identities(m_agent) != 0) {
        *why = tr("the agent did not list its keys.");
        return false;
    }
    return true;
}

SshAuthenticator::Status SshAuthenticator::tryPassword(bool keyboardInteractive)
{
    const QByteArray secret = m_secret.toUtf8();
    int rc = 0;
    if (keyboardInteractive) {
        // The callback answers every prompt with the secret, handed over through the context
        // that SshSession put behind the session's abstract pointer.
        static_cast<SshCallbackContext *>(*libssh2_session_abstract(m_session))
            ->keyboardInteractiveAnswer = secret;
        rc = libssh2_userauth_keyboard_interactive_ex(
            m_session, m_user.constData(), unsigned(m_user.size()),
            [](const char *, int, const char *, int, int promptCount,
               const LIBSSH2_USERAUTH_KBDINT_PROMPT *, LIBSSH2_USERAUTH_KBDINT_RESPONSE *responses,
               void **abstract) {
                const auto *context = static_cast<SshCallbackContext *>(*abstract);
                const QByteArray &answer = context->keyboardInteractiveAnswer;
                for (int i = 0; i < promptCount; ++i) {
                    // libssh2 frees each response with free().
                    responses[i].text = static_cast<char *>(malloc(size_t(answer.size()) + 1));
                    if (!responses[i].text)
                        continue;
                    memcpy(responses[i].text, answer.constData(), size_t(answer.size()) + 1);
                    responses[i].length = unsigned(answer.size());
                }
            });
    } else {
        rc = libssh2_userauth_password_ex(m_session, m_user.constData(), unsigned(m_user.size()),
                                          secret.constData(), unsigned(secret.size()), nullptr);
    }
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return Status::InProgress;
    if (rc == 0) {
        m_succeededWithPassword = true;
        m_phase = Phase::Done;
        return Status::Succeeded;
    }
    if (rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED)
        return wrongSecret(SshSecretKind::Password);
    if (rc == LIBSSH2_ERROR_PASSWORD_EXPIRED)
        return failWith(SshError::Kind::PasswordExpired,
                        tr("The password of %1 on %2 has expired. Log in once with ssh to change "
                           "it, then try again.")
                            .arg(m_endpoint.effectiveUser(), server()));
    return failFromTransport(rc, true);
}

SshAuthenticator::Status SshAuthenticator::tryKeyFile()
{
    // For an encrypted key, let libssh2 derive the public key from the private one: that
    // decrypts it locally first, so a wrong passphrase is told apart from a refused key
    // (libssh2 reports both as the same failure once the server is involved).
    const QByteArray publicPath =
        m_key.isEncrypted() ? QByteArray() : QFile::encodeName(m_key.publicKeyPath());
    const QByteArray privatePath = QFile::encodeName(m_endpoint.identityFile);
    const QByteArray passphrase = m_secret.toUtf8();
    const int rc = libssh2_userauth_publickey_fromfile_ex(
        m_session, m_user.constData(), unsigned(m_user.size()),
        publicPath.isEmpty() ? nullptr : publicPath.constData(), privatePath.constData(),
        m_key.isEncrypted() ? passphrase.constData() : nullptr);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return Status::InProgress;
    if (rc == 0) {
        m_phase = Phase::Done;
        return Status::Succeeded;
    }
    // The key was readable a moment ago, so for an encrypted key "file error" means the
    // passphrase did not decrypt it.
    if (rc == LIBSSH2_ERROR_FILE && m_key.isEncrypted())
        return wrongSecret(SshSecretKind::KeyPassphrase);
    if (rc == LIBSSH2_ERROR_FILE)
        return failWith(SshError::Kind::KeyFileUnreadable,
                        tr("libssh2 cannot use the key %1 for %2 (unsupported format?).")
                            .arg(m_endpoint.identityFile, server()));
    if (rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED || rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED)
        return failWith(SshError::Kind::KeyRejected,
                        tr("%1 did not accept the key %2 for user %3. Is its public key in "
                           "~%3/.ssh/authorized_keys on the server?")
                            .arg(server(), m_endpoint.identityFile, m_endpoint.effectiveUser()));
    return failFromTransport(rc);
}

SshAuthenticator::Status SshAuthenticator::tryAgent()
{
    while (m_agentIndex < m_agentIdentities.size()) {
        libssh2_agent_publickey *identity = m_agentIdentities.at(m_agentIndex);
        const QByteArray blob(reinterpret_cast<const char *>(identity->blob),
                              qsizetype(identity->blob_len));
        int rc = 0;
        if (AgentRsaLogin::isRsaBlob(blob) && !libraryCanSignRsaSha2()) {
            if (!m_rsaLogin)
                m_rsaLogin =
                    std::make_unique<AgentRsaLogin>(qEnvironmentVariable("SSH_AUTH_SOCK"), blob);
            rc = m_rsaLogin->step(m_session, m_user);
        } else {
            rc = libssh2_agent_userauth(m_agent, m_user.constData(), identity);
        }
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return Status::InProgress;
        if (m_rsaLogin && !m_rsaLogin->signError().isEmpty())
            return failWith(SshError::Kind::AgentUnavailable,
                            tr("Cannot log in to %1 with the RSA key in ssh-agent: %2.")
                                .arg(server(), m_rsaLogin->signError()));
        m_rsaLogin.reset();
        if (rc == 0) {
            m_phase = Phase::Done;
            return Status::Succeeded;
        }
        if (ChannelDriver::isTransportError(rc) || rc == LIBSSH2_ERROR_SOCKET_NONE)
            return failFromTransport(rc, true);
        ++m_failedAttempts;
        ++m_agentIndex;
    }
    return failWith(SshError::Kind::KeyRejected,
                    tr("%1 accepted none of the %n key(s) in ssh-agent for user %2. Is one of "
                       "their public keys in ~%2/.ssh/authorized_keys on the server?",
                       nullptr, int(m_agentIdentities.size()))
                        .arg(server(), m_endpoint.effectiveUser()));
}

SshAuthenticator::Status SshAuthenticator::wrongSecret(SshSecretKind kind)
{
    // Ask again; the caller decides whether to give another secret or give up.
    ++m_failedAttempts;
    m_secret.clear();
    m_neededSecret = kind;
    return Status::NeedSecret;
}

SshAuthenticator::Status SshAuthenticator::failWith(SshError::Kind kind, const QString &message)
{
    m_phase = Phase::Done;
    m_error = {kind, message};
    return Status::Failed;
}

SshAuthenticator::Status SshAuthenticator::failFromTransport(int rc, bool duringAttempt)
{
    // A hang-up in answer to an attempt after failed ones: that attempt failed too.
    if (m_failedAttempts > 0 && duringAttempt)
        ++m_failedAttempts;
    if (m_failedAttempts > 0)
        return failWith(SshError::Kind::TooManyAuthAttempts,
                        tr("%1 closed the connection after %n failed login attempt(s). Servers "
                           "allow only a few tries per connection (MaxAuthTries), and repeated "
                           "failures can lock the account for a while.",
                           nullptr, m_failedAttempts)
                            .arg(server()));
    char *text = nullptr;
    libssh2_session_last_error(m_session, &text, nullptr, 0);
    return failWith(SshError::Kind::ConnectionLost,
                    tr("The connection to %1 broke during login: %2 (libssh2 error %3).")
                        .arg(server(), QString::fromUtf8(text))
                        .arg(rc));
}
