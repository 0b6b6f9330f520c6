#pragma once

#include "spec/SetupSpec.h"

#include <QString>

// The last spec the administrator worked on, kept in QSettings so the wizard starts where they
// left off: its file path when it was saved or opened, and its JSON (which by design holds no
// secret) so that an unsaved spec is not lost either.
class RecentSpec
{
public:
    static void remember(const SetupSpec &spec, const QString &path);
    // False when nothing usable is remembered.
    static bool restore(SetupSpec *spec, QString *path);
    static void forget();
};
