#include "LabPair.h"

#include "facts/FactsOutputParser.h"
#include "facts/FactsScript.h"
#include "facts/ReadinessCheck.h"
#include "plan/DiskSteps.h"
#include "session/DiskCandidate.h"
#include "shell/StepCommand.h"
#include "spec/SpecJson.h"

#include <QProcess>
#include <QScopeGuard>
#include <QtTest>

#include <unistd.h>

// A disk that belongs to the running system is refused, with its reason, on real block devices:
// in fstab (by device, UUID=, LABEL=) or crypttab, active swap (inside a lab node, whose /etc
// is its own), an EFI system partition, an LVM physical volume and a RAID member (loop devices
// of this machine, created here and removed by the names recorded). Each case goes through the
// product's three places: the facts gathered for `check` (ReadinessCheck's problem), the Disks
// page's model (DiskCandidate: not selectable, the reason under it) and the format step's own
// check right before mkfs (refused, nothing erased), with a wipe permission bound to the disk
// as seen, so that only the system-disk rule can stop it. Needs root and the lab.
class TestSystemDisks : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        QList<ReadinessFinding> findings;
        DiskCandidate candidate;
        int formatExit = -1;
        QString formatOutput;
        QString signaturesBefore;
        QString signaturesAfter;
    };

    LabPair m_lab;
    SetupSpec m_spec;
    QStringList m_loops; // host loop devices made here, detached by these names
    QTemporaryDir m_dir;

    // Runs a bash script on this machine (node < 0) or inside a lab node; merged output.
    int shell(int node, const QString &script, QString *output = nullptr)
    {
        if (node >= 0)
            return m_lab.exec(node, script, output);
        QProcess bash;
        bash.setProcessChannelMode(QProcess::MergedChannels);
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
        if (!bash.waitForFinished(120000))
            return -1;
        if (output)
            *output = QString::fromUtf8(bash.readAll());
        return bash.exitStatus() == QProcess::NormalExit ? bash.exitCode() : -1;
    }

    QString must(int node, const QString &script)
    {
        QString output;
        const int status = shell(node, script, &output);
        if (status != 0)
            qWarning("`%s` failed (%d): %s", qPrintable(script), status, qPrintable(output));
        return status == 0 ? output.trimmed() : QString();
    }

    QString newLoop(const QString &size)
    {
        const QString image = m_dir.filePath(QStringLiteral("disk%1.img").arg(m_loops.size()));
        const QString loop = must(
            -1,
            QStringLiteral("truncate -s %1 %2 && losetup --find --show -P %2").arg(size, image));
        if (loop.startsWith(QLatin1String("/dev/loop")))
            m_loops << loop;
        return loop;
    }

    // The product on `device` (of this machine, or /dev/vdb of lab node 0).
    Outcome observe(int node, const QString &device)
    {
        Outcome o;
        SetupSpec spec = m_spec;
        spec.servers[0].disk = device;
        QString output;
        shell(node, StepCommand::remoteLine(FactsScript::build(spec, 0)), &output);
        const HostFacts facts = FactsOutputParser::parse(output);
        const QList<HostFacts> pair = {facts, HostFacts::assumed(OsFamily::Debian)};
        o.findings = ReadinessCheck::evaluate(spec, pair);
        const QList<DiskCandidate> candidates = DiskCandidate::fromFacts(facts, device);
        if (!candidates.isEmpty())
            o.candidate = candidates.first();
        // Allowed to wipe this very disk: only the system-disk rule may stop the step.
        const QList<WipeRequest> wipes = {{spec.servers[0].name, device, facts.disk.identity}};
        const PlanContext context{spec, pair, wipes};
        const QString signatures =
            QStringLiteral("wipefs -n %1; blkid -p -o export %1").arg(device);
        o.signaturesBefore = must(node, signatures);
        o.formatExit = shell(node, StepCommand::remoteLine(DiskSteps::format(context, 0).apply),
                             &o.formatOutput);
        o.signaturesAfter = must(node, signatures);
        return o;
    }

    static QString problems(const QList<ReadinessFinding> &findings)
    {
        QStringList lines;
        for (const ReadinessFinding &f : findings) {
            if (f.isProblem() && f.serverIndex == 0)
                lines << f.message;
        }
        return lines.join('\n');
    }

    // Refused in all three places, for `reason`; nothing on the disk changed.
    void verifyRefused(const Outcome &o, const QString &device, const QString &reason,
                       const QString &shellKind)
    {
        const QString found = problems(o.findings);
        QVERIFY2(found.contains(
                     QStringLiteral("%1 belongs to the system and is never formatted").arg(device)),
                 qPrintable(found));
        QVERIFY2(found.contains(reason), qPrintable(found));
        QCOMPARE(o.candidate.device, device);
        QCOMPARE(o.candidate.use, DiskCandidate::Use::System);
        QVERIFY(!o.candidate.isSelectable());
        QVERIFY2(o.candidate.reasons.contains(reason), qPrintable(o.candidate.reasons.join('\n')));
        QCOMPARE(o.formatExit, 1);
        QVERIFY2(
            o.formatOutput.contains(
                QStringLiteral("Refusing to format %1: it belongs to the system (").arg(device)),
            qPrintable(o.formatOutput));
        QVERIFY2(o.formatOutput.contains(shellKind), qPrintable(o.formatOutput));
        QVERIFY(!o.signaturesBefore.isEmpty());
        QCOMPARE(o.signaturesAfter, o.signaturesBefore);
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QFAIL("this test needs root: it makes loop devices, LVM, RAID and swap");
        QVERIFY2(m_lab.problem().isEmpty(), qPrintable(m_lab.problem()));
        QCOMPARE(m_lab.lab({QStringLiteral("fresh")}), 0);
        QVERIFY(m_dir.isValid());
        const SpecLoadResult loaded = SpecJson::load(m_lab.specPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        m_spec = loaded.spec;
        m_spec.volume.acknowledgeSplitBrainRisk = true;
        for (const char *tool : {"sfdisk", "pvcreate", "mdadm", "mkswap", "mkfs.ext4"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool), {"/usr/sbin", "/sbin"})
                          .isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: run scripts/install-deps.sh")
                                    .arg(QLatin1String(tool))));
        }
        // The node's disk starts blank, and the node's fstab and crypttab as they are now.
        must(0, "wipefs -a /dev/vdb >/dev/null && cp /etc/fstab /root/fstab.ghw-test && "
                "touch /etc/crypttab && cp /etc/crypttab /root/crypttab.ghw-test");
    }

    void cleanup()
    {
        must(0, "swapoff /dev/vdb 2>/dev/null; cp /root/fstab.ghw-test /etc/fstab && "
                "cp /root/crypttab.ghw-test /etc/crypttab && wipefs -a /dev/vdb >/dev/null");
    }

    void cleanupTestCase()
    {
        for (const QString &loop : std::as_const(m_loops))
            must(-1, QStringLiteral("losetup -d %1").arg(loop));
        must(0, "rm -f /root/fstab.ghw-test /root/crypttab.ghw-test");
    }

    void aBlankDiskIsFree()
    {
        // The control: the same path formats a blank disk (the refusals below are the rule's).
        const Outcome o = observe(0, QStringLiteral("/dev/vdb"));
        QCOMPARE(problems(o.findings), QString());
        QCOMPARE(o.candidate.use, DiskCandidate::Use::Blank);
        QVERIFY(o.candidate.reasons.isEmpty());
        QVERIFY2(o.formatExit == 0, qPrintable(o.formatOutput));
        QVERIFY(o.signaturesAfter.contains(QStringLiteral("LABEL=") + DiskProbe::brickLabel()));
    }

    void inFstab_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("device") << "/dev/vdb";
        QTest::newRow("UUID=") << "UUID=$(blkid -p -s UUID -o value /dev/vdb)";
        QTest::newRow("LABEL=") << "LABEL=ghwdata";
    }
    void inFstab()
    {
        QFETCH(QString, source);
        QVERIFY(!must(0, QStringLiteral("mkfs.ext4 -q -F -L ghwdata /dev/vdb && "
                                        "echo \"%1 /srv/data ext4 defaults 0 2\" >> /etc/fstab && "
                                        "tail -n 1 /etc/fstab")
                             .arg(source))
                     .isNull());
        const Outcome o = observe(0, QStringLiteral("/dev/vdb"));
        verifyRefused(o, "/dev/vdb", "/dev/vdb is listed in /etc/fstab.", "in-fstab");
    }

    void inCrypttab()
    {
        must(0, "mkfs.ext4 -q -F /dev/vdb && echo 'secret /dev/vdb none luks' >> /etc/crypttab");
        const Outcome o = observe(0, QStringLiteral("/dev/vdb"));
        verifyRefused(o, "/dev/vdb", "/dev/vdb is listed in /etc/crypttab.", "in-crypttab");
    }

    void activeSwap()
    {
        QVERIFY(!must(0, "mkswap /dev/vdb >/dev/null && swapon /dev/vdb && echo on").isEmpty());
        auto off = qScopeGuard([this] { must(0, "swapoff /dev/vdb"); });
        const Outcome o = observe(0, QStringLiteral("/dev/vdb"));
        verifyRefused(o, "/dev/vdb", "/dev/vdb is active swap.", "active-swap");
    }

    void efiSystemPartition()
    {
        const QString loop = newLoop("64M");
        QVERIFY(!loop.isEmpty());
        must(-1,
             QStringLiteral("printf 'label: gpt\\n,16M,C12A7328-F81F-11D2-BA4B-00A0C93EC93B\\n,\\n'"
                            " | sfdisk -q %1 && partx -u %1 2>/dev/null; "
                            "for i in $(seq 100); do [ -b %1p2 ] && break; sleep 0.1; done; "
                            "mkfs.vfat %1p1 >/dev/null 2>&1 || true")
                 .arg(loop));
        QVERIFY2(QFileInfo::exists(loop + "p1"), "the partitions did not appear");
        const Outcome o = observe(-1, loop);
        verifyRefused(o, loop, loop + "p1 is an EFI system partition.", "efi-system-partition");
    }

    void lvmPhysicalVolume()
    {
        const QString loop = newLoop("64M");
        QVERIFY(!loop.isEmpty());
        QVERIFY(!must(-1, QStringLiteral("pvcreate -q %1 && echo done").arg(loop)).isEmpty());
        auto remove = qScopeGuard([&] { must(-1, QStringLiteral("pvremove -q %1").arg(loop)); });
        const Outcome o = observe(-1, loop);
        verifyRefused(o, loop, loop + " is an LVM physical volume.", "lvm-physical-volume");
    }

    void raidMember()
    {
        const QString a = newLoop("64M");
        const QString b = newLoop("64M");
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        if (QFileInfo::exists("/proc/mdstat")) {
            // A real array of the two loop devices, running.
            const QString md =
                QStringLiteral("/dev/md/ghw-test-%1").arg(QCoreApplication::applicationPid());
            const QString created = must(
                -1, QStringLiteral("mdadm --create %1 --metadata=1.2 --level=1 --raid-devices=2 "
                                   "--run --assume-clean %2 %3 >/dev/null 2>&1 && echo created")
                        .arg(md, a, b));
            QVERIFY2(created == "created", "mdadm --create failed (see the warning above)");
            auto stop = qScopeGuard([&] {
                must(
                    -1,
                    QStringLiteral("mdadm --stop %1; mdadm --zero-superblock %2 %3").arg(md, a, b));
            });
            const Outcome o = observe(-1, a);
            verifyRefused(o, a, a + " is a member of a RAID array.", "raid-member");
            // The running array holds its members: said too.
            QVERIFY2(o.candidate.reasons.contains(a + " is held by another device (device-mapper, "
                                                      "LVM or RAID)."),
                     qPrintable(o.candidate.reasons.join('\n')));
        } else {
            // This kernel has no md driver (no /proc/mdstat): mdadm cannot assemble anything.
            // The member's superblock is written as mdadm writes it; mdadm --examine reads it.
            qWarning("no md driver in this kernel: the RAID member is a superblock without a "
                     "running array");
            for (const QString &loop : {a, b}) {
                must(-1,
                     QStringLiteral("python3 %1 %2")
                         .arg(QStringLiteral(GHW_SOURCE_DIR "/tests/lab/md-superblock.py"), loop));
            }
            QVERIFY2(must(-1, QStringLiteral("mdadm --examine %1").arg(a)).contains("Raid Level"),
                     "mdadm --examine does not read the superblock");
            const Outcome o = observe(-1, a);
            verifyRefused(o, a, a + " is a member of a RAID array.", "raid-member");
        }
    }
};

QTEST_GUILESS_MAIN(TestSystemDisks)
#include "tst_systemdisks.moc"
