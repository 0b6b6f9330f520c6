#include "spec/WipeRequest.h"

#include "spec/FieldRules.h"

bool WipeRequest::parse(const QString &text, const SetupSpec &spec, WipeRequest *request,
                        QString *error)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1) {
        *error = tr("--wipe expects SERVER:DEVICE, for example server01:/dev/vdb; got \"%1\".")
                     .arg(text);
        return false;
    }
    const QString server = text.left(colon);
    const QString device = text.mid(colon + 1);
    const int index = spec.indexOfServer(server);
    if (index < 0) {
        *error = tr("--wipe %1: there is no server named \"%2\" in the spec.").arg(text, server);
        return false;
    }
    const QString deviceProblem = FieldRules::devicePath(device);
    if (!deviceProblem.isEmpty()) {
        *error = QStringLiteral("--wipe %1: %2").arg(text, deviceProblem);
        return false;
    }
    if (spec.servers.at(index).disk != device) {
        *error = tr("--wipe %1: the disk of %2 in the spec is %3, not %4.")
                     .arg(text, server, spec.servers.at(index).disk, device);
        return false;
    }
    request->server = server;
    request->device = device;
    return true;
}

bool WipeRequest::covers(const QList<WipeRequest> &wipes, const QString &server,
                         const QString &device)
{
    return find(wipes, server, device) != nullptr;
}

const WipeRequest *WipeRequest::find(const QList<WipeRequest> &wipes, const QString &server,
                                     const QString &device)
{
    for (const WipeRequest &wipe : wipes) {
        if (wipe.server == server && wipe.device == device)
            return &wipe;
    }
    return nullptr;
}

QList<WipeRequest> WipeRequest::bound(const QList<WipeRequest> &wipes, const SetupSpec &spec,
                                      const QStringList &identities)
{
    QList<WipeRequest> out;
    for (WipeRequest wipe : wipes) {
        const int index = spec.indexOfServer(wipe.server);
        wipe.identity = index >= 0 && spec.servers.at(index).disk == wipe.device
                            ? identities.value(index)
                            : QString();
        out << wipe;
    }
    return out;
}
