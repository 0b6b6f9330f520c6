#pragma once

#include "health/HealthCheck.h"
#include "health/HealthReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What the dashboard's picture of the pair shows, read from a HealthReport alone (so a report
// loaded from JSON draws the same): a card per server with one line per aspect, the link
// between them with the peers' view of each other, and the volume's heal and split-brain state.
// Pure: no widgets.
struct HealthPairSummary
{
    Q_DECLARE_TR_FUNCTIONS(HealthPairSummary)

public:
    struct Line
    {
        QString label; // translated: "SSH", "glusterd", "Brick"...
        QString text;  // translated, short: "connected", "offline", "95 % free"...
        HealthCheck::State state = HealthCheck::State::Unknown;
    };

    struct Server
    {
        QString name;
        QString address; // the web check's URL host, when there is one
        HealthCheck::State state = HealthCheck::State::Unknown; // the worst of its lines
        QList<Line> lines;
    };

    HealthReport::Overall overall = HealthReport::Overall::Broken;
    QString verdict; // translated "HEALTHY"...
    QString summary; // the report's one-line summary
    QString volume;
    Line volumeLine; // "Volume: Started, replica 2"
    QList<Server> servers;
    HealthCheck::State linkState = HealthCheck::State::Unknown;
    QString linkText; // "connected", "server01 sees server02-private disconnected", ...
    HealthCheck::State healState = HealthCheck::State::Unknown;
    int healPending = -1; // -1: not known
    HealthCheck::State splitBrainState = HealthCheck::State::Unknown;
    int splitBrainCount = -1;    // -1: not known
    QStringList splitBrainFiles; // paths from the volume root, or gfid:UUID
    Line replication;            // the round trip; state Unknown and empty text when not made

    static HealthPairSummary fromReport(const HealthReport &report);

    // One server of a pair just built, as the result page knows it.
    struct BuiltServer
    {
        QString name;
        QString publicAddress;
        QString brick;              // brickMount/brickDir
        bool brickInVolume = false; // the volume lists this server's brick
        bool verified = false;      // its replication-test steps all passed
    };
    // The result page's picture of the pair just built, in the same form as a health report's
    // (one widget draws both): a card per server (brick in the volume, volume mounted, site
    // served, the last two as the replication test verified them), the replica link (whether
    // the test passed) and the volume (volumeText: "Started, Replicate, replica 2" or why it
    // could not be read). Heal and split-brain are not looked at (counts -1). Pure.
    static HealthPairSummary fromBuiltPair(const QList<BuiltServer> &servers,
                                           const QString &volumeName, const QString &volumeText,
                                           bool volumeStarted, const QString &mountPath,
                                           bool replicationPassed);
    // Fail before Unknown before Warn before Ok.
    static HealthCheck::State worse(HealthCheck::State a, HealthCheck::State b);
};
