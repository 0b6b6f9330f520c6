#include "ServersPage.h"

#include "ServerForm.h"
#include "session/SpecModel.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

ServersPage::ServersPage(SpecModel *spec, ConnectionModel *connection, QWidget *parent)
    : QWizardPage(parent)
    , m_spec(spec)
    , m_connection(connection)
    , m_layouts(new QButtonGroup(this))
    , m_row(new QHBoxLayout)
{
    setTitle(tr("Servers"));
    setSubTitle(tr("How many servers keep the files, then each server: the public address serves "
                   "the web, the private network carries the storage traffic. SSH settings left "
                   "empty come from your ~/.ssh/config."));
    auto *column = new QVBoxLayout(this);
    column->addWidget(layoutChoice());
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
    showLayout();

    connect(m_layouts, &QButtonGroup::idClicked, this, [this](int id) {
        const auto layout = SetupSpec::Layout(id);
        if (m_spec->spec().layout() != layout)
            m_spec->editSpec([layout](SetupSpec &edited) { edited.setLayout(layout); });
    });
    connect(spec, &SpecModel::serverCountChanged, this, [this]() {
        syncForms();
        for (ServerForm *form : std::as_const(m_forms))
            form->loadFromSpec();
    });
    connect(spec, &SpecModel::changed, this, [this]() {
        showLayout();
        for (ServerForm *form : std::as_const(m_forms))
            form->showProblems();
        emit completeChanged();
    });
}

QWidget *ServersPage::layoutChoice()
{
    auto *box = new QGroupBox(tr("Layout"));
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    const struct
    {
        SetupSpec::Layout layout;
        const char *objectName;
        QString label;
        QString protects;
    } choices[] = {
        {SetupSpec::Layout::TwoServers, "layout.two", tr("&Two servers"),
         tr("Survives the loss of either server, but if the two lose sight of each other both "
            "keep writing and a file can end up with two versions (split-brain).")},
        {SetupSpec::Layout::TwoWithArbiter, "layout.arbiter", tr("Two servers and an a&rbiter"),
         tr("A small third host keeps only file names and metadata, as a witness: it breaks the "
            "tie so that a server cut off from the others stops writing instead of splitting.")},
        {SetupSpec::Layout::ThreeCopies, "layout.three", tr("T&hree full copies"),
         tr("Three servers with every file: no split-brain, and the files stay writable and "
            "complete when any one server is lost.")},
    };
    int row = 0;
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.label);
        button->setObjectName(QLatin1String(choice.objectName));
        auto *protects = new QLabel(choice.protects);
        protects->setWordWrap(true);
        protects->setBuddy(button);
        m_layouts->addButton(button, int(choice.layout));
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(protects, row, 1, Qt::AlignTop);
        ++row;
    }
    return box;
}

void ServersPage::showLayout()
{
    if (QAbstractButton *button = m_layouts->button(int(m_spec->spec().layout())))
        button->setChecked(true);
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
