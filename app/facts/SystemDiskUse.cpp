#include "facts/SystemDiskUse.h"

QString SystemDiskUse::reason() const
{
    if (kind == QLatin1String("in-fstab"))
        return tr("%1 is listed in /etc/fstab.").arg(member);
    if (kind == QLatin1String("in-crypttab"))
        return tr("%1 is listed in /etc/crypttab.").arg(member);
    if (kind == QLatin1String("active-swap"))
        return tr("%1 is active swap.").arg(member);
    if (kind == QLatin1String("efi-system-partition"))
        return tr("%1 is an EFI system partition.").arg(member);
    if (kind == QLatin1String("lvm-physical-volume"))
        return tr("%1 is an LVM physical volume.").arg(member);
    if (kind == QLatin1String("raid-member"))
        return tr("%1 is a member of a RAID array.").arg(member);
    if (kind == QLatin1String("held-by-device"))
        return tr("%1 is held by another device (device-mapper, LVM or RAID).").arg(member);
    return tr("%1 is in use by the system (%2).").arg(member, kind);
}

QList<SystemDiskUse> SystemDiskUse::parse(const QString &text)
{
    QList<SystemDiskUse> uses;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QList<QStringView> words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() != 3 || !words.at(0).startsWith(QLatin1Char('/')) ||
            !words.at(2).startsWith(QLatin1Char('/')))
            continue;
        const SystemDiskUse use{words.at(0).toString(), words.at(1).toString(),
                                words.at(2).toString()};
        if (!uses.contains(use))
            uses << use;
    }
    return uses;
}

QStringList SystemDiskUse::reasonsFor(const QList<SystemDiskUse> &uses, const QString &disk)
{
    QStringList reasons;
    for (const SystemDiskUse &use : uses) {
        if (use.disk == disk && !reasons.contains(use.reason()))
            reasons << use.reason();
    }
    return reasons;
}
