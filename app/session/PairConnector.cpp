#include "session/PairConnector.h"

#include "CredentialStore.h"
#include "SshConfigResolver.h"
#include "SshEndpoint.h"

#include <QDir>

PairConnector::PairConnector(const SetupSpec &spec, const Policy &policy, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_policy(policy)
{
    const int count = static_cast<int>(m_spec.servers.size());
    m_sessions = QList<SshSession *>(count, nullptr);
    m_errors = QList<SshError>(count);
    m_settled = QList<bool>(count, false);
    m_secrets = QStringList(count);
    m_lastSecret = QStringList(count);
    m_remember = QList<bool>(count, false);
}

PairConnector::~PairConnector()
{
    for (SshSession *session : std::as_const(m_sessions)) {
        if (session)
            session->disconnectFromHost();
    }
}

void PairConnector::setSecret(int index, const QString &secret)
{
    if (index >= 0 && index < m_secrets.size())
        m_secrets[index] = secret;
}

void PairConnector::setRememberSecret(int index, bool remember)
{
    if (index >= 0 && index < m_remember.size())
        m_remember[index] = remember;
}

SshEndpoint PairConnector::endpointFor(const ServerSpec &server, const QString &knownHostsPath)
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

bool PairConnector::allConnected() const
{
    if (m_pending != 0)
        return false;
    for (SshSession *session : m_sessions) {
        if (!session || !session->isConnected())
            return false;
    }
    return true;
}

void PairConnector::start()
{
    m_pending = static_cast<int>(m_spec.servers.size());
    for (int i = 0; i < m_spec.servers.size(); ++i)
        resolveServer(i);
    if (m_pending == 0)
        emit finished();
}

void PairConnector::resolveServer(int index)
{
    const SshEndpoint given = endpointFor(m_spec.servers.at(index), m_policy.knownHostsPath);
    auto *resolver = new SshConfigResolver(this);
    resolver->setConfigFile(m_policy.sshConfigFile);
    connect(resolver, &SshConfigResolver::resolved, this,
            [this, index, resolver](const SshEndpoint &endpoint) {
                resolver->deleteLater();
                connectServer(index, endpoint);
            });
    connect(resolver, &SshConfigResolver::failed, this,
            [this, index, resolver, given](const QString &) {
                // Without `ssh -G` the spec's own fields (and OpenSSH's defaults) apply.
                resolver->deleteLater();
                connectServer(index, given);
            });
    emit stateChanged(index, SshSession::State::Connecting);
    resolver->resolve(given);
}

void PairConnector::connectServer(int index, const SshEndpoint &endpoint)
{
    auto *session = new SshSession(endpoint, this);
    m_sessions[index] = session;
    connect(session, &SshSession::stateChanged, this,
            [this, index](SshSession::State state) { emit stateChanged(index, state); });
    connect(session, &SshSession::hostKeyDecisionNeeded, this,
            [this, index, session](const SshHostKey &key) {
                if (m_policy.acceptNewHostKeys)
                    session->acceptHostKey(true);
                else
                    emit hostKeyDecisionNeeded(index, key);
            });
    connect(session, &SshSession::secretNeeded, this,
            [this, index](SshSecretKind kind, const QString &prompt, int failedAttempts) {
                onSecretNeeded(index, kind, prompt, failedAttempts);
            });
    connect(session, &SshSession::connected, this, [this, index]() {
        rememberProvenSecret(index);
        settle(index, SshError());
    });
    connect(session, &SshSession::failed, this,
            [this, index](const SshError &error) { settle(index, error); });
    session->connectToHost();
}

void PairConnector::acceptHostKey(int index)
{
    if (SshSession *s = session(index))
        s->acceptHostKey(true); // recorded, so the next connection trusts it
}

void PairConnector::rejectHostKey(int index)
{
    if (SshSession *s = session(index))
        s->rejectHostKey();
}

void PairConnector::provideSecret(int index, const QString &secret)
{
    if (SshSession *s = session(index)) {
        m_lastSecret[index] = secret;
        s->provideSecret(secret);
    }
}

void PairConnector::cancelSecret(int index)
{
    if (SshSession *s = session(index))
        s->cancelSecretRequest();
}

void PairConnector::onSecretNeeded(int index, SshSecretKind kind, const QString &prompt,
                                   int failedAttempts)
{
    if (failedAttempts == 0 && !m_secrets.at(index).isEmpty()) {
        provideSecret(index, m_secrets.at(index));
        return;
    }
    if (failedAttempts == 0 && m_policy.useKeychain) {
        askKeychain(index, kind, prompt);
        return;
    }
    emit secretNeeded(index, kind, prompt, failedAttempts);
}

void PairConnector::askKeychain(int index, SshSecretKind kind, const QString &prompt)
{
    auto *store = new CredentialStore(this);
    connect(store, &CredentialStore::secretRead, this,
            [this, index, store](const QString &, const QString &secret) {
                store->deleteLater();
                provideSecret(index, secret);
            });
    auto ask = [this, index, store, kind, prompt]() {
        store->deleteLater();
        emit secretNeeded(index, kind, prompt, 0);
    };
    connect(store, &CredentialStore::secretMissing, this, ask);
    connect(store, &CredentialStore::failed, this, ask);
    store->read(session(index)->endpoint().credentialKey());
}

void PairConnector::rememberProvenSecret(int index)
{
    if (!m_remember.at(index) || m_lastSecret.at(index).isEmpty())
        return;
    auto *store = new CredentialStore(this);
    auto done = [store]() { store->deleteLater(); };
    connect(store, &CredentialStore::secretWritten, this, done);
    connect(store, &CredentialStore::failed, this, done);
    store->write(session(index)->endpoint().credentialKey(), m_lastSecret.at(index));
}

void PairConnector::settle(int index, const SshError &error)
{
    if (m_settled.at(index))
        return;
    m_settled[index] = true;
    m_errors[index] = error;
    if (error.isError())
        emit serverFailed(index, error);
    else
        emit serverConnected(index);
    if (--m_pending == 0)
        emit finished();
}
