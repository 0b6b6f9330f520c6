#include "SshWireReader.h"

bool SshWireReader::readUint32(quint32 *value)
{
    if (m_failed || m_data.size() - m_pos < 4) {
        m_failed = true;
        return false;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
    *value = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) |
             quint32(bytes[3]);
    m_pos += 4;
    return true;
}

bool SshWireReader::readString(QByteArray *value)
{
    quint32 length = 0;
    if (!readUint32(&length))
        return false;
    if (quint64(m_data.size() - m_pos) < length) {
        m_failed = true;
        return false;
    }
    *value = m_data.mid(m_pos, qsizetype(length));
    m_pos += qsizetype(length);
    return true;
}
