<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdoptCommand</name>
    <message numerus="yes">
        <source>adopt: found, with %n gap(s) (listed above).</source>
        <translation>
            <numerusform>adopt: found, with %n gap (listed above).</numerusform>
            <numerusform>adopt: found, with %n gaps (listed above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdoptPage</name>
    <message numerus="yes">
        <source>Found the pair, with %n gap(s). Next opens its health.</source>
        <translation>
            <numerusform>Found the pair, with %n gap. Next opens its health.</numerusform>
            <numerusform>Found the pair, with %n gaps. Next opens its health.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message numerus="yes">
        <source>The plan has %n step(s)</source>
        <translation>
            <numerusform>The plan has %n step</numerusform>
            <numerusform>The plan has %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of which format(s) a disk</source>
        <translation>
            <numerusform>, %n of which formats a disk</numerusform>
            <numerusform>, %n of which format a disk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>check: %n problem(s) found.</source>
        <translation>
            <numerusform>check: %n problem found.</numerusform>
            <numerusform>check: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskCandidate</name>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealHealthRules</name>
    <message numerus="yes">
        <source>%n file(s) or folder(s) are being copied to the other brick; the self-heal daemon finishes this by itself within seconds to minutes.</source>
        <translation>
            <numerusform>%n file or folder is being copied to the other brick; the self-heal daemon finishes this by itself within seconds to minutes.</numerusform>
            <numerusform>%n files or folders are being copied to the other brick; the self-heal daemon finishes this by itself within seconds to minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for the offline brick; they are copied to it by themselves once it is back.</source>
        <translation>
            <numerusform>%n change waits for the offline brick; it is copied to it by itself once it is back.</numerusform>
            <numerusform>%n changes wait for the offline brick; they are copied to it by themselves once it is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are in split-brain: reading them fails until you choose which copy wins. List them first.</source>
        <translation>
            <numerusform>%n entry is in split-brain: reading it fails until you choose which copy wins. List them first.</numerusform>
            <numerusform>%n entries are in split-brain: reading them fails until you choose which copy wins. List them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthDashboardPage</name>
    <message numerus="yes">
        <source>Volume %1 on %n server(s).</source>
        <translation>
            <numerusform>Volume %1 on %n server.</numerusform>
            <numerusform>Volume %1 on %n servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n server(s)…</source>
        <translation>
            <numerusform>Connecting to %n server…</numerusform>
            <numerusform>Connecting to %n servers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message numerus="yes">
        <source>Volume %1 is healthy, with %n warning(s).</source>
        <translation>
            <numerusform>Volume %1 is healthy, with %n warning.</numerusform>
            <numerusform>Volume %1 is healthy, with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 is degraded: the site is still served, but %n problem(s) need attention.</source>
        <translation>
            <numerusform>Volume %1 is degraded: the site is still served, but %n problem needs attention.</numerusform>
            <numerusform>Volume %1 is degraded: the site is still served, but %n problems need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 is broken: the site or its storage does not work; %n problem(s) found.</source>
        <translation>
            <numerusform>Volume %1 is broken: the site or its storage does not work; %n problem found.</numerusform>
            <numerusform>Volume %1 is broken: the site or its storage does not work; %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairDiagram</name>
    <message numerus="yes">
        <source>%n to heal</source>
        <translation>
            <numerusform>%n to heal</numerusform>
            <numerusform>%n to heal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in split-brain</source>
        <translation>
            <numerusform>%n in split-brain</numerusform>
            <numerusform>%n in split-brain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message numerus="yes">
        <source>wrote %1 (%n step(s))</source>
        <translation>
            <numerusform>wrote %1 (%n step)</numerusform>
            <numerusform>wrote %1 (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>All %n step done.</numerusform>
            <numerusform>All %n steps done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message numerus="yes">
        <source>Plan for volume %1 on %2: %n step(s).</source>
        <translation>
            <numerusform>Plan for volume %1 on %2: %n step.</numerusform>
            <numerusform>Plan for volume %1 on %2: %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%1 — %n step(s)</source>
        <translation>
            <numerusform>%1 — %n step</numerusform>
            <numerusform>%1 — %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) for %1 servers.</source>
        <translation>
            <numerusform>%n step for %1 servers.</numerusform>
            <numerusform>%n steps for %1 servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>Done in %1: %n step(s) applied, %2 already done, %3 verified.</source>
        <translation>
            <numerusform>Done in %1: %n step applied, %2 already done, %3 verified.</numerusform>
            <numerusform>Done in %1: %n steps applied, %2 already done, %3 verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptExporter</name>
    <message numerus="yes">
        <source>%n step(s). Disks allowed to be wiped: %1.</source>
        <translation>
            <numerusform>%n step. Disks allowed to be wiped: %1.</numerusform>
            <numerusform>%n steps. Disks allowed to be wiped: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshAuthenticator</name>
    <message numerus="yes">
        <source>%1 accepted none of the %n key(s) in ssh-agent for user %2. Is one of their public keys in ~%2/.ssh/authorized_keys on the server?</source>
        <translation>
            <numerusform>%1 accepted none of the %n key in ssh-agent for user %2. Is one of their public keys in ~%2/.ssh/authorized_keys on the server?</numerusform>
            <numerusform>%1 accepted none of the %n keys in ssh-agent for user %2. Is one of their public keys in ~%2/.ssh/authorized_keys on the server?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 closed the connection after %n failed login attempt(s). Servers allow only a few tries per connection (MaxAuthTries), and repeated failures can lock the account for a while.</source>
        <translation>
            <numerusform>%1 closed the connection after %n failed login attempt. Servers allow only a few tries per connection (MaxAuthTries), and repeated failures can lock the account for a while.</numerusform>
            <numerusform>%1 closed the connection after %n failed login attempts. Servers allow only a few tries per connection (MaxAuthTries), and repeated failures can lock the account for a while.</numerusform>
        </translation>
    </message>
</context>
</TS>
