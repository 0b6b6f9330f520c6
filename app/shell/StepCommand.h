#pragma once

#include <QString>

// THE one function that turns a step's check/apply/verify text into the exact command line sent
// to a server: the review page shows the text, the runner sends remoteLine(text) on an SSH
// channel and the exported script holds remoteLine(text) verbatim — so all three agree byte for
// byte. The result is one simple command (`env LC_ALL=C bash -c '...'`), so a transport that
// needs privileges can put `sudo ... --` in front of it unchanged, and the runner's transport
// wraps it, unchanged too, in a process group of its own (ssh/RemoteProcessGroup) to end it on
// cancel.
namespace StepCommand {
// What every step's bash starts with: stop at the first failing command, refuse unset
// variables. (No pipefail: `producer | grep -q` would then fail on SIGPIPE.)
QString prologue();
QString remoteLine(const QString &stepText);
} // namespace StepCommand
