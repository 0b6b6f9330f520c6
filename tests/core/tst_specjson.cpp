#include "CoreTestSupport.h"
#include "spec/SpecJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSpecJson : public QObject
{
    Q_OBJECT

private slots:
    void readsTheContractExample();
    void defaultsForOptionalKeys();
    void roundTrip();
    void saveAndLoadFile();
    void unknownKeysAreWarnings();
    void secretsAreNeverKept();
    void badVersions_data();
    void badVersions();
    void typeErrorsNameTheField_data();
    void typeErrorsNameTheField();
    void notAJsonObject_data();
    void notAJsonObject();
    void missingFile();
    void serverRoles();
    void badRoleNamesTheField();
};

namespace {
QJsonObject contractObject()
{
    return QJsonDocument::fromJson(
               CoreTestSupport::readData(QStringLiteral("core/contract-example.json")))
        .object();
}

QByteArray withChange(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = contractObject();
    change(root);
    return QJsonDocument(root).toJson();
}
} // namespace

void TestSpecJson::readsTheContractExample()
{
    const SpecLoadResult r =
        SpecJson::fromJson(CoreTestSupport::readData(QStringLiteral("core/contract-example.json")));
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(r.spec.version, 1);
    QCOMPARE(r.spec.volume.name, QStringLiteral("var-www"));
    QCOMPARE(r.spec.volume.replica, 2);
    QCOMPARE(r.spec.volume.acknowledgeSplitBrainRisk, false);
    QCOMPARE(r.spec.mount.path, QStringLiteral("/var/www"));
    QCOMPARE(r.spec.web.server, WebSpec::Server::Apache);
    QCOMPARE(r.spec.web.testFile, QStringLiteral("html/index.html"));
    QCOMPARE(r.spec.web.testContent, QStringLiteral("Hello, World!"));
    QCOMPARE(r.spec.servers.size(), 2);
    const ServerSpec &s1 = r.spec.servers.at(0);
    QCOMPARE(s1.name, QStringLiteral("server01"));
    QCOMPARE(s1.publicAddress, QStringLiteral("37.153.173.244"));
    QCOMPARE(s1.privateName, QStringLiteral("server01-private"));
    QCOMPARE(s1.privateAddress, QStringLiteral("10.3.0.44"));
    QCOMPARE(s1.ssh.host, QStringLiteral("37.153.173.244"));
    QCOMPARE(s1.ssh.port, 22);
    QCOMPARE(s1.ssh.user, QStringLiteral("root"));
    QCOMPARE(s1.ssh.auth, SshSpec::Auth::Key);
    QCOMPARE(s1.ssh.identityFile, QStringLiteral("~/.ssh/id_ed25519"));
    QCOMPARE(s1.disk, QStringLiteral("/dev/vdb"));
    QCOMPARE(s1.brickPath(), QStringLiteral("/data/var-www/brick01/volume"));
    QCOMPARE(s1.glusterBrick(), QStringLiteral("server01-private:/data/var-www/brick01/volume"));
    const ServerSpec &s2 = r.spec.servers.at(1);
    QCOMPARE(s2.ssh.user, QStringLiteral("admin"));
    QCOMPARE(s2.ssh.auth, SshSpec::Auth::Password);
    QVERIFY(s2.ssh.identityFile.isEmpty());
}

void TestSpecJson::defaultsForOptionalKeys()
{
    const QByteArray json = withChange([](QJsonObject &root) {
        root.remove(QStringLiteral("mount"));
        root.remove(QStringLiteral("web"));
        QJsonObject volume = root.value(QStringLiteral("volume")).toObject();
        volume.remove(QStringLiteral("replica"));
        root.insert(QStringLiteral("volume"), volume);
        QJsonArray servers = root.value(QStringLiteral("servers")).toArray();
        QJsonObject s = servers.at(0).toObject();
        s.remove(QStringLiteral("brickDir"));
        QJsonObject ssh = s.value(QStringLiteral("ssh")).toObject();
        ssh.remove(QStringLiteral("port"));
        ssh.remove(QStringLiteral("user"));
        ssh.remove(QStringLiteral("auth"));
        s.insert(QStringLiteral("ssh"), ssh);
        servers.replace(0, s);
        root.insert(QStringLiteral("servers"), servers);
    });
    const SpecLoadResult r = SpecJson::fromJson(json);
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QCOMPARE(r.spec.mount.path, QStringLiteral("/var/www"));
    QCOMPARE(r.spec.volume.replica, 2);
    QCOMPARE(r.spec.web.testFile, QStringLiteral("html/index.html"));
    QCOMPARE(r.spec.servers.at(0).brickDir, QStringLiteral("volume"));
    QCOMPARE(r.spec.servers.at(0).ssh.port, 0); // from ~/.ssh/config or 22
    QVERIFY(r.spec.servers.at(0).ssh.user.isEmpty());
    QCOMPARE(r.spec.servers.at(0).ssh.auth, SshSpec::Auth::Key); // identityFile given
}

void TestSpecJson::roundTrip()
{
    SpecLoadResult first =
        SpecJson::fromJson(CoreTestSupport::readData(QStringLiteral("core/contract-example.json")));
    QVERIFY(first.ok());
    first.spec.volume.acknowledgeSplitBrainRisk = true;
    first.spec.web.testContent = QStringLiteral("it's \"quoted\" $(and) `more` 🌍");
    first.spec.web.server = WebSpec::Server::None;
    first.spec.servers[1].ssh.port = 0;
    const QByteArray saved = SpecJson::toJson(first.spec);
    const SpecLoadResult second = SpecJson::fromJson(saved);
    QVERIFY2(second.ok(), qPrintable(second.errors.join('\n')));
    QVERIFY(second.warnings.isEmpty());
    QCOMPARE(SpecJson::toJson(second.spec), saved);
    QCOMPARE(second.spec.web.testContent, first.spec.web.testContent);
    QCOMPARE(second.spec.web.server, WebSpec::Server::None);
    QCOMPARE(second.spec.volume.acknowledgeSplitBrainRisk, true);
    QCOMPARE(second.spec.servers.at(1).ssh.port, 0);
    QVERIFY(!saved.contains("\"port\": 0"));
    QCOMPARE(QJsonDocument::fromJson(saved).object().value(QStringLiteral("version")).toInt(), 1);
}

void TestSpecJson::saveAndLoadFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spec.json"));
    const SetupSpec spec = CoreTestSupport::loadSpec(QStringLiteral("core/lab-pair.json"));
    QString error;
    QVERIFY(SpecJson::save(spec, path, &error));
    const SpecLoadResult loaded = SpecJson::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(SpecJson::toJson(loaded.spec), SpecJson::toJson(spec));
    QVERIFY(!SpecJson::save(spec, dir.filePath(QStringLiteral("no/such/dir/spec.json")), &error));
    QVERIFY(error.contains(QStringLiteral("no/such/dir")));
}

void TestSpecJson::unknownKeysAreWarnings()
{
    const QByteArray json = withChange([](QJsonObject &root) {
        root.insert(QStringLiteral("comment"), QStringLiteral("x"));
        QJsonObject volume = root.value(QStringLiteral("volume")).toObject();
        volume.insert(QStringLiteral("replicas"), 3); // a typo of replica
        root.insert(QStringLiteral("volume"), volume);
        QJsonArray servers = root.value(QStringLiteral("servers")).toArray();
        QJsonObject s = servers.at(1).toObject();
        QJsonObject ssh = s.value(QStringLiteral("ssh")).toObject();
        ssh.insert(QStringLiteral("hostname"), QStringLiteral("x"));
        s.insert(QStringLiteral("ssh"), ssh);
        servers.replace(1, s);
        root.insert(QStringLiteral("servers"), servers);
    });
    const SpecLoadResult r = SpecJson::fromJson(json);
    QVERIFY(r.ok());
    QCOMPARE(r.warnings.size(), 3);
    QVERIFY(r.warnings.contains(QStringLiteral("comment: unknown key, ignored.")));
    QVERIFY(r.warnings.contains(QStringLiteral("volume.replicas: unknown key, ignored.")));
    QVERIFY(r.warnings.contains(QStringLiteral("servers[1].ssh.hostname: unknown key, ignored.")));
    QCOMPARE(r.spec.volume.replica, 2);
}

void TestSpecJson::secretsAreNeverKept()
{
    const QByteArray json = withChange([](QJsonObject &root) {
        QJsonArray servers = root.value(QStringLiteral("servers")).toArray();
        QJsonObject s = servers.at(1).toObject();
        QJsonObject ssh = s.value(QStringLiteral("ssh")).toObject();
        ssh.insert(QStringLiteral("password"), QStringLiteral("s3cret-value"));
        ssh.insert(QStringLiteral("keyPassphrase"), QStringLiteral("s3cret-value"));
        s.insert(QStringLiteral("ssh"), ssh);
        s.insert(QStringLiteral("sudoPassword"), QStringLiteral("s3cret-value"));
        servers.replace(1, s);
        root.insert(QStringLiteral("servers"), servers);
    });
    const SpecLoadResult r = SpecJson::fromJson(json);
    QVERIFY(r.ok());
    QCOMPARE(r.warnings.size(), 3);
    for (const QString &warning : r.warnings) {
        QVERIFY2(warning.contains(QStringLiteral("secrets are never read")), qPrintable(warning));
        QVERIFY(!warning.contains(QStringLiteral("s3cret")));
    }
    QVERIFY(!SpecJson::toJson(r.spec).contains("s3cret"));
}

void TestSpecJson::badVersions_data()
{
    QTest::addColumn<QJsonValue>("version");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined)
                             << QStringLiteral("version: this field is required.");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null)
                          << QStringLiteral("version: this field is required.");
    QTest::newRow("zero") << QJsonValue(0)
                          << QStringLiteral(
                                 "version: 0 is not a valid format version (expected 1).");
    QTest::newRow("negative") << QJsonValue(-1)
                              << QStringLiteral(
                                     "version: -1 is not a valid format version (expected 1).");
    QTest::newRow("newer") << QJsonValue(2)
                           << QStringLiteral("version: this spec is format version 2, written by a "
                                             "newer release; this release reads version 1.");
    QTest::newRow("text") << QJsonValue(QStringLiteral("1"))
                          << QStringLiteral("version: expected a whole number.");
    QTest::newRow("fraction") << QJsonValue(1.5)
                              << QStringLiteral("version: expected a whole number.");
    QTest::newRow("huge") << QJsonValue(1e30)
                          << QStringLiteral("version: expected a whole number.");
}

void TestSpecJson::badVersions()
{
    QFETCH(QJsonValue, version);
    QFETCH(QString, message);
    const QByteArray json = withChange([&version](QJsonObject &root) {
        if (version.isUndefined())
            root.remove(QStringLiteral("version"));
        else
            root.insert(QStringLiteral("version"), version);
    });
    const SpecLoadResult r = SpecJson::fromJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors, QStringList{message});
}

void TestSpecJson::typeErrorsNameTheField_data()
{
    QTest::addColumn<QString>("pointer"); // a/b/0/c
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("port as text") << "servers/0/ssh/port" << QJsonValue(QStringLiteral("22"))
                                  << "servers[0].ssh.port: expected a whole number.";
    QTest::newRow("replica as text") << "volume/replica" << QJsonValue(QStringLiteral("2"))
                                     << "volume.replica: expected a whole number.";
    QTest::newRow("name as number")
        << "volume/name" << QJsonValue(7) << "volume.name: expected a text value.";
    QTest::newRow("ack as text") << "volume/acknowledgeSplitBrainRisk"
                                 << QJsonValue(QStringLiteral("yes"))
                                 << "volume.acknowledgeSplitBrainRisk: expected true or false.";
    QTest::newRow("servers as object")
        << "servers" << QJsonValue(QJsonObject()) << "servers: expected a list ([ ... ]).";
    QTest::newRow("server as text") << "servers/1" << QJsonValue(QStringLiteral("x"))
                                    << "servers[1]: expected an object ({ ... }).";
    QTest::newRow("ssh as list") << "servers/1/ssh" << QJsonValue(QJsonArray())
                                 << "servers[1].ssh: expected an object ({ ... }).";
    QTest::newRow("missing disk") << "servers/0/disk" << QJsonValue(QJsonValue::Undefined)
                                  << "servers[0].disk: this field is required.";
    QTest::newRow("bad auth") << "servers/0/ssh/auth" << QJsonValue(QStringLiteral("kerberos"))
                              << "servers[0].ssh.auth: must be \"agent\", \"key\" or \"password\".";
    QTest::newRow("bad web server") << "web/server" << QJsonValue(QStringLiteral("nginx"))
                                    << "web.server: must be \"apache\" or \"none\".";
    QTest::newRow("missing volume")
        << "volume" << QJsonValue(QJsonValue::Undefined) << "volume: this field is required.";
}

namespace {
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, setAt(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, setAt(object.value(key), path, value));
    return object;
}
} // namespace

void TestSpecJson::typeErrorsNameTheField()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const QJsonValue root = setAt(contractObject(), pointer.split('/'), value);
    const SpecLoadResult r = SpecJson::fromJson(QJsonDocument(root.toObject()).toJson());
    QVERIFY(!r.ok());
    QVERIFY2(r.errors.contains(message), qPrintable(r.errors.join('\n')));
}

void TestSpecJson::notAJsonObject_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("start");
    QTest::newRow("empty") << QByteArray() << "Not valid JSON";
    QTest::newRow("truncated") << CoreTestSupport::readData("core/invalid.json")
                               << "Not valid JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << "A setup spec is a JSON object";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << "Not valid JSON";
    QTest::newRow("too large") << QByteArray(2 * 1024 * 1024, ' ')
                               << "The file is too large to be a setup spec.";
}

void TestSpecJson::notAJsonObject()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, start);
    const SpecLoadResult r = SpecJson::fromJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().startsWith(start), qPrintable(r.errors.first()));
}

void TestSpecJson::missingFile()
{
    const SpecLoadResult r = SpecJson::load(QStringLiteral("/nonexistent/ghw/spec.json"));
    QVERIFY(!r.ok());
    QVERIFY(r.errors.first().startsWith(QStringLiteral("Cannot read /nonexistent/ghw/spec.json")));
}

void TestSpecJson::serverRoles()
{
    // A pair's spec has no role (version 1 as before): every server is a data server, and saving
    // writes no role for them; an arbiter's role survives the round trip.
    const SpecLoadResult pair =
        SpecJson::fromJson(CoreTestSupport::readData(QStringLiteral("core/lab-pair.json")));
    QVERIFY2(pair.ok(), qPrintable(pair.errors.join('\n')));
    QCOMPARE(pair.spec.servers.at(0).role, ServerSpec::Role::Data);
    QCOMPARE(pair.spec.servers.at(1).role, ServerSpec::Role::Data);
    QVERIFY(!SpecJson::toJson(pair.spec).contains("\"role\""));

    const SpecLoadResult trio =
        SpecJson::fromJson(CoreTestSupport::readData(QStringLiteral("core/lab-arbiter.json")));
    QVERIFY2(trio.ok(), qPrintable(trio.errors.join('\n')));
    QVERIFY(trio.warnings.isEmpty());
    QCOMPARE(trio.spec.servers.at(2).role, ServerSpec::Role::Arbiter);
    const QByteArray saved = SpecJson::toJson(trio.spec);
    QCOMPARE(saved.count("\"role\": \"arbiter\""), 1);
    const SpecLoadResult again = SpecJson::fromJson(saved);
    QVERIFY(again.ok());
    QCOMPARE(again.spec.arbiterIndex(), 2);
    QCOMPARE(SpecJson::toJson(again.spec), saved);
}

void TestSpecJson::badRoleNamesTheField()
{
    QByteArray json = CoreTestSupport::readData(QStringLiteral("core/lab-arbiter.json"));
    json.replace("\"role\": \"arbiter\"", "\"role\": \"witness\"");
    const SpecLoadResult r = SpecJson::fromJson(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.errors.join('\n').contains("servers[2].role: must be \"data\" or \"arbiter\""),
             qPrintable(r.errors.join('\n')));
}

QTEST_GUILESS_MAIN(TestSpecJson)
#include "tst_specjson.moc"
