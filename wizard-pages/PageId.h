#pragma once

// The wizard's page ids, in the order of the setup (QWizard::setPage). The health dashboard
// and the failover drill are branches from the welcome page; the health check starts by adopting
// a pair (Adopt).
namespace PageId {
enum : int {
    Welcome = 0,
    Servers = 1,
    Connectivity = 2,
    Disks = 3,
    Volume = 4,
    Review = 5,
    Run = 6,
    Result = 7,
    Health = 20,
    FailoverDrill = 21,
    Adopt = 22,
};
} // namespace PageId
