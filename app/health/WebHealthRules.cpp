#include "health/WebHealthRules.h"

#include "health/HealthCommands.h"
#include "health/HealthContext.h"
#include "health/HealthFixCommands.h"
#include "health/MountHealthRules.h"

#include <QCoreApplication>

namespace {
// Bodies shown in a reason are cut: a large error page would drown the report.
constexpr int MaxBodyShown = 80;

HealthCheck httpCheck(const HealthContext &context, const ServerObservation &server)
{
    const HttpObservation &http = server.http;
    const QString title = QCoreApplication::translate("WebHealthRules", "Web test file");
    // What the volume holds at the test file, read through this server's mount, is what it must
    // serve: the site's own page where there was one (the setup's replication test never
    // overwrites it). Only when it could not be read, the spec's test content.
    const QString expected = server.servedFile.succeeded()
                                 ? QString::fromUtf8(server.servedFile.output).trimmed()
                                 : context.observations().expectedBody.trimmed();
    HealthCheck check;
    if (http.statusCode == 0 && MountHealthRules::nothingMounted(server)) {
        // The plan makes the web server wait for the volume's mount (RequiresMountsFor), so
        // that it never serves the empty folder underneath: no mount, no web server.
        check = HealthCheck::make(
            QStringLiteral("http"), server.name, title, HealthCheck::State::Fail,
            QCoreApplication::translate("WebHealthRules",
                                        "No HTTP answer from %1 (%2): the volume is not "
                                        "mounted on %3 here, and the web server does not run "
                                        "without it (it waits for the mount rather than serve "
                                        "an empty folder). Mount the volume, then start the "
                                        "web server.")
                .arg(http.url, http.error, context.observations().mountPath));
        check.fixCommands.append(
            HealthFixCommands::mountFromFstab(context.observations().mountPath));
    } else if (http.statusCode == 0) {
        check = HealthCheck::make(
            QStringLiteral("http"), server.name, title, HealthCheck::State::Fail,
            QCoreApplication::translate("WebHealthRules",
                                        "No HTTP answer from %1 (%2): the web server is down "
                                        "or unreachable.")
                .arg(http.url, http.error));
    } else if (http.statusCode != 200) {
        check = HealthCheck::make(
            QStringLiteral("http"), server.name, title, HealthCheck::State::Fail,
            QCoreApplication::translate("WebHealthRules",
                                        "%1 answered HTTP %2. A 403 or an empty page often "
                                        "means the file cannot be read from the volume "
                                        "(split-brain, or the volume is not mounted).")
                .arg(http.url, QString::number(http.statusCode)));
    } else if (!expected.isEmpty() &&
               QString::fromUtf8(http.body.left(HealthCommands::ServedFileLimit)).trimmed() !=
                   expected) {
        check = HealthCheck::make(
            QStringLiteral("http"), server.name, title, HealthCheck::State::Fail,
            QCoreApplication::translate("WebHealthRules",
                                        "%1 answered, but with \"%2\" instead of \"%3\": this "
                                        "web server does not read the replicated files.")
                .arg(http.url, QString::fromUtf8(http.body).trimmed().left(MaxBodyShown),
                     expected.left(MaxBodyShown)));
    } else {
        check = HealthCheck::make(
            QStringLiteral("http"), server.name, title, HealthCheck::State::Ok,
            QCoreApplication::translate("WebHealthRules", "%1 serves the test file.")
                .arg(http.url));
    }
    check.subject = http.url;
    return check;
}

HealthCheck replicationCheck(const ReplicationObservation &replication)
{
    const QString title = QCoreApplication::translate("WebHealthRules", "Replication");
    const QString subject = QCoreApplication::translate("WebHealthRules", "%1 to %2")
                                .arg(replication.writer, replication.reader);
    HealthCheck check;
    if (!replication.written) {
        check = HealthCheck::make(
            QStringLiteral("replication"), replication.writer, title, HealthCheck::State::Fail,
            QCoreApplication::translate("WebHealthRules",
                                        "A file could not be written to the volume on %1: the "
                                        "site cannot store anything. %2")
                .arg(replication.writer, replication.detail));
        check.breaksService = true;
    } else if (!replication.readBack) {
        check = HealthCheck::make(
            QStringLiteral("replication"), replication.reader, title, HealthCheck::State::Fail,
            QCoreApplication::translate("WebHealthRules",
                                        "A file written on %1 did not show up on %2: the "
                                        "servers do not share their files. %3")
                .arg(replication.writer, replication.reader, replication.detail));
    } else if (replication.writer == replication.reader) {
        check = HealthCheck::make(
            QStringLiteral("replication"), QString(), title, HealthCheck::State::Ok,
            QCoreApplication::translate("WebHealthRules",
                                        "A file written on %1 was read back there; no other "
                                        "server could be reached to see it replicated.")
                .arg(replication.writer));
    } else {
        check = HealthCheck::make(QStringLiteral("replication"), QString(), title,
                                  HealthCheck::State::Ok,
                                  QCoreApplication::translate(
                                      "WebHealthRules", "A file written on %1 was read back on %2.")
                                      .arg(replication.writer, replication.reader));
    }
    check.subject = subject;
    return check;
}
} // namespace

void WebHealthRules::append(const HealthContext &context, QList<HealthCheck> *checks)
{
    // HTTP is asked from the workstation, so it is checked even where SSH fails.
    const qsizetype first = checks->size();
    bool anyServed = false;
    bool anyAsked = false;
    for (const ServerObservation &server : context.observations().servers) {
        if (!server.http.ran)
            continue;
        anyAsked = true;
        const HealthCheck check = httpCheck(context, server);
        anyServed = anyServed || check.state == HealthCheck::State::Ok;
        checks->append(check);
    }
    if (anyAsked && !anyServed) {
        // Not one address serves the site: that is an outage, not a loss of redundancy.
        for (qsizetype i = first; i < checks->size(); ++i)
            (*checks)[i].breaksService = true;
    }
    if (context.observations().replication.ran)
        checks->append(replicationCheck(context.observations().replication));
}
