#pragma once

#include "PageId.h"

#include <QWizard>

class SetupSession;

// The setup wizard's window: holds the pages (wizard-pages/) in order, owns the session model
// they share, and remembers the last spec (QSettings) so the next start is pre-filled.
class WizardWindow : public QWizard
{
    Q_OBJECT
public:
    explicit WizardWindow(QWidget *parent = nullptr);

    SetupSession *session() const { return m_session; }
    // Starts pre-filled for the pair of this spec file (`--spec FILE`); false with a message
    // when it cannot be read.
    bool openSpec(const QString &path, QString *error = nullptr);
    // The known_hosts file to verify and record host keys in (`--known-hosts FILE`).
    void setKnownHostsPath(const QString &path);

    // Closing while the plan runs asks first, then cancels the run cleanly before closing.
    // Closing during a failover drill brings its server back first, then closes.
    void reject() override;

private:
    SetupSession *m_session;
};
