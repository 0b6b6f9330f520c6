<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>FactsOutputParser</name>
    <message>
        <source>/etc/os-release could not be read.</source>
        <translation>/etc/os-release konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The list of disks (lsblk) could not be read: %1</source>
        <translation>Die Liste der Datenträger (lsblk) konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The mount table (findmnt) could not be read.</source>
        <translation>Die Einhängetabelle (findmnt) konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>/etc/fstab (findmnt -s) could not be read.</source>
        <translation>/etc/fstab (findmnt -s) konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Enter a host name.</source>
        <translation>Geben Sie einen Hostnamen ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use letters a-z, digits and &apos;-&apos; in labels of at most 63 characters separated by dots, not starting or ending with &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Hostname: Verwenden Sie Buchstaben a-z, Ziffern und „-“ in durch Punkte getrennten Teilen von höchstens 63 Zeichen, die nicht mit „-“ beginnen oder enden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IP address, not a host name.</source>
        <translation>„%1“ sieht wie eine IP-Adresse aus, nicht wie ein Hostname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address such as 10.3.0.44.</source>
        <translation>„%1“ ist keine IPv4-Adresse wie 10.3.0.44.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address such as fd00::44.</source>
        <translation>„%1“ ist keine IPv6-Adresse wie fd00::44.</translation>
    </message>
    <message>
        <source>Enter an IP address.</source>
        <translation>Geben Sie eine IP-Adresse ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (IPv4 such as 10.3.0.44, or IPv6).</source>
        <translation>„%1“ ist keine IP-Adresse (IPv4 wie 10.3.0.44 oder IPv6).</translation>
    </message>
    <message>
        <source>Enter a host name or an IP address.</source>
        <translation>Geben Sie einen Hostnamen oder eine IP-Adresse ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a valid host name nor an IP address.</source>
        <translation>„%1“ ist weder ein gültiger Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>Enter the SSH host: a host name, an IP address or an alias from ~/.ssh/config.</source>
        <translation>Geben Sie den SSH-Host ein: einen Hostnamen, eine IP-Adresse oder einen Alias aus ~/.ssh/config.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable SSH host: use a host name, an IP address or an alias made of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„%1“ ist kein verwendbarer SSH-Host: Verwenden Sie einen Hostnamen, eine IP-Adresse oder einen Alias aus Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>%1 is not a TCP port: use a number from 1 to 65535.</source>
        <translation>%1 ist kein TCP-Port: Verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;, at most 32 characters.</source>
        <translation>„%1“ ist kein gültiger Benutzername: Kleinbuchstaben, Ziffern, „_“ und „-“, beginnend mit einem Buchstaben oder „_“, höchstens 32 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the private key file (for example ~/.ssh/id_ed25519).</source>
        <translation>Geben Sie die Datei des privaten Schlüssels ein (zum Beispiel ~/.ssh/id_ed25519).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable key file path: use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;@&apos;, &apos;+&apos; and &apos;/&apos;, optionally starting with ~/.</source>
        <translation>„%1“ ist kein verwendbarer Pfad zur Schlüsseldatei: Verwenden Sie Buchstaben, Ziffern, „.“, „_“, „-“, „@“, „+“ und „/“, wahlweise beginnend mit ~/.</translation>
    </message>
    <message>
        <source>Enter a volume name.</source>
        <translation>Geben Sie einen Volume-Namen ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Gluster volume name: letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit, at most 64 characters.</source>
        <translation>„%1“ ist kein gültiger Gluster-Volume-Name: Buchstaben, Ziffern, „-“ und „_“, beginnend mit einem Buchstaben oder einer Ziffer, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved word of the gluster command; choose another name.</source>
        <translation>„%1“ ist ein reserviertes Wort des gluster-Befehls; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter an absolute path such as /var/www.</source>
        <translation>Geben Sie einen absoluten Pfad wie /var/www ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path: it must start with &apos;/&apos;.</source>
        <translation>„%1“ ist kein absoluter Pfad: Er muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe path: use only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos; and &apos;@&apos; between single slashes (no spaces, quotes or shell characters), and no trailing slash.</source>
        <translation>„%1“ ist kein sicherer Pfad: Verwenden Sie nur Buchstaben, Ziffern, „.“, „_“, „-“, „+“ und „@“ zwischen einzelnen Schrägstrichen (keine Leerzeichen, Anführungszeichen oder Shell-Zeichen) und keinen abschließenden Schrägstrich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain &apos;.&apos; or &apos;..&apos; components.</source>
        <translation>„%1“ darf keine Bestandteile „.“ oder „..“ enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a system directory and cannot be used here.</source>
        <translation>„%1“ ist ein Systemverzeichnis und kann hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Enter the disk device, for example /dev/vdb.</source>
        <translation>Geben Sie das Gerät des Datenträgers ein, zum Beispiel /dev/vdb.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device path: it must start with /dev/ and use only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;:&apos; and &apos;+&apos;.</source>
        <translation>„%1“ ist kein Gerätepfad: Er muss mit /dev/ beginnen und darf nur Buchstaben, Ziffern, „.“, „_“, „-“, „:“ und „+“ enthalten.</translation>
    </message>
    <message>
        <source>Enter a directory name.</source>
        <translation>Geben Sie einen Verzeichnisnamen ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid directory name: one name made of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos; and &apos;@&apos;, without &apos;/&apos;.</source>
        <translation>„%1“ ist kein gültiger Verzeichnisname: ein einzelner Name aus Buchstaben, Ziffern, „.“, „_“, „-“, „+“ und „@“, ohne „/“.</translation>
    </message>
    <message>
        <source>Enter a file name such as html/index.html.</source>
        <translation>Geben Sie einen Dateinamen wie html/index.html ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe relative file name: names of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos; and &apos;@&apos; separated by single slashes, not starting with &apos;/&apos;.</source>
        <translation>„%1“ ist kein sicherer relativer Dateiname: Namen aus Buchstaben, Ziffern, „.“, „_“, „-“, „+“ und „@“, getrennt durch einzelne Schrägstriche, nicht beginnend mit „/“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain &apos;.&apos;, &apos;..&apos; or names starting with &apos;-&apos;.</source>
        <translation>„%1“ darf weder „.“, „..“ noch mit „-“ beginnende Namen enthalten.</translation>
    </message>
    <message>
        <source>Enter some text.</source>
        <translation>Geben Sie einen Text ein.</translation>
    </message>
    <message>
        <source>The text is too long (at most 1024 characters).</source>
        <translation>Der Text ist zu lang (höchstens 1024 Zeichen).</translation>
    </message>
    <message>
        <source>The text must be one line of printable characters (no line breaks, tabs or control characters).</source>
        <translation>Der Text muss eine Zeile aus druckbaren Zeichen sein (keine Zeilenumbrüche, Tabulatoren oder Steuerzeichen).</translation>
    </message>
</context>
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
    <name>HealHealthRules</name>
    <message>
        <source>Pending heals</source>
        <translation>Ausstehende Heilungen</translation>
    </message>
    <message>
        <source>Heal info was not checked.</source>
        <translation>Die Heilungsinformationen (heal info) wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>Both copies are in sync.</source>
        <translation>Beide Kopien sind synchron.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) are being copied to the other brick; the self-heal daemon finishes this by itself within seconds to minutes.</source>
        <translation>
            <numerusform>%n Datei oder Ordner wird auf den anderen Brick kopiert; der Self-Heal-Dienst erledigt das von selbst innerhalb von Sekunden bis Minuten.</numerusform>
            <numerusform>%n Dateien oder Ordner werden auf den anderen Brick kopiert; der Self-Heal-Dienst erledigt das von selbst innerhalb von Sekunden bis Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for the offline brick; they are copied to it by themselves once it is back.</source>
        <translation>
            <numerusform>%n Änderung wartet auf den Brick, der offline ist; sie wird von selbst übertragen, sobald er zurück ist.</numerusform>
            <numerusform>%n Änderungen warten auf den Brick, der offline ist; sie werden von selbst übertragen, sobald er zurück ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both copies were changed separately while the servers could not see each other; reading it fails with an I/O error until you choose the copy that wins. &quot;bigger-file&quot; keeps the larger copy; &quot;source-brick&quot; keeps the copy on the brick you name (pick the server whose copy is right).</source>
        <translation>Beide Kopien wurden getrennt geändert, während sich die Server nicht sehen konnten; Lesen schlägt mit einem E/A-Fehler fehl, bis Sie die Kopie wählen, die gewinnt. „bigger-file“ behält die größere Kopie; „source-brick“ behält die Kopie auf dem Brick, den Sie nennen (wählen Sie den Server, dessen Kopie stimmt).</translation>
    </message>
    <message>
        <source>This entry is the web test file or a folder above it, so the site answers with errors.</source>
        <translation>Dieser Eintrag ist die Web-Testdatei oder ein Ordner darüber, daher antwortet die Website mit Fehlern.</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>Split-Brain</translation>
    </message>
    <message>
        <source>No file is in split-brain.</source>
        <translation>Keine Datei ist im Split-Brain.</translation>
    </message>
    <message>
        <source>Split-brain was not checked.</source>
        <translation>Split-Brain wurde nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are in split-brain: reading them fails until you choose which copy wins. List them first.</source>
        <translation>
            <numerusform>%n Eintrag ist im Split-Brain: Lesen schlägt fehl, bis Sie wählen, welche Kopie gewinnt. Lassen Sie ihn zuerst auflisten.</numerusform>
            <numerusform>%n Einträge sind im Split-Brain: Lesen schlägt fehl, bis Sie wählen, welche Kopie gewinnt. Lassen Sie sie zuerst auflisten.</numerusform>
        </translation>
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
    <name>JsonFieldReader</name>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1: Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: expected a text value.</source>
        <translation>%1: Ein Textwert wurde erwartet.</translation>
    </message>
    <message>
        <source>%1: expected a whole number.</source>
        <translation>%1: Eine ganze Zahl wurde erwartet.</translation>
    </message>
    <message>
        <source>%1: expected true or false.</source>
        <translation>%1: true oder false wurde erwartet.</translation>
    </message>
    <message>
        <source>%1: expected an object ({ ... }).</source>
        <translation>%1: Ein Objekt ({ ... }) wurde erwartet.</translation>
    </message>
    <message>
        <source>%1: expected a list ([ ... ]).</source>
        <translation>%1: Eine Liste ([ ... ]) wurde erwartet.</translation>
    </message>
    <message>
        <source>%1: ignored; secrets are never read from or written to a spec file (use the keychain or --secret-file).</source>
        <translation>%1: ignoriert; Geheimnisse werden nie aus einer Spezifikationsdatei gelesen oder in sie geschrieben (verwenden Sie den Schlüsselbund oder --secret-file).</translation>
    </message>
    <message>
        <source>%1: unknown key, ignored.</source>
        <translation>%1: unbekannter Schlüssel, ignoriert.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MountHealthRules</name>
    <message>
        <source>Mount at boot</source>
        <translation>Einhängen beim Systemstart</translation>
    </message>
    <message>
        <source>/etc/fstab could not be read.</source>
        <translation>/etc/fstab konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>/etc/fstab has no line for %1: the volume works now but is not mounted again after a reboot.</source>
        <translation>/etc/fstab hat keine Zeile für %1: Das Volume funktioniert jetzt, wird nach einem Neustart aber nicht wieder eingehängt.</translation>
    </message>
    <message>
        <source>/etc/fstab mounts %1 from %2 (%3), not from the gluster volume: a reboot brings the wrong files.</source>
        <translation>/etc/fstab hängt %1 von %2 (%3) ein, nicht vom gluster-Volume: Ein Neustart bringt die falschen Dateien.</translation>
    </message>
    <message>
        <source>The fstab line lacks _netdev: at boot the mount may be tried before the network is up and fail.</source>
        <translation>Der fstab-Zeile fehlt _netdev: Beim Systemstart wird das Einhängen womöglich versucht, bevor das Netzwerk bereit ist, und schlägt fehl.</translation>
    </message>
    <message>
        <source>Mounted from %1 at boot.</source>
        <translation>Wird beim Systemstart von %1 eingehängt.</translation>
    </message>
    <message>
        <source>Volume mounted</source>
        <translation>Volume eingehängt</translation>
    </message>
    <message>
        <source>The mounts could not be listed.</source>
        <translation>Die eingehängten Dateisysteme konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Nothing is mounted on %1: the web server on this server reads the local folder underneath, not the replicated files.</source>
        <translation>Auf %1 ist nichts eingehängt: Der Webserver auf diesem Server liest den lokalen Ordner darunter, nicht die replizierten Dateien.</translation>
    </message>
    <message>
        <source>%1 holds a %2 filesystem from %3, not the gluster volume: these files are not replicated.</source>
        <translation>%1 enthält ein %2-Dateisystem von %3, nicht das gluster-Volume: Diese Dateien werden nicht repliziert.</translation>
    </message>
    <message>
        <source>%1 is mounted from %2, another gluster volume than %3.</source>
        <translation>%1 ist von %2 eingehängt, einem anderen gluster-Volume als %3.</translation>
    </message>
    <message>
        <source>%1 is mounted from %2.</source>
        <translation>%1 ist von %2 eingehängt.</translation>
    </message>
    <message>
        <source>Brick free space</source>
        <translation>Freier Platz auf dem Brick</translation>
    </message>
    <message>
        <source>The free space of the brick could not be read.</source>
        <translation>Der freie Platz auf dem Brick konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 free of %2 (%3%).</source>
        <translation>%1 von %2 frei (%3 %).</translation>
    </message>
    <message>
        <source>The brick is nearly full: writes fail on it soon and the copies drift apart.</source>
        <translation>Der Brick ist fast voll: Schreibvorgänge schlagen bald fehl, und die Kopien laufen auseinander.</translation>
    </message>
    <message>
        <source>Plan to grow the disk or remove files.</source>
        <translation>Planen Sie, den Datenträger zu vergrößern oder Dateien zu entfernen.</translation>
    </message>
</context>
<context>
    <name>PeerHealthRules</name>
    <message>
        <source>Peer %1</source>
        <translation>Peer %1</translation>
    </message>
    <message>
        <source>%1 does not have %2 in its trusted pool, so they do not share the volume.</source>
        <translation>%1 hat %2 nicht in seinem vertrauenswürdigen Pool, daher teilen sie sich das Volume nicht.</translation>
    </message>
    <message>
        <source>%1 sees %2 as disconnected (gluster still says &quot;%3&quot;, which only means it belongs to the pool). Changes made meanwhile are replicated once it is back.</source>
        <translation>%1 sieht %2 als getrennt (gluster sagt weiterhin „%3“, was nur bedeutet, dass er zum Pool gehört). Zwischenzeitliche Änderungen werden repliziert, sobald er zurück ist.</translation>
    </message>
    <message>
        <source>%1 sees %2 connected.</source>
        <translation>%1 sieht %2 als verbunden.</translation>
    </message>
    <message>
        <source>Peer status</source>
        <translation>Peer-Status</translation>
    </message>
    <message>
        <source>The peer status was not checked.</source>
        <translation>Der Peer-Status wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 Bricks and heal info are checked separately, because the peer status alone can look fine during a network partition.</source>
        <translation>%1 Bricks und Heilungsinformationen werden getrennt geprüft, weil der Peer-Status allein während einer Netzwerkpartition gut aussehen kann.</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>Privates Netzwerk</translation>
    </message>
    <message>
        <source>%1 all run glusterd but cannot see each other over the private network. Each side keeps serving and writing on its own: a file changed on both sides ends in split-brain. Restore the private link (cable, interface, firewall on port 24007 and the brick ports).</source>
        <translation>%1: Alle führen glusterd aus, können sich über das private Netzwerk aber nicht sehen. Jede Seite liefert weiter aus und schreibt für sich allein: Eine auf beiden Seiten geänderte Datei endet im Split-Brain. Stellen Sie die private Verbindung wieder her (Kabel, Schnittstelle, Firewall auf Port 24007 und den Brick-Ports).</translation>
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
    <name>PrivateKeyFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>output ended before the command did</source>
        <translation>die Ausgabe endete vor dem Befehl</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
</context>
<context>
    <name>ServerHealthRules</name>
    <message>
        <source>SSH connection</source>
        <translation>SSH-Verbindung</translation>
    </message>
    <message>
        <source>The server&apos;s host key does not match the one recorded in known_hosts, so the connection was refused. Either the server was reinstalled or someone is intercepting the connection: verify the new key&apos;s fingerprint on the server&apos;s console before trusting it.</source>
        <translation>Der Host-Schlüssel des Servers stimmt nicht mit dem in known_hosts gespeicherten überein, daher wurde die Verbindung abgelehnt. Entweder wurde der Server neu installiert, oder jemand fängt die Verbindung ab: Prüfen Sie den Fingerabdruck des neuen Schlüssels an der Konsole des Servers, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The server could not be reached over SSH, so nothing on it could be checked. The other server may still serve the site.</source>
        <translation>Der Server war über SSH nicht erreichbar, daher konnte auf ihm nichts geprüft werden. Der andere Server liefert die Website womöglich weiterhin aus.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Connected and the host key matches.</source>
        <translation>Verbunden, und der Host-Schlüssel stimmt.</translation>
    </message>
    <message>
        <source>glusterd</source>
        <translation>glusterd</translation>
    </message>
    <message>
        <source>glusterd is not running (or does not answer) on %1: its brick is offline and it is out of the pool. The other server keeps the site up meanwhile; once glusterd is back, the brick starts and heals by itself.</source>
        <translation>glusterd läuft nicht (oder antwortet nicht) auf %1: Sein Brick ist offline und er ist nicht mehr im Pool. Der andere Server hält die Website solange am Laufen; sobald glusterd zurück ist, startet der Brick und heilt von selbst.</translation>
    </message>
    <message>
        <source>glusterd is running.</source>
        <translation>glusterd läuft.</translation>
    </message>
    <message>
        <source>Whether glusterd runs could not be determined: neither the process check nor any gluster command gave an answer.</source>
        <translation>Ob glusterd läuft, konnte nicht festgestellt werden: Weder die Prozessprüfung noch ein gluster-Befehl hat geantwortet.</translation>
    </message>
    <message>
        <source>Servers reachable</source>
        <translation>Server erreichbar</translation>
    </message>
    <message>
        <source>No server could be reached over SSH: the pair&apos;s state cannot be checked at all. Check the network path and the servers&apos; SSH daemons.</source>
        <translation>Kein Server war über SSH erreichbar: Der Zustand des Paars kann überhaupt nicht geprüft werden. Prüfen Sie den Netzwerkweg und die SSH-Dienste der Server.</translation>
    </message>
</context>
<context>
    <name>SpecJson</name>
    <message>
        <source>%1: must be &quot;agent&quot;, &quot;key&quot; or &quot;password&quot;.</source>
        <translation>%1: muss „agent“, „key“ oder „password“ sein.</translation>
    </message>
    <message>
        <source>version: this spec is format version %1, written by a newer release; this release reads version %2.</source>
        <translation>version: Diese Spezifikation hat Formatversion %1 und wurde von einer neueren Version geschrieben; diese Version liest Formatversion %2.</translation>
    </message>
    <message>
        <source>version: %1 is not a valid format version (expected %2).</source>
        <translation>version: %1 ist keine gültige Formatversion (erwartet: %2).</translation>
    </message>
    <message>
        <source>web.server: must be &quot;apache&quot; or &quot;none&quot;.</source>
        <translation>web.server: muss „apache“ oder „none“ sein.</translation>
    </message>
    <message>
        <source>%1: expected an object ({ ... }).</source>
        <translation>%1: Ein Objekt ({ ... }) wurde erwartet.</translation>
    </message>
    <message>
        <source>The file is too large to be a setup spec.</source>
        <translation>Die Datei ist zu groß für eine Setup-Spezifikation.</translation>
    </message>
    <message>
        <source>Not valid JSON (at byte %1): %2</source>
        <translation>Kein gültiges JSON (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>A setup spec is a JSON object ({ ... }).</source>
        <translation>Eine Setup-Spezifikation ist ein JSON-Objekt ({ ... }).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SpecValidator</name>
    <message>
        <source>With a web server the test file must be under html/ (the document root), so it can be fetched over HTTP.</source>
        <translation>Mit einem Webserver muss die Testdatei unter html/ (dem Dokumentstamm) liegen, damit sie über HTTP abgerufen werden kann.</translation>
    </message>
    <message>
        <source>A highly available pair needs at least two servers.</source>
        <translation>Ein hochverfügbares Paar braucht mindestens zwei Server.</translation>
    </message>
    <message>
        <source>The replica count must be 2 or 3.</source>
        <translation>Die Anzahl der Repliken muss 2 oder 3 sein.</translation>
    </message>
    <message>
        <source>Replica %1 needs exactly %1 servers (one brick on each); the spec has %2.</source>
        <translation>Replica %1 braucht genau %1 Server (auf jedem einen Brick); die Spezifikation hat %2.</translation>
    </message>
    <message>
        <source>Replica 2 volumes are prone to split-brain when the servers lose sight of each other. Confirm that you accept this risk (volume.acknowledgeSplitBrainRisk, or --accept-split-brain-risk on the command line), or use three servers.</source>
        <translation>Volumes mit Replica 2 neigen zu Split-Brain, wenn sich die Server aus den Augen verlieren. Bestätigen Sie, dass Sie dieses Risiko eingehen (volume.acknowledgeSplitBrainRisk oder --accept-split-brain-risk auf der Befehlszeile), oder verwenden Sie drei Server.</translation>
    </message>
    <message>
        <source>The brick mount %1 and the volume&apos;s mount path %2 must not contain each other.</source>
        <translation>Der Brick-Einhängepunkt %1 und der Einhängepfad des Volumes %2 dürfen einander nicht enthalten.</translation>
    </message>
    <message>
        <source>The brick mount must not be inside %1 (where the old content is kept).</source>
        <translation>Der Brick-Einhängepunkt darf nicht in %1 liegen (dort wird der alte Inhalt aufbewahrt).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already used by %3; each server needs its own.</source>
        <translation>%1 „%2“ wird bereits von %3 verwendet; jeder Server braucht einen eigenen Wert.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Die Adresse</translation>
    </message>
    <message>
        <source>The SSH host</source>
        <translation>Der SSH-Host</translation>
    </message>
</context>
<context>
    <name>VolumeHealthRules</name>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>Started, but it keeps only one copy of each file (%1): losing a brick loses data.</source>
        <translation>Gestartet, hält aber nur eine Kopie jeder Datei (%1): Der Verlust eines Bricks verliert Daten.</translation>
    </message>
    <message>
        <source>Started: %1, %2 copies on %3 bricks.</source>
        <translation>Gestartet: %1, %2 Kopien auf %3 Bricks.</translation>
    </message>
    <message>
        <source>gluster reports the state &quot;%1&quot;.</source>
        <translation>gluster meldet den Zustand „%1“.</translation>
    </message>
    <message>
        <source>The volume exists but is not started (%1): no brick serves it and the mounts cannot work.</source>
        <translation>Das Volume existiert, ist aber nicht gestartet (%1): Kein Brick bedient es, und das Einhängen kann nicht funktionieren.</translation>
    </message>
    <message>
        <source>The pool has no volume called %1: the setup was never completed or the volume was deleted.</source>
        <translation>Der Pool hat kein Volume namens %1: Die Einrichtung wurde nie abgeschlossen, oder das Volume wurde gelöscht.</translation>
    </message>
    <message>
        <source>No server could describe the volume.</source>
        <translation>Kein Server konnte das Volume beschreiben.</translation>
    </message>
    <message>
        <source>%1 does not list it in the volume status (its glusterd is unreachable from there)</source>
        <translation>%1 führt ihn nicht im Volume-Status auf (sein glusterd ist von dort nicht erreichbar)</translation>
    </message>
    <message>
        <source>%1 lists it offline in the volume status</source>
        <translation>%1 führt ihn im Volume-Status als offline auf</translation>
    </message>
    <message>
        <source>heal info on %1 says: %2</source>
        <translation>heal info auf %1 meldet: %2</translation>
    </message>
    <message>
        <source>Brick</source>
        <translation>Brick</translation>
    </message>
    <message>
        <source>The brick is offline: its copy is not kept up to date while the other brick serves the files. Seen: %1.</source>
        <translation>Der Brick ist offline: Seine Kopie wird nicht aktuell gehalten, während der andere Brick die Dateien bedient. Beobachtet: %1.</translation>
    </message>
    <message>
        <source>Online (port %1).</source>
        <translation>Online (Port %1).</translation>
    </message>
    <message>
        <source>No server could report the brick&apos;s state.</source>
        <translation>Kein Server konnte den Zustand des Bricks melden.</translation>
    </message>
    <message>
        <source>Self-heal daemon</source>
        <translation>Self-Heal-Dienst</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>Läuft.</translation>
    </message>
    <message>
        <source>The self-heal daemon is not running: files changed while a brick was down are only repaired when someone reads them.</source>
        <translation>Der Self-Heal-Dienst läuft nicht: Dateien, die geändert wurden, während ein Brick ausgefallen war, werden erst repariert, wenn jemand sie liest.</translation>
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
    <name>WebHealthRules</name>
    <message>
        <source>Web test file</source>
        <translation>Web-Testdatei</translation>
    </message>
    <message>
        <source>No HTTP answer from %1 (%2): the web server is down or unreachable.</source>
        <translation>Keine HTTP-Antwort von %1 (%2): Der Webserver ist ausgefallen oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2. A 403 or an empty page often means the file cannot be read from the volume (split-brain, or the volume is not mounted).</source>
        <translation>%1 antwortete mit HTTP %2. Ein 403 oder eine leere Seite bedeutet oft, dass die Datei nicht vom Volume gelesen werden kann (Split-Brain, oder das Volume ist nicht eingehängt).</translation>
    </message>
    <message>
        <source>%1 answered, but with &quot;%2&quot; instead of &quot;%3&quot;: this web server does not read the replicated files.</source>
        <translation>%1 antwortete, aber mit „%2“ statt „%3“: Dieser Webserver liest nicht die replizierten Dateien.</translation>
    </message>
    <message>
        <source>%1 serves the test file.</source>
        <translation>%1 liefert die Testdatei aus.</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>A file could not be written to the volume on %1: the site cannot store anything. %2</source>
        <translation>Auf %1 konnte keine Datei auf das Volume geschrieben werden: Die Website kann nichts speichern. %2</translation>
    </message>
    <message>
        <source>A file written on %1 did not show up on %2: the servers do not share their files. %3</source>
        <translation>Eine auf %1 geschriebene Datei ist auf %2 nicht erschienen: Die Server teilen ihre Dateien nicht. %3</translation>
    </message>
    <message>
        <source>A file written on %1 was read back on %2.</source>
        <translation>Eine auf %1 geschriebene Datei wurde auf %2 zurückgelesen.</translation>
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
<context>
    <name>WipeRequest</name>
    <message>
        <source>--wipe expects SERVER:DEVICE, for example server01:/dev/vdb; got &quot;%1&quot;.</source>
        <translation>--wipe erwartet SERVER:GERÄT, zum Beispiel server01:/dev/vdb; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--wipe %1: there is no server named &quot;%2&quot; in the spec.</source>
        <translation>--wipe %1: In der Spezifikation gibt es keinen Server namens „%2“.</translation>
    </message>
    <message>
        <source>--wipe %1: the disk of %2 in the spec is %3, not %4.</source>
        <translation>--wipe %1: Der Datenträger von %2 ist in der Spezifikation %3, nicht %4.</translation>
    </message>
</context>
</TS>
