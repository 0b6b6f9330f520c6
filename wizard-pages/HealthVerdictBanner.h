#pragma once

#include "health/HealthReport.h"

#include <QFrame>

class QLabel;

// The top of the health dashboard: the verdict in large coloured letters on a matching tint
// (HEALTHY / DEGRADED / BROKEN), the report's summary, and when it was observed.
class HealthVerdictBanner : public QFrame
{
    Q_OBJECT
public:
    explicit HealthVerdictBanner(QWidget *parent = nullptr);

    void showReport(const HealthReport &report, qint64 elapsedMs = -1);
    // Before the first report, or while a check runs.
    void showMessage(const QString &title, const QString &text);
    QString verdictText() const;

private:
    void paintState(const QColor &accent, const QColor &tint);

    QLabel *m_icon;
    QLabel *m_verdict;
    QLabel *m_summary;
    QLabel *m_when;
};
