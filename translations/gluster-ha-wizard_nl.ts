<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>GlusterCliOutput</name>
    <message>
        <source>more than one root element</source>
        <translation>meer dan één root-element</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation>document te groot</translation>
    </message>
    <message>
        <source>the output ends too early</source>
        <translation>de uitvoer houdt te vroeg op</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>no XML element found</source>
        <translation>geen XML-element gevonden</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;cliOutput&gt;</source>
        <translation>het root-element is &lt;%1&gt;, niet &lt;cliOutput&gt;</translation>
    </message>
    <message>
        <source>&lt;opRet&gt; is not a number</source>
        <translation>&lt;opRet&gt; is geen getal</translation>
    </message>
</context>
<context>
    <name>GlusterFailure</name>
    <message>
        <source>The gluster command printed nothing.</source>
        <translation>Het gluster-commando gaf geen uitvoer.</translation>
    </message>
    <message>
        <source>The gluster command could not reach glusterd: the daemon is not running on this server.</source>
        <translation>Het gluster-commando kon glusterd niet bereiken: de daemon draait niet op deze server.</translation>
    </message>
    <message>
        <source>glusterd did not answer in time: a cluster operation is hanging, often because a peer became unreachable without being noticed yet.</source>
        <translation>glusterd antwoordde niet op tijd: een clusterbewerking blijft hangen, vaak omdat een peer onbereikbaar is geworden zonder dat dit al is opgemerkt.</translation>
    </message>
    <message>
        <source>glusterd is busy with another cluster operation; try again in a moment.</source>
        <translation>glusterd is bezig met een andere clusterbewerking; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The gluster command failed: %1</source>
        <translation>Het gluster-commando is mislukt: %1</translation>
    </message>
    <message>
        <source>The gluster command printed text that is not the expected XML: %1</source>
        <translation>Het gluster-commando gaf tekst die niet de verwachte XML is: %1</translation>
    </message>
    <message>
        <source>The gluster command failed (opRet %1, opErrno %2).</source>
        <translation>Het gluster-commando is mislukt (opRet %1, opErrno %2).</translation>
    </message>
    <message>
        <source>The gluster command&apos;s XML output could not be read: %1</source>
        <translation>De XML-uitvoer van het gluster-commando kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The gluster command did not finish in time: a cluster operation is probably hanging on an unreachable peer.</source>
        <translation>Het gluster-commando werd niet op tijd klaar: een clusterbewerking blijft waarschijnlijk hangen op een onbereikbare peer.</translation>
    </message>
</context>
<context>
    <name>HealInfoParser</name>
    <message>
        <source>&lt;healInfo&gt;&lt;bricks&gt; is missing</source>
        <translation>&lt;healInfo&gt;&lt;bricks&gt; ontbreekt</translation>
    </message>
    <message>
        <source>a brick has no name</source>
        <translation>een brick heeft geen naam</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>HEALTHY</source>
        <translation>GEZOND</translation>
    </message>
    <message>
        <source>DEGRADED</source>
        <translation>VERMINDERD</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>DEFECT</translation>
    </message>
    <message>
        <source>Volume %1 is healthy: both copies are in sync and the site is served.</source>
        <translation>Volume %1 is gezond: beide kopieën zijn synchroon en de site wordt geserveerd.</translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 is healthy, with %n warning(s).</source>
        <translation>
            <numerusform>Volume %1 is gezond, met %n waarschuwing.</numerusform>
            <numerusform>Volume %1 is gezond, met %n waarschuwingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 is degraded: the site is still served, but %n problem(s) need attention.</source>
        <translation>
            <numerusform>Volume %1 is verminderd: de site wordt nog geserveerd, maar %n probleem vraagt aandacht.</numerusform>
            <numerusform>Volume %1 is verminderd: de site wordt nog geserveerd, maar %n problemen vragen aandacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 is broken: the site or its storage does not work; %n problem(s) found.</source>
        <translation>
            <numerusform>Volume %1 is defect: de site of de opslag ervan werkt niet; %n probleem gevonden.</numerusform>
            <numerusform>Volume %1 is defect: de site of de opslag ervan werkt niet; %n problemen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>not a health report</source>
        <translation>geen gezondheidsrapport</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>niet-ondersteunde versie %1</translation>
    </message>
    <message>
        <source>a check has no valid state</source>
        <translation>een controle heeft geen geldige toestand</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>paar</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>time-out</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>exitstatus %1</translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation>Gezondheid van %1</translation>
    </message>
    <message>
        <source>Observed at %1</source>
        <translation>Waargenomen op %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>Raw outputs</source>
        <translation>Ruwe uitvoer</translation>
    </message>
    <message>
        <source>[ ok ]</source>
        <translation>[ ok ]</translation>
    </message>
    <message>
        <source>[warn]</source>
        <translation>[warn]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[FOUT]</translation>
    </message>
    <message>
        <source>[ ?? ]</source>
        <translation>[ ?? ]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>oplossing: %1</translation>
    </message>
</context>
<context>
    <name>PeerStatusParser</name>
    <message>
        <source>&lt;peerStatus&gt; is missing</source>
        <translation>&lt;peerStatus&gt; ontbreekt</translation>
    </message>
    <message>
        <source>a peer has neither uuid nor hostname</source>
        <translation>een peer heeft geen UUID en geen hostnaam</translation>
    </message>
</context>
<context>
    <name>VolumeInfoParser</name>
    <message>
        <source>&lt;volInfo&gt;&lt;volumes&gt; is missing</source>
        <translation>&lt;volInfo&gt;&lt;volumes&gt; ontbreekt</translation>
    </message>
    <message>
        <source>a volume has no name</source>
        <translation>een volume heeft geen naam</translation>
    </message>
</context>
<context>
    <name>VolumeStatusParser</name>
    <message>
        <source>&lt;volStatus&gt;&lt;volumes&gt; is missing</source>
        <translation>&lt;volStatus&gt;&lt;volumes&gt; ontbreekt</translation>
    </message>
    <message>
        <source>a volume has no name</source>
        <translation>een volume heeft geen naam</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Set up a new highly available pair</source>
        <translation>Een nieuw hoogbeschikbaar paar &amp;opzetten</translation>
    </message>
    <message>
        <source>&amp;Check the health of an existing pair</source>
        <translation>De &amp;gezondheid van een bestaand paar controleren</translation>
    </message>
    <message>
        <source>&amp;Open a saved setup spec…</source>
        <translation>Een opgeslagen &amp;setup-specificatie openen…</translation>
    </message>
    <message>
        <source>&amp;Try it on the local demo pair</source>
        <translation>Uitproberen op het lokale &amp;demopaar</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Turn two Linux servers into a highly available web-storage pair with GlusterFS: replicated storage mounted at /var/www on both, served by both.</source>
        <translation>Maak met GlusterFS van twee Linux-servers een hoogbeschikbaar webopslagpaar: gerepliceerde opslag, op beide gekoppeld aan /var/www en door beide geserveerd.</translation>
    </message>
    <message>
        <source>Nothing is changed on a server until you have reviewed the exact plan and confirmed it.</source>
        <translation>Er wordt niets op een server gewijzigd voordat u het precieze plan hebt bekeken en bevestigd.</translation>
    </message>
</context>
</TS>
