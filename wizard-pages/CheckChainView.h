#pragma once

#include "connect/ConnectionCheck.h"
#include "facts/ReadinessCheck.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QVBoxLayout;

// One server's chain of connectivity checks: a status mark, the check's name and its one-line
// detail per row, then what the readiness check noted about the server.
class CheckChainView : public QGroupBox
{
    Q_OBJECT
public:
    explicit CheckChainView(const QString &serverName, QWidget *parent = nullptr);

    void setServerName(const QString &name) { setTitle(name); }
    void setCheck(ConnectionCheck check, CheckStatus status, const QString &detail);
    void setFindings(const QList<ReadinessFinding> &findings);
    void reset();

    CheckStatus status(ConnectionCheck check) const;
    QString detail(ConnectionCheck check) const;

private:
    struct Row
    {
        QLabel *icon;
        QLabel *title;
        QLabel *detail;
        CheckStatus status = CheckStatus::Pending;
    };
    QList<Row> m_rows;
    QLabel *m_findings;
};
