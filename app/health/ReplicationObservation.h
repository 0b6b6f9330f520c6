#pragma once

#include <QString>

// A round trip through the volume: a unique file written on one server's mount, then looked for
// on the other server's mount (and removed).
struct ReplicationObservation
{
    bool ran = false;
    QString writer; // server name that wrote
    QString reader; // server name that read
    bool written = false;
    bool readBack = false; // the reader saw the same content
    QString detail;        // what went wrong, in the probe's words (no secrets)
};
