#pragma once

#include "facts/HostFacts.h"
#include "spec/SetupSpec.h"
#include "spec/WipeRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One finding of `check` about one server: a Problem stops the setup until fixed; a Note says
// what the plan will do about something (packages to install, names to add).
struct ReadinessFinding
{
    enum class Severity { Note, Problem };

    int serverIndex = 0;
    QString serverName;
    Severity severity = Severity::Note;
    QString message; // translated, one sentence

    bool isProblem() const { return severity == Severity::Problem; }
};

// Facts of every server + the spec -> what stands in the way, like an experienced admin would
// judge it before touching anything: unsupported OS, a disk that is missing, mounted, belongs
// to the system (fstab, crypttab, swap, EFI, LVM, RAID: never, whatever --wipe says) or holds
// data (unless a wipe permission bound to the disk's identity names it), names resolving to other
// addresses, port 24007 filtered between peers, a server already in another Gluster pool, a volume
// of that name with other bricks, fstab entries in the way. Pure: no I/O.
class ReadinessCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessCheck)

public:
    // Setup: the volume, if it exists, must have every server's brick. AddArbiter (`add-arbiter`):
    // it has the data servers' bricks, and the arbiter's is about to be added.
    enum class Goal { Setup, AddArbiter };

    static QList<ReadinessFinding> evaluate(const SetupSpec &spec, const QList<HostFacts> &facts,
                                            const QList<WipeRequest> &wipes = {},
                                            Goal goal = Goal::Setup);
    static bool isReady(const QList<ReadinessFinding> &findings);

private:
    using Findings = QList<ReadinessFinding>;
    static void checkSystem(const SetupSpec &spec, int index, const HostFacts &facts,
                            Findings *out);
    static void checkDisk(const SetupSpec &spec, int index, const HostFacts &facts,
                          const QList<WipeRequest> &wipes, Findings *out);
    static void checkNetwork(const SetupSpec &spec, int index, const HostFacts &facts,
                             Findings *out);
    static void checkGluster(const SetupSpec &spec, int index, const HostFacts &facts, Goal goal,
                             Findings *out);
    static void checkFstab(const SetupSpec &spec, int index, const HostFacts &facts, Findings *out);
};
