#include "health/ParsedServerView.h"

#include "gluster/HealInfoParser.h"
#include "gluster/PeerStatusParser.h"
#include "gluster/VolumeInfoParser.h"
#include "gluster/VolumeStatusParser.h"

namespace {
template<typename Parser>
auto parseObserved(const ObservedCommand &command)
    -> std::optional<decltype(Parser::parse(QByteArray()))>
{
    using Result = decltype(Parser::parse(QByteArray()));
    if (!command.ran)
        return std::nullopt;
    if (command.timedOut) {
        Result result;
        result.failure = GlusterFailure::timedOut(command.command);
        return result;
    }
    Result result = Parser::parse(command.output);
    const GlusterFailure::Kind kind = result.failure.kind();
    // gluster prints its plain-text failures on stderr in some versions: classify those too.
    if ((kind == GlusterFailure::Kind::NoOutput || kind == GlusterFailure::Kind::Unrecognized) &&
        !command.errorOutput.trimmed().isEmpty()) {
        result.failure = GlusterFailure::fromPlainText(
            QString::fromUtf8(command.output + '\n' + command.errorOutput));
    }
    return result;
}

template<typename Result> bool saysDaemonDown(const std::optional<Result> &result)
{
    return result && result->failure.kind() == GlusterFailure::Kind::DaemonUnreachable;
}

template<typename Result> bool answered(const std::optional<Result> &result)
{
    if (!result)
        return false;
    // A command failure in well-formed XML (or a busy lock) still came from a live glusterd.
    const GlusterFailure::Kind kind = result->failure.kind();
    return kind == GlusterFailure::Kind::None || kind == GlusterFailure::Kind::CommandFailed ||
           kind == GlusterFailure::Kind::TransactionInProgress;
}
} // namespace

ParsedServerView ParsedServerView::parse(const ServerObservation &server)
{
    ParsedServerView view;
    view.server = &server;
    view.peers = parseObserved<PeerStatusParser>(server.peerStatus);
    view.volumes = parseObserved<VolumeInfoParser>(server.volumeInfo);
    view.status = parseObserved<VolumeStatusParser>(server.volumeStatus);
    view.healInfo = parseObserved<HealInfoParser>(server.healInfo);
    view.healSummary = parseObserved<HealInfoParser>(server.healSummary);
    view.healSplitBrain = parseObserved<HealInfoParser>(server.healSplitBrain);
    return view;
}

bool ParsedServerView::glusterSaysDaemonDown() const
{
    return saysDaemonDown(peers) || saysDaemonDown(volumes) || saysDaemonDown(status) ||
           saysDaemonDown(healInfo) || saysDaemonDown(healSummary) ||
           saysDaemonDown(healSplitBrain);
}

bool ParsedServerView::glusterAnswered() const
{
    // Heal info is answered by a client process, not glusterd: leave it out.
    return answered(peers) || answered(volumes) || answered(status);
}

const GlusterVolumeStatus *ParsedServerView::volumeStatus(const QString &volume) const
{
    if (!status || !status->ok())
        return nullptr;
    for (const GlusterVolumeStatus &candidate : status->value) {
        if (candidate.volumeName == volume)
            return &candidate;
    }
    return nullptr;
}
