#include "ServerConnections.h"

#include "CredentialStore.h"
#include "SshConfigResolver.h"
#include "SshEndpoint.h"
#include "SshError.h"
#include "SshHostKey.h"
#include "SshSecretKind.h"
#include "SshSession.h"

#include <QDir>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace {
// Reads one line from the terminal without echo (a password prompt).
QString readHidden(const QString &prompt)
{
    QTextStream(stderr) << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    QTextStream(stderr) << '\n';
    return line;
}
} // namespace

ServerConnections::ServerConnections(const SetupSpec &spec, const Policy &policy, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_policy(policy)
{}

ServerConnections::~ServerConnections()
{
    for (SshSession *session : std::as_const(m_sessions)) {
        if (session)
            session->disconnectFromHost();
    }
}

SshEndpoint ServerConnections::endpointFor(const ServerSpec &server, const QString &knownHostsPath)
{
    SshEndpoint endpoint;
    endpoint.name = server.name;
    endpoint.host = server.ssh.host;
    endpoint.port = quint16(server.ssh.port);
    endpoint.user = server.ssh.user;
    switch (server.ssh.auth) {
    case SshSpec::Auth::Agent:
        endpoint.auth = SshEndpoint::AuthMethod::Agent;
        break;
    case SshSpec::Auth::Key:
        endpoint.auth = SshEndpoint::AuthMethod::Key;
        break;
    case SshSpec::Auth::Password:
        endpoint.auth = SshEndpoint::AuthMethod::Password;
        break;
    }
    endpoint.identityFile = server.ssh.identityFile;
    if (endpoint.identityFile.startsWith(QLatin1String("~/")))
        endpoint.identityFile = QDir::homePath() + endpoint.identityFile.mid(1);
    endpoint.knownHostsPath = knownHostsPath;
    return endpoint;
}

bool ServerConnections::allConnected() const
{
    for (const QString &error : m_errors) {
        if (!error.isEmpty())
            return false;
    }
    return m_pending == 0;
}

void ServerConnections::start()
{
    const int count = static_cast<int>(m_spec.servers.size());
    m_sessions = QList<SshSession *>(count, nullptr);
    m_errors = QStringList(count);
    m_settled = QList<bool>(count, false);
    m_pending = count;
    for (int i = 0; i < count; ++i) {
        auto *resolver = new SshConfigResolver(this);
        connect(resolver, &SshConfigResolver::resolved, this,
                [this, i, resolver](const SshEndpoint &endpoint) {
                    resolver->deleteLater();
                    connectServer(i, endpoint);
                });
        connect(resolver, &SshConfigResolver::failed, this, [this, i, resolver](const QString &) {
            // Without `ssh -G` the spec's own fields (and OpenSSH's defaults) apply.
            resolver->deleteLater();
            connectServer(i, endpointFor(m_spec.servers.at(i), m_policy.knownHostsPath));
        });
        resolver->resolve(endpointFor(m_spec.servers.at(i), m_policy.knownHostsPath));
    }
}

void ServerConnections::connectServer(int index, const SshEndpoint &endpoint)
{
    auto *session = new SshSession(endpoint, this);
    m_sessions[index] = session;
    connect(session, &SshSession::hostKeyDecisionNeeded, this,
            [this, index, session](const SshHostKey &key) {
                if (m_policy.acceptNewHostKeys) {
                    emit progress(index, tr("new host key %1 %2 accepted and recorded")
                                             .arg(key.typeLabel(), key.fingerprint()));
                    session->acceptHostKey(true);
                    return;
                }
                settle(index,
                       tr("%1: unknown host key %2 %3; compare it with the server's "
                          "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and run again "
                          "with --accept-new-host-keys, or add it to known_hosts.")
                           .arg(m_spec.servers.at(index).name, key.typeLabel(), key.fingerprint()));
                session->rejectHostKey();
            });
    connect(session, &SshSession::secretNeeded, this,
            [this, index](SshSecretKind kind, const QString &prompt, int failedAttempts) {
                onSecretNeeded(index, kind, prompt, failedAttempts);
            });
    connect(session, &SshSession::connected, this, [this, index]() { settle(index, QString()); });
    connect(session, &SshSession::failed, this,
            [this, index](const SshError &error) { settle(index, error.message); });
    session->connectToHost();
}

void ServerConnections::onSecretNeeded(int index, SshSecretKind kind, const QString &prompt,
                                       int failedAttempts)
{
    Q_UNUSED(kind)
    SshSession *session = m_sessions.at(index);
    if (failedAttempts == 0 && !m_policy.secret.isEmpty()) {
        session->provideSecret(m_policy.secret);
        return;
    }
    if (failedAttempts > 0 && !m_policy.mayPrompt) {
        session->cancelSecretRequest(); // a wrong secret from the file is not retried
        return;
    }
    // The keychain first (asynchronous), then the terminal.
    const QString account = session->endpoint().credentialKey();
    auto *store = new CredentialStore(this);
    connect(store, &CredentialStore::secretRead, this,
            [this, index, store, failedAttempts, prompt](const QString &, const QString &secret) {
                store->deleteLater();
                if (failedAttempts == 0)
                    m_sessions.at(index)->provideSecret(secret);
                else
                    answerFromTerminal(index, prompt);
            });
    auto fallback = [this, index, store, prompt](const QString &) {
        store->deleteLater();
        answerFromTerminal(index, prompt);
    };
    connect(store, &CredentialStore::secretMissing, this, fallback);
    connect(store, &CredentialStore::failed, this,
            [fallback](const QString &which, const QString &) { fallback(which); });
    store->read(account);
}

void ServerConnections::answerFromTerminal(int index, const QString &prompt)
{
    SshSession *session = m_sessions.at(index);
    if (!m_policy.mayPrompt) {
        session->cancelSecretRequest();
        return;
    }
    session->provideSecret(
        readHidden(QStringLiteral("%1: %2 ").arg(m_spec.servers.at(index).name, prompt)));
}

void ServerConnections::settle(int index, const QString &error)
{
    if (m_settled.at(index))
        return;
    m_settled[index] = true;
    m_errors[index] = error;
    if (error.isEmpty())
        emit progress(index, tr("connected"));
    if (--m_pending == 0)
        emit finished();
}
