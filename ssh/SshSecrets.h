#pragma once

#include "SshSecretKind.h"

#include <QString>

#include <array>

// The secrets known for one server, each kept under its kind: a plain value. An empty string
// is "not known".
class SshSecrets
{
public:
    void set(SshSecretKind kind, const QString &secret) { m_secrets[index(kind)] = secret; }
    QString value(SshSecretKind kind) const { return m_secrets[index(kind)]; }
    bool has(SshSecretKind kind) const { return !value(kind).isEmpty(); }

private:
    static std::size_t index(SshSecretKind kind) { return static_cast<std::size_t>(kind); }

    std::array<QString, 3> m_secrets;
};
