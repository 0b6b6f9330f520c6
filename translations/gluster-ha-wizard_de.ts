<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AdoptCommand</name>
    <message numerus="yes">
        <source>adopt: found, with %n gap(s) (listed above).</source>
        <translation>
            <numerusform>adopt: gefunden, mit %n Lücke (oben aufgeführt).</numerusform>
            <numerusform>adopt: gefunden, mit %n Lücken (oben aufgeführt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdoptPage</name>
    <message numerus="yes">
        <source>Found the pair, with %n gap(s). Next opens its health.</source>
        <translation>
            <numerusform>Das Paar wurde gefunden, mit %n Lücke. Weiter öffnet seinen Zustand.</numerusform>
            <numerusform>Das Paar wurde gefunden, mit %n Lücken. Weiter öffnet seinen Zustand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>apply: not every server could be reached; nothing was changed.</source>
        <translation>apply: nicht jeder Server war erreichbar; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>problem: </source>
        <translation>Problem: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>apply: the check found problems; nothing was changed.</source>
        <translation>apply: die Prüfung hat Probleme gefunden; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n step(s)</source>
        <translation>
            <numerusform>Der Plan hat %n Schritt</numerusform>
            <numerusform>Der Plan hat %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of which format(s) a disk</source>
        <translation>
            <numerusform>, davon formatiert %n einen Datenträger</numerusform>
            <numerusform>, davon formatieren %n einen Datenträger</numerusform>
        </translation>
    </message>
    <message>
        <source>; `%1 plan` shows every command.</source>
        <translation>; `%1 plan` zeigt jeden Befehl.</translation>
    </message>
    <message>
        <source>Run it now? [y/N]</source>
        <translation>Jetzt ausführen? [y/N]</translation>
    </message>
    <message>
        <source>apply: not confirmed (use --yes when there is no terminal); nothing was changed.</source>
        <translation>apply: nicht bestätigt (verwenden Sie --yes, wenn kein Terminal vorhanden ist); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Fix the cause and run apply again: it resumes where it stopped.</source>
        <translation>Beheben Sie die Ursache und führen Sie apply erneut aus: Es setzt dort fort, wo es angehalten hat.</translation>
    </message>
    <message>
        <source>apply: interrupted; ending the commands running on the servers (SIGTERM, SIGKILL after %1 s). Ctrl-C again quits at once and leaves them running.</source>
        <translation>apply: unterbrochen; die auf den Servern laufenden Befehle werden beendet (SIGTERM, SIGKILL nach %1 s). Ein weiteres Strg-C beendet sofort und lässt sie weiterlaufen.</translation>
    </message>
    <message>
        <source>apply: all %1 steps done: %2 already done, %3 applied now, %4 verified (%5 s).</source>
        <translation>apply: alle %1 Schritte erledigt: %2 bereits erledigt, %3 jetzt angewendet, %4 verifiziert (%5 s).</translation>
    </message>
</context>
<context>
    <name>CheckChainView</name>
    <message>
        <source>&lt;b&gt;Noted:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Festgestellt:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not checked: this is not a pass. The line below says why it could not be checked yet.</source>
        <translation>Nicht geprüft: Das bedeutet nicht „bestanden“. Die Zeile darunter nennt den Grund, warum noch nicht geprüft werden konnte.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>problem: </source>
        <translation>Problem: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>check: ready; every server can be set up.</source>
        <translation>check: bereit; jeder Server kann eingerichtet werden.</translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) found.</source>
        <translation>
            <numerusform>check: %n Problem gefunden.</numerusform>
            <numerusform>check: %n Probleme gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>The %1 command needs a spec file: %1 SPEC.</source>
        <translation>Der Befehl %1 braucht eine Spezifikationsdatei: %1 SPEC.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--assume-os takes debian or fedora, not &quot;%1&quot;.</source>
        <translation>--assume-os erwartet debian oder fedora, nicht „%1“.</translation>
    </message>
    <message>
        <source>-o/--output is only for the export command.</source>
        <translation>-o/--output gibt es nur für den Befehl export.</translation>
    </message>
</context>
<context>
    <name>ClusterSteps</name>
    <message>
        <source>Peers not connected after 60 seconds: %s. Check that glusterd runs there and that TCP 24007 is open between the private addresses.
</source>
        <translation>Peers nach 60 Sekunden nicht verbunden: %s. Prüfen Sie, ob glusterd dort läuft und ob TCP 24007 zwischen den privaten Adressen offen ist.
</translation>
    </message>
    <message>
        <source>Join the servers into one Gluster pool</source>
        <translation>Die Server zu einem Gluster-Pool verbinden</translation>
    </message>
    <message>
        <source>A volume can only span servers of one trusted pool; peers are probed by their private names and must show as connected, not only &quot;in cluster&quot;.</source>
        <translation>Ein Volume kann nur Server eines vertrauenswürdigen Pools umfassen; Peers werden über ihre privaten Namen eingebunden (probe) und müssen als verbunden erscheinen, nicht nur als „in cluster“.</translation>
    </message>
    <message>
        <source>Confirm %1 knows %2 by its private name</source>
        <translation>Sicherstellen, dass %1 den Server %2 unter seinem privaten Namen kennt</translation>
    </message>
    <message>
        <source>A server that was probed may know the prober only by its address; probing back by name fixes that, and is a no-op when it is already so.</source>
        <translation>Ein eingebundener Server kennt den einbindenden womöglich nur unter seiner Adresse; ein Rück-Probe über den Namen behebt das und ändert nichts, wenn es schon so ist.</translation>
    </message>
    <message>
        <source>Create the replicated volume %1</source>
        <translation>Das replizierte Volume %1 anlegen</translation>
    </message>
    <message>
        <source>One brick on each server, every file stored on all of them (replica %1). An existing volume of that name is accepted only with exactly these bricks.</source>
        <translation>Ein Brick auf jedem Server, jede Datei auf allen gespeichert (Replica %1). Ein vorhandenes Volume dieses Namens wird nur mit genau diesen Bricks akzeptiert.</translation>
    </message>
    <message>
        <source>Volume %s already exists with other bricks (%s); it is left untouched. Choose another volume name or remove that volume.
</source>
        <translation>Volume %s existiert bereits mit anderen Bricks (%s); es bleibt unverändert. Wählen Sie einen anderen Volume-Namen oder entfernen Sie dieses Volume.
</translation>
    </message>
    <message>
        <source>Start the volume %1</source>
        <translation>Das Volume %1 starten</translation>
    </message>
    <message>
        <source>A created volume serves nothing until started: this starts a brick process on each server.</source>
        <translation>Ein angelegtes Volume bedient nichts, bis es gestartet ist: Dies startet auf jedem Server einen Brick-Prozess.</translation>
    </message>
    <message>
        <source>Set the volume options for failover within seconds</source>
        <translation>Die Volume-Optionen für ein Failover innerhalb von Sekunden setzen</translation>
    </message>
    <message>
        <source>When a server goes silent (power cut, dead network), Gluster&apos;s defaults make the other server&apos;s site and writes wait more than a minute: the mount waits 42 s (network.ping-timeout) before giving up on the silent brick, and the brick keeps the silent server&apos;s locks, which the writes wait for, until TCP notices it is gone (20 s and more). These values cut both to 4 s (measured on two servers: the site answers again about 6 s after its peer went silent, instead of 80 s). The price: a peer that is only slow or overloaded for 4 s, or a private network that loses packets for that long, is dropped too, and each such false failover costs a reconnect, a heal of what changed meanwhile and a moment of stalled I/O; keep the private network dedicated and healthy.</source>
        <translation>Verstummt ein Server (Stromausfall, totes Netzwerk), lassen die Vorgaben von Gluster die Website und die Schreibvorgänge des anderen Servers mehr als eine Minute warten: Die Einhängung wartet 42 s (network.ping-timeout), bevor sie den verstummten Brick aufgibt, und der Brick hält die Sperren des verstummten Servers, auf die die Schreibvorgänge warten, bis TCP bemerkt, dass dieser weg ist (20 s und mehr). Diese Werte verkürzen beides auf 4 s (gemessen an zwei Servern: Die Website antwortet etwa 6 s nach dem Verstummen ihres Peers wieder, statt erst nach 80 s). Der Preis: Ein Peer, der nur 4 s lang langsam oder überlastet ist, oder ein privates Netzwerk, das so lange Pakete verliert, wird ebenfalls abgehängt, und jedes solche unnötige Failover kostet einen erneuten Verbindungsaufbau, eine Heilung dessen, was sich inzwischen geändert hat, und einen Moment blockierter E/A; halten Sie das private Netzwerk dediziert und intakt.</translation>
    </message>
</context>
<context>
    <name>CommandLineFront</name>
    <message>
        <source>unknown command or option &apos;%1&apos;</source>
        <translation>unbekannter Befehl oder unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; command is not available in this build yet</source>
        <translation>der Befehl „%1“ ist in dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Usage: %1 [COMMAND SPEC [options]]

With no command, opens the setup wizard.

Commands:
  check SPEC            connect to every server and list every problem
  plan SPEC             print the plan: each step&apos;s server, title and commands
  export SPEC [-o FILE] write the plan as a bash script
  apply SPEC [--yes] [--wipe SERVER:DEVICE]...  run the plan with live logs
  health SPEC [--json] [--no-round-trip]  read-only health report of an existing
                        pair (the round trip writes and removes one test file)
  drill SPEC [--server NAME] [--yes]  failover drill of a healthy pair: takes
                        NAME (default: the first server) out, shows the other
                        serving, brings NAME back, waits for the heal, reports
  drill SPEC --restore --server NAME  brings NAME back (after a killed drill)
  demo up|down|status   the local demo pair: two servers in namespaces on this
                        machine (needs root); up prints its spec and known_hosts

Options shared by the commands:
  --known-hosts FILE       known_hosts file (default: ~/.ssh/known_hosts)
  --accept-new-host-keys   trust unknown host keys once and record them
  --secret-file SERVER:KIND=FILE  for unattended runs: that server&apos;s secret of
                           that KIND, the first line of FILE (mode 0600): password
                           (SSH login), passphrase (of the key; used only on this
                           machine) or sudo. Repeat it for each server and kind.
  --secret-file FILE       the login password or key passphrase of the one server
                           that logs in with a password or an encrypted key;
                           refused when several servers (or none) would need one.
                           sudo gets the sudo secret, else that server&apos;s own login
                           password; a secret never goes to another server.
  --accept-split-brain-risk  accept that a replica 2 volume can split-brain (the
                           same as &quot;acknowledgeSplitBrainRisk&quot;: true under
                           &quot;volume&quot; in the spec); required for replica 2
  --wipe SERVER:DEVICE     allow erasing that disk although it holds a file system,
                           partition table or signature, as this run&apos;s check sees it
                           (never a mounted or system disk, nor one that changed)
  --json                   machine-readable output (plan, check, health)
  -h, --help               show this help
  -v, --version            show the version

Options of plan and export:
  --assume-os debian|fedora  plan without connecting: assume every server runs
                           this distribution family (Debian/Ubuntu or
                           Fedora/RHEL); the steps still check the servers
                           (systemd, SELinux, firewall) when they run
  -o, --output FILE        export: write the script to FILE (default: stdout)

The exported script runs from this workstation over ssh: bash SCRIPT [--yes]
[--dry-run]; GHW_SSH sets the ssh command (e.g. GHW_SSH=&quot;ssh -F ssh_config&quot;).

Exit statuses: 0 success, 1 problems found or a step failed, 2 bad spec, usage or refused.
</source>
        <translation>Aufruf: %1 [BEFEHL SPEC [Optionen]]

Ohne Befehl öffnet sich der Einrichtungsassistent.

Befehle:
  check SPEC            mit jedem Server verbinden und jedes Problem auflisten
  plan SPEC             den Plan ausgeben: Server, Titel und Befehle jedes Schritts
  export SPEC [-o FILE] den Plan als Bash-Skript schreiben
  apply SPEC [--yes] [--wipe SERVER:DEVICE]...  den Plan mit Live-Protokollen ausführen
  health SPEC [--json] [--no-round-trip]  nur lesender Zustandsbericht eines bestehenden
                        Paars (der Rundlauf schreibt und entfernt eine Testdatei)
  drill SPEC [--server NAME] [--yes]  Failover-Übung eines gesunden Paars: nimmt
                        NAME (Vorgabe: der erste Server) heraus, zeigt, dass der
                        andere weiter ausliefert, holt NAME zurück, wartet auf
                        die Heilung, berichtet
  drill SPEC --restore --server NAME  holt NAME zurück (nach einer gewaltsam
                        beendeten Übung)
  demo up|down|status   das lokale Demo-Paar: zwei Server in Namensräumen auf diesem
                        Rechner (braucht root); up gibt seine Spezifikation und
                        known_hosts aus

Gemeinsame Optionen der Befehle:
  --known-hosts FILE       known_hosts-Datei (Vorgabe: ~/.ssh/known_hosts)
  --accept-new-host-keys   unbekannten Host-Schlüsseln einmal vertrauen und sie speichern
  --secret-file SERVER:KIND=FILE  für unbeaufsichtigte Läufe: das Geheimnis dieser Art
                           (KIND) für diesen Server, die erste Zeile von FILE (Modus
                           0600): password (SSH-Anmeldung), passphrase (des Schlüssels;
                           nur auf diesem Rechner verwendet) oder sudo. Für jeden
                           Server und jede Art wiederholen.
  --secret-file FILE       das Anmeldepasswort oder die Schlüssel-Passphrase des einen
                           Servers, der sich mit Passwort oder verschlüsseltem Schlüssel
                           anmeldet; abgelehnt, wenn mehrere Server (oder keiner) eines
                           bräuchten. sudo erhält das sudo-Geheimnis, sonst das eigene
                           Anmeldepasswort dieses Servers; ein Geheimnis geht nie an
                           einen anderen Server.
  --accept-split-brain-risk  akzeptieren, dass ein Replica-2-Volume ins Split-Brain
                           geraten kann (wie &quot;acknowledgeSplitBrainRisk&quot;: true unter
                           &quot;volume&quot; in der Spezifikation); nötig für Replica 2
  --wipe SERVER:DEVICE     diesen Datenträger löschen, obwohl er ein Dateisystem, eine
                           Partitionstabelle oder Signatur enthält, so wie die Prüfung
                           dieses Laufs ihn sieht (nie einen eingehängten oder einen
                           Systemdatenträger und keinen, der sich verändert hat)
  --json                   maschinenlesbare Ausgabe (plan, check, health)
  -h, --help               diese Hilfe anzeigen
  -v, --version            die Version anzeigen

Optionen von plan und export:
  --assume-os debian|fedora  ohne Verbindung planen: annehmen, dass jeder Server
                           diese Distributionsfamilie verwendet (Debian/Ubuntu oder
                           Fedora/RHEL); die Schritte prüfen die Server trotzdem
                           (systemd, SELinux, Firewall), wenn sie laufen
  -o, --output FILE        export: das Skript in FILE schreiben (Vorgabe: stdout)

Das exportierte Skript läuft von diesem Arbeitsplatz aus über ssh: bash SCRIPT [--yes]
[--dry-run]; GHW_SSH legt den ssh-Befehl fest (z. B. GHW_SSH=&quot;ssh -F ssh_config&quot;).

Exit-Status: 0 Erfolg, 1 Probleme gefunden oder ein Schritt fehlgeschlagen, 2 fehlerhafte Spezifikation, falscher Aufruf oder abgelehnt.
</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Reach the SSH server</source>
        <translation>SSH-Server erreichen</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Hostschlüssel</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Root privileges (sudo)</source>
        <translation>Root-Rechte (sudo)</translation>
    </message>
    <message>
        <source>System, disks and packages</source>
        <translation>System, Datenträger und Pakete</translation>
    </message>
    <message>
        <source>Private names resolve</source>
        <translation>Private Namen werden aufgelöst</translation>
    </message>
    <message>
        <source>Gluster port 24007 between peers</source>
        <translation>Gluster-Port 24007 zwischen den Servern</translation>
    </message>
</context>
<context>
    <name>ConnectivityPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Each server is reached over SSH and read without changing anything: its host key, your login, root privileges, its system, and the network between the two.</source>
        <translation>Jeder Server wird über SSH erreicht und gelesen, ohne etwas zu ändern: sein Hostschlüssel, Ihre Anmeldung, die Root-Rechte, sein System und das Netz zwischen beiden.</translation>
    </message>
    <message>
        <source>Checking both servers…</source>
        <translation>Beide Server werden geprüft…</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Passphrase of the key for %1:</source>
        <translation>Passphrase des Schlüssels für %1:</translation>
    </message>
    <message>
        <source>sudo password on %1:</source>
        <translation>sudo-Passwort auf %1:</translation>
    </message>
    <message>
        <source>That was not accepted. %1</source>
        <translation>Das wurde nicht angenommen. %1</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Refused: the host key of %1 is not the one recorded in your known hosts. Someone may be intercepting the connection, or the server was reinstalled. Nothing was run; the details are below.</source>
        <translation>Abgelehnt: Der Hostschlüssel von %1 ist nicht der in Ihren bekannten Hosts gespeicherte. Jemand könnte die Verbindung abfangen, oder der Server wurde neu installiert. Es wurde nichts ausgeführt; die Einzelheiten stehen unten.</translation>
    </message>
    <message>
        <source>Both servers are reachable and ready to be examined further.</source>
        <translation>Beide Server sind erreichbar und bereit für die weitere Prüfung.</translation>
    </message>
    <message>
        <source>Fix what is marked in red, then check again.</source>
        <translation>Beheben Sie, was rot markiert ist, und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Cannot read the secret for %1 from the keychain: %2</source>
        <translation>Das Geheimnis für %1 kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the secret for %1 in the keychain: %2</source>
        <translation>Das Geheimnis für %1 kann nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete the secret for %1 from the keychain: %2</source>
        <translation>Das Geheimnis für %1 kann nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>usage: %1 demo up|down|status</source>
        <translation>Aufruf: %1 demo up|down|status</translation>
    </message>
    <message>
        <source>the demo pair needs root (network namespaces, loop disks, FUSE); nothing was changed. Run: %1</source>
        <translation>das Demo-Paar braucht root (Netzwerk-Namensräume, Loop-Datenträger, FUSE); nichts wurde geändert. Ausführen: %1</translation>
    </message>
    <message>
        <source>the demo pair is not part of this installation (no lab script next to %1).</source>
        <translation>das Demo-Paar ist nicht Teil dieser Installation (kein Lab-Skript neben %1).</translation>
    </message>
    <message>
        <source>the demo pair could not be started.</source>
        <translation>das Demo-Paar konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The demo pair is already up.</source>
        <translation>Das Demo-Paar läuft bereits.</translation>
    </message>
    <message>
        <source>Demo pair up: server01 (198.18.1.11) and server02 (198.18.1.12), on this machine only.</source>
        <translation>Demo-Paar läuft: server01 (198.18.1.11) und server02 (198.18.1.12), nur auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Spec: %1</source>
        <translation>Spezifikation: %1</translation>
    </message>
    <message>
        <source>Known hosts: %1</source>
        <translation>Bekannte Hosts: %1</translation>
    </message>
    <message>
        <source>Set it up: %1 apply %2 --known-hosts %3 --accept-split-brain-risk</source>
        <translation>Einrichten: %1 apply %2 --known-hosts %3 --accept-split-brain-risk</translation>
    </message>
    <message>
        <source>Remove it afterwards: %1 demo down</source>
        <translation>Danach entfernen: %1 demo down</translation>
    </message>
    <message>
        <source>the demo pair could not be removed completely (above).</source>
        <translation>das Demo-Paar konnte nicht vollständig entfernt werden (siehe oben).</translation>
    </message>
    <message>
        <source>Demo pair removed: nothing of it is left.</source>
        <translation>Demo-Paar entfernt: Nichts davon ist übrig.</translation>
    </message>
</context>
<context>
    <name>DemoStarter</name>
    <message>
        <source>Run this in a terminal: %1</source>
        <translation>Führen Sie dies in einem Terminal aus: %1</translation>
    </message>
    <message>
        <source>The demo pair could not be started: %1.</source>
        <translation>Das Demo-Paar konnte nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>Root was not granted; nothing was changed.</source>
        <translation>Root-Rechte wurden nicht gewährt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The demo pair could not be started (exit status %1): %2</source>
        <translation>Das Demo-Paar konnte nicht gestartet werden (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>In a terminal: %1</source>
        <translation>In einem Terminal: %1</translation>
    </message>
</context>
<context>
    <name>DiskCandidate</name>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n Partition</numerusform>
            <numerusform>%n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>brick file system of an earlier run</source>
        <translation>Brick-Dateisystem eines früheren Laufs</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>not examined</source>
        <translation>nicht untersucht</translation>
    </message>
</context>
<context>
    <name>DiskPicker</name>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Eingehängt unter</translation>
    </message>
    <message>
        <source>type the disk&apos;s name to confirm</source>
        <translation>zur Bestätigung den Namen des Datenträgers eingeben</translation>
    </message>
    <message>
        <source>Brick &amp;mount:</source>
        <translation>Brick-&amp;Einhängepunkt:</translation>
    </message>
    <message>
        <source>Brick &amp;directory:</source>
        <translation>Brick-&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>In use: a mounted disk is never formatted.</source>
        <translation>In Gebrauch: Ein eingehängter Datenträger wird nie formatiert.</translation>
    </message>
    <message>
        <source>%1 already holds the brick file system of an earlier run: it is kept as it is.</source>
        <translation>%1 enthält bereits das Brick-Dateisystem eines früheren Laufs: Es bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>%1 is empty: it will be formatted with XFS for the brick.</source>
        <translation>%1 ist leer: Er wird für den Brick mit XFS formatiert.</translation>
    </message>
    <message>
        <source>&amp;Format %1 on %2</source>
        <translation>%1 auf %2 &amp;formatieren</translation>
    </message>
    <message>
        <source>%1 holds %2. Formatting erases everything on it: type %1 to confirm.</source>
        <translation>%1 enthält %2. Das Formatieren löscht alles darauf: Geben Sie zur Bestätigung %1 ein.</translation>
    </message>
    <message>
        <source>What %1 holds could not be examined. Formatting erases everything on it: type %1 to confirm.</source>
        <translation>Was %1 enthält, konnte nicht untersucht werden. Das Formatieren löscht alles darauf: Geben Sie zur Bestätigung %1 ein.</translation>
    </message>
    <message>
        <source>A disk of the system is never formatted.</source>
        <translation>Ein Systemdatenträger wird nie formatiert.</translation>
    </message>
</context>
<context>
    <name>DiskSteps</name>
    <message>
        <source>Erase %1 and format it as XFS</source>
        <translation>%1 löschen und mit XFS formatieren</translation>
    </message>
    <message>
        <source>Format %1 as XFS</source>
        <translation>%1 mit XFS formatieren</translation>
    </message>
    <message>
        <source>%s is not a block device.
</source>
        <translation>%s ist kein Blockgerät.
</translation>
    </message>
    <message>
        <source>Refusing to format %s: it is in use (mounted at %s).
</source>
        <translation>%s wird nicht formatiert: Es wird verwendet (eingehängt unter %s).
</translation>
    </message>
    <message>
        <source>Mount the brick file system at %1</source>
        <translation>Das Brick-Dateisystem unter %1 einhängen</translation>
    </message>
    <message>
        <source>The brick is mounted through /etc/fstab by UUID, so it comes back after a reboot even if device names change.</source>
        <translation>Der Brick wird über /etc/fstab per UUID eingehängt, damit er nach einem Neustart wiederkommt, auch wenn sich Gerätenamen ändern.</translation>
    </message>
    <message>
        <source>%s has no file system UUID.
</source>
        <translation>%s hat keine Dateisystem-UUID.
</translation>
    </message>
    <message>
        <source>%s is already mounted elsewhere (%s); it cannot become the brick.
</source>
        <translation>%s ist bereits anderswo eingehängt (%s); es kann nicht der Brick werden.
</translation>
    </message>
    <message>
        <source>/etc/fstab already has another entry for %s; remove or change it first.
</source>
        <translation>/etc/fstab hat bereits einen anderen Eintrag für %s; entfernen oder ändern Sie ihn zuerst.
</translation>
    </message>
    <message>
        <source>Create the brick directory %1</source>
        <translation>Das Brick-Verzeichnis %1 anlegen</translation>
    </message>
    <message>
        <source>Gluster refuses a mount point as a brick; a sub-directory of it also makes sure the brick is never written to the root file system by mistake.</source>
        <translation>Gluster lehnt einen Einhängepunkt als Brick ab; ein Unterverzeichnis davon stellt außerdem sicher, dass der Brick nie versehentlich auf das Wurzeldateisystem geschrieben wird.</translation>
    </message>
    <message>
        <source>%s is not mounted; the brick directory is not created on the root file system.
</source>
        <translation>%s ist nicht eingehängt; das Brick-Verzeichnis wird nicht auf dem Wurzeldateisystem angelegt.
</translation>
    </message>
    <message>
        <source>Refusing to format %s: it holds %s. If its data may be destroyed, name it with --wipe %s.
</source>
        <translation>%s wird nicht formatiert: Es enthält %s. Wenn seine Daten vernichtet werden dürfen, nennen Sie es mit --wipe %s.
</translation>
    </message>
    <message>
        <source>The brick lives on its own XFS file system (inode size 512 leaves room for Gluster&apos;s extended attributes). Only a blank disk is formatted, unless you named it with --wipe and it is still the disk that was checked; a mounted disk and a system disk (fstab, crypttab, swap, EFI, LVM, RAID) are always refused.</source>
        <translation>Der Brick liegt auf einem eigenen XFS-Dateisystem (Inode-Größe 512 lässt Platz für die erweiterten Attribute von Gluster). Nur ein leerer Datenträger wird formatiert, es sei denn, Sie haben ihn mit --wipe genannt und er ist noch derselbe Datenträger, der geprüft wurde; ein eingehängter Datenträger und ein Systemdatenträger (fstab, crypttab, Swap, EFI, LVM, RAID) werden immer abgelehnt.</translation>
    </message>
    <message>
        <source>Refusing to format %s: it belongs to the system (%s).
</source>
        <translation>%s wird nicht formatiert: Es gehört zum System (%s).
</translation>
    </message>
    <message>
        <source>Refusing to erase %s: it is not the disk that was checked (then: %s; now: %s). Check it again and confirm the wipe again.
</source>
        <translation>%s wird nicht gelöscht: Es ist nicht der Datenträger, der geprüft wurde (damals: %s; jetzt: %s). Prüfen Sie ihn erneut und bestätigen Sie das Löschen noch einmal.
</translation>
    </message>
</context>
<context>
    <name>DisksPage</name>
    <message>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Choose the disk that holds each server&apos;s brick. It is formatted with XFS and mounted on its own; disks in use cannot be chosen.</source>
        <translation>Wählen Sie den Datenträger für den Brick jedes Servers. Er wird mit XFS formatiert und eigenständig eingehängt; Datenträger in Gebrauch können nicht gewählt werden.</translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <source>--server needs the name of a server of the spec.</source>
        <translation>--server braucht den Namen eines Servers aus der Spezifikation.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>drill: the spec has no pair of servers.</source>
        <translation>drill: die Spezifikation enthält kein Serverpaar.</translation>
    </message>
    <message>
        <source>drill: there is no server &quot;%1&quot; in the spec.</source>
        <translation>drill: in der Spezifikation gibt es keinen Server „%1“.</translation>
    </message>
    <message>
        <source>drill: refused: the drill takes %1 out of the pair for a while, and there is no terminal to ask whether that is all right. Run it on a terminal, or add --yes.</source>
        <translation>drill: abgelehnt: Die Übung nimmt %1 eine Weile aus dem Paar, und es gibt kein Terminal, um zu fragen, ob das in Ordnung ist. Führen Sie sie in einem Terminal aus oder fügen Sie --yes hinzu.</translation>
    </message>
    <message>
        <source>drill: interrupted; bringing %1 back first. Ctrl-C again quits at once; then restore it with: %2</source>
        <translation>drill: unterbrochen; zuerst wird %1 zurückgeholt. Ein weiteres Strg-C beendet sofort; stellen Sie ihn dann wieder her mit: %2</translation>
    </message>
    <message>
        <source>The drill takes %1 out of the pair (its glusterd, brick and self-heal daemon are stopped), checks that %2 keeps serving, then brings %1 back and waits for the heal.</source>
        <translation>Die Übung nimmt %1 aus dem Paar (sein glusterd, sein Brick und sein Self-Heal-Dienst werden angehalten), prüft, dass %2 weiter ausliefert, holt %1 dann zurück und wartet auf die Heilung.</translation>
    </message>
    <message>
        <source>Take %1 out of the pair now? [y/N]</source>
        <translation>%1 jetzt aus dem Paar nehmen? [y/N]</translation>
    </message>
    <message>
        <source>drill: not confirmed; nothing was changed.</source>
        <translation>drill: nicht bestätigt; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>DrillReport</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>RESTORED</source>
        <translation>WIEDERHERGESTELLT</translation>
    </message>
    <message>
        <source>%1 was out of the pair for %2; %3 kept serving the site and the volume, and the pair healed.</source>
        <translation>%1 war %2 lang aus dem Paar genommen; %3 hat die Website und das Volume weiter ausgeliefert, und die Heilung des Paars ist abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 is back in the pair.</source>
        <translation>%1 ist wieder im Paar.</translation>
    </message>
    <message>
        <source>Site stall: %1 longest without an answer from %2 (%3 answers, %4 failures, asked once a second).</source>
        <translation>Stillstand der Website: längste Strecke ohne Antwort von %2: %1 (%3 Antworten, %4 Fehlschläge, einmal pro Sekunde abgefragt).</translation>
    </message>
    <message>
        <source>Heal: %1 from %2&apos;s brick back online to nothing left to heal.</source>
        <translation>Heilung: %1 von der Rückkehr des Bricks von %2 bis nichts mehr zu heilen war.</translation>
    </message>
    <message>
        <source>The drill&apos;s file, written through %1 while %2 was out, is on both bricks.</source>
        <translation>Die Übungsdatei, über %1 geschrieben, während %2 aus dem Paar genommen war, liegt auf beiden Bricks.</translation>
    </message>
    <message>
        <source>The drill&apos;s file was not found on both bricks.</source>
        <translation>Die Übungsdatei wurde nicht auf beiden Bricks gefunden.</translation>
    </message>
    <message>
        <source>Split-brain entries: %1.</source>
        <translation>Einträge im Split-Brain: %1.</translation>
    </message>
    <message>
        <source>%1 is NOT back in the pair.</source>
        <translation>%1 ist NICHT wieder im Paar.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Restore it with: %1</source>
        <translation>Wiederherstellen mit: %1</translation>
    </message>
</context>
<context>
    <name>FactsGatherer</name>
    <message>
        <source>%1: the facts could not be gathered: %2</source>
        <translation>%1: Die Fakten konnten nicht gesammelt werden: %2</translation>
    </message>
</context>
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
    <message>
        <source>Whether the disks belong to the system could not be read.</source>
        <translation>Ob die Datenträger zum System gehören, konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>FailoverDrill</name>
    <message>
        <source>as root on that server: systemctl start glusterd (without systemd: glusterd -p /var/run/glusterd.pid); then, if its brick stays offline: gluster volume start VOLUME force</source>
        <translation>als root auf diesem Server: systemctl start glusterd (ohne systemd: glusterd -p /var/run/glusterd.pid); dann, falls sein Brick offline bleibt: gluster volume start VOLUME force</translation>
    </message>
    <message>
        <source>the drill needs a pair: a server to take out and one to keep serving.</source>
        <translation>die Übung braucht ein Paar: einen Server, der herausgenommen wird, und einen, der weiter ausliefert.</translation>
    </message>
    <message>
        <source>Bringing %1 back into the pair.</source>
        <translation>%1 wird ins Paar zurückgeholt.</translation>
    </message>
    <message>
        <source>Checking the health of the pair first: the drill starts only on a HEALTHY pair.</source>
        <translation>Zuerst wird der Zustand des Paars geprüft: Die Übung startet nur bei einem GESUNDEN Paar.</translation>
    </message>
    <message>
        <source>%1 could not be reached</source>
        <translation>%1 war nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: %2; nothing was run there.</source>
        <translation>%1: %2; dort wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 war nicht erreichbar.</translation>
    </message>
    <message>
        <source>the SSH session to %1 is gone</source>
        <translation>die SSH-Sitzung zu %1 besteht nicht mehr</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>cancelled before any server was taken out; nothing was changed.</source>
        <translation>abgebrochen, bevor ein Server herausgenommen wurde; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cancelling: %1 is brought back first.</source>
        <translation>Abbruch: %1 wird zuerst zurückgeholt.</translation>
    </message>
    <message>
        <source>If an earlier drill was stopped while %1 was out, bring it back with: %2</source>
        <translation>Wurde eine frühere Übung angehalten, während %1 aus dem Paar genommen war, holen Sie ihn zurück mit: %2</translation>
    </message>
    <message>
        <source>the pair is not HEALTHY (%1): the drill takes a server out only when the other one can carry the site alone. Fix what health reports first.</source>
        <translation>das Paar ist nicht GESUND (%1): Die Übung nimmt einen Server nur heraus, wenn der andere die Website allein tragen kann. Beheben Sie zuerst, was die Zustandsprüfung (health) meldet.</translation>
    </message>
    <message>
        <source>The pair is HEALTHY.</source>
        <translation>Das Paar ist GESUND.</translation>
    </message>
    <message>
        <source>Reading which processes make %1 part of the pair (gluster volume status).</source>
        <translation>Es wird gelesen, welche Prozesse %1 zum Teil des Paars machen (gluster volume status).</translation>
    </message>
    <message>
        <source>could not read the volume&apos;s processes on %1: %2</source>
        <translation>die Prozesse des Volumes auf %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no status of volume %1</source>
        <translation>kein Status für Volume %1</translation>
    </message>
    <message>
        <source>the brick %1 is not online; the drill needs it running.</source>
        <translation>der Brick %1 ist nicht online; die Übung setzt voraus, dass er läuft.</translation>
    </message>
    <message>
        <source>Asking %1&apos;s site once a second: %2</source>
        <translation>Die Website von %1 wird einmal pro Sekunde abgefragt: %2</translation>
    </message>
    <message>
        <source>Taking %1 out of the pair: glusterd stopped, its brick (PID %2) and self-heal daemon (PID %3) ended. If this drill is killed, restore it with: %4</source>
        <translation>%1 wird aus dem Paar genommen: glusterd angehalten, sein Brick (PID %2) und sein Self-Heal-Dienst (PID %3) beendet. Wird diese Übung gewaltsam beendet, stellen Sie ihn wieder her mit: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>taking %1 out failed: %2</source>
        <translation>das Herausnehmen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is out of the pair now.</source>
        <translation>%1 ist jetzt aus dem Paar genommen.</translation>
    </message>
    <message>
        <source>%1 sees %2&apos;s brick offline.</source>
        <translation>%1 sieht den Brick von %2 als offline.</translation>
    </message>
    <message>
        <source>%1 still lists %2 online after the processes ended%3.</source>
        <translation>%1 führt %2 nach dem Beenden der Prozesse noch als online auf%3.</translation>
    </message>
    <message>
        <source>Writing %1 through %2&apos;s mount at %3.</source>
        <translation>%1 wird über den Einhängepunkt von %2 unter %3 geschrieben.</translation>
    </message>
    <message>
        <source>writing %1 through %2 failed while %3 was out: %4</source>
        <translation>das Schreiben von %1 über %2 ist fehlgeschlagen, während %3 aus dem Paar genommen war: %4</translation>
    </message>
    <message>
        <source>%1 did not read back through %2: %3</source>
        <translation>%1 ließ sich über %2 nicht zurücklesen: %3</translation>
    </message>
    <message>
        <source>different content</source>
        <translation>anderer Inhalt</translation>
    </message>
    <message>
        <source>%1 reads it back.</source>
        <translation>%1 liest sie zurück.</translation>
    </message>
    <message>
        <source>Bringing %1 back: starting glusterd (it starts the brick and the self-heal daemon).</source>
        <translation>%1 wird zurückgeholt: glusterd wird gestartet (er startet den Brick und den Self-Heal-Dienst).</translation>
    </message>
    <message>
        <source>%1 could not be brought back.</source>
        <translation>%1 konnte nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <source>%1: its brick or self-heal daemon is still offline %2 after glusterd started; run as root there: gluster volume start %3 force</source>
        <translation>%1: sein Brick oder Self-Heal-Dienst ist %2 nach dem Start von glusterd noch offline; führen Sie dort als root aus: gluster volume start %3 force</translation>
    </message>
    <message>
        <source>%1&apos;s brick did not come back.</source>
        <translation>der Brick von %1 ist nicht zurückgekommen.</translation>
    </message>
    <message>
        <source>%1&apos;s brick is still offline after %2: gluster volume start %3 force</source>
        <translation>Der Brick von %1 ist nach %2 noch offline: gluster volume start %3 force</translation>
    </message>
    <message>
        <source>%1 is back: its brick and self-heal daemon are online.</source>
        <translation>%1 ist zurück: sein Brick und sein Self-Heal-Dienst sind online.</translation>
    </message>
    <message>
        <source>removed %1, left by an earlier drill</source>
        <translation>%1 entfernt, von einer früheren Übung zurückgelassen</translation>
    </message>
    <message>
        <source>Waiting for the heal to finish (gluster volume heal %1 info summary, at most %2).</source>
        <translation>Warten auf das Ende der Heilung (gluster volume heal %1 info summary, höchstens %2).</translation>
    </message>
    <message>
        <source>Healed: nothing left to heal after %1.</source>
        <translation>Geheilt: nach %1 nichts mehr zu heilen.</translation>
    </message>
    <message>
        <source>the heal did not finish within %1 (%2).</source>
        <translation>die Heilung wurde nicht innerhalb von %1 fertig (%2).</translation>
    </message>
    <message>
        <source>entries left: %1</source>
        <translation>verbleibende Einträge: %1</translation>
    </message>
    <message>
        <source>a brick not connected</source>
        <translation>ein Brick nicht verbunden</translation>
    </message>
    <message>
        <source>Entries left to heal: %1</source>
        <translation>Noch zu heilende Einträge: %1</translation>
    </message>
    <message>
        <source>The drill&apos;s file is on both bricks.</source>
        <translation>Die Übungsdatei liegt auf beiden Bricks.</translation>
    </message>
    <message>
        <source>the drill&apos;s file is not on %1&apos;s brick %2 after the heal%3.</source>
        <translation>die Übungsdatei liegt nach der Heilung nicht auf dem Brick %2 von %1%3.</translation>
    </message>
    <message>
        <source> (different content)</source>
        <translation> (anderer Inhalt)</translation>
    </message>
    <message>
        <source>could not read split-brain entries: %1</source>
        <translation>die Split-Brain-Einträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Split-brain entries: %1.</source>
        <translation>Einträge im Split-Brain: %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>the drill&apos;s file %1/%2 could not be removed (%3); remove it by hand.</source>
        <translation>die Übungsdatei %1/%2 konnte nicht entfernt werden (%3); entfernen Sie sie von Hand.</translation>
    </message>
    <message>
        <source>entries in split-brain after the drill: %1.</source>
        <translation>Einträge im Split-Brain nach der Übung: %1.</translation>
    </message>
    <message>
        <source>%1&apos;s site did not answer once while %2 was out.</source>
        <translation>die Website von %1 hat kein einziges Mal geantwortet, während %2 aus dem Paar genommen war.</translation>
    </message>
    <message>
        <source>%1&apos;s site stalled for %2, more than the %3 allowed.</source>
        <translation>die Website von %1 stand %2 lang still, länger als die erlaubten %3.</translation>
    </message>
    <message>
        <source>The drill failed: %1</source>
        <translation>Die Übung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1: glusterd did not start (%2). Run %3.</source>
        <translation>%1: glusterd ist nicht gestartet (%2). Führen Sie %3 aus.</translation>
    </message>
</context>
<context>
    <name>FailoverDrillJob</name>
    <message>
        <source>the wizard&apos;s &quot;Test failover&quot; page again, or: %1</source>
        <translation>erneut die Seite „Failover testen“ des Assistenten oder: %1</translation>
    </message>
    <message>
        <source>%1 offered a host key that is not in known_hosts (%2 %3). The drill trusts only known keys: verify and record it first.</source>
        <translation>%1 hat einen Host-Schlüssel angeboten, der nicht in known_hosts steht (%2 %3). Die Übung vertraut nur bekannten Schlüsseln: Prüfen und speichern Sie ihn zuerst.</translation>
    </message>
</context>
<context>
    <name>FailoverDrillPage</name>
    <message>
        <source>&amp;Start the drill…</source>
        <translation>Übung s&amp;tarten…</translation>
    </message>
    <message>
        <source>S&amp;top and bring it back</source>
        <translation>&amp;Anhalten und zurückholen</translation>
    </message>
    <message>
        <source>Test failover</source>
        <translation>Failover testen</translation>
    </message>
    <message>
        <source>A drill for a pair in service: one server is taken out of the pair (its Gluster processes are stopped) while this computer asks the other one&apos;s site once a second; then it is brought back and the heal is awaited. It starts only when the pair is healthy.</source>
        <translation>Eine Übung für ein Paar im Betrieb: Ein Server wird aus dem Paar genommen (seine Gluster-Prozesse werden angehalten), während dieser Rechner einmal pro Sekunde die Website des anderen abfragt; dann wird er zurückgeholt und die Heilung abgewartet. Sie startet nur, wenn das Paar gesund ist.</translation>
    </message>
    <message>
        <source>Server to take out:</source>
        <translation>Herauszunehmender Server:</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Open the spec of a pair on the welcome page first.</source>
        <translation>Öffnen Sie zuerst auf der Willkommensseite die Spezifikation eines Paars.</translation>
    </message>
    <message>
        <source>Take %1 out of the pair?</source>
        <translation>%1 aus dem Paar nehmen?</translation>
    </message>
    <message>
        <source>The drill stops glusterd, the brick and the self-heal daemon on %1 for about a minute, checks that %2 keeps serving the site and the volume, then starts them again and waits for the heal. Visitors of %1&apos;s own address may see errors meanwhile. It starts only if the pair is healthy. Start it now?</source>
        <translation>Die Übung hält glusterd, den Brick und den Self-Heal-Dienst auf %1 für etwa eine Minute an, prüft, dass %2 die Website und das Volume weiter ausliefert, startet sie dann wieder und wartet auf die Heilung. Besucher der eigenen Adresse von %1 sehen währenddessen womöglich Fehler. Sie startet nur, wenn das Paar gesund ist. Jetzt starten?</translation>
    </message>
    <message>
        <source>%1 is OUT of the pair now.</source>
        <translation>%1 ist jetzt AUSSERHALB des Paars.</translation>
    </message>
    <message>
        <source>%1 is back; waiting for the heal.</source>
        <translation>%1 ist zurück; warten auf die Heilung.</translation>
    </message>
    <message>
        <source>Checking the health of the pair…</source>
        <translation>Zustand des Paars wird geprüft…</translation>
    </message>
    <message>
        <source>Cancelling: bringing the server back first…</source>
        <translation>Abbruch: Zuerst wird der Server zurückgeholt…</translation>
    </message>
    <message>
        <source>%1 (answered: %2, not answered: %3)</source>
        <translation>%1 (beantwortet: %2, unbeantwortet: %3)</translation>
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
    <name>HealthCheckJob</name>
    <message>
        <source>%1 offered a host key that is not in known_hosts (%2 %3). A health check trusts only known keys: verify and record it first (the setup wizard&apos;s connection check, or ssh once).</source>
        <translation>%1 hat einen Host-Schlüssel angeboten, der nicht in known_hosts steht (%2 %3). Eine Zustandsprüfung vertraut nur bekannten Schlüsseln: Prüfen und speichern Sie ihn zuerst (mit der Verbindungsprüfung des Einrichtungsassistenten oder einmal mit ssh).</translation>
    </message>
</context>
<context>
    <name>HealthCheckList</name>
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
        <source>pair</source>
        <translation>Paar</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>See --help.</source>
        <translation>Siehe --help.</translation>
    </message>
</context>
<context>
    <name>HealthDashboardPage</name>
    <message>
        <source>&amp;Replication round trip</source>
        <translation>&amp;Replikations-Rundlauf</translation>
    </message>
    <message>
        <source>C&amp;heck now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Health of the pair</source>
        <translation>Zustand des Paars</translation>
    </message>
    <message>
        <source>Read-only: every server is asked at once what it sees, the site is fetched from here, and a test file makes a round trip through the volume.</source>
        <translation>Nur lesend: Jeder Server wird gleichzeitig gefragt, was er sieht, die Website wird von hier aus abgerufen, und eine Testdatei macht einen Rundlauf durch das Volume.</translation>
    </message>
    <message>
        <source>Writes a uniquely named file through the first server&apos;s mount, reads it through the other&apos;s, then removes it.</source>
        <translation>Schreibt eine eindeutig benannte Datei über den Einhängepunkt des ersten Servers, liest sie über den des anderen und entfernt sie dann.</translation>
    </message>
    <message>
        <source>Select a check to see why and what to do.</source>
        <translation>Wählen Sie eine Prüfung, um zu sehen, warum und was zu tun ist.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 on %n server(s).</source>
        <translation>
            <numerusform>Volume %1 auf %n Server.</numerusform>
            <numerusform>Volume %1 auf %n Servern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation>In %1 s geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n server(s)…</source>
        <translation>
            <numerusform>Verbindung mit %n Server…</numerusform>
            <numerusform>Verbindung mit %n Servern…</numerusform>
        </translation>
    </message>
    <message>
        <source>To fix it, run as root on one of the servers:</source>
        <translation>Zur Behebung führen Sie als root auf einem der Server aus:</translation>
    </message>
    <message>
        <source>To fix it, run as root on %1:</source>
        <translation>Zur Behebung führen Sie als root auf %1 aus:</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>HealthPairSummary</name>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>online, port %1</source>
        <translation>online, Port %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>mounted %1</source>
        <translation>eingehängt unter %1</translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation>nicht eingehängt</translation>
    </message>
    <message>
        <source>in fstab</source>
        <translation>in fstab</translation>
    </message>
    <message>
        <source>not as it should be</source>
        <translation>nicht wie vorgesehen</translation>
    </message>
    <message>
        <source>%1 % free</source>
        <translation>%1 % frei</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>genug</translation>
    </message>
    <message>
        <source>low</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>serves the test file</source>
        <translation>liefert die Testdatei aus</translation>
    </message>
    <message>
        <source>does not serve it</source>
        <translation>liefert sie nicht aus</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>glusterd</source>
        <translation>glusterd</translation>
    </message>
    <message>
        <source>Brick</source>
        <translation>Brick</translation>
    </message>
    <message>
        <source>Self-heal</source>
        <translation>Selbstheilung</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>At boot</source>
        <translation>Beim Start</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>partitioned: neither sees the other</source>
        <translation>getrennt: keiner sieht den anderen</translation>
    </message>
    <message>
        <source>peer state not known</source>
        <translation>Peer-Zustand unbekannt</translation>
    </message>
    <message>
        <source>%1 sees %2 disconnected</source>
        <translation>%1 sieht %2 als getrennt</translation>
    </message>
    <message>
        <source>%1 could not tell</source>
        <translation>%1 konnte es nicht feststellen</translation>
    </message>
    <message>
        <source>peers connected</source>
        <translation>Peers verbunden</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Rundlauf</translation>
    </message>
    <message>
        <source>%1: written, read, removed</source>
        <translation>%1: geschrieben, gelesen, entfernt</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>replica: the same files on every server</source>
        <translation>Replica: auf jedem Server dieselben Dateien</translation>
    </message>
    <message>
        <source>replication not verified</source>
        <translation>Replikation nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>%1 did not connect within %2 s.</source>
        <translation>%1 hat sich nicht innerhalb von %2 s verbunden.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>checked in %1 ms</source>
        <translation>in %1 ms geprüft</translation>
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
    <message>
        <source>Volume %1 is healthy: the copies are in sync and the site is served.</source>
        <translation>Volume %1 ist gesund: Die Kopien sind synchron, und die Website wird ausgeliefert.</translation>
    </message>
</context>
<context>
    <name>HealthStateStyle</name>
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
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>HealthVerdictBanner</name>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>observed %1</source>
        <translation>beobachtet am %1</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown host key of %1</source>
        <translation>Unbekannter Hostschlüssel von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2) is not in your known hosts yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (%2) ist noch nicht in Ihren bekannten Hosts.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the server shows for its own key (for example on its console). Trust it only if they are the same: the key is then recorded, and a different key later is refused.</source>
        <translation>Vergleichen Sie diesen Fingerabdruck mit dem, den der Server für seinen eigenen Schlüssel anzeigt (zum Beispiel auf seiner Konsole). Vertrauen Sie ihm nur, wenn beide gleich sind: Der Schlüssel wird dann gespeichert, und ein anderer Schlüssel wird später abgelehnt.</translation>
    </message>
    <message>
        <source>%1 key fingerprint:</source>
        <translation>Fingerabdruck des %1-Schlüssels:</translation>
    </message>
    <message>
        <source>&amp;Trust and remember</source>
        <translation>&amp;Vertrauen und merken</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Ablehnen</translation>
    </message>
</context>
<context>
    <name>HostKeyVerifier</name>
    <message>
        <source>Cannot check the host key of %1: %2. Nothing was run.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht geprüft werden: %2. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 (%2) has CHANGED. Line %3 of %4 holds a different %5 key. Someone may be intercepting the connection (man-in-the-middle attack), or the server was reinstalled. Nothing was run. The server now offers %5 key %6. If you know why the key changed, remove the old entry (ssh-keygen -R &apos;%2&apos; -f &apos;%4&apos;) and connect again.</source>
        <translation>WARNUNG: Der Host-Schlüssel von %1 (%2) hat sich GEÄNDERT. Zeile %3 von %4 enthält einen anderen %5-Schlüssel. Möglicherweise fängt jemand die Verbindung ab (Man-in-the-Middle-Angriff), oder der Server wurde neu installiert. Es wurde nichts ausgeführt. Der Server bietet jetzt den %5-Schlüssel %6 an. Wenn Sie wissen, warum sich der Schlüssel geändert hat, entfernen Sie den alten Eintrag (ssh-keygen -R &apos;%2&apos; -f &apos;%4&apos;) und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2, %3 %4) is marked @revoked on line %5 of %6. The connection was refused; nothing was run.</source>
        <translation>Der Host-Schlüssel von %1 (%2, %3 %4) ist in Zeile %5 von %6 als @revoked markiert. Die Verbindung wurde abgelehnt; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1: %2</source>
        <translation>Der Host-Schlüssel von %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
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
    <message>
        <source>Nothing is mounted on %1, and the web server on this server does not answer: it waits for the volume rather than serve the empty folder underneath.</source>
        <translation>Auf %1 ist nichts eingehängt, und der Webserver auf diesem Server antwortet nicht: Er wartet auf das Volume, statt den leeren Ordner darunter auszuliefern.</translation>
    </message>
</context>
<context>
    <name>PairDiagram</name>
    <message>
        <source>No health report yet: press Check now.</source>
        <translation>Noch kein Zustandsbericht: Klicken Sie auf „Jetzt prüfen“.</translation>
    </message>
    <message>
        <source>private network</source>
        <translation>privates Netzwerk</translation>
    </message>
    <message>
        <source>heal: not known</source>
        <translation>Heilung: unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n to heal</source>
        <translation>
            <numerusform>%n zu heilen</numerusform>
            <numerusform>%n zu heilen</numerusform>
        </translation>
    </message>
    <message>
        <source>split-brain: not known</source>
        <translation>Split-Brain: unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n in split-brain</source>
        <translation>
            <numerusform>%n im Split-Brain</numerusform>
            <numerusform>%n im Split-Brain</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>choose the copy that wins for each file (select it below for the command)</source>
        <translation>wählen Sie für jede Datei die Kopie, die gewinnt (wählen Sie sie unten aus, um den Befehl zu sehen)</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>Split-Brain</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere Datei</numerusform>
            <numerusform>und %n weitere Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairProbe</name>
    <message>
        <source>logged in as root</source>
        <translation>als root angemeldet</translation>
    </message>
    <message>
        <source>sudo without a password</source>
        <translation>sudo ohne Passwort</translation>
    </message>
    <message>
        <source>sudo with the password</source>
        <translation>sudo mit dem Passwort</translation>
    </message>
    <message>
        <source>unknown: %1 %2</source>
        <translation>unbekannt: %1 %2</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>das Passwort wurde nicht angenommen</translation>
    </message>
    <message>
        <source>waiting for the password</source>
        <translation>wartet auf das Passwort</translation>
    </message>
    <message>
        <source>as %1 (%2)</source>
        <translation>als %1 (%2)</translation>
    </message>
    <message>
        <source>needs root privileges</source>
        <translation>braucht Root-Rechte</translation>
    </message>
    <message>
        <source>waits for the other server</source>
        <translation>wartet auf den anderen Server</translation>
    </message>
    <message>
        <source>reading the system (read-only)</source>
        <translation>System wird gelesen (nur lesend)</translation>
    </message>
    <message>
        <source>unsupported system: %1</source>
        <translation>nicht unterstütztes System: %1</translation>
    </message>
</context>
<context>
    <name>PairResult</name>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>gluster volume info failed: %1</source>
        <translation>gluster volume info ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>gluster volume info could not be read: %1</source>
        <translation>gluster volume info konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>PeerHealthRules</name>
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
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>These servers run glusterd but cannot see each other over the private network: %1. Each side keeps serving and writing on its own: a file changed on both sides ends in split-brain. Restore the private link (cable, interface, firewall on port 24007 and the brick ports).</source>
        <translation>Diese Server führen glusterd aus, können sich über das private Netzwerk aber nicht sehen: %1. Jede Seite liefert weiter aus und schreibt für sich allein: Eine auf beiden Seiten geänderte Datei endet im Split-Brain. Stellen Sie die private Verbindung wieder her (Kabel, Schnittstelle, Firewall auf Port 24007 und den Brick-Ports).</translation>
    </message>
</context>
<context>
    <name>PeerNetworkCheck</name>
    <message>
        <source>wrong address: %1</source>
        <translation>falsche Adresse: %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <source>%1 reachable (glusterd not running yet)</source>
        <translation>%1 erreichbar (glusterd läuft noch nicht)</translation>
    </message>
    <message>
        <source>%1 does not answer (filtered)</source>
        <translation>%1 antwortet nicht (gefiltert)</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 could not be tested</source>
        <translation>%1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>not resolving yet: %1 (added to /etc/hosts by the plan)</source>
        <translation>noch nicht auflösbar: %1 (wird vom Plan in /etc/hosts eingetragen)</translation>
    </message>
    <message>
        <source>no peer was tested</source>
        <translation>kein Peer wurde geprüft</translation>
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
    <name>PlanCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n step(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Schritt)</numerusform>
            <numerusform>%1 geschrieben (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>planning needs the facts of every server; to plan without connecting, give the distribution with --assume-os debian or --assume-os fedora.</source>
        <translation>Die Planung braucht die Fakten jedes Servers; um ohne Verbindung zu planen, geben Sie die Distribution mit --assume-os debian oder --assume-os fedora an.</translation>
    </message>
    <message>
        <source>warning: --wipe permits erasing a disk as the check sees it; with --assume-os no disk was looked at, so the plan erases none.</source>
        <translation>Warnung: --wipe erlaubt das Löschen eines Datenträgers so, wie die Prüfung ihn sieht; mit --assume-os wurde kein Datenträger angesehen, daher löscht der Plan keinen.</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>The plan is inconsistent: %1</source>
        <translation>Der Plan ist widersprüchlich: %1</translation>
    </message>
    <message>
        <source>Not connected to %1: connect to every server before running the plan.</source>
        <translation>Nicht mit %1 verbunden: Verbinden Sie sich mit jedem Server, bevor Sie den Plan ausführen.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; on %2 erases a disk and was not confirmed.</source>
        <translation>Der Schritt „%1“ auf %2 löscht einen Datenträger und wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>its result could not be verified (%1)</source>
        <translation>sein Ergebnis konnte nicht überprüft werden (%1)</translation>
    </message>
    <message>
        <source>its check could not run (%1)</source>
        <translation>seine Prüfung konnte nicht laufen (%1)</translation>
    </message>
    <message>
        <source>it failed (%1)</source>
        <translation>er ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; on %2: %3.</source>
        <translation>Schritt „%1“ auf %2: %3.</translation>
    </message>
    <message>
        <source>The run cannot continue: no step is ready to run.</source>
        <translation>Der Lauf kann nicht weitergehen: Kein Schritt ist bereit.</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>%n Schritt erledigt.</numerusform>
            <numerusform>Alle %n Schritte erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled: the commands that were running were ended on the servers. A later run resumes where this one stopped.</source>
        <translation>Der Lauf wurde abgebrochen: Die laufenden Befehle wurden auf den Servern beendet. Ein späterer Lauf macht dort weiter, wo dieser aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message numerus="yes">
        <source>Plan for volume %1 on %2: %n step(s).</source>
        <translation>
            <numerusform>Plan für Volume %1 auf %2: %n Schritt.</numerusform>
            <numerusform>Plan für Volume %1 auf %2: %n Schritte.</numerusform>
        </translation>
    </message>
    <message>
        <source>A check that exits 0 means the step is already done; otherwise apply runs, then verify must succeed.</source>
        <translation>Eine Prüfung (check), die mit 0 endet, bedeutet, dass der Schritt schon erledigt ist; sonst läuft apply, danach muss verify gelingen.</translation>
    </message>
    <message>
        <source>(destroys data: asks first unless --yes)</source>
        <translation>(vernichtet Daten: fragt vorher, außer mit --yes)</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>warum: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>nach: %1</translation>
    </message>
    <message>
        <source>Each command runs as root on its server through `env LC_ALL=C bash -c`, after &quot;%1&quot; (plan --json shows the exact remote lines).</source>
        <translation>Jeder Befehl läuft als root auf seinem Server über `env LC_ALL=C bash -c`, nach „%1“ (plan --json zeigt die genauen entfernten Zeilen).</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Facts are needed for each of the %1 servers (got %2).</source>
        <translation>Für jeden der %1 Server werden Fakten benötigt (erhalten: %2).</translation>
    </message>
    <message>
        <source>%1: unsupported operating system &quot;%2&quot;; supported are Debian, Ubuntu, Fedora and RHEL-like systems.</source>
        <translation>%1: nicht unterstütztes Betriebssystem „%2“; unterstützt werden Debian, Ubuntu, Fedora und RHEL-ähnliche Systeme.</translation>
    </message>
</context>
<context>
    <name>PreparedSpec</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 is not a usable spec:</source>
        <translation>%1 ist keine verwendbare Spezifikation:</translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation>%1 hat Probleme:</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no key file given</source>
        <translation>keine Schlüsseldatei angegeben</translation>
    </message>
</context>
<context>
    <name>PrivilegeProbe</name>
    <message>
        <source>sudo password for %1 on %2:</source>
        <translation>sudo-Passwort für %1 auf %2:</translation>
    </message>
    <message>
        <source>sudo on %1 is set to &apos;Defaults requiretty&apos;: it refuses to run without a terminal, and this program never asks for one (sudo would echo the password into it). Ask the administrator to add &apos;Defaults:%2 !requiretty&apos; to the sudoers file, or log in as root.</source>
        <translation>sudo auf %1 ist auf „Defaults requiretty“ eingestellt: Es verweigert die Ausführung ohne Terminal, und dieses Programm fordert nie eines an (sudo würde das Passwort darin anzeigen). Bitten Sie den Administrator, „Defaults:%2 !requiretty“ in die sudoers-Datei aufzunehmen, oder melden Sie sich als root an.</translation>
    </message>
    <message>
        <source>%1 is not root on %2 and cannot use sudo there: %3</source>
        <translation>%1 ist auf %2 nicht root und kann dort sudo nicht verwenden: %3</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the password of %2.</source>
        <translation>sudo auf %1 hat das Passwort von %2 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>sudo on %1 needs the password of %2, and none was given.</source>
        <translation>sudo auf %1 braucht das Passwort von %2, und es wurde keines angegeben.</translation>
    </message>
    <message>
        <source>%1 cannot use sudo on %2: %3</source>
        <translation>%1 kann sudo auf %2 nicht verwenden: %3</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n Partition</numerusform>
            <numerusform>%n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsupported operating system &quot;%1&quot;: Debian, Ubuntu, Fedora and RHEL-like systems are supported.</source>
        <translation>Nicht unterstütztes Betriebssystem „%1“: Unterstützt werden Debian, Ubuntu, Fedora und RHEL-ähnliche Systeme.</translation>
    </message>
    <message>
        <source>No package manager found (apt-get, dnf or yum).</source>
        <translation>Keine Paketverwaltung gefunden (apt-get, dnf oder yum).</translation>
    </message>
    <message>
        <source>Will install: %1.</source>
        <translation>Wird installiert: %1.</translation>
    </message>
    <message>
        <source>systemd is not running: glusterd and the web server are started directly and will not start by themselves after a reboot.</source>
        <translation>systemd läuft nicht: glusterd und der Webserver werden direkt gestartet und starten nach einem Neustart nicht von selbst.</translation>
    </message>
    <message>
        <source>SELinux is enforcing: httpd_use_fusefs will be set.</source>
        <translation>SELinux ist im Modus enforcing: httpd_use_fusefs wird gesetzt.</translation>
    </message>
    <message>
        <source>A firewall is active (%1): the Gluster ports will be opened to the peers.</source>
        <translation>Eine Firewall ist aktiv (%1): Die Gluster-Ports werden für die Peers geöffnet.</translation>
    </message>
    <message>
        <source>The disk %1 does not exist.</source>
        <translation>Der Datenträger %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a block device.</source>
        <translation>%1 ist kein Blockgerät.</translation>
    </message>
    <message>
        <source>%1 is already the brick, mounted at %2.</source>
        <translation>%1 ist bereits der Brick, eingehängt unter %2.</translation>
    </message>
    <message>
        <source>%1 is in use (mounted at %2); a mounted disk is never formatted.</source>
        <translation>%1 wird verwendet (eingehängt unter %2); ein eingehängter Datenträger wird nie formatiert.</translation>
    </message>
    <message>
        <source>%1 already holds a brick file system from an earlier run; it is kept.</source>
        <translation>%1 enthält bereits ein Brick-Dateisystem aus einem früheren Lauf; es wird behalten.</translation>
    </message>
    <message>
        <source>%1 holds %2; it is formatted only if you name it with --wipe %3:%1.</source>
        <translation>%1 enthält %2; er wird nur formatiert, wenn Sie ihn mit --wipe %3:%1 nennen.</translation>
    </message>
    <message>
        <source>%1 does not resolve yet: it will be added to /etc/hosts as %2.</source>
        <translation>%1 ist noch nicht auflösbar: Der Name wird mit %2 in /etc/hosts eingetragen.</translation>
    </message>
    <message>
        <source>%1 resolves to %2, not to its private address %3: correct DNS or /etc/hosts.</source>
        <translation>%1 löst zu %2 auf, nicht zu seiner privaten Adresse %3: Korrigieren Sie DNS oder /etc/hosts.</translation>
    </message>
    <message>
        <source>TCP port 24007 of %1 does not answer (packets are dropped): open the Gluster ports between the private addresses.</source>
        <translation>TCP-Port 24007 von %1 antwortet nicht (Pakete werden verworfen): Öffnen Sie die Gluster-Ports zwischen den privaten Adressen.</translation>
    </message>
    <message>
        <source>%1 cannot be reached on the private network.</source>
        <translation>%1 ist im privaten Netzwerk nicht erreichbar.</translation>
    </message>
    <message>
        <source>Whether %1 can be reached on TCP 24007 could not be tested.</source>
        <translation>Ob %1 über TCP 24007 erreichbar ist, konnte nicht getestet werden.</translation>
    </message>
    <message>
        <source>This server is already in a Gluster pool with %1, which is not in the spec.</source>
        <translation>Dieser Server ist bereits in einem Gluster-Pool mit %1, der nicht in der Spezifikation steht.</translation>
    </message>
    <message>
        <source>The volume %1 already exists with these bricks; it is kept.</source>
        <translation>Das Volume %1 existiert bereits mit diesen Bricks; es wird behalten.</translation>
    </message>
    <message>
        <source>A volume named %1 already exists with other bricks (%2).</source>
        <translation>Ein Volume namens %1 existiert bereits mit anderen Bricks (%2).</translation>
    </message>
    <message>
        <source>/etc/fstab already mounts %1 at %2.</source>
        <translation>/etc/fstab hängt %1 bereits unter %2 ein.</translation>
    </message>
    <message>
        <source>%1 belongs to the system and is never formatted: %2</source>
        <translation>%1 gehört zum System und wird nie formatiert: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 and will be erased (--wipe), if right before formatting it is still this disk: %3.</source>
        <translation>%1 enthält %2 und wird gelöscht (--wipe), wenn er unmittelbar vor dem Formatieren noch dieser Datenträger ist: %3.</translation>
    </message>
    <message>
        <source>%1 holds %2, and what it is (size, serial, signatures) could not be read: it is not erased.</source>
        <translation>%1 enthält %2, und was für ein Datenträger er ist (Größe, Seriennummer, Signaturen), konnte nicht gelesen werden: Er wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>%1 changed since you allowed erasing it (then: %2; now: %3): confirm it again.</source>
        <translation>%1 hat sich verändert, seit Sie das Löschen erlaubt haben (damals: %2; jetzt: %3): Bestätigen Sie es erneut.</translation>
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
    <name>ReplicationRoundTrip</name>
    <message>
        <source>The SSH session is gone.</source>
        <translation>Die SSH-Sitzung besteht nicht mehr.</translation>
    </message>
    <message>
        <source>%1 read different content than %2 wrote.</source>
        <translation>%1 hat anderen Inhalt gelesen, als %2 geschrieben hat.</translation>
    </message>
    <message>
        <source>The round trip did not finish in time.</source>
        <translation>Der Rundlauf wurde nicht rechtzeitig fertig.</translation>
    </message>
</context>
<context>
    <name>ReplicationTestSteps</name>
    <message>
        <source>Write the test file %1 through the volume</source>
        <translation>Die Testdatei %1 über das Volume schreiben</translation>
    </message>
    <message>
        <source>%s does not show the test content: replication is not working.
</source>
        <translation>%s zeigt den Testinhalt nicht: Die Replikation funktioniert nicht.
</translation>
    </message>
    <message>
        <source>Read the test file on %1</source>
        <translation>Die Testdatei auf %1 lesen</translation>
    </message>
    <message>
        <source>Proves that what %1 wrote is replicated to this server.</source>
        <translation>Beweist, dass das, was %1 geschrieben hat, auf diesen Server repliziert wird.</translation>
    </message>
    <message>
        <source>Fetch the test file over HTTP from %1</source>
        <translation>Die Testdatei per HTTP von %1 abrufen</translation>
    </message>
    <message>
        <source>Proves that the web server on %1 serves the replicated content on its public address.</source>
        <translation>Beweist, dass der Webserver auf %1 den replizierten Inhalt auf seiner öffentlichen Adresse ausliefert.</translation>
    </message>
    <message>
        <source>%s does not serve the test content.
</source>
        <translation>%s liefert den Testinhalt nicht aus.
</translation>
    </message>
    <message>
        <source>A file written on one server must appear on the others and on the web. A file that is already there with other content (the site&apos;s own page) is never overwritten: the test then writes a file of its own beside it and removes it afterwards.</source>
        <translation>Eine auf einem Server geschriebene Datei muss auf den anderen und im Web erscheinen. Eine Datei, die bereits mit anderem Inhalt vorhanden ist (die eigene Seite der Website), wird nie überschrieben: Der Test schreibt dann eine eigene Datei daneben und entfernt sie danach.</translation>
    </message>
    <message>
        <source>The volume is not mounted at %s.
</source>
        <translation>Das Volume ist nicht unter %s eingehängt.
</translation>
    </message>
    <message>
        <source>%s already holds other content (the site&apos;s own page): it is left as it is; the test writes %s instead and removes it afterwards.
</source>
        <translation>%s enthält bereits anderen Inhalt (die eigene Seite der Website): Die Datei bleibt unverändert; der Test schreibt stattdessen %s und entfernt diese Datei danach.
</translation>
    </message>
    <message>
        <source>read back on %1</source>
        <translation>auf %1 zurückgelesen</translation>
    </message>
    <message>
        <source>the test content served over HTTP by %1</source>
        <translation>der Testinhalt, von %1 per HTTP ausgeliefert</translation>
    </message>
    <message>
        <source>Remove the test&apos;s own file</source>
        <translation>Die eigene Datei des Tests entfernen</translation>
    </message>
    <message>
        <source>When the site already had its own %1, the test used a file of its own: it is removed once every server has read and served it. The spec&apos;s test file written where there was none stays.</source>
        <translation>Hatte die Website bereits ihre eigene Datei %1, hat der Test eine eigene Datei verwendet: Sie wird entfernt, sobald jeder Server sie gelesen und ausgeliefert hat. Die Testdatei der Spezifikation, die geschrieben wurde, wo es keine gab, bleibt bestehen.</translation>
    </message>
    <message>
        <source>Removed the test file %s.
</source>
        <translation>Die Testdatei %s wurde entfernt.
</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The volume as Gluster reports it, and the proof that both servers serve the same content.</source>
        <translation>Das Volume, wie Gluster es meldet, und der Nachweis, dass beide Server denselben Inhalt ausliefern.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Bricks:</source>
        <translation>Bricks:</translation>
    </message>
    <message>
        <source>Replication test</source>
        <translation>Replikationstest</translation>
    </message>
    <message>
        <source>gluster volume info</source>
        <translation>gluster volume info</translation>
    </message>
    <message>
        <source>Reading the volume…</source>
        <translation>Volume wird gelesen…</translation>
    </message>
    <message>
        <source>Written on one server, read and served by all.</source>
        <translation>Auf einem Server geschrieben, von allen gelesen und ausgeliefert.</translation>
    </message>
    <message>
        <source>The replication test did not pass.</source>
        <translation>Der Replikationstest ist nicht bestanden.</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, Replik %2</translation>
    </message>
    <message>
        <source>The pair is ready: %1 is replicated and served by both servers.</source>
        <translation>Das Paar ist bereit: %1 wird repliziert und von beiden Servern ausgeliefert.</translation>
    </message>
    <message>
        <source>The pair is not complete: see below.</source>
        <translation>Das Paar ist nicht vollständig: siehe unten.</translation>
    </message>
    <message>
        <source>Site content</source>
        <translation>Inhalt der Website</translation>
    </message>
    <message>
        <source>Nothing was moved or copied in this run: the volume was already mounted with the content it holds.</source>
        <translation>In diesem Lauf wurde nichts verschoben oder kopiert: Das Volume war bereits mit seinem jetzigen Inhalt eingehängt.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export as script…</source>
        <translation>Als Skript e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Save spec…</source>
        <translation>Spezifikation &amp;speichern…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>These are the exact commands, in order, for each server. Steps that are already done are skipped when the plan runs.</source>
        <translation>Dies sind die genauen Befehle für jeden Server, in ihrer Reihenfolge. Schritte, die bereits erledigt sind, werden beim Ausführen übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Run the plan</source>
        <translation>Plan &amp;ausführen</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>Plan wird vorbereitet…</translation>
    </message>
    <message>
        <source>Erases the disk. %1</source>
        <translation>Löscht den Datenträger. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s)</source>
        <translation>
            <numerusform>%1 — %n Schritt</numerusform>
            <numerusform>%1 — %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) for %1 servers.</source>
        <translation>
            <numerusform>%n Schritt für %1 Server.</numerusform>
            <numerusform>%n Schritte für %1 Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the plan as a script</source>
        <translation>Plan als Skript exportieren</translation>
    </message>
    <message>
        <source>Shell script (*.sh);;All files (*)</source>
        <translation>Shell-Skript (*.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Script written to %1.</source>
        <translation>Skript nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Save the setup spec</source>
        <translation>Setup-Spezifikation speichern</translation>
    </message>
    <message>
        <source>Setup spec (*.json);;All files (*)</source>
        <translation>Setup-Spezifikation (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Spec saved to %1 (it holds no password).</source>
        <translation>Spezifikation nach %1 gespeichert (sie enthält kein Passwort).</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>Done in %1: %n step(s) applied, %2 already done, %3 verified.</source>
        <translation>
            <numerusform>Fertig in %1: %n Schritt ausgeführt, %2 bereits erledigt, %3 verifiziert.</numerusform>
            <numerusform>Fertig in %1: %n Schritte ausgeführt, %2 bereits erledigt, %3 verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Save &amp;log…</source>
        <translation>&amp;Protokoll speichern…</translation>
    </message>
    <message>
        <source>Running the plan</source>
        <translation>Der Plan wird ausgeführt</translation>
    </message>
    <message>
        <source>Both servers are set up at the same time where the steps allow it. You can cancel: a later run resumes where this one stopped.</source>
        <translation>Beide Server werden gleichzeitig eingerichtet, wo die Schritte es erlauben. Sie können abbrechen: Ein späterer Lauf macht dort weiter, wo dieser aufgehört hat.</translation>
    </message>
    <message>
        <source>Show the &amp;result</source>
        <translation>E&amp;rgebnis anzeigen</translation>
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
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>The plan cannot run: go back to the review.</source>
        <translation>Der Plan kann nicht ausgeführt werden: Gehen Sie zurück zur Überprüfung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; log</source>
        <translation>Protokoll von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Save the run log</source>
        <translation>Ablaufprotokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no log to save yet.</source>
        <translation>Es gibt noch kein Protokoll zu speichern.</translation>
    </message>
    <message>
        <source>Log saved to %1.</source>
        <translation>Protokoll nach %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cancelling: ending the commands running on the servers (SIGTERM, SIGKILL after %1 s)…</source>
        <translation>Abbruch: Die auf den Servern laufenden Befehle werden beendet (SIGTERM, SIGKILL nach %1 s)…</translation>
    </message>
</context>
<context>
    <name>ScriptExporter</name>
    <message>
        <source>%1 %2: sets up the GlusterFS volume %3 on %4 from this workstation over ssh.</source>
        <translation>%1 %2: richtet das GlusterFS-Volume %3 auf %4 von diesem Arbeitsplatz aus über ssh ein.</translation>
    </message>
    <message>
        <source>Generated from the plan that `plan` prints and `apply` runs; every step&apos;s check, apply and verify below are sent to the server exactly as written.</source>
        <translation>Erzeugt aus dem Plan, den `plan` ausgibt und `apply` ausführt; check, apply und verify jedes Schritts unten werden genau so an den Server gesendet.</translation>
    </message>
    <message>
        <source>Each step: check (exit 0 = already done, skipped), else apply, then verify (must succeed). Running the script again changes nothing that is done.</source>
        <translation>Jeder Schritt: check (Exit 0 = schon erledigt, übersprungen), sonst apply, dann verify (muss gelingen). Ein erneuter Lauf des Skripts ändert nichts, was erledigt ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Disks allowed to be wiped: %1.</source>
        <translation>
            <numerusform>%n Schritt. Datenträger, die gelöscht werden dürfen: %1.</numerusform>
            <numerusform>%n Schritte. Datenträger, die gelöscht werden dürfen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No password or passphrase is stored here: ssh asks for them, or use keys.</source>
        <translation>Hier ist kein Passwort und keine Passphrase gespeichert: ssh fragt danach, oder verwenden Sie Schlüssel.</translation>
    </message>
    <message>
        <source>Run it as: [GHW_SSH=&quot;ssh -F ssh_config&quot;] bash SCRIPT [--yes] [--dry-run]; a non-root ssh user gets root through GHW_SUDO (default: passwordless sudo). See --help.</source>
        <translation>Ausführen mit: [GHW_SSH=&quot;ssh -F ssh_config&quot;] bash SCRIPT [--yes] [--dry-run]; ein ssh-Benutzer, der nicht root ist, erhält root-Rechte über GHW_SUDO (Vorgabe: sudo ohne Passwort). Siehe --help.</translation>
    </message>
    <message>
        <source>Without GHW_SSH, ssh checks host keys strictly (StrictHostKeyChecking=yes) against the known_hosts file of the export, set in ghw_default_ssh below.</source>
        <translation>Ohne GHW_SSH prüft ssh Host-Schlüssel streng (StrictHostKeyChecking=yes) gegen die known_hosts-Datei des Exports, die unten in ghw_default_ssh festgelegt ist.</translation>
    </message>
</context>
<context>
    <name>SecretFiles</name>
    <message>
        <source>--secret-file %1: the kind of secret must be password, passphrase or sudo, not &quot;%2&quot;.</source>
        <translation>--secret-file %1: Die Art des Geheimnisses muss password, passphrase oder sudo sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--secret-file %1: the spec has no server &quot;%2&quot; (it has %3).</source>
        <translation>--secret-file %1: Die Spezifikation hat keinen Server „%2“ (sie hat %3).</translation>
    </message>
    <message>
        <source>--secret-file %1: no server of the spec logs in with a password or an encrypted key; say which server and kind of secret it is: --secret-file SERVER:sudo=FILE.</source>
        <translation>--secret-file %1: Kein Server der Spezifikation meldet sich mit Passwort oder verschlüsseltem Schlüssel an; geben Sie an, für welchen Server und welche Art von Geheimnis die Datei gilt: --secret-file SERVER:sudo=FILE.</translation>
    </message>
    <message>
        <source>--secret-file %1: more than one server logs in with a password or an encrypted key; give each its own: --secret-file SERVER:password=FILE or SERVER:passphrase=FILE.</source>
        <translation>--secret-file %1: Mehr als ein Server meldet sich mit Passwort oder verschlüsseltem Schlüssel an; geben Sie jedem seine eigene Datei: --secret-file SERVER:password=FILE oder SERVER:passphrase=FILE.</translation>
    </message>
    <message>
        <source>--secret-file: the %1 of %2 is given twice.</source>
        <translation>--secret-file: Das Geheimnis der Art %1 für %2 ist doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>ServerConnections</name>
    <message>
        <source>new host key %1 %2 accepted and recorded</source>
        <translation>neuer Host-Schlüssel %1 %2 akzeptiert und gespeichert</translation>
    </message>
    <message>
        <source>%1: unknown host key %2 %3; compare it with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and run again with --accept-new-host-keys, or add it to known_hosts.</source>
        <translation>%1: unbekannter Host-Schlüssel %2 %3; vergleichen Sie ihn mit dem des Servers (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) und führen Sie den Befehl mit --accept-new-host-keys erneut aus, oder fügen Sie ihn zu known_hosts hinzu.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
</context>
<context>
    <name>ServerFacts</name>
    <message>
        <source>--secret-file %1: no such file.</source>
        <translation>--secret-file %1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>--secret-file %1 may be read by others: make it mode 0600 (chmod 600).</source>
        <translation>--secret-file %1 kann von anderen gelesen werden: Setzen Sie den Modus auf 0600 (chmod 600).</translation>
    </message>
    <message>
        <source>--secret-file %1: %2</source>
        <translation>--secret-file %1: %2</translation>
    </message>
    <message>
        <source>facts gathered: %1</source>
        <translation>Fakten gesammelt: %1</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Public address:</source>
        <translation>Ö&amp;ffentliche Adresse:</translation>
    </message>
    <message>
        <source>name or IP the web is served on</source>
        <translation>Name oder IP, unter der das Web ausgeliefert wird</translation>
    </message>
    <message>
        <source>P&amp;rivate name:</source>
        <translation>P&amp;rivater Name:</translation>
    </message>
    <message>
        <source>Private &amp;address:</source>
        <translation>Private &amp;Adresse:</translation>
    </message>
    <message>
        <source>IP for the storage traffic</source>
        <translation>IP für den Speicherverkehr</translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation>SSH-&amp;Host:</translation>
    </message>
    <message>
        <source>host, IP or ~/.ssh/config alias</source>
        <translation>Host, IP oder Alias aus ~/.ssh/config</translation>
    </message>
    <message>
        <source>from SSH config (22)</source>
        <translation>aus der SSH-Konfiguration (22)</translation>
    </message>
    <message>
        <source>SSH p&amp;ort:</source>
        <translation>SSH-P&amp;ort:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>from SSH config</source>
        <translation>aus der SSH-Konfiguration</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation>Anme&amp;lden mit:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Private Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>asked when needed</source>
        <translation>wird bei Bedarf erfragt</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Remember it in the k&amp;eychain</source>
        <translation>Im Schlüssel&amp;bund merken</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>key passphrase, if any</source>
        <translation>Passphrase des Schlüssels, falls vorhanden</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel wählen</translation>
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
    <name>ServerProbe</name>
    <message>
        <source>The SSH session is gone.</source>
        <translation>Die SSH-Sitzung besteht nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The two servers of the pair: the public address serves the web, the private network carries the storage traffic. SSH settings left empty come from your ~/.ssh/config.</source>
        <translation>Die beiden Server des Paares: Die öffentliche Adresse liefert das Web aus, das private Netz trägt den Speicherverkehr. Leer gelassene SSH-Einstellungen kommen aus Ihrer ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Passwords are kept in memory for this session only, or in your desktop keychain when you tick &quot;Remember&quot;; never in the spec file.</source>
        <translation>Passwörter werden nur für diese Sitzung im Speicher gehalten, oder in Ihrem Schlüsselbund, wenn Sie „Merken“ ankreuzen; nie in der Spezifikationsdatei.</translation>
    </message>
</context>
<context>
    <name>ServiceSteps</name>
    <message>
        <source>Enable and start glusterd</source>
        <translation>glusterd aktivieren und starten</translation>
    </message>
    <message>
        <source>The Gluster management daemon must run on every server, and start at boot, before the servers can form a pool.</source>
        <translation>Der Gluster-Verwaltungsdienst muss auf jedem Server laufen und beim Systemstart starten, bevor die Server einen Pool bilden können.</translation>
    </message>
    <message>
        <source>glusterd was started but does not answer after 30 seconds; see /var/log/glusterfs/glusterd.log on this server.</source>
        <translation>glusterd wurde gestartet, antwortet aber nach 30 Sekunden nicht; siehe /var/log/glusterfs/glusterd.log auf diesem Server.</translation>
    </message>
    <message>
        <source>Enable and start the web server (%1)</source>
        <translation>Den Webserver aktivieren und starten (%1)</translation>
    </message>
    <message>
        <source>Each server serves the replicated %1 over HTTP, so either can answer when the other is down.</source>
        <translation>Jeder Server liefert das replizierte %1 per HTTP aus, damit jeder antworten kann, wenn der andere ausgefallen ist.</translation>
    </message>
    <message>
        <source>Start the web server (%1) only once the volume is mounted</source>
        <translation>Den Webserver (%1) erst starten, wenn das Volume eingehängt ist</translation>
    </message>
    <message>
        <source>At boot, Apache must not serve the empty directory under %1 (or a default page) while the volume is not mounted yet, or not at all. A systemd drop-in with RequiresMountsFor=%1 starts %2 after the volume&apos;s mount and not at all when the mount fails: then this server does not answer, the other one serves the site, and health says why (After= alone would only order the start, and still serve the empty directory when the mount fails). Once the volume is mounted later (mount %1), start %2 again. Without systemd (some containers) there is no unit to extend: the step does not apply there and its check passes.</source>
        <translation>Beim Systemstart darf Apache nicht das leere Verzeichnis unter %1 (oder eine Standardseite) ausliefern, solange das Volume noch nicht oder gar nicht eingehängt ist. Ein systemd-Drop-in mit RequiresMountsFor=%1 startet %2 nach dem Einhängen des Volumes und gar nicht, wenn das Einhängen fehlschlägt: Dann antwortet dieser Server nicht, der andere liefert die Website aus, und die Zustandsprüfung (health) nennt den Grund (After= allein würde nur die Startreihenfolge festlegen und bei fehlgeschlagenem Einhängen trotzdem das leere Verzeichnis ausliefern). Wird das Volume später eingehängt (mount %1), starten Sie %2 erneut. Ohne systemd (manche Container) gibt es keine Unit zum Erweitern: Der Schritt entfällt dort, und seine Prüfung gilt als bestanden.</translation>
    </message>
</context>
<context>
    <name>SetupSession</name>
    <message>
        <source>The servers are not connected: run the connectivity checks again.</source>
        <translation>Die Server sind nicht verbunden: Führen Sie die Verbindungsprüfungen erneut aus.</translation>
    </message>
</context>
<context>
    <name>SiteWatch</name>
    <message>
        <source>site: HTTP 200 in %1 ms</source>
        <translation>Website: HTTP 200 in %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>site: NO ANSWER (%1) after %2 ms</source>
        <translation>Website: KEINE ANTWORT (%1) nach %2 ms</translation>
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
    <name>SshAuthenticator</name>
    <message numerus="yes">
        <source>%1 closed the connection after %n failed login attempt(s). Servers allow only a few tries per connection (MaxAuthTries), and repeated failures can lock the account for a while.</source>
        <translation>
            <numerusform>%1 hat die Verbindung nach %n fehlgeschlagenen Anmeldeversuch geschlossen. Server erlauben nur wenige Versuche pro Verbindung (MaxAuthTries), und wiederholte Fehlschläge können das Konto eine Weile sperren.</numerusform>
            <numerusform>%1 hat die Verbindung nach %n fehlgeschlagenen Anmeldeversuchen geschlossen. Server erlauben nur wenige Versuche pro Verbindung (MaxAuthTries), und wiederholte Fehlschläge können das Konto eine Weile sperren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted none of the %n key(s) in ssh-agent for user %2. Is one of their public keys in ~%2/.ssh/authorized_keys on the server?</source>
        <translation>
            <numerusform>%1 hat den %n Schlüssel im ssh-agent für den Benutzer %2 nicht akzeptiert. Steht sein öffentlicher Schlüssel in ~%2/.ssh/authorized_keys auf dem Server?</numerusform>
            <numerusform>%1 hat keinen der %n Schlüssel im ssh-agent für den Benutzer %2 akzeptiert. Steht einer ihrer öffentlichen Schlüssel in ~%2/.ssh/authorized_keys auf dem Server?</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1@%2 (%3):</source>
        <translation>Passwort für %1@%2 (%3):</translation>
    </message>
    <message>
        <source>Passphrase for the key %1:</source>
        <translation>Passphrase für den Schlüssel %1:</translation>
    </message>
    <message>
        <source>%1 does not accept %2 logins for %3; it offers: %4.</source>
        <translation>%1 akzeptiert keine Anmeldung per %2 für %3; angeboten wird: %4.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Cannot log in to %1 with a key: %2</source>
        <translation>Anmeldung bei %1 mit einem Schlüssel nicht möglich: %2</translation>
    </message>
    <message>
        <source>no key file is configured</source>
        <translation>es ist keine Schlüsseldatei eingestellt</translation>
    </message>
    <message>
        <source>The key %1 for %2 is an RSA key. This program&apos;s SSH library (libssh2 %3) signs RSA logins only with SHA-1, which current OpenSSH servers refuse. Use an ed25519 key instead (ssh-keygen -t ed25519, then ssh-copy-id to the server), or log in with a password.</source>
        <translation>Der Schlüssel %1 für %2 ist ein RSA-Schlüssel. Die SSH-Bibliothek dieses Programms (libssh2 %3) signiert RSA-Anmeldungen nur mit SHA-1, was aktuelle OpenSSH-Server ablehnen. Verwenden Sie stattdessen einen ed25519-Schlüssel (ssh-keygen -t ed25519, dann ssh-copy-id zum Server) oder melden Sie sich mit einem Passwort an.</translation>
    </message>
    <message>
        <source>Cannot log in to %1 with ssh-agent: %2</source>
        <translation>Anmeldung bei %1 mit ssh-agent nicht möglich: %2</translation>
    </message>
    <message>
        <source>no agent is running (SSH_AUTH_SOCK is not set).</source>
        <translation>es läuft kein Agent (SSH_AUTH_SOCK ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>the agent at %1 does not answer.</source>
        <translation>der Agent unter %1 antwortet nicht.</translation>
    </message>
    <message>
        <source>the agent did not list its keys.</source>
        <translation>der Agent hat seine Schlüssel nicht aufgelistet.</translation>
    </message>
    <message>
        <source>The ssh-agent holds only RSA keys. This program&apos;s SSH library (libssh2 %1) signs RSA logins only with SHA-1, which current OpenSSH servers refuse. Add an ed25519 key to the agent (ssh-keygen -t ed25519; ssh-add), or log in to %2 with a password.</source>
        <translation>Der ssh-agent enthält nur RSA-Schlüssel. Die SSH-Bibliothek dieses Programms (libssh2 %1) signiert RSA-Anmeldungen nur mit SHA-1, was aktuelle OpenSSH-Server ablehnen. Fügen Sie dem Agenten einen ed25519-Schlüssel hinzu (ssh-keygen -t ed25519; ssh-add) oder melden Sie sich bei %2 mit einem Passwort an.</translation>
    </message>
    <message>
        <source>the agent holds no keys (add one with ssh-add).</source>
        <translation>der Agent enthält keine Schlüssel (fügen Sie einen mit ssh-add hinzu).</translation>
    </message>
    <message>
        <source>The password of %1 on %2 has expired. Log in once with ssh to change it, then try again.</source>
        <translation>Das Passwort von %1 auf %2 ist abgelaufen. Melden Sie sich einmal mit ssh an, um es zu ändern, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>libssh2 cannot use the key %1 for %2 (unsupported format?).</source>
        <translation>libssh2 kann den Schlüssel %1 für %2 nicht verwenden (nicht unterstütztes Format?).</translation>
    </message>
    <message>
        <source>%1 did not accept the key %2 for user %3. Is its public key in ~%3/.ssh/authorized_keys on the server?</source>
        <translation>%1 hat den Schlüssel %2 für den Benutzer %3 nicht akzeptiert. Steht sein öffentlicher Schlüssel in ~%3/.ssh/authorized_keys auf dem Server?</translation>
    </message>
    <message>
        <source>The connection to %1 broke during login: %2 (libssh2 error %3).</source>
        <translation>Die Verbindung zu %1 brach während der Anmeldung ab: %2 (libssh2-Fehler %3).</translation>
    </message>
</context>
<context>
    <name>SshConfigResolver</name>
    <message>
        <source>Cannot run %1 to read the SSH configuration: %2</source>
        <translation>%1 kann nicht ausgeführt werden, um die SSH-Konfiguration zu lesen: %2</translation>
    </message>
    <message>
        <source>ssh -G %1 failed: %2</source>
        <translation>ssh -G %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>%1 (%2 port %3) did not complete the SSH login within %4 s. Is the address right, and does an SSH server answer there?</source>
        <translation>%1 (%2 Port %3) hat die SSH-Anmeldung nicht innerhalb von %4 s abgeschlossen. Stimmt die Adresse, und antwortet dort ein SSH-Server?</translation>
    </message>
    <message>
        <source>Cannot connect to %1: no host name is given.</source>
        <translation>Keine Verbindung zu %1 möglich: Es ist kein Hostname angegeben.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: libssh2 failed to start (error %2).</source>
        <translation>Keine Verbindung zu %1 möglich: libssh2 konnte nicht starten (Fehler %2).</translation>
    </message>
    <message>
        <source>Cannot start an SSH session for %1.</source>
        <translation>Für %1 kann keine SSH-Sitzung gestartet werden.</translation>
    </message>
    <message>
        <source>during the SSH handshake</source>
        <translation>während des SSH-Handshakes</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) was not trusted; nothing was run.</source>
        <translation>Dem Host-Schlüssel von %1 (%2 %3) wurde nicht vertraut; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Login to %1 was cancelled: no password or passphrase was given.</source>
        <translation>Die Anmeldung bei %1 wurde abgebrochen: Es wurde kein Passwort und keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>%1 did not accept the password for %2.</source>
        <translation>%1 hat das Passwort für %2 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Not connected to %1; the command was not run.</source>
        <translation>Nicht mit %1 verbunden; der Befehl wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The command for %1 is longer than %2 bytes; pass bulk data on stdin.</source>
        <translation>Der Befehl für %1 ist länger als %2 Bytes; übergeben Sie große Datenmengen über stdin.</translation>
    </message>
    <message>
        <source>while running commands</source>
        <translation>während der Ausführung von Befehlen</translation>
    </message>
    <message>
        <source>%1 refused to run the command (libssh2 error %2).</source>
        <translation>%1 hat die Ausführung des Befehls verweigert (libssh2-Fehler %2).</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the password of %2; the command did not run.</source>
        <translation>sudo auf %1 hat das Passwort von %2 nicht akzeptiert; der Befehl wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>sudo on %1 refused the command: %2</source>
        <translation>sudo auf %1 hat den Befehl verweigert: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 s although it was asked to reply. The server or the network to it is down or overloaded.</source>
        <translation>%1 antwortet nicht mehr: %2 s lang kam nichts an, obwohl eine Antwort angefordert wurde. Der Server oder das Netzwerk dorthin ist ausgefallen oder überlastet.</translation>
    </message>
    <message>
        <source>%1 stopped acknowledging data %2 (TCP user timeout).</source>
        <translation>%1 hat %2 keine Daten mehr bestätigt (TCP-User-Timeout).</translation>
    </message>
    <message>
        <source>The connection to %1 was closed %2 (%3).</source>
        <translation>Die Verbindung zu %1 wurde %2 geschlossen (%3).</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2 (libssh2 error %3).</source>
        <translation>Der SSH-Handshake mit %1 ist fehlgeschlagen: %2 (libssh2-Fehler %3).</translation>
    </message>
    <message>
        <source>SSH error with %1 %2: %3 (libssh2 error %4).</source>
        <translation>SSH-Fehler mit %1 %2: %3 (libssh2-Fehler %4).</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the command finished.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor der Befehl fertig war.</translation>
    </message>
    <message>
        <source>The passphrase for the key %1 (login to %2) is wrong.</source>
        <translation>Die Passphrase für den Schlüssel %1 (Anmeldung bei %2) ist falsch.</translation>
    </message>
    <message>
        <source>%1: the processes of a cancelled command could not be ended (%2); only its channel is closed.</source>
        <translation>%1: Die Prozesse eines abgebrochenen Befehls konnten nicht beendet werden (%2); nur sein Kanal wird geschlossen.</translation>
    </message>
</context>
<context>
    <name>SshSocketConnector</name>
    <message>
        <source>Cannot find the address of %1 (%2): %3</source>
        <translation>Die Adresse von %1 (%2) kann nicht gefunden werden: %3</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2 port %3): %4</source>
        <translation>Keine Verbindung zu %1 (%2 Port %3) möglich: %4</translation>
    </message>
    <message>
        <source>connection refused (no SSH server listens on that port)</source>
        <translation>Verbindung abgelehnt (auf diesem Port lauscht kein SSH-Server)</translation>
    </message>
    <message>
        <source>the network or host is unreachable</source>
        <translation>das Netzwerk oder der Host ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>die Verbindung hat das Zeitlimit überschritten</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>prüft</translation>
    </message>
    <message>
        <source>applying</source>
        <translation>wendet an</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>prüft nach</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>schon erledigt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>verifiziert: %1</translation>
    </message>
</context>
<context>
    <name>SystemDiskUse</name>
    <message>
        <source>%1 is listed in /etc/fstab.</source>
        <translation>%1 steht in /etc/fstab.</translation>
    </message>
    <message>
        <source>%1 is listed in /etc/crypttab.</source>
        <translation>%1 steht in /etc/crypttab.</translation>
    </message>
    <message>
        <source>%1 is active swap.</source>
        <translation>%1 ist aktiver Swap.</translation>
    </message>
    <message>
        <source>%1 is an EFI system partition.</source>
        <translation>%1 ist eine EFI-Systempartition.</translation>
    </message>
    <message>
        <source>%1 is an LVM physical volume.</source>
        <translation>%1 ist ein physisches LVM-Volume.</translation>
    </message>
    <message>
        <source>%1 is a member of a RAID array.</source>
        <translation>%1 ist Mitglied eines RAID-Verbunds.</translation>
    </message>
    <message>
        <source>%1 is held by another device (device-mapper, LVM or RAID).</source>
        <translation>%1 wird von einem anderen Gerät belegt (device-mapper, LVM oder RAID).</translation>
    </message>
    <message>
        <source>%1 is in use by the system (%2).</source>
        <translation>%1 wird vom System verwendet (%2).</translation>
    </message>
</context>
<context>
    <name>SystemSteps</name>
    <message>
        <source>Install GlusterFS, XFS tools and the web server</source>
        <translation>GlusterFS, XFS-Werkzeuge und den Webserver installieren</translation>
    </message>
    <message>
        <source>Every server runs the Gluster daemon and a brick, mounts the volume through FUSE and serves it over HTTP.</source>
        <translation>Jeder Server führt den Gluster-Dienst und einen Brick aus, hängt das Volume über FUSE ein und liefert es per HTTP aus.</translation>
    </message>
    <message>
        <source>On RHEL and its rebuilds glusterfs-server comes from the CentOS Storage SIG repository (centos-release-gluster): enable it first.</source>
        <translation>Auf RHEL und seinen Nachbauten kommt glusterfs-server aus dem Repository der CentOS Storage SIG (centos-release-gluster): Aktivieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>Make the private names resolve</source>
        <translation>Die privaten Namen auflösbar machen</translation>
    </message>
    <message>
        <source>Gluster peers and bricks are named by their private names, so storage traffic stays on the private network; names that do not resolve yet are added to /etc/hosts. A name that resolves elsewhere is left alone and reported.</source>
        <translation>Gluster-Peers und -Bricks werden mit ihren privaten Namen benannt, damit der Speicherverkehr im privaten Netzwerk bleibt; noch nicht auflösbare Namen werden in /etc/hosts eingetragen. Ein Name, der anderswohin auflöst, bleibt unverändert und wird gemeldet.</translation>
    </message>
    <message>
        <source>%s resolves to %s, not to %s: correct DNS or /etc/hosts on this server, then run again.
</source>
        <translation>%s löst zu %s auf, nicht zu %s: Korrigieren Sie DNS oder /etc/hosts auf diesem Server und starten Sie dann erneut.
</translation>
    </message>
    <message>
        <source>Let Apache read the Gluster mount (SELinux)</source>
        <translation>Apache das Gluster-Volume lesen lassen (SELinux)</translation>
    </message>
    <message>
        <source>With SELinux enforcing, httpd may not read FUSE file systems unless the httpd_use_fusefs boolean is on; FUSE mounts cannot carry per-file labels.</source>
        <translation>Mit SELinux im Modus enforcing darf httpd keine FUSE-Dateisysteme lesen, außer der Boolean httpd_use_fusefs ist eingeschaltet; FUSE-Einhängungen können keine Labels pro Datei tragen.</translation>
    </message>
    <message>
        <source>Open the Gluster and HTTP ports</source>
        <translation>Die Gluster- und HTTP-Ports öffnen</translation>
    </message>
    <message>
        <source>glusterd listens on 24007-24008/tcp and each brick on a port from 49152; they are opened only to the peers&apos; private addresses. HTTP is opened for the web server. A firewall that is not running is left alone.</source>
        <translation>glusterd lauscht auf 24007-24008/tcp und jeder Brick auf einem Port ab 49152; sie werden nur für die privaten Adressen der Peers geöffnet. HTTP wird für den Webserver geöffnet. Eine Firewall, die nicht läuft, bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>VolumeHealthRules</name>
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
    <message>
        <source>Online.</source>
        <translation>Online.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>The brick runs, but not every server reaches it, so the copies drift apart. Seen: %1.</source>
        <translation>Der Brick läuft, aber nicht jeder Server erreicht ihn, daher laufen die Kopien auseinander. Beobachtet: %1.</translation>
    </message>
    <message>
        <source>Its server looks fine, so check the private network between the servers.</source>
        <translation>Sein Server sieht gut aus, prüfen Sie also das private Netzwerk zwischen den Servern.</translation>
    </message>
    <message>
        <source>Failover options</source>
        <translation>Failover-Optionen</translation>
    </message>
    <message>
        <source>Set for failover within seconds when a server goes silent.</source>
        <translation>Für ein Failover innerhalb von Sekunden eingestellt, wenn ein Server verstummt.</translation>
    </message>
    <message>
        <source>The volume lacks the options for a fast failover (%1): when a server goes silent (power cut, dead network), the other server&apos;s site and writes stall for up to a minute or more instead of a few seconds.</source>
        <translation>Dem Volume fehlen die Optionen für ein schnelles Failover (%1): Wenn ein Server verstummt (Stromausfall, totes Netzwerk), hängen die Website und die Schreibvorgänge des anderen Servers bis zu einer Minute oder länger statt nur wenige Sekunden.</translation>
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
    <name>VolumeMountSteps</name>
    <message>
        <source>Mount the volume at %1</source>
        <translation>Das Volume unter %1 einhängen</translation>
    </message>
    <message>
        <source>Every server reads and writes through the volume, mounted at boot from /etc/fstab with the other servers as fallback volfile servers. The previous content of %1 is kept in %2.</source>
        <translation>Jeder Server liest und schreibt über das Volume, das beim Systemstart aus /etc/fstab eingehängt wird, mit den anderen Servern als Ausweich-Volfile-Server. Der bisherige Inhalt von %1 wird in %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>/etc/fstab already has another entry for %s; remove or change it first.
</source>
        <translation>/etc/fstab hat bereits einen anderen Eintrag für %s; entfernen oder ändern Sie ihn zuerst.
</translation>
    </message>
    <message>
        <source>Copy the previous content of %1 into the volume</source>
        <translation>Den bisherigen Inhalt von %1 in das Volume kopieren</translation>
    </message>
    <message>
        <source>What %1 held on %2 before (kept in %3) is copied into the volume once, so the site keeps its files; a marker file records that it was done.</source>
        <translation>Was %1 vorher auf %2 enthielt (aufbewahrt in %3), wird einmal in das Volume kopiert, damit die Website ihre Dateien behält; eine Markierungsdatei hält fest, dass es erledigt ist.</translation>
    </message>
    <message>
        <source>The volume is not mounted at %s.
</source>
        <translation>Das Volume ist nicht unter %s eingehängt.
</translation>
    </message>
    <message>
        <source>Site content:</source>
        <translation>Inhalt der Website:</translation>
    </message>
    <message>
        <source>%1: the previous %s (%s files, %s KiB) is kept in %s on %1 and copied into the volume by the next step.
</source>
        <translation>%1: Der bisherige Inhalt von %s (%s Dateien, %s KiB) wird in %s auf %1 aufbewahrt und im nächsten Schritt in das Volume kopiert.
</translation>
    </message>
    <message>
        <source>%1: the previous %s (%s files, %s KiB) stays in %s on %1 only; it is NOT copied into the volume, which holds %2&apos;s content. Copy what you need from there.
</source>
        <translation>%1: Der bisherige Inhalt von %s (%s Dateien, %s KiB) bleibt nur in %s auf %1; er wird NICHT in das Volume kopiert, das den Inhalt von %2 enthält. Kopieren Sie von dort, was Sie brauchen.
</translation>
    </message>
    <message>
        <source>%1: not enough space to copy the previous content: %s needs %s KiB, the volume at %s has %s KiB available. Free space or remove files from %s on %1, then run again.
</source>
        <translation>%1: nicht genug Platz, um den bisherigen Inhalt zu kopieren: %s braucht %s KiB, das Volume unter %s hat %s KiB frei. Schaffen Sie Platz oder entfernen Sie Dateien aus %s auf %1 und starten Sie dann erneut.
</translation>
    </message>
    <message>
        <source>%1: copied %s files (%s KiB) from %s on %1 into the volume at %s; %s on %1 stays as it was.
</source>
        <translation>%1: %s Dateien (%s KiB) aus %s auf %1 in das Volume unter %s kopiert; %s auf %1 bleibt, wie es war.
</translation>
    </message>
    <message>
        <source>%1: %s does not exist: no previous content to copy into the volume.
</source>
        <translation>%1: %s existiert nicht: kein bisheriger Inhalt, der in das Volume kopiert werden müsste.
</translation>
    </message>
</context>
<context>
    <name>VolumePage</name>
    <message>
        <source>I &amp;understand the split-brain risk of two servers and want a replica-2 volume</source>
        <translation>Ich &amp;verstehe das Split-Brain-Risiko zweier Server und möchte ein Replica-2-Volume</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>The replicated volume, where both servers mount it, and the web server that serves it.</source>
        <translation>Das replizierte Volume, wo beide Server es einhängen, und der Webserver, der es ausliefert.</translation>
    </message>
    <message>
        <source>Apache (httpd / apache2)</source>
        <translation>Apache (httpd / apache2)</translation>
    </message>
    <message>
        <source>None: storage only</source>
        <translation>Keiner: nur Speicher</translation>
    </message>
    <message>
        <source>Volume &amp;name:</source>
        <translation>Volume&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Mount path:</source>
        <translation>&amp;Einhängepfad:</translation>
    </message>
    <message>
        <source>&amp;Web server:</source>
        <translation>Web&amp;server:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two servers can disagree (split-brain)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zwei Server können uneins werden (Split-Brain)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each file is kept on both servers. If the two lose sight of each other while both keep accepting writes, the same file can change differently on each side; Gluster then refuses to serve it until someone picks the right copy. A third server (an arbiter) prevents this; it can be added later. With two servers, keep them on a reliable private network and watch the health dashboard.</source>
        <translation>Jede Datei liegt auf beiden Servern. Verlieren sich die beiden aus den Augen, während beide weiter Schreibzugriffe annehmen, kann sich dieselbe Datei auf jeder Seite anders ändern; Gluster liefert sie dann nicht mehr aus, bis jemand die richtige Kopie wählt. Ein dritter Server (ein Arbiter) verhindert das; er kann später hinzugefügt werden. Betreiben Sie zwei Server in einem zuverlässigen privaten Netz und behalten Sie die Zustandsübersicht im Blick.</translation>
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
    <message>
        <source>A file written on %1 was read back there; no other server could be reached to see it replicated.</source>
        <translation>Eine auf %1 geschriebene Datei wurde dort wieder gelesen; kein anderer Server war erreichbar, um die Replikation zu sehen.</translation>
    </message>
    <message>
        <source>No HTTP answer from %1 (%2): the volume is not mounted on %3 here, and the web server does not run without it (it waits for the mount rather than serve an empty folder). Mount the volume, then start the web server.</source>
        <translation>Keine HTTP-Antwort von %1 (%2): Das Volume ist hier nicht unter %3 eingehängt, und der Webserver läuft nicht ohne es (er wartet auf das Einhängen, statt einen leeren Ordner auszuliefern). Hängen Sie das Volume ein und starten Sie dann den Webserver.</translation>
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
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>setup spec (.json)</source>
        <translation>Setup-Spezifikation (.json)</translation>
    </message>
    <message>
        <source>Describe the two servers, check them, review the plan, run it.</source>
        <translation>Beschreiben Sie die beiden Server, prüfen Sie sie, überprüfen Sie den Plan und führen Sie ihn aus.</translation>
    </message>
    <message>
        <source>Read-only: peers, bricks, healing, mounts and the web servers.</source>
        <translation>Nur lesend: Peers, Bricks, Heilung, Einhängepunkte und die Webserver.</translation>
    </message>
    <message>
        <source>Two servers on this machine (network namespaces), ready to be set up: nothing outside this machine is touched.</source>
        <translation>Zwei Server auf diesem Rechner (Netzwerk-Namensräume), bereit zur Einrichtung: Nichts außerhalb dieses Rechners wird berührt.</translation>
    </message>
    <message>
        <source>Open a setup spec</source>
        <translation>Setup-Spezifikation öffnen</translation>
    </message>
    <message>
        <source>Setup spec (*.json);;All files (*)</source>
        <translation>Setup-Spezifikation (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Start the &amp;demo pair…</source>
        <translation>Demo-Paar s&amp;tarten…</translation>
    </message>
    <message>
        <source>Starting the demo pair: two servers on this machine (about half a minute)…</source>
        <translation>Das Demo-Paar wird gestartet: zwei Server auf diesem Rechner (etwa eine halbe Minute)…</translation>
    </message>
    <message>
        <source>Two servers on this machine (network namespaces). Starting them needs root: you will be asked for a password.</source>
        <translation>Zwei Server auf diesem Rechner (Netzwerk-Namensräume). Zum Starten sind Root-Rechte nötig: Sie werden nach einem Passwort gefragt.</translation>
    </message>
    <message>
        <source>Two servers on this machine (network namespaces), started here (this session has the root rights they need).</source>
        <translation>Zwei Server auf diesem Rechner (Netzwerk-Namensräume), hier gestartet (diese Sitzung hat die nötigen Root-Rechte).</translation>
    </message>
    <message>
        <source>Two servers on this machine (network namespaces). Starting them needs root: run this in a terminal, then come back here: %1</source>
        <translation>Zwei Server auf diesem Rechner (Netzwerk-Namensräume). Zum Starten sind Root-Rechte nötig: Führen Sie dies in einem Terminal aus und kommen Sie dann hierher zurück: %1</translation>
    </message>
    <message>
        <source>Test &amp;failover of an existing pair</source>
        <translation>Fail&amp;over eines bestehenden Paars testen</translation>
    </message>
    <message>
        <source>A drill: one server is taken out for a minute while the other keeps serving; then it is brought back and healed. Asks first.</source>
        <translation>Eine Übung: Ein Server wird für eine Minute herausgenommen, während der andere weiter ausliefert; dann wird er zurückgeholt und geheilt. Fragt vorher nach.</translation>
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
<context>
    <name>WizardWindow</name>
    <message>
        <source>The plan is running</source>
        <translation>Der Plan wird ausgeführt</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Anhalten und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stop the run and close? The commands running now are ended on the servers (SIGTERM, SIGKILL after %1 s) and the window closes once they are gone. A step stopped halfway is done again by the next run, which checks every step first.</source>
        <translation>Den Lauf anhalten und schließen? Die laufenden Befehle werden auf den Servern beendet (SIGTERM, SIGKILL nach %1 s), und das Fenster schließt sich, sobald sie beendet sind. Ein mittendrin angehaltener Schritt wird beim nächsten Lauf erneut ausgeführt; dieser prüft zuerst jeden Schritt.</translation>
    </message>
</context>
</TS>
