#include "facts/HostFacts.h"
#include "session/ConnectionModel.h"
#include "session/PlanModel.h"
#include "session/RecentSpec.h"
#include "session/RunModel.h"
#include "session/SetupSession.h"
#include "session/SpecModel.h"
#include "spec/SpecJson.h"
#include "spec/SpecValidator.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The wizard's models without a window: field problems by Field (validated once per change),
// the disk decisions that become --wipe, opening and saving specs, remembering the last one,
// facts that are stale once one of their inputs changed, and refusing to plan unconnected.
class TestSetupSession : public QObject
{
    Q_OBJECT

    static SetupSpec loadSpec(const char *name)
    {
        const SpecLoadResult loaded =
            SpecJson::load(QStringLiteral(GHW_TEST_DATA_DIR "/core/%1").arg(QLatin1String(name)));
        if (!loaded.ok())
            qFatal("%s: %s", name, qPrintable(loaded.errors.join('\n')));
        return loaded.spec;
    }
    static SetupSpec labSpec() { return loadSpec("lab-pair.json"); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentSpec::forget();
    }

    void problemsAreFoundByField()
    {
        SpecModel model;
        model.setSpec(labSpec());
        QSignalSpy changed(&model, &SpecModel::changed);
        model.editSpec([](SetupSpec &spec) {
            spec.servers[1].privateAddress = QStringLiteral("not an address");
            spec.volume.acknowledgeSplitBrainRisk = false;
        });
        QCOMPARE(changed.size(), 1);
        using Field = SpecModel::Field;
        QVERIFY(!model.problem(Field::PrivateAddress, 1).isEmpty());
        QCOMPARE(model.problem(Field::PrivateAddress, 1),
                 SpecValidator::messageFor(model.problems(), "servers[1].privateAddress"));
        QVERIFY(model.problem(Field::PrivateAddress, 0).isEmpty());
        QVERIFY(!model.isValid({Field::PrivateAddress}, 1));
        QVERIFY(!model.isValid({Field::PrivateAddress})); // on any server
        QVERIFY(model.isValid({Field::PrivateName}, 1));
        QVERIFY(model.isValid(SpecModel::serverAddressFields(), 0));
        QVERIFY(!model.isValid(SpecModel::serverAddressFields(), 1));
        QVERIFY(model.isValid(SpecModel::serverDiskFields()));
        QVERIFY(!model.isValid(SpecModel::volumeFields())); // the acknowledgement
        QVERIFY(!model.problem(Field::AcknowledgeSplitBrainRisk).isEmpty());
        model.editSpec([](SetupSpec &spec) { spec.volume.acknowledgeSplitBrainRisk = true; });
        QVERIFY(model.isValid(SpecModel::volumeFields()));
    }

    // Every path the validator names is one Field's path: no message is lost to a page.
    void everyProblemHasAField()
    {
        SetupSpec broken = labSpec();
        broken.volume = {};
        broken.volume.replica = 5;
        broken.mount.path = QStringLiteral("relative");
        broken.web.testFile = QStringLiteral("/abs");
        broken.web.testContent = QStringLiteral("two\nlines");
        for (ServerSpec &server : broken.servers) {
            server = ServerSpec();
            server.ssh.port = 99999;
            server.ssh.host = QStringLiteral("bad host");
            server.ssh.user = QStringLiteral("bad user");
            server.ssh.auth = SshSpec::Auth::Key;
            server.brickDir = QStringLiteral("a/b");
        }
        broken.servers.resize(1);
        SpecModel model;
        model.setSpec(broken);
        QVERIFY(model.problems().size() > 10);
        QStringList paths;
        for (int f = 0; f <= int(SpecModel::Field::WebTestContent); ++f) {
            const auto field = SpecModel::Field(f);
            paths << SpecModel::path(field, SpecModel::isServerField(field) ? 0 : -1);
        }
        for (const FieldProblem &problem : model.problems())
            QVERIFY2(paths.contains(problem.field), qPrintable(problem.field));
    }

    // One change validates the spec once, however often the pages ask about its fields; ready
    // is announced when it changes.
    void validatesOncePerChange()
    {
        SpecModel model;
        model.setSpec(labSpec());
        QVERIFY(model.isReady());
        QSignalSpy ready(&model, &SpecModel::readyChanged);
        const int before = model.validationCount();
        model.editSpec([](SetupSpec &spec) { spec.servers[1].privateAddress += QLatin1Char('x'); });
        for (int i = 0; i < 30; ++i) {
            model.problem(SpecModel::Field::PrivateAddress, 1);
            model.isValid(SpecModel::serverAddressFields());
        }
        QCOMPARE(model.validationCount() - before, 1);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().toBool(), false);
        model.editSpec([](SetupSpec &spec) { spec.servers[1].privateAddress.chop(1); });
        QCOMPARE(ready.size(), 2);
        QCOMPARE(ready.last().first().toBool(), true);
        model.editSpec([](SetupSpec &spec) { spec.volume.name = QStringLiteral("other"); });
        QCOMPARE(ready.size(), 2); // still ready: nothing to announce
    }

    void serverCountChangesAreAnnounced()
    {
        SetupSession session;
        QCOMPARE(session.spec()->serverCount(), 2);
        QSignalSpy count(session.spec(), &SpecModel::serverCountChanged);
        session.spec()->setSpec(loadSpec("three-servers.json"));
        QCOMPARE(count.size(), 1);
        QCOMPARE(count.first().first().toInt(), 3);
        QVERIFY2(session.spec()->isReady(),
                 qPrintable(SpecValidator::describe(session.spec()->problems()).join('\n')));
        // The decisions follow: one per server.
        session.connection()->setSecret(2, QStringLiteral("third"));
        QCOMPARE(session.connection()->secret(2), QStringLiteral("third"));
        session.plan()->setFormatConfirmed(2, true);
        QVERIFY(session.plan()->formatConfirmed(2));
    }

    void diskConfirmationsBecomeWipeRequests()
    {
        SetupSession session;
        session.spec()->setSpec(labSpec());
        PlanModel *plan = session.plan();
        QVERIFY(plan->wipes().isEmpty());
        QVERIFY(!plan->destructiveConfirmed());
        // Ticking "format" for a blank disk confirms formatting it, and permits no wipe.
        plan->setFormatConfirmed(0, true);
        plan->setFormatConfirmed(1, true);
        QVERIFY(plan->destructiveConfirmed());
        QVERIFY(plan->wipes().isEmpty());
        // Only the typed name of the disk grants a wipe (bound to the disk's identity once its
        // facts are in: none were gathered here, so it is not bound yet and permits nothing).
        plan->setWipeTyped(1, QStringLiteral("/dev/vdb"));
        QCOMPARE(
            plan->wipes(),
            QList<WipeRequest>({{QStringLiteral("server02"), QStringLiteral("/dev/vdb"), {}}}));
        QVERIFY(!plan->wipes().first().isBound());
        // A name typed for another disk than the chosen one grants nothing.
        plan->setWipeTyped(0, QStringLiteral("/dev/vdc"));
        QCOMPARE(plan->wipes().size(), 1);
        // Withdrawing the confirmation withdraws the wipe.
        plan->setFormatConfirmed(1, false);
        QVERIFY(plan->wipes().isEmpty());
        QVERIFY(!plan->destructiveConfirmed());
        plan->setFormatConfirmed(7, true); // out of range: ignored
        plan->setWipeTyped(7, QStringLiteral("/dev/vdb"));
        QVERIFY(plan->wipes().isEmpty());
    }

    // The facts hold for the choices they were read for: another disk, private name or
    // address, volume name or web server makes them stale (and the plan reads them again
    // first; tests/lab/tst_diskguard shows the re-reading on real servers).
    void factsAreStaleOnceAnInputChanged()
    {
        using Edit = std::function<void(SetupSpec &)>;
        const QList<QPair<const char *, Edit>> edits = {
            {"disk", [](SetupSpec &s) { s.servers[0].disk = QStringLiteral("/dev/vdc"); }},
            {"peer's private name",
             [](SetupSpec &s) { s.servers[1].privateName = QStringLiteral("renamed-private"); }},
            {"peer's private address",
             [](SetupSpec &s) { s.servers[1].privateAddress = QStringLiteral("198.18.0.99"); }},
            {"volume name", [](SetupSpec &s) { s.volume.name = QStringLiteral("clash"); }},
            {"web server", [](SetupSpec &s) { s.web.server = WebSpec::Server::None; }},
        };
        for (const auto &[what, edit] : edits) {
            SetupSession session;
            session.spec()->setSpec(labSpec());
            QSignalSpy factsChanged(session.plan(), &PlanModel::factsChanged);
            session.plan()->setFacts({HostFacts(), HostFacts()}, session.spec()->spec());
            QCOMPARE(factsChanged.size(), 1);
            QVERIFY2(!session.plan()->factsAreStale(), what);
            session.spec()->editSpec(edit);
            QVERIFY2(session.plan()->factsAreStale(), what);
        }
        // Facts never read are stale too.
        SetupSession fresh;
        QVERIFY(fresh.plan()->factsAreStale());
    }

    void secretsStayOutOfTheSpec()
    {
        SetupSession session;
        session.spec()->setSpec(labSpec());
        session.connection()->setSecret(0, QStringLiteral("s3cret-canary"));
        session.connection()->setRememberSecret(0, true);
        QCOMPARE(session.connection()->secret(0), QStringLiteral("s3cret-canary"));
        QVERIFY(session.connection()->rememberSecret(0));
        QVERIFY(!SpecJson::toJson(session.spec()->spec()).contains("s3cret-canary"));
        QTemporaryDir dir;
        QString error;
        QVERIFY(session.spec()->saveSpec(dir.filePath("pair.json"), &error));
        QFile saved(dir.filePath("pair.json"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("s3cret-canary"));
    }

    void opensAndSavesSpecs()
    {
        SpecModel model;
        QString error;
        QVERIFY(!model.openSpec("/nonexistent/spec.json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(model.openSpec(GHW_TEST_DATA_DIR "/core/unknown-keys.json", &error));
        QVERIFY(!model.specWarnings().isEmpty());
        QVERIFY(model.openSpec(GHW_TEST_DATA_DIR "/core/lab-pair.json", &error));
        QCOMPARE(model.specPath(), QStringLiteral(GHW_TEST_DATA_DIR "/core/lab-pair.json"));
        QCOMPARE(model.spec().servers.at(1).name, QStringLiteral("server02"));
        QTemporaryDir dir;
        model.editSpec([](SetupSpec &spec) { spec.volume.name = QStringLiteral("www-data"); });
        QVERIFY(model.saveSpec(dir.filePath("saved.json"), &error));
        SpecModel reopened;
        QVERIFY(reopened.openSpec(dir.filePath("saved.json"), &error));
        QCOMPARE(reopened.spec().volume.name, QStringLiteral("www-data"));
    }

    void remembersTheLastSpec()
    {
        QTemporaryDir dir;
        SetupSpec spec = labSpec();
        spec.volume.name = QStringLiteral("remembered");
        // Not saved to a file: its JSON is remembered.
        RecentSpec::remember(spec, QString());
        SetupSpec restored;
        QString path = QStringLiteral("stale");
        QVERIFY(RecentSpec::restore(&restored, &path));
        QCOMPARE(restored.volume.name, QStringLiteral("remembered"));
        QVERIFY(path.isEmpty());
        // Saved to a file: the file wins, as it may have been edited since.
        QString error;
        QVERIFY(SpecJson::save(spec, dir.filePath("a.json"), &error));
        RecentSpec::remember(spec, dir.filePath("a.json"));
        spec.volume.name = QStringLiteral("edited-on-disk");
        QVERIFY(SpecJson::save(spec, dir.filePath("a.json"), &error));
        QVERIFY(RecentSpec::restore(&restored, &path));
        QCOMPARE(restored.volume.name, QStringLiteral("edited-on-disk"));
        QCOMPARE(path, dir.filePath("a.json"));
        // The file is gone: the remembered JSON still serves.
        QVERIFY(QFile::remove(dir.filePath("a.json")));
        QVERIFY(RecentSpec::restore(&restored, &path));
        QCOMPARE(restored.volume.name, QStringLiteral("remembered"));
        RecentSpec::forget();
        QVERIFY(!RecentSpec::restore(&restored, &path));
    }

    void doesNotPlanWithoutConnectedServers()
    {
        SetupSession session;
        session.spec()->setSpec(labSpec());
        QSignalSpy ready(session.plan(), &PlanModel::planReady);
        session.plan()->preparePlan();
        QCOMPARE(ready.size(), 1);
        QVERIFY(!session.plan()->isPlanReady());
        QCOMPARE(session.plan()->planProblems().size(), 1);
        QCOMPARE(session.plan()->factsRereadCount(), 0);
        QVERIFY(session.run()->startRun() == nullptr);
        QVERIFY(session.plan()->diskCandidates(0).isEmpty());
        QVERIFY(!session.connection()->isConnected());
    }
};

QTEST_GUILESS_MAIN(TestSetupSession)
#include "tst_setupsession.moc"
