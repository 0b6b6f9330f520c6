#include "ServersPage.h"

#include "ServerForm.h"
#include "session/SetupSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

ServersPage::ServersPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Servers"));
    setSubTitle(tr("The two servers of the pair: the public address serves the web, the private "
                   "network carries the storage traffic. SSH settings left empty come from your "
                   "~/.ssh/config."));
    auto *column = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    column->addLayout(row);
    for (int i = 0; i < 2; ++i) {
        auto *form = new ServerForm(session, i);
        m_forms << form;
        row->addWidget(form, 1, Qt::AlignTop);
    }
    auto *note = new QLabel(tr("Passwords are kept in memory for this session only, or in "
                               "your desktop keychain when you tick \"Remember\"; never in the "
                               "spec file."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #666666;"));
    column->addWidget(note);
    column->addStretch();

    connect(session, &SetupSession::specChanged, this, [this]() {
        for (ServerForm *form : std::as_const(m_forms))
            form->showProblems();
        emit completeChanged();
    });
}

void ServersPage::initializePage()
{
    for (ServerForm *form : std::as_const(m_forms)) {
        form->loadFromSpec();
        form->showProblems();
    }
    m_forms.first()->firstField()->setFocus();
}

QStringList ServersPage::fieldPrefixes() const
{
    QStringList prefixes{QStringLiteral("servers")};
    for (int i = 0; i < m_forms.size(); ++i) {
        for (const char *field : {"name", "publicAddress", "privateName", "privateAddress", "ssh."})
            prefixes << QStringLiteral("servers[%1].%2").arg(i).arg(QLatin1String(field));
    }
    return prefixes;
}

bool ServersPage::isComplete() const
{
    return m_session->isValidUnder(fieldPrefixes());
}
