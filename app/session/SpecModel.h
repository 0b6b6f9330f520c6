#pragma once

#include "spec/FieldProblem.h"
#include "spec/SetupSpec.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

// The spec being edited in the wizard, and what is wrong with it. Every edit validates the
// whole spec once and keeps the problems, so the pages read them as often as they like without
// validating again. Pages name fields by the Field enum (and a server's index), never by the
// validator's path strings.
class SpecModel : public QObject
{
    Q_OBJECT
public:
    enum class Field {
        // of one server
        Name,
        PublicAddress,
        PrivateName,
        PrivateAddress,
        SshHost,
        SshPort,
        SshUser,
        SshAuth,
        SshIdentityFile,
        Disk,
        BrickMount,
        BrickDir,
        // of the whole pair
        Servers,
        VolumeName,
        VolumeReplica,
        AcknowledgeSplitBrainRisk,
        MountPath,
        WebTestFile,
        WebTestContent,
    };

    explicit SpecModel(QObject *parent = nullptr);

    const SetupSpec &spec() const { return m_spec; }
    int serverCount() const { return static_cast<int>(m_spec.servers.size()); }
    void setSpec(const SetupSpec &spec);
    void editSpec(const std::function<void(SetupSpec &)> &edit);

    // The validator's path of a field ("servers[1].privateAddress", "volume.name").
    static QString path(Field field, int server = -1);
    // Its name within a server ("ssh.host"), or its path for a field of the whole pair.
    static QString name(Field field);
    static bool isServerField(Field field);
    // The fields a page asks about together.
    static QList<Field> serverAddressFields(); // names, addresses and SSH
    static QList<Field> serverDiskFields();    // disk and brick
    static QList<Field> volumeFields();        // volume, mount and web

    const FieldProblems &problems() const { return m_problems; }
    QString problem(Field field, int server = -1) const;
    // No problem on any of the fields; a server field with server -1 means on every server.
    bool isValid(const QList<Field> &fields, int server = -1) const;
    bool isReady() const { return m_problems.isEmpty(); }
    // How many times the spec was validated (once per change).
    int validationCount() const { return m_validations; }

    bool openSpec(const QString &path, QString *error);
    bool saveSpec(const QString &path, QString *error);
    QString specPath() const { return m_specPath; }
    QStringList specWarnings() const { return m_specWarnings; }

signals:
    void changed();
    void serverCountChanged(int count);
    void readyChanged(bool ready);

private:
    void validate();

    SetupSpec m_spec;
    QString m_specPath;
    QStringList m_specWarnings;
    FieldProblems m_problems;
    QHash<QString, QString> m_messages; // field path -> its message
    int m_validations = 0;
};
