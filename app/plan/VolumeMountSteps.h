#pragma once

#include "plan/PlanContext.h"
#include "plan/Step.h"

#include <QCoreApplication>

// The volume mounted at spec.mount.path on every server through fstab, the old content kept
// (spec.originalContentPath(), the seed's /var/www.orig) and copied into the volume once.
class VolumeMountSteps
{
    Q_DECLARE_TR_FUNCTIONS(VolumeMountSteps)

public:
    // Starts every line the mount and copy steps print about the site's previous content (what
    // was copied from which server, what stays in the original-content directory where): apply,
    // the script and the Result page show these lines as the steps print them.
    static QString reportTag();
    // Marks, inside the volume, that the first server's old content was copied in.
    static QString copiedMarker();

    static Step mount(const PlanContext &context, int server);
    static Step copyOriginalContent(const PlanContext &context);
};
