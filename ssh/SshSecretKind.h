#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// Which secret a session asks for (SshSession::secretNeeded), and the kind a secret is kept
// under (SshSecrets, the keychain, --secret-file SERVER:KIND=FILE). A secret of one kind is
// never used as another: a key passphrase only decrypts the key on this machine.
enum class SshSecretKind {
    Password,      // the login password (password and keyboard-interactive logins)
    KeyPassphrase, // the passphrase of the identity file
    SudoPassword,  // the user's password for sudo, when the login did not use one
};

Q_DECLARE_METATYPE(SshSecretKind)

// "password", "passphrase", "sudo": the words of the command line and of keychain entries.
inline QString sshSecretKindName(SshSecretKind kind)
{
    switch (kind) {
    case SshSecretKind::Password:
        return QStringLiteral("password");
    case SshSecretKind::KeyPassphrase:
        return QStringLiteral("passphrase");
    case SshSecretKind::SudoPassword:
        return QStringLiteral("sudo");
    }
    return {};
}

inline std::optional<SshSecretKind> sshSecretKindFromName(const QString &name)
{
    for (SshSecretKind kind :
         {SshSecretKind::Password, SshSecretKind::KeyPassphrase, SshSecretKind::SudoPassword}) {
        if (sshSecretKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}
