#include "SshEndpoint.h"

#include "KnownHosts.h"

#include <QDir>

QString SshEndpoint::effectiveUser() const
{
    if (!user.isEmpty())
        return user;
    // OpenSSH logs in as the local user when none is configured.
    return qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
}

QString SshEndpoint::effectiveKnownHostsPath() const
{
    if (!knownHostsPath.isEmpty())
        return knownHostsPath;
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QStringList SshEndpoint::knownHostsFiles() const
{
    QStringList files{effectiveKnownHostsPath()};
    for (const QString &path : moreKnownHostsPaths + globalKnownHostsPaths) {
        if (!path.isEmpty() && !files.contains(path))
            files.append(path);
    }
    return files;
}

QString SshEndpoint::knownHostsName() const
{
    if (!hostKeyAlias.isEmpty())
        return hostKeyAlias; // as OpenSSH takes it, also for hashing
    return KnownHosts::lookupName(host, effectivePort());
}

QString SshEndpoint::displayName() const
{
    if (!name.isEmpty())
        return name;
    return effectiveUser() + QLatin1Char('@') + host;
}

QString SshEndpoint::credentialKey(SshSecretKind kind) const
{
    return sshSecretKindName(kind) + QLatin1Char(':') + legacyCredentialKey();
}

QString SshEndpoint::legacyCredentialKey() const
{
    return QStringLiteral("%1@%2:%3").arg(effectiveUser(), host).arg(effectivePort());
}

QString SshEndpoint::authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Agent:
        return QStringLiteral("agent");
    case AuthMethod::Key:
        return QStringLiteral("key");
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::KeyboardInteractive:
        return QStringLiteral("keyboard-interactive");
    }
    return {};
}

std::optional<SshEndpoint::AuthMethod> SshEndpoint::authMethodFromName(const QString &name)
{
    for (auto method : {AuthMethod::Agent, AuthMethod::Key, AuthMethod::Password,
                        AuthMethod::KeyboardInteractive}) {
        if (authMethodName(method) == name)
            return method;
    }
    return std::nullopt;
}
