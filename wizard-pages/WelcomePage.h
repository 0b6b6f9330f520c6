#pragma once

#include <QWizardPage>

class QRadioButton;

// First page: what the administrator wants to do.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Choice { NewSetup, HealthCheck, OpenSpec, DemoPair };

    explicit WelcomePage(QWidget *parent = nullptr);
    Choice choice() const;

private:
    QRadioButton *m_newSetup;
    QRadioButton *m_healthCheck;
    QRadioButton *m_openSpec;
    QRadioButton *m_demoPair;
};
