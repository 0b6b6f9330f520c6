#include "PrivilegeProbe.h"

#include "RemoteCommand.h"

#include <memory>

PrivilegeProbe::PrivilegeProbe(Runner runner, const QString &serverName, const QString &user,
                               QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_server(serverName)
    , m_user(user)
{}

QString PrivilegeProbe::prompt() const
{
    return tr("sudo password for %1 on %2:").arg(m_user, m_server);
}

void PrivilegeProbe::start(const QString &knownPassword)
{
    m_password = knownPassword;
    auto output = std::make_shared<QStringList>();
    auto errors = std::make_shared<QStringList>(); // raw: classified, never shown
    RemoteCommand *probe = m_runner(SudoPolicy::probeCommand(), {});
    connect(probe, &RemoteCommand::stdoutLines, this,
            [output](const QStringList &lines) { output->append(lines); });
    connect(probe, &RemoteCommand::stderrLines, this,
            [errors](const QStringList &lines) { errors->append(lines); });
    connect(probe, &RemoteCommand::finished, this,
            [this, probe, output, errors](const RemoteCommandResult &result) {
                probe->deleteLater();
                onProbeFinished(*output, *errors, result);
            });
}

void PrivilegeProbe::onProbeFinished(const QStringList &output, const QStringList &errors,
                                     const RemoteCommandResult &result)
{
    if (result.error.isError())
        return; // the connection failed: the session reports that
    m_privilege = SudoPolicy::classifyProbe(output, result.exitStatus, errors);
    switch (m_privilege) {
    case SshPrivilege::Root:
    case SshPrivilege::PasswordlessSudo:
        break;
    case SshPrivilege::SudoRequiresTty:
        m_error = {SshError::Kind::SudoRequiresTty,
                   tr("sudo on %1 is set to 'Defaults requiretty': it refuses to run without a "
                      "terminal, and this program never asks for one (sudo would echo the "
                      "password into it). Ask the administrator to add 'Defaults:%2 "
                      "!requiretty' to the sudoers file, or log in as root.")
                       .arg(m_server, m_user)};
        break;
    case SshPrivilege::NoSudo:
    case SshPrivilege::Unknown:
        m_error = {SshError::Kind::SudoNotAllowed,
                   tr("%1 is not root on %2 and cannot use sudo there: %3")
                       .arg(m_user, m_server, result.stderrTail.value(0, result.describe()))};
        break;
    case SshPrivilege::SudoWithPassword:
        if (m_password.isEmpty())
            emit sudoPasswordNeeded(m_failedAttempts);
        else
            verify();
        return;
    }
    emit finished();
}

void PrivilegeProbe::provideSudoPassword(const QString &password)
{
    m_password = password;
    verify();
}

void PrivilegeProbe::giveUp()
{
    m_error =
        m_failedAttempts > 0
            ? SshError{SshError::Kind::SudoWrongPassword,
                       tr("sudo on %1 did not accept the password of %2.").arg(m_server, m_user)}
            : SshError{SshError::Kind::SudoPasswordMissing,
                       tr("sudo on %1 needs the password of %2, and none was given.")
                           .arg(m_server, m_user)};
    emit finished();
}

void PrivilegeProbe::verify()
{
    RemoteCommandOptions options;
    options.stdinData = SudoPolicy::stdinPrefix(SshPrivilege::SudoWithPassword, m_password);
    options.redactions = {m_password};
    RemoteCommand *check = m_runner(SudoPolicy::verifyCommand(), options);
    auto errors = std::make_shared<QStringList>(); // raw: classified, never shown
    connect(check, &RemoteCommand::stderrLines, this,
            [errors](const QStringList &lines) { errors->append(lines); });
    connect(check, &RemoteCommand::finished, this,
            [this, check, errors](const RemoteCommandResult &result) {
                check->deleteLater();
                onVerified(*errors, result);
            });
}

void PrivilegeProbe::onVerified(const QStringList &errors, const RemoteCommandResult &result)
{
    if (result.error.isError())
        return;
    if (result.success()) {
        emit finished();
        return;
    }
    const SshError::Kind kind = SudoPolicy::classifyFailure(errors, result.exitStatus);
    if (kind == SshError::Kind::SudoWrongPassword) {
        ++m_failedAttempts;
        m_password.clear();
        emit sudoPasswordNeeded(m_failedAttempts);
        return;
    }
    m_error = {kind == SshError::Kind::None ? SshError::Kind::SudoNotAllowed : kind,
               tr("%1 cannot use sudo on %2: %3")
                   .arg(m_user, m_server, result.stderrTail.value(0, result.describe()))};
    emit finished();
}
