#include "AdoptPage.h"

#include "HostKeyDialog.h"
#include "PageId.h"
#include "RemoteText.h"
#include "SecretDialog.h"
#include "adopt/PairAdoption.h"
#include "spec/FieldRules.h"
#include "spec/SpecJson.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString htmlList(const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return QString();
    QString html = QStringLiteral("<h4>%1</h4><ul>").arg(title.toHtmlEscaped());
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(RemoteText::printable(line).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}
} // namespace

AdoptPage::AdoptPage(QWidget *parent)
    : QWizardPage(parent)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_user(new QLineEdit)
    , m_login(new QComboBox)
    , m_identity(new QLineEdit)
    , m_secret(new QLineEdit)
    , m_volume(new QLineEdit)
    , m_problem(new QLabel)
    , m_discover(new QPushButton(tr("&Find the pair")))
    , m_status(new QLabel)
    , m_found(new QTextBrowser)
    , m_save(new QPushButton(tr("&Save spec…")))
{
    setTitle(tr("Check an existing pair"));
    setSubTitle(tr("Name one server of the pair: the pool, its volume and the other server are "
                   "read from it. Nothing is changed on any server."));
    m_host->setPlaceholderText(tr("host name, address or ~/.ssh/config alias"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_user->setPlaceholderText(tr("default"));
    m_login->addItem(tr("SSH agent or default keys"), int(SshSpec::Auth::Agent));
    m_login->addItem(tr("Key file"), int(SshSpec::Auth::Key));
    m_login->addItem(tr("Password"), int(SshSpec::Auth::Password));
    m_identity->setPlaceholderText(tr("~/.ssh/id_ed25519"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("asked when needed"));
    m_volume->setPlaceholderText(tr("only when the pool holds several volumes"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_status->setWordWrap(true);
    m_found->setPlaceholderText(tr("What is found shows here for you to confirm."));
    m_save->setEnabled(false);
    m_discover->setObjectName(QStringLiteral("adoptFind"));
    m_save->setObjectName(QStringLiteral("adoptSave"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Key file:"), m_identity);
    form->addRow(tr("Pass&word:"), m_secret);
    form->addRow(tr("&Volume:"), m_volume);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discover);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(m_found, 1);

    const auto edited = [this] {
        const bool key = m_login->currentData().toInt() == int(SshSpec::Auth::Key);
        m_identity->setEnabled(key);
        m_problem->setText(fieldProblem());
        m_discover->setEnabled(!isDiscovering() && m_problem->text().isEmpty());
    };
    for (QLineEdit *field : {m_host, m_user, m_identity, m_volume})
        connect(field, &QLineEdit::textChanged, this, edited);
    connect(m_login, &QComboBox::currentIndexChanged, this, edited);
    connect(m_discover, &QPushButton::clicked, this, &AdoptPage::discover);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the spec"), QDir::home().filePath(QStringLiteral("pair.json")),
            tr("Setup spec (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveSpec(path, &error))
            QMessageBox::warning(this, tr("Save the spec"), error);
    });
    edited();
}

AdoptPage::~AdoptPage() = default;

void AdoptPage::setTarget(const QString &host, int port, const QString &user,
                          const QString &identityFile)
{
    m_host->setText(host);
    m_port->setValue(port);
    m_user->setText(user);
    m_identity->setText(identityFile);
    m_login->setCurrentIndex(
        m_login->findData(int(identityFile.isEmpty() ? SshSpec::Auth::Agent : SshSpec::Auth::Key)));
}

QString AdoptPage::fieldProblem() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Name a server of the pair.");
    QStringList problems = {FieldRules::sshHost(m_host->text().trimmed()),
                            FieldRules::userName(m_user->text().trimmed())};
    if (m_login->currentData().toInt() == int(SshSpec::Auth::Key))
        problems << FieldRules::identityFile(m_identity->text().trimmed());
    if (!m_volume->text().trimmed().isEmpty())
        problems << FieldRules::volumeName(m_volume->text().trimmed());
    problems.removeAll(QString());
    return problems.value(0);
}

void AdoptPage::discover()
{
    if (isDiscovering() || !fieldProblem().isEmpty())
        return;
    SshSpec first;
    first.host = m_host->text().trimmed();
    first.port = m_port->value();
    first.user = m_user->text().trimmed();
    first.auth = SshSpec::Auth(m_login->currentData().toInt());
    if (first.auth == SshSpec::Auth::Key)
        first.identityFile = m_identity->text().trimmed();
    m_first = first;
    m_hasPair = false;
    m_pair = DiscoveredPair();
    m_found->clear();
    m_save->setEnabled(false);
    m_discover->setEnabled(false);
    emit completeChanged();

    m_adoption = new PairAdoption(first, m_volume->text().trimmed(), m_knownHostsPath, this);
    m_adoption->setSecret(m_secret->text());
    connect(m_adoption, &PairAdoption::progress, this,
            [this](const QString &line) { m_status->setText(RemoteText::printable(line)); });
    connect(m_adoption, &PairAdoption::hostKeyDecisionNeeded, this, &AdoptPage::askHostKey);
    connect(m_adoption, &PairAdoption::secretNeeded, this, &AdoptPage::askSecret);
    connect(m_adoption, &PairAdoption::finished, this, &AdoptPage::onFinished);
    m_status->setText(tr("Connecting to %1…").arg(first.host));
    m_adoption->start();
}

void AdoptPage::askHostKey(const HostKeyPrompt &prompt)
{
    const QPointer<PairAdoption> adoption = m_adoption;
    const int server = prompt.server;
    auto *dialog = new HostKeyDialog(prompt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [adoption, server] {
        if (adoption)
            adoption->acceptHostKey(server);
    });
    connect(dialog, &QDialog::rejected, this, [adoption, server] {
        if (adoption)
            adoption->rejectHostKey(server);
    });
    dialog->open();
}

void AdoptPage::askSecret(const SecretPrompt &prompt)
{
    const QPointer<PairAdoption> adoption = m_adoption;
    const int server = prompt.server;
    QInputDialog *dialog = SecretDialog::open(prompt, this);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [adoption, server](const QString &secret) {
                if (adoption)
                    adoption->provideSecret(server, secret);
            });
    connect(dialog, &QDialog::rejected, this, [adoption, server] {
        if (adoption)
            adoption->cancelSecret(server);
    });
}

void AdoptPage::onFinished()
{
    m_pair = m_adoption->result();
    m_adoption->deleteLater();
    m_adoption = nullptr;
    m_hasPair = m_pair.outcome() != DiscoveredPair::Outcome::NothingUsable;
    m_discover->setEnabled(fieldProblem().isEmpty());
    m_save->setEnabled(m_hasPair);
    showPair();
    emit completeChanged();
    emit discoveryFinished();
}

void AdoptPage::showPair()
{
    if (!m_hasPair) {
        m_status->setText(tr("Nothing to check: %1").arg(RemoteText::printable(m_pair.refusal)));
        return;
    }
    m_status->setText(m_pair.gaps.isEmpty()
                          ? tr("Found the pair. Check it, then Next opens its health.")
                          : tr("Found the pair, with %n gap(s). Next opens its health.", nullptr,
                               static_cast<int>(m_pair.gaps.size())));
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding=3>")
                       .arg(tr("Volume %1, mounted at %2")
                                .arg(m_pair.spec.volume.name, m_pair.spec.mount.path)
                                .toHtmlEscaped());
    for (const ServerSpec &server : m_pair.spec.servers) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(server.name.toHtmlEscaped(), server.publicAddress.toHtmlEscaped(),
                         server.privateName.toHtmlEscaped(), server.glusterBrick().toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += htmlList(tr("Gaps"), m_pair.gaps);
    html += htmlList(tr("Found"), m_pair.found);
    html += htmlList(tr("Assumed"), m_pair.assumptions);
    m_found->setHtml(html);
}

QString AdoptPage::typedSecret(int index) const
{
    if (!m_hasPair || index < 0 || index >= m_pair.spec.servers.size())
        return QString();
    const SshSpec &ssh = m_pair.spec.servers.at(index).ssh;
    return ssh.host == m_first.host && ssh.port == m_first.port && ssh.user == m_first.user
               ? m_secret->text()
               : QString();
}

bool AdoptPage::saveSpec(const QString &path, QString *error) const
{
    QString message;
    if (!m_hasPair) {
        message = tr("No pair has been found yet.");
    } else if (SpecJson::save(m_pair.spec, path, &message)) {
        return true;
    }
    if (error)
        *error = message;
    return false;
}

bool AdoptPage::isComplete() const
{
    return m_hasPair && !isDiscovering();
}

bool AdoptPage::validatePage()
{
    if (!m_hasPair)
        return false;
    emit pairAdopted(m_pair.spec);
    return true;
}

int AdoptPage::nextId() const
{
    return wizard() && wizard()->page(PageId::Health) ? int(PageId::Health) : -1;
}
