#pragma once

#include <QPlainTextEdit>
#include <QStringList>
#include <QTextCharFormat>

class QTimer;

// A live log pane that never stalls the window: lines are queued and written on a short timer,
// a bounded number per flush; lines the block cap would trim at once are dropped before they
// are ever laid out; stderr is shown in another colour. It follows the end while the view is
// scrolled to the bottom and stays put while the administrator reads further up.
class LogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int kMaxBlocks = 20000;
    static constexpr int kMaxLinesPerFlush = 2000;
    static constexpr int kFlushIntervalMs = 50;

    explicit LogView(QWidget *parent = nullptr);

    void appendLines(const QStringList &lines, bool isStderr);
    void appendNote(const QString &line); // the log's own lines (a step begins, a result)
    void flush();                         // writes what is queued now (tests, before saving)
    int queuedLines() const { return static_cast<int>(m_queue.size()); }

private:
    enum class Kind { Out, Err, Note };
    struct Line
    {
        QString text;
        Kind kind;
    };
    void enqueue(const QString &text, Kind kind);
    void flushSome();

    QList<Line> m_queue;
    QTimer *m_timer;
    QTextCharFormat m_outFormat;
    QTextCharFormat m_errFormat;
    QTextCharFormat m_noteFormat;
};
