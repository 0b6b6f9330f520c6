#pragma once

#include <QList>
#include <QWizardPage>

class CheckChainView;
class ConnectionModel;
struct HostKeyPrompt;
class QHBoxLayout;
class QLabel;
class QPushButton;
struct SecretPrompt;

// Page 3: the chain of checks for every server at once (one column each), live (reach, host key,
// log in, root, facts, names, port 24007). An unknown host key opens a dialog with its SHA256
// fingerprint; a changed key is refused with a warning. Next when every check of every server
// passed; after a fix, "Check again" re-runs the chain.
class ConnectivityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectivityPage(ConnectionModel *connection, QWidget *parent = nullptr);

    CheckChainView *chain(int server) const { return m_chains.value(server); }
    int chainCount() const { return static_cast<int>(m_chains.size()); }
    void initializePage() override;
    bool isComplete() const override;
    QString warning() const; // the changed-host-key banner, empty when not shown

private:
    void startChecks();
    void showChecks();
    void syncChains(); // one chain per server of the checks
    void askHostKey(const HostKeyPrompt &prompt);
    void askSecret(const SecretPrompt &prompt);
    void onFinished();

    ConnectionModel *m_connection;
    QHBoxLayout *m_row;
    QList<CheckChainView *> m_chains;
    QLabel *m_banner;
    QLabel *m_summary;
    QPushButton *m_again;
};
