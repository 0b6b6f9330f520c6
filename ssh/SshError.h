#pragma once

#include <QMetaType>
#include <QString>

// What went wrong, as a kind the code can branch on plus a sentence a person understands. The
// message always names the server and never contains a secret.
struct SshError
{
    enum class Kind {
        None,
        ConnectFailed,        // lookup failed, refused, unreachable
        ConnectTimeout,       // no SSH server answered in time
        HandshakeFailed,      // not SSH, or no common algorithms
        HostKeyRejected,      // unknown host key, and the user said no
        HostKeyChanged,       // known_hosts holds another key (type, or CA): possible attack
        HostKeyRevoked,       // the key is marked @revoked in known_hosts
        KnownHostsUnusable,   // known_hosts cannot be read or written
        AuthMethodNotOffered, // the server does not allow this way of logging in
        AgentUnavailable,     // no ssh-agent, or it holds no usable key
        KeyFileUnreadable,
        RsaKeyUnsupported, // libssh2 1.10 signs RSA only with SHA-1, which OpenSSH refuses
        KeyRejected,       // the server does not accept this key for this user
        WrongPassphrase,
        WrongPassword,
        PasswordExpired,
        TooManyAuthAttempts, // the server hung up after failed attempts (MaxAuthTries, lockout)
        AuthCancelled,       // a secret was asked for and none was given
        ConnectionLost,      // the peer closed or reset the connection
        PeerSilent,          // nothing heard from the peer for the dead-peer timeout
        NotConnected,
        ChannelFailed, // the server refused to run a command
        SudoWrongPassword,
        SudoPasswordMissing,
        SudoRequiresTty, // `Defaults requiretty`: sudo refuses to run without a terminal
        SudoNotAllowed,  // not in sudoers, or sudo missing
        ProtocolError,
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    // A stable identifier of the kind ("HostKeyChanged"), for logs and tests; not translated.
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(SshError)
