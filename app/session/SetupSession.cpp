#include "session/SetupSession.h"

#include "connect/PairProbe.h"
#include "facts/FactsGatherer.h"
#include "facts/FactsScript.h"
#include "plan/PlanText.h"
#include "plan/ScriptExporter.h"
#include "run/PlanRunner.h"
#include "run/RunLog.h"
#include "session/PairResult.h"
#include "session/RecentSpec.h"
#include "spec/SpecJson.h"
#include "spec/SpecValidator.h"

SetupSession::SetupSession(QObject *parent)
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
    resizeDecisions();
}

SetupSession::~SetupSession() = default;

void SetupSession::setSpec(const SetupSpec &spec)
{
    m_spec = spec;
    resizeDecisions();
    emit specChanged();
}

void SetupSession::editSpec(const std::function<void(SetupSpec &)> &edit)
{
    edit(m_spec);
    resizeDecisions();
    emit specChanged();
}

void SetupSession::resizeDecisions()
{
    const int count = static_cast<int>(m_spec.servers.size());
    m_secrets.resize(count);
    m_remember.resize(count);
    m_formatConfirmed.resize(count);
    m_typedWipe.resize(count);
}

FieldProblems SetupSession::problems() const
{
    return SpecValidator::validate(m_spec);
}

QString SetupSession::problemFor(const QString &field) const
{
    return SpecValidator::messageFor(problems(), field);
}

bool SetupSession::isValidUnder(const QStringList &fields) const
{
    for (const FieldProblem &problem : problems()) {
        for (const QString &field : fields) {
            if (problem.field == field ||
                (field.endsWith(QLatin1Char('.')) && problem.field.startsWith(field)))
                return false;
        }
    }
    return true;
}

bool SetupSession::openSpec(const QString &path, QString *error)
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

bool SetupSession::saveSpec(const QString &path, QString *error)
{
    if (!SpecJson::save(m_spec, path, error))
        return false;
    m_specPath = path;
    RecentSpec::remember(m_spec, m_specPath);
    return true;
}

void SetupSession::setSecret(int server, const QString &secret)
{
    if (server >= 0 && server < m_secrets.size())
        m_secrets[server] = secret;
}

void SetupSession::setRememberSecret(int server, bool remember)
{
    if (server >= 0 && server < m_remember.size())
        m_remember[server] = remember;
}

// What the connectivity checks depend on: who the servers are and how they are reached.
QString SetupSession::connectionKey(const SetupSpec &spec)
{
    QStringList parts;
    for (const ServerSpec &s : spec.servers) {
        parts << s.name << s.publicAddress << s.privateName << s.privateAddress << s.ssh.host
              << QString::number(s.ssh.port) << s.ssh.user << SshSpec::authName(s.ssh.auth)
              << s.ssh.identityFile;
    }
    return parts.join(QLatin1Char('\n'));
}

PairProbe *SetupSession::startProbe()
{
    delete m_runner; // its sessions belong to the old probe
    delete m_probe;
    PairConnector::Policy policy;
    policy.knownHostsPath = m_knownHostsPath;
    policy.sshConfigFile = m_sshConfigFile;
    m_probe = new PairProbe(m_spec, policy, this);
    m_probeKey = connectionKey(m_spec);
    keepFacts({}, SetupSpec());
    for (int i = 0; i < m_spec.servers.size(); ++i) {
        m_probe->connector()->setSecret(
            i, PairConnector::typedSecretKind(m_spec.servers[i].ssh.auth), m_secrets.value(i));
        m_probe->connector()->setRememberSecret(i, m_remember.value(i));
    }
    connect(m_probe, &PairProbe::finished, this,
            [this, probe = m_probe.data()](bool) { keepFacts(probe->facts(), probe->spec()); });
    emit probeStarted(m_probe);
    m_probe->start();
    return m_probe;
}

// The facts are what the gathering script printed; the script is built from every choice the
// facts depend on, so comparing scripts (rather than a hand-picked list of fields) cannot miss
// one that a later change of the script adds.
QStringList SetupSession::factsScripts(const SetupSpec &spec)
{
    QStringList scripts;
    for (int i = 0; i < spec.servers.size(); ++i)
        scripts << FactsScript::build(spec, i);
    return scripts;
}

void SetupSession::keepFacts(const QList<HostFacts> &facts, const SetupSpec &readFor)
{
    m_facts = facts;
    m_factsDisks.clear();
    for (const ServerSpec &server : readFor.servers)
        m_factsDisks << server.disk;
    m_factsScripts = facts.isEmpty() ? QStringList() : factsScripts(readFor);
}

bool SetupSession::factsAreStale() const
{
    return m_factsScripts != factsScripts(m_spec);
}

bool SetupSession::probeMatchesSpec() const
{
    return m_probe && m_probeKey == connectionKey(m_spec);
}

bool SetupSession::isConnected() const
{
    return m_probe && m_probe->isReady() && probeMatchesSpec();
}

QList<DiskCandidate> SetupSession::diskCandidates(int server) const
{
    if (server < 0 || server >= m_facts.size())
        return {};
    return DiskCandidate::fromFacts(m_facts.at(server), m_factsDisks.value(server));
}

void SetupSession::setFormatConfirmed(int server, bool confirmed)
{
    if (server >= 0 && server < m_formatConfirmed.size())
        m_formatConfirmed[server] = confirmed;
}

void SetupSession::setWipeTyped(int server, const QString &typedDevice)
{
    if (server >= 0 && server < m_typedWipe.size())
        m_typedWipe[server] = typedDevice;
}

QList<WipeRequest> SetupSession::wipes() const
{
    // Only the disk's name typed on the disks page is --wipe (a ticked "format" of a blank disk
    // permits no wipe), bound to the identity of the disk in the facts the plan is made from.
    QList<WipeRequest> out;
    for (int i = 0; i < m_spec.servers.size(); ++i) {
        const ServerSpec &server = m_spec.servers.at(i);
        if (!m_formatConfirmed.value(i) || m_typedWipe.value(i) != server.disk)
            continue;
        const bool probed = i < m_facts.size() && m_factsDisks.value(i) == server.disk;
        out.append({server.name, server.disk, probed ? m_facts.at(i).disk.identity : QString()});
    }
    return out;
}

bool SetupSession::destructiveConfirmed() const
{
    for (int i = 0; i < m_spec.servers.size(); ++i) {
        if (!m_formatConfirmed.value(i))
            return false;
    }
    return true;
}

void SetupSession::preparePlan()
{
    m_planning = true;
    m_plan = PlanResult();
    m_findings.clear();
    if (!isConnected()) {
        m_plan.errors << tr("The servers are not connected: run the connectivity checks again.");
        m_planning = false;
        emit planReady();
        return;
    }
    if (factsAreStale())
        gatherFactsAgain(); // another disk, volume name, web server...: read them again first
    else
        makePlan();
}

void SetupSession::gatherFactsAgain()
{
    delete m_gatherer;
    m_gatherer = new FactsGatherer(m_spec, m_probe->sessions(), this);
    connect(m_gatherer, &FactsGatherer::finished, this,
            [this, gatherer = m_gatherer.data(), readFor = m_spec]() {
                gatherer->deleteLater();
                if (!gatherer->allGathered()) {
                    m_plan.errors = gatherer->errors();
                    m_plan.errors.removeAll(QString());
                    m_planning = false;
                    emit planReady();
                    return;
                }
                keepFacts(gatherer->facts(), readFor);
                makePlan();
            });
    m_gatherer->start();
}

void SetupSession::makePlan()
{
    m_findings = ReadinessCheck::evaluate(m_spec, m_facts, wipes());
    m_plan = Planner::plan(m_spec, m_facts, wipes());
    m_planning = false;
    emit planReady();
}

QStringList SetupSession::planProblems() const
{
    QStringList out = m_plan.errors;
    for (const ReadinessFinding &finding : m_findings) {
        if (finding.isProblem())
            out << QStringLiteral("%1: %2").arg(finding.serverName, finding.message);
    }
    return out;
}

bool SetupSession::isPlanReady() const
{
    return !m_planning && m_plan.ok() && !m_plan.plan.isEmpty() &&
           ReadinessCheck::isReady(m_findings);
}

QString SetupSession::planText() const
{
    return PlanText::toText(m_spec, m_plan.plan);
}

QString SetupSession::exportScript() const
{
    return ScriptExporter::exportScript(m_spec, m_plan.plan, wipes(), m_knownHostsPath);
}

PlanRunner *SetupSession::startRun()
{
    if (!isPlanReady() || !m_probe)
        return nullptr;
    delete m_runner;
    delete m_result;
    m_runner = new PlanRunner(m_plan.plan, m_probe->sessions(), this);
    m_runner->setDestructiveConfirmed(destructiveConfirmed());
    m_runLog = new RunLog(m_runner);
    connect(m_runner, &PlanRunner::finished, this,
            [this](const RunResult &result) { emit runFinished(result); });
    RecentSpec::remember(m_spec, m_specPath);
    emit runStarted(m_runner);
    m_runner->start();
    return m_runner;
}

PairResult *SetupSession::startResult()
{
    delete m_result;
    m_result = new PairResult(m_spec, m_probe ? m_probe->sessions().value(0) : nullptr, this);
    emit resultStarted(m_result);
    m_result->start();
    return m_result;
}
