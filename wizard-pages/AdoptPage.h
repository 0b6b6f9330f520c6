#pragma once

#include "adopt/DiscoveredPair.h"
#include "adopt/PairAdoption.h"

#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
struct HostKeyPrompt;
struct SecretPrompt;

// Welcome → "Check the health of an existing pair": asks for ONE server of a pair (host, port,
// user, login; the volume when the pool holds several), discovers the pair from it in the
// background (PairAdoption, read-only), with the host-key dialog and password prompt of the
// Connectivity page, and shows what was found, the gaps and the assumptions for confirmation.
// The spec can be saved; Next opens the health dashboard on it (pairAdopted()).
class AdoptPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AdoptPage(QWidget *parent = nullptr);
    ~AdoptPage() override;

    // The known_hosts file host keys are verified against and recorded in (empty: ~/.ssh's).
    void setKnownHostsPath(const QString &path) { m_knownHostsPath = path; }
    // Fills the fields (for a pre-filled start and the tests).
    void setTarget(const QString &host, int port, const QString &user, const QString &identityFile);

    // Starts the discovery (nothing when one runs or the fields are not valid).
    void discover();
    bool isDiscovering() const { return m_adoption != nullptr; }
    bool hasPair() const { return m_hasPair; }
    const DiscoveredPair &pair() const { return m_pair; }
    // The password or passphrase typed here, for the adopted spec's server that is the one
    // named here (else empty): the dashboard logs in with it as this page did.
    QString typedSecret(int index) const;
    // Writes the discovered spec; false with *error set when it cannot.
    bool saveSpec(const QString &path, QString *error = nullptr) const;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

signals:
    void discoveryFinished();
    void pairAdopted(const SetupSpec &spec);

private:
    QString fieldProblem() const;
    void askHostKey(const HostKeyPrompt &prompt);
    void askSecret(const SecretPrompt &prompt);
    void onFinished();
    void showPair();

    QString m_knownHostsPath;
    SshSpec m_first; // as named for the last discovery
    QPointer<PairAdoption> m_adoption;
    DiscoveredPair m_pair;
    bool m_hasPair = false;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_login;
    QLineEdit *m_identity;
    QLineEdit *m_secret;
    QLineEdit *m_volume;
    QLabel *m_problem;
    QPushButton *m_discover;
    QLabel *m_status;
    QTextBrowser *m_found;
    QPushButton *m_save;
};
