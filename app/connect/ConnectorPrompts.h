#pragma once

#include "SshSecretKind.h"
#include "connect/ConnectionPrompts.h"

class PairConnector;
class SshHostKey;

// The plain questions of ConnectionPrompts.h built from what a PairConnector reports, for every
// front that drives one (the wizard's probe, the adoption of an existing pair).
namespace ConnectorPrompts {

// The host key question for the connector's server `index`, shown to the user as server `shownAs`
// named `serverName`. A jump host's key (ProxyJump) is named as that, on the way to the server.
HostKeyPrompt hostKey(PairConnector *connector, int index, int shownAs, const QString &serverName,
                      const SshHostKey &key);

// The question for a secret the connector's server `index` needs.
SecretPrompt secret(int shownAs, const QString &serverName, SshSecretKind kind,
                    const QString &serverPrompt, int failedAttempts);

} // namespace ConnectorPrompts
