#pragma once

#include <QString>

// The exact shell commands a health report offers as fixes. Every value is quoted for a POSIX
// shell by ShellQuote (the plan's one quoting function), because file names from heal info are
// whatever users uploaded.
class HealthFixCommands
{
public:
    static QString restartGlusterd();
    static QString startVolume(const QString &volume);
    // Starts brick and self-heal processes that are down without touching running ones.
    static QString startVolumeForce(const QString &volume);
    static QString triggerHeal(const QString &volume);
    static QString listSplitBrain(const QString &volume);
    static QString splitBrainBiggerFile(const QString &volume, const QString &file);
    static QString splitBrainSourceBrick(const QString &volume, const QString &brick,
                                         const QString &file);
    static QString peerProbe(const QString &host);
    static QString mountFromFstab(const QString &mountPath);
    static QString appendFstabLine(const QString &line);
};
