#pragma once

#include "plan/PlanContext.h"
#include "plan/Step.h"

#include <QCoreApplication>

// Steps that prepare one server's system: packages, private names, SELinux, firewall.
class SystemSteps
{
    Q_DECLARE_TR_FUNCTIONS(SystemSteps)

public:
    static Step packages(const PlanContext &context, int server);
    // Private names of every server in /etc/hosts, where they do not resolve already.
    static Step hosts(const PlanContext &context, int server);
    // Apache may read a FUSE mount only with httpd_use_fusefs (SELinux hosts).
    static Step selinux(const PlanContext &context, int server);
    // Gluster ports from the peers' private addresses, and HTTP, in firewalld or ufw.
    static Step firewall(const PlanContext &context, int server);
};
