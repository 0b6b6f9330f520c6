#include "health/HealthPairSummary.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace {
using State = HealthCheck::State;

int severity(State state)
{
    switch (state) {
    case State::Ok:
        return 0;
    case State::Warn:
        return 1;
    case State::Unknown:
        return 2;
    case State::Fail:
        return 3;
    }
    return 2;
}

// A card line's short words for the state of a check of kind `id`.
QString shortText(const HealthCheck &check)
{
    const QString id = check.id;
    const State state = check.state;
    if (state == State::Unknown)
        return HealthPairSummary::tr("not known");
    if (id == QLatin1String("ssh")) {
        if (state == State::Ok)
            return HealthPairSummary::tr("connected");
        return HealthPairSummary::tr("not connected");
    }
    if (id == QLatin1String("glusterd"))
        return state == State::Ok ? HealthPairSummary::tr("running")
                                  : HealthPairSummary::tr("not running");
    if (id == QLatin1String("brick")) {
        // "Online (port 49152).": the number in parentheses, whatever the language.
        static const QRegularExpression port(QStringLiteral("\\(\\D*(\\d+)\\)"));
        const QRegularExpressionMatch match = port.match(check.reason);
        if (state == State::Ok)
            return match.hasMatch()
                       ? HealthPairSummary::tr("online, port %1").arg(match.captured(1))
                       : HealthPairSummary::tr("online");
        return HealthPairSummary::tr("offline");
    }
    if (id == QLatin1String("self-heal-daemon"))
        return state == State::Ok ? HealthPairSummary::tr("running")
                                  : HealthPairSummary::tr("not running");
    if (id == QLatin1String("mount"))
        return state == State::Ok ? HealthPairSummary::tr("mounted %1").arg(check.subject)
                                  : HealthPairSummary::tr("not mounted");
    if (id == QLatin1String("fstab"))
        return state == State::Ok ? HealthPairSummary::tr("in fstab")
                                  : HealthPairSummary::tr("not as it should be");
    if (id == QLatin1String("brick-space")) {
        static const QRegularExpression percent(QStringLiteral("\\((\\d+)%\\)"));
        const QRegularExpressionMatch match = percent.match(check.reason);
        return match.hasMatch() ? HealthPairSummary::tr("%1 % free").arg(match.captured(1))
                                : (state == State::Ok ? HealthPairSummary::tr("enough")
                                                      : HealthPairSummary::tr("low"));
    }
    if (id == QLatin1String("http"))
        return state == State::Ok ? HealthPairSummary::tr("serves the test file")
                                  : HealthPairSummary::tr("does not serve it");
    return state == State::Ok ? HealthPairSummary::tr("ok") : HealthPairSummary::tr("problem");
}

QString lineLabel(const QString &id)
{
    if (id == QLatin1String("ssh"))
        return HealthPairSummary::tr("SSH");
    if (id == QLatin1String("glusterd"))
        return HealthPairSummary::tr("glusterd");
    if (id == QLatin1String("brick"))
        return HealthPairSummary::tr("Brick");
    if (id == QLatin1String("self-heal-daemon"))
        return HealthPairSummary::tr("Self-heal");
    if (id == QLatin1String("mount"))
        return HealthPairSummary::tr("Mount");
    if (id == QLatin1String("fstab"))
        return HealthPairSummary::tr("At boot");
    if (id == QLatin1String("brick-space"))
        return HealthPairSummary::tr("Disk");
    if (id == QLatin1String("http"))
        return HealthPairSummary::tr("Web");
    return id;
}

const QStringList &cardIds()
{
    static const QStringList ids = {
        QStringLiteral("ssh"),         QStringLiteral("glusterd"),
        QStringLiteral("brick"),       QStringLiteral("self-heal-daemon"),
        QStringLiteral("mount"),       QStringLiteral("fstab"),
        QStringLiteral("brick-space"), QStringLiteral("http")};
    return ids;
}

void describeLink(const HealthReport &report, HealthPairSummary *summary)
{
    const QList<HealthCheck> peers = report.checksWithId(QStringLiteral("peer"));
    const QList<HealthCheck> partition = report.checksWithId(QStringLiteral("partition"));
    if (!partition.isEmpty() && partition.first().state == State::Fail) {
        summary->linkState = State::Fail;
        summary->linkText = HealthPairSummary::tr("partitioned: neither sees the other");
        return;
    }
    if (peers.isEmpty()) {
        summary->linkState = State::Unknown;
        summary->linkText = HealthPairSummary::tr("peer state not known");
        return;
    }
    State state = State::Ok;
    QStringList problems;
    for (const HealthCheck &peer : peers) {
        state = HealthPairSummary::worse(state, peer.state);
        if (peer.state == State::Fail)
            problems.append(
                HealthPairSummary::tr("%1 sees %2 disconnected").arg(peer.server, peer.subject));
        else if (peer.state == State::Unknown)
            problems.append(HealthPairSummary::tr("%1 could not tell").arg(peer.server));
    }
    summary->linkState = state;
    summary->linkText = problems.isEmpty() ? HealthPairSummary::tr("peers connected")
                                           : problems.join(QLatin1String("; "));
}
} // namespace

HealthCheck::State HealthPairSummary::worse(State a, State b)
{
    return severity(a) >= severity(b) ? a : b;
}

HealthPairSummary HealthPairSummary::fromReport(const HealthReport &report)
{
    HealthPairSummary summary;
    summary.overall = report.overall();
    summary.verdict = HealthReport::overallTitle(summary.overall);
    summary.summary = report.summary();
    summary.volume = report.volumeName;

    // Servers in the order the report first names them (the ssh checks come first).
    for (const HealthCheck &check : report.checks) {
        if (check.server.isEmpty() || !cardIds().contains(check.id))
            continue;
        auto it = std::find_if(summary.servers.begin(), summary.servers.end(),
                               [&](const Server &server) { return server.name == check.server; });
        if (it == summary.servers.end()) {
            summary.servers.append(Server{check.server, QString(), State::Ok, {}});
            it = summary.servers.end() - 1;
        }
        it->lines.append(Line{lineLabel(check.id), shortText(check), check.state});
        it->state = worse(it->state, check.state);
        if (check.id == QLatin1String("http"))
            it->address = QUrl(check.subject).host();
    }
    // Sort each card's lines into one fixed order, whatever the evaluator's order.
    for (Server &server : summary.servers) {
        std::stable_sort(server.lines.begin(), server.lines.end(),
                         [](const Line &a, const Line &b) {
                             const auto rank = [](const Line &line) {
                                 for (int i = 0; i < cardIds().size(); ++i) {
                                     if (lineLabel(cardIds().at(i)) == line.label)
                                         return i;
                                 }
                                 return int(cardIds().size());
                             };
                             return rank(a) < rank(b);
                         });
    }

    describeLink(report, &summary);

    const QList<HealthCheck> volumes = report.checksWithId(QStringLiteral("volume"));
    summary.volumeLine.label = HealthPairSummary::tr("Volume");
    if (volumes.isEmpty()) {
        summary.volumeLine.text = HealthPairSummary::tr("not checked");
    } else {
        summary.volumeLine.state = volumes.first().state;
        summary.volumeLine.text = volumes.first().reason;
    }

    for (const HealthCheck &check : report.checksWithId(QStringLiteral("heal-pending"))) {
        summary.healState = check.state;
        summary.healPending = check.count;
    }
    const QList<HealthCheck> splits = report.checksWithId(QStringLiteral("split-brain"));
    if (!splits.isEmpty())
        summary.splitBrainState = State::Ok;
    for (const HealthCheck &check : splits) {
        summary.splitBrainState = worse(summary.splitBrainState, check.state);
        if (!check.subject.isEmpty())
            summary.splitBrainFiles.append(check.subject);
        else
            summary.splitBrainCount = check.count;
    }
    if (!summary.splitBrainFiles.isEmpty())
        summary.splitBrainCount = int(summary.splitBrainFiles.size());

    const QList<HealthCheck> trips = report.checksWithId(QStringLiteral("replication"));
    summary.replication.label = HealthPairSummary::tr("Round trip");
    if (!trips.isEmpty()) {
        summary.replication.state = trips.first().state;
        summary.replication.text =
            trips.first().state == State::Ok
                ? HealthPairSummary::tr("%1: written, read, removed").arg(trips.first().subject)
                : trips.first().reason;
    }
    return summary;
}

HealthPairSummary HealthPairSummary::fromBuiltPair(const QList<BuiltServer> &servers,
                                                   const QString &volumeName,
                                                   const QString &volumeText, bool volumeStarted,
                                                   const QString &mountPath, bool replicationPassed)
{
    HealthPairSummary summary;
    summary.volume = volumeName;
    const bool ready = volumeStarted && replicationPassed;
    summary.overall = ready ? HealthReport::Overall::Healthy : HealthReport::Overall::Broken;
    for (const BuiltServer &built : servers) {
        Server server{built.name, built.publicAddress, State::Ok, {}};
        const State verified = built.verified ? State::Ok : State::Unknown;
        server.lines = {
            Line{tr("Brick"), built.brick, built.brickInVolume ? State::Ok : State::Fail},
            Line{tr("Mount"), built.verified ? tr("mounted %1").arg(mountPath) : tr("not verified"),
                 verified},
            Line{tr("Web"), built.verified ? tr("serves the test file") : tr("not verified"),
                 verified}};
        for (const Line &line : std::as_const(server.lines))
            server.state = worse(server.state, line.state);
        summary.servers.append(server);
    }
    summary.linkState = ready ? State::Ok : (volumeStarted ? State::Unknown : State::Fail);
    summary.linkText =
        ready ? tr("replica: the same files on every server") : tr("replication not verified");
    summary.volumeLine = Line{tr("Volume"), volumeText, volumeStarted ? State::Ok : State::Fail};
    // No round-trip line: the page lists the replication test's steps right below.
    return summary;
}
