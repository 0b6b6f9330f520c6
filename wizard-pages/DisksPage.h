#pragma once

#include <QList>
#include <QWizardPage>

class DiskPicker;
class PlanModel;
class QHBoxLayout;
class SpecModel;

// Page 4: the disk that becomes each server's brick (one column per server), and where it is
// mounted. Nothing is formatted here: the confirmation is recorded and the run page formats.
class DisksPage : public QWizardPage
{
    Q_OBJECT
public:
    DisksPage(SpecModel *spec, PlanModel *plan, QWidget *parent = nullptr);

    DiskPicker *picker(int server) const { return m_pickers.value(server); }
    int pickerCount() const { return static_cast<int>(m_pickers.size()); }
    void initializePage() override;
    bool isComplete() const override;

private:
    void syncPickers(); // one picker per server of the spec

    SpecModel *m_spec;
    PlanModel *m_plan;
    QHBoxLayout *m_row;
    QList<DiskPicker *> m_pickers;
};
