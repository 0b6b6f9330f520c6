#include "session/SpecModel.h"

#include "session/RecentSpec.h"
#include "spec/SpecJson.h"
#include "spec/SpecValidator.h"

SpecModel::SpecModel(QObject *parent)
    : QObject(parent)
{
    ServerSpec first;
    first.name = QStringLiteral("server01");
    first.privateName = QStringLiteral("server01-private");
    first.disk = QStringLiteral("/dev/vdb");
    first.brickMount = QStringLiteral("/data/var-www/brick01");
    ServerSpec second = first;
    second.name = QStringLiteral("server02");
    second.privateName = QStringLiteral("server02-private");
    second.brickMount = QStringLiteral("/data/var-www/brick02");
    m_spec.servers = {first, second};
    validate();
}

void SpecModel::setSpec(const SetupSpec &spec)
{
    editSpec([&spec](SetupSpec &edited) { edited = spec; });
}

void SpecModel::editSpec(const std::function<void(SetupSpec &)> &edit)
{
    const int count = serverCount();
    const bool wasReady = isReady();
    edit(m_spec);
    validate();
    if (serverCount() != count)
        emit serverCountChanged(serverCount());
    emit changed();
    if (isReady() != wasReady)
        emit readyChanged(isReady());
}

void SpecModel::validate()
{
    ++m_validations;
    m_problems = SpecValidator::validate(m_spec);
    m_messages.clear();
    for (const FieldProblem &problem : std::as_const(m_problems))
        m_messages.insert(problem.field, problem.message);
}

QString SpecModel::path(Field field, int server)
{
    if (isServerField(field))
        return QStringLiteral("servers[%1].%2").arg(server).arg(name(field));
    return name(field);
}

QString SpecModel::name(Field field)
{
    switch (field) {
    case Field::Name:
        return QStringLiteral("name");
    case Field::PublicAddress:
        return QStringLiteral("publicAddress");
    case Field::PrivateName:
        return QStringLiteral("privateName");
    case Field::PrivateAddress:
        return QStringLiteral("privateAddress");
    case Field::SshHost:
        return QStringLiteral("ssh.host");
    case Field::SshPort:
        return QStringLiteral("ssh.port");
    case Field::SshUser:
        return QStringLiteral("ssh.user");
    case Field::SshAuth:
        return QStringLiteral("ssh.auth");
    case Field::SshIdentityFile:
        return QStringLiteral("ssh.identityFile");
    case Field::Disk:
        return QStringLiteral("disk");
    case Field::BrickMount:
        return QStringLiteral("brickMount");
    case Field::BrickDir:
        return QStringLiteral("brickDir");
    case Field::Servers:
        return QStringLiteral("servers");
    case Field::VolumeName:
        return QStringLiteral("volume.name");
    case Field::VolumeReplica:
        return QStringLiteral("volume.replica");
    case Field::AcknowledgeSplitBrainRisk:
        return QStringLiteral("volume.acknowledgeSplitBrainRisk");
    case Field::MountPath:
        return QStringLiteral("mount.path");
    case Field::WebTestFile:
        return QStringLiteral("web.testFile");
    case Field::WebTestContent:
        return QStringLiteral("web.testContent");
    }
    return QString();
}

bool SpecModel::isServerField(Field field)
{
    return field < Field::Servers;
}

QList<SpecModel::Field> SpecModel::serverAddressFields()
{
    return {Field::Name,           Field::PublicAddress, Field::PrivateName,
            Field::PrivateAddress, Field::SshHost,       Field::SshPort,
            Field::SshUser,        Field::SshAuth,       Field::SshIdentityFile};
}

QList<SpecModel::Field> SpecModel::serverDiskFields()
{
    return {Field::Disk, Field::BrickMount, Field::BrickDir};
}

QList<SpecModel::Field> SpecModel::volumeFields()
{
    return {Field::VolumeName, Field::VolumeReplica, Field::AcknowledgeSplitBrainRisk,
            Field::MountPath,  Field::WebTestFile,   Field::WebTestContent};
}

QString SpecModel::problem(Field field, int server) const
{
    return m_messages.value(path(field, server));
}

bool SpecModel::isValid(const QList<Field> &fields, int server) const
{
    for (Field field : fields) {
        if (!isServerField(field) || server >= 0) {
            if (m_messages.contains(path(field, server)))
                return false;
            continue;
        }
        for (int i = 0; i < serverCount(); ++i) {
            if (m_messages.contains(path(field, i)))
                return false;
        }
    }
    return true;
}

bool SpecModel::openSpec(const QString &path, QString *error)
{
    const SpecLoadResult loaded = SpecJson::load(path);
    if (!loaded.ok()) {
        *error = loaded.errors.join(QLatin1Char('\n'));
        return false;
    }
    m_specPath = path;
    m_specWarnings = loaded.warnings;
    setSpec(loaded.spec);
    RecentSpec::remember(m_spec, m_specPath);
    return true;
}

bool SpecModel::saveSpec(const QString &path, QString *error)
{
    if (!SpecJson::save(m_spec, path, error))
        return false;
    m_specPath = path;
    RecentSpec::remember(m_spec, m_specPath);
    return true;
}
