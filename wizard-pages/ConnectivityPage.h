#pragma once

#include <QList>
#include <QWizardPage>

class CheckChainView;
struct HostKeyPrompt;
class PairProbe;
class QLabel;
class QPushButton;
struct SecretPrompt;
class SetupSession;

// Page 3: the chain of checks for both servers at once, live (reach, host key, log in, root,
// facts, names, port 24007). An unknown host key opens a dialog with its SHA256 fingerprint; a
// changed key is refused with a warning. Next when every check of every server passed; after a
// fix, "Check again" re-runs the chain.
class ConnectivityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectivityPage(SetupSession *session, QWidget *parent = nullptr);

    CheckChainView *chain(int server) const { return m_chains.value(server); }
    void initializePage() override;
    bool isComplete() const override;
    QString warning() const; // the changed-host-key banner, empty when not shown

private:
    void startChecks();
    void watch(PairProbe *probe);
    void askHostKey(const HostKeyPrompt &prompt);
    void askSecret(const SecretPrompt &prompt);
    void onFinished();

    SetupSession *m_session;
    QList<CheckChainView *> m_chains;
    QLabel *m_banner;
    QLabel *m_summary;
    QPushButton *m_again;
};
