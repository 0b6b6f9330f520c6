#pragma once

#include <QList>
#include <QWizardPage>

class ConnectionModel;
class QButtonGroup;
class QHBoxLayout;
class ServerForm;
class SpecModel;

// Page 2: the layout (two servers, two and an arbiter, three copies), then the servers side by
// side (one column per server of the spec): names and addresses, and how to reach them over SSH.
// Next is enabled when the validator has nothing to say about these fields.
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
    QWidget *layoutChoice(); // a radio button per layout, with what it protects against
    void syncForms();        // one form per server of the spec
    void showLayout();       // the button of the spec's layout checked

    SpecModel *m_spec;
    ConnectionModel *m_connection;
    QButtonGroup *m_layouts;
    QHBoxLayout *m_row;
    QList<ServerForm *> m_forms;
};
