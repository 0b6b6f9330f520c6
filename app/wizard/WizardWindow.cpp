#include "WizardWindow.h"

#include "AdoptPage.h"
#include "AppInfo.h"
#include "ConnectivityPage.h"
#include "DisksPage.h"
#include "FailoverDrillPage.h"
#include "HealthDashboardPage.h"
#include "ResultPage.h"
#include "ReviewPage.h"
#include "RunPage.h"
#include "ServersPage.h"
#include "VolumePage.h"
#include "WelcomePage.h"
#include "run/PlanRunner.h"
#include "session/ConnectionModel.h"
#include "session/RecentSpec.h"
#include "session/RunModel.h"
#include "session/SetupSession.h"
#include "session/SpecModel.h"

#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

WizardWindow::WizardWindow(QWidget *parent)
    : QWizard(parent)
    , m_session(new SetupSession(this))
{
    setWindowTitle(AppInfo::name());
    setWindowIcon(QIcon(QStringLiteral(":/icons/gluster-ha-wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, windowIcon().pixmap(48, 48));

    SetupSpec last;
    QString lastPath;
    if (RecentSpec::restore(&last, &lastPath))
        m_session->spec()->setSpec(last);

    SpecModel *spec = m_session->spec();
    auto *welcome = new WelcomePage(spec, m_session->connection(), this);
    if (!lastPath.isEmpty())
        welcome->setSpecFile(lastPath);
    setPage(PageId::Welcome, welcome);
    setPage(PageId::Servers, new ServersPage(spec, m_session->connection(), this));
    setPage(PageId::Connectivity, new ConnectivityPage(m_session->connection(), this));
    setPage(PageId::Disks, new DisksPage(spec, m_session->plan(), this));
    setPage(PageId::Volume, new VolumePage(spec, this));
    setPage(PageId::Review, new ReviewPage(spec, m_session->plan(), this));
    setPage(PageId::Run, new RunPage(spec, m_session->run(), this));
    setPage(PageId::Result, new ResultPage(spec, m_session->run(), this));

    // Welcome → "Check the health of an existing pair": the pair is adopted from one of its
    // servers (AdoptPage), and becomes the session's spec, which the dashboard checks when shown.
    auto *adopt = new AdoptPage(this);
    setPage(PageId::Adopt, adopt);
    connect(this, &QWizard::currentIdChanged, this, [this, adopt](int id) {
        if (id == PageId::Adopt)
            adopt->setKnownHostsPath(m_session->connection()->knownHostsPath());
    });
    connect(adopt, &AdoptPage::pairAdopted, this,
            [this](const SetupSpec &spec) { m_session->spec()->setSpec(spec); });
    auto *health = new HealthDashboardPage(this);
    setPage(PageId::Health, health);
    connect(this, &QWizard::currentIdChanged, this, [this, health, adopt](int id) {
        if (id == PageId::Health) {
            health->setSpec(m_session->spec()->spec(), m_session->connection()->knownHostsPath());
            if (visitedIds().contains(PageId::Adopt)) {
                for (int i = 0; i < m_session->spec()->spec().servers.size(); ++i)
                    health->setSecret(i, adopt->typedSecret(i));
            }
            health->refresh();
        }
    });
    // Welcome → "Test failover": the drill page gets the session's pair when it is shown.
    auto *drill = new FailoverDrillPage(this);
    setPage(PageId::FailoverDrill, drill);
    connect(this, &QWizard::currentIdChanged, this, [this, drill](int id) {
        if (id == PageId::FailoverDrill)
            drill->setSpec(m_session->spec()->spec(), m_session->connection()->knownHostsPath());
    });
    resize(1000, 720);
}

bool WizardWindow::openSpec(const QString &path, QString *error)
{
    QString message;
    if (!m_session->spec()->openSpec(path, &message)) {
        if (error)
            *error = message;
        return false;
    }
    if (auto *welcome = qobject_cast<WelcomePage *>(page(PageId::Welcome))) {
        welcome->setSpecFile(path);
        welcome->setChoice(WelcomePage::Choice::OpenSpec);
    }
    return true;
}

void WizardWindow::reject()
{
    auto *drill = qobject_cast<FailoverDrillPage *>(page(PageId::FailoverDrill));
    if (drill && drill->isRunning()) {
        // The server the drill took out is brought back before the window goes.
        connect(drill, &FailoverDrillPage::drillFinished, this, [this] { QWizard::reject(); });
        drill->cancelDrill();
        return;
    }
    PlanRunner *runner = m_session->run()->runner();
    if (!runner || !runner->isRunning()) {
        QWizard::reject();
        return;
    }
    auto *ask = new QMessageBox(QMessageBox::Warning, tr("The plan is running"),
                                tr("Stop the run and close? The commands running now are "
                                   "ended on the servers (SIGTERM, SIGKILL after %1 s) and the "
                                   "window closes once they are gone. A step stopped halfway is "
                                   "done again by the next run, which checks every step first.")
                                    .arg(PlanRunner::cancelGraceSeconds()),
                                QMessageBox::NoButton, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowModality(Qt::WindowModal);
    QPushButton *stop = ask->addButton(tr("&Stop and close"), QMessageBox::DestructiveRole);
    ask->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    const QPointer<PlanRunner> guard(runner);
    connect(ask, &QMessageBox::buttonClicked, this, [this, stop, guard](QAbstractButton *button) {
        if (button != stop)
            return;
        if (!guard || !guard->isRunning()) {
            QWizard::reject(); // it ended while the question was open
            return;
        }
        connect(guard, &PlanRunner::finished, this, [this]() { QWizard::reject(); });
        guard->cancel();
    });
    ask->open();
}

void WizardWindow::setKnownHostsPath(const QString &path)
{
    m_session->connection()->setKnownHostsPath(path);
}
