#pragma once

#include "SshSecretKind.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Where and how to reach one server over SSH: a plain value, copied freely. Fields left empty or
// zero are "not given": SshConfigResolver fills them from `ssh -G`, and SshSession falls back
// to OpenSSH's defaults (port 22, the local user, ~/.ssh/known_hosts).
struct SshEndpoint
{
    enum class AuthMethod { Agent, Key, Password, KeyboardInteractive };

    QString name;     // display name ("server02"): every message about this server uses it
    QString host;     // host name, address, or an alias from ~/.ssh/config
    quint16 port = 0; // 0 = not given
    QString user;     // empty = not given
    AuthMethod auth = AuthMethod::Agent;
    QString identityFile;   // private key for Key auth; for Agent, the identity tried first
    QString knownHostsPath; // empty = ~/.ssh/known_hosts; new keys are recorded here
    QStringList moreKnownHostsPaths;   // further UserKnownHostsFile entries: read, never written
    QStringList globalKnownHostsPaths; // GlobalKnownHostsFile entries: read, never written
    QString hostKeyAlias;              // HostKeyAlias: the name looked up and recorded instead
    bool hashKnownHosts = false;       // HashKnownHosts: record new keys under a hashed name
    // ProxyCommand, ready for /bin/sh (tokens expanded, values quoted): when set, the SSH stream
    // runs through this local command's stdin/stdout instead of a TCP connection.
    QString proxyCommand;
    // ProxyJump's hops as written ("bastion", "admin@jump1:2222"), first hop first: the server
    // is reached through a direct-tcpip channel of an SSH session to the last hop, itself
    // reached through the hops before it. Each hop is resolved with `ssh -G` (sshConfigFile).
    QStringList jumpHosts;
    QString sshConfigFile; // the -F file the endpoint was resolved with; empty = ssh's default
    QString via; // how the server is reached, for people: "bastion", "jump1, jump2", a command
    bool checkPrivileges = true;   // false for jump hosts: no `id -u` / `sudo -n true` there
    int connectTimeoutMs = 15000;  // lookup + TCP + handshake + login, not counting user prompts
    int deadPeerTimeoutMs = 15000; // a connected peer silent this long is declared dead
    int maxChannels = 8;           // concurrent commands; stays below sshd's MaxSessions (10)

    quint16 effectivePort() const { return port ? port : 22; }
    QString effectiveUser() const;
    QString effectiveKnownHostsPath() const;
    // Every known_hosts file OpenSSH reads for this endpoint, in its order: the user files
    // (the first is the one written), then the global ones.
    QStringList knownHostsFiles() const;
    // The name OpenSSH looks the host key up under: the HostKeyAlias when one is set, else
    // "host" (port 22) or "[host]:port".
    QString knownHostsName() const;
    // The name used in messages: the display name, or user@host when none was given.
    QString displayName() const;
    // The keychain account of this endpoint's secret of that kind: "sudo:user@host:port",
    // "password:user@host:port", "passphrase:user@host:port".
    QString credentialKey(SshSecretKind kind) const;
    // The account of the one secret kept before secrets had kinds: "user@host:port". Read only
    // as the login secret (password or passphrase), never as a sudo password (see PairConnector).
    QString legacyCredentialKey() const;

    static QString authMethodName(AuthMethod method);
    static std::optional<AuthMethod> authMethodFromName(const QString &name);
};

Q_DECLARE_METATYPE(SshEndpoint)
