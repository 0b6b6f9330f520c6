#include "drill/StallClock.h"

#include <QtGlobal>

void StallClock::close(qint64 atMs)
{
    if (m_lastAnswerMs < 0)
        return;
    m_longestMs = qMax(m_longestMs, atMs - m_lastAnswerMs - m_intervalMs);
}

void StallClock::answered(qint64 atMs)
{
    close(atMs);
    m_lastAnswerMs = atMs;
    m_lastFailed = false;
    ++m_answers;
}

void StallClock::failed(qint64 atMs)
{
    Q_UNUSED(atMs)
    m_lastFailed = true;
    ++m_failures;
}

void StallClock::stop(qint64 atMs)
{
    if (m_lastFailed)
        close(atMs);
}

qint64 StallClock::currentStallMs(qint64 nowMs) const
{
    if (m_lastAnswerMs < 0)
        return 0;
    return qMax<qint64>(0, nowMs - m_lastAnswerMs - m_intervalMs);
}
