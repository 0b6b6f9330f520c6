#include "health/MountHealthRules.h"

#include "facts/MountTableParser.h"
#include "health/HealthContext.h"
#include "health/HealthFixCommands.h"
#include "shell/RemoteReads.h"
#include "shell/ShellQuote.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace {
// The entry of findmnt's JSON (RemoteReads::mounts/fstab at the mount path), the one mounted
// last where several are stacked; none when there is none or the text is not findmnt's.
std::optional<MountEntry> mountEntry(const QByteArray &output)
{
    QList<MountEntry> entries;
    if (!MountTableParser::parse(output, &entries) || entries.isEmpty() ||
        entries.last().source.isEmpty() || entries.last().fsType.isEmpty())
        return std::nullopt;
    return entries.last();
}

bool isGlusterType(const QString &fsType)
{
    return fsType == QLatin1String("fuse.glusterfs") || fsType == QLatin1String("glusterfs");
}

QString otherPrivateNames(const HealthContext &context, const ServerObservation &self)
{
    QStringList names;
    for (const ServerObservation &server : context.observations().servers) {
        if (&server != &self)
            names.append(server.privateName);
    }
    return names.join(QLatin1Char(':'));
}

QString fstabLine(const HealthContext &context, const ServerObservation &self)
{
    QString options = QStringLiteral("defaults,_netdev");
    const QString backups = otherPrivateNames(context, self);
    if (!backups.isEmpty())
        options += QStringLiteral(",backup-volfile-servers=") + backups;
    return QStringLiteral("%1 %2 glusterfs %3 0 0")
        .arg(RemoteReads::volumeSource(self.privateName, context.volumeName()),
             context.observations().mountPath, options);
}

HealthCheck fstabCheck(const HealthContext &context, const ServerObservation &server, bool *hasLine)
{
    const QString mountPath = context.observations().mountPath;
    const QString title = QCoreApplication::translate("MountHealthRules", "Mount at boot");
    const ObservedCommand &fstab = server.fstab;
    *hasLine = false;
    HealthCheck check;
    if (!fstab.ran || fstab.timedOut || (fstab.exitStatus != 0 && fstab.exitStatus != 1)) {
        check = HealthCheck::make(
            QStringLiteral("fstab"), server.name, title, HealthCheck::State::Unknown,
            QCoreApplication::translate("MountHealthRules", "/etc/fstab could not be read."));
    } else if (fstab.exitStatus == 1 || !mountEntry(fstab.output)) {
        // Not mounted again after a reboot: the pair is degraded (a fail that does not break
        // the service now), not healthy with a warning.
        check = HealthCheck::make(
            QStringLiteral("fstab"), server.name, title, HealthCheck::State::Fail,
            QCoreApplication::translate("MountHealthRules",
                                        "/etc/fstab has no line for %1: the volume works now "
                                        "but is not mounted again after a reboot.")
                .arg(mountPath));
        check.fixCommands.append(HealthFixCommands::appendFstabLine(fstabLine(context, server)));
    } else {
        const MountEntry line = *mountEntry(fstab.output);
        *hasLine = true;
        if (!isGlusterType(line.fsType)) {
            check = HealthCheck::make(
                QStringLiteral("fstab"), server.name, title, HealthCheck::State::Warn,
                QCoreApplication::translate("MountHealthRules",
                                            "/etc/fstab mounts %1 from %2 (%3), not from the "
                                            "gluster volume: a reboot brings the wrong files.")
                    .arg(mountPath, line.source, line.fsType));
        } else if (!line.options.split(QLatin1Char(',')).contains(QLatin1String("_netdev"))) {
            check = HealthCheck::make(
                QStringLiteral("fstab"), server.name, title, HealthCheck::State::Warn,
                QCoreApplication::translate("MountHealthRules",
                                            "The fstab line lacks _netdev: at boot the mount "
                                            "may be tried before the network is up and fail."));
        } else {
            check = HealthCheck::make(
                QStringLiteral("fstab"), server.name, title, HealthCheck::State::Ok,
                QCoreApplication::translate("MountHealthRules", "Mounted from %1 at boot.")
                    .arg(line.source));
        }
    }
    check.subject = mountPath;
    return check;
}

HealthCheck mountCheck(const HealthContext &context, const ServerObservation &server,
                       bool fstabHasLine)
{
    const QString mountPath = context.observations().mountPath;
    const QString volume = context.volumeName();
    const QString title = QCoreApplication::translate("MountHealthRules", "Volume mounted");
    const ObservedCommand &mount = server.mount;
    HealthCheck check;
    const std::optional<MountEntry> entry = mountEntry(mount.output);
    if (!mount.ran || mount.timedOut || (mount.exitStatus != 0 && mount.exitStatus != 1)) {
        check = HealthCheck::make(
            QStringLiteral("mount"), server.name, title, HealthCheck::State::Unknown,
            QCoreApplication::translate("MountHealthRules", "The mounts could not be listed."));
    } else if (MountHealthRules::nothingMounted(server)) {
        check = HealthCheck::make(
            QStringLiteral("mount"), server.name, title, HealthCheck::State::Fail,
            server.http.ran && server.http.statusCode == 0
                ? QCoreApplication::translate("MountHealthRules",
                                              "Nothing is mounted on %1, and the web server on "
                                              "this server does not answer: it waits for the "
                                              "volume rather than serve the empty folder "
                                              "underneath.")
                      .arg(mountPath)
                : QCoreApplication::translate("MountHealthRules",
                                              "Nothing is mounted on %1: the web server on this "
                                              "server reads the local folder underneath, not the "
                                              "replicated files.")
                      .arg(mountPath));
        check.fixCommands.append(
            fstabHasLine
                ? HealthFixCommands::mountFromFstab(mountPath)
                : QStringLiteral("mount -t glusterfs %1 %2")
                      .arg(ShellQuote::quote(RemoteReads::volumeSource(server.privateName, volume)),
                           ShellQuote::quote(mountPath)));
    } else if (!isGlusterType(entry->fsType)) {
        check = HealthCheck::make(
            QStringLiteral("mount"), server.name, title, HealthCheck::State::Fail,
            QCoreApplication::translate("MountHealthRules",
                                        "%1 holds a %2 filesystem from %3, not the gluster "
                                        "volume: these files are not replicated.")
                .arg(mountPath, entry->fsType, entry->source));
    } else if (!entry->source.endsWith(QLatin1Char(':') + volume) &&
               !entry->source.endsWith(QStringLiteral(":/") + volume)) {
        check = HealthCheck::make(
            QStringLiteral("mount"), server.name, title, HealthCheck::State::Fail,
            QCoreApplication::translate("MountHealthRules",
                                        "%1 is mounted from %2, another gluster volume than %3.")
                .arg(mountPath, entry->source, volume));
    } else {
        check = HealthCheck::make(
            QStringLiteral("mount"), server.name, title, HealthCheck::State::Ok,
            QCoreApplication::translate("MountHealthRules", "%1 is mounted from %2.")
                .arg(mountPath, entry->source));
    }
    check.subject = mountPath;
    return check;
}

HealthCheck brickSpaceCheck(const ServerObservation &server)
{
    const QString title = QCoreApplication::translate("MountHealthRules", "Brick free space");
    const ObservedCommand &df = server.brickSpace;
    // `df -P -B1`: "Filesystem 1-blocks Used Available Capacity Mounted-on", then the numbers.
    const QStringList lines =
        QString::fromUtf8(df.output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    const QStringList fields =
        lines.isEmpty() ? QStringList() : lines.last().split(blanks, Qt::SkipEmptyParts);
    bool sizeOk = false;
    bool availableOk = false;
    const qint64 size = fields.value(1).toLongLong(&sizeOk);
    const qint64 available = fields.value(3).toLongLong(&availableOk);
    HealthCheck check;
    if (!df.succeeded() || fields.size() < 6 || !sizeOk || !availableOk || size <= 0) {
        check = HealthCheck::make(
            QStringLiteral("brick-space"), server.name, title, HealthCheck::State::Unknown,
            QCoreApplication::translate("MountHealthRules",
                                        "The free space of the brick could not be read."));
    } else {
        const int percentFree = static_cast<int>(available * 100 / size);
        const QLocale locale;
        const QString amounts =
            QCoreApplication::translate("MountHealthRules", "%1 free of %2 (%3%).")
                .arg(locale.formattedDataSize(available), locale.formattedDataSize(size),
                     QString::number(percentFree));
        HealthCheck::State state = HealthCheck::State::Ok;
        QString reason = amounts;
        if (percentFree < MountHealthRules::FailBelowPercent) {
            state = HealthCheck::State::Fail;
            reason += QLatin1Char(' ') +
                      QCoreApplication::translate("MountHealthRules",
                                                  "The brick is nearly full: writes fail on it "
                                                  "soon and the copies drift apart.");
        } else if (percentFree < MountHealthRules::WarnBelowPercent) {
            state = HealthCheck::State::Warn;
            reason += QLatin1Char(' ') +
                      QCoreApplication::translate("MountHealthRules",
                                                  "Plan to grow the disk or remove files.");
        }
        check = HealthCheck::make(QStringLiteral("brick-space"), server.name, title, state, reason);
    }
    check.subject = server.brickName();
    return check;
}
} // namespace

bool MountHealthRules::nothingMounted(const ServerObservation &server)
{
    const ObservedCommand &mount = server.mount;
    if (!mount.ran || mount.timedOut || (mount.exitStatus != 0 && mount.exitStatus != 1))
        return false;
    return mount.exitStatus == 1 || !mountEntry(mount.output);
}

void MountHealthRules::append(const HealthContext &context, QList<HealthCheck> *checks)
{
    for (const ParsedServerView &view : context.views()) {
        if (!view.reachable())
            continue;
        const ServerObservation &server = *view.server;
        if (server.arbiter) {
            checks->append(brickSpaceCheck(server)); // it mounts nothing, by design
            continue;
        }
        bool fstabHasLine = false;
        const HealthCheck fstab = fstabCheck(context, server, &fstabHasLine);
        checks->append(mountCheck(context, server, fstabHasLine));
        checks->append(fstab);
        checks->append(brickSpaceCheck(server));
    }
}
