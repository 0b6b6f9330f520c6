#pragma once

#include <QByteArray>

// Reads the SSH wire encoding (RFC 4251 §5): big-endian uint32 and length-prefixed strings, as
// found in key blobs and OpenSSH private key files. Never reads past the end: a truncated or
// malformed input makes every further read fail.
class SshWireReader
{
public:
    explicit SshWireReader(const QByteArray &data)
        : m_data(data)
    {}

    bool readUint32(quint32 *value);
    bool readString(QByteArray *value);
    bool atEnd() const { return m_pos >= m_data.size(); }
    bool failed() const { return m_failed; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};
