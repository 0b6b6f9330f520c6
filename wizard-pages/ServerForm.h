#pragma once

#include <QGroupBox>
#include <QHash>

class FieldError;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SetupSession;

// The fields of one server on the servers page: its names and addresses, how SSH reaches it,
// and how it logs in. Every edit goes straight into the session's spec; every field shows the
// validator's message for it underneath. The password never enters the spec: it stays in the
// session's memory (and in the keychain when "Remember" is ticked).
class ServerForm : public QGroupBox
{
    Q_OBJECT
public:
    ServerForm(SetupSession *session, int index, QWidget *parent = nullptr);

    void loadFromSpec(); // the spec changed from outside (opened, demo)
    void showProblems();
    QWidget *firstField() const;
    QWidget *lastField() const;

private:
    QLineEdit *addLine(const QString &label, const QString &field, const QString &placeholder);
    void addRow(const QString &label, QWidget *widget, const QString &field);
    void updateAuthWidgets();
    void browseIdentity();

    SetupSession *m_session;
    int m_index;
    bool m_loading = false;
    class QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_publicAddress;
    QLineEdit *m_privateName;
    QLineEdit *m_privateAddress;
    QLineEdit *m_sshHost;
    QSpinBox *m_sshPort;
    QLineEdit *m_sshUser;
    QComboBox *m_auth;
    QLineEdit *m_identityFile;
    QPushButton *m_browseIdentity;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QHash<QString, FieldError *> m_errors; // field path suffix -> its message
};
