#pragma once

#include <QMetaType>

// Which secret a session asks for (SshSession::secretNeeded).
enum class SshSecretKind {
    Password,      // the login password (password and keyboard-interactive logins)
    KeyPassphrase, // the passphrase of the identity file
    SudoPassword,  // the user's password for sudo, when the login did not use one
};

Q_DECLARE_METATYPE(SshSecretKind)
