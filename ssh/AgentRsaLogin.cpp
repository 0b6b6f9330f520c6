#include "AgentRsaLogin.h"

#include "SshWireReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <libssh2.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
constexpr char signRequest = 13;   // SSH2_AGENTC_SIGN_REQUEST
constexpr char signResponse = 14;  // SSH2_AGENT_SIGN_RESPONSE
constexpr quint32 rsaSha2_512 = 4; // SSH_AGENT_RSA_SHA2_512
constexpr int agentTimeoutSeconds = 30;
const QByteArray algorithm = QByteArrayLiteral("rsa-sha2-512");

QString tr(const char *text)
{
    return QCoreApplication::translate("AgentRsaLogin", text);
}

void appendUint32(QByteArray *out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out->append(bytes, 4);
}

void appendString(QByteArray *out, const QByteArray &value)
{
    appendUint32(out, quint32(value.size()));
    out->append(value);
}

bool sendAll(int fd, const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t rc =
            ::send(fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc <= 0)
            return false;
        sent += rc;
    }
    return true;
}

bool receiveExactly(int fd, char *buffer, qsizetype length)
{
    qsizetype received = 0;
    while (received < length) {
        const ssize_t rc = ::recv(fd, buffer + received, size_t(length - received), 0);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc <= 0)
            return false;
        received += rc;
    }
    return true;
}

struct SignContext
{
    QString agentSocket;
    QByteArray keyBlob;
    QString *error;
};

LIBSSH2_USERAUTH_PUBLICKEY_SIGN_FUNC(signThroughAgent)
{
    Q_UNUSED(session);
    auto *context = static_cast<SignContext *>(*abstract);
    const QByteArray toSign(reinterpret_cast<const char *>(data), qsizetype(data_len));
    const QByteArray blob = AgentRsaLogin::agentSign(context->agentSocket, context->keyBlob, toSign,
                                                     rsaSha2_512, context->error);
    if (blob.isEmpty())
        return -1;
    SshWireReader reader(blob);
    QByteArray name, signature;
    if (!reader.readString(&name) || !reader.readString(&signature) || name != algorithm) {
        // An agent that ignores the flag signs with SHA-1, which the server would refuse.
        *context->error = tr("the agent signed with %1 instead of %2 (too old an agent?)")
                              .arg(QString::fromLatin1(name), QString::fromLatin1(algorithm));
        return -1;
    }
    // libssh2 frees it with its allocator, which is malloc() here (default allocator).
    *sig = static_cast<unsigned char *>(malloc(size_t(signature.size())));
    if (!*sig)
        return -1;
    memcpy(*sig, signature.constData(), size_t(signature.size()));
    *sig_len = size_t(signature.size());
    return 0;
}
} // namespace

AgentRsaLogin::AgentRsaLogin(const QString &agentSocket, const QByteArray &rsaKeyBlob)
    : m_agentSocket(agentSocket)
    , m_keyBlob(rsaKeyBlob)
    , m_sentBlob(renamedBlob(rsaKeyBlob, algorithm))
{}

bool AgentRsaLogin::isRsaBlob(const QByteArray &keyBlob)
{
    SshWireReader reader(keyBlob);
    QByteArray type;
    return reader.readString(&type) && type == "ssh-rsa";
}

QByteArray AgentRsaLogin::renamedBlob(const QByteArray &rsaKeyBlob, const QByteArray &name)
{
    SshWireReader reader(rsaKeyBlob);
    QByteArray type;
    if (!reader.readString(&type) || type != "ssh-rsa")
        return {};
    QByteArray out;
    appendString(&out, name);
    out.append(rsaKeyBlob.mid(4 + type.size()));
    return out;
}

int AgentRsaLogin::step(LIBSSH2_SESSION *session, const QByteArray &user)
{
    SignContext context{m_agentSocket, m_keyBlob, &m_signError};
    void *abstract = &context;
    return libssh2_userauth_publickey(
        session, user.constData(), reinterpret_cast<const unsigned char *>(m_sentBlob.constData()),
        size_t(m_sentBlob.size()), &signThroughAgent, &abstract);
}

QByteArray AgentRsaLogin::agentSign(const QString &agentSocket, const QByteArray &keyBlob,
                                    const QByteArray &data, quint32 flags, QString *error)
{
    const QByteArray path = QFile::encodeName(agentSocket);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || size_t(path.size()) >= sizeof address.sun_path) {
        *error = tr("no usable agent socket (SSH_AUTH_SOCK)");
        return {};
    }
    memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return {};
    }
    // A stuck agent must not hold the caller forever.
    timeval timeout{agentTimeoutSeconds, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    QByteArray body(1, signRequest);
    appendString(&body, keyBlob);
    appendString(&body, data);
    appendUint32(&body, flags);
    QByteArray request;
    appendString(&request, body);
    QByteArray reply;
    char header[4];
    bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
              sendAll(fd, request) && receiveExactly(fd, header, 4);
    if (ok) {
        const quint32 length = qFromBigEndian<quint32>(header);
        ok = length > 0 && length < 256 * 1024;
        if (ok) {
            reply.resize(qsizetype(length));
            ok = receiveExactly(fd, reply.data(), reply.size());
        }
    }
    const int savedErrno = errno;
    ::close(fd);
    if (!ok) {
        *error = tr("the agent at %1 did not answer (%2)")
                     .arg(agentSocket, QString::fromLocal8Bit(strerror(savedErrno)));
        return {};
    }
    if (reply.at(0) != signResponse) {
        *error = tr("the agent refused to sign with the key");
        return {};
    }
    SshWireReader reader(reply.mid(1));
    QByteArray signature;
    if (!reader.readString(&signature)) {
        *error = tr("the agent's answer was malformed");
        return {};
    }
    return signature;
}
