#pragma once

class QInputDialog;
class QWidget;
struct SecretPrompt;

// The window-modal question for a password, a key's passphrase or the sudo password, worded from
// the connection engine's SecretPrompt; the caller connects textValueSelected and rejected to
// whatever takes the answer. Deletes itself when closed.
namespace SecretDialog {
QInputDialog *open(const SecretPrompt &prompt, QWidget *parent);
} // namespace SecretDialog
