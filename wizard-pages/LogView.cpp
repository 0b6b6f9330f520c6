#include "LogView.h"

#include "RemoteText.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>

LogView::LogView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_timer(new QTimer(this))
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(kMaxBlocks);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errFormat.setForeground(QColor(0xc0, 0x39, 0x2b));
    m_noteFormat.setForeground(QColor(0x2f, 0x6f, 0xd0));
    m_noteFormat.setFontWeight(QFont::DemiBold);
    m_timer->setInterval(kFlushIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LogView::flushSome);
}

void LogView::appendLines(const QStringList &lines, bool isStderr)
{
    for (const QString &line : lines)
        enqueue(line, isStderr ? Kind::Err : Kind::Out);
}

void LogView::appendNote(const QString &line)
{
    enqueue(line, Kind::Note);
}

void LogView::enqueue(const QString &text, Kind kind)
{
    m_queue.append({RemoteText::printable(text), kind}); // remote output: no control chars
    // Lines that the block cap would trim right away are never laid out.
    if (m_queue.size() > kMaxBlocks)
        m_queue.erase(m_queue.begin(), m_queue.begin() + (m_queue.size() - kMaxBlocks));
    if (!m_timer->isActive())
        m_timer->start();
}

void LogView::flush()
{
    while (!m_queue.isEmpty())
        flushSome();
}

void LogView::flushSome()
{
    if (m_queue.isEmpty()) {
        m_timer->stop();
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    const bool following = bar->value() >= bar->maximum() - 2;
    const int count = qMin(static_cast<int>(m_queue.size()), kMaxLinesPerFlush);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    const bool empty = document()->isEmpty();
    for (int i = 0; i < count; ++i) {
        const Line &line = m_queue.at(i);
        if (!(empty && i == 0))
            cursor.insertBlock();
        const QTextCharFormat &format = line.kind == Kind::Err    ? m_errFormat
                                        : line.kind == Kind::Note ? m_noteFormat
                                                                  : m_outFormat;
        cursor.insertText(line.text, format);
    }
    cursor.endEditBlock();
    m_queue.erase(m_queue.begin(), m_queue.begin() + count);
    if (following)
        bar->setValue(bar->maximum());
}
