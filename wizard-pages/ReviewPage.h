#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class PlanModel;
class SpecModel;

// Page 6: the plan exactly as it will run: the steps per server on the left, the full text
// (every check, apply and verify command) on the right, the same text `plan` prints and the
// exported script holds. Copy, export as a script, save the spec. Its Next starts the run:
// it is the point of no return (a commit page).
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ReviewPage(SpecModel *spec, PlanModel *plan, QWidget *parent = nullptr);

    QPlainTextEdit *planView() const { return m_text; }
    QTreeWidget *stepTree() const { return m_steps; }
    void initializePage() override;
    bool isComplete() const override;

private:
    void showPlan();
    void exportScript();
    void saveSpec();
    void jumpToStep(int index);

    SpecModel *m_spec;
    PlanModel *m_plan;
    QLabel *m_status;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QPushButton *m_export;
    QPushButton *m_save;
};
