#include "async/FanOut.h"

#include <QTimer>

FanOut::FanOut(QObject *parent)
    : QObject(parent)
{}

void FanOut::start(int count)
{
    m_settled = QList<bool>(qMax(0, count), false);
    m_pending = static_cast<int>(m_settled.size());
    m_finished = false;
    m_cancelled = false;
    const quint64 round = ++m_round;
    if (m_pending == 0) {
        QTimer::singleShot(0, this, [this, round] {
            if (round == m_round)
                finish();
        });
    }
}

bool FanOut::settle(int index)
{
    if (m_finished || index < 0 || index >= m_settled.size() || m_settled.at(index))
        return false;
    m_settled[index] = true;
    if (--m_pending == 0)
        finish();
    return true;
}

void FanOut::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    finish();
}

bool FanOut::isSettled(int index) const
{
    return index >= 0 && index < m_settled.size() && m_settled.at(index);
}

void FanOut::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}
