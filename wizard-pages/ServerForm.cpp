#include "ServerForm.h"

#include "FieldError.h"
#include "connect/SshConfigHosts.h"
#include "session/ConnectionModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const char *const kSecretField = "secret";
} // namespace

ServerForm::ServerForm(SpecModel *spec, ConnectionModel *connection, int index, QWidget *parent)
    : QGroupBox(parent)
    , m_spec(spec)
    , m_connection(connection)
    , m_index(index)
    , m_form(new QFormLayout(this))
    , m_roleNote(new QLabel(tr("The arbiter: a witness that keeps only file names and metadata "
                               "to break ties between the two data servers. It runs no web "
                               "server and mounts nothing; a small disk is enough.")))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setVerticalSpacing(6);
    m_roleNote->setObjectName(QStringLiteral("roleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setStyleSheet(QStringLiteral("color: #555555;"));
    m_form->addRow(m_roleNote);

    m_name = addLine(tr("Na&me:"), SpecModel::Field::Name, QStringLiteral("server01"));
    m_publicAddress = addLine(tr("&Public address:"), SpecModel::Field::PublicAddress,
                              tr("name or IP the web is served on"));
    m_privateName = addLine(tr("P&rivate name:"), SpecModel::Field::PrivateName,
                            QStringLiteral("server01-private"));
    m_privateAddress = addLine(tr("Private &address:"), SpecModel::Field::PrivateAddress,
                               tr("IP for the storage traffic"));
    m_sshHost =
        addLine(tr("SSH &host:"), SpecModel::Field::SshHost, tr("host, IP or ~/.ssh/config alias"));
    auto *completer =
        new QCompleter(SshConfigHosts::fromFile(SshConfigHosts::defaultConfigPath()), m_sshHost);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_sshHost->setCompleter(completer);

    m_sshPort = new QSpinBox;
    m_sshPort->setRange(0, 65535);
    m_sshPort->setSpecialValueText(tr("from SSH config (22)"));
    addRow(tr("SSH p&ort:"), m_sshPort, SpecModel::Field::SshPort);
    m_sshUser = addLine(tr("SSH &user:"), SpecModel::Field::SshUser, tr("from SSH config"));

    m_auth = new QComboBox;
    m_auth->addItem(tr("SSH agent"), int(SshSpec::Auth::Agent));
    m_auth->addItem(tr("Key file"), int(SshSpec::Auth::Key));
    m_auth->addItem(tr("Password"), int(SshSpec::Auth::Password));
    addRow(tr("&Log in with:"), m_auth, SpecModel::Field::SshAuth);

    m_identityFile = new QLineEdit;
    m_identityFile->setPlaceholderText(QStringLiteral("~/.ssh/id_ed25519"));
    m_browseIdentity = new QPushButton(tr("…"));
    m_browseIdentity->setToolTip(tr("Choose the private key file"));
    m_browseIdentity->setFixedWidth(32);
    m_identityFile->setObjectName(SpecModel::name(SpecModel::Field::SshIdentityFile));
    auto *identityRow = new QWidget;
    identityRow->setObjectName(QStringLiteral("identityRow"));
    auto *identityLayout = new QHBoxLayout(identityRow);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    identityLayout->addWidget(m_identityFile, 1);
    identityLayout->addWidget(m_browseIdentity);
    addRow(tr("&Key file:"), identityRow, SpecModel::Field::SshIdentityFile);

    m_secret = new QLineEdit;
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("asked when needed"));
    addRow(tr("Pass&word:"), m_secret, QLatin1String(kSecretField), std::nullopt);
    m_remember = new QCheckBox(tr("Remember it in the k&eychain"));
    m_remember->setObjectName(QStringLiteral("rememberSecret"));
    m_form->addRow(QString(), m_remember);

    auto bindLine = [this](QLineEdit *edit, QString ServerSpec::*member) {
        connect(edit, &QLineEdit::textEdited, this, [this, member](const QString &text) {
            m_spec->editSpec(
                [&](SetupSpec &spec) { spec.servers[m_index].*member = text.trimmed(); });
        });
    };
    bindLine(m_name, &ServerSpec::name);
    bindLine(m_publicAddress, &ServerSpec::publicAddress);
    bindLine(m_privateName, &ServerSpec::privateName);
    bindLine(m_privateAddress, &ServerSpec::privateAddress);
    connect(m_sshHost, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_loading)
            m_spec->editSpec(
                [&](SetupSpec &spec) { spec.servers[m_index].ssh.host = text.trimmed(); });
    });
    connect(m_sshPort, &QSpinBox::valueChanged, this, [this](int port) {
        if (!m_loading)
            m_spec->editSpec([&](SetupSpec &spec) { spec.servers[m_index].ssh.port = port; });
    });
    connect(m_sshUser, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_spec->editSpec([&](SetupSpec &spec) { spec.servers[m_index].ssh.user = text.trimmed(); });
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_loading) {
            const auto auth = SshSpec::Auth(m_auth->currentData().toInt());
            m_spec->editSpec([&](SetupSpec &spec) { spec.servers[m_index].ssh.auth = auth; });
        }
        updateAuthWidgets();
    });
    connect(m_identityFile, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_loading)
            m_spec->editSpec(
                [&](SetupSpec &spec) { spec.servers[m_index].ssh.identityFile = text.trimmed(); });
    });
    connect(m_browseIdentity, &QPushButton::clicked, this, &ServerForm::browseIdentity);
    connect(m_secret, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_connection->setSecret(m_index, text); });
    connect(m_remember, &QCheckBox::toggled, this,
            [this](bool on) { m_connection->setRememberSecret(m_index, on); });
    loadFromSpec();
}

QLineEdit *ServerForm::addLine(const QString &label, SpecModel::Field field,
                               const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    addRow(label, edit, field);
    return edit;
}

void ServerForm::addRow(const QString &label, QWidget *widget, SpecModel::Field field)
{
    addRow(label, widget, SpecModel::name(field), field); // tests find fields by these names
}

// A field with its message underneath, as one row of the form.
void ServerForm::addRow(const QString &label, QWidget *widget, const QString &name,
                        std::optional<SpecModel::Field> field)
{
    if (widget->objectName().isEmpty())
        widget->setObjectName(name);
    auto *cell = new QWidget;
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(widget);
    auto *error = new FieldError;
    layout->addWidget(error);
    if (field)
        m_errors.insert(*field, error);
    m_form->addRow(label, cell);
}

QWidget *ServerForm::firstField() const
{
    return m_name;
}

QWidget *ServerForm::lastField() const
{
    return m_remember;
}

void ServerForm::loadFromSpec()
{
    m_loading = true;
    showRole();
    const ServerSpec server = m_spec->spec().servers.value(m_index);
    m_name->setText(server.name);
    m_publicAddress->setText(server.publicAddress);
    m_privateName->setText(server.privateName);
    m_privateAddress->setText(server.privateAddress);
    m_sshHost->setText(server.ssh.host);
    m_sshPort->setValue(server.ssh.port);
    m_sshUser->setText(server.ssh.user);
    m_auth->setCurrentIndex(m_auth->findData(int(server.ssh.auth)));
    m_identityFile->setText(server.ssh.identityFile);
    m_secret->setText(m_connection->secret(m_index));
    m_remember->setChecked(m_connection->rememberSecret(m_index));
    m_loading = false;
    updateAuthWidgets();
}

void ServerForm::showProblems()
{
    showRole();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        it.value()->setMessage(m_spec->problem(it.key(), m_index));
}

void ServerForm::showRole()
{
    const ServerSpec server = m_spec->spec().servers.value(m_index);
    const QString name = server.name.isEmpty() ? tr("Server %1").arg(m_index + 1) : server.name;
    setTitle(server.isArbiter() ? tr("%1 (arbiter)").arg(name) : name);
    m_roleNote->setVisible(server.isArbiter());
    m_publicAddress->setPlaceholderText(server.isArbiter()
                                            ? tr("its name or IP on your network (no web)")
                                            : tr("name or IP the web is served on"));
}

void ServerForm::updateAuthWidgets()
{
    const auto auth = SshSpec::Auth(m_auth->currentData().toInt());
    m_identityFile->setEnabled(auth == SshSpec::Auth::Key);
    m_browseIdentity->setEnabled(auth == SshSpec::Auth::Key);
    // With a key the secret is its passphrase; with a password login (or sudo) the password.
    m_secret->setPlaceholderText(auth == SshSpec::Auth::Key ? tr("key passphrase, if any")
                                                            : tr("asked when needed"));
}

void ServerForm::browseIdentity()
{
    auto *dialog = new QFileDialog(this, tr("Choose the private key"),
                                   QDir::homePath() + QStringLiteral("/.ssh"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    connect(dialog, &QFileDialog::fileSelected, m_identityFile, &QLineEdit::setText);
    dialog->open();
}
