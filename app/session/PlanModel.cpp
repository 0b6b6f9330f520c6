#include "session/PlanModel.h"

#include "facts/FactsGatherer.h"
#include "facts/FactsScript.h"
#include "plan/PlanText.h"
#include "plan/ScriptExporter.h"
#include "session/ConnectionModel.h"
#include "session/SpecModel.h"

PlanModel::PlanModel(SpecModel *spec, ConnectionModel *connection, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_connection(connection)
{
    resizeDecisions();
    connect(spec, &SpecModel::serverCountChanged, this, &PlanModel::resizeDecisions);
    connect(connection, &ConnectionModel::sessionsClosing, this, [this]() {
        delete m_gatherer; // it reads through the sessions that go
        setFacts({}, SetupSpec());
    });
    connect(connection, &ConnectionModel::finished, this,
            [this]() { setFacts(m_connection->probe()->facts(), m_connection->probe()->spec()); });
}

PlanModel::~PlanModel() = default;

void PlanModel::resizeDecisions()
{
    m_formatConfirmed.resize(m_spec->serverCount());
    m_typedWipe.resize(m_spec->serverCount());
}

// The facts are what the gathering script printed; the script is built from every choice the
// facts depend on, so comparing scripts (rather than a hand-picked list of fields) cannot miss
// one that a later change of the script adds.
QStringList PlanModel::factsScripts(const SetupSpec &spec)
{
    QStringList scripts;
    for (int i = 0; i < spec.servers.size(); ++i)
        scripts << FactsScript::build(spec, i);
    return scripts;
}

void PlanModel::setFacts(const QList<HostFacts> &facts, const SetupSpec &readFor)
{
    m_facts = facts;
    m_factsDisks.clear();
    for (const ServerSpec &server : readFor.servers)
        m_factsDisks << server.disk;
    m_factsScripts = facts.isEmpty() ? QStringList() : factsScripts(readFor);
    emit factsChanged();
}

bool PlanModel::factsAreStale() const
{
    return m_factsScripts != factsScripts(m_spec->spec());
}

QList<DiskCandidate> PlanModel::diskCandidates(int server) const
{
    if (server < 0 || server >= m_facts.size())
        return {};
    return DiskCandidate::fromFacts(m_facts.at(server), m_factsDisks.value(server));
}

void PlanModel::setFormatConfirmed(int server, bool confirmed)
{
    if (server >= 0 && server < m_formatConfirmed.size())
        m_formatConfirmed[server] = confirmed;
}

void PlanModel::setWipeTyped(int server, const QString &typedDevice)
{
    if (server >= 0 && server < m_typedWipe.size())
        m_typedWipe[server] = typedDevice;
}

QList<WipeRequest> PlanModel::wipes() const
{
    // Only the disk's name typed on the disks page is --wipe (a ticked "format" of a blank disk
    // permits no wipe), bound to the identity of the disk in the facts the plan is made from.
    QList<WipeRequest> out;
    const SetupSpec &spec = m_spec->spec();
    for (int i = 0; i < spec.servers.size(); ++i) {
        const ServerSpec &server = spec.servers.at(i);
        if (!m_formatConfirmed.value(i) || m_typedWipe.value(i) != server.disk)
            continue;
        const bool probed = i < m_facts.size() && m_factsDisks.value(i) == server.disk;
        out.append({server.name, server.disk, probed ? m_facts.at(i).disk.identity : QString()});
    }
    return out;
}

bool PlanModel::destructiveConfirmed() const
{
    for (int i = 0; i < m_spec->serverCount(); ++i) {
        if (!m_formatConfirmed.value(i))
            return false;
    }
    return true;
}

void PlanModel::preparePlan()
{
    m_planning = true;
    m_plan = PlanResult();
    m_findings.clear();
    if (!m_connection->isConnected()) {
        m_plan.errors << tr("The servers are not connected: run the connectivity checks again.");
        finishPlanning();
        return;
    }
    if (factsAreStale())
        gatherFactsAgain(); // another disk, volume name, web server...: read them again first
    else
        makePlan();
}

void PlanModel::gatherFactsAgain()
{
    delete m_gatherer;
    ++m_rereads;
    m_gatherer = new FactsGatherer(m_spec->spec(), m_connection->sessions(), this);
    connect(m_gatherer, &FactsGatherer::finished, this,
            [this, gatherer = m_gatherer.data(), readFor = m_spec->spec()]() {
                gatherer->deleteLater();
                if (!gatherer->allGathered()) {
                    m_plan.errors = gatherer->errors();
                    m_plan.errors.removeAll(QString());
                    finishPlanning();
                    return;
                }
                setFacts(gatherer->facts(), readFor);
                makePlan();
            });
    m_gatherer->start();
}

void PlanModel::makePlan()
{
    m_findings = ReadinessCheck::evaluate(m_spec->spec(), m_facts, wipes());
    m_plan = Planner::plan(m_spec->spec(), m_facts, wipes());
    finishPlanning();
}

void PlanModel::finishPlanning()
{
    m_planning = false;
    emit planReady();
}

QStringList PlanModel::planProblems() const
{
    QStringList out = m_plan.errors;
    for (const ReadinessFinding &finding : m_findings) {
        if (finding.isProblem())
            out << QStringLiteral("%1: %2").arg(finding.serverName, finding.message);
    }
    return out;
}

bool PlanModel::isPlanReady() const
{
    return !m_planning && m_plan.ok() && !m_plan.plan.isEmpty() &&
           ReadinessCheck::isReady(m_findings);
}

QString PlanModel::planText() const
{
    return PlanText::toText(m_spec->spec(), m_plan.plan);
}

QString PlanModel::exportScript() const
{
    return ScriptExporter::exportScript(m_spec->spec(), m_plan.plan, wipes(),
                                        m_connection->knownHostsPath());
}
