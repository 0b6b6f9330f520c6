#include "connect/PairConnector.h"

#include "CredentialStore.h"
#include "PrivateKeyFile.h"
#include "SshConfigResolver.h"
#include "SshEndpoint.h"
#include "async/FanOut.h"

#include <QDir>

PairConnector::PairConnector(const SetupSpec &spec, const Policy &policy, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_policy(policy)
    , m_servers(new FanOut(this))
{
    connect(m_servers, &FanOut::finished, this, &PairConnector::finished);
    const int count = static_cast<int>(m_spec.servers.size());
    m_sessions = QList<SshSession *>(count, nullptr);
    m_errors = QList<SshError>(count);
    m_given = QList<SshSecrets>(count);
    m_known = QList<SshSecrets>(count);
    m_keychainAsked = QList<QList<SshSecretKind>>(count);
    m_pendingKind = QList<SshSecretKind>(count, SshSecretKind::Password);
    m_fromLegacyEntry = QList<bool>(count, false);
    m_remember = QList<bool>(count, false);
}

PairConnector::~PairConnector()
{
    for (SshSession *session : std::as_const(m_sessions)) {
        if (session)
            session->disconnectFromHost();
    }
}

void PairConnector::setSecret(int index, SshSecretKind kind, const QString &secret)
{
    if (index >= 0 && index < m_given.size())
        m_given[index].set(kind, secret);
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

SshSecretKind PairConnector::typedSecretKind(SshSpec::Auth auth)
{
    switch (auth) {
    case SshSpec::Auth::Key:
        return SshSecretKind::KeyPassphrase;
    case SshSpec::Auth::Password:
        return SshSecretKind::Password;
    case SshSpec::Auth::Agent:
        break;
    }
    return SshSecretKind::SudoPassword;
}

std::optional<SshSecretKind> PairConnector::loginSecretKind(SshEndpoint::AuthMethod auth)
{
    switch (auth) {
    case SshEndpoint::AuthMethod::Key:
        return SshSecretKind::KeyPassphrase;
    case SshEndpoint::AuthMethod::Password:
    case SshEndpoint::AuthMethod::KeyboardInteractive:
        return SshSecretKind::Password;
    case SshEndpoint::AuthMethod::Agent:
        break;
    }
    return std::nullopt;
}

bool PairConnector::isFinished() const
{
    return m_servers->isFinished();
}

bool PairConnector::allConnected() const
{
    if (!isFinished())
        return false;
    for (SshSession *session : m_sessions) {
        if (!session || !session->isConnected())
            return false;
    }
    return true;
}

void PairConnector::start()
{
    m_servers->start(static_cast<int>(m_spec.servers.size()));
    for (int i = 0; i < m_spec.servers.size(); ++i)
        resolveServer(i);
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
    // Each secret given in advance goes to its own place in the session, and nowhere else.
    const SshSecrets &given = m_given.at(index);
    m_known[index] = given;
    if (given.has(SshSecretKind::Password))
        session->setPassword(given.value(SshSecretKind::Password));
    if (given.has(SshSecretKind::KeyPassphrase))
        session->setKeyPassphrase(given.value(SshSecretKind::KeyPassphrase));
    if (given.has(SshSecretKind::SudoPassword))
        session->setSudoPassword(given.value(SshSecretKind::SudoPassword));
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
        rememberProvenSecrets(index);
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
        m_known[index].set(m_pendingKind.at(index), secret);
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
    m_pendingKind[index] = kind;
    // The keychain is asked once per kind, unless a secret of that kind was given in advance
    // (then the person who gave it is asked when it was wrong).
    if (m_policy.useKeychain && !m_given.at(index).has(kind) &&
        !m_keychainAsked.at(index).contains(kind)) {
        m_keychainAsked[index].append(kind);
        askKeychain(index, kind, prompt, failedAttempts);
        return;
    }
    emit secretNeeded(index, kind, prompt, failedAttempts);
}

void PairConnector::askKeychain(int index, SshSecretKind kind, const QString &prompt,
                                int failedAttempts)
{
    auto *store = new CredentialStore(this);
    connect(store, &CredentialStore::secretRead, this,
            [this, index, store](const QString &, const QString &secret) {
                store->deleteLater();
                provideSecret(index, secret);
            });
    auto missing = [this, index, store, kind, prompt, failedAttempts]() {
        store->deleteLater();
        askLegacyKeychain(index, kind, prompt, failedAttempts);
    };
    connect(store, &CredentialStore::secretMissing, this, missing);
    connect(store, &CredentialStore::failed, this,
            [this, index, store, kind, prompt, failedAttempts]() {
                store->deleteLater();
                emit secretNeeded(index, kind, prompt, failedAttempts);
            });
    store->read(session(index)->endpoint().credentialKey(kind));
}

void PairConnector::askLegacyKeychain(int index, SshSecretKind kind, const QString &prompt,
                                      int failedAttempts)
{
    // What the old, kindless entry held is known for sure only as the login secret: it is
    // never tried as a sudo password.
    if (kind != loginSecretKind(session(index)->endpoint().auth)) {
        emit secretNeeded(index, kind, prompt, failedAttempts);
        return;
    }
    auto *store = new CredentialStore(this);
    connect(store, &CredentialStore::secretRead, this,
            [this, index, store](const QString &, const QString &secret) {
                store->deleteLater();
                m_fromLegacyEntry[index] = true;
                provideSecret(index, secret);
            });
    auto ask = [this, index, store, kind, prompt, failedAttempts]() {
        store->deleteLater();
        emit secretNeeded(index, kind, prompt, failedAttempts);
    };
    connect(store, &CredentialStore::secretMissing, this, ask);
    connect(store, &CredentialStore::failed, this, ask);
    store->read(session(index)->endpoint().legacyCredentialKey());
}

void PairConnector::rememberProvenSecrets(int index)
{
    const SshSession *s = session(index);
    const SshEndpoint &endpoint = s->endpoint();
    const SshSecrets &known = m_known.at(index);
    const std::optional<SshSecretKind> login = loginSecretKind(endpoint.auth);
    // Connected: the login secret (if the login used one) was right. The sudo password was
    // right when sudo works with a password and no error.
    const bool sudoProven = s->privilege() == SshPrivilege::SudoWithPassword &&
                            !s->privilegeError().isError() &&
                            known.has(SshSecretKind::SudoPassword);
    if (m_fromLegacyEntry.at(index) && login && known.has(*login)) {
        writeToKeychain(endpoint.credentialKey(*login), known.value(*login));
        // Not a child of this connector: the keychain finishes the job after it has gone.
        auto *store = new CredentialStore;
        auto done = [store]() { store->deleteLater(); };
        connect(store, &CredentialStore::secretRemoved, store, done);
        connect(store, &CredentialStore::failed, store, done);
        store->remove(endpoint.legacyCredentialKey());
    }
    if (!m_remember.at(index))
        return;
    // A passphrase given for a key that needs none proved nothing.
    const bool loginUsedSecret = login && known.has(*login) &&
                                 (*login != SshSecretKind::KeyPassphrase ||
                                  PrivateKeyFile::inspect(endpoint.identityFile).isEncrypted());
    if (loginUsedSecret && !m_fromLegacyEntry.at(index))
        writeToKeychain(endpoint.credentialKey(*login), known.value(*login));
    if (sudoProven)
        writeToKeychain(endpoint.credentialKey(SshSecretKind::SudoPassword),
                        known.value(SshSecretKind::SudoPassword));
}

void PairConnector::writeToKeychain(const QString &account, const QString &secret)
{
    // Not a child of this connector: the keychain finishes the job after it has gone.
    auto *store = new CredentialStore;
    auto done = [store]() { store->deleteLater(); };
    connect(store, &CredentialStore::secretWritten, store, done);
    connect(store, &CredentialStore::failed, store, done);
    store->write(account, secret);
}

void PairConnector::settle(int index, const SshError &error)
{
    if (m_servers->isSettled(index) || m_servers->isFinished())
        return;
    m_errors[index] = error;
    if (error.isError())
        emit serverFailed(index, error);
    else
        emit serverConnected(index);
    m_servers->settle(index);
}
