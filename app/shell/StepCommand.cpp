#include "shell/StepCommand.h"

#include "shell/ShellQuote.h"

QString StepCommand::prologue()
{
    return QStringLiteral("set -eu\n");
}

QString StepCommand::remoteLine(const QString &stepText)
{
    // LC_ALL=C: the output of gluster, lsblk & co. is parsed, and other locales change it.
    return QStringLiteral("env LC_ALL=C bash -c ") + ShellQuote::quote(prologue() + stepText);
}
