#pragma once

#include "SshEndpoint.h"
#include "SshError.h"
#include "SshHostKey.h"

#include <QStringList>

// Decides about a server's host key the way OpenSSH's StrictHostKeyChecking=ask does, and
// words the outcome for people: a match goes ahead, an unknown key is the user's decision, a
// changed or revoked key is refused with the details needed to act on it.
class HostKeyVerifier
{
public:
    enum class Verdict { Trusted, AskUser, Refused };

    explicit HostKeyVerifier(const SshEndpoint &endpoint)
        : m_endpoint(endpoint)
    {}

    Verdict verify(const SshHostKey &key);
    // Why the key was refused (HostKeyChanged, HostKeyRevoked, KnownHostsUnusable).
    SshError error() const { return m_error; }
    // The @cert-authority keys of every known_hosts file for this host: when there are some,
    // an unknown key may still be certified (HostCertificateCheck).
    QList<QByteArray> certificateAuthorities() const;
    // The name a host certificate must name: the HostKeyAlias, else the bare host name.
    QString certificatePrincipal() const;
    // Refuses the key for the reason HostCertificateCheck gave.
    SshError certificateRefused(const SshHostKey &key, const QString &reason) const;
    // Appends the key to known_hosts, after the user accepted it.
    bool record(const SshHostKey &key);

    // Host key algorithms for libssh2, most wanted first: the types already recorded for the
    // host, then OpenSSH's own order. Only names in supported are kept.
    QString algorithmPreference(const QStringList &supported) const;

private:
    SshEndpoint m_endpoint;
    SshError m_error;
};
