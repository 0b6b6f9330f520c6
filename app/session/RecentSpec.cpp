#include "session/RecentSpec.h"

#include "spec/SpecJson.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const char *const kPathKey = "lastSpec/path";
const char *const kJsonKey = "lastSpec/json";
} // namespace

void RecentSpec::remember(const SetupSpec &spec, const QString &path)
{
    QSettings settings;
    settings.setValue(QLatin1String(kPathKey), path);
    settings.setValue(QLatin1String(kJsonKey), QString::fromUtf8(SpecJson::toJson(spec)));
}

bool RecentSpec::restore(SetupSpec *spec, QString *path)
{
    QSettings settings;
    const QString savedPath = settings.value(QLatin1String(kPathKey)).toString();
    // The file wins when it still exists: it may have been edited since.
    if (!savedPath.isEmpty() && QFileInfo::exists(savedPath)) {
        const SpecLoadResult loaded = SpecJson::load(savedPath);
        if (loaded.ok()) {
            *spec = loaded.spec;
            *path = savedPath;
            return true;
        }
    }
    const QString json = settings.value(QLatin1String(kJsonKey)).toString();
    if (json.isEmpty())
        return false;
    const SpecLoadResult loaded = SpecJson::fromJson(json.toUtf8());
    if (!loaded.ok())
        return false;
    *spec = loaded.spec;
    path->clear();
    return true;
}

void RecentSpec::forget()
{
    QSettings settings;
    settings.remove(QStringLiteral("lastSpec"));
}
