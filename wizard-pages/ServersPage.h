#pragma once

#include <QList>
#include <QWizardPage>

class ConnectionModel;
class QHBoxLayout;
class ServerForm;
class SpecModel;

// Page 2: the servers, side by side (one column per server of the spec): names and addresses,
// and how to reach them over SSH. Next is enabled when the validator has nothing to say about
// these fields.
class ServersPage : public QWizardPage
{
    Q_OBJECT
public:
    ServersPage(SpecModel *spec, ConnectionModel *connection, QWidget *parent = nullptr);

    ServerForm *form(int index) const { return m_forms.value(index); }
    int formCount() const { return static_cast<int>(m_forms.size()); }
    void initializePage() override;
    bool isComplete() const override;

private:
    void syncForms(); // one form per server of the spec

    SpecModel *m_spec;
    ConnectionModel *m_connection;
    QHBoxLayout *m_row;
    QList<ServerForm *> m_forms;
};
