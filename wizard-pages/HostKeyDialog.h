#pragma once

#include <QDialog>

struct HostKeyPrompt;

// Asks whether to trust a server's unknown host key, showing its SHA256 fingerprint the way
// OpenSSH prints it, so the administrator can compare it with the one on the server. Opened
// window-modal with open(); the answer arrives as accepted() or rejected().
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HostKeyDialog(const HostKeyPrompt &prompt, QWidget *parent = nullptr);

    int serverIndex() const { return m_serverIndex; }
    QString fingerprint() const { return m_fingerprint; }

private:
    int m_serverIndex = -1;
    QString m_fingerprint;
};
