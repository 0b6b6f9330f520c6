#pragma once

#include <QByteArray>
#include <QStringList>

// Turns a byte stream into UTF-8 text lines. Bytes after the last newline wait for more data;
// "\r\n" ends a line like "\n"; an endless line is cut at maxLineBytes so memory stays bounded.
class LineSplitter
{
public:
    static constexpr qsizetype maxLineBytes = 1 << 20;

    // Appends the complete lines found in data to lines.
    void feed(const char *data, qsizetype size, QStringList &lines);
    // At end of stream: the unterminated last line, if any.
    void finish(QStringList &lines);

private:
    void appendLine(const char *begin, qsizetype size, QStringList &lines);

    QByteArray m_partial;
};
