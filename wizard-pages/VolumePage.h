#pragma once

#include <QWizardPage>

class FieldError;
class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;
class SpecModel;

// Page 5: the replicated volume (name), where it is mounted on both servers, which web server
// serves it, and the administrator's acknowledgement of the replica-2 split-brain risk.
class VolumePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VolumePage(SpecModel *spec, QWidget *parent = nullptr);

    QCheckBox *acknowledgement() const { return m_acknowledge; }
    void initializePage() override;
    bool isComplete() const override;

private:
    void showProblems();
    void showLayout(); // the chosen layout, and the split-brain question only for two servers

    SpecModel *m_spec;
    QLineEdit *m_name;
    QLineEdit *m_mountPath;
    QComboBox *m_webServer;
    QCheckBox *m_acknowledge;
    QWidget *m_risk = nullptr;      // the split-brain warning, only for two servers
    QLabel *m_layoutNote = nullptr; // what the chosen layout makes of the volume
    FieldError *m_nameError;
    FieldError *m_mountError;
    FieldError *m_webError;
    bool m_loading = false;
};
