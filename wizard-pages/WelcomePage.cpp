#include "WelcomePage.h"

#include "FieldError.h"
#include "PageId.h"
#include "session/ConnectionModel.h"
#include "session/DemoPair.h"
#include "session/DemoStarter.h"
#include "session/SpecModel.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

namespace {
// A choice's explanation, indented under its radio button.
QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 6);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}
} // namespace

WelcomePage::WelcomePage(SpecModel *spec, ConnectionModel *connection, QWidget *parent)
    : QWizardPage(parent)
    , m_spec(spec)
    , m_connection(connection)
    , m_newSetup(new QRadioButton(tr("&Set up a new highly available pair")))
    , m_healthCheck(new QRadioButton(tr("&Check the health of an existing pair")))
    , m_failoverDrill(new QRadioButton(tr("Test &failover of an existing pair")))
    , m_openSpec(new QRadioButton(tr("&Open a saved setup spec…")))
    , m_demoPair(new QRadioButton(tr("&Try it on the local demo pair")))
    , m_specFile(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_specError(new FieldError)
    , m_demoNote(hint(QString()))
    , m_startDemo(new QPushButton(tr("Start the &demo pair…")))
    , m_demoStarter(new DemoStarter(this))
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("Turn two Linux servers into a highly available web-storage pair with "
                   "GlusterFS: replicated storage mounted at /var/www on both, served by both."));
    auto *intro =
        new QLabel(tr("Nothing is changed on a server until you have reviewed the exact plan and "
                      "confirmed it."));
    intro->setWordWrap(true);
    m_newSetup->setChecked(true);
    m_specFile->setPlaceholderText(tr("setup spec (.json)"));
    m_specFile->setClearButtonEnabled(true);

    auto *group = new QButtonGroup(this);
    for (QRadioButton *button :
         {m_newSetup, m_healthCheck, m_failoverDrill, m_openSpec, m_demoPair})
        group->addButton(button);

    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(24, 0, 0, 0);
    fileRow->addWidget(m_specFile, 1);
    fileRow->addWidget(m_browse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(m_newSetup);
    layout->addWidget(hint(tr("Describe the two servers, check them, review the plan, run it.")));
    layout->addWidget(m_healthCheck);
    layout->addWidget(hint(tr("Read-only: peers, bricks, healing, mounts and the web servers.")));
    layout->addWidget(m_failoverDrill);
    layout->addWidget(hint(tr("A drill: one server is taken out for a minute while the other "
                              "keeps serving; then it is brought back and healed. Asks first.")));
    layout->addWidget(m_openSpec);
    layout->addLayout(fileRow);
    layout->addWidget(m_specError);
    layout->addSpacing(6);
    layout->addWidget(m_demoPair);
    layout->addWidget(m_demoNote);
    auto *demoRow = new QHBoxLayout;
    demoRow->setContentsMargins(24, 0, 0, 0);
    demoRow->addWidget(m_startDemo);
    demoRow->addStretch();
    layout->addLayout(demoRow);
    layout->addStretch();
    m_startDemo->setObjectName(QStringLiteral("startDemo"));
    m_demoNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(group, &QButtonGroup::buttonToggled, this, [this]() { updateChoiceWidgets(); });
    connect(m_specFile, &QLineEdit::textChanged, this, [this]() {
        m_specError->setMessage(QString());
        emit completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &WelcomePage::browseSpec);
    connect(m_startDemo, &QPushButton::clicked, this, &WelcomePage::startDemo);
    connect(m_demoStarter, &DemoStarter::finished, this, [this](bool ok, const QString &message) {
        m_demoProblem = ok ? QString() : message;
        updateChoiceWidgets();
    });
    updateChoiceWidgets();
}

WelcomePage::Choice WelcomePage::choice() const
{
    if (m_healthCheck->isChecked())
        return Choice::HealthCheck;
    if (m_failoverDrill->isChecked())
        return Choice::FailoverDrill;
    if (m_openSpec->isChecked())
        return Choice::OpenSpec;
    if (m_demoPair->isChecked())
        return Choice::DemoPair;
    return Choice::NewSetup;
}

void WelcomePage::setChoice(Choice choice)
{
    switch (choice) {
    case Choice::NewSetup:
        m_newSetup->setChecked(true);
        break;
    case Choice::HealthCheck:
        m_healthCheck->setChecked(true);
        break;
    case Choice::FailoverDrill:
        m_failoverDrill->setChecked(true);
        break;
    case Choice::OpenSpec:
        m_openSpec->setChecked(true);
        break;
    case Choice::DemoPair:
        m_demoPair->setChecked(true);
        break;
    }
}

void WelcomePage::setSpecFile(const QString &path)
{
    m_specFile->setText(path);
}

void WelcomePage::updateChoiceWidgets()
{
    const bool open = choice() == Choice::OpenSpec;
    m_specFile->setEnabled(open);
    m_browse->setEnabled(open);
    const bool running = DemoPair::isRunning();
    const bool canStart = !DemoStarter::command().isEmpty();
    QString note;
    if (running)
        note = tr("Two servers on this machine (network namespaces), ready to be set up: nothing "
                  "outside this machine is touched.");
    else if (m_demoStarter->isRunning())
        note = tr("Starting the demo pair: two servers on this machine (about half a minute)…");
    else if (canStart && DemoStarter::asksForRoot())
        note = tr("Two servers on this machine (network namespaces). Starting them needs root: "
                  "you will be asked for a password.");
    else if (canStart)
        note = tr("Two servers on this machine (network namespaces), started here (this session "
                  "has the root rights they need).");
    else
        note = tr("Two servers on this machine (network namespaces). Starting them needs root: "
                  "run this in a terminal, then come back here: %1")
                   .arg(DemoPair::rootCommandLine());
    if (!m_demoProblem.isEmpty() && !running)
        note += QLatin1Char('\n') + m_demoProblem;
    m_demoNote->setText(note);
    m_startDemo->setVisible(!running && canStart);
    m_startDemo->setEnabled(choice() == Choice::DemoPair && !m_demoStarter->isRunning());
    emit completeChanged();
}

void WelcomePage::browseSpec()
{
    auto *dialog = new QFileDialog(this, tr("Open a setup spec"), m_specFile->text(),
                                   tr("Setup spec (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_specFile, &QLineEdit::setText);
    dialog->open();
}

void WelcomePage::startDemo()
{
    m_demoProblem.clear();
    m_demoStarter->start(); // in the background: the window stays responsive
    updateChoiceWidgets();
}

bool WelcomePage::isComplete() const
{
    switch (choice()) {
    case Choice::OpenSpec:
        return !m_specFile->text().trimmed().isEmpty();
    case Choice::DemoPair:
        return DemoPair::isRunning();
    default:
        return true;
    }
}

bool WelcomePage::validatePage()
{
    QString error;
    switch (choice()) {
    case Choice::OpenSpec:
        if (!m_spec->openSpec(m_specFile->text().trimmed(), &error)) {
            m_specError->setMessage(error);
            return false;
        }
        return true;
    case Choice::DemoPair:
        if (!m_spec->openSpec(DemoPair::specPath(), &error)) {
            m_specError->setMessage(error);
            return false;
        }
        m_connection->setKnownHostsPath(DemoPair::knownHostsPath());
        return true;
    default:
        return true;
    }
}

int WelcomePage::nextId() const
{
    if (choice() == Choice::HealthCheck) { // which pair: adopted from one of its servers first
        for (int id : {int(PageId::Adopt), int(PageId::Health)}) {
            if (wizard() && wizard()->page(id))
                return id;
        }
        return -1;
    }
    if (choice() == Choice::FailoverDrill)
        return wizard() && wizard()->page(PageId::FailoverDrill) ? int(PageId::FailoverDrill) : -1;
    return PageId::Servers;
}
