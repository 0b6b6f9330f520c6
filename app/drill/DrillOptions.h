#pragma once

// How long the failover drill waits for each thing, and what it accepts.
struct DrillOptions
{
    int pollIntervalMs = 1000;       // the survivor's site is asked this often
    int httpTimeoutMs = 5000;        // each of those requests
    int outageHoldMs = 5000;         // the server stays out at least this long
    int commandTimeoutMs = 60000;    // each remote command of the drill
    int glusterTimeoutSeconds = 8;   // each gluster CLI call on a server
    int backOnlineTimeoutMs = 60000; // glusterd started -> the brick online again
    int forceStartAfterMs = 20000;   // brick still offline: `volume start VOL force` once
    int healTimeoutMs = 180000;      // the brick back -> nothing left to heal
    int maxStallMs = 10000;          // the longest the survivor's site may stall for a pass
    bool autoProceed = false;        // start at once when healthy (the question was asked before)
};
