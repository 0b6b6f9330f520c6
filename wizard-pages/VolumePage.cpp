#include "VolumePage.h"

#include "FieldError.h"
#include "session/SpecModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

VolumePage::VolumePage(SpecModel *spec, QWidget *parent)
    : QWizardPage(parent)
    , m_spec(spec)
    , m_name(new QLineEdit)
    , m_mountPath(new QLineEdit)
    , m_webServer(new QComboBox)
    , m_acknowledge(new QCheckBox(tr("I &understand the split-brain risk of two servers and "
                                     "want a replica-2 volume")))
    , m_nameError(new FieldError)
    , m_mountError(new FieldError)
    , m_webError(new FieldError)
{
    setTitle(tr("Volume"));
    setSubTitle(tr("The replicated volume, where both servers mount it, and the web server "
                   "that serves it."));
    m_name->setObjectName(QStringLiteral("volume.name"));
    m_name->setPlaceholderText(QStringLiteral("var-www"));
    m_mountPath->setPlaceholderText(QStringLiteral("/var/www"));
    m_webServer->addItem(tr("Apache (httpd / apache2)"), int(WebSpec::Server::Apache));
    m_webServer->addItem(tr("None: storage only"), int(WebSpec::Server::None));

    auto cell = [](QWidget *field, FieldError *error) {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        l->addWidget(field);
        l->addWidget(error);
        return w;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Volume &name:"), cell(m_name, m_nameError));
    form->addRow(tr("&Mount path:"), cell(m_mountPath, m_mountError));
    form->addRow(tr("&Web server:"), cell(m_webServer, m_webError));

    m_layoutNote = new QLabel;
    m_layoutNote->setObjectName(QStringLiteral("layoutNote"));
    m_layoutNote->setWordWrap(true);
    auto *risk = new QFrame;
    m_risk = risk;
    risk->setObjectName(QStringLiteral("riskBox"));
    risk->setStyleSheet(QStringLiteral(
        "#riskBox { background: #fff8e6; border: 1px solid #f0d48a; border-radius: 4px; }"));
    auto *riskTitle = new QLabel(tr("<b>Two servers can disagree (split-brain)</b>"));
    auto *riskText = new QLabel(
        tr("Each file is kept on both servers. If the two lose sight of each other while both "
           "keep accepting writes, the same file can change differently on each side; Gluster "
           "then refuses to serve it until someone picks the right copy. A third server "
           "(an arbiter, a layout of the Servers page) prevents this; it can also be added later. "
           "With two servers, keep them on a "
           "reliable private network and watch the health dashboard."));
    riskText->setWordWrap(true);
    auto *riskLayout = new QVBoxLayout(risk);
    riskLayout->addWidget(riskTitle);
    riskLayout->addWidget(riskText);
    riskLayout->addWidget(m_acknowledge);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_layoutNote);
    layout->addWidget(risk);
    layout->addStretch();

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_spec->editSpec([&](SetupSpec &spec) { spec.volume.name = text.trimmed(); });
    });
    connect(m_mountPath, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_spec->editSpec([&](SetupSpec &spec) { spec.mount.path = text.trimmed(); });
    });
    connect(m_webServer, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_loading)
            return;
        const auto server = WebSpec::Server(m_webServer->currentData().toInt());
        m_spec->editSpec([&](SetupSpec &spec) { spec.web.server = server; });
    });
    connect(m_acknowledge, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            m_spec->editSpec([&](SetupSpec &spec) { spec.volume.acknowledgeSplitBrainRisk = on; });
    });
    connect(spec, &SpecModel::changed, this, [this]() {
        showProblems();
        emit completeChanged();
    });
}

void VolumePage::initializePage()
{
    m_loading = true;
    const SetupSpec &spec = m_spec->spec();
    m_name->setText(spec.volume.name);
    m_mountPath->setText(spec.mount.path);
    m_webServer->setCurrentIndex(m_webServer->findData(int(spec.web.server)));
    m_acknowledge->setChecked(spec.volume.acknowledgeSplitBrainRisk);
    m_loading = false;
    showProblems();
}

void VolumePage::showProblems()
{
    showLayout();
    m_nameError->setMessage(m_spec->problem(SpecModel::Field::VolumeName));
    m_mountError->setMessage(m_spec->problem(SpecModel::Field::MountPath));
    QString web = m_spec->problem(SpecModel::Field::WebTestFile);
    if (web.isEmpty())
        web = m_spec->problem(SpecModel::Field::WebTestContent);
    m_webError->setMessage(web);
}

void VolumePage::showLayout()
{
    switch (m_spec->spec().layout()) {
    case SetupSpec::Layout::TwoServers:
        m_layoutNote->setText(tr("<b>Layout: two servers</b> (replica 2), chosen on the Servers "
                                 "page."));
        break;
    case SetupSpec::Layout::TwoWithArbiter:
        m_layoutNote->setText(
            tr("<b>Layout: two servers and an arbiter</b> (replica 3 arbiter 1), chosen on the "
               "Servers page. The two data servers mount the volume and serve the web; the "
               "arbiter keeps only names and metadata, so that a server cut off from the others "
               "stops writing instead of splitting. No split-brain risk to accept."));
        break;
    case SetupSpec::Layout::ThreeCopies:
        m_layoutNote->setText(
            tr("<b>Layout: three full copies</b> (replica 3), chosen on the Servers page. Every "
               "server mounts the volume and serves the web; any one can be lost. No "
               "split-brain risk to accept."));
        break;
    }
    m_risk->setVisible(m_spec->spec().layout() == SetupSpec::Layout::TwoServers);
}

bool VolumePage::isComplete() const
{
    return m_spec->isValid(SpecModel::volumeFields());
}
