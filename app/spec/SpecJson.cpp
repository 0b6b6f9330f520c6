#include "spec/SpecJson.h"

#include "spec/JsonFieldReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
// A spec file is a few KiB; anything far larger is not a spec and is refused before parsing.
constexpr qint64 kMaxSpecBytes = 1024 * 1024;

ServerSpec readServer(const QJsonObject &object, const QString &path, QStringList *errors,
                      QStringList *warnings)
{
    ServerSpec server;
    JsonFieldReader r(object, path, errors, warnings);
    r.readString(QStringLiteral("name"), &server.name, true);
    QString role = ServerSpec::roleName(server.role);
    r.readString(QStringLiteral("role"), &role);
    if (!ServerSpec::roleFromName(role, &server.role)) {
        r.error(SpecJson::tr("%1: must be \"data\" or \"arbiter\".")
                    .arg(r.pathOf(QStringLiteral("role"))));
    }
    r.readString(QStringLiteral("publicAddress"), &server.publicAddress, true);
    r.readString(QStringLiteral("privateName"), &server.privateName, true);
    r.readString(QStringLiteral("privateAddress"), &server.privateAddress, true);
    r.readString(QStringLiteral("disk"), &server.disk, true);
    r.readString(QStringLiteral("brickMount"), &server.brickMount, true);
    r.readString(QStringLiteral("brickDir"), &server.brickDir);

    const QJsonObject sshObject = r.object(QStringLiteral("ssh"), true);
    JsonFieldReader s(sshObject, r.pathOf(QStringLiteral("ssh")), errors, warnings);
    s.readString(QStringLiteral("host"), &server.ssh.host, true);
    s.readInt(QStringLiteral("port"), &server.ssh.port);
    s.readString(QStringLiteral("user"), &server.ssh.user);
    s.readString(QStringLiteral("identityFile"), &server.ssh.identityFile);
    QString auth =
        server.ssh.identityFile.isEmpty() ? QStringLiteral("agent") : QStringLiteral("key");
    s.readString(QStringLiteral("auth"), &auth);
    if (!SshSpec::authFromName(auth, &server.ssh.auth)) {
        s.error(SpecJson::tr("%1: must be \"agent\", \"key\" or \"password\".")
                    .arg(s.pathOf(QStringLiteral("auth"))));
    }
    if (!sshObject.isEmpty())
        s.finish();
    r.finish();
    return server;
}

void readSpec(const QJsonObject &root, SpecLoadResult *result)
{
    QStringList *errors = &result->errors;
    QStringList *warnings = &result->warnings;
    SetupSpec &spec = result->spec;
    JsonFieldReader r(root, QString(), errors, warnings);

    int version = 0;
    r.readInt(QStringLiteral("version"), &version, true);
    if (!errors->isEmpty())
        return; // without a readable version nothing else can be trusted
    if (version > SetupSpec::kCurrentVersion) {
        errors->append(SpecJson::tr("version: this spec is format version %1, written by a newer "
                                    "release; this release reads version %2.")
                           .arg(version)
                           .arg(SetupSpec::kCurrentVersion));
        return;
    }
    if (version < 1) {
        errors->append(SpecJson::tr("version: %1 is not a valid format version (expected %2).")
                           .arg(version)
                           .arg(SetupSpec::kCurrentVersion));
        return;
    }
    spec.version = version;

    const QJsonObject volume = r.object(QStringLiteral("volume"), true);
    JsonFieldReader v(volume, QStringLiteral("volume"), errors, warnings);
    v.readString(QStringLiteral("name"), &spec.volume.name, true);
    v.readInt(QStringLiteral("replica"), &spec.volume.replica);
    v.readBool(QStringLiteral("acknowledgeSplitBrainRisk"), &spec.volume.acknowledgeSplitBrainRisk);
    v.finish();

    const QJsonObject mount = r.object(QStringLiteral("mount"));
    JsonFieldReader m(mount, QStringLiteral("mount"), errors, warnings);
    m.readString(QStringLiteral("path"), &spec.mount.path);
    m.finish();

    const QJsonObject web = r.object(QStringLiteral("web"));
    JsonFieldReader w(web, QStringLiteral("web"), errors, warnings);
    QString server = WebSpec::serverName(spec.web.server);
    w.readString(QStringLiteral("server"), &server);
    if (!WebSpec::serverFromName(server, &spec.web.server)) {
        errors->append(SpecJson::tr("web.server: must be \"apache\" or \"none\"."));
    }
    w.readString(QStringLiteral("testFile"), &spec.web.testFile);
    w.readString(QStringLiteral("testContent"), &spec.web.testContent);
    w.finish();

    const QJsonArray servers = r.array(QStringLiteral("servers"), true);
    for (int i = 0; i < servers.size(); ++i) {
        const QString path = QStringLiteral("servers[%1]").arg(i);
        if (!servers.at(i).isObject()) {
            errors->append(SpecJson::tr("%1: expected an object ({ ... }).").arg(path));
            continue;
        }
        spec.servers.append(readServer(servers.at(i).toObject(), path, errors, warnings));
    }
    r.finish();
}

QJsonObject serverToJson(const ServerSpec &server)
{
    QJsonObject ssh{{QStringLiteral("host"), server.ssh.host},
                    {QStringLiteral("auth"), SshSpec::authName(server.ssh.auth)}};
    if (server.ssh.port != 0)
        ssh.insert(QStringLiteral("port"), server.ssh.port);
    if (!server.ssh.user.isEmpty())
        ssh.insert(QStringLiteral("user"), server.ssh.user);
    if (!server.ssh.identityFile.isEmpty())
        ssh.insert(QStringLiteral("identityFile"), server.ssh.identityFile);
    QJsonObject object{{QStringLiteral("name"), server.name},
                       {QStringLiteral("publicAddress"), server.publicAddress},
                       {QStringLiteral("privateName"), server.privateName},
                       {QStringLiteral("privateAddress"), server.privateAddress},
                       {QStringLiteral("ssh"), ssh},
                       {QStringLiteral("disk"), server.disk},
                       {QStringLiteral("brickMount"), server.brickMount},
                       {QStringLiteral("brickDir"), server.brickDir}};
    // "data" is the default: a pair's spec stays as it was written before roles existed.
    if (server.isArbiter())
        object.insert(QStringLiteral("role"), ServerSpec::roleName(server.role));
    return object;
}
} // namespace

SpecLoadResult SpecJson::fromJson(const QByteArray &json)
{
    SpecLoadResult result;
    if (json.size() > kMaxSpecBytes) {
        result.errors.append(tr("The file is too large to be a setup spec."));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append(tr("Not valid JSON (at byte %1): %2")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
        return result;
    }
    if (!document.isObject()) {
        result.errors.append(tr("A setup spec is a JSON object ({ ... })."));
        return result;
    }
    readSpec(document.object(), &result);
    return result;
}

SpecLoadResult SpecJson::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SpecLoadResult result;
        result.errors.append(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return result;
    }
    return fromJson(file.read(kMaxSpecBytes + 1));
}

QByteArray SpecJson::toJson(const SetupSpec &spec)
{
    QJsonObject volume{{QStringLiteral("name"), spec.volume.name},
                       {QStringLiteral("replica"), spec.volume.replica}};
    if (spec.volume.acknowledgeSplitBrainRisk)
        volume.insert(QStringLiteral("acknowledgeSplitBrainRisk"), true);
    QJsonArray servers;
    for (const ServerSpec &server : spec.servers)
        servers.append(serverToJson(server));
    const QJsonObject root{
        {QStringLiteral("version"), SetupSpec::kCurrentVersion},
        {QStringLiteral("volume"), volume},
        {QStringLiteral("mount"), QJsonObject{{QStringLiteral("path"), spec.mount.path}}},
        {QStringLiteral("web"),
         QJsonObject{{QStringLiteral("server"), WebSpec::serverName(spec.web.server)},
                     {QStringLiteral("testFile"), spec.web.testFile},
                     {QStringLiteral("testContent"), spec.web.testContent}}},
        {QStringLiteral("servers"), servers}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool SpecJson::save(const SetupSpec &spec, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(spec)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
