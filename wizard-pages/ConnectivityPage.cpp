#include "ConnectivityPage.h"

#include "CheckChainView.h"
#include "HostKeyDialog.h"
#include "connect/PairProbe.h"
#include "session/SetupSession.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConnectivityPage::ConnectivityPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_banner(new QLabel)
    , m_summary(new QLabel)
    , m_again(new QPushButton(tr("Check &again")))
{
    setTitle(tr("Connectivity"));
    setSubTitle(tr("Each server is reached over SSH and read without changing anything: its "
                   "host key, your login, root privileges, its system, and the network between "
                   "the two."));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fdecea; color: #8a1c13; border: 1px solid #e6b0aa; border-radius: 4px; "
        "padding: 8px;"));
    m_banner->hide();
    m_summary->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    for (int i = 0; i < 2; ++i) {
        auto *chain = new CheckChainView(session->spec().servers.value(i).name);
        m_chains << chain;
        row->addWidget(chain, 1);
    }
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_again);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(row, 1);
    layout->addLayout(bottom);
    connect(m_again, &QPushButton::clicked, this, &ConnectivityPage::startChecks);
}

void ConnectivityPage::initializePage()
{
    if (m_session->probeMatchesSpec() && m_session->probe()->isReady()) {
        watch(m_session->probe()); // back and forth without changes: keep what is known
        return;
    }
    startChecks();
}

void ConnectivityPage::startChecks()
{
    watch(m_session->startProbe());
}

// Shows the probe's present state and follows its changes.
void ConnectivityPage::watch(PairProbe *probe)
{
    m_banner->hide();
    for (int i = 0; i < m_chains.size(); ++i) {
        CheckChainView *chain = m_chains.at(i);
        chain->setServerName(probe->spec().servers.value(i).name);
        chain->reset();
        for (ConnectionCheck check : ConnectionChecks::all())
            chain->setCheck(check, probe->status(i, check), probe->detail(i, check));
    }
    disconnect(probe, nullptr, this, nullptr);
    connect(probe, &PairProbe::checkChanged, this,
            [this](int server, ConnectionCheck check, CheckStatus status, const QString &detail) {
                if (CheckChainView *chain = m_chains.value(server))
                    chain->setCheck(check, status, detail);
            });
    connect(probe, &PairProbe::hostKeyDecisionNeeded, this, &ConnectivityPage::askHostKey);
    connect(probe, &PairProbe::secretNeeded, this, &ConnectivityPage::askSecret);
    connect(probe, &PairProbe::finished, this, &ConnectivityPage::onFinished);
    m_again->setEnabled(probe->isFinished());
    m_summary->setText(probe->isFinished() ? QString() : tr("Checking both servers…"));
    if (probe->isFinished())
        onFinished();
    emit completeChanged();
}

void ConnectivityPage::askHostKey(const HostKeyPrompt &prompt)
{
    PairProbe *probe = m_session->probe();
    const int server = prompt.server;
    auto *dialog = new HostKeyDialog(prompt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, probe, [probe, server]() { probe->acceptHostKey(server); });
    connect(dialog, &QDialog::rejected, probe, [probe, server]() { probe->rejectHostKey(server); });
    dialog->open();
}

void ConnectivityPage::askSecret(const SecretPrompt &prompt)
{
    PairProbe *probe = m_session->probe();
    const int server = prompt.server;
    const QString &name = prompt.serverName;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setTextEchoMode(QLineEdit::Password);
    QString what = tr("Password for %1:").arg(name);
    if (prompt.isKeyPassphrase())
        what = tr("Passphrase of the key for %1:").arg(name);
    else if (prompt.isSudoPassword())
        what = tr("sudo password on %1:").arg(name);
    if (prompt.failedAttempts > 0)
        what = tr("That was not accepted. %1").arg(what);
    dialog->setWindowTitle(tr("Log in to %1").arg(name));
    dialog->setLabelText(what);
    dialog->setToolTip(prompt.prompt);
    connect(dialog, &QInputDialog::textValueSelected, probe,
            [probe, server](const QString &secret) { probe->provideSecret(server, secret); });
    connect(dialog, &QDialog::rejected, probe, [probe, server]() { probe->cancelSecret(server); });
    dialog->open();
}

void ConnectivityPage::onFinished()
{
    PairProbe *probe = m_session->probe();
    m_again->setEnabled(true);
    for (int i = 0; i < probe->serverCount(); ++i) {
        QList<ReadinessFinding> mine;
        for (const ReadinessFinding &finding : probe->findings()) {
            if (finding.serverIndex == i)
                mine << finding;
        }
        m_chains.at(i)->setFindings(mine);
    }
    const QStringList changed = probe->serversWithChangedHostKey();
    if (!changed.isEmpty()) {
        m_banner->setText(tr("Refused: the host key of %1 is not the one recorded in your known "
                             "hosts. Someone may be intercepting the connection, or the server "
                             "was reinstalled. Nothing was run; the details are below.")
                              .arg(changed.join(QStringLiteral(", "))));
        m_banner->show();
    }
    m_summary->setText(probe->isReady()
                           ? tr("Both servers are reachable and ready to be examined further.")
                           : tr("Fix what is marked in red, then check again."));
    emit completeChanged();
}

QString ConnectivityPage::warning() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

bool ConnectivityPage::isComplete() const
{
    return m_session->isConnected();
}
