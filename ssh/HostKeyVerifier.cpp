#include "HostKeyVerifier.h"

#include "KnownHosts.h"

#include <QCoreApplication>

#include <optional>

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
    const QString where = m_endpoint.knownHostsName();
    // Every file OpenSSH reads, as one list: a @revoked line anywhere refuses, a match anywhere
    // trusts, another key of the same type anywhere is a change.
    struct Finding
    {
        KnownHosts::CheckResult result;
        QString path;
    };
    std::optional<Finding> match, changed;
    QStringList otherTypes;
    QString otherTypesPath;
    for (const QString &path : m_endpoint.knownHostsFiles()) {
        KnownHosts knownHosts(path);
        QString loadError;
        if (!knownHosts.load(&loadError)) {
            m_error = {SshError::Kind::KnownHostsUnusable,
                       tr("Cannot check the host key of %1: %2. Nothing was run.")
                           .arg(m_endpoint.displayName(), loadError)};
            return Verdict::Refused;
        }
        const KnownHosts::CheckResult result = knownHosts.check(where, key);
        switch (result.status) {
        case KnownHosts::Status::Revoked:
            m_error = {SshError::Kind::HostKeyRevoked,
                       tr("The host key of %1 (%2, %3 %4) is marked @revoked on line %5 of %6. "
                          "The connection was refused; nothing was run.")
                           .arg(m_endpoint.displayName(), where, key.typeLabel(), key.fingerprint())
                           .arg(result.line)
                           .arg(path)};
            return Verdict::Refused;
        case KnownHosts::Status::Match:
            if (!match)
                match = Finding{result, path};
            break;
        case KnownHosts::Status::Changed:
            if (!changed)
                changed = Finding{result, path};
            break;
        case KnownHosts::Status::Unknown:
            for (const QString &type : result.otherKnownTypes) {
                if (!otherTypes.contains(type))
                    otherTypes.append(type);
            }
            if (otherTypesPath.isEmpty() && !result.otherKnownTypes.isEmpty())
                otherTypesPath = path;
            break;
        }
    }
    if (match)
        return Verdict::Trusted;
    if (changed) {
        m_error = {SshError::Kind::HostKeyChanged,
                   tr("WARNING: the host key of %1 (%2) has CHANGED. Line %3 of %4 holds a "
                      "different %5 key. Someone may be intercepting the connection "
                      "(man-in-the-middle attack), or the server was reinstalled. Nothing was "
                      "run. The server now offers %5 key %6. If you know why the key changed, "
                      "remove the old entry (ssh-keygen -R '%2' -f '%4') and connect again.")
                       .arg(m_endpoint.displayName(), where)
                       .arg(changed->result.line)
                       .arg(changed->path, key.typeLabel(), key.fingerprint())};
        return Verdict::Refused;
    }
    if (!otherTypes.isEmpty()) {
        // The handshake asked for the recorded types first: the server no longer offers any
        // of them. OpenSSH warns here; a server's keys do not change type on their own.
        m_error = {SshError::Kind::HostKeyChanged,
                   tr("WARNING: the host offers a different key type than the one recorded. "
                      "%4 records %3 for %1 (%2), but the server now offers only a %5 key "
                      "(%6). Someone may be intercepting the connection (man-in-the-middle "
                      "attack), or the server's keys were replaced. Nothing was run. If you "
                      "know why, remove the old entry (ssh-keygen -R '%2' -f '%4') and "
                      "connect again.")
                       .arg(m_endpoint.displayName(), where, otherTypes.join(QLatin1String(", ")),
                            otherTypesPath, key.typeLabel(), key.fingerprint())};
        return Verdict::Refused;
    }
    return Verdict::AskUser;
}

bool HostKeyVerifier::record(const SshHostKey &key)
{
    KnownHosts knownHosts(m_endpoint.effectiveKnownHostsPath());
    QString error;
    if (knownHosts.add(m_endpoint.knownHostsName(), key,
                       m_endpoint.hashKnownHosts ? KnownHosts::HashMode::Hashed
                                                 : KnownHosts::HashMode::Plain,
                       &error))
        return true;
    m_error = {SshError::Kind::KnownHostsUnusable,
               tr("Cannot record the host key of %1: %2").arg(m_endpoint.displayName(), error)};
    return false;
}

QList<QByteArray> HostKeyVerifier::certificateAuthorities() const
{
    QList<QByteArray> authorities;
    for (const QString &path : m_endpoint.knownHostsFiles()) {
        KnownHosts knownHosts(path);
        knownHosts.load();
        for (const QByteArray &authority :
             knownHosts.certificateAuthorities(m_endpoint.knownHostsName())) {
            if (!authorities.contains(authority))
                authorities.append(authority);
        }
    }
    return authorities;
}

QString HostKeyVerifier::certificatePrincipal() const
{
    return m_endpoint.hostKeyAlias.isEmpty() ? m_endpoint.host : m_endpoint.hostKeyAlias;
}

SshError HostKeyVerifier::certificateRefused(const SshHostKey &key, const QString &reason) const
{
    return {SshError::Kind::HostKeyChanged,
            tr("The host certificate of %1 (%2, for its %3 key %4) was refused: %5. "
               "known_hosts trusts a certificate authority (@cert-authority) for this host, and "
               "a certificate it did not issue for this host is not trusted. Nothing was run.")
                .arg(m_endpoint.displayName(), m_endpoint.knownHostsName(), key.typeLabel(),
                     key.fingerprint(), reason)};
}

QString HostKeyVerifier::algorithmPreference(const QStringList &supported) const
{
    QStringList wanted;
    for (const QString &path : m_endpoint.knownHostsFiles()) {
        KnownHosts knownHosts(path);
        knownHosts.load();
        for (const QString &type : knownHosts.knownKeyTypes(m_endpoint.knownHostsName()))
            wanted += algorithmsForKeyType(type);
    }
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
