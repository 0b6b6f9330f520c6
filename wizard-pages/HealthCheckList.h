#pragma once

#include "health/HealthReport.h"

#include <QTreeWidget>

// The dashboard's list of every check of a report: state mark, server, check and subject, the
// failures first (then the unknown, the warnings and the fine ones, each in report order). The
// full reason is the row's tooltip; currentCheckChanged() tells which one is selected.
class HealthCheckList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit HealthCheckList(QWidget *parent = nullptr);

    void setReport(const HealthReport &report);
    // The checks in the order shown.
    const QList<HealthCheck> &shownChecks() const { return m_checks; }
    void selectFirstProblem();

signals:
    void currentCheckChanged(const HealthCheck &check);

private:
    QList<HealthCheck> m_checks;
};
