#pragma once

#include <QList>
#include <QWizardPage>

class ServerForm;
class SetupSession;

// Page 2: the two servers, side by side: names and addresses, and how to reach them over SSH.
// Next is enabled when the validator has nothing to say about these fields.
class ServersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServersPage(SetupSession *session, QWidget *parent = nullptr);

    ServerForm *form(int index) const { return m_forms.value(index); }
    void initializePage() override;
    bool isComplete() const override;

private:
    QStringList fieldPrefixes() const;

    SetupSession *m_session;
    QList<ServerForm *> m_forms;
};
