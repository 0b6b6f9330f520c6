#pragma once

#include "session/SpecModel.h"

#include <QGroupBox>
#include <QHash>

#include <optional>

class FieldError;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class ConnectionModel;

// The fields of one server on the servers page: its names and addresses, how SSH reaches it,
// and how it logs in. Every edit goes straight into the spec model; every field shows the
// validator's message for it underneath. The password never enters the spec: it stays in the
// connection model's memory (and in the keychain when "Remember" is ticked).
class ServerForm : public QGroupBox
{
    Q_OBJECT
public:
    ServerForm(SpecModel *spec, ConnectionModel *connection, int index, QWidget *parent = nullptr);

    void loadFromSpec(); // the spec changed from outside (opened, demo)
    void showProblems();
    QWidget *firstField() const;
    QWidget *lastField() const;

private:
    QLineEdit *addLine(const QString &label, SpecModel::Field field, const QString &placeholder);
    void addRow(const QString &label, QWidget *widget, const QString &name,
                std::optional<SpecModel::Field> field);
    void addRow(const QString &label, QWidget *widget, SpecModel::Field field);
    void updateAuthWidgets();
    void showRole(); // the title, and what an arbiter is
    void browseIdentity();

    SpecModel *m_spec;
    ConnectionModel *m_connection;
    int m_index;
    bool m_loading = false;
    class QFormLayout *m_form;
    class QLabel *m_roleNote;
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
    QHash<SpecModel::Field, FieldError *> m_errors; // field -> its message
};
