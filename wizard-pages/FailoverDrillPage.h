#pragma once

#include "drill/DrillReport.h"
#include "drill/FailoverDrillJob.h"
#include "spec/SetupSpec.h"

#include <QMessageBox>
#include <QPointer>
#include <QWizardPage>

class LogView;
class QComboBox;
class QLabel;
class QPushButton;

// Welcome → "Test failover": the failover drill of a pair in service (app/drill). The page
// collects which server to take out, asks before it starts (the drill disturbs that server),
// then shows live what the drill does, whether the other server's site answers (once a
// second) and the longest stall so far, and ends with the drill's report. Cancel (the page's
// button, Back, the wizard's Cancel or closing the window) brings the server back before the
// drill ends. It only displays: the drill runs in a FailoverDrillJob, never blocking the window.
class FailoverDrillPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FailoverDrillPage(QWidget *parent = nullptr);
    ~FailoverDrillPage() override;

    // The pair to drill and the known_hosts its host keys are verified against.
    void setSpec(const SetupSpec &spec, const QString &knownHostsPath);
    // Asks first (a window-modal question, confirmationBox()); starts only on "yes".
    void requestStart();
    // Starts without asking (after the question was answered).
    void startConfirmed();
    // Ends the drill: the server taken out is brought back first; drillFinished() follows.
    void cancelDrill();
    bool isRunning() const { return m_job != nullptr; }
    QMessageBox *confirmationBox() const { return m_question; }
    // Shows a finished drill's report (also used for a report given from outside).
    void showReport(const DrillReport &report);

    bool isComplete() const override { return !isRunning(); }
    // Back while the drill runs cancels it (the server is brought back in the background).
    void cleanupPage() override;
    int nextId() const override { return -1; }

signals:
    void drillFinished(const DrillReport &report);

private:
    void appendSitePoll(bool answered, const QString &line);
    void setRunning(bool running);
    void showState(const QString &text, const QColor &color);

    SetupSpec m_spec;
    bool m_hasSpec = false;
    QString m_knownHostsPath;
    QPointer<FailoverDrillJob> m_job;
    QPointer<QMessageBox> m_question;
    int m_siteAnswers = 0;
    int m_siteFailures = 0;

    QComboBox *m_target;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QLabel *m_state;
    QLabel *m_site;
    LogView *m_log;
    QLabel *m_report;
};
