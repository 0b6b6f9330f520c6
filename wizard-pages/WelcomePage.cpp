#include "WelcomePage.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
    , m_newSetup(new QRadioButton(tr("&Set up a new highly available pair")))
    , m_healthCheck(new QRadioButton(tr("&Check the health of an existing pair")))
    , m_openSpec(new QRadioButton(tr("&Open a saved setup spec…")))
    , m_demoPair(new QRadioButton(tr("&Try it on the local demo pair")))
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("Turn two Linux servers into a highly available web-storage pair with "
                   "GlusterFS: replicated storage mounted at /var/www on both, served by both."));
    auto *intro = new QLabel(
        tr("Nothing is changed on a server until you have reviewed the exact plan and "
           "confirmed it."));
    intro->setWordWrap(true);
    m_newSetup->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(12);
    for (QRadioButton *button : {m_newSetup, m_healthCheck, m_openSpec, m_demoPair})
        layout->addWidget(button);
    layout->addStretch();
}

WelcomePage::Choice WelcomePage::choice() const
{
    if (m_healthCheck->isChecked())
        return Choice::HealthCheck;
    if (m_openSpec->isChecked())
        return Choice::OpenSpec;
    if (m_demoPair->isChecked())
        return Choice::DemoPair;
    return Choice::NewSetup;
}
