#pragma once

#include <QtGlobal>

// The longest time the site did not answer, from the times (ms, one clock) at which requests
// were sent and answered. Requests go out one at a time, every `intervalMs`; a stall is the part
// of the gap between two good answers beyond that interval (a request that hung counts whole).
// Before the first good answer nothing is measured; stop() closes a stall still open.
class StallClock
{
public:
    explicit StallClock(qint64 intervalMs)
        : m_intervalMs(intervalMs)
    {}

    void answered(qint64 atMs);
    void failed(qint64 atMs);
    void stop(qint64 atMs);

    qint64 longestStallMs() const { return m_longestMs; }
    // Still stalled now: the last request failed (or none answered yet).
    bool isStalled() const { return m_lastFailed || m_lastAnswerMs < 0; }
    qint64 currentStallMs(qint64 nowMs) const;
    int answers() const { return m_answers; }
    int failures() const { return m_failures; }

private:
    void close(qint64 atMs);

    qint64 m_intervalMs;
    qint64 m_lastAnswerMs = -1;
    qint64 m_longestMs = 0;
    bool m_lastFailed = false;
    int m_answers = 0;
    int m_failures = 0;
};
