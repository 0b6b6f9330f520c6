#include "adopt/PairDiscovery.h"

#include "adopt/AdoptCommands.h"
#include "adopt/AdoptedSpecBuilder.h"
#include "gluster/PeerStatusParser.h"
#include "gluster/VolumeInfoParser.h"

#include "RemoteCommand.h"
#include "SshSession.h"

#include <memory>

namespace {
constexpr int kCommandTimeoutMs = 30000;
constexpr int kNotInstalled = 127;
} // namespace

PairDiscovery::PairDiscovery(const SshSpec &first, const QString &volume,
                             const QStringList &sshConfigHosts, QObject *parent)
    : QObject(parent)
    , m_first(first)
    , m_requestedVolume(volume)
    , m_sshConfigHosts(sshConfigHosts)
    , m_firstName(first.host)
{}

void PairDiscovery::run(SshSession *session, const QString &command, bool asRoot, const Done &done)
{
    RemoteCommandOptions options;
    options.timeoutMs = kCommandTimeoutMs;
    options.asRoot = asRoot;
    RemoteCommand *remote = session->run(command, options);
    auto output = std::make_shared<QByteArray>();
    connect(remote, &RemoteCommand::stdoutLines, this, [output](const QStringList &lines) {
        for (const QString &line : lines)
            *output += line.toUtf8() + '\n';
    });
    connect(remote, &RemoteCommand::finished, this,
            [this, remote, output, done](const RemoteCommandResult &result) {
                remote->deleteLater();
                if (m_finished)
                    return;
                QString why;
                if (!result.success()) {
                    why = result.exitStatus == kNotInstalled
                              ? tr("not installed")
                              : result.describe() +
                                    (result.stderrTail.isEmpty()
                                         ? QString()
                                         : QStringLiteral(": ") +
                                               result.stderrTail.join(QLatin1Char(' ')));
                }
                done(result.success(), *output, why);
            });
}

void PairDiscovery::readFirst(SshSession *session)
{
    m_firstSession = session;
    emit progress(tr("%1: reading the gluster pool").arg(m_firstName));
    run(session, AdoptCommands::poolList(), true,
        [this](bool, const QByteArray &out, const QString &why) { onPool(out, why); });
}

void PairDiscovery::firstUnreachable(const QString &why)
{
    refuse(tr("%1 could not be reached: %2").arg(m_firstName, why));
}

void PairDiscovery::onPool(const QByteArray &output, const QString &why)
{
    const auto pool = PeerStatusParser::parse(output);
    if (!pool.ok()) {
        refuse(tr("%1 is not a usable Gluster server: %2")
                   .arg(m_firstName, why == tr("not installed") ? tr("gluster is not installed")
                                                                : pool.errorString()));
        return;
    }
    m_pool = output;
    emit progress(tr("%1: reading the volumes").arg(m_firstName));
    run(m_firstSession, AdoptCommands::volumeInfo(), true,
        [this](bool, const QByteArray &out, const QString &failure) { onVolumes(out, failure); });
}

void PairDiscovery::onVolumes(const QByteArray &output, const QString &why)
{
    Q_UNUSED(why)
    const auto volumes = VolumeInfoParser::parse(output);
    if (!volumes.ok()) {
        refuse(tr("%1: the volumes could not be read: %2").arg(m_firstName, volumes.errorString()));
        return;
    }
    m_volumes = volumes.value;
    for (const GlusterVolume &volume : m_volumes)
        m_result.volumes << volume.name;
    QString refusal;
    const QString name = AdoptedSpecBuilder::chooseVolume(m_volumes, m_requestedVolume, &refusal);
    if (name.isEmpty()) {
        refuse(refusal);
        return;
    }
    for (const GlusterVolume &volume : std::as_const(m_volumes)) {
        if (volume.name == name)
            m_volume = volume;
    }
    m_members = AdoptedSpecBuilder::membersOf(m_volume, PeerStatusParser::parse(m_pool).value,
                                              m_first, &refusal);
    if (m_members.isEmpty()) {
        refuse(refusal);
        return;
    }
    QString firstBrick;
    for (const PoolMember &member : std::as_const(m_members)) {
        if (member.isFirst)
            firstBrick = member.brickPath;
    }
    emit progress(tr("%1: reading its mounts, brick and web server").arg(m_firstName));
    run(m_firstSession,
        AdoptCommands::memberReport(firstBrick, AdoptedSpecBuilder::namesToResolve(m_members)),
        false, [this](bool ok, const QByteArray &out, const QString &failure) {
            onFirstReport(ok ? out : QByteArray(), failure);
        });
}

void PairDiscovery::onFirstReport(const QByteArray &output, const QString &why)
{
    if (output.isEmpty()) {
        refuse(tr("%1: its mounts could not be read: %2").arg(m_firstName, why));
        return;
    }
    const MemberReport report = MemberReport::parse(output);
    for (PoolMember &member : m_members) {
        if (member.isFirst) {
            member.reached = true;
            member.report = report;
        }
    }
    AdoptedSpecBuilder::chooseSshTargets(&m_members, report, m_first, m_sshConfigHosts);
    for (int i = 0; i < m_members.size(); ++i) {
        if (!m_members.at(i).isFirst)
            m_toConnect << i;
    }
    m_pendingMembers = static_cast<int>(m_toConnect.size());
    if (m_pendingMembers == 0) {
        finish();
        return;
    }
    emit membersNeeded();
}

SetupSpec PairDiscovery::membersToConnect() const
{
    SetupSpec spec;
    for (int index : m_toConnect) {
        ServerSpec server;
        server.name = m_members.at(index).name;
        server.ssh = m_members.at(index).ssh;
        spec.servers << server;
    }
    return spec;
}

int PairDiscovery::memberIndex(int connectIndex) const
{
    return m_toConnect.value(connectIndex, -1);
}

void PairDiscovery::memberConnected(int index, SshSession *session)
{
    const int member = memberIndex(index);
    if (member < 0 || m_finished || !session)
        return;
    const PoolMember &target = m_members.at(member);
    emit progress(tr("%1: reading its mounts, brick and web server").arg(target.name));
    run(session,
        AdoptCommands::memberReport(target.brickPath,
                                    AdoptedSpecBuilder::namesToResolve(m_members)),
        false, [this, member](bool ok, const QByteArray &out, const QString &why) {
            PoolMember &m = m_members[member];
            m.reached = ok;
            if (ok)
                m.report = MemberReport::parse(out);
            else
                m.unreachable = why;
            settleMember();
        });
}

void PairDiscovery::memberUnreachable(int index, const QString &why)
{
    const int member = memberIndex(index);
    if (member < 0 || m_finished)
        return;
    m_members[member].unreachable = why;
    settleMember();
}

void PairDiscovery::settleMember()
{
    if (--m_pendingMembers == 0)
        finish();
}

void PairDiscovery::refuse(const QString &why)
{
    if (m_finished)
        return;
    m_result.refusal = why;
    m_finished = true;
    emit finished();
}

void PairDiscovery::finish()
{
    if (m_finished)
        return;
    const QStringList volumes = m_result.volumes;
    m_result = AdoptedSpecBuilder::build(m_volume, m_members, volumes);
    m_finished = true;
    emit finished();
}
