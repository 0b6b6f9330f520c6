#pragma once

#include "SshError.h"

#include <QString>
#include <QStringList>

// How a session gets root on its server, learnt once after login.
enum class SshPrivilege {
    Unknown,
    Root,             // logged in as root
    PasswordlessSudo, // `sudo -n true` succeeds
    SudoWithPassword, // sudo asks for the user's password: it goes on stdin, never on a PTY
    SudoRequiresTty,  // `Defaults requiretty`: sudo refuses without a terminal
    NoSudo,           // sudo is missing
};

// The sudo rules of the SSH layer: the probe that classifies a login, the wrapping of a command
// that must run as root, and the reading of sudo's complaints. Pure functions, no I/O.
class SudoPolicy
{
public:
    // Prints the uid, then (for non-root) lets `sudo -n true` say whether it needs a password.
    static QString probeCommand();
    static SshPrivilege classifyProbe(const QStringList &stdoutLines, int exitStatus,
                                      const QStringList &stderrLines);
    // Checks a sudo password (written to stdin) without running anything else.
    static QString verifyCommand();

    // THE privilege wrapper of the product, used by the SSH layer for every command that runs
    // as root and by the exported script (its default GHW_SUDO): so a non-root user's server
    // gets the same sudo words from the runner and from the script.
    // The words put in front of one simple command to run it as root: "sudo -n --"
    // (PasswordlessSudo), "sudo -k -S -p '' --" (SudoWithPassword); empty otherwise.
    static QString prefix(SshPrivilege privilege);
    // The command line that runs command as root under privilege: command itself for Root;
    // prefix() + " " + command when command is one simple command (isSimpleCommand(): a step's
    // StepCommand::remoteLine(), the process group's wrapper), else prefix() + " sh -c " + the
    // quoted command. Empty when privilege cannot run anything as root. With SudoWithPassword
    // the password line must be the first thing written to stdin (see stdinPrefix()).
    static QString wrap(SshPrivilege privilege, const QString &command);
    // True when command is one simple command whose words are plain or single-quoted the way
    // ShellQuote::quote() writes them (no operator, redirection, expansion or assignment outside
    // quotes): sudo can run it as it is, and all of it runs as root.
    static bool isSimpleCommand(const QString &command);
    static QByteArray stdinPrefix(SshPrivilege privilege, const QString &sudoPassword);

    // The sudo problem that stderr reveals, or Kind::None when sudo did not complain.
    static SshError::Kind classifyFailure(const QStringList &stderrLines, int exitStatus);
};
