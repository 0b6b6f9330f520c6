#include "SecretDialog.h"

#include "connect/ConnectionPrompts.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

QInputDialog *SecretDialog::open(const SecretPrompt &prompt, QWidget *parent)
{
    // The words were first the Connectivity page's: its translations are kept.
    const QString &name = prompt.serverName;
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setTextEchoMode(QLineEdit::Password);
    QString what = QCoreApplication::translate("ConnectivityPage", "Password for %1:").arg(name);
    if (prompt.isKeyPassphrase())
        what = QCoreApplication::translate("ConnectivityPage", "Passphrase of the key for %1:")
                   .arg(name);
    else if (prompt.isSudoPassword())
        what = QCoreApplication::translate("ConnectivityPage", "sudo password on %1:").arg(name);
    if (prompt.failedAttempts > 0)
        what =
            QCoreApplication::translate("ConnectivityPage", "That was not accepted. %1").arg(what);
    dialog->setWindowTitle(
        QCoreApplication::translate("ConnectivityPage", "Log in to %1").arg(name));
    dialog->setLabelText(what);
    dialog->setToolTip(prompt.prompt);
    dialog->open();
    return dialog;
}
