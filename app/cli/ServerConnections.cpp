#include "ServerConnections.h"

#include "CliOptions.h"
#include "SecretFiles.h"
#include "TerminalPrompt.h"

#include "SshHostKey.h"
#include "SshSession.h"

#include <QPointer>

bool ServerConnections::policyFor(const CliOptions &options, const SetupSpec &spec, bool mayPrompt,
                                  Policy *policy, QString *error)
{
    *policy = Policy();
    policy->knownHostsPath = options.knownHosts;
    policy->acceptNewHostKeys = options.acceptNewHostKeys;
    policy->mayPrompt = mayPrompt;
    return SecretFiles::load(options.secretFiles, spec, &policy->secrets, error);
}

ServerConnections::ServerConnections(const SetupSpec &spec, const Policy &policy, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_policy(policy)
    , m_refusals(static_cast<int>(spec.servers.size()))
{
    PairConnector::Policy enginePolicy = policy;
    enginePolicy.acceptNewHostKeys = false; // decided below, so that the decision is printed
    enginePolicy.useKeychain = true;
    m_connector = new PairConnector(spec, enginePolicy, this);
    m_prompt = new TerminalPrompt(this);
    for (int i = 0; i < policy.secrets.size() && i < spec.servers.size(); ++i) {
        for (SshSecretKind kind :
             {SshSecretKind::Password, SshSecretKind::KeyPassphrase, SshSecretKind::SudoPassword}) {
            if (policy.secrets.at(i).has(kind))
                m_connector->setSecret(i, kind, policy.secrets.at(i).value(kind));
        }
    }

    connect(m_connector, &PairConnector::hostKeyDecisionNeeded, this,
            [this](int index, const SshHostKey &key) {
                if (m_policy.acceptNewHostKeys) {
                    emit progress(index, tr("new host key %1 %2 accepted and recorded")
                                             .arg(key.typeLabel(), key.fingerprint()));
                    m_connector->acceptHostKey(index);
                    return;
                }
                // The key may be a jump host's (ProxyJump): name whose it is.
                const SshSession *session = m_connector->session(index);
                const SshEndpoint owner = session->hostKeyEndpoint();
                const QString whose =
                    owner.host == session->endpoint().host
                        ? m_spec.servers.at(index).name
                        : tr("%1 (%2, on the way to %3)")
                              .arg(owner.displayName(), owner.host, m_spec.servers.at(index).name);
                m_refusals[index] = tr("%1: unknown host key %2 %3; compare it with the server's "
                                       "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and run again "
                                       "with --accept-new-host-keys, or add it to known_hosts.")
                                        .arg(whose, key.typeLabel(), key.fingerprint());
                m_connector->rejectHostKey(index);
            });
    connect(m_connector, &PairConnector::secretNeeded, this,
            [this](int index, SshSecretKind, const QString &prompt, int) {
                answerFromTerminal(index, prompt);
            });
    connect(m_connector, &PairConnector::serverConnected, this,
            [this](int index) { emit progress(index, tr("connected")); });
    connect(m_connector, &PairConnector::finished, this, &ServerConnections::finished);
}

ServerConnections::~ServerConnections()
{
    for (SshSession *session : m_connector->sessions()) {
        if (session)
            session->disconnectFromHost();
    }
}

void ServerConnections::start()
{
    m_connector->start();
}

QList<SshSession *> ServerConnections::sessions() const
{
    return m_connector->sessions();
}

QStringList ServerConnections::errors() const
{
    QStringList errors;
    const QList<SshError> failures = m_connector->errors();
    for (int i = 0; i < m_spec.servers.size(); ++i) {
        // Our own refusal of an unknown key says more than the session's "rejected".
        if (!m_refusals.at(i).isEmpty())
            errors << m_refusals.at(i);
        else
            errors << failures.value(i).message;
    }
    return errors;
}

bool ServerConnections::allConnected() const
{
    return m_connector->allConnected();
}

void ServerConnections::answerFromTerminal(int index, const QString &prompt)
{
    // Without a person to ask, a missing or wrong secret fails the login.
    if (!m_policy.mayPrompt) {
        m_connector->cancelSecret(index);
        return;
    }
    // Answered asynchronously: the other server's login and every session's keepalive go on
    // while the person types.
    m_prompt->ask(QStringLiteral("%1: %2 ").arg(m_spec.servers.at(index).name, prompt),
                  TerminalPrompt::Echo::Hidden,
                  [connector = QPointer<PairConnector>(m_connector),
                   index](const std::optional<QString> &answer) {
                      if (!connector)
                          return;
                      if (answer)
                          connector->provideSecret(index, *answer);
                      else
                          connector->cancelSecret(index);
                  });
}

SshError ServerConnections::unreachableError(int index) const
{
    SshSession *session = sessions().value(index);
    SshError error;
    error.kind = session ? session->lastError().kind : SshError::Kind::ConnectFailed;
    if (error.kind == SshError::Kind::None)
        error.kind = SshError::Kind::ConnectFailed;
    error.message = errors().value(index);
    if (error.message.isEmpty() && session)
        error.message = session->lastError().message;
    return error;
}
