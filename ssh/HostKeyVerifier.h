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
    // Appends the key to known_hosts, after the user accepted it.
    bool record(const SshHostKey &key);

    // Host key algorithms for libssh2, most wanted first: the types already recorded for the
    // host, then OpenSSH's own order. Only names in supported are kept.
    QString algorithmPreference(const QStringList &supported) const;

private:
    SshEndpoint m_endpoint;
    SshError m_error;
};
