#include "LineSplitter.h"

#include <cstring>

void LineSplitter::feed(const char *data, qsizetype size, QStringList &lines)
{
    const char *cursor = data;
    const char *end = data + size;
    while (cursor < end) {
        const auto *newline =
            static_cast<const char *>(std::memchr(cursor, '\n', size_t(end - cursor)));
        if (!newline) {
            m_partial.append(cursor, end - cursor);
            if (m_partial.size() >= maxLineBytes) {
                appendLine(m_partial.constData(), m_partial.size(), lines);
                m_partial.clear();
            }
            return;
        }
        if (m_partial.isEmpty()) {
            appendLine(cursor, newline - cursor, lines);
        } else {
            m_partial.append(cursor, newline - cursor);
            appendLine(m_partial.constData(), m_partial.size(), lines);
            m_partial.clear();
        }
        cursor = newline + 1;
    }
}

void LineSplitter::finish(QStringList &lines)
{
    if (!m_partial.isEmpty())
        appendLine(m_partial.constData(), m_partial.size(), lines);
    m_partial.clear();
}

void LineSplitter::appendLine(const char *begin, qsizetype size, QStringList &lines)
{
    if (size > 0 && begin[size - 1] == '\r')
        --size;
    lines.append(QString::fromUtf8(begin, size));
}
