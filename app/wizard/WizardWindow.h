#pragma once

#include <QWizard>

// The setup wizard's window: holds the pages (wizard-pages/) in order and wires them to the core.
class WizardWindow : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId = 0 };

    explicit WizardWindow(QWidget *parent = nullptr);
};
