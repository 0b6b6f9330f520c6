#include "ServersPage.h"

#include "ServerForm.h"
#include "session/SpecModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

ServersPage::ServersPage(SpecModel *spec, ConnectionModel *connection, QWidget *parent)
    : QWizardPage(parent)
    , m_spec(spec)
    , m_connection(connection)
    , m_row(new QHBoxLayout)
{
    setTitle(tr("Servers"));
    setSubTitle(tr("The two servers of the pair: the public address serves the web, the private "
                   "network carries the storage traffic. SSH settings left empty come from your "
                   "~/.ssh/config."));
    auto *column = new QVBoxLayout(this);
    m_row->setSpacing(12);
    column->addLayout(m_row);
    auto *note = new QLabel(tr("Passwords are kept in memory for this session only, or in "
                               "your desktop keychain when you tick \"Remember\"; never in the "
                               "spec file."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #666666;"));
    column->addWidget(note);
    column->addStretch();
    syncForms();

    connect(spec, &SpecModel::serverCountChanged, this, [this]() {
        syncForms();
        for (ServerForm *form : std::as_const(m_forms))
            form->loadFromSpec();
    });
    connect(spec, &SpecModel::changed, this, [this]() {
        for (ServerForm *form : std::as_const(m_forms))
            form->showProblems();
        emit completeChanged();
    });
}

void ServersPage::syncForms()
{
    while (m_forms.size() > m_spec->serverCount())
        delete m_forms.takeLast();
    while (m_forms.size() < m_spec->serverCount()) {
        auto *form = new ServerForm(m_spec, m_connection, static_cast<int>(m_forms.size()));
        m_row->addWidget(form, 1, Qt::AlignTop);
        m_forms << form;
    }
}

void ServersPage::initializePage()
{
    for (ServerForm *form : std::as_const(m_forms)) {
        form->loadFromSpec();
        form->showProblems();
    }
    if (!m_forms.isEmpty())
        m_forms.first()->firstField()->setFocus();
}

bool ServersPage::isComplete() const
{
    return m_spec->isValid({SpecModel::Field::Servers}) &&
           m_spec->isValid(SpecModel::serverAddressFields());
}
