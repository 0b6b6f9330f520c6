#include "SudoPolicy.h"

#include "ShellWords.h"

#include <QRegularExpression>

QString SudoPolicy::probeCommand()
{
    // LC_ALL=C keeps sudo's messages in English, which classifyProbe() reads.
    return QStringLiteral("u=$(id -u); echo \"$u\"; [ \"$u\" = 0 ] || LC_ALL=C sudo -n true");
}

SshPrivilege SudoPolicy::classifyProbe(const QStringList &stdoutLines, int exitStatus,
                                       const QStringList &stderrLines)
{
    if (stdoutLines.isEmpty())
        return SshPrivilege::Unknown;
    if (stdoutLines.first().trimmed() == QLatin1String("0"))
        return SshPrivilege::Root;
    if (exitStatus == 0)
        return SshPrivilege::PasswordlessSudo;
    const QString text = stderrLines.join(QLatin1Char('\n'));
    if (text.contains(QLatin1String("must have a tty")) ||
        text.contains(QLatin1String("a terminal is required")))
        return SshPrivilege::SudoRequiresTty;
    if (exitStatus == 127 || text.contains(QLatin1String("not found")))
        return SshPrivilege::NoSudo;
    if (text.contains(QLatin1String("password is required")))
        return SshPrivilege::SudoWithPassword;
    return SshPrivilege::Unknown;
}

QString SudoPolicy::verifyCommand()
{
    return QStringLiteral("LC_ALL=C sudo -k -S -p '' true");
}

QString SudoPolicy::prefix(SshPrivilege privilege)
{
    switch (privilege) {
    case SshPrivilege::PasswordlessSudo:
        return QStringLiteral("sudo -n --");
    case SshPrivilege::SudoWithPassword:
        // -k: never use cached credentials, so the password line is always consumed by sudo
        // and never flows into the command's stdin. -p '': no prompt text in the output.
        return QStringLiteral("sudo -k -S -p '' --");
    case SshPrivilege::Root:
    case SshPrivilege::Unknown:
    case SshPrivilege::SudoRequiresTty:
    case SshPrivilege::NoSudo:
        break;
    }
    return {};
}

bool SudoPolicy::isSimpleCommand(const QString &command)
{
    // The program: a plain word (no '=', which would make it an assignment). Each argument: plain
    // characters (those ShellQuote::quote() leaves bare, and '='), '…' and \' pieces.
    static const QRegularExpression simple(
        QStringLiteral("\\A[A-Za-z0-9_./-]+(?: (?:[A-Za-z0-9_./:@%+,=-]|'[^']*'|\\\\')+)*\\z"));
    return simple.match(command).hasMatch();
}

QString SudoPolicy::wrap(SshPrivilege privilege, const QString &command)
{
    if (privilege == SshPrivilege::Root)
        return command;
    const QString words = prefix(privilege);
    if (words.isEmpty())
        return {};
    if (isSimpleCommand(command))
        return words + QLatin1Char(' ') + command;
    return words + QStringLiteral(" sh -c ") + ShellQuote::quote(command);
}

QByteArray SudoPolicy::stdinPrefix(SshPrivilege privilege, const QString &sudoPassword)
{
    if (privilege != SshPrivilege::SudoWithPassword)
        return {};
    return sudoPassword.toUtf8() + '\n';
}

SshError::Kind SudoPolicy::classifyFailure(const QStringList &stderrLines, int exitStatus)
{
    if (exitStatus == 0)
        return SshError::Kind::None;
    for (const QString &line : stderrLines) {
        if (line.contains(QLatin1String("incorrect password attempt")) ||
            line.contains(QLatin1String("no password was provided")))
            return SshError::Kind::SudoWrongPassword;
        if (line.contains(QLatin1String("is not in the sudoers file")) ||
            line.contains(QLatin1String("is not allowed to execute")) ||
            line.contains(QLatin1String("may not run sudo")))
            return SshError::Kind::SudoNotAllowed;
        if (line.contains(QLatin1String("must have a tty")))
            return SshError::Kind::SudoRequiresTty;
    }
    return SshError::Kind::None;
}
