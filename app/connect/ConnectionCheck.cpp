#include "connect/ConnectionCheck.h"

#include <QCoreApplication>

QList<ConnectionCheck> ConnectionChecks::all()
{
    return {ConnectionCheck::Reach,      ConnectionCheck::HostKey, ConnectionCheck::Login,
            ConnectionCheck::Privileges, ConnectionCheck::Facts,   ConnectionCheck::Names,
            ConnectionCheck::PeerPort};
}

QString ConnectionChecks::title(ConnectionCheck check)
{
    switch (check) {
    case ConnectionCheck::Reach:
        return QCoreApplication::translate("ConnectionCheck", "Reach the SSH server");
    case ConnectionCheck::HostKey:
        return QCoreApplication::translate("ConnectionCheck", "Host key");
    case ConnectionCheck::Login:
        return QCoreApplication::translate("ConnectionCheck", "Log in");
    case ConnectionCheck::Privileges:
        return QCoreApplication::translate("ConnectionCheck", "Root privileges (sudo)");
    case ConnectionCheck::Facts:
        return QCoreApplication::translate("ConnectionCheck", "System, disks and packages");
    case ConnectionCheck::Names:
        return QCoreApplication::translate("ConnectionCheck", "Private names resolve");
    case ConnectionCheck::PeerPort:
        return QCoreApplication::translate("ConnectionCheck", "Gluster port 24007 between peers");
    }
    return {};
}

ConnectionCheck ConnectionChecks::forError(SshError::Kind kind)
{
    using Kind = SshError::Kind;
    switch (kind) {
    case Kind::HostKeyRejected:
    case Kind::HostKeyChanged:
    case Kind::HostKeyRevoked:
    case Kind::KnownHostsUnusable:
        return ConnectionCheck::HostKey;
    case Kind::AuthMethodNotOffered:
    case Kind::AgentUnavailable:
    case Kind::KeyFileUnreadable:
    case Kind::RsaKeyUnsupported:
    case Kind::KeyRejected:
    case Kind::WrongPassphrase:
    case Kind::WrongPassword:
    case Kind::PasswordExpired:
    case Kind::TooManyAuthAttempts:
    case Kind::AuthCancelled:
        return ConnectionCheck::Login;
    case Kind::SudoWrongPassword:
    case Kind::SudoPasswordMissing:
    case Kind::SudoRequiresTty:
    case Kind::SudoNotAllowed:
        return ConnectionCheck::Privileges;
    default:
        return ConnectionCheck::Reach;
    }
}

ConnectionCheck ConnectionChecks::forState(SshSession::State state)
{
    switch (state) {
    case SshSession::State::AwaitingHostKeyDecision:
        return ConnectionCheck::HostKey;
    case SshSession::State::Authenticating:
    case SshSession::State::AwaitingSecret:
        return ConnectionCheck::Login;
    case SshSession::State::CheckingPrivileges:
        return ConnectionCheck::Privileges;
    case SshSession::State::Connected:
        return ConnectionCheck::Facts;
    default:
        return ConnectionCheck::Reach;
    }
}

bool ConnectionChecks::isFinal(CheckStatus status)
{
    return status == CheckStatus::Passed || status == CheckStatus::Failed ||
           status == CheckStatus::Skipped || status == CheckStatus::NotChecked;
}

bool ConnectionChecks::letsThrough(CheckStatus status)
{
    return status == CheckStatus::Passed || status == CheckStatus::NotChecked;
}
