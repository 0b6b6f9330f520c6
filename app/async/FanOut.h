#pragma once

#include <QList>
#include <QObject>

// One probe sent to several places at once (every server, every command of a server, every
// URL): counts the answers and says finished() exactly once, when each place has settled or at
// once on cancel(). Index i is the i-th place. Settling a place twice, out of range, or after
// the end changes nothing, so a late answer (a command cancelled after a deadline) is harmless.
class FanOut : public QObject
{
    Q_OBJECT
public:
    explicit FanOut(QObject *parent = nullptr);

    // Waits for count places from now on (what settled before is forgotten). With none,
    // finished() comes from the event loop, never from inside start().
    void start(int count);
    // Place index has its answer. Returns true when this counted: the first settle of a place
    // that was waited for, before the end.
    bool settle(int index);
    // Ends the wait now with what has settled; finished() comes now unless it came already.
    void cancel();

    bool isSettled(int index) const;
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    int count() const { return static_cast<int>(m_settled.size()); }
    int pending() const { return m_pending; }

signals:
    void finished();

private:
    void finish();

    QList<bool> m_settled;
    int m_pending = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    quint64 m_round = 0; // a start() after an empty start() does not get its queued finished()
};
