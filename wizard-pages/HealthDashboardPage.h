#pragma once

#include "health/HealthCheckJob.h"
#include "health/HealthReport.h"
#include "spec/SetupSpec.h"

#include <QPointer>
#include <QWizardPage>

class HealthCheckList;
class HealthVerdictBanner;
class PairDiagram;
class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;

// The health dashboard (Welcome → "Check the health of an existing pair"): the pair as a
// picture (PairDiagram), every check with its reason and fix commands, a refresh that runs a
// HealthCheckJob in the background (the GUI thread never waits for a server), and export of the
// report as HTML or JSON. It only displays: the checks, rules and commands live in app/health.
class HealthDashboardPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class ExportFormat { Html, Json };

    explicit HealthDashboardPage(QWidget *parent = nullptr);
    ~HealthDashboardPage() override;

    // The pair to check, and the known_hosts its host keys are verified against (empty:
    // ~/.ssh/known_hosts). Clears the shown report when the pair changes.
    void setSpec(const SetupSpec &spec, const QString &knownHostsPath);
    // A password or passphrase already typed for spec.servers[index] (else the keychain).
    void setSecret(int index, const QString &secret);

    // Starts a check in the background (nothing when one runs or no spec is set).
    void refresh();
    bool isChecking() const { return m_job != nullptr; }
    // Shows a report (from a check, or loaded from a JSON file).
    void showReport(const HealthReport &report);
    bool hasReport() const { return m_hasReport; }
    const HealthReport &report() const { return m_report; }
    // Writes the shown report; false with *error set when it cannot.
    bool exportReport(const QString &path, ExportFormat format, QString *error = nullptr) const;

    void initializePage() override;
    int nextId() const override { return -1; }

signals:
    void checkFinished(const HealthReport &report);

private:
    void exportWithDialog(ExportFormat format);
    void showDetails(const HealthCheck &check);
    void setChecking(bool checking);

    SetupSpec m_spec;
    bool m_hasSpec = false;
    QString m_knownHostsPath;
    QStringList m_secrets;
    HealthReport m_report;
    bool m_hasReport = false;
    QPointer<HealthCheckJob> m_job;

    HealthVerdictBanner *m_banner;
    PairDiagram *m_diagram;
    HealthCheckList *m_checks;
    QTextBrowser *m_details;
    QCheckBox *m_roundTrip;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_exportHtml;
    QPushButton *m_exportJson;
};
