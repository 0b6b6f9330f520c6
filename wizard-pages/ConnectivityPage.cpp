#include "ConnectivityPage.h"

#include "CheckChainView.h"
#include "HostKeyDialog.h"
#include "SecretDialog.h"
#include "session/ConnectionModel.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConnectivityPage::ConnectivityPage(ConnectionModel *connection, QWidget *parent)
    : QWizardPage(parent)
    , m_connection(connection)
    , m_row(new QHBoxLayout)
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

    m_row->setSpacing(12);
    syncChains();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_again);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_row, 1);
    layout->addLayout(bottom);
    connect(m_again, &QPushButton::clicked, this, &ConnectivityPage::startChecks);

    connect(connection, &ConnectionModel::serverCountChanged, this, &ConnectivityPage::syncChains);
    connect(connection, &ConnectionModel::checksStarted, this, &ConnectivityPage::showChecks);
    connect(connection, &ConnectionModel::checkChanged, this,
            [this](int server, ConnectionCheck check, CheckStatus status, const QString &detail) {
                if (CheckChainView *chain = m_chains.value(server))
                    chain->setCheck(check, status, detail);
            });
    connect(connection, &ConnectionModel::hostKeyDecisionNeeded, this,
            &ConnectivityPage::askHostKey);
    connect(connection, &ConnectionModel::secretNeeded, this, &ConnectivityPage::askSecret);
    connect(connection, &ConnectionModel::finished, this, &ConnectivityPage::onFinished);
}

void ConnectivityPage::syncChains()
{
    while (m_chains.size() > m_connection->serverCount())
        delete m_chains.takeLast();
    while (m_chains.size() < m_connection->serverCount()) {
        auto *chain = new CheckChainView(m_connection->serverName(int(m_chains.size())));
        m_row->addWidget(chain, 1);
        m_chains << chain;
    }
}

void ConnectivityPage::initializePage()
{
    if (m_connection->isConnected()) {
        showChecks(); // back and forth without changes: keep what is known
        return;
    }
    startChecks();
}

void ConnectivityPage::startChecks()
{
    m_connection->startChecks(); // shown on checksStarted
}

// Shows the checks' present state; their changes follow through the model's signals.
void ConnectivityPage::showChecks()
{
    m_banner->hide();
    syncChains();
    for (int i = 0; i < m_chains.size(); ++i) {
        CheckChainView *chain = m_chains.at(i);
        chain->setServerName(m_connection->serverName(i));
        chain->reset();
        for (ConnectionCheck check : ConnectionChecks::all())
            chain->setCheck(check, m_connection->status(i, check), m_connection->detail(i, check));
    }
    const bool finished = m_connection->isFinished();
    m_again->setEnabled(finished);
    m_summary->setText(finished ? QString() : tr("Checking both servers…"));
    if (finished)
        onFinished();
    emit completeChanged();
}

void ConnectivityPage::askHostKey(const HostKeyPrompt &prompt)
{
    ConnectionModel *connection = m_connection;
    const int server = prompt.server;
    auto *dialog = new HostKeyDialog(prompt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, connection,
            [connection, server]() { connection->acceptHostKey(server); });
    connect(dialog, &QDialog::rejected, connection,
            [connection, server]() { connection->rejectHostKey(server); });
    dialog->open();
}

void ConnectivityPage::askSecret(const SecretPrompt &prompt)
{
    ConnectionModel *connection = m_connection;
    const int server = prompt.server;
    QInputDialog *dialog = SecretDialog::open(prompt, this);
    connect(
        dialog, &QInputDialog::textValueSelected, connection,
        [connection, server](const QString &secret) { connection->provideSecret(server, secret); });
    connect(dialog, &QDialog::rejected, connection,
            [connection, server]() { connection->cancelSecret(server); });
}

void ConnectivityPage::onFinished()
{
    m_again->setEnabled(true);
    for (int i = 0; i < m_chains.size(); ++i)
        m_chains.at(i)->setFindings(m_connection->findings(i));
    const QStringList changed = m_connection->serversWithChangedHostKey();
    if (!changed.isEmpty()) {
        m_banner->setText(tr("Refused: the host key of %1 is not the one recorded in your known "
                             "hosts. Someone may be intercepting the connection, or the server "
                             "was reinstalled. Nothing was run; the details are below.")
                              .arg(changed.join(QStringLiteral(", "))));
        m_banner->show();
    }
    m_summary->setText(m_connection->isConnected()
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
    return m_connection->isConnected();
}
