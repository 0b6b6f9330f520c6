#include "CoreTestSupport.h"
#include "plan/Planner.h"
#include "shell/ShellQuote.h"
#include "spec/SpecValidator.h"

#include <QTest>

#include <functional>

// Hostile values in every field of the spec: each is refused with a message on that field, and
// no plan can be made from it. Where free text is legitimately allowed (the test content), the
// value reaches the commands only through ShellQuote and comes back from bash unchanged.
class TestHostileInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedInEveryField_data();
    void refusedInEveryField();
    void pathsCannotEscape_data();
    void pathsCannotEscape();
    void freeTextIsQuotedSafely_data();
    void freeTextIsQuotedSafely();
};

using Setter = std::function<void(SetupSpec &, const QString &)>;

namespace {
// Strings an attacker, a copy-paste accident or a look-alike character would bring.
QStringList hostileValues()
{
    return {
        QStringLiteral("a'b"),
        QStringLiteral("a\"b"),
        QStringLiteral("a;b"),
        QStringLiteral("x; rm -rf /"),
        QStringLiteral("$(id)"),
        QStringLiteral("a$(id)"),
        QStringLiteral("`id`"),
        QStringLiteral("a`id`b"),
        QStringLiteral("${IFS}"),
        QStringLiteral("$HOME"),
        QStringLiteral("a\nb"),
        QStringLiteral("a\r\nb"),
        QStringLiteral("a b"),
        QStringLiteral(" a"),
        QStringLiteral("a "),
        QStringLiteral("a\tb"),
        QStringLiteral("--option"),
        QStringLiteral("-rf"),
        QStringLiteral("--help"),
        QStringLiteral("-oProxyCommand=sh"),
        QStringLiteral("a|b"),
        QStringLiteral("a&b"),
        QStringLiteral("a&&b"),
        QStringLiteral("a>b"),
        QStringLiteral("a<b"),
        QStringLiteral("a*"),
        QStringLiteral("a?"),
        QStringLiteral("[a]"),
        QStringLiteral("{a,b}"),
        QStringLiteral("a!b"),
        QStringLiteral("#a"),
        QStringLiteral("a\\b"),
        QStringLiteral("a=b"),
        QStringLiteral("a%b"),
        QStringLiteral("a,b"),
        QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
        QStringLiteral("a\x1b[31mb"),
        QStringLiteral("serv\u0435r01"),                        // Cyrillic e
        QStringLiteral("\uFF53\uFF45\uFF52\uFF56\uFF45\uFF52"), // fullwidth
        QStringLiteral("a\u200Bb"),                             // zero width space
        QStringLiteral("a\u202Eb"),                             // RTL override
        QStringLiteral("a\u00A0b"),                             // no-break space
        QStringLiteral("a\uFF1Bb"),                             // fullwidth semicolon
        QStringLiteral("a\u2215b"),                             // division slash
        QStringLiteral("\u2010rf"),                             // Unicode hyphen
        QStringLiteral("a\u037Eb"),                             // Greek question mark
        QStringLiteral("\U0001F30D"),
        QStringLiteral("'; exec sh; '"),
        QStringLiteral("\"; exec sh; \""),
        QStringLiteral(")"),
        QStringLiteral("a(b)"),
    };
}

struct Field
{
    const char *path;
    Setter set;
};

QList<Field> fields()
{
    return {
        {"servers[0].name", [](SetupSpec &s, const QString &v) { s.servers[0].name = v; }},
        {"servers[0].publicAddress",
         [](SetupSpec &s, const QString &v) { s.servers[0].publicAddress = v; }},
        {"servers[1].privateName",
         [](SetupSpec &s, const QString &v) { s.servers[1].privateName = v; }},
        {"servers[1].privateAddress",
         [](SetupSpec &s, const QString &v) { s.servers[1].privateAddress = v; }},
        {"servers[0].ssh.host", [](SetupSpec &s, const QString &v) { s.servers[0].ssh.host = v; }},
        {"servers[0].ssh.user", [](SetupSpec &s, const QString &v) { s.servers[0].ssh.user = v; }},
        {"servers[0].ssh.identityFile",
         [](SetupSpec &s, const QString &v) {
             s.servers[0].ssh.auth = SshSpec::Auth::Key;
             s.servers[0].ssh.identityFile = v;
         }},
        {"servers[1].disk", [](SetupSpec &s, const QString &v) { s.servers[1].disk = v; }},
        {"servers[1].brickMount",
         [](SetupSpec &s, const QString &v) { s.servers[1].brickMount = v; }},
        {"servers[1].brickDir", [](SetupSpec &s, const QString &v) { s.servers[1].brickDir = v; }},
        {"volume.name", [](SetupSpec &s, const QString &v) { s.volume.name = v; }},
        {"mount.path", [](SetupSpec &s, const QString &v) { s.mount.path = v; }},
        {"web.testFile", [](SetupSpec &s, const QString &v) { s.web.testFile = v; }},
    };
}

SetupSpec labSpec()
{
    return CoreTestSupport::loadSpec(QStringLiteral("core/lab-pair.json"));
}

void addRows(const QStringList &values, const QList<Field> &targets)
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("field");
    for (int v = 0; v < values.size(); ++v) {
        for (int f = 0; f < targets.size(); ++f) {
            QTest::addRow("%s #%d", targets.at(f).path, v) << values.at(v) << f;
        }
    }
}

void expectRefused(const QList<Field> &targets, const QString &value, int field)
{
    SetupSpec spec = labSpec();
    targets.at(field).set(spec, value);
    const FieldProblems problems = SpecValidator::validate(spec);
    const QString path = QString::fromLatin1(targets.at(field).path);
    QVERIFY2(!SpecValidator::messageFor(problems, path).isEmpty(),
             qPrintable(QStringLiteral("accepted in %1: %2").arg(path, value)));
    const QList<HostFacts> facts(spec.servers.size(), HostFacts::assumed(OsFamily::Debian));
    const PlanResult plan = Planner::plan(spec, facts);
    QVERIFY(!plan.ok());
    QVERIFY(plan.plan.isEmpty());
}
} // namespace

void TestHostileInputs::initTestCase()
{
    QVERIFY(hostileValues().size() >= 50);
    QVERIFY(SpecValidator::validate(labSpec()).isEmpty());
}

void TestHostileInputs::refusedInEveryField_data()
{
    addRows(hostileValues(), fields());
}

void TestHostileInputs::refusedInEveryField()
{
    QFETCH(QString, value);
    QFETCH(int, field);
    expectRefused(fields(), value, field);
}

void TestHostileInputs::pathsCannotEscape_data()
{
    const QStringList escapes = {
        QStringLiteral("/data/../etc"), QStringLiteral("/data/./x"),   QStringLiteral("/data//x"),
        QStringLiteral("/data/x/"),     QStringLiteral("data/x"),      QStringLiteral("/"),
        QStringLiteral("/etc"),         QStringLiteral("/usr"),        QStringLiteral("/var"),
        QStringLiteral("/.."),          QStringLiteral("/dev/../etc"), QStringLiteral("../x"),
    };
    const QList<Field> all = fields();
    QList<Field> paths;
    for (const Field &f : all) {
        const QString p = QString::fromLatin1(f.path);
        if (p.endsWith("brickMount") || p == "mount.path" || p.endsWith("disk"))
            paths << f;
    }
    addRows(escapes, paths);
}

void TestHostileInputs::pathsCannotEscape()
{
    QFETCH(QString, value);
    QFETCH(int, field);
    const QList<Field> all = fields();
    QList<Field> paths;
    for (const Field &f : all) {
        const QString p = QString::fromLatin1(f.path);
        if (p.endsWith("brickMount") || p == "mount.path" || p.endsWith("disk"))
            paths << f;
    }
    expectRefused(paths, value, field);
}

void TestHostileInputs::freeTextIsQuotedSafely_data()
{
    QTest::addColumn<QString>("value");
    for (const QString &value : hostileValues())
        QTest::addRow("%s", qPrintable(value.toUtf8().toPercentEncoding())) << value;
}

void TestHostileInputs::freeTextIsQuotedSafely()
{
    QFETCH(QString, value);
    SetupSpec spec = labSpec();
    spec.web.testContent = value;
    if (!SpecValidator::messageFor(SpecValidator::validate(spec), "web.testContent").isEmpty()) {
        // Refused: control and invisible characters cannot be one printable line.
        QVERIFY(value.contains(QChar(0)) || value.contains('\n') || value.contains('\r') ||
                value.contains('\t') || value.contains('\x1b') || value.contains(QChar(0x200B)) ||
                value.contains(QChar(0x202E)));
        return;
    }
    const QList<HostFacts> facts(spec.servers.size(), HostFacts::assumed(OsFamily::Debian));
    const PlanResult plan = Planner::plan(spec, facts);
    QVERIFY(plan.ok());
    const Step *write = plan.plan.find("test-write:server01");
    QVERIFY(write);
    const QString assignment = QStringLiteral("content=") + ShellQuote::quote(value) + '\n';
    QVERIFY(write->apply.contains(assignment));
    const auto r = CoreTestSupport::bash(assignment + QStringLiteral("printf '%s' \"$content\""));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, value.toUtf8());
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
