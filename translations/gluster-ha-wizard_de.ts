<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>GlusterCliOutput</name>
    <message>
        <source>more than one root element</source>
        <translation>mehr als ein Wurzelelement</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation>Dokument zu groß</translation>
    </message>
    <message>
        <source>the output ends too early</source>
        <translation>die Ausgabe endet zu früh</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>no XML element found</source>
        <translation>kein XML-Element gefunden</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;cliOutput&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;cliOutput&gt;</translation>
    </message>
    <message>
        <source>&lt;opRet&gt; is not a number</source>
        <translation>&lt;opRet&gt; ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>GlusterFailure</name>
    <message>
        <source>The gluster command printed nothing.</source>
        <translation>Der gluster-Befehl hat nichts ausgegeben.</translation>
    </message>
    <message>
        <source>The gluster command could not reach glusterd: the daemon is not running on this server.</source>
        <translation>Der gluster-Befehl konnte glusterd nicht erreichen: Der Dienst läuft auf diesem Server nicht.</translation>
    </message>
    <message>
        <source>glusterd did not answer in time: a cluster operation is hanging, often because a peer became unreachable without being noticed yet.</source>
        <translation>glusterd hat nicht rechtzeitig geantwortet: Eine Cluster-Operation hängt, oft weil ein Peer unerreichbar geworden ist, ohne dass dies schon bemerkt wurde.</translation>
    </message>
    <message>
        <source>glusterd is busy with another cluster operation; try again in a moment.</source>
        <translation>glusterd ist mit einer anderen Cluster-Operation beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The gluster command failed: %1</source>
        <translation>Der gluster-Befehl ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The gluster command printed text that is not the expected XML: %1</source>
        <translation>Der gluster-Befehl hat Text ausgegeben, der nicht das erwartete XML ist: %1</translation>
    </message>
    <message>
        <source>The gluster command failed (opRet %1, opErrno %2).</source>
        <translation>Der gluster-Befehl ist fehlgeschlagen (opRet %1, opErrno %2).</translation>
    </message>
    <message>
        <source>The gluster command&apos;s XML output could not be read: %1</source>
        <translation>Die XML-Ausgabe des gluster-Befehls konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The gluster command did not finish in time: a cluster operation is probably hanging on an unreachable peer.</source>
        <translation>Der gluster-Befehl wurde nicht rechtzeitig fertig: Eine Cluster-Operation hängt wahrscheinlich an einem unerreichbaren Peer.</translation>
    </message>
</context>
<context>
    <name>HealInfoParser</name>
    <message>
        <source>&lt;healInfo&gt;&lt;bricks&gt; is missing</source>
        <translation>&lt;healInfo&gt;&lt;bricks&gt; fehlt</translation>
    </message>
    <message>
        <source>a brick has no name</source>
        <translation>ein Brick hat keinen Namen</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>HEALTHY</source>
        <translation>GESUND</translation>
    </message>
    <message>
        <source>DEGRADED</source>
        <translation>BEEINTRÄCHTIGT</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>DEFEKT</translation>
    </message>
    <message>
        <source>Volume %1 is healthy: both copies are in sync and the site is served.</source>
        <translation>Volume %1 ist gesund: Beide Kopien sind synchron, und die Website wird ausgeliefert.</translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 is healthy, with %n warning(s).</source>
        <translation>
            <numerusform>Volume %1 ist gesund, mit %n Warnung.</numerusform>
            <numerusform>Volume %1 ist gesund, mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 is degraded: the site is still served, but %n problem(s) need attention.</source>
        <translation>
            <numerusform>Volume %1 ist beeinträchtigt: Die Website wird noch ausgeliefert, aber %n Problem erfordert Aufmerksamkeit.</numerusform>
            <numerusform>Volume %1 ist beeinträchtigt: Die Website wird noch ausgeliefert, aber %n Probleme erfordern Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 is broken: the site or its storage does not work; %n problem(s) found.</source>
        <translation>
            <numerusform>Volume %1 ist defekt: Die Website oder ihr Speicher funktioniert nicht; %n Problem gefunden.</numerusform>
            <numerusform>Volume %1 ist defekt: Die Website oder ihr Speicher funktioniert nicht; %n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>not a health report</source>
        <translation>kein Gesundheitsbericht</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>nicht unterstützte Version %1</translation>
    </message>
    <message>
        <source>a check has no valid state</source>
        <translation>eine Prüfung hat keinen gültigen Zustand</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation>Zustand von %1</translation>
    </message>
    <message>
        <source>Observed at %1</source>
        <translation>Beobachtet am %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Raw outputs</source>
        <translation>Rohausgaben</translation>
    </message>
    <message>
        <source>[ ok ]</source>
        <translation>[ ok ]</translation>
    </message>
    <message>
        <source>[warn]</source>
        <translation>[Warn]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[FEHL]</translation>
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
        <translation>Behebung: %1</translation>
    </message>
</context>
<context>
    <name>PeerStatusParser</name>
    <message>
        <source>&lt;peerStatus&gt; is missing</source>
        <translation>&lt;peerStatus&gt; fehlt</translation>
    </message>
    <message>
        <source>a peer has neither uuid nor hostname</source>
        <translation>ein Peer hat weder UUID noch Hostnamen</translation>
    </message>
</context>
<context>
    <name>VolumeInfoParser</name>
    <message>
        <source>&lt;volInfo&gt;&lt;volumes&gt; is missing</source>
        <translation>&lt;volInfo&gt;&lt;volumes&gt; fehlt</translation>
    </message>
    <message>
        <source>a volume has no name</source>
        <translation>ein Volume hat keinen Namen</translation>
    </message>
</context>
<context>
    <name>VolumeStatusParser</name>
    <message>
        <source>&lt;volStatus&gt;&lt;volumes&gt; is missing</source>
        <translation>&lt;volStatus&gt;&lt;volumes&gt; fehlt</translation>
    </message>
    <message>
        <source>a volume has no name</source>
        <translation>ein Volume hat keinen Namen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Set up a new highly available pair</source>
        <translation>Ein neues hochverfügbares Paar &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Check the health of an existing pair</source>
        <translation>Zustand eines bestehenden Paars &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Open a saved setup spec…</source>
        <translation>Gespeicherte Setup-Spezifikation ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Try it on the local demo pair</source>
        <translation>Auf dem lokalen &amp;Demo-Paar ausprobieren</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Turn two Linux servers into a highly available web-storage pair with GlusterFS: replicated storage mounted at /var/www on both, served by both.</source>
        <translation>Machen Sie mit GlusterFS aus zwei Linux-Servern ein hochverfügbares Web-Speicher-Paar: replizierter Speicher, auf beiden unter /var/www eingehängt und von beiden ausgeliefert.</translation>
    </message>
    <message>
        <source>Nothing is changed on a server until you have reviewed the exact plan and confirmed it.</source>
        <translation>Auf keinem Server wird etwas geändert, bevor Sie den genauen Plan geprüft und bestätigt haben.</translation>
    </message>
</context>
</TS>
