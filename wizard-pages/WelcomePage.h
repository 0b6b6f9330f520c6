#pragma once

#include <QWizardPage>

class DemoStarter;
class FieldError;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class ConnectionModel;
class SpecModel;

// First page: what the administrator wants to do. Opening a saved spec or the demo pair loads
// it into the session here, so every later page starts filled in.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Choice { NewSetup, HealthCheck, FailoverDrill, OpenSpec, DemoPair };

    WelcomePage(SpecModel *spec, ConnectionModel *connection, QWidget *parent = nullptr);
    Choice choice() const;
    void setChoice(Choice choice);
    void setSpecFile(const QString &path);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void updateChoiceWidgets();
    void browseSpec();
    void startDemo();

    SpecModel *m_spec;
    ConnectionModel *m_connection;
    QRadioButton *m_newSetup;
    QRadioButton *m_healthCheck;
    QRadioButton *m_failoverDrill;
    QRadioButton *m_openSpec;
    QRadioButton *m_demoPair;
    QLineEdit *m_specFile;
    QPushButton *m_browse;
    FieldError *m_specError;
    QLabel *m_demoNote;
    QPushButton *m_startDemo;
    DemoStarter *m_demoStarter;
    QString m_demoProblem; // why the last start failed, shown under the demo choice
};
