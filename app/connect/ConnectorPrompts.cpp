#include "connect/ConnectorPrompts.h"

#include "SshHostKey.h"
#include "SshSession.h"
#include "connect/PairConnector.h"

#include <QCoreApplication>

namespace ConnectorPrompts {

HostKeyPrompt hostKey(PairConnector *connector, int index, int shownAs, const QString &serverName,
                      const SshHostKey &key)
{
    HostKeyPrompt prompt;
    prompt.server = shownAs;
    prompt.serverName = serverName;
    SshSession *session = connector->session(index);
    const SshEndpoint endpoint = session->hostKeyEndpoint();
    if (endpoint.host != session->endpoint().host ||
        endpoint.effectivePort() != session->endpoint().effectivePort())
        prompt.serverName = QCoreApplication::translate("PairProbe", "%1, on the way to %2")
                                .arg(endpoint.displayName(), serverName);
    prompt.hostAndPort = QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.effectivePort());
    prompt.keyType = key.typeLabel();
    prompt.fingerprint = key.fingerprint();
    return prompt;
}

SecretPrompt secret(int shownAs, const QString &serverName, SshSecretKind kind,
                    const QString &serverPrompt, int failedAttempts)
{
    SecretPrompt question;
    question.server = shownAs;
    question.serverName = serverName;
    question.prompt = serverPrompt;
    question.failedAttempts = failedAttempts;
    question.kind = kind == SshSecretKind::KeyPassphrase  ? SecretPrompt::Kind::KeyPassphrase
                    : kind == SshSecretKind::SudoPassword ? SecretPrompt::Kind::SudoPassword
                                                          : SecretPrompt::Kind::LoginPassword;
    return question;
}

} // namespace ConnectorPrompts
