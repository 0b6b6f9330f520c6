#include "WizardWindow.h"

#include "AppInfo.h"
#include "WelcomePage.h"

#include <QIcon>

WizardWindow::WizardWindow(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(AppInfo::name());
    setWindowIcon(QIcon(QStringLiteral(":/icons/gluster-ha-wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, new WelcomePage(this));
    resize(900, 640);
}
