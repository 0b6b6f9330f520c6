#include "SshError.h"

QString SshError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::ConnectFailed:
        return QStringLiteral("ConnectFailed");
    case Kind::ConnectTimeout:
        return QStringLiteral("ConnectTimeout");
    case Kind::HandshakeFailed:
        return QStringLiteral("HandshakeFailed");
    case Kind::HostKeyRejected:
        return QStringLiteral("HostKeyRejected");
    case Kind::HostKeyChanged:
        return QStringLiteral("HostKeyChanged");
    case Kind::HostKeyRevoked:
        return QStringLiteral("HostKeyRevoked");
    case Kind::KnownHostsUnusable:
        return QStringLiteral("KnownHostsUnusable");
    case Kind::AuthMethodNotOffered:
        return QStringLiteral("AuthMethodNotOffered");
    case Kind::AgentUnavailable:
        return QStringLiteral("AgentUnavailable");
    case Kind::KeyFileUnreadable:
        return QStringLiteral("KeyFileUnreadable");
    case Kind::RsaKeyUnsupported:
        return QStringLiteral("RsaKeyUnsupported");
    case Kind::KeyRejected:
        return QStringLiteral("KeyRejected");
    case Kind::WrongPassphrase:
        return QStringLiteral("WrongPassphrase");
    case Kind::WrongPassword:
        return QStringLiteral("WrongPassword");
    case Kind::PasswordExpired:
        return QStringLiteral("PasswordExpired");
    case Kind::TooManyAuthAttempts:
        return QStringLiteral("TooManyAuthAttempts");
    case Kind::AuthCancelled:
        return QStringLiteral("AuthCancelled");
    case Kind::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case Kind::PeerSilent:
        return QStringLiteral("PeerSilent");
    case Kind::NotConnected:
        return QStringLiteral("NotConnected");
    case Kind::ChannelFailed:
        return QStringLiteral("ChannelFailed");
    case Kind::SudoWrongPassword:
        return QStringLiteral("SudoWrongPassword");
    case Kind::SudoPasswordMissing:
        return QStringLiteral("SudoPasswordMissing");
    case Kind::SudoRequiresTty:
        return QStringLiteral("SudoRequiresTty");
    case Kind::SudoNotAllowed:
        return QStringLiteral("SudoNotAllowed");
    case Kind::ProtocolError:
        return QStringLiteral("ProtocolError");
    }
    return QStringLiteral("Unknown");
}
