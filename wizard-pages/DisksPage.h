#pragma once

#include <QList>
#include <QWizardPage>

class DiskPicker;
class SetupSession;

// Page 4: the disk that becomes each server's brick, and where it is mounted. Nothing is
// formatted here: the confirmation is recorded and the run page formats.
class DisksPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DisksPage(SetupSession *session, QWidget *parent = nullptr);

    DiskPicker *picker(int server) const { return m_pickers.value(server); }
    void initializePage() override;
    bool isComplete() const override;

private:
    QList<DiskPicker *> m_pickers;
};
