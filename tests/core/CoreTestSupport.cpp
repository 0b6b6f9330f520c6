#include "CoreTestSupport.h"

#include "spec/SpecJson.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryFile>

namespace CoreTestSupport {

ProcessResult run(const QString &program, const QStringList &arguments, const QByteArray &input,
                  const QStringList &extraEnvironment)
{
    ProcessResult result;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    for (const QString &entry : extraEnvironment) {
        const int eq = entry.indexOf(QLatin1Char('='));
        environment.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return result;
    result.started = true;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult bash(const QString &script, const QStringList &arguments)
{
    return run(QStringLiteral("bash"),
               QStringList{QStringLiteral("-c"), script, QStringLiteral("bash")} + arguments);
}

namespace {
QString writeTemporary(const QString &text, QTemporaryFile *file)
{
    if (!file->open())
        return QString();
    file->write(text.toUtf8());
    file->flush();
    return file->fileName();
}
} // namespace

QString shellcheck(const QString &bashText)
{
    QTemporaryFile file;
    const QString path = writeTemporary(QStringLiteral("#!/bin/bash\n") + bashText, &file);
    const ProcessResult r =
        run(QStringLiteral("shellcheck"), {QStringLiteral("-s"), QStringLiteral("bash"), path});
    if (!r.started)
        return QStringLiteral("shellcheck could not be started: install the shellcheck package");
    if (r.exitCode == 0)
        return QString();
    return QString::fromUtf8(r.out + r.err);
}

QString bashSyntax(const QString &bashText)
{
    QTemporaryFile file;
    const QString path = writeTemporary(bashText, &file);
    const ProcessResult r = run(QStringLiteral("bash"), {QStringLiteral("-n"), path});
    if (!r.started)
        return QStringLiteral("bash could not be started");
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(GHW_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

SetupSpec loadSpec(const QString &relative)
{
    return SpecJson::fromJson(readData(relative)).spec;
}

namespace {
HostFacts freshServer(const SetupSpec &spec)
{
    HostFacts facts;
    facts.systemd = true;
    facts.firewall = FirewallKind::None;
    for (const ServerSpec &server : spec.servers)
        facts.names.append({server.privateName, {server.privateAddress}});
    facts.disk.device = spec.servers.value(0).disk;
    facts.disk.exists = true;
    facts.disk.isBlockDevice = true;
    return facts;
}
} // namespace

HostFacts debianFacts(const SetupSpec &spec)
{
    HostFacts facts = freshServer(spec);
    facts.os.id = QStringLiteral("debian");
    facts.os.versionId = QStringLiteral("12");
    facts.os.prettyName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    facts.packageManager = PackageManager::Apt;
    facts.selinux = SelinuxMode::Absent;
    return facts;
}

HostFacts fedoraFacts(const SetupSpec &spec, SelinuxMode selinux, FirewallKind firewall)
{
    HostFacts facts = freshServer(spec);
    facts.os.id = QStringLiteral("fedora");
    facts.os.versionId = QStringLiteral("40");
    facts.os.prettyName = QStringLiteral("Fedora Linux 40 (Server Edition)");
    facts.packageManager = PackageManager::Dnf;
    facts.selinux = selinux;
    facts.firewall = firewall;
    return facts;
}

} // namespace CoreTestSupport
