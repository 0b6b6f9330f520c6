#pragma once

// How patient the health probe is. Every wait has its own bound so that a silent server (a
// cut link, a hung glusterd) is reported within seconds instead of blocking the report.
struct HealthProbeOptions
{
    int commandTimeoutMs = 8000;   // each remote command, including the SSH round trips
    int glusterTimeoutSeconds = 6; // each gluster CLI call on the server (must be below the above)
    int httpTimeoutMs = 5000;      // each HTTP GET of the web test file
    // How long a connection may take before the server counts as out of reach (used for
    // connectDeadlineMs by the command line and the dashboard when they cannot be prompted).
    int connectTimeoutMs = 5000;
    // A server not handed to the probe this long after start() is reported unreachable (the
    // probe stops waiting for its connection); 0: wait for whoever connects to give up.
    int connectDeadlineMs = 0;
    // After this the probe reports whatever it has; a backstop behind the timeouts above.
    int deadlineMs = 45000;
    // Write a uniquely named file through one server's mount and read it through another's.
    bool roundTrip = true;
    // A `volume status` refused because another transaction holds the volume lock (the other
    // server's probe asking at the same moment) is asked again this often.
    int lockRetries = 3;
    int lockRetryDelayMs = 250;
};
