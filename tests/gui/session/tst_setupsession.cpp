#include "session/RecentSpec.h"
#include "session/SetupSession.h"
#include "spec/SpecJson.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The wizard's model without a window: field problems by page, the disk decisions that become
// --wipe, opening and saving specs, remembering the last one, and refusing to plan unconnected.
class TestSetupSession : public QObject
{
    Q_OBJECT

    static SetupSpec labSpec()
    {
        const SpecLoadResult loaded = SpecJson::load(GHW_TEST_DATA_DIR "/core/lab-pair.json");
        if (!loaded.ok())
            qFatal("lab-pair.json: %s", qPrintable(loaded.errors.join('\n')));
        return loaded.spec;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentSpec::forget();
    }

    void problemsAreFoundByField()
    {
        SetupSession session;
        session.setSpec(labSpec());
        QSignalSpy changed(&session, &SetupSession::specChanged);
        session.editSpec([](SetupSpec &spec) {
            spec.servers[1].privateAddress = QStringLiteral("not an address");
            spec.volume.acknowledgeSplitBrainRisk = false;
        });
        QCOMPARE(changed.size(), 1);
        QVERIFY(!session.problemFor("servers[1].privateAddress").isEmpty());
        QVERIFY(session.problemFor("servers[0].privateAddress").isEmpty());
        QVERIFY(!session.isValidUnder({"servers[1].privateAddress"}));
        QVERIFY(session.isValidUnder({"servers[1].privateName", "servers[0].ssh."}));
        QVERIFY(!session.isValidUnder({"servers[1]."}));       // a prefix ends with a dot
        QVERIFY(session.isValidUnder({"servers[1].private"})); // otherwise the exact field
        QVERIFY(!session.isValidUnder({"volume."}));           // the acknowledgement
        session.editSpec([](SetupSpec &spec) { spec.volume.acknowledgeSplitBrainRisk = true; });
        QVERIFY(session.isValidUnder({"volume.", "mount.", "web."}));
    }

    void diskConfirmationsBecomeWipeRequests()
    {
        SetupSession session;
        session.setSpec(labSpec());
        QVERIFY(session.wipes().isEmpty());
        QVERIFY(!session.destructiveConfirmed());
        // Ticking "format" for a blank disk confirms formatting it, and permits no wipe.
        session.setFormatConfirmed(0, true);
        session.setFormatConfirmed(1, true);
        QVERIFY(session.destructiveConfirmed());
        QVERIFY(session.wipes().isEmpty());
        // Only the typed name of the disk grants a wipe (bound to the disk's identity once its
        // facts are in: none were gathered here, so it is not bound yet and permits nothing).
        session.setWipeTyped(1, QStringLiteral("/dev/vdb"));
        QCOMPARE(
            session.wipes(),
            QList<WipeRequest>({{QStringLiteral("server02"), QStringLiteral("/dev/vdb"), {}}}));
        QVERIFY(!session.wipes().first().isBound());
        // A name typed for another disk than the chosen one grants nothing.
        session.setWipeTyped(0, QStringLiteral("/dev/vdc"));
        QCOMPARE(session.wipes().size(), 1);
        // Withdrawing the confirmation withdraws the wipe.
        session.setFormatConfirmed(1, false);
        QVERIFY(session.wipes().isEmpty());
        QVERIFY(!session.destructiveConfirmed());
        session.setFormatConfirmed(7, true); // out of range: ignored
        session.setWipeTyped(7, QStringLiteral("/dev/vdb"));
        QVERIFY(session.wipes().isEmpty());
    }

    void secretsStayOutOfTheSpec()
    {
        SetupSession session;
        session.setSpec(labSpec());
        session.setSecret(0, QStringLiteral("s3cret-canary"));
        session.setRememberSecret(0, true);
        QCOMPARE(session.secret(0), QStringLiteral("s3cret-canary"));
        QVERIFY(session.rememberSecret(0));
        QVERIFY(!SpecJson::toJson(session.spec()).contains("s3cret-canary"));
        QTemporaryDir dir;
        QString error;
        QVERIFY(session.saveSpec(dir.filePath("pair.json"), &error));
        QFile saved(dir.filePath("pair.json"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("s3cret-canary"));
    }

    void opensAndSavesSpecs()
    {
        SetupSession session;
        QString error;
        QVERIFY(!session.openSpec("/nonexistent/spec.json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(session.openSpec(GHW_TEST_DATA_DIR "/core/unknown-keys.json", &error));
        QVERIFY(!session.specWarnings().isEmpty());
        QVERIFY(session.openSpec(GHW_TEST_DATA_DIR "/core/lab-pair.json", &error));
        QCOMPARE(session.specPath(), QStringLiteral(GHW_TEST_DATA_DIR "/core/lab-pair.json"));
        QCOMPARE(session.spec().servers.at(1).name, QStringLiteral("server02"));
        QTemporaryDir dir;
        session.editSpec([](SetupSpec &spec) { spec.volume.name = QStringLiteral("www-data"); });
        QVERIFY(session.saveSpec(dir.filePath("saved.json"), &error));
        SetupSession reopened;
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
        session.setSpec(labSpec());
        QSignalSpy ready(&session, &SetupSession::planReady);
        session.preparePlan();
        QCOMPARE(ready.size(), 1);
        QVERIFY(!session.isPlanReady());
        QCOMPARE(session.planProblems().size(), 1);
        QVERIFY(session.startRun() == nullptr);
        QVERIFY(session.diskCandidates(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSetupSession)
#include "tst_setupsession.moc"
