<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AdoptCommand</name>
    <message numerus="yes">
        <source>adopt: found, with %n gap(s) (listed above).</source>
        <translation>
            <numerusform>adopt: gevonden, met %n hiaat (hierboven vermeld).</numerusform>
            <numerusform>adopt: gevonden, met %n hiaten (hierboven vermeld).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdoptPage</name>
    <message numerus="yes">
        <source>Found the pair, with %n gap(s). Next opens its health.</source>
        <translation>
            <numerusform>Het paar is gevonden, met %n hiaat. Volgende opent de gezondheid ervan.</numerusform>
            <numerusform>Het paar is gevonden, met %n hiaten. Volgende opent de gezondheid ervan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>apply: not every server could be reached; nothing was changed.</source>
        <translation>apply: niet elke server was bereikbaar; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>problem: </source>
        <translation>probleem: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>opmerking: </translation>
    </message>
    <message>
        <source>apply: the check found problems; nothing was changed.</source>
        <translation>apply: de controle heeft problemen gevonden; er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n step(s)</source>
        <translation>
            <numerusform>Het plan heeft %n stap</numerusform>
            <numerusform>Het plan heeft %n stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of which format(s) a disk</source>
        <translation>
            <numerusform>, waarvan %n een schijf formatteert</numerusform>
            <numerusform>, waarvan %n een schijf formatteren</numerusform>
        </translation>
    </message>
    <message>
        <source>; `%1 plan` shows every command.</source>
        <translation>; `%1 plan` toont elk commando.</translation>
    </message>
    <message>
        <source>Run it now? [y/N]</source>
        <translation>Nu uitvoeren? [y/N]</translation>
    </message>
    <message>
        <source>apply: not confirmed (use --yes when there is no terminal); nothing was changed.</source>
        <translation>apply: niet bevestigd (gebruik --yes als er geen terminal is); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Fix the cause and run apply again: it resumes where it stopped.</source>
        <translation>Verhelp de oorzaak en voer apply opnieuw uit: het gaat verder waar het gestopt is.</translation>
    </message>
    <message>
        <source>apply: interrupted; ending the commands running on the servers (SIGTERM, SIGKILL after %1 s). Ctrl-C again quits at once and leaves them running.</source>
        <translation>apply: onderbroken; de opdrachten die op de servers draaien, worden beëindigd (SIGTERM, SIGKILL na %1 s). Nogmaals Ctrl-C stopt meteen en laat ze doordraaien.</translation>
    </message>
    <message>
        <source>apply: all %1 steps done: %2 already done, %3 applied now, %4 verified (%5 s).</source>
        <translation>apply: alle %1 stappen klaar: %2 waren al klaar, %3 nu toegepast, %4 geverifieerd (%5 s).</translation>
    </message>
</context>
<context>
    <name>CheckChainView</name>
    <message>
        <source>&lt;b&gt;Noted:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Opgemerkt:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not checked: this is not a pass. The line below says why it could not be checked yet.</source>
        <translation>Niet gecontroleerd: dit betekent niet &quot;geslaagd&quot;. De regel hieronder zegt waarom er nog niet gecontroleerd kon worden.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Niet gecontroleerd: %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>problem: </source>
        <translation>probleem: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>opmerking: </translation>
    </message>
    <message>
        <source>check: ready; every server can be set up.</source>
        <translation>check: klaar; elke server kan worden ingericht.</translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) found.</source>
        <translation>
            <numerusform>check: %n probleem gevonden.</numerusform>
            <numerusform>check: %n problemen gevonden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>No command given.</source>
        <translation>Geen commando opgegeven.</translation>
    </message>
    <message>
        <source>The %1 command needs a spec file: %1 SPEC.</source>
        <translation>Het commando %1 heeft een specificatiebestand nodig: %1 SPEC.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--assume-os takes debian or fedora, not &quot;%1&quot;.</source>
        <translation>--assume-os verwacht debian of fedora, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>-o/--output is only for the export command.</source>
        <translation>-o/--output is alleen voor het commando export.</translation>
    </message>
</context>
<context>
    <name>ClusterSteps</name>
    <message>
        <source>Peers not connected after 60 seconds: %s. Check that glusterd runs there and that TCP 24007 is open between the private addresses.
</source>
        <translation>Peers na 60 seconden niet verbonden: %s. Controleer of glusterd daar draait en of TCP 24007 tussen de privéadressen openstaat.
</translation>
    </message>
    <message>
        <source>Join the servers into one Gluster pool</source>
        <translation>De servers samenvoegen tot één Gluster-pool</translation>
    </message>
    <message>
        <source>A volume can only span servers of one trusted pool; peers are probed by their private names and must show as connected, not only &quot;in cluster&quot;.</source>
        <translation>Een volume kan alleen servers van één vertrouwde pool omvatten; peers worden via hun privénamen gepeild (probe) en moeten als verbonden verschijnen, niet alleen als &quot;in cluster&quot;.</translation>
    </message>
    <message>
        <source>Confirm %1 knows %2 by its private name</source>
        <translation>Bevestigen dat %1 de server %2 kent onder zijn privénaam</translation>
    </message>
    <message>
        <source>A server that was probed may know the prober only by its address; probing back by name fixes that, and is a no-op when it is already so.</source>
        <translation>Een gepeilde server kent de peilende server mogelijk alleen bij zijn adres; terugpeilen op naam verhelpt dat, en verandert niets als het al zo is.</translation>
    </message>
    <message>
        <source>Create the replicated volume %1</source>
        <translation>Het gerepliceerde volume %1 aanmaken</translation>
    </message>
    <message>
        <source>One brick on each server, every file stored on all of them (replica %1). An existing volume of that name is accepted only with exactly these bricks.</source>
        <translation>Eén brick op elke server, elk bestand op allemaal opgeslagen (replica %1). Een bestaand volume met die naam wordt alleen met precies deze bricks aanvaard.</translation>
    </message>
    <message>
        <source>Volume %s already exists with other bricks (%s); it is left untouched. Choose another volume name or remove that volume.
</source>
        <translation>Volume %s bestaat al met andere bricks (%s); het blijft ongemoeid. Kies een andere volumenaam of verwijder dat volume.
</translation>
    </message>
    <message>
        <source>Start the volume %1</source>
        <translation>Het volume %1 starten</translation>
    </message>
    <message>
        <source>A created volume serves nothing until started: this starts a brick process on each server.</source>
        <translation>Een aangemaakt volume bedient niets totdat het gestart is: dit start een brickproces op elke server.</translation>
    </message>
    <message>
        <source>Set the volume options for failover within seconds</source>
        <translation>De volume-opties voor failover binnen enkele seconden instellen</translation>
    </message>
    <message>
        <source>When a server goes silent (power cut, dead network), Gluster&apos;s defaults make the other server&apos;s site and writes wait more than a minute: the mount waits 42 s (network.ping-timeout) before giving up on the silent brick, and the brick keeps the silent server&apos;s locks, which the writes wait for, until TCP notices it is gone (20 s and more). These values cut both to 4 s (measured on two servers: the site answers again about 6 s after its peer went silent, instead of 80 s). The price: a peer that is only slow or overloaded for 4 s, or a private network that loses packets for that long, is dropped too, and each such false failover costs a reconnect, a heal of what changed meanwhile and a moment of stalled I/O; keep the private network dedicated and healthy.</source>
        <translation>Als een server stilvalt (stroomstoring, dood netwerk), laten de standaardwaarden van Gluster de site en de schrijfacties van de andere server meer dan een minuut wachten: de koppeling wacht 42 s (network.ping-timeout) voordat ze de stilgevallen brick opgeeft, en de brick houdt de locks van de stilgevallen server vast, waarop de schrijfacties wachten, totdat TCP merkt dat die weg is (20 s en meer). Deze waarden brengen beide terug tot 4 s (gemeten op twee servers: de site antwoordt weer ongeveer 6 s nadat haar peer stilviel, in plaats van na 80 s). De prijs: een peer die maar 4 s traag of overbelast is, of een privénetwerk dat zo lang pakketten verliest, wordt ook losgelaten, en elke zulke onterechte failover kost een nieuwe verbinding, een herstel van wat intussen veranderd is en een moment van stilstaande I/O; houd het privénetwerk exclusief voor dit verkeer en gezond.</translation>
    </message>
</context>
<context>
    <name>CommandLineFront</name>
    <message>
        <source>unknown command or option &apos;%1&apos;</source>
        <translation>onbekend commando of onbekende optie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Zie --help.</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; command is not available in this build yet</source>
        <translation>het commando &apos;%1&apos; is in deze build nog niet beschikbaar</translation>
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
        <translation>Gebruik: %1 [COMMANDO SPEC [opties]]

Zonder commando opent de installatiewizard.

Commando&apos;s:
  check SPEC            met elke server verbinden en elk probleem opsommen
  plan SPEC             het plan tonen: server, titel en commando&apos;s van elke stap
  export SPEC [-o FILE] het plan als bash-script schrijven
  apply SPEC [--yes] [--wipe SERVER:DEVICE]...  het plan uitvoeren met live logs
  health SPEC [--json] [--no-round-trip]  alleen-lezen gezondheidsrapport van een bestaand
                        paar (de rondgang schrijft en verwijdert één testbestand)
  drill SPEC [--server NAME] [--yes]  failover-oefening van een gezond paar: haalt
                        NAME (standaard: de eerste server) eruit, toont dat de
                        andere blijft serveren, brengt NAME terug, wacht op het
                        herstel, rapporteert
  drill SPEC --restore --server NAME  brengt NAME terug (na een geforceerd
                        beëindigde oefening)
  demo up|down|status   het lokale demopaar: twee servers in naamruimten op deze
                        machine (vereist root); up toont de specificatie en
                        known_hosts ervan

Gemeenschappelijke opties van de commando&apos;s:
  --known-hosts FILE       known_hosts-bestand (standaard: ~/.ssh/known_hosts)
  --accept-new-host-keys   onbekende hostsleutels eenmaal vertrouwen en vastleggen
  --secret-file SERVER:KIND=FILE  voor onbeheerde runs: het geheim van die soort
                           (KIND) voor die server, de eerste regel van FILE (modus
                           0600): password (SSH-aanmelding), passphrase (van de
                           sleutel; alleen op deze machine gebruikt) of sudo.
                           Herhaal de optie voor elke server en soort.
  --secret-file FILE       het aanmeldwachtwoord of de sleutelwachtwoordzin van de ene
                           server die zich aanmeldt met een wachtwoord of een
                           versleutelde sleutel; geweigerd als meerdere servers (of
                           geen enkele) er een nodig zouden hebben. sudo krijgt het
                           sudo-geheim, anders het eigen aanmeldwachtwoord van die
                           server; een geheim gaat nooit naar een andere server.
  --accept-split-brain-risk  aanvaarden dat een replica-2-volume in split-brain kan
                           raken (hetzelfde als &quot;acknowledgeSplitBrainRisk&quot;: true onder
                           &quot;volume&quot; in de specificatie); verplicht voor replica 2
  --wipe SERVER:DEVICE     die schijf mogen wissen hoewel ze een bestandssysteem,
                           partitietabel of handtekening bevat, zoals de controle van
                           deze run haar ziet (nooit een gekoppelde schijf of een
                           systeemschijf, en ook geen schijf die veranderd is)
  --json                   machineleesbare uitvoer (plan, check, health)
  -h, --help               deze hulp tonen
  -v, --version            de versie tonen

Opties van plan en export:
  --assume-os debian|fedora  plannen zonder verbinding: aannemen dat elke server
                           deze distributiefamilie draait (Debian/Ubuntu of
                           Fedora/RHEL); de stappen controleren de servers toch
                           (systemd, SELinux, firewall) wanneer ze draaien
  -o, --output FILE        export: het script naar FILE schrijven (standaard: stdout)

Het geëxporteerde script draait vanaf dit werkstation via ssh: bash SCRIPT [--yes]
[--dry-run]; GHW_SSH bepaalt het ssh-commando (bijv. GHW_SSH=&quot;ssh -F ssh_config&quot;).

Exitstatussen: 0 gelukt, 1 problemen gevonden of een stap mislukt, 2 foute specificatie, fout gebruik of geweigerd.
</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Reach the SSH server</source>
        <translation>SSH-server bereiken</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Hostsleutel</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Root privileges (sudo)</source>
        <translation>Rootrechten (sudo)</translation>
    </message>
    <message>
        <source>System, disks and packages</source>
        <translation>Systeem, schijven en pakketten</translation>
    </message>
    <message>
        <source>Private names resolve</source>
        <translation>Privénamen worden opgezocht</translation>
    </message>
    <message>
        <source>Gluster port 24007 between peers</source>
        <translation>Gluster-poort 24007 tussen de servers</translation>
    </message>
</context>
<context>
    <name>ConnectivityPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Each server is reached over SSH and read without changing anything: its host key, your login, root privileges, its system, and the network between the two.</source>
        <translation>Elke server wordt via SSH bereikt en uitgelezen zonder iets te wijzigen: zijn hostsleutel, uw aanmelding, rootrechten, zijn systeem en het netwerk tussen beide.</translation>
    </message>
    <message>
        <source>Checking both servers…</source>
        <translation>Beide servers worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
    <message>
        <source>Passphrase of the key for %1:</source>
        <translation>Wachtwoordzin van de sleutel voor %1:</translation>
    </message>
    <message>
        <source>sudo password on %1:</source>
        <translation>sudo-wachtwoord op %1:</translation>
    </message>
    <message>
        <source>That was not accepted. %1</source>
        <translation>Dat werd niet aanvaard. %1</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Aanmelden bij %1</translation>
    </message>
    <message>
        <source>Refused: the host key of %1 is not the one recorded in your known hosts. Someone may be intercepting the connection, or the server was reinstalled. Nothing was run; the details are below.</source>
        <translation>Geweigerd: de hostsleutel van %1 is niet de sleutel die in uw bekende hosts staat. Iemand onderschept mogelijk de verbinding, of de server is opnieuw geïnstalleerd. Er is niets uitgevoerd; de details staan hieronder.</translation>
    </message>
    <message>
        <source>Both servers are reachable and ready to be examined further.</source>
        <translation>Beide servers zijn bereikbaar en klaar voor verder onderzoek.</translation>
    </message>
    <message>
        <source>Fix what is marked in red, then check again.</source>
        <translation>Los op wat rood gemarkeerd is en controleer dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Cannot read the secret for %1 from the keychain: %2</source>
        <translation>Kan het geheim voor %1 niet uit de sleutelbos lezen: %2</translation>
    </message>
    <message>
        <source>Cannot store the secret for %1 in the keychain: %2</source>
        <translation>Kan het geheim voor %1 niet in de sleutelbos opslaan: %2</translation>
    </message>
    <message>
        <source>Cannot delete the secret for %1 from the keychain: %2</source>
        <translation>Kan het geheim voor %1 niet uit de sleutelbos verwijderen: %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>usage: %1 demo up|down|status</source>
        <translation>gebruik: %1 demo up|down|status</translation>
    </message>
    <message>
        <source>the demo pair needs root (network namespaces, loop disks, FUSE); nothing was changed. Run: %1</source>
        <translation>het demopaar vereist root (netwerknaamruimten, loop-schijven, FUSE); er is niets gewijzigd. Voer uit: %1</translation>
    </message>
    <message>
        <source>the demo pair is not part of this installation (no lab script next to %1).</source>
        <translation>het demopaar maakt geen deel uit van deze installatie (geen labscript naast %1).</translation>
    </message>
    <message>
        <source>the demo pair could not be started.</source>
        <translation>het demopaar kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The demo pair is already up.</source>
        <translation>Het demopaar draait al.</translation>
    </message>
    <message>
        <source>Demo pair up: server01 (198.18.1.11) and server02 (198.18.1.12), on this machine only.</source>
        <translation>Demopaar draait: server01 (198.18.1.11) en server02 (198.18.1.12), alleen op deze machine.</translation>
    </message>
    <message>
        <source>Spec: %1</source>
        <translation>Specificatie: %1</translation>
    </message>
    <message>
        <source>Known hosts: %1</source>
        <translation>Bekende hosts: %1</translation>
    </message>
    <message>
        <source>Set it up: %1 apply %2 --known-hosts %3 --accept-split-brain-risk</source>
        <translation>Inrichten: %1 apply %2 --known-hosts %3 --accept-split-brain-risk</translation>
    </message>
    <message>
        <source>Remove it afterwards: %1 demo down</source>
        <translation>Achteraf verwijderen: %1 demo down</translation>
    </message>
    <message>
        <source>the demo pair could not be removed completely (above).</source>
        <translation>het demopaar kon niet volledig worden verwijderd (zie hierboven).</translation>
    </message>
    <message>
        <source>Demo pair removed: nothing of it is left.</source>
        <translation>Demopaar verwijderd: er is niets van over.</translation>
    </message>
</context>
<context>
    <name>DemoStarter</name>
    <message>
        <source>Run this in a terminal: %1</source>
        <translation>Voer dit uit in een terminal: %1</translation>
    </message>
    <message>
        <source>The demo pair could not be started: %1.</source>
        <translation>Het demopaar kon niet worden gestart: %1.</translation>
    </message>
    <message>
        <source>Root was not granted; nothing was changed.</source>
        <translation>Rootrechten zijn niet verleend; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The demo pair could not be started (exit status %1): %2</source>
        <translation>Het demopaar kon niet worden gestart (exitstatus %1): %2</translation>
    </message>
    <message>
        <source>In a terminal: %1</source>
        <translation>In een terminal: %1</translation>
    </message>
</context>
<context>
    <name>DiskCandidate</name>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partitie</numerusform>
            <numerusform>%n partities</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>brick file system of an earlier run</source>
        <translation>brick-bestandssysteem van een eerdere uitvoering</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>bestandssysteem</translation>
    </message>
    <message>
        <source>not examined</source>
        <translation>niet onderzocht</translation>
    </message>
</context>
<context>
    <name>DiskPicker</name>
    <message>
        <source>Disk</source>
        <translation>Schijf</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Aangekoppeld op</translation>
    </message>
    <message>
        <source>type the disk&apos;s name to confirm</source>
        <translation>typ ter bevestiging de naam van de schijf</translation>
    </message>
    <message>
        <source>Brick &amp;mount:</source>
        <translation>Brick-&amp;koppelpunt:</translation>
    </message>
    <message>
        <source>Brick &amp;directory:</source>
        <translation>Brick-&amp;map:</translation>
    </message>
    <message>
        <source>In use: a mounted disk is never formatted.</source>
        <translation>In gebruik: een aangekoppelde schijf wordt nooit geformatteerd.</translation>
    </message>
    <message>
        <source>%1 already holds the brick file system of an earlier run: it is kept as it is.</source>
        <translation>%1 bevat al het brick-bestandssysteem van een eerdere uitvoering: het blijft zoals het is.</translation>
    </message>
    <message>
        <source>%1 is empty: it will be formatted with XFS for the brick.</source>
        <translation>%1 is leeg: de schijf wordt voor de brick met XFS geformatteerd.</translation>
    </message>
    <message>
        <source>&amp;Format %1 on %2</source>
        <translation>%1 op %2 &amp;formatteren</translation>
    </message>
    <message>
        <source>%1 holds %2. Formatting erases everything on it: type %1 to confirm.</source>
        <translation>%1 bevat %2. Formatteren wist alles wat erop staat: typ %1 ter bevestiging.</translation>
    </message>
    <message>
        <source>What %1 holds could not be examined. Formatting erases everything on it: type %1 to confirm.</source>
        <translation>Wat %1 bevat, kon niet worden onderzocht. Formatteren wist alles wat erop staat: typ %1 ter bevestiging.</translation>
    </message>
    <message>
        <source>A disk of the system is never formatted.</source>
        <translation>Een systeemschijf wordt nooit geformatteerd.</translation>
    </message>
</context>
<context>
    <name>DiskSteps</name>
    <message>
        <source>Erase %1 and format it as XFS</source>
        <translation>%1 wissen en formatteren als XFS</translation>
    </message>
    <message>
        <source>Format %1 as XFS</source>
        <translation>%1 formatteren als XFS</translation>
    </message>
    <message>
        <source>%s is not a block device.
</source>
        <translation>%s is geen blokapparaat.
</translation>
    </message>
    <message>
        <source>Refusing to format %s: it is in use (mounted at %s).
</source>
        <translation>%s wordt niet geformatteerd: het is in gebruik (gekoppeld op %s).
</translation>
    </message>
    <message>
        <source>Mount the brick file system at %1</source>
        <translation>Het brick-bestandssysteem koppelen op %1</translation>
    </message>
    <message>
        <source>The brick is mounted through /etc/fstab by UUID, so it comes back after a reboot even if device names change.</source>
        <translation>De brick wordt via /etc/fstab op UUID gekoppeld, zodat hij na een herstart terugkomt, ook als apparaatnamen veranderen.</translation>
    </message>
    <message>
        <source>%s has no file system UUID.
</source>
        <translation>%s heeft geen bestandssysteem-UUID.
</translation>
    </message>
    <message>
        <source>%s is already mounted elsewhere (%s); it cannot become the brick.
</source>
        <translation>%s is al elders gekoppeld (%s); het kan niet de brick worden.
</translation>
    </message>
    <message>
        <source>/etc/fstab already has another entry for %s; remove or change it first.
</source>
        <translation>/etc/fstab heeft al een andere regel voor %s; verwijder of wijzig die eerst.
</translation>
    </message>
    <message>
        <source>Create the brick directory %1</source>
        <translation>De brickmap %1 aanmaken</translation>
    </message>
    <message>
        <source>Gluster refuses a mount point as a brick; a sub-directory of it also makes sure the brick is never written to the root file system by mistake.</source>
        <translation>Gluster weigert een koppelpunt als brick; een submap ervan zorgt er ook voor dat de brick nooit per ongeluk naar het rootbestandssysteem wordt geschreven.</translation>
    </message>
    <message>
        <source>%s is not mounted; the brick directory is not created on the root file system.
</source>
        <translation>%s is niet gekoppeld; de brickmap wordt niet op het rootbestandssysteem aangemaakt.
</translation>
    </message>
    <message>
        <source>Refusing to format %s: it holds %s. If its data may be destroyed, name it with --wipe %s.
</source>
        <translation>%s wordt niet geformatteerd: het bevat %s. Als de gegevens erop vernietigd mogen worden, noem het dan met --wipe %s.
</translation>
    </message>
    <message>
        <source>The brick lives on its own XFS file system (inode size 512 leaves room for Gluster&apos;s extended attributes). Only a blank disk is formatted, unless you named it with --wipe and it is still the disk that was checked; a mounted disk and a system disk (fstab, crypttab, swap, EFI, LVM, RAID) are always refused.</source>
        <translation>De brick staat op een eigen XFS-bestandssysteem (inodegrootte 512 laat ruimte voor de uitgebreide attributen van Gluster). Alleen een lege schijf wordt geformatteerd, tenzij u haar met --wipe hebt genoemd en het nog steeds de schijf is die gecontroleerd werd; een gekoppelde schijf en een systeemschijf (fstab, crypttab, swap, EFI, LVM, RAID) worden altijd geweigerd.</translation>
    </message>
    <message>
        <source>Refusing to format %s: it belongs to the system (%s).
</source>
        <translation>%s wordt niet geformatteerd: het hoort bij het systeem (%s).
</translation>
    </message>
    <message>
        <source>Refusing to erase %s: it is not the disk that was checked (then: %s; now: %s). Check it again and confirm the wipe again.
</source>
        <translation>%s wordt niet gewist: het is niet de schijf die gecontroleerd is (toen: %s; nu: %s). Controleer haar opnieuw en bevestig het wissen opnieuw.
</translation>
    </message>
</context>
<context>
    <name>DisksPage</name>
    <message>
        <source>Disks</source>
        <translation>Schijven</translation>
    </message>
    <message>
        <source>Choose the disk that holds each server&apos;s brick. It is formatted with XFS and mounted on its own; disks in use cannot be chosen.</source>
        <translation>Kies de schijf die de brick van elke server bevat. Ze wordt met XFS geformatteerd en apart aangekoppeld; schijven die in gebruik zijn, kunnen niet gekozen worden.</translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <source>--server needs the name of a server of the spec.</source>
        <translation>--server heeft de naam van een server uit de specificatie nodig.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Zie --help.</translation>
    </message>
    <message>
        <source>drill: the spec has no pair of servers.</source>
        <translation>drill: de specificatie bevat geen paar servers.</translation>
    </message>
    <message>
        <source>drill: there is no server &quot;%1&quot; in the spec.</source>
        <translation>drill: er is geen server &quot;%1&quot; in de specificatie.</translation>
    </message>
    <message>
        <source>drill: refused: the drill takes %1 out of the pair for a while, and there is no terminal to ask whether that is all right. Run it on a terminal, or add --yes.</source>
        <translation>drill: geweigerd: de oefening haalt %1 een tijdje uit het paar, en er is geen terminal om te vragen of dat goed is. Voer haar uit in een terminal, of voeg --yes toe.</translation>
    </message>
    <message>
        <source>drill: interrupted; bringing %1 back first. Ctrl-C again quits at once; then restore it with: %2</source>
        <translation>drill: onderbroken; eerst wordt %1 teruggebracht. Nogmaals Ctrl-C stopt meteen; zet hem dan terug met: %2</translation>
    </message>
    <message>
        <source>The drill takes %1 out of the pair (its glusterd, brick and self-heal daemon are stopped), checks that %2 keeps serving, then brings %1 back and waits for the heal.</source>
        <translation>De oefening haalt %1 uit het paar (zijn glusterd, brick en self-heal-daemon worden gestopt), controleert dat %2 blijft serveren, brengt %1 daarna terug en wacht op het herstel.</translation>
    </message>
    <message>
        <source>Take %1 out of the pair now? [y/N]</source>
        <translation>%1 nu uit het paar halen? [y/N]</translation>
    </message>
    <message>
        <source>drill: not confirmed; nothing was changed.</source>
        <translation>drill: niet bevestigd; er is niets gewijzigd.</translation>
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
        <translation>GESLAAGD</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>GEWEIGERD</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>GEANNULEERD</translation>
    </message>
    <message>
        <source>RESTORED</source>
        <translation>TERUGGEZET</translation>
    </message>
    <message>
        <source>%1 was out of the pair for %2; %3 kept serving the site and the volume, and the pair healed.</source>
        <translation>%1 was %2 uit het paar; %3 bleef de site en het volume serveren, en het paar is hersteld.</translation>
    </message>
    <message>
        <source>%1 is back in the pair.</source>
        <translation>%1 is terug in het paar.</translation>
    </message>
    <message>
        <source>Site stall: %1 longest without an answer from %2 (%3 answers, %4 failures, asked once a second).</source>
        <translation>Stilstand van de site: langste periode zonder antwoord van %2: %1 (%3 antwoorden, %4 mislukt, eenmaal per seconde gevraagd).</translation>
    </message>
    <message>
        <source>Heal: %1 from %2&apos;s brick back online to nothing left to heal.</source>
        <translation>Herstel: %1 van het weer online komen van de brick van %2 tot er niets meer te herstellen viel.</translation>
    </message>
    <message>
        <source>The drill&apos;s file, written through %1 while %2 was out, is on both bricks.</source>
        <translation>Het oefenbestand, via %1 geschreven terwijl %2 uit het paar was, staat op beide bricks.</translation>
    </message>
    <message>
        <source>The drill&apos;s file was not found on both bricks.</source>
        <translation>Het oefenbestand is niet op beide bricks gevonden.</translation>
    </message>
    <message>
        <source>Split-brain entries: %1.</source>
        <translation>Items in split-brain: %1.</translation>
    </message>
    <message>
        <source>%1 is NOT back in the pair.</source>
        <translation>%1 is NIET terug in het paar.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Niet teruggezet: %1</translation>
    </message>
    <message>
        <source>Restore it with: %1</source>
        <translation>Terugzetten met: %1</translation>
    </message>
</context>
<context>
    <name>FactsGatherer</name>
    <message>
        <source>%1: the facts could not be gathered: %2</source>
        <translation>%1: de gegevens konden niet worden verzameld: %2</translation>
    </message>
</context>
<context>
    <name>FactsOutputParser</name>
    <message>
        <source>/etc/os-release could not be read.</source>
        <translation>/etc/os-release kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The list of disks (lsblk) could not be read: %1</source>
        <translation>De lijst met schijven (lsblk) kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The mount table (findmnt) could not be read.</source>
        <translation>De koppeltabel (findmnt) kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>/etc/fstab (findmnt -s) could not be read.</source>
        <translation>/etc/fstab (findmnt -s) kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Whether the disks belong to the system could not be read.</source>
        <translation>Of de schijven bij het systeem horen, kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>FailoverDrill</name>
    <message>
        <source>as root on that server: systemctl start glusterd (without systemd: glusterd -p /var/run/glusterd.pid); then, if its brick stays offline: gluster volume start VOLUME force</source>
        <translation>als root op die server: systemctl start glusterd (zonder systemd: glusterd -p /var/run/glusterd.pid); daarna, als zijn brick offline blijft: gluster volume start VOLUME force</translation>
    </message>
    <message>
        <source>the drill needs a pair: a server to take out and one to keep serving.</source>
        <translation>de oefening heeft een paar nodig: een server om eruit te halen en een die blijft serveren.</translation>
    </message>
    <message>
        <source>Bringing %1 back into the pair.</source>
        <translation>%1 wordt teruggebracht in het paar.</translation>
    </message>
    <message>
        <source>Checking the health of the pair first: the drill starts only on a HEALTHY pair.</source>
        <translation>Eerst wordt de gezondheid van het paar gecontroleerd: de oefening start alleen bij een GEZOND paar.</translation>
    </message>
    <message>
        <source>%1 could not be reached</source>
        <translation>%1 was niet bereikbaar</translation>
    </message>
    <message>
        <source>%1: %2; nothing was run there.</source>
        <translation>%1: %2; daar is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 was niet bereikbaar.</translation>
    </message>
    <message>
        <source>the SSH session to %1 is gone</source>
        <translation>de SSH-sessie naar %1 is verdwenen</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>geannuleerd.</translation>
    </message>
    <message>
        <source>cancelled before any server was taken out; nothing was changed.</source>
        <translation>geannuleerd voordat er een server uit het paar was gehaald; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cancelling: %1 is brought back first.</source>
        <translation>Afbreken: eerst wordt %1 teruggebracht.</translation>
    </message>
    <message>
        <source>If an earlier drill was stopped while %1 was out, bring it back with: %2</source>
        <translation>Als een eerdere oefening is gestopt terwijl %1 uit het paar was, breng hem dan terug met: %2</translation>
    </message>
    <message>
        <source>the pair is not HEALTHY (%1): the drill takes a server out only when the other one can carry the site alone. Fix what health reports first.</source>
        <translation>het paar is niet GEZOND (%1): de oefening haalt een server er alleen uit als de andere de site alleen kan dragen. Los eerst op wat de gezondheidscontrole (health) meldt.</translation>
    </message>
    <message>
        <source>The pair is HEALTHY.</source>
        <translation>Het paar is GEZOND.</translation>
    </message>
    <message>
        <source>Reading which processes make %1 part of the pair (gluster volume status).</source>
        <translation>Er wordt gelezen welke processen %1 deel van het paar maken (gluster volume status).</translation>
    </message>
    <message>
        <source>could not read the volume&apos;s processes on %1: %2</source>
        <translation>de processen van het volume op %1 konden niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>no status of volume %1</source>
        <translation>geen status van volume %1</translation>
    </message>
    <message>
        <source>the brick %1 is not online; the drill needs it running.</source>
        <translation>de brick %1 is niet online; de oefening vereist dat hij draait.</translation>
    </message>
    <message>
        <source>Asking %1&apos;s site once a second: %2</source>
        <translation>De site van %1 wordt eenmaal per seconde bevraagd: %2</translation>
    </message>
    <message>
        <source>Taking %1 out of the pair: glusterd stopped, its brick (PID %2) and self-heal daemon (PID %3) ended. If this drill is killed, restore it with: %4</source>
        <translation>%1 wordt uit het paar gehaald: glusterd gestopt, zijn brick (PID %2) en self-heal-daemon (PID %3) beëindigd. Als deze oefening geforceerd wordt beëindigd, zet hem dan terug met: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>taking %1 out failed: %2</source>
        <translation>%1 uit het paar halen is mislukt: %2</translation>
    </message>
    <message>
        <source>%1 is out of the pair now.</source>
        <translation>%1 is nu uit het paar.</translation>
    </message>
    <message>
        <source>%1 sees %2&apos;s brick offline.</source>
        <translation>%1 ziet de brick van %2 als offline.</translation>
    </message>
    <message>
        <source>%1 still lists %2 online after the processes ended%3.</source>
        <translation>%1 vermeldt %2 na het beëindigen van de processen nog als online%3.</translation>
    </message>
    <message>
        <source>Writing %1 through %2&apos;s mount at %3.</source>
        <translation>%1 wordt geschreven via het koppelpunt van %2 op %3.</translation>
    </message>
    <message>
        <source>writing %1 through %2 failed while %3 was out: %4</source>
        <translation>het schrijven van %1 via %2 is mislukt terwijl %3 uit het paar was: %4</translation>
    </message>
    <message>
        <source>%1 did not read back through %2: %3</source>
        <translation>%1 kon niet worden teruggelezen via %2: %3</translation>
    </message>
    <message>
        <source>different content</source>
        <translation>andere inhoud</translation>
    </message>
    <message>
        <source>%1 reads it back.</source>
        <translation>%1 leest het terug.</translation>
    </message>
    <message>
        <source>Bringing %1 back: starting glusterd (it starts the brick and the self-heal daemon).</source>
        <translation>%1 wordt teruggebracht: glusterd wordt gestart (die start de brick en de self-heal-daemon).</translation>
    </message>
    <message>
        <source>%1 could not be brought back.</source>
        <translation>%1 kon niet worden teruggebracht.</translation>
    </message>
    <message>
        <source>%1: its brick or self-heal daemon is still offline %2 after glusterd started; run as root there: gluster volume start %3 force</source>
        <translation>%1: zijn brick of self-heal-daemon is %2 na de start van glusterd nog offline; voer daar als root uit: gluster volume start %3 force</translation>
    </message>
    <message>
        <source>%1&apos;s brick did not come back.</source>
        <translation>de brick van %1 is niet teruggekomen.</translation>
    </message>
    <message>
        <source>%1&apos;s brick is still offline after %2: gluster volume start %3 force</source>
        <translation>De brick van %1 is na %2 nog offline: gluster volume start %3 force</translation>
    </message>
    <message>
        <source>%1 is back: its brick and self-heal daemon are online.</source>
        <translation>%1 is terug: zijn brick en self-heal-daemon zijn online.</translation>
    </message>
    <message>
        <source>removed %1, left by an earlier drill</source>
        <translation>%1 verwijderd, achtergelaten door een eerdere oefening</translation>
    </message>
    <message>
        <source>Waiting for the heal to finish (gluster volume heal %1 info summary, at most %2).</source>
        <translation>Wachten tot het herstel klaar is (gluster volume heal %1 info summary, hoogstens %2).</translation>
    </message>
    <message>
        <source>Healed: nothing left to heal after %1.</source>
        <translation>Hersteld: na %1 niets meer te herstellen.</translation>
    </message>
    <message>
        <source>the heal did not finish within %1 (%2).</source>
        <translation>het herstel was niet binnen %1 klaar (%2).</translation>
    </message>
    <message>
        <source>entries left: %1</source>
        <translation>resterende items: %1</translation>
    </message>
    <message>
        <source>a brick not connected</source>
        <translation>een brick niet verbonden</translation>
    </message>
    <message>
        <source>Entries left to heal: %1</source>
        <translation>Nog te herstellen items: %1</translation>
    </message>
    <message>
        <source>The drill&apos;s file is on both bricks.</source>
        <translation>Het oefenbestand staat op beide bricks.</translation>
    </message>
    <message>
        <source>the drill&apos;s file is not on %1&apos;s brick %2 after the heal%3.</source>
        <translation>het oefenbestand staat na het herstel niet op de brick %2 van %1%3.</translation>
    </message>
    <message>
        <source> (different content)</source>
        <translation> (andere inhoud)</translation>
    </message>
    <message>
        <source>could not read split-brain entries: %1</source>
        <translation>de split-brain-items konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Split-brain entries: %1.</source>
        <translation>Items in split-brain: %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <source>the drill&apos;s file %1/%2 could not be removed (%3); remove it by hand.</source>
        <translation>het oefenbestand %1/%2 kon niet worden verwijderd (%3); verwijder het met de hand.</translation>
    </message>
    <message>
        <source>entries in split-brain after the drill: %1.</source>
        <translation>items in split-brain na de oefening: %1.</translation>
    </message>
    <message>
        <source>%1&apos;s site did not answer once while %2 was out.</source>
        <translation>de site van %1 heeft geen enkele keer geantwoord terwijl %2 uit het paar was.</translation>
    </message>
    <message>
        <source>%1&apos;s site stalled for %2, more than the %3 allowed.</source>
        <translation>de site van %1 stond %2 stil, langer dan de toegestane %3.</translation>
    </message>
    <message>
        <source>The drill failed: %1</source>
        <translation>De oefening is mislukt: %1</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, of %2</translation>
    </message>
    <message>
        <source>%1: glusterd did not start (%2). Run %3.</source>
        <translation>%1: glusterd is niet gestart (%2). Voer %3 uit.</translation>
    </message>
</context>
<context>
    <name>FailoverDrillJob</name>
    <message>
        <source>the wizard&apos;s &quot;Test failover&quot; page again, or: %1</source>
        <translation>opnieuw de pagina &apos;Failover testen&apos; van de wizard, of: %1</translation>
    </message>
    <message>
        <source>%1 offered a host key that is not in known_hosts (%2 %3). The drill trusts only known keys: verify and record it first.</source>
        <translation>%1 bood een hostsleutel aan die niet in known_hosts staat (%2 %3). De oefening vertrouwt alleen bekende sleutels: controleer en registreer hem eerst.</translation>
    </message>
</context>
<context>
    <name>FailoverDrillPage</name>
    <message>
        <source>&amp;Start the drill…</source>
        <translation>Oefening &amp;starten…</translation>
    </message>
    <message>
        <source>S&amp;top and bring it back</source>
        <translation>Sto&amp;ppen en terugbrengen</translation>
    </message>
    <message>
        <source>Test failover</source>
        <translation>Failover testen</translation>
    </message>
    <message>
        <source>A drill for a pair in service: one server is taken out of the pair (its Gluster processes are stopped) while this computer asks the other one&apos;s site once a second; then it is brought back and the heal is awaited. It starts only when the pair is healthy.</source>
        <translation>Een oefening voor een paar in gebruik: één server wordt uit het paar gehaald (zijn Gluster-processen worden gestopt) terwijl deze computer eenmaal per seconde de site van de andere bevraagt; daarna wordt hij teruggebracht en wordt op het herstel gewacht. Ze start alleen als het paar gezond is.</translation>
    </message>
    <message>
        <source>Server to take out:</source>
        <translation>Server om eruit te halen:</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Niet gestart.</translation>
    </message>
    <message>
        <source>Open the spec of a pair on the welcome page first.</source>
        <translation>Open eerst op de welkomstpagina de specificatie van een paar.</translation>
    </message>
    <message>
        <source>Take %1 out of the pair?</source>
        <translation>%1 uit het paar halen?</translation>
    </message>
    <message>
        <source>The drill stops glusterd, the brick and the self-heal daemon on %1 for about a minute, checks that %2 keeps serving the site and the volume, then starts them again and waits for the heal. Visitors of %1&apos;s own address may see errors meanwhile. It starts only if the pair is healthy. Start it now?</source>
        <translation>De oefening stopt glusterd, de brick en de self-heal-daemon op %1 voor ongeveer een minuut, controleert dat %2 de site en het volume blijft serveren, start ze daarna opnieuw en wacht op het herstel. Bezoekers van het eigen adres van %1 kunnen intussen fouten zien. Ze start alleen als het paar gezond is. Nu starten?</translation>
    </message>
    <message>
        <source>%1 is OUT of the pair now.</source>
        <translation>%1 is nu UIT het paar.</translation>
    </message>
    <message>
        <source>%1 is back; waiting for the heal.</source>
        <translation>%1 is terug; wachten op het herstel.</translation>
    </message>
    <message>
        <source>Checking the health of the pair…</source>
        <translation>Gezondheid van het paar wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Cancelling: bringing the server back first…</source>
        <translation>Afbreken: eerst wordt de server teruggebracht…</translation>
    </message>
    <message>
        <source>%1 (answered: %2, not answered: %3)</source>
        <translation>%1 (beantwoord: %2, niet beantwoord: %3)</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Enter a host name.</source>
        <translation>Voer een hostnaam in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use letters a-z, digits and &apos;-&apos; in labels of at most 63 characters separated by dots, not starting or ending with &apos;-&apos;.</source>
        <translation>&quot;%1&quot; is geen geldige hostnaam: gebruik letters a-z, cijfers en &apos;-&apos; in delen van hoogstens 63 tekens, gescheiden door punten, die niet met &apos;-&apos; beginnen of eindigen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IP address, not a host name.</source>
        <translation>&quot;%1&quot; lijkt op een IP-adres, niet op een hostnaam.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address such as 10.3.0.44.</source>
        <translation>&quot;%1&quot; is geen IPv4-adres zoals 10.3.0.44.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address such as fd00::44.</source>
        <translation>&quot;%1&quot; is geen IPv6-adres zoals fd00::44.</translation>
    </message>
    <message>
        <source>Enter an IP address.</source>
        <translation>Voer een IP-adres in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (IPv4 such as 10.3.0.44, or IPv6).</source>
        <translation>&quot;%1&quot; is geen IP-adres (IPv4 zoals 10.3.0.44, of IPv6).</translation>
    </message>
    <message>
        <source>Enter a host name or an IP address.</source>
        <translation>Voer een hostnaam of een IP-adres in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a valid host name nor an IP address.</source>
        <translation>&quot;%1&quot; is geen geldige hostnaam en ook geen IP-adres.</translation>
    </message>
    <message>
        <source>Enter the SSH host: a host name, an IP address or an alias from ~/.ssh/config.</source>
        <translation>Voer de SSH-host in: een hostnaam, een IP-adres of een alias uit ~/.ssh/config.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable SSH host: use a host name, an IP address or an alias made of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; is geen bruikbare SSH-host: gebruik een hostnaam, een IP-adres of een alias van letters, cijfers, &apos;.&apos;, &apos;_&apos; en &apos;-&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a TCP port: use a number from 1 to 65535.</source>
        <translation>%1 is geen TCP-poort: gebruik een getal van 1 tot en met 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;, at most 32 characters.</source>
        <translation>&quot;%1&quot; is geen geldige gebruikersnaam: kleine letters, cijfers, &apos;_&apos; en &apos;-&apos;, beginnend met een letter of &apos;_&apos;, hoogstens 32 tekens.</translation>
    </message>
    <message>
        <source>Enter the private key file (for example ~/.ssh/id_ed25519).</source>
        <translation>Voer het bestand met de privésleutel in (bijvoorbeeld ~/.ssh/id_ed25519).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable key file path: use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;@&apos;, &apos;+&apos; and &apos;/&apos;, optionally starting with ~/.</source>
        <translation>&quot;%1&quot; is geen bruikbaar pad naar een sleutelbestand: gebruik letters, cijfers, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;@&apos;, &apos;+&apos; en &apos;/&apos;, eventueel beginnend met ~/.</translation>
    </message>
    <message>
        <source>Enter a volume name.</source>
        <translation>Voer een volumenaam in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Gluster volume name: letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit, at most 64 characters.</source>
        <translation>&quot;%1&quot; is geen geldige Gluster-volumenaam: letters, cijfers, &apos;-&apos; en &apos;_&apos;, beginnend met een letter of cijfer, hoogstens 64 tekens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved word of the gluster command; choose another name.</source>
        <translation>&quot;%1&quot; is een gereserveerd woord van het gluster-commando; kies een andere naam.</translation>
    </message>
    <message>
        <source>Enter an absolute path such as /var/www.</source>
        <translation>Voer een absoluut pad in, zoals /var/www.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path: it must start with &apos;/&apos;.</source>
        <translation>&quot;%1&quot; is geen absoluut pad: het moet met &apos;/&apos; beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe path: use only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos; and &apos;@&apos; between single slashes (no spaces, quotes or shell characters), and no trailing slash.</source>
        <translation>&quot;%1&quot; is geen veilig pad: gebruik alleen letters, cijfers, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos; en &apos;@&apos; tussen enkele schuine strepen (geen spaties, aanhalingstekens of shelltekens), en geen schuine streep aan het eind.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain &apos;.&apos; or &apos;..&apos; components.</source>
        <translation>&quot;%1&quot; mag geen onderdelen &apos;.&apos; of &apos;..&apos; bevatten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a system directory and cannot be used here.</source>
        <translation>&quot;%1&quot; is een systeemmap en kan hier niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Enter the disk device, for example /dev/vdb.</source>
        <translation>Voer het schijfapparaat in, bijvoorbeeld /dev/vdb.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device path: it must start with /dev/ and use only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;:&apos; and &apos;+&apos;.</source>
        <translation>&quot;%1&quot; is geen apparaatpad: het moet met /dev/ beginnen en mag alleen letters, cijfers, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;:&apos; en &apos;+&apos; bevatten.</translation>
    </message>
    <message>
        <source>Enter a directory name.</source>
        <translation>Voer een mapnaam in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid directory name: one name made of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos; and &apos;@&apos;, without &apos;/&apos;.</source>
        <translation>&quot;%1&quot; is geen geldige mapnaam: één naam van letters, cijfers, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos; en &apos;@&apos;, zonder &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Enter a file name such as html/index.html.</source>
        <translation>Voer een bestandsnaam in, zoals html/index.html.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe relative file name: names of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos; and &apos;@&apos; separated by single slashes, not starting with &apos;/&apos;.</source>
        <translation>&quot;%1&quot; is geen veilige relatieve bestandsnaam: namen van letters, cijfers, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos; en &apos;@&apos;, gescheiden door enkele schuine strepen, niet beginnend met &apos;/&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain &apos;.&apos;, &apos;..&apos; or names starting with &apos;-&apos;.</source>
        <translation>&quot;%1&quot; mag geen &apos;.&apos;, &apos;..&apos; of namen die met &apos;-&apos; beginnen bevatten.</translation>
    </message>
    <message>
        <source>Enter some text.</source>
        <translation>Voer een tekst in.</translation>
    </message>
    <message>
        <source>The text is too long (at most 1024 characters).</source>
        <translation>De tekst is te lang (hoogstens 1024 tekens).</translation>
    </message>
    <message>
        <source>The text must be one line of printable characters (no line breaks, tabs or control characters).</source>
        <translation>De tekst moet één regel met afdrukbare tekens zijn (geen regeleinden, tabs of stuurtekens).</translation>
    </message>
</context>
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
    <name>HealHealthRules</name>
    <message>
        <source>Pending heals</source>
        <translation>Openstaande heals</translation>
    </message>
    <message>
        <source>Heal info was not checked.</source>
        <translation>De heal-informatie is niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Both copies are in sync.</source>
        <translation>Beide kopieën zijn synchroon.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) are being copied to the other brick; the self-heal daemon finishes this by itself within seconds to minutes.</source>
        <translation>
            <numerusform>%n bestand of map wordt naar de andere brick gekopieerd; de self-heal-daemon rondt dit zelf binnen seconden tot minuten af.</numerusform>
            <numerusform>%n bestanden of mappen worden naar de andere brick gekopieerd; de self-heal-daemon rondt dit zelf binnen seconden tot minuten af.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for the offline brick; they are copied to it by themselves once it is back.</source>
        <translation>
            <numerusform>%n wijziging wacht op de offline brick; ze wordt er vanzelf naartoe gekopieerd zodra die terug is.</numerusform>
            <numerusform>%n wijzigingen wachten op de offline brick; ze worden er vanzelf naartoe gekopieerd zodra die terug is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both copies were changed separately while the servers could not see each other; reading it fails with an I/O error until you choose the copy that wins. &quot;bigger-file&quot; keeps the larger copy; &quot;source-brick&quot; keeps the copy on the brick you name (pick the server whose copy is right).</source>
        <translation>Beide kopieën zijn afzonderlijk gewijzigd terwijl de servers elkaar niet konden zien; lezen mislukt met een I/O-fout totdat u kiest welke kopie wint. &quot;bigger-file&quot; houdt de grootste kopie; &quot;source-brick&quot; houdt de kopie op de brick die u noemt (kies de server waarvan de kopie klopt).</translation>
    </message>
    <message>
        <source>This entry is the web test file or a folder above it, so the site answers with errors.</source>
        <translation>Dit item is het webtestbestand of een map erboven, dus de site antwoordt met fouten.</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>Split-brain</translation>
    </message>
    <message>
        <source>No file is in split-brain.</source>
        <translation>Geen enkel bestand is in split-brain.</translation>
    </message>
    <message>
        <source>Split-brain was not checked.</source>
        <translation>Split-brain is niet gecontroleerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are in split-brain: reading them fails until you choose which copy wins. List them first.</source>
        <translation>
            <numerusform>%n item is in split-brain: lezen mislukt totdat u kiest welke kopie wint. Toon het eerst.</numerusform>
            <numerusform>%n items zijn in split-brain: lezen mislukt totdat u kiest welke kopie wint. Toon ze eerst.</numerusform>
        </translation>
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
    <name>HealthCheckJob</name>
    <message>
        <source>%1 offered a host key that is not in known_hosts (%2 %3). A health check trusts only known keys: verify and record it first (the setup wizard&apos;s connection check, or ssh once).</source>
        <translation>%1 bood een hostsleutel aan die niet in known_hosts staat (%2 %3). Een gezondheidscontrole vertrouwt alleen bekende sleutels: controleer en registreer hem eerst (met de verbindingscontrole van de installatiewizard, of eenmaal met ssh).</translation>
    </message>
</context>
<context>
    <name>HealthCheckList</name>
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
        <source>pair</source>
        <translation>paar</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>See --help.</source>
        <translation>Zie --help.</translation>
    </message>
</context>
<context>
    <name>HealthDashboardPage</name>
    <message>
        <source>&amp;Replication round trip</source>
        <translation>Replicatie-&amp;rondgang</translation>
    </message>
    <message>
        <source>C&amp;heck now</source>
        <translation>Nu &amp;controleren</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exporteren…</translation>
    </message>
    <message>
        <source>Health of the pair</source>
        <translation>Gezondheid van het paar</translation>
    </message>
    <message>
        <source>Read-only: every server is asked at once what it sees, the site is fetched from here, and a test file makes a round trip through the volume.</source>
        <translation>Alleen-lezen: elke server wordt tegelijk gevraagd wat hij ziet, de site wordt van hieruit opgehaald, en een testbestand maakt een rondgang door het volume.</translation>
    </message>
    <message>
        <source>Writes a uniquely named file through the first server&apos;s mount, reads it through the other&apos;s, then removes it.</source>
        <translation>Schrijft een bestand met een unieke naam via het koppelpunt van de eerste server, leest het via dat van de andere en verwijdert het daarna.</translation>
    </message>
    <message>
        <source>Select a check to see why and what to do.</source>
        <translation>Selecteer een controle om te zien waarom en wat u moet doen.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Nog niet gecontroleerd</translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 on %n server(s).</source>
        <translation>
            <numerusform>Volume %1 op %n server.</numerusform>
            <numerusform>Volume %1 op %n servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation>Gecontroleerd in %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n server(s)…</source>
        <translation>
            <numerusform>Verbinden met %n server…</numerusform>
            <numerusform>Verbinden met %n servers…</numerusform>
        </translation>
    </message>
    <message>
        <source>To fix it, run as root on one of the servers:</source>
        <translation>Voer om dit te verhelpen als root uit op een van de servers:</translation>
    </message>
    <message>
        <source>To fix it, run as root on %1:</source>
        <translation>Voer om dit te verhelpen als root uit op %1:</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Er is nog geen rapport om te exporteren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Rapport exporteren als HTML</translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation>Rapport exporteren als JSON</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
</context>
<context>
    <name>HealthPairSummary</name>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>niet verbonden</translation>
    </message>
    <message>
        <source>running</source>
        <translation>draait</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>draait niet</translation>
    </message>
    <message>
        <source>online, port %1</source>
        <translation>online, poort %1</translation>
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
        <translation>gekoppeld op %1</translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation>niet gekoppeld</translation>
    </message>
    <message>
        <source>in fstab</source>
        <translation>in fstab</translation>
    </message>
    <message>
        <source>not as it should be</source>
        <translation>niet zoals het hoort</translation>
    </message>
    <message>
        <source>%1 % free</source>
        <translation>%1 % vrij</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>genoeg</translation>
    </message>
    <message>
        <source>low</source>
        <translation>weinig</translation>
    </message>
    <message>
        <source>serves the test file</source>
        <translation>levert het testbestand</translation>
    </message>
    <message>
        <source>does not serve it</source>
        <translation>levert het niet</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>probleem</translation>
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
        <translation>Zelfherstel</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Koppelpunt</translation>
    </message>
    <message>
        <source>At boot</source>
        <translation>Bij opstarten</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Schijf</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>partitioned: neither sees the other</source>
        <translation>gescheiden: geen van beide ziet de ander</translation>
    </message>
    <message>
        <source>peer state not known</source>
        <translation>peerstatus onbekend</translation>
    </message>
    <message>
        <source>%1 sees %2 disconnected</source>
        <translation>%1 ziet %2 als niet verbonden</translation>
    </message>
    <message>
        <source>%1 could not tell</source>
        <translation>%1 kon het niet vaststellen</translation>
    </message>
    <message>
        <source>peers connected</source>
        <translation>peers verbonden</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Rondgang</translation>
    </message>
    <message>
        <source>%1: written, read, removed</source>
        <translation>%1: geschreven, gelezen, verwijderd</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niet geverifieerd</translation>
    </message>
    <message>
        <source>replica: the same files on every server</source>
        <translation>replica: dezelfde bestanden op elke server</translation>
    </message>
    <message>
        <source>replication not verified</source>
        <translation>replicatie niet geverifieerd</translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>%1 did not connect within %2 s.</source>
        <translation>%1 heeft binnen %2 s geen verbinding gemaakt.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 heeft niet binnen %2 s geantwoord.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <source>checked in %1 ms</source>
        <translation>gecontroleerd in %1 ms</translation>
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
    <message>
        <source>Volume %1 is healthy: the copies are in sync and the site is served.</source>
        <translation>Volume %1 is gezond: de kopieën zijn synchroon en de site wordt geserveerd.</translation>
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
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>HealthVerdictBanner</name>
    <message>
        <source>Not checked yet</source>
        <translation>Nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>observed %1</source>
        <translation>waargenomen op %1</translation>
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
        <translation>Onbekende hostsleutel van %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2) is not in your known hosts yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (%2) staat nog niet in uw bekende hosts.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the server shows for its own key (for example on its console). Trust it only if they are the same: the key is then recorded, and a different key later is refused.</source>
        <translation>Vergelijk deze vingerafdruk met die welke de server voor zijn eigen sleutel toont (bijvoorbeeld op zijn console). Vertrouw hem alleen als ze gelijk zijn: de sleutel wordt dan bewaard, en een andere sleutel wordt later geweigerd.</translation>
    </message>
    <message>
        <source>%1 key fingerprint:</source>
        <translation>Vingerafdruk van de %1-sleutel:</translation>
    </message>
    <message>
        <source>&amp;Trust and remember</source>
        <translation>&amp;Vertrouwen en onthouden</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Weigeren</translation>
    </message>
</context>
<context>
    <name>HostKeyVerifier</name>
    <message>
        <source>Cannot check the host key of %1: %2. Nothing was run.</source>
        <translation>Kan de hostsleutel van %1 niet controleren: %2. Er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 (%2) has CHANGED. Line %3 of %4 holds a different %5 key. Someone may be intercepting the connection (man-in-the-middle attack), or the server was reinstalled. Nothing was run. The server now offers %5 key %6. If you know why the key changed, remove the old entry (ssh-keygen -R &apos;%2&apos; -f &apos;%4&apos;) and connect again.</source>
        <translation>WAARSCHUWING: de hostsleutel van %1 (%2) is GEWIJZIGD. Regel %3 van %4 bevat een andere %5-sleutel. Misschien onderschept iemand de verbinding (man-in-the-middle-aanval), of de server is opnieuw geïnstalleerd. Er is niets uitgevoerd. De server biedt nu %5-sleutel %6 aan. Als u weet waarom de sleutel is gewijzigd, verwijder dan de oude regel (ssh-keygen -R &apos;%2&apos; -f &apos;%4&apos;) en maak opnieuw verbinding.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2, %3 %4) is marked @revoked on line %5 of %6. The connection was refused; nothing was run.</source>
        <translation>De hostsleutel van %1 (%2, %3 %4) is op regel %5 van %6 gemarkeerd als @revoked. De verbinding is geweigerd; er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1: %2</source>
        <translation>Kan de hostsleutel van %1 niet vastleggen: %2</translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>geen antwoord binnen %1 s</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1: dit veld is verplicht.</translation>
    </message>
    <message>
        <source>%1: expected a text value.</source>
        <translation>%1: een tekstwaarde werd verwacht.</translation>
    </message>
    <message>
        <source>%1: expected a whole number.</source>
        <translation>%1: een geheel getal werd verwacht.</translation>
    </message>
    <message>
        <source>%1: expected true or false.</source>
        <translation>%1: true of false werd verwacht.</translation>
    </message>
    <message>
        <source>%1: expected an object ({ ... }).</source>
        <translation>%1: een object ({ ... }) werd verwacht.</translation>
    </message>
    <message>
        <source>%1: expected a list ([ ... ]).</source>
        <translation>%1: een lijst ([ ... ]) werd verwacht.</translation>
    </message>
    <message>
        <source>%1: ignored; secrets are never read from or written to a spec file (use the keychain or --secret-file).</source>
        <translation>%1: genegeerd; geheimen worden nooit uit een specificatiebestand gelezen of erin geschreven (gebruik de sleutelbos of --secret-file).</translation>
    </message>
    <message>
        <source>%1: unknown key, ignored.</source>
        <translation>%1: onbekende sleutel, genegeerd.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>MountHealthRules</name>
    <message>
        <source>Mount at boot</source>
        <translation>Koppelen bij het opstarten</translation>
    </message>
    <message>
        <source>/etc/fstab could not be read.</source>
        <translation>/etc/fstab kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>/etc/fstab has no line for %1: the volume works now but is not mounted again after a reboot.</source>
        <translation>/etc/fstab heeft geen regel voor %1: het volume werkt nu, maar wordt na een herstart niet opnieuw gekoppeld.</translation>
    </message>
    <message>
        <source>/etc/fstab mounts %1 from %2 (%3), not from the gluster volume: a reboot brings the wrong files.</source>
        <translation>/etc/fstab koppelt %1 vanaf %2 (%3), niet vanaf het gluster-volume: een herstart brengt de verkeerde bestanden.</translation>
    </message>
    <message>
        <source>The fstab line lacks _netdev: at boot the mount may be tried before the network is up and fail.</source>
        <translation>De fstab-regel mist _netdev: bij het opstarten wordt het koppelen mogelijk geprobeerd voordat het netwerk klaar is, en mislukt het.</translation>
    </message>
    <message>
        <source>Mounted from %1 at boot.</source>
        <translation>Wordt bij het opstarten gekoppeld vanaf %1.</translation>
    </message>
    <message>
        <source>Volume mounted</source>
        <translation>Volume gekoppeld</translation>
    </message>
    <message>
        <source>The mounts could not be listed.</source>
        <translation>De koppelingen konden niet worden opgesomd.</translation>
    </message>
    <message>
        <source>Nothing is mounted on %1: the web server on this server reads the local folder underneath, not the replicated files.</source>
        <translation>Er is niets gekoppeld op %1: de webserver op deze server leest de lokale map eronder, niet de gerepliceerde bestanden.</translation>
    </message>
    <message>
        <source>%1 holds a %2 filesystem from %3, not the gluster volume: these files are not replicated.</source>
        <translation>%1 bevat een %2-bestandssysteem van %3, niet het gluster-volume: deze bestanden worden niet gerepliceerd.</translation>
    </message>
    <message>
        <source>%1 is mounted from %2, another gluster volume than %3.</source>
        <translation>%1 is gekoppeld vanaf %2, een ander gluster-volume dan %3.</translation>
    </message>
    <message>
        <source>%1 is mounted from %2.</source>
        <translation>%1 is gekoppeld vanaf %2.</translation>
    </message>
    <message>
        <source>Brick free space</source>
        <translation>Vrije ruimte op de brick</translation>
    </message>
    <message>
        <source>The free space of the brick could not be read.</source>
        <translation>De vrije ruimte op de brick kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 free of %2 (%3%).</source>
        <translation>%1 van %2 vrij (%3%).</translation>
    </message>
    <message>
        <source>The brick is nearly full: writes fail on it soon and the copies drift apart.</source>
        <translation>De brick is bijna vol: schrijven erop mislukt binnenkort en de kopieën lopen uiteen.</translation>
    </message>
    <message>
        <source>Plan to grow the disk or remove files.</source>
        <translation>Plan om de schijf te vergroten of bestanden te verwijderen.</translation>
    </message>
    <message>
        <source>Nothing is mounted on %1, and the web server on this server does not answer: it waits for the volume rather than serve the empty folder underneath.</source>
        <translation>Er is niets gekoppeld op %1, en de webserver op deze server antwoordt niet: hij wacht op het volume in plaats van de lege map eronder te serveren.</translation>
    </message>
</context>
<context>
    <name>PairDiagram</name>
    <message>
        <source>No health report yet: press Check now.</source>
        <translation>Nog geen gezondheidsrapport: klik op &apos;Nu controleren&apos;.</translation>
    </message>
    <message>
        <source>private network</source>
        <translation>privénetwerk</translation>
    </message>
    <message>
        <source>heal: not known</source>
        <translation>herstel: onbekend</translation>
    </message>
    <message numerus="yes">
        <source>%n to heal</source>
        <translation>
            <numerusform>%n te herstellen</numerusform>
            <numerusform>%n te herstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>split-brain: not known</source>
        <translation>split-brain: onbekend</translation>
    </message>
    <message numerus="yes">
        <source>%n in split-brain</source>
        <translation>
            <numerusform>%n in split-brain</numerusform>
            <numerusform>%n in split-brain</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>choose the copy that wins for each file (select it below for the command)</source>
        <translation>kies voor elk bestand de kopie die wint (selecteer het hieronder voor het commando)</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>Split-brain</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n bestand</numerusform>
            <numerusform>en nog %n bestanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairProbe</name>
    <message>
        <source>logged in as root</source>
        <translation>aangemeld als root</translation>
    </message>
    <message>
        <source>sudo without a password</source>
        <translation>sudo zonder wachtwoord</translation>
    </message>
    <message>
        <source>sudo with the password</source>
        <translation>sudo met het wachtwoord</translation>
    </message>
    <message>
        <source>unknown: %1 %2</source>
        <translation>onbekend: %1 %2</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>het wachtwoord werd niet aanvaard</translation>
    </message>
    <message>
        <source>waiting for the password</source>
        <translation>wacht op het wachtwoord</translation>
    </message>
    <message>
        <source>as %1 (%2)</source>
        <translation>als %1 (%2)</translation>
    </message>
    <message>
        <source>needs root privileges</source>
        <translation>heeft rootrechten nodig</translation>
    </message>
    <message>
        <source>waits for the other server</source>
        <translation>wacht op de andere server</translation>
    </message>
    <message>
        <source>reading the system (read-only)</source>
        <translation>systeem wordt gelezen (alleen lezen)</translation>
    </message>
    <message>
        <source>unsupported system: %1</source>
        <translation>niet-ondersteund systeem: %1</translation>
    </message>
</context>
<context>
    <name>PairResult</name>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 is niet verbonden.</translation>
    </message>
    <message>
        <source>gluster volume info failed: %1</source>
        <translation>gluster volume info is mislukt: %1</translation>
    </message>
    <message>
        <source>gluster volume info could not be read: %1</source>
        <translation>gluster volume info kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>PeerHealthRules</name>
    <message>
        <source>%1 does not have %2 in its trusted pool, so they do not share the volume.</source>
        <translation>%1 heeft %2 niet in zijn vertrouwde pool, dus ze delen het volume niet.</translation>
    </message>
    <message>
        <source>%1 sees %2 as disconnected (gluster still says &quot;%3&quot;, which only means it belongs to the pool). Changes made meanwhile are replicated once it is back.</source>
        <translation>%1 ziet %2 als verbroken (gluster zegt nog &quot;%3&quot;, wat alleen betekent dat hij tot de pool behoort). Wijzigingen van intussen worden gerepliceerd zodra hij terug is.</translation>
    </message>
    <message>
        <source>%1 sees %2 connected.</source>
        <translation>%1 ziet %2 als verbonden.</translation>
    </message>
    <message>
        <source>Peer status</source>
        <translation>Peerstatus</translation>
    </message>
    <message>
        <source>The peer status was not checked.</source>
        <translation>De peerstatus is niet gecontroleerd.</translation>
    </message>
    <message>
        <source>%1 Bricks and heal info are checked separately, because the peer status alone can look fine during a network partition.</source>
        <translation>%1 Bricks en heal-informatie worden apart gecontroleerd, omdat de peerstatus alleen er tijdens een netwerkpartitie goed kan uitzien.</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>Privénetwerk</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>These servers run glusterd but cannot see each other over the private network: %1. Each side keeps serving and writing on its own: a file changed on both sides ends in split-brain. Restore the private link (cable, interface, firewall on port 24007 and the brick ports).</source>
        <translation>Deze servers draaien glusterd, maar zien elkaar niet over het privénetwerk: %1. Elke kant blijft op eigen houtje serveren en schrijven: een bestand dat aan beide kanten wijzigt, eindigt in split-brain. Herstel de privéverbinding (kabel, interface, firewall op poort 24007 en de brickpoorten).</translation>
    </message>
</context>
<context>
    <name>PeerNetworkCheck</name>
    <message>
        <source>wrong address: %1</source>
        <translation>verkeerd adres: %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwoordt</translation>
    </message>
    <message>
        <source>%1 reachable (glusterd not running yet)</source>
        <translation>%1 bereikbaar (glusterd draait nog niet)</translation>
    </message>
    <message>
        <source>%1 does not answer (filtered)</source>
        <translation>%1 antwoordt niet (gefilterd)</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 onbereikbaar</translation>
    </message>
    <message>
        <source>%1 could not be tested</source>
        <translation>%1 kon niet worden getest</translation>
    </message>
    <message>
        <source>not resolving yet: %1 (added to /etc/hosts by the plan)</source>
        <translation>resolvet nog niet: %1 (wordt door het plan aan /etc/hosts toegevoegd)</translation>
    </message>
    <message>
        <source>no peer was tested</source>
        <translation>er is geen peer getest</translation>
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
    <name>PlanCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n step(s))</source>
        <translation>
            <numerusform>%1 geschreven (%n stap)</numerusform>
            <numerusform>%1 geschreven (%n stappen)</numerusform>
        </translation>
    </message>
    <message>
        <source>planning needs the facts of every server; to plan without connecting, give the distribution with --assume-os debian or --assume-os fedora.</source>
        <translation>plannen heeft de gegevens van elke server nodig; om zonder verbinding te plannen, geef de distributie op met --assume-os debian of --assume-os fedora.</translation>
    </message>
    <message>
        <source>warning: --wipe permits erasing a disk as the check sees it; with --assume-os no disk was looked at, so the plan erases none.</source>
        <translation>waarschuwing: --wipe staat het wissen van een schijf toe zoals de controle haar ziet; met --assume-os is geen schijf bekeken, dus het plan wist er geen.</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>The plan is inconsistent: %1</source>
        <translation>Het plan is inconsistent: %1</translation>
    </message>
    <message>
        <source>Not connected to %1: connect to every server before running the plan.</source>
        <translation>Niet verbonden met %1: maak verbinding met elke server voordat u het plan uitvoert.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; on %2 erases a disk and was not confirmed.</source>
        <translation>De stap &quot;%1&quot; op %2 wist een schijf en is niet bevestigd.</translation>
    </message>
    <message>
        <source>its result could not be verified (%1)</source>
        <translation>het resultaat ervan kon niet worden geverifieerd (%1)</translation>
    </message>
    <message>
        <source>its check could not run (%1)</source>
        <translation>de controle ervan kon niet draaien (%1)</translation>
    </message>
    <message>
        <source>it failed (%1)</source>
        <translation>hij is mislukt (%1)</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; on %2: %3.</source>
        <translation>Stap &quot;%1&quot; op %2: %3.</translation>
    </message>
    <message>
        <source>The run cannot continue: no step is ready to run.</source>
        <translation>De run kan niet verder: geen enkele stap is klaar om te draaien.</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>%n stap gedaan.</numerusform>
            <numerusform>Alle %n stappen gedaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled: the commands that were running were ended on the servers. A later run resumes where this one stopped.</source>
        <translation>De uitvoering is geannuleerd: de opdrachten die liepen, zijn op de servers beëindigd. Een latere uitvoering gaat verder waar deze gestopt is.</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message numerus="yes">
        <source>Plan for volume %1 on %2: %n step(s).</source>
        <translation>
            <numerusform>Plan voor volume %1 op %2: %n stap.</numerusform>
            <numerusform>Plan voor volume %1 op %2: %n stappen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A check that exits 0 means the step is already done; otherwise apply runs, then verify must succeed.</source>
        <translation>Een controle (check) die met 0 eindigt, betekent dat de stap al gedaan is; anders draait apply, waarna verify moet slagen.</translation>
    </message>
    <message>
        <source>(destroys data: asks first unless --yes)</source>
        <translation>(vernietigt gegevens: vraagt eerst, behalve met --yes)</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>waarom: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>na: %1</translation>
    </message>
    <message>
        <source>Each command runs as root on its server through `env LC_ALL=C bash -c`, after &quot;%1&quot; (plan --json shows the exact remote lines).</source>
        <translation>Elk commando draait als root op zijn server via `env LC_ALL=C bash -c`, na &quot;%1&quot; (plan --json toont de exacte regels op afstand).</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Facts are needed for each of the %1 servers (got %2).</source>
        <translation>Voor elk van de %1 servers zijn gegevens nodig (ontvangen: %2).</translation>
    </message>
    <message>
        <source>%1: unsupported operating system &quot;%2&quot;; supported are Debian, Ubuntu, Fedora and RHEL-like systems.</source>
        <translation>%1: niet-ondersteund besturingssysteem &quot;%2&quot;; ondersteund worden Debian, Ubuntu, Fedora en RHEL-achtige systemen.</translation>
    </message>
</context>
<context>
    <name>PreparedSpec</name>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>%1 is not a usable spec:</source>
        <translation>%1 is geen bruikbare specificatie:</translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation>%1 heeft problemen:</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>no key file given</source>
        <translation>geen sleutelbestand opgegeven</translation>
    </message>
</context>
<context>
    <name>PrivilegeProbe</name>
    <message>
        <source>sudo password for %1 on %2:</source>
        <translation>sudo-wachtwoord voor %1 op %2:</translation>
    </message>
    <message>
        <source>sudo on %1 is set to &apos;Defaults requiretty&apos;: it refuses to run without a terminal, and this program never asks for one (sudo would echo the password into it). Ask the administrator to add &apos;Defaults:%2 !requiretty&apos; to the sudoers file, or log in as root.</source>
        <translation>sudo op %1 staat op &apos;Defaults requiretty&apos;: het weigert te draaien zonder terminal, en dit programma vraagt er nooit een (sudo zou het wachtwoord erin tonen). Vraag de beheerder &apos;Defaults:%2 !requiretty&apos; aan het sudoers-bestand toe te voegen, of meld u aan als root.</translation>
    </message>
    <message>
        <source>%1 is not root on %2 and cannot use sudo there: %3</source>
        <translation>%1 is geen root op %2 en kan daar sudo niet gebruiken: %3</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the password of %2.</source>
        <translation>sudo op %1 heeft het wachtwoord van %2 niet aanvaard.</translation>
    </message>
    <message>
        <source>sudo on %1 needs the password of %2, and none was given.</source>
        <translation>sudo op %1 heeft het wachtwoord van %2 nodig, en er is er geen opgegeven.</translation>
    </message>
    <message>
        <source>%1 cannot use sudo on %2: %3</source>
        <translation>%1 kan sudo op %2 niet gebruiken: %3</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partitie</numerusform>
            <numerusform>%n partities</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsupported operating system &quot;%1&quot;: Debian, Ubuntu, Fedora and RHEL-like systems are supported.</source>
        <translation>Niet-ondersteund besturingssysteem &quot;%1&quot;: Debian, Ubuntu, Fedora en RHEL-achtige systemen worden ondersteund.</translation>
    </message>
    <message>
        <source>No package manager found (apt-get, dnf or yum).</source>
        <translation>Geen pakketbeheerder gevonden (apt-get, dnf of yum).</translation>
    </message>
    <message>
        <source>Will install: %1.</source>
        <translation>Wordt geïnstalleerd: %1.</translation>
    </message>
    <message>
        <source>systemd is not running: glusterd and the web server are started directly and will not start by themselves after a reboot.</source>
        <translation>systemd draait niet: glusterd en de webserver worden rechtstreeks gestart en starten na een herstart niet vanzelf.</translation>
    </message>
    <message>
        <source>SELinux is enforcing: httpd_use_fusefs will be set.</source>
        <translation>SELinux staat op enforcing: httpd_use_fusefs wordt ingesteld.</translation>
    </message>
    <message>
        <source>A firewall is active (%1): the Gluster ports will be opened to the peers.</source>
        <translation>Er is een firewall actief (%1): de Gluster-poorten worden voor de peers geopend.</translation>
    </message>
    <message>
        <source>The disk %1 does not exist.</source>
        <translation>De schijf %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a block device.</source>
        <translation>%1 is geen blokapparaat.</translation>
    </message>
    <message>
        <source>%1 is already the brick, mounted at %2.</source>
        <translation>%1 is al de brick, gekoppeld op %2.</translation>
    </message>
    <message>
        <source>%1 is in use (mounted at %2); a mounted disk is never formatted.</source>
        <translation>%1 is in gebruik (gekoppeld op %2); een gekoppelde schijf wordt nooit geformatteerd.</translation>
    </message>
    <message>
        <source>%1 already holds a brick file system from an earlier run; it is kept.</source>
        <translation>%1 bevat al een brick-bestandssysteem van een eerdere run; het blijft behouden.</translation>
    </message>
    <message>
        <source>%1 holds %2; it is formatted only if you name it with --wipe %3:%1.</source>
        <translation>%1 bevat %2; de schijf wordt alleen geformatteerd als u haar noemt met --wipe %3:%1.</translation>
    </message>
    <message>
        <source>%1 does not resolve yet: it will be added to /etc/hosts as %2.</source>
        <translation>%1 resolvet nog niet: de naam wordt aan /etc/hosts toegevoegd als %2.</translation>
    </message>
    <message>
        <source>%1 resolves to %2, not to its private address %3: correct DNS or /etc/hosts.</source>
        <translation>%1 resolvet naar %2, niet naar zijn privéadres %3: corrigeer DNS of /etc/hosts.</translation>
    </message>
    <message>
        <source>TCP port 24007 of %1 does not answer (packets are dropped): open the Gluster ports between the private addresses.</source>
        <translation>TCP-poort 24007 van %1 antwoordt niet (pakketten worden weggegooid): open de Gluster-poorten tussen de privéadressen.</translation>
    </message>
    <message>
        <source>%1 cannot be reached on the private network.</source>
        <translation>%1 is niet bereikbaar op het privénetwerk.</translation>
    </message>
    <message>
        <source>Whether %1 can be reached on TCP 24007 could not be tested.</source>
        <translation>Of %1 bereikbaar is op TCP 24007, kon niet worden getest.</translation>
    </message>
    <message>
        <source>This server is already in a Gluster pool with %1, which is not in the spec.</source>
        <translation>Deze server zit al in een Gluster-pool met %1, die niet in de specificatie staat.</translation>
    </message>
    <message>
        <source>The volume %1 already exists with these bricks; it is kept.</source>
        <translation>Het volume %1 bestaat al met deze bricks; het blijft behouden.</translation>
    </message>
    <message>
        <source>A volume named %1 already exists with other bricks (%2).</source>
        <translation>Er bestaat al een volume met de naam %1 met andere bricks (%2).</translation>
    </message>
    <message>
        <source>/etc/fstab already mounts %1 at %2.</source>
        <translation>/etc/fstab koppelt %1 al op %2.</translation>
    </message>
    <message>
        <source>%1 belongs to the system and is never formatted: %2</source>
        <translation>%1 hoort bij het systeem en wordt nooit geformatteerd: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 and will be erased (--wipe), if right before formatting it is still this disk: %3.</source>
        <translation>%1 bevat %2 en wordt gewist (--wipe), als het vlak voor het formatteren nog steeds deze schijf is: %3.</translation>
    </message>
    <message>
        <source>%1 holds %2, and what it is (size, serial, signatures) could not be read: it is not erased.</source>
        <translation>%1 bevat %2, en wat voor schijf het is (grootte, serienummer, handtekeningen) kon niet worden gelezen: ze wordt niet gewist.</translation>
    </message>
    <message>
        <source>%1 changed since you allowed erasing it (then: %2; now: %3): confirm it again.</source>
        <translation>%1 is veranderd sinds u het wissen hebt toegestaan (toen: %2; nu: %3): bevestig het opnieuw.</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>timed out</source>
        <translation>time-out</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>beëindigd door signaal %1</translation>
    </message>
    <message>
        <source>output ended before the command did</source>
        <translation>de uitvoer eindigde vóór het commando</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>exitstatus %1</translation>
    </message>
</context>
<context>
    <name>ReplicationRoundTrip</name>
    <message>
        <source>The SSH session is gone.</source>
        <translation>De SSH-sessie is verdwenen.</translation>
    </message>
    <message>
        <source>%1 read different content than %2 wrote.</source>
        <translation>%1 las andere inhoud dan %2 schreef.</translation>
    </message>
    <message>
        <source>The round trip did not finish in time.</source>
        <translation>De rondgang is niet op tijd voltooid.</translation>
    </message>
</context>
<context>
    <name>ReplicationTestSteps</name>
    <message>
        <source>Write the test file %1 through the volume</source>
        <translation>Het testbestand %1 via het volume schrijven</translation>
    </message>
    <message>
        <source>%s does not show the test content: replication is not working.
</source>
        <translation>%s toont de testinhoud niet: replicatie werkt niet.
</translation>
    </message>
    <message>
        <source>Read the test file on %1</source>
        <translation>Het testbestand op %1 lezen</translation>
    </message>
    <message>
        <source>Proves that what %1 wrote is replicated to this server.</source>
        <translation>Bewijst dat wat %1 schreef naar deze server wordt gerepliceerd.</translation>
    </message>
    <message>
        <source>Fetch the test file over HTTP from %1</source>
        <translation>Het testbestand via HTTP ophalen van %1</translation>
    </message>
    <message>
        <source>Proves that the web server on %1 serves the replicated content on its public address.</source>
        <translation>Bewijst dat de webserver op %1 de gerepliceerde inhoud op zijn publieke adres serveert.</translation>
    </message>
    <message>
        <source>%s does not serve the test content.
</source>
        <translation>%s serveert de testinhoud niet.
</translation>
    </message>
    <message>
        <source>A file written on one server must appear on the others and on the web. A file that is already there with other content (the site&apos;s own page) is never overwritten: the test then writes a file of its own beside it and removes it afterwards.</source>
        <translation>Een bestand dat op één server is geschreven, moet op de andere en op het web verschijnen. Een bestand dat er al staat met andere inhoud (de eigen pagina van de site), wordt nooit overschreven: de test schrijft dan een eigen bestand ernaast en verwijdert dat daarna.</translation>
    </message>
    <message>
        <source>The volume is not mounted at %s.
</source>
        <translation>Het volume is niet gekoppeld op %s.
</translation>
    </message>
    <message>
        <source>%s already holds other content (the site&apos;s own page): it is left as it is; the test writes %s instead and removes it afterwards.
</source>
        <translation>%s bevat al andere inhoud (de eigen pagina van de site): het bestand blijft zoals het is; de test schrijft in plaats daarvan %s en verwijdert dat bestand daarna.
</translation>
    </message>
    <message>
        <source>read back on %1</source>
        <translation>teruggelezen op %1</translation>
    </message>
    <message>
        <source>the test content served over HTTP by %1</source>
        <translation>de testinhoud, via HTTP geserveerd door %1</translation>
    </message>
    <message>
        <source>Remove the test&apos;s own file</source>
        <translation>Het eigen bestand van de test verwijderen</translation>
    </message>
    <message>
        <source>When the site already had its own %1, the test used a file of its own: it is removed once every server has read and served it. The spec&apos;s test file written where there was none stays.</source>
        <translation>Als de site al een eigen bestand %1 had, gebruikte de test een eigen bestand: dat wordt verwijderd zodra elke server het heeft gelezen en geserveerd. Het testbestand van de specificatie dat is geschreven waar er geen was, blijft staan.</translation>
    </message>
    <message>
        <source>Removed the test file %s.
</source>
        <translation>Het testbestand %s is verwijderd.
</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>The volume as Gluster reports it, and the proof that both servers serve the same content.</source>
        <translation>Het volume zoals Gluster het meldt, en het bewijs dat beide servers dezelfde inhoud serveren.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
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
        <translation>Replicatietest</translation>
    </message>
    <message>
        <source>gluster volume info</source>
        <translation>gluster volume info</translation>
    </message>
    <message>
        <source>Reading the volume…</source>
        <translation>Volume wordt gelezen…</translation>
    </message>
    <message>
        <source>Written on one server, read and served by all.</source>
        <translation>Op één server geschreven, door alle servers gelezen en geserveerd.</translation>
    </message>
    <message>
        <source>The replication test did not pass.</source>
        <translation>De replicatietest is niet geslaagd.</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, replica %2</translation>
    </message>
    <message>
        <source>The pair is ready: %1 is replicated and served by both servers.</source>
        <translation>Het paar is klaar: %1 wordt gerepliceerd en door beide servers geserveerd.</translation>
    </message>
    <message>
        <source>The pair is not complete: see below.</source>
        <translation>Het paar is niet compleet: zie hieronder.</translation>
    </message>
    <message>
        <source>Site content</source>
        <translation>Inhoud van de site</translation>
    </message>
    <message>
        <source>Nothing was moved or copied in this run: the volume was already mounted with the content it holds.</source>
        <translation>Bij deze uitvoering is niets verplaatst of gekopieerd: het volume was al gekoppeld met de inhoud die het bevat.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Export as script…</source>
        <translation>&amp;Exporteren als script…</translation>
    </message>
    <message>
        <source>&amp;Save spec…</source>
        <translation>Specificatie op&amp;slaan…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>These are the exact commands, in order, for each server. Steps that are already done are skipped when the plan runs.</source>
        <translation>Dit zijn de exacte opdrachten, op volgorde, voor elke server. Stappen die al gedaan zijn, worden overgeslagen wanneer het plan wordt uitgevoerd.</translation>
    </message>
    <message>
        <source>&amp;Run the plan</source>
        <translation>Plan &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>Plan wordt voorbereid…</translation>
    </message>
    <message>
        <source>Erases the disk. %1</source>
        <translation>Wist de schijf. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s)</source>
        <translation>
            <numerusform>%1 — %n stap</numerusform>
            <numerusform>%1 — %n stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) for %1 servers.</source>
        <translation>
            <numerusform>%n stap voor %1 servers.</numerusform>
            <numerusform>%n stappen voor %1 servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the plan as a script</source>
        <translation>Plan exporteren als script</translation>
    </message>
    <message>
        <source>Shell script (*.sh);;All files (*)</source>
        <translation>Shellscript (*.sh);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Script written to %1.</source>
        <translation>Script naar %1 geschreven.</translation>
    </message>
    <message>
        <source>Save the setup spec</source>
        <translation>Setup-specificatie opslaan</translation>
    </message>
    <message>
        <source>Setup spec (*.json);;All files (*)</source>
        <translation>Setup-specificatie (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Spec saved to %1 (it holds no password).</source>
        <translation>Specificatie opgeslagen in %1 (ze bevat geen wachtwoord).</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>Done in %1: %n step(s) applied, %2 already done, %3 verified.</source>
        <translation>
            <numerusform>Klaar in %1: %n stap uitgevoerd, %2 al gedaan, %3 gecontroleerd.</numerusform>
            <numerusform>Klaar in %1: %n stappen uitgevoerd, %2 al gedaan, %3 gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Uitvoering a&amp;fbreken</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Save &amp;log…</source>
        <translation>&amp;Logboek opslaan…</translation>
    </message>
    <message>
        <source>Running the plan</source>
        <translation>Het plan wordt uitgevoerd</translation>
    </message>
    <message>
        <source>Both servers are set up at the same time where the steps allow it. You can cancel: a later run resumes where this one stopped.</source>
        <translation>Beide servers worden tegelijk ingericht waar de stappen dat toelaten. U kunt afbreken: een latere uitvoering gaat verder waar deze gestopt is.</translation>
    </message>
    <message>
        <source>Show the &amp;result</source>
        <translation>&amp;Resultaat tonen</translation>
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
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>The plan cannot run: go back to the review.</source>
        <translation>Het plan kan niet worden uitgevoerd: ga terug naar de controle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; log</source>
        <translation>Logboek van &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v van %m stappen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Save the run log</source>
        <translation>Uitvoeringslogboek opslaan</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Logbestanden (*.log *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>There is no log to save yet.</source>
        <translation>Er is nog geen logboek om op te slaan.</translation>
    </message>
    <message>
        <source>Log saved to %1.</source>
        <translation>Logboek opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Cancelling: ending the commands running on the servers (SIGTERM, SIGKILL after %1 s)…</source>
        <translation>Afbreken: de opdrachten die op de servers draaien, worden beëindigd (SIGTERM, SIGKILL na %1 s)…</translation>
    </message>
</context>
<context>
    <name>ScriptExporter</name>
    <message>
        <source>%1 %2: sets up the GlusterFS volume %3 on %4 from this workstation over ssh.</source>
        <translation>%1 %2: zet het GlusterFS-volume %3 op %4 op vanaf dit werkstation via ssh.</translation>
    </message>
    <message>
        <source>Generated from the plan that `plan` prints and `apply` runs; every step&apos;s check, apply and verify below are sent to the server exactly as written.</source>
        <translation>Gemaakt uit het plan dat `plan` toont en `apply` uitvoert; check, apply en verify van elke stap hieronder worden precies zo naar de server gestuurd.</translation>
    </message>
    <message>
        <source>Each step: check (exit 0 = already done, skipped), else apply, then verify (must succeed). Running the script again changes nothing that is done.</source>
        <translation>Elke stap: check (exit 0 = al gedaan, overgeslagen), anders apply, daarna verify (moet slagen). Het script opnieuw uitvoeren verandert niets wat al gedaan is.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Disks allowed to be wiped: %1.</source>
        <translation>
            <numerusform>%n stap. Schijven die gewist mogen worden: %1.</numerusform>
            <numerusform>%n stappen. Schijven die gewist mogen worden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No password or passphrase is stored here: ssh asks for them, or use keys.</source>
        <translation>Hier is geen wachtwoord of wachtwoordzin opgeslagen: ssh vraagt erom, of gebruik sleutels.</translation>
    </message>
    <message>
        <source>Run it as: [GHW_SSH=&quot;ssh -F ssh_config&quot;] bash SCRIPT [--yes] [--dry-run]; a non-root ssh user gets root through GHW_SUDO (default: passwordless sudo). See --help.</source>
        <translation>Uitvoeren als: [GHW_SSH=&quot;ssh -F ssh_config&quot;] bash SCRIPT [--yes] [--dry-run]; een ssh-gebruiker die geen root is, krijgt root via GHW_SUDO (standaard: sudo zonder wachtwoord). Zie --help.</translation>
    </message>
    <message>
        <source>Without GHW_SSH, ssh checks host keys strictly (StrictHostKeyChecking=yes) against the known_hosts file of the export, set in ghw_default_ssh below.</source>
        <translation>Zonder GHW_SSH controleert ssh hostsleutels strikt (StrictHostKeyChecking=yes) tegen het known_hosts-bestand van de export, ingesteld in ghw_default_ssh hieronder.</translation>
    </message>
</context>
<context>
    <name>SecretFiles</name>
    <message>
        <source>--secret-file %1: the kind of secret must be password, passphrase or sudo, not &quot;%2&quot;.</source>
        <translation>--secret-file %1: het soort geheim moet password, passphrase of sudo zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--secret-file %1: the spec has no server &quot;%2&quot; (it has %3).</source>
        <translation>--secret-file %1: de specificatie heeft geen server &quot;%2&quot; (ze heeft %3).</translation>
    </message>
    <message>
        <source>--secret-file %1: no server of the spec logs in with a password or an encrypted key; say which server and kind of secret it is: --secret-file SERVER:sudo=FILE.</source>
        <translation>--secret-file %1: geen enkele server van de specificatie meldt zich aan met een wachtwoord of een versleutelde sleutel; geef aan voor welke server en welk soort geheim het bestand is: --secret-file SERVER:sudo=FILE.</translation>
    </message>
    <message>
        <source>--secret-file %1: more than one server logs in with a password or an encrypted key; give each its own: --secret-file SERVER:password=FILE or SERVER:passphrase=FILE.</source>
        <translation>--secret-file %1: meer dan één server meldt zich aan met een wachtwoord of een versleutelde sleutel; geef elke server een eigen bestand: --secret-file SERVER:password=FILE of SERVER:passphrase=FILE.</translation>
    </message>
    <message>
        <source>--secret-file: the %1 of %2 is given twice.</source>
        <translation>--secret-file: het geheim van soort %1 voor %2 is twee keer opgegeven.</translation>
    </message>
</context>
<context>
    <name>ServerConnections</name>
    <message>
        <source>new host key %1 %2 accepted and recorded</source>
        <translation>nieuwe hostsleutel %1 %2 aanvaard en vastgelegd</translation>
    </message>
    <message>
        <source>%1: unknown host key %2 %3; compare it with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and run again with --accept-new-host-keys, or add it to known_hosts.</source>
        <translation>%1: onbekende hostsleutel %2 %3; vergelijk hem met die van de server (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) en voer opnieuw uit met --accept-new-host-keys, of voeg hem toe aan known_hosts.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
</context>
<context>
    <name>ServerFacts</name>
    <message>
        <source>--secret-file %1: no such file.</source>
        <translation>--secret-file %1: bestand bestaat niet.</translation>
    </message>
    <message>
        <source>--secret-file %1 may be read by others: make it mode 0600 (chmod 600).</source>
        <translation>--secret-file %1 kan door anderen gelezen worden: zet de modus op 0600 (chmod 600).</translation>
    </message>
    <message>
        <source>--secret-file %1: %2</source>
        <translation>--secret-file %1: %2</translation>
    </message>
    <message>
        <source>facts gathered: %1</source>
        <translation>gegevens verzameld: %1</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Public address:</source>
        <translation>&amp;Publiek adres:</translation>
    </message>
    <message>
        <source>name or IP the web is served on</source>
        <translation>naam of IP waarop het web wordt geserveerd</translation>
    </message>
    <message>
        <source>P&amp;rivate name:</source>
        <translation>P&amp;rivénaam:</translation>
    </message>
    <message>
        <source>Private &amp;address:</source>
        <translation>Privé&amp;adres:</translation>
    </message>
    <message>
        <source>IP for the storage traffic</source>
        <translation>IP voor het opslagverkeer</translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation>SSH-&amp;host:</translation>
    </message>
    <message>
        <source>host, IP or ~/.ssh/config alias</source>
        <translation>host, IP of alias uit ~/.ssh/config</translation>
    </message>
    <message>
        <source>from SSH config (22)</source>
        <translation>uit de SSH-configuratie (22)</translation>
    </message>
    <message>
        <source>SSH p&amp;ort:</source>
        <translation>SSH-p&amp;oort:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-gebr&amp;uiker:</translation>
    </message>
    <message>
        <source>from SSH config</source>
        <translation>uit de SSH-configuratie</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Sleutelbestand</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation>Aanme&amp;lden met:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Het privésleutelbestand kiezen</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Sleutelbestand:</translation>
    </message>
    <message>
        <source>asked when needed</source>
        <translation>wordt gevraagd wanneer nodig</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Remember it in the k&amp;eychain</source>
        <translation>Onthouden in de sleutel&amp;bos</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>key passphrase, if any</source>
        <translation>wachtwoordzin van de sleutel, indien aanwezig</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>De privésleutel kiezen</translation>
    </message>
</context>
<context>
    <name>ServerHealthRules</name>
    <message>
        <source>SSH connection</source>
        <translation>SSH-verbinding</translation>
    </message>
    <message>
        <source>The server&apos;s host key does not match the one recorded in known_hosts, so the connection was refused. Either the server was reinstalled or someone is intercepting the connection: verify the new key&apos;s fingerprint on the server&apos;s console before trusting it.</source>
        <translation>De hostsleutel van de server komt niet overeen met die in known_hosts, dus de verbinding is geweigerd. Ofwel is de server opnieuw geïnstalleerd, ofwel onderschept iemand de verbinding: controleer de vingerafdruk van de nieuwe sleutel op de console van de server voordat u hem vertrouwt.</translation>
    </message>
    <message>
        <source>The server could not be reached over SSH, so nothing on it could be checked. The other server may still serve the site.</source>
        <translation>De server was niet bereikbaar over SSH, dus er kon niets op worden gecontroleerd. De andere server serveert de site mogelijk nog wel.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>Connected and the host key matches.</source>
        <translation>Verbonden en de hostsleutel klopt.</translation>
    </message>
    <message>
        <source>glusterd</source>
        <translation>glusterd</translation>
    </message>
    <message>
        <source>glusterd is not running (or does not answer) on %1: its brick is offline and it is out of the pool. The other server keeps the site up meanwhile; once glusterd is back, the brick starts and heals by itself.</source>
        <translation>glusterd draait niet (of antwoordt niet) op %1: zijn brick is offline en hij is uit de pool. De andere server houdt de site intussen in de lucht; zodra glusterd terug is, start de brick en herstelt hij vanzelf.</translation>
    </message>
    <message>
        <source>glusterd is running.</source>
        <translation>glusterd draait.</translation>
    </message>
    <message>
        <source>Whether glusterd runs could not be determined: neither the process check nor any gluster command gave an answer.</source>
        <translation>Of glusterd draait, kon niet worden vastgesteld: noch de procescontrole noch een gluster-commando gaf antwoord.</translation>
    </message>
    <message>
        <source>Servers reachable</source>
        <translation>Servers bereikbaar</translation>
    </message>
    <message>
        <source>No server could be reached over SSH: the pair&apos;s state cannot be checked at all. Check the network path and the servers&apos; SSH daemons.</source>
        <translation>Geen enkele server was bereikbaar over SSH: de toestand van het paar kan helemaal niet worden gecontroleerd. Controleer het netwerkpad en de SSH-daemons van de servers.</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>The SSH session is gone.</source>
        <translation>De SSH-sessie is verdwenen.</translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>The two servers of the pair: the public address serves the web, the private network carries the storage traffic. SSH settings left empty come from your ~/.ssh/config.</source>
        <translation>De twee servers van het paar: het publieke adres serveert het web, het privénetwerk draagt het opslagverkeer. Leeggelaten SSH-instellingen komen uit uw ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Passwords are kept in memory for this session only, or in your desktop keychain when you tick &quot;Remember&quot;; never in the spec file.</source>
        <translation>Wachtwoorden blijven alleen voor deze sessie in het geheugen, of in uw sleutelbos als u „Onthouden” aanvinkt; nooit in het specificatiebestand.</translation>
    </message>
</context>
<context>
    <name>ServiceSteps</name>
    <message>
        <source>Enable and start glusterd</source>
        <translation>glusterd inschakelen en starten</translation>
    </message>
    <message>
        <source>The Gluster management daemon must run on every server, and start at boot, before the servers can form a pool.</source>
        <translation>De Gluster-beheerdaemon moet op elke server draaien, en bij het opstarten starten, voordat de servers een pool kunnen vormen.</translation>
    </message>
    <message>
        <source>glusterd was started but does not answer after 30 seconds; see /var/log/glusterfs/glusterd.log on this server.</source>
        <translation>glusterd is gestart maar antwoordt na 30 seconden niet; zie /var/log/glusterfs/glusterd.log op deze server.</translation>
    </message>
    <message>
        <source>Enable and start the web server (%1)</source>
        <translation>De webserver inschakelen en starten (%1)</translation>
    </message>
    <message>
        <source>Each server serves the replicated %1 over HTTP, so either can answer when the other is down.</source>
        <translation>Elke server serveert de gerepliceerde %1 via HTTP, zodat elk van beide kan antwoorden als de andere uitligt.</translation>
    </message>
    <message>
        <source>Start the web server (%1) only once the volume is mounted</source>
        <translation>De webserver (%1) pas starten als het volume gekoppeld is</translation>
    </message>
    <message>
        <source>At boot, Apache must not serve the empty directory under %1 (or a default page) while the volume is not mounted yet, or not at all. A systemd drop-in with RequiresMountsFor=%1 starts %2 after the volume&apos;s mount and not at all when the mount fails: then this server does not answer, the other one serves the site, and health says why (After= alone would only order the start, and still serve the empty directory when the mount fails). Once the volume is mounted later (mount %1), start %2 again. Without systemd (some containers) there is no unit to extend: the step does not apply there and its check passes.</source>
        <translation>Bij het opstarten mag Apache niet de lege map onder %1 (of een standaardpagina) serveren zolang het volume nog niet of helemaal niet gekoppeld is. Een systemd-drop-in met RequiresMountsFor=%1 start %2 na het koppelen van het volume, en helemaal niet als het koppelen mislukt: dan antwoordt deze server niet, serveert de andere de site, en zegt de gezondheidscontrole (health) waarom (met alleen After= zou enkel de startvolgorde worden bepaald en bij een mislukte koppeling toch de lege map worden geserveerd). Zodra het volume later gekoppeld is (mount %1), start u %2 opnieuw. Zonder systemd (sommige containers) is er geen unit om uit te breiden: de stap is daar niet van toepassing en zijn controle slaagt.</translation>
    </message>
</context>
<context>
    <name>SetupSession</name>
    <message>
        <source>The servers are not connected: run the connectivity checks again.</source>
        <translation>De servers zijn niet verbonden: voer de verbindingscontroles opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>SiteWatch</name>
    <message>
        <source>site: HTTP 200 in %1 ms</source>
        <translation>site: HTTP 200 in %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>geen antwoord binnen %1 s</translation>
    </message>
    <message>
        <source>site: NO ANSWER (%1) after %2 ms</source>
        <translation>site: GEEN ANTWOORD (%1) na %2 ms</translation>
    </message>
</context>
<context>
    <name>SpecJson</name>
    <message>
        <source>%1: must be &quot;agent&quot;, &quot;key&quot; or &quot;password&quot;.</source>
        <translation>%1: moet &quot;agent&quot;, &quot;key&quot; of &quot;password&quot; zijn.</translation>
    </message>
    <message>
        <source>version: this spec is format version %1, written by a newer release; this release reads version %2.</source>
        <translation>version: deze specificatie heeft formaatversie %1 en is geschreven door een nieuwere release; deze release leest versie %2.</translation>
    </message>
    <message>
        <source>version: %1 is not a valid format version (expected %2).</source>
        <translation>version: %1 is geen geldige formaatversie (verwacht: %2).</translation>
    </message>
    <message>
        <source>web.server: must be &quot;apache&quot; or &quot;none&quot;.</source>
        <translation>web.server: moet &quot;apache&quot; of &quot;none&quot; zijn.</translation>
    </message>
    <message>
        <source>%1: expected an object ({ ... }).</source>
        <translation>%1: een object ({ ... }) werd verwacht.</translation>
    </message>
    <message>
        <source>The file is too large to be a setup spec.</source>
        <translation>Het bestand is te groot voor een setup-specificatie.</translation>
    </message>
    <message>
        <source>Not valid JSON (at byte %1): %2</source>
        <translation>Geen geldige JSON (bij byte %1): %2</translation>
    </message>
    <message>
        <source>A setup spec is a JSON object ({ ... }).</source>
        <translation>Een setup-specificatie is een JSON-object ({ ... }).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>SpecValidator</name>
    <message>
        <source>With a web server the test file must be under html/ (the document root), so it can be fetched over HTTP.</source>
        <translation>Met een webserver moet het testbestand onder html/ (de documentroot) staan, zodat het via HTTP kan worden opgehaald.</translation>
    </message>
    <message>
        <source>A highly available pair needs at least two servers.</source>
        <translation>Een hoogbeschikbaar paar heeft minstens twee servers nodig.</translation>
    </message>
    <message>
        <source>The replica count must be 2 or 3.</source>
        <translation>Het aantal replica&apos;s moet 2 of 3 zijn.</translation>
    </message>
    <message>
        <source>Replica %1 needs exactly %1 servers (one brick on each); the spec has %2.</source>
        <translation>Replica %1 heeft precies %1 servers nodig (op elk één brick); de specificatie heeft er %2.</translation>
    </message>
    <message>
        <source>Replica 2 volumes are prone to split-brain when the servers lose sight of each other. Confirm that you accept this risk (volume.acknowledgeSplitBrainRisk, or --accept-split-brain-risk on the command line), or use three servers.</source>
        <translation>Volumes met replica 2 zijn gevoelig voor split-brain wanneer de servers elkaar uit het oog verliezen. Bevestig dat u dit risico aanvaardt (volume.acknowledgeSplitBrainRisk, of --accept-split-brain-risk op de opdrachtregel), of gebruik drie servers.</translation>
    </message>
    <message>
        <source>The brick mount %1 and the volume&apos;s mount path %2 must not contain each other.</source>
        <translation>Het brick-koppelpunt %1 en het koppelpad %2 van het volume mogen elkaar niet bevatten.</translation>
    </message>
    <message>
        <source>The brick mount must not be inside %1 (where the old content is kept).</source>
        <translation>Het brick-koppelpunt mag niet binnen %1 liggen (waar de oude inhoud wordt bewaard).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already used by %3; each server needs its own.</source>
        <translation>%1 &quot;%2&quot; wordt al gebruikt door %3; elke server heeft een eigen waarde nodig.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>De naam</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Het adres</translation>
    </message>
    <message>
        <source>The SSH host</source>
        <translation>De SSH-host</translation>
    </message>
</context>
<context>
    <name>SshAuthenticator</name>
    <message numerus="yes">
        <source>%1 closed the connection after %n failed login attempt(s). Servers allow only a few tries per connection (MaxAuthTries), and repeated failures can lock the account for a while.</source>
        <translation>
            <numerusform>%1 heeft de verbinding verbroken na %n mislukte aanmeldpoging. Servers staan maar een paar pogingen per verbinding toe (MaxAuthTries), en herhaalde mislukkingen kunnen het account een tijd blokkeren.</numerusform>
            <numerusform>%1 heeft de verbinding verbroken na %n mislukte aanmeldpogingen. Servers staan maar een paar pogingen per verbinding toe (MaxAuthTries), en herhaalde mislukkingen kunnen het account een tijd blokkeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted none of the %n key(s) in ssh-agent for user %2. Is one of their public keys in ~%2/.ssh/authorized_keys on the server?</source>
        <translation>
            <numerusform>%1 heeft de %n sleutel in ssh-agent voor gebruiker %2 niet geaccepteerd. Staat de publieke sleutel ervan in ~%2/.ssh/authorized_keys op de server?</numerusform>
            <numerusform>%1 heeft geen van de %n sleutels in ssh-agent voor gebruiker %2 geaccepteerd. Staat een van hun publieke sleutels in ~%2/.ssh/authorized_keys op de server?</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1@%2 (%3):</source>
        <translation>Wachtwoord voor %1@%2 (%3):</translation>
    </message>
    <message>
        <source>Passphrase for the key %1:</source>
        <translation>Wachtwoordzin voor de sleutel %1:</translation>
    </message>
    <message>
        <source>%1 does not accept %2 logins for %3; it offers: %4.</source>
        <translation>%1 accepteert geen aanmelding met %2 voor %3; aangeboden wordt: %4.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <source>key</source>
        <translation>sleutel</translation>
    </message>
    <message>
        <source>Cannot log in to %1 with a key: %2</source>
        <translation>Kan niet aanmelden bij %1 met een sleutel: %2</translation>
    </message>
    <message>
        <source>no key file is configured</source>
        <translation>er is geen sleutelbestand ingesteld</translation>
    </message>
    <message>
        <source>The key %1 for %2 is an RSA key. This program&apos;s SSH library (libssh2 %3) signs RSA logins only with SHA-1, which current OpenSSH servers refuse. Use an ed25519 key instead (ssh-keygen -t ed25519, then ssh-copy-id to the server), or log in with a password.</source>
        <translation>De sleutel %1 voor %2 is een RSA-sleutel. De SSH-bibliotheek van dit programma (libssh2 %3) ondertekent RSA-aanmeldingen alleen met SHA-1, wat huidige OpenSSH-servers weigeren. Gebruik in plaats daarvan een ed25519-sleutel (ssh-keygen -t ed25519, daarna ssh-copy-id naar de server), of meld u aan met een wachtwoord.</translation>
    </message>
    <message>
        <source>Cannot log in to %1 with ssh-agent: %2</source>
        <translation>Kan niet aanmelden bij %1 met ssh-agent: %2</translation>
    </message>
    <message>
        <source>no agent is running (SSH_AUTH_SOCK is not set).</source>
        <translation>er draait geen agent (SSH_AUTH_SOCK is niet ingesteld).</translation>
    </message>
    <message>
        <source>the agent at %1 does not answer.</source>
        <translation>de agent op %1 antwoordt niet.</translation>
    </message>
    <message>
        <source>the agent did not list its keys.</source>
        <translation>de agent heeft zijn sleutels niet opgesomd.</translation>
    </message>
    <message>
        <source>The ssh-agent holds only RSA keys. This program&apos;s SSH library (libssh2 %1) signs RSA logins only with SHA-1, which current OpenSSH servers refuse. Add an ed25519 key to the agent (ssh-keygen -t ed25519; ssh-add), or log in to %2 with a password.</source>
        <translation>De ssh-agent bevat alleen RSA-sleutels. De SSH-bibliotheek van dit programma (libssh2 %1) ondertekent RSA-aanmeldingen alleen met SHA-1, wat huidige OpenSSH-servers weigeren. Voeg een ed25519-sleutel toe aan de agent (ssh-keygen -t ed25519; ssh-add), of meld u bij %2 aan met een wachtwoord.</translation>
    </message>
    <message>
        <source>the agent holds no keys (add one with ssh-add).</source>
        <translation>de agent bevat geen sleutels (voeg er een toe met ssh-add).</translation>
    </message>
    <message>
        <source>The password of %1 on %2 has expired. Log in once with ssh to change it, then try again.</source>
        <translation>Het wachtwoord van %1 op %2 is verlopen. Meld u eenmaal aan met ssh om het te wijzigen en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>libssh2 cannot use the key %1 for %2 (unsupported format?).</source>
        <translation>libssh2 kan de sleutel %1 voor %2 niet gebruiken (niet-ondersteund formaat?).</translation>
    </message>
    <message>
        <source>%1 did not accept the key %2 for user %3. Is its public key in ~%3/.ssh/authorized_keys on the server?</source>
        <translation>%1 heeft de sleutel %2 voor gebruiker %3 niet aanvaard. Staat de publieke sleutel ervan in ~%3/.ssh/authorized_keys op de server?</translation>
    </message>
    <message>
        <source>The connection to %1 broke during login: %2 (libssh2 error %3).</source>
        <translation>De verbinding met %1 werd tijdens het aanmelden verbroken: %2 (libssh2-fout %3).</translation>
    </message>
</context>
<context>
    <name>SshConfigResolver</name>
    <message>
        <source>Cannot run %1 to read the SSH configuration: %2</source>
        <translation>Kan %1 niet uitvoeren om de SSH-configuratie te lezen: %2</translation>
    </message>
    <message>
        <source>ssh -G %1 failed: %2</source>
        <translation>ssh -G %1 is mislukt: %2</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>%1 (%2 port %3) did not complete the SSH login within %4 s. Is the address right, and does an SSH server answer there?</source>
        <translation>%1 (%2 poort %3) heeft de SSH-aanmelding niet binnen %4 s voltooid. Klopt het adres, en antwoordt daar een SSH-server?</translation>
    </message>
    <message>
        <source>Cannot connect to %1: no host name is given.</source>
        <translation>Kan geen verbinding maken met %1: er is geen hostnaam opgegeven.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: libssh2 failed to start (error %2).</source>
        <translation>Kan geen verbinding maken met %1: libssh2 kon niet starten (fout %2).</translation>
    </message>
    <message>
        <source>Cannot start an SSH session for %1.</source>
        <translation>Kan geen SSH-sessie starten voor %1.</translation>
    </message>
    <message>
        <source>during the SSH handshake</source>
        <translation>tijdens de SSH-handshake</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) was not trusted; nothing was run.</source>
        <translation>De hostsleutel van %1 (%2 %3) werd niet vertrouwd; er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>Login to %1 was cancelled: no password or passphrase was given.</source>
        <translation>Het aanmelden bij %1 is geannuleerd: er is geen wachtwoord of wachtwoordzin opgegeven.</translation>
    </message>
    <message>
        <source>%1 did not accept the password for %2.</source>
        <translation>%1 heeft het wachtwoord voor %2 niet aanvaard.</translation>
    </message>
    <message>
        <source>Not connected to %1; the command was not run.</source>
        <translation>Niet verbonden met %1; het commando is niet uitgevoerd.</translation>
    </message>
    <message>
        <source>The command for %1 is longer than %2 bytes; pass bulk data on stdin.</source>
        <translation>Het commando voor %1 is langer dan %2 bytes; geef grote hoeveelheden gegevens door via stdin.</translation>
    </message>
    <message>
        <source>while running commands</source>
        <translation>tijdens het uitvoeren van commando&apos;s</translation>
    </message>
    <message>
        <source>%1 refused to run the command (libssh2 error %2).</source>
        <translation>%1 weigerde het commando uit te voeren (libssh2-fout %2).</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the password of %2; the command did not run.</source>
        <translation>sudo op %1 heeft het wachtwoord van %2 niet aanvaard; het commando is niet uitgevoerd.</translation>
    </message>
    <message>
        <source>sudo on %1 refused the command: %2</source>
        <translation>sudo op %1 weigerde het commando: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 s although it was asked to reply. The server or the network to it is down or overloaded.</source>
        <translation>%1 antwoordt niet meer: er kwam %2 s lang niets binnen, hoewel om een antwoord was gevraagd. De server of het netwerk ernaartoe ligt plat of is overbelast.</translation>
    </message>
    <message>
        <source>%1 stopped acknowledging data %2 (TCP user timeout).</source>
        <translation>%1 bevestigde %2 geen gegevens meer (TCP-user-timeout).</translation>
    </message>
    <message>
        <source>The connection to %1 was closed %2 (%3).</source>
        <translation>De verbinding met %1 werd %2 gesloten (%3).</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2 (libssh2 error %3).</source>
        <translation>De SSH-handshake met %1 is mislukt: %2 (libssh2-fout %3).</translation>
    </message>
    <message>
        <source>SSH error with %1 %2: %3 (libssh2 error %4).</source>
        <translation>SSH-fout met %1 %2: %3 (libssh2-fout %4).</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the command finished.</source>
        <translation>De verbinding met %1 werd gesloten voordat het commando klaar was.</translation>
    </message>
    <message>
        <source>The passphrase for the key %1 (login to %2) is wrong.</source>
        <translation>De wachtwoordzin voor de sleutel %1 (aanmelding bij %2) is onjuist.</translation>
    </message>
    <message>
        <source>%1: the processes of a cancelled command could not be ended (%2); only its channel is closed.</source>
        <translation>%1: de processen van een geannuleerde opdracht konden niet worden beëindigd (%2); alleen het kanaal ervan wordt gesloten.</translation>
    </message>
</context>
<context>
    <name>SshSocketConnector</name>
    <message>
        <source>Cannot find the address of %1 (%2): %3</source>
        <translation>Kan het adres van %1 (%2) niet vinden: %3</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2 port %3): %4</source>
        <translation>Kan geen verbinding maken met %1 (%2 poort %3): %4</translation>
    </message>
    <message>
        <source>connection refused (no SSH server listens on that port)</source>
        <translation>verbinding geweigerd (er luistert geen SSH-server op die poort)</translation>
    </message>
    <message>
        <source>the network or host is unreachable</source>
        <translation>het netwerk of de host is onbereikbaar</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>de verbinding is verlopen (time-out)</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>controleert</translation>
    </message>
    <message>
        <source>applying</source>
        <translation>past toe</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verifieert</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>al gedaan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>niet uitgevoerd</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>geverifieerd: %1</translation>
    </message>
</context>
<context>
    <name>SystemDiskUse</name>
    <message>
        <source>%1 is listed in /etc/fstab.</source>
        <translation>%1 staat in /etc/fstab.</translation>
    </message>
    <message>
        <source>%1 is listed in /etc/crypttab.</source>
        <translation>%1 staat in /etc/crypttab.</translation>
    </message>
    <message>
        <source>%1 is active swap.</source>
        <translation>%1 is actieve swap.</translation>
    </message>
    <message>
        <source>%1 is an EFI system partition.</source>
        <translation>%1 is een EFI-systeempartitie.</translation>
    </message>
    <message>
        <source>%1 is an LVM physical volume.</source>
        <translation>%1 is een fysiek LVM-volume.</translation>
    </message>
    <message>
        <source>%1 is a member of a RAID array.</source>
        <translation>%1 is lid van een RAID-array.</translation>
    </message>
    <message>
        <source>%1 is held by another device (device-mapper, LVM or RAID).</source>
        <translation>%1 wordt bezet door een ander apparaat (device-mapper, LVM of RAID).</translation>
    </message>
    <message>
        <source>%1 is in use by the system (%2).</source>
        <translation>%1 is in gebruik door het systeem (%2).</translation>
    </message>
</context>
<context>
    <name>SystemSteps</name>
    <message>
        <source>Install GlusterFS, XFS tools and the web server</source>
        <translation>GlusterFS, XFS-hulpmiddelen en de webserver installeren</translation>
    </message>
    <message>
        <source>Every server runs the Gluster daemon and a brick, mounts the volume through FUSE and serves it over HTTP.</source>
        <translation>Elke server draait de Gluster-daemon en een brick, koppelt het volume via FUSE en serveert het via HTTP.</translation>
    </message>
    <message>
        <source>On RHEL and its rebuilds glusterfs-server comes from the CentOS Storage SIG repository (centos-release-gluster): enable it first.</source>
        <translation>Op RHEL en zijn herbouwde varianten komt glusterfs-server uit de repository van de CentOS Storage SIG (centos-release-gluster): schakel die eerst in.</translation>
    </message>
    <message>
        <source>Make the private names resolve</source>
        <translation>De privénamen laten resolven</translation>
    </message>
    <message>
        <source>Gluster peers and bricks are named by their private names, so storage traffic stays on the private network; names that do not resolve yet are added to /etc/hosts. A name that resolves elsewhere is left alone and reported.</source>
        <translation>Gluster-peers en -bricks worden bij hun privénamen genoemd, zodat het opslagverkeer op het privénetwerk blijft; namen die nog niet resolven, worden aan /etc/hosts toegevoegd. Een naam die naar iets anders resolvet, blijft ongemoeid en wordt gemeld.</translation>
    </message>
    <message>
        <source>%s resolves to %s, not to %s: correct DNS or /etc/hosts on this server, then run again.
</source>
        <translation>%s resolvet naar %s, niet naar %s: corrigeer DNS of /etc/hosts op deze server en voer het dan opnieuw uit.
</translation>
    </message>
    <message>
        <source>Let Apache read the Gluster mount (SELinux)</source>
        <translation>Apache de Gluster-koppeling laten lezen (SELinux)</translation>
    </message>
    <message>
        <source>With SELinux enforcing, httpd may not read FUSE file systems unless the httpd_use_fusefs boolean is on; FUSE mounts cannot carry per-file labels.</source>
        <translation>Met SELinux in enforcing-modus mag httpd geen FUSE-bestandssystemen lezen, tenzij de boolean httpd_use_fusefs aan staat; FUSE-koppelingen kunnen geen labels per bestand dragen.</translation>
    </message>
    <message>
        <source>Open the Gluster and HTTP ports</source>
        <translation>De Gluster- en HTTP-poorten openen</translation>
    </message>
    <message>
        <source>glusterd listens on 24007-24008/tcp and each brick on a port from 49152; they are opened only to the peers&apos; private addresses. HTTP is opened for the web server. A firewall that is not running is left alone.</source>
        <translation>glusterd luistert op 24007-24008/tcp en elke brick op een poort vanaf 49152; die worden alleen voor de privéadressen van de peers geopend. HTTP wordt geopend voor de webserver. Een firewall die niet draait, blijft ongemoeid.</translation>
    </message>
</context>
<context>
    <name>VolumeHealthRules</name>
    <message>
        <source>Started, but it keeps only one copy of each file (%1): losing a brick loses data.</source>
        <translation>Gestart, maar het houdt maar één kopie van elk bestand (%1): een brick kwijtraken betekent gegevens kwijtraken.</translation>
    </message>
    <message>
        <source>Started: %1, %2 copies on %3 bricks.</source>
        <translation>Gestart: %1, %2 kopieën op %3 bricks.</translation>
    </message>
    <message>
        <source>gluster reports the state &quot;%1&quot;.</source>
        <translation>gluster meldt de toestand &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The volume exists but is not started (%1): no brick serves it and the mounts cannot work.</source>
        <translation>Het volume bestaat maar is niet gestart (%1): geen enkele brick bedient het en de koppelingen kunnen niet werken.</translation>
    </message>
    <message>
        <source>The pool has no volume called %1: the setup was never completed or the volume was deleted.</source>
        <translation>De pool heeft geen volume met de naam %1: de installatie is nooit voltooid of het volume is verwijderd.</translation>
    </message>
    <message>
        <source>No server could describe the volume.</source>
        <translation>Geen enkele server kon het volume beschrijven.</translation>
    </message>
    <message>
        <source>%1 does not list it in the volume status (its glusterd is unreachable from there)</source>
        <translation>%1 vermeldt hem niet in de volumestatus (zijn glusterd is van daaruit onbereikbaar)</translation>
    </message>
    <message>
        <source>%1 lists it offline in the volume status</source>
        <translation>%1 vermeldt hem als offline in de volumestatus</translation>
    </message>
    <message>
        <source>heal info on %1 says: %2</source>
        <translation>heal info op %1 meldt: %2</translation>
    </message>
    <message>
        <source>Brick</source>
        <translation>Brick</translation>
    </message>
    <message>
        <source>The brick is offline: its copy is not kept up to date while the other brick serves the files. Seen: %1.</source>
        <translation>De brick is offline: zijn kopie wordt niet bijgewerkt terwijl de andere brick de bestanden bedient. Gezien: %1.</translation>
    </message>
    <message>
        <source>Online (port %1).</source>
        <translation>Online (poort %1).</translation>
    </message>
    <message>
        <source>No server could report the brick&apos;s state.</source>
        <translation>Geen enkele server kon de toestand van de brick melden.</translation>
    </message>
    <message>
        <source>Self-heal daemon</source>
        <translation>Self-heal-daemon</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>Draait.</translation>
    </message>
    <message>
        <source>The self-heal daemon is not running: files changed while a brick was down are only repaired when someone reads them.</source>
        <translation>De self-heal-daemon draait niet: bestanden die gewijzigd zijn terwijl een brick uitlag, worden pas hersteld wanneer iemand ze leest.</translation>
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
        <translation>De brick draait, maar niet elke server bereikt hem, dus de kopieën lopen uiteen. Gezien: %1.</translation>
    </message>
    <message>
        <source>Its server looks fine, so check the private network between the servers.</source>
        <translation>Zijn server ziet er goed uit, dus controleer het privénetwerk tussen de servers.</translation>
    </message>
    <message>
        <source>Failover options</source>
        <translation>Failover-opties</translation>
    </message>
    <message>
        <source>Set for failover within seconds when a server goes silent.</source>
        <translation>Ingesteld voor failover binnen enkele seconden als een server stilvalt.</translation>
    </message>
    <message>
        <source>The volume lacks the options for a fast failover (%1): when a server goes silent (power cut, dead network), the other server&apos;s site and writes stall for up to a minute or more instead of a few seconds.</source>
        <translation>Het volume mist de opties voor een snelle failover (%1): als een server stilvalt (stroomstoring, dood netwerk), staan de site en de schrijfacties van de andere server tot een minuut of langer stil in plaats van enkele seconden.</translation>
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
    <name>VolumeMountSteps</name>
    <message>
        <source>Mount the volume at %1</source>
        <translation>Het volume koppelen op %1</translation>
    </message>
    <message>
        <source>Every server reads and writes through the volume, mounted at boot from /etc/fstab with the other servers as fallback volfile servers. The previous content of %1 is kept in %2.</source>
        <translation>Elke server leest en schrijft via het volume, dat bij het opstarten vanuit /etc/fstab wordt gekoppeld, met de andere servers als reserve-volfile-servers. De vorige inhoud van %1 wordt bewaard in %2.</translation>
    </message>
    <message>
        <source>/etc/fstab already has another entry for %s; remove or change it first.
</source>
        <translation>/etc/fstab heeft al een andere regel voor %s; verwijder of wijzig die eerst.
</translation>
    </message>
    <message>
        <source>Copy the previous content of %1 into the volume</source>
        <translation>De vorige inhoud van %1 naar het volume kopiëren</translation>
    </message>
    <message>
        <source>What %1 held on %2 before (kept in %3) is copied into the volume once, so the site keeps its files; a marker file records that it was done.</source>
        <translation>Wat %1 eerder op %2 bevatte (bewaard in %3), wordt eenmaal naar het volume gekopieerd, zodat de site haar bestanden houdt; een markeringsbestand legt vast dat het gedaan is.</translation>
    </message>
    <message>
        <source>The volume is not mounted at %s.
</source>
        <translation>Het volume is niet gekoppeld op %s.
</translation>
    </message>
    <message>
        <source>Site content:</source>
        <translation>Inhoud van de site:</translation>
    </message>
    <message>
        <source>%1: the previous %s (%s files, %s KiB) is kept in %s on %1 and copied into the volume by the next step.
</source>
        <translation>%1: de vorige inhoud van %s (%s bestanden, %s KiB) wordt bewaard in %s op %1 en door de volgende stap naar het volume gekopieerd.
</translation>
    </message>
    <message>
        <source>%1: the previous %s (%s files, %s KiB) stays in %s on %1 only; it is NOT copied into the volume, which holds %2&apos;s content. Copy what you need from there.
</source>
        <translation>%1: de vorige inhoud van %s (%s bestanden, %s KiB) blijft alleen in %s op %1; ze wordt NIET naar het volume gekopieerd, dat de inhoud van %2 bevat. Kopieer van daaruit wat u nodig hebt.
</translation>
    </message>
    <message>
        <source>%1: not enough space to copy the previous content: %s needs %s KiB, the volume at %s has %s KiB available. Free space or remove files from %s on %1, then run again.
</source>
        <translation>%1: niet genoeg ruimte om de vorige inhoud te kopiëren: %s heeft %s KiB nodig, het volume op %s heeft %s KiB beschikbaar. Maak ruimte vrij of verwijder bestanden uit %s op %1 en voer het dan opnieuw uit.
</translation>
    </message>
    <message>
        <source>%1: copied %s files (%s KiB) from %s on %1 into the volume at %s; %s on %1 stays as it was.
</source>
        <translation>%1: %s bestanden (%s KiB) gekopieerd van %s op %1 naar het volume op %s; %s op %1 blijft zoals het was.
</translation>
    </message>
    <message>
        <source>%1: %s does not exist: no previous content to copy into the volume.
</source>
        <translation>%1: %s bestaat niet: geen vorige inhoud om naar het volume te kopiëren.
</translation>
    </message>
</context>
<context>
    <name>VolumePage</name>
    <message>
        <source>I &amp;understand the split-brain risk of two servers and want a replica-2 volume</source>
        <translation>Ik &amp;begrijp het split-brainrisico van twee servers en wil een replica-2-volume</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>The replicated volume, where both servers mount it, and the web server that serves it.</source>
        <translation>Het gerepliceerde volume, waar beide servers het aankoppelen, en de webserver die het serveert.</translation>
    </message>
    <message>
        <source>Apache (httpd / apache2)</source>
        <translation>Apache (httpd / apache2)</translation>
    </message>
    <message>
        <source>None: storage only</source>
        <translation>Geen: alleen opslag</translation>
    </message>
    <message>
        <source>Volume &amp;name:</source>
        <translation>Volume&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Mount path:</source>
        <translation>&amp;Koppelpad:</translation>
    </message>
    <message>
        <source>&amp;Web server:</source>
        <translation>&amp;Webserver:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two servers can disagree (split-brain)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Twee servers kunnen het oneens worden (split-brain)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each file is kept on both servers. If the two lose sight of each other while both keep accepting writes, the same file can change differently on each side; Gluster then refuses to serve it until someone picks the right copy. A third server (an arbiter) prevents this; it can be added later. With two servers, keep them on a reliable private network and watch the health dashboard.</source>
        <translation>Elk bestand staat op beide servers. Als de twee elkaar uit het oog verliezen terwijl beide schrijfacties blijven aanvaarden, kan hetzelfde bestand aan elke kant anders veranderen; Gluster weigert het dan te serveren tot iemand de juiste kopie kiest. Een derde server (een arbiter) voorkomt dit; die kan later worden toegevoegd. Houd twee servers op een betrouwbaar privénetwerk en houd het gezondheidsoverzicht in het oog.</translation>
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
    <name>WebHealthRules</name>
    <message>
        <source>Web test file</source>
        <translation>Webtestbestand</translation>
    </message>
    <message>
        <source>No HTTP answer from %1 (%2): the web server is down or unreachable.</source>
        <translation>Geen HTTP-antwoord van %1 (%2): de webserver ligt plat of is onbereikbaar.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2. A 403 or an empty page often means the file cannot be read from the volume (split-brain, or the volume is not mounted).</source>
        <translation>%1 antwoordde met HTTP %2. Een 403 of een lege pagina betekent vaak dat het bestand niet van het volume kan worden gelezen (split-brain, of het volume is niet gekoppeld).</translation>
    </message>
    <message>
        <source>%1 answered, but with &quot;%2&quot; instead of &quot;%3&quot;: this web server does not read the replicated files.</source>
        <translation>%1 antwoordde, maar met &quot;%2&quot; in plaats van &quot;%3&quot;: deze webserver leest niet de gerepliceerde bestanden.</translation>
    </message>
    <message>
        <source>%1 serves the test file.</source>
        <translation>%1 serveert het testbestand.</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replicatie</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 naar %2</translation>
    </message>
    <message>
        <source>A file could not be written to the volume on %1: the site cannot store anything. %2</source>
        <translation>Op %1 kon geen bestand naar het volume worden geschreven: de site kan niets opslaan. %2</translation>
    </message>
    <message>
        <source>A file written on %1 did not show up on %2: the servers do not share their files. %3</source>
        <translation>Een bestand dat op %1 is geschreven, verscheen niet op %2: de servers delen hun bestanden niet. %3</translation>
    </message>
    <message>
        <source>A file written on %1 was read back on %2.</source>
        <translation>Een bestand dat op %1 is geschreven, werd op %2 teruggelezen.</translation>
    </message>
    <message>
        <source>A file written on %1 was read back there; no other server could be reached to see it replicated.</source>
        <translation>Een bestand dat op %1 is geschreven, is daar teruggelezen; geen andere server was bereikbaar om de replicatie te zien.</translation>
    </message>
    <message>
        <source>No HTTP answer from %1 (%2): the volume is not mounted on %3 here, and the web server does not run without it (it waits for the mount rather than serve an empty folder). Mount the volume, then start the web server.</source>
        <translation>Geen HTTP-antwoord van %1 (%2): het volume is hier niet gekoppeld op %3, en de webserver draait niet zonder (hij wacht op de koppeling in plaats van een lege map te serveren). Koppel het volume en start daarna de webserver.</translation>
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
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>setup spec (.json)</source>
        <translation>setup-specificatie (.json)</translation>
    </message>
    <message>
        <source>Describe the two servers, check them, review the plan, run it.</source>
        <translation>Beschrijf de twee servers, controleer ze, bekijk het plan en voer het uit.</translation>
    </message>
    <message>
        <source>Read-only: peers, bricks, healing, mounts and the web servers.</source>
        <translation>Alleen lezen: peers, bricks, herstel, koppelingen en de webservers.</translation>
    </message>
    <message>
        <source>Two servers on this machine (network namespaces), ready to be set up: nothing outside this machine is touched.</source>
        <translation>Twee servers op deze machine (netwerknaamruimten), klaar om ingericht te worden: niets buiten deze machine wordt aangeraakt.</translation>
    </message>
    <message>
        <source>Open a setup spec</source>
        <translation>Setup-specificatie openen</translation>
    </message>
    <message>
        <source>Setup spec (*.json);;All files (*)</source>
        <translation>Setup-specificatie (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Start the &amp;demo pair…</source>
        <translation>Demopaar s&amp;tarten…</translation>
    </message>
    <message>
        <source>Starting the demo pair: two servers on this machine (about half a minute)…</source>
        <translation>Het demopaar wordt gestart: twee servers op deze machine (ongeveer een halve minuut)…</translation>
    </message>
    <message>
        <source>Two servers on this machine (network namespaces). Starting them needs root: you will be asked for a password.</source>
        <translation>Twee servers op deze machine (netwerknaamruimten). Starten vereist root: u wordt om een wachtwoord gevraagd.</translation>
    </message>
    <message>
        <source>Two servers on this machine (network namespaces), started here (this session has the root rights they need).</source>
        <translation>Twee servers op deze machine (netwerknaamruimten), hier gestart (deze sessie heeft de rootrechten die ze nodig hebben).</translation>
    </message>
    <message>
        <source>Two servers on this machine (network namespaces). Starting them needs root: run this in a terminal, then come back here: %1</source>
        <translation>Twee servers op deze machine (netwerknaamruimten). Starten vereist root: voer dit uit in een terminal en kom dan hier terug: %1</translation>
    </message>
    <message>
        <source>Test &amp;failover of an existing pair</source>
        <translation>&amp;Failover van een bestaand paar testen</translation>
    </message>
    <message>
        <source>A drill: one server is taken out for a minute while the other keeps serving; then it is brought back and healed. Asks first.</source>
        <translation>Een oefening: één server wordt een minuut uit het paar gehaald terwijl de andere blijft serveren; daarna wordt hij teruggebracht en hersteld. Vraagt eerst om bevestiging.</translation>
    </message>
</context>
<context>
    <name>WipeRequest</name>
    <message>
        <source>--wipe expects SERVER:DEVICE, for example server01:/dev/vdb; got &quot;%1&quot;.</source>
        <translation>--wipe verwacht SERVER:APPARAAT, bijvoorbeeld server01:/dev/vdb; gekregen: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--wipe %1: there is no server named &quot;%2&quot; in the spec.</source>
        <translation>--wipe %1: er is geen server met de naam &quot;%2&quot; in de specificatie.</translation>
    </message>
    <message>
        <source>--wipe %1: the disk of %2 in the spec is %3, not %4.</source>
        <translation>--wipe %1: de schijf van %2 in de specificatie is %3, niet %4.</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>The plan is running</source>
        <translation>Het plan wordt uitgevoerd</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Stoppen en sluiten</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Laten doorlopen</translation>
    </message>
    <message>
        <source>Stop the run and close? The commands running now are ended on the servers (SIGTERM, SIGKILL after %1 s) and the window closes once they are gone. A step stopped halfway is done again by the next run, which checks every step first.</source>
        <translation>De uitvoering stoppen en sluiten? De lopende opdrachten worden op de servers beëindigd (SIGTERM, SIGKILL na %1 s) en het venster sluit zodra ze weg zijn. Een stap die halverwege is gestopt, wordt bij de volgende uitvoering opnieuw gedaan; die controleert eerst elke stap.</translation>
    </message>
</context>
</TS>
