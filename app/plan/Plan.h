#pragma once

#include "plan/Step.h"

#include <QList>
#include <QString>

// The ordered steps that turn the servers into the pair. The order is one valid sequential
// order (every step after its dependencies); the runner may overlap independent steps.
class Plan
{
public:
    void append(const Step &step) { m_steps.append(step); }
    const QList<Step> &steps() const { return m_steps; }
    int size() const { return static_cast<int>(m_steps.size()); }
    bool isEmpty() const { return m_steps.isEmpty(); }

    int indexOf(const QString &id) const;
    const Step *find(const QString &id) const;

    // Empty when every id is unique and every dependency names an earlier step; otherwise a
    // description of the first violation (a planner bug, tested).
    QString consistencyError() const;

private:
    QList<Step> m_steps;
};
