#include "HostKeyVerifier.h"

#include "KnownHosts.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HostKeyVerifier", text);
}

QStringList algorithmsForKeyType(const QString &type)
{
    // An RSA host key can be used with three signature algorithms.
    if (type == QLatin1String("ssh-rsa"))
        return {QStringLiteral("rsa-sha2-512"), QStringLiteral("rsa-sha2-256"),
                QStringLiteral("ssh-rsa")};
    return {type};
}
} // namespace

HostKeyVerifier::Verdict HostKeyVerifier::verify(const SshHostKey &key)
{
    const QString path = m_endpoint.effectiveKnownHostsPath();
    const quint16 port = m_endpoint.effectivePort();
    const QString where = KnownHosts::lookupName(m_endpoint.host, port);
    KnownHosts knownHosts(path);
    QString loadError;
    if (!knownHosts.load(&loadError)) {
        m_error = {SshError::Kind::KnownHostsUnusable,
                   tr("Cannot check the host key of %1: %2. Nothing was run.")
                       .arg(m_endpoint.displayName(), loadError)};
        return Verdict::Refused;
    }
    const KnownHosts::CheckResult result = knownHosts.check(m_endpoint.host, port, key);
    switch (result.status) {
    case KnownHosts::Status::Match:
        return Verdict::Trusted;
    case KnownHosts::Status::Unknown:
        return Verdict::AskUser;
    case KnownHosts::Status::Changed:
        m_error = {SshError::Kind::HostKeyChanged,
                   tr("WARNING: the host key of %1 (%2) has CHANGED. Line %3 of %4 holds a "
                      "different %5 key. Someone may be intercepting the connection "
                      "(man-in-the-middle attack), or the server was reinstalled. Nothing was "
                      "run. The server now offers %5 key %6. If you know why the key changed, "
                      "remove the old entry (ssh-keygen -R '%2' -f '%4') and connect again.")
                       .arg(m_endpoint.displayName(), where)
                       .arg(result.line)
                       .arg(path, key.typeLabel(), key.fingerprint())};
        return Verdict::Refused;
    case KnownHosts::Status::Revoked:
        m_error = {SshError::Kind::HostKeyRevoked,
                   tr("The host key of %1 (%2, %3 %4) is marked @revoked on line %5 of %6. The "
                      "connection was refused; nothing was run.")
                       .arg(m_endpoint.displayName(), where, key.typeLabel(), key.fingerprint())
                       .arg(result.line)
                       .arg(path)};
        return Verdict::Refused;
    }
    return Verdict::Refused;
}

bool HostKeyVerifier::record(const SshHostKey &key)
{
    KnownHosts knownHosts(m_endpoint.effectiveKnownHostsPath());
    QString error;
    if (knownHosts.add(m_endpoint.host, m_endpoint.effectivePort(), key,
                       KnownHosts::HashMode::Plain, &error))
        return true;
    m_error = {SshError::Kind::KnownHostsUnusable,
               tr("Cannot record the host key of %1: %2").arg(m_endpoint.displayName(), error)};
    return false;
}

QString HostKeyVerifier::algorithmPreference(const QStringList &supported) const
{
    KnownHosts knownHosts(m_endpoint.effectiveKnownHostsPath());
    knownHosts.load();
    QStringList wanted;
    for (const QString &type :
         knownHosts.knownKeyTypes(m_endpoint.host, m_endpoint.effectivePort()))
        wanted += algorithmsForKeyType(type);
    // OpenSSH's client order; libssh2's own would pick ECDSA over Ed25519.
    wanted += {QStringLiteral("ssh-ed25519"),
               QStringLiteral("ecdsa-sha2-nistp256"),
               QStringLiteral("ecdsa-sha2-nistp384"),
               QStringLiteral("ecdsa-sha2-nistp521"),
               QStringLiteral("rsa-sha2-512"),
               QStringLiteral("rsa-sha2-256"),
               QStringLiteral("ssh-rsa")};
    QStringList preference;
    for (const QString &name : std::as_const(wanted)) {
        if (supported.contains(name) && !preference.contains(name))
            preference.append(name);
    }
    return preference.join(QLatin1Char(','));
}
