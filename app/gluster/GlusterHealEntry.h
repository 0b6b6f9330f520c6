#pragma once

#include <QString>

// A file or directory listed by `gluster volume heal V info [split-brain] --xml`.
struct GlusterHealEntry
{
    // Path from the volume root ("/html/sb.txt"), or "<gfid:UUID>" when the brick does not
    // know the path.
    QString path;
    QString gfid;

    bool isGfidOnly() const { return path.startsWith(QLatin1String("<gfid:")); }
    // What `gluster volume heal V split-brain ... FILE` accepts: the path, or "gfid:UUID".
    QString healTarget() const;
};
