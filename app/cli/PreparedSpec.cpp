#include "PreparedSpec.h"

#include "AppInfo.h"
#include "spec/SpecJson.h"
#include "spec/SpecValidator.h"

bool PreparedSpec::prepare(const CliOptions &options, PreparedSpec *prepared, QTextStream &err)
{
    const QString program = AppInfo::executableName();
    const SpecLoadResult loaded = SpecJson::load(options.specPath);
    for (const QString &warning : loaded.warnings)
        err << program << ": " << tr("warning: %1").arg(warning) << '\n';
    if (!loaded.ok()) {
        err << program << ": " << tr("%1 is not a usable spec:").arg(options.specPath) << '\n';
        for (const QString &error : loaded.errors)
            err << "  " << error << '\n';
        return false;
    }
    prepared->spec = loaded.spec;
    if (options.acceptSplitBrainRisk)
        prepared->spec.volume.acknowledgeSplitBrainRisk = true;

    const FieldProblems problems = SpecValidator::validate(prepared->spec);
    if (!problems.isEmpty()) {
        err << program << ": " << tr("%1 has problems:").arg(options.specPath) << '\n';
        for (const QString &line : SpecValidator::describe(problems))
            err << "  " << line << '\n';
        return false;
    }
    for (const QString &text : options.wipes) {
        WipeRequest request;
        QString error;
        if (!WipeRequest::parse(text, prepared->spec, &request, &error)) {
            err << program << ": " << error << '\n';
            return false;
        }
        if (!prepared->wipes.contains(request))
            prepared->wipes << request;
    }
    return true;
}
