<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArrayTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add an entry at the end</source>
        <translation>Einen Eintrag am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Add at &amp;top</source>
        <translation>&amp;Oben hinzufügen</translation>
    </message>
    <message>
        <source>Add an entry before all others</source>
        <translation>Einen Eintrag vor allen anderen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>Die ausgewählten Einträge entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entries</source>
        <translation>
            <numerusform>%n Eintrag entfernen</numerusform>
            <numerusform>%n Einträge entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrayTableModel</name>
    <message>
        <source>item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>%1 %2 verschieben</translation>
    </message>
    <message>
        <source>Set %1 of %2 %3</source>
        <translation>%1 von %2 %3 festlegen</translation>
    </message>
    <message>
        <source>Rename %1 %2</source>
        <translation>%1 %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Cannot write %1: the directory %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Das Verzeichnis %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a link to %2, which does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Link auf %2, und das existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside %3; it is not written through.</source>
        <translation>%1 ist ein Link auf %2, außerhalb von %3; durch ihn wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1 now belongs to you: its owner %2 and group %3 could not be kept (%4).</source>
        <translation>%1 gehört jetzt Ihnen: Eigentümer %2 und Gruppe %3 konnten nicht erhalten werden (%4).</translation>
    </message>
    <message>
        <source>The extended attribute %1 of %2 could not be kept (%3).</source>
        <translation>Das erweiterte Attribut %1 von %2 konnte nicht erhalten werden (%3).</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; it is now a file of its own, and the other names keep the old content.</source>
        <translation>%1 hatte %2 harte Links; es ist jetzt eine eigene Datei, und die anderen Namen behalten den alten Inhalt.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file was not opened.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>BundleLoader</name>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>BundleLock</name>
    <message>
        <source>Cannot open %1 to lock it: %2</source>
        <translation>%1 kann zum Sperren nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is being edited by another program.</source>
        <translation>%1 wird gerade von einem anderen Programm bearbeitet.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
</context>
<context>
    <name>BundleTemplates</name>
    <message>
        <source>runc default</source>
        <translation>runc-Standard</translation>
    </message>
    <message>
        <source>The configuration `runc spec` writes: a shell with a terminal, the usual mounts and namespaces, and a read-only rootfs you provide.</source>
        <translation>Die Konfiguration, die `runc spec` erzeugt: eine Shell mit Terminal, die üblichen Mounts und Namensräume und ein schreibgeschütztes Root-Dateisystem, das Sie selbst bereitstellen.</translation>
    </message>
    <message>
        <source>Rootless</source>
        <translation>Rootless</translation>
    </message>
    <message>
        <source>The configuration `runc spec --rootless` writes: a user namespace that maps root in the container to your own user, for running without privileges.</source>
        <translation>Die Konfiguration, die `runc spec --rootless` erzeugt: ein Benutzer-Namensraum, der root im Container auf Ihren eigenen Benutzer abbildet, zum Ausführen ohne Root-Rechte.</translation>
    </message>
    <message>
        <source>Busybox demo</source>
        <translation>Busybox-Demo</translation>
    </message>
    <message>
        <source>A complete bundle that runs at once: busybox greets you and counts to three, with a memory and process limit, a tmpfs on /tmp and a read-only root.</source>
        <translation>Ein vollständiges Bundle, das sofort läuft: Busybox begrüßt Sie und zählt bis drei, mit Speicher- und Prozesslimit, einem tmpfs unter /tmp und schreibgeschütztem Root-Dateisystem.</translation>
    </message>
    <message>
        <source>The demo needs %1 from the Debian package busybox-static; install it with &quot;apt install busybox-static&quot;.</source>
        <translation>Die Demo benötigt %1 aus dem Debian-Paket busybox-static; installieren Sie es mit „apt install busybox-static“.</translation>
    </message>
    <message>
        <source>%1 is not statically linked, so it cannot run alone in the demo&apos;s rootfs; install the Debian package busybox-static instead of busybox.</source>
        <translation>%1 ist nicht statisch gelinkt und kann daher nicht allein im Root-Dateisystem der Demo laufen; installieren Sie statt busybox das Debian-Paket busybox-static.</translation>
    </message>
    <message>
        <source>Cannot list the applets of %1: %2</source>
        <translation>Die Applets von %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot create the link %1.</source>
        <translation>Der Link %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;; choose one of %2.</source>
        <translation>Es gibt keine Vorlage „%1“; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>%1 already exists; it is left as it is.</source>
        <translation>%1 existiert bereits und bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ByteSizeEdit</name>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
</context>
<context>
    <name>CapabilitiesMatrixModel</name>
    <message>
        <source>%1 in the %2 set</source>
        <translation>%1 in der Menge %2</translation>
    </message>
    <message>
        <source>Not a capability this editor knows; the kernel may not know it either.</source>
        <translation>Diese Capability kennt der Editor nicht; möglicherweise kennt der Kernel sie auch nicht.</translation>
    </message>
    <message>
        <source>%1
Dangerous: gives a container (close to) full control over the host.</source>
        <translation>%1
Gefährlich: gibt einem Container (nahezu) volle Kontrolle über den Host.</translation>
    </message>
    <message>
        <source>Add %1 to the %2 set</source>
        <translation>%1 zur Menge %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 set</source>
        <translation>%1 aus der Menge %2 entfernen</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capability</translation>
    </message>
    <message>
        <source>Bounding</source>
        <translation>Bounding</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation>Inheritable</translation>
    </message>
    <message>
        <source>Permitted</source>
        <translation>Permitted</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>Ambient</translation>
    </message>
</context>
<context>
    <name>CapabilitiesPage</name>
    <message>
        <source>Presets:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <source>runc &amp;default</source>
        <translation>runc-&amp;Standard</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Dangerous: gives a container (close to) full control over the host. Press Space to tick the current cell.</source>
        <translation>Gefährlich: gibt einem Container (nahezu) volle Kontrolle über den Host. Die Leertaste hakt die aktuelle Zelle an oder ab.</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>runc default</source>
        <translation>runc-Standard</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Apply capability preset “%1”</source>
        <translation>Capability-Vorlage „%1“ anwenden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>check takes one bundle directory.</source>
        <translation>check erwartet genau ein Bundle-Verzeichnis.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>get takes a bundle directory and a JSON pointer.</source>
        <translation>get erwartet ein Bundle-Verzeichnis und einen JSON-Pointer.</translation>
    </message>
    <message>
        <source>%1 has no value at %2.</source>
        <translation>%1 hat an %2 keinen Wert.</translation>
    </message>
    <message>
        <source>The whole configuration must be a JSON object.</source>
        <translation>Die gesamte Konfiguration muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Cannot set %1: there is nothing at %2; set that first.</source>
        <translation>%1 kann nicht gesetzt werden: An %2 existiert kein Wert; setzen Sie diesen zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot set %1: the array has %n element(s); use an index below that, or &quot;-&quot; to append.</source>
        <translation>
            <numerusform>%1 kann nicht gesetzt werden: Das Array hat %n Element; verwenden Sie einen kleineren Index oder „-“ zum Anhängen.</numerusform>
            <numerusform>%1 kann nicht gesetzt werden: Das Array hat %n Elemente; verwenden Sie einen kleineren Index oder „-“ zum Anhängen.</numerusform>
        </translation>
    </message>
    <message>
        <source>set takes a bundle directory, a JSON pointer and a JSON value.</source>
        <translation>set erwartet ein Bundle-Verzeichnis, einen JSON-Pointer und einen JSON-Wert.</translation>
    </message>
    <message>
        <source>new takes one bundle directory.</source>
        <translation>new erwartet genau ein Bundle-Verzeichnis.</translation>
    </message>
    <message>
        <source>new needs --template %1.</source>
        <translation>new benötigt --template %1.</translation>
    </message>
    <message>
        <source>Created %1 from the %2 template.</source>
        <translation>%1 wurde aus der Vorlage %2 erstellt.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>The summary of check: the file, &quot;2 errors&quot; and &quot;1 warning&quot;.</extracomment>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Cannot set %1: %2 holds a %3 value, not an object or array.</source>
        <translation>%1 kann nicht gesetzt werden: %2 enthält einen Wert vom Typ %3, kein Objekt und kein Array.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>check DIR [--format text|json]</source>
        <translation>check VERZ [--format text|json]</translation>
    </message>
    <message>
        <source>Validates DIR/config.json (DIR may be the file itself). Exits with 0
without errors (warnings allowed), 1 with errors, 2 when the bundle
cannot be read. With --format json every outcome, an unreadable
bundle too, is one JSON object on standard output.</source>
        <translation>Prüft VERZ/config.json (VERZ darf auch die Datei selbst sein). Exit-Code 0
ohne Fehler (Warnungen erlaubt), 1 bei Fehlern, 2 wenn das Bundle nicht
lesbar ist. Mit --format json ist jedes Ergebnis, auch ein nicht lesbares
Bundle, ein JSON-Objekt auf der Standardausgabe.</translation>
    </message>
    <message>
        <source>get DIR POINTER</source>
        <translation>get VERZ POINTER</translation>
    </message>
    <message>
        <source>Prints the value at a JSON pointer as JSON, e.g. /process/args.</source>
        <translation>Gibt den Wert an einem JSON-Pointer als JSON aus, z. B. /process/args.</translation>
    </message>
    <message>
        <source>set DIR POINTER JSON</source>
        <translation>set VERZ POINTER JSON</translation>
    </message>
    <message>
        <source>Sets a value (JSON text: &apos;&quot;text&quot;&apos;, 42, &apos;[&quot;a&quot;]&apos;), reports validation
errors and saves anyway, changing only that value&apos;s lines. A value
that cannot be stored exactly as typed is refused. Commands on the
same bundle take turns. Exits with 0, 1 when the result has errors,
2 when nothing was written.</source>
        <translation>Setzt einen Wert (JSON-Text: &apos;&quot;text&quot;&apos;, 42, &apos;[&quot;a&quot;]&apos;), meldet
Validierungsfehler und speichert trotzdem, wobei nur die Zeilen dieses
Werts geändert werden. Ein Wert, der sich nicht genau wie eingegeben
speichern lässt, wird abgelehnt. Befehle auf demselben Bundle kommen
nacheinander an die Reihe. Exit-Code 0, 1 wenn das Ergebnis Fehler
enthält, 2 wenn nichts geschrieben wurde.</translation>
    </message>
    <message>
        <source>new DIR --template runc|rootless|demo</source>
        <translation>new VERZ --template runc|rootless|demo</translation>
    </message>
    <message>
        <source>Creates a bundle; demo adds a busybox rootfs that runs with runc.</source>
        <translation>Legt ein Bundle an; demo fügt ein Busybox-Root-Dateisystem hinzu, das mit runc läuft.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Usage: oci-bundle-editor [DIR] or oci-bundle-editor COMMAND ...; see oci-bundle-editor --help.</source>
        <translation>Aufruf: oci-bundle-editor [VERZ] oder oci-bundle-editor BEFEHL ...; siehe oci-bundle-editor --help.</translation>
    </message>
    <message>
        <source>Unknown option %1 for %2.</source>
        <translation>Unbekannte Option %1 für %2.</translation>
    </message>
    <message>
        <source>help takes one of the commands check, get, set and new; &quot;%1&quot; is none of them.</source>
        <translation>help erwartet einen der Befehle check, get, set und new; „%1“ ist keiner davon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command (check, get, set, new, help) nor an existing bundle directory or config.json.</source>
        <translation>„%1“ ist weder ein Befehl (check, get, set, new, help) noch ein vorhandenes Bundle-Verzeichnis oder eine vorhandene config.json.</translation>
    </message>
    <message>
        <source>The window opens one bundle; &quot;%1&quot; is one argument too many.</source>
        <translation>Das Fenster öffnet ein Bundle; „%1“ ist ein Argument zu viel.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Opens the editor window on a bundle directory or a config.json; without
DIR, on the demo bundle.</source>
        <translation>Öffnet das Editorfenster mit einem Bundle-Verzeichnis oder einer config.json;
ohne VERZ mit dem Demo-Bundle.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 the bundle has validation errors; 2 nothing could be done
(a usage error, an unreadable bundle, a bad pointer or value, a failed write).</source>
        <translation>Exit-Codes: 0 erledigt; 1 das Bundle hat Validierungsfehler; 2 nichts ließ sich tun
(falscher Aufruf, nicht lesbares Bundle, falscher Pointer oder Wert, Schreibfehler).</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is not valid UTF-8 text; the editor takes UTF-8 arguments only.</source>
        <translation>Das Argument „%1“ ist kein gültiger UTF-8-Text; der Editor nimmt nur UTF-8-Argumente an.</translation>
    </message>
    <message>
        <source>[DIR]</source>
        <translation>[VERZ]</translation>
    </message>
    <message>
        <source>help [COMMAND] | --help | --version</source>
        <translation>help [BEFEHL] | --help | --version</translation>
    </message>
</context>
<context>
    <name>ConsoleSocket</name>
    <message>
        <source>The console socket path %1 is too long for a Unix socket.</source>
        <translation>Der Pfad des Konsolen-Sockets %1 ist für einen Unix-Socket zu lang.</translation>
    </message>
    <message>
        <source>Could not create the console socket: %1</source>
        <translation>Der Konsolen-Socket konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not listen on the console socket %1: %2</source>
        <translation>Am Konsolen-Socket %1 konnte nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>The runtime connected to the console socket but sent no terminal.</source>
        <translation>Die Runtime hat sich mit dem Konsolen-Socket verbunden, aber kein Terminal übergeben.</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send EOF</source>
        <translation>EOF senden</translation>
    </message>
    <message>
        <source>Input for the container&apos;s stdin</source>
        <translation>Eingabe für die Standardeingabe des Containers</translation>
    </message>
    <message>
        <source>Close the container&apos;s stdin</source>
        <translation>Die Standardeingabe des Containers schließen</translation>
    </message>
</context>
<context>
    <name>ContainerProcess</name>
    <message>
        <source>The runtime&apos;s process list is not a JSON array.</source>
        <translation>Die Prozessliste der Runtime ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>The runtime&apos;s process list holds a value that is not a PID.</source>
        <translation>Die Prozessliste der Runtime enthält einen Wert, der keine PID ist.</translation>
    </message>
</context>
<context>
    <name>ContainerSession</name>
    <message>
        <source>The process exited with code %1.</source>
        <translation>Der Prozess wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another action is still running.</source>
        <translation>Eine andere Aktion läuft noch.</translation>
    </message>
    <message>
        <source>The container is %1; this action is not possible now.</source>
        <translation>Der Container hat den Zustand „%1“; diese Aktion ist jetzt nicht möglich.</translation>
    </message>
    <message>
        <source>Cannot create a working directory: %1</source>
        <translation>Es kann kein Arbeitsverzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <source>A process started with Exec is still running.</source>
        <translation>Ein mit Exec gestarteter Prozess läuft noch.</translation>
    </message>
    <message>
        <source>This configuration is rootful and needs root to run. Run the editor as root, or take the rootless route: add a user namespace with UID and GID mappings for your user, and run with --rootless and a state directory under $XDG_RUNTIME_DIR.</source>
        <translation>Diese Konfiguration ist nicht rootless und braucht zum Ausführen Root-Rechte. Starten Sie den Editor als root oder gehen Sie den rootless-Weg: Fügen Sie einen Benutzer-Namensraum mit UID- und GID-Zuordnungen für Ihren Benutzer hinzu und starten Sie mit --rootless und einem Zustandsverzeichnis unter $XDG_RUNTIME_DIR.</translation>
    </message>
</context>
<context>
    <name>ContainerState</name>
    <message>
        <source>no container</source>
        <translation>kein Container</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>wird erstellt</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The runtime&apos;s state is not a JSON object.</source>
        <translation>Der Zustand der Runtime ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The runtime&apos;s state has no container ID.</source>
        <translation>Der Zustand der Runtime enthält keine Container-ID.</translation>
    </message>
    <message>
        <source>The runtime&apos;s state is not valid JSON.</source>
        <translation>Der Zustand der Runtime ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The runtime&apos;s container list is not a JSON array.</source>
        <translation>Die Containerliste der Runtime ist kein JSON-Array.</translation>
    </message>
</context>
<context>
    <name>ContainerStdio</name>
    <message>
        <source>Could not create pipes: %1</source>
        <translation>Pipes konnten nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Device nodes</source>
        <translation>Gerätedateien</translation>
    </message>
    <message>
        <source>The runtime creates these nodes inside the container. Type: c = character, b = block, u = unbuffered character, p = FIFO. File modes are shown in octal.</source>
        <translation>Die Laufzeitumgebung legt diese Gerätedateien im Container an. Typ: c = zeichenorientiert, b = blockorientiert, u = ungepuffert zeichenorientiert, p = FIFO. Dateimodi werden oktal angezeigt.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>File mode</source>
        <translation>Dateimodus</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>GID</source>
        <translation>GID</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Device access rules (device cgroup)</source>
        <translation>Zugriffsregeln für Geräte (Geräte-Cgroup)</translation>
    </message>
    <message>
        <source>Rules apply in order; the last one that matches a device decides. Type a = all devices; an empty major or minor matches every number. Access: r = read, w = write, m = create the node.</source>
        <translation>Die Regeln gelten der Reihe nach; die letzte, die auf ein Gerät passt, entscheidet. Typ a = alle Geräte; eine leere Major- oder Minor-Nummer passt auf jede Nummer. Zugriff: r = lesen, w = schreiben, m = Gerätedatei anlegen.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>device rule</source>
        <translation>Geräteregel</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>DiskConflictDialog</name>
    <message>
        <source>Show &amp;Differences</source>
        <translation>&amp;Unterschiede zeigen</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was removed by another program since you opened it. Save your version again?</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm entfernt. Ihre Fassung erneut speichern?</translation>
    </message>
    <message>
        <source>%1 was removed by another program. Your version stays open; saving writes it again.</source>
        <translation>%1 wurde von einem anderen Programm entfernt. Ihre Fassung bleibt geöffnet; Speichern schreibt sie erneut.</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened it. Saving now would overwrite that change.</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert. Speichern würde diese Änderung jetzt überschreiben.</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it, or keep your version and save it over the change later?</source>
        <translation>%1 wurde von einem anderen Programm geändert. Neu laden, oder Ihre Fassung behalten und sie später über die Änderung speichern?</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>Von der Festplatte &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Save My Version</source>
        <translation>Meine Fassung &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>Meine Fassung &amp;behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>auf der Festplatte</translation>
    </message>
    <message>
        <source>in the editor</source>
        <translation>im Editor</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Die beiden Fassungen sind gleich.</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move in %1</source>
        <translation>In %1 verschieben</translation>
    </message>
</context>
<context>
    <name>ExecForm</name>
    <message>
        <source>Allocate a terminal</source>
        <translation>Ein Terminal zuweisen</translation>
    </message>
    <message>
        <source>Exec</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>sh -c &apos;echo hello&apos;</source>
        <translation>sh -c &apos;echo hallo&apos;</translation>
    </message>
    <message>
        <source>The program and its arguments, split like a shell would (quotes group words).</source>
        <translation>Das Programm und seine Argumente, aufgeteilt wie in einer Shell (Anführungszeichen fassen Wörter zusammen).</translation>
    </message>
    <message>
        <source>One NAME=value per line</source>
        <translation>Ein NAME=Wert pro Zeile</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Working directory:</source>
        <translation>Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Group ID:</source>
        <translation>Gruppen-ID:</translation>
    </message>
</context>
<context>
    <name>ExecRequest</name>
    <message>
        <source>Enter the program to run.</source>
        <translation>Geben Sie das auszuführende Programm ein.</translation>
    </message>
    <message>
        <source>The working directory must be an absolute path.</source>
        <translation>Das Arbeitsverzeichnis muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>The environment entry &quot;%1&quot; is not NAME=value.</source>
        <translation>Der Umgebungseintrag „%1“ hat nicht die Form NAME=Wert.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>%1 (others are passed on as they are)</source>
        <translation>%1 (andere werden unverändert weitergegeben)</translation>
    </message>
    <message>
        <source>Click into a field to see what it means.</source>
        <translation>Klicken Sie in ein Feld, um zu sehen, was es bedeutet.</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message>
        <source>This field is not part of the runtime specification; it may belong to a runtime or tool that added it. The editor keeps it exactly as it is.</source>
        <translation>Dieses Feld gehört nicht zur Runtime-Spezifikation; vielleicht stammt es von einer Laufzeitumgebung oder einem Werkzeug, das es hinzugefügt hat. Der Editor bewahrt es genau so, wie es ist.</translation>
    </message>
    <message>
        <source>Deprecated: avoid it in new configurations.</source>
        <translation>Veraltet: in neuen Konfigurationen besser nicht verwenden.</translation>
    </message>
    <message>
        <source>%1, removed in %2</source>
        <translation>%1, entfernt in %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Erlaubte Werte</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>runtime-spec %1</source>
        <translation>runtime-spec %1</translation>
    </message>
    <message>
        <source>Spec section</source>
        <translation>Abschnitt</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Edit document</source>
        <translation>Dokument bearbeiten</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>FormEditorPage</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Not set: the runtime&apos;s default</source>
        <translation>Nicht gesetzt: Vorgabe der Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>rootfs (relative to the bundle directory)</source>
        <translation>rootfs (relativ zum Bundle-Verzeichnis)</translation>
    </message>
    <message>
        <source>Mount the root filesystem &amp;read-only</source>
        <translation>Root-Dateisystem &amp;schreibgeschützt einhängen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Free-form key/value metadata; keys are usually reverse domain names.</source>
        <translation>Freie Metadaten als Schlüssel und Wert; Schlüssel sind meist umgekehrte Domainnamen.</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>OCI &amp;version:</source>
        <translation>OCI-&amp;Version:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Host &amp;name:</source>
        <translation>Host&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Domain name:</source>
        <translation>&amp;Domainname:</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Root-Dateisystem</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Annota&amp;tions</source>
        <translation>Anno&amp;tationen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <source>Deprecated; use createRuntime. Runs in the runtime&apos;s namespaces while the container is created, after its namespaces exist and before its root filesystem is switched.</source>
        <translation>Veraltet; stattdessen createRuntime verwenden. Läuft in den Namensräumen der Laufzeitumgebung, während der Container angelegt wird: nachdem seine Namensräume bestehen und bevor sein Root-Dateisystem gewechselt wird.</translation>
    </message>
    <message>
        <source>Runs in the runtime&apos;s namespaces while the container is created, after its namespaces exist and before its root filesystem is switched (e.g. to set up networking).</source>
        <translation>Läuft in den Namensräumen der Laufzeitumgebung, während der Container angelegt wird: nachdem seine Namensräume bestehen und bevor sein Root-Dateisystem gewechselt wird (z. B. um das Netzwerk einzurichten).</translation>
    </message>
    <message>
        <source>Runs inside the container&apos;s namespaces while it is created, before its root filesystem is switched; the path is resolved in the runtime&apos;s namespace.</source>
        <translation>Läuft in den Namensräumen des Containers, während er angelegt wird, bevor sein Root-Dateisystem gewechselt wird; der Pfad wird im Namensraum der Laufzeitumgebung aufgelöst.</translation>
    </message>
    <message>
        <source>Runs inside the container when it is started, just before its program runs; the path is resolved inside the container.</source>
        <translation>Läuft im Container, wenn er gestartet wird, unmittelbar bevor sein Programm läuft; der Pfad wird im Container aufgelöst.</translation>
    </message>
    <message>
        <source>Runs in the runtime&apos;s namespaces after the container&apos;s program has started; a failure is only logged.</source>
        <translation>Läuft in den Namensräumen der Laufzeitumgebung, nachdem das Programm des Containers gestartet ist; ein Fehler wird nur protokolliert.</translation>
    </message>
    <message>
        <source>Runs in the runtime&apos;s namespaces after the container is deleted, to clean up; a failure is only logged.</source>
        <translation>Läuft in den Namensräumen der Laufzeitumgebung, nachdem der Container gelöscht ist, um aufzuräumen; ein Fehler wird nur protokolliert.</translation>
    </message>
    <message>
        <source>Selected hook</source>
        <translation>Ausgewählter Hook</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>no timeout</source>
        <translation>keine Zeitbegrenzung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Hooks are programs the runtime runs at points of the container&apos;s life. Each gets the container&apos;s state as JSON on its standard input.</source>
        <translation>Hooks sind Programme, die die Laufzeitumgebung an bestimmten Punkten im Leben des Containers ausführt. Jedes erhält den Zustand des Containers als JSON auf seiner Standardeingabe.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>&amp;Timeout (s):</source>
        <translation>&amp;Zeitlimit (s):</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>The first argument is the program name.</source>
        <translation>Das erste Argument ist der Programmname.</translation>
    </message>
    <message>
        <source>Ar&amp;guments</source>
        <translation>Ar&amp;gumente</translation>
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation>U&amp;mgebung</translation>
    </message>
</context>
<context>
    <name>IdMapDiagram</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>No mappings</source>
        <translation>Keine Zuordnungen</translation>
    </message>
    <message>
        <source>Ranges that overlap another range</source>
        <translation>Bereiche, die einen anderen Bereich überlappen</translation>
    </message>
</context>
<context>
    <name>IdMappingTable</name>
    <message>
        <source>Container ID</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation>Host-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>IdMappingsPage</name>
    <message>
        <source>UID mapping</source>
        <translation>UID-Zuordnung</translation>
    </message>
    <message>
        <source>GID mapping</source>
        <translation>GID-Zuordnung</translation>
    </message>
    <message>
        <source>Inside a user namespace, each range of container IDs stands for a range of host IDs of the same size. IDs outside every range show up as the overflow ID (usually 65534, &quot;nobody&quot;).</source>
        <translation>In einem Benutzer-Namensraum steht jeder Bereich von Container-IDs für einen gleich großen Bereich von Host-IDs. IDs außerhalb aller Bereiche erscheinen als Überlauf-ID (meist 65534, „nobody“).</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>Benutzer-IDs</translation>
    </message>
    <message>
        <source>Group IDs</source>
        <translation>Gruppen-IDs</translation>
    </message>
    <message>
        <source>ID mappings</source>
        <translation>ID-Zuordnungen</translation>
    </message>
    <message>
        <source>These mappings take effect only with a new user namespace; add one on the Namespaces tab.</source>
        <translation>Diese Zuordnungen wirken nur mit einem neuen Benutzer-Namensraum; fügen Sie einen auf der Registerkarte „Namensräume“ hinzu.</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <extracomment>%1 is a JSON pointer, %2 what was expected (&quot;a string&quot;), %3 the JSON type found</extracomment>
        <translation>%1: %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>%1 is outside the range of integers a configuration holds exactly (-9223372036854775808 to 18446744073709551615).</source>
        <translation>%1 liegt außerhalb des Bereichs der Ganzzahlen, die eine Konfiguration genau speichert (-9223372036854775808 bis 18446744073709551615).</translation>
    </message>
    <message>
        <source>The number %1 cannot be stored exactly: it would be saved as %2.</source>
        <translation>Die Zahl %1 lässt sich nicht genau speichern: Sie würde als %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is out of the range of a JSON number a runtime can read (about -1.8e308 to 1.8e308).</source>
        <translation>%1 liegt außerhalb des Bereichs einer JSON-Zahl, die eine Runtime lesen kann (etwa -1.8e308 bis 1.8e308).</translation>
    </message>
    <message>
        <source>The value %1 is not valid JSON (at character %2). Strings need quotes: &apos;&quot;text&quot;&apos;.</source>
        <translation>Der Wert %1 ist kein gültiges JSON (bei Zeichen %2). Zeichenketten brauchen Anführungszeichen: &apos;&quot;text&quot;&apos;.</translation>
    </message>
    <message>
        <source>The value is nested more than %1 levels deep.</source>
        <translation>Der Wert ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text; a configuration holds UTF-8 only, and the invalid bytes would be lost.</source>
        <translation>Der Wert ist kein gültiger UTF-8-Text; eine Konfiguration enthält nur UTF-8, und die ungültigen Bytes gingen verloren.</translation>
    </message>
</context>
<context>
    <name>JsonPage</name>
    <message>
        <source>Double-click a value to edit it; it keeps its JSON type.</source>
        <translation>Doppelklicken Sie auf einen Wert, um ihn zu bearbeiten; er behält seinen JSON-Typ.</translation>
    </message>
    <message>
        <source>Document &amp;tree:</source>
        <translation>Dokument&amp;baum:</translation>
    </message>
    <message>
        <source>The file as it will be &amp;saved:</source>
        <translation>Die Datei, wie sie &amp;gespeichert wird:</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>JsonUtil</name>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer: a pointer is empty or starts with &quot;/&quot;, e.g. /process/args/0.</source>
        <translation>„%1“ ist kein JSON-Pointer: Ein Pointer ist leer oder beginnt mit „/“, z. B. /process/args/0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer: %2 is not a valid escape; use ~0 for ~ and ~1 for /.</source>
        <extracomment>%2 is the faulty escape, e.g. ~2.</extracomment>
        <translation>„%1“ ist kein JSON-Pointer: %2 ist keine gültige Escape-Sequenz; schreiben Sie ~0 für ~ und ~1 für /.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>&amp;Open Bundle Directory…</source>
        <translation>Bundle-Verzeichnis ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a directory that contains a config.json</source>
        <translation>Ein Verzeichnis öffnen, das eine config.json enthält</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save config.json into another bundle directory</source>
        <translation>config.json in ein anderes Bundle-Verzeichnis speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>Ungespeicherte Änderungen verwerfen und die Datei neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>&amp;Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Validation</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;rklärung</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OCI Bundle Editor</source>
        <translation>&amp;Über OCI Bundle Editor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Bundle</source>
        <translation>Bundle kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Bundle to Directory</source>
        <translation>Bundle in Verzeichnis speichern</translation>
    </message>
    <message>
        <source>Replace config.json?</source>
        <translation>config.json ersetzen?</translation>
    </message>
    <message>
        <source>%1 already contains a config.json. Replace it?</source>
        <translation>%1 enthält bereits eine config.json. Ersetzen?</translation>
    </message>
    <message>
        <source>Revert to Saved?</source>
        <translation>Auf gespeicherten Stand zurücksetzen?</translation>
    </message>
    <message>
        <source>Discard all unsaved changes and reload %1 from disk?</source>
        <translation>Alle ungespeicherten Änderungen verwerfen und %1 neu von der Festplatte laden?</translation>
    </message>
    <message>
        <source>Open Bundle Directory</source>
        <translation>Bundle-Verzeichnis öffnen</translation>
    </message>
    <message>
        <source>Choose a Directory for the New Bundle</source>
        <translation>Verzeichnis für das neue Bundle wählen</translation>
    </message>
    <message>
        <source>Cannot Create Bundle</source>
        <translation>Bundle kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The bundle has unsaved changes. Save them first?</source>
        <translation>Das Bundle hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>About OCI Bundle Editor</source>
        <translation>Über OCI Bundle Editor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OCI Bundle Editor %1&lt;/h3&gt;&lt;p&gt;Author, inspect and run OCI runtime bundles: a config.json and its root filesystem.&lt;/p&gt;&lt;p&gt;Follows the OCI runtime specification 1.0.0 to 1.3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OCI Bundle Editor %1&lt;/h3&gt;&lt;p&gt;OCI-Runtime-Bundles erstellen, untersuchen und ausführen: eine config.json und ihr Root-Dateisystem.&lt;/p&gt;&lt;p&gt;Folgt der OCI-Runtime-Spezifikation 1.0.0 bis 1.3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Put the panels back where they were at the first start</source>
        <translation>Die Bereiche dorthin zurücksetzen, wo sie beim ersten Start waren</translation>
    </message>
    <message>
        <source>Copying the root filesystem to %1…</source>
        <translation>Das Root-Dateisystem wird nach %1 kopiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Cannot Copy the Root Filesystem</source>
        <translation>Root-Dateisystem kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>%1

config.json was not saved.</source>
        <translation>%1

config.json wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Copy the Root Filesystem?</source>
        <translation>Root-Dateisystem kopieren?</translation>
    </message>
    <message>
        <source>The root filesystem &quot;%1&quot; is in %2, not in the new bundle directory.

Copy it, keeping owners, modes and links? Or let the new config.json use the original directory by its absolute path?</source>
        <translation>Das Root-Dateisystem „%1“ liegt in %2, nicht im neuen Bundle-Verzeichnis.

Soll es kopiert werden, mit Eigentümern, Rechten und Links? Oder soll die neue config.json das ursprüngliche Verzeichnis über seinen absoluten Pfad verwenden?</translation>
    </message>
    <message>
        <source>&amp;Copy It</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Use the Original</source>
        <translation>&amp;Original verwenden</translation>
    </message>
    <message>
        <source>Save config.json &amp;Only</source>
        <translation>&amp;Nur config.json speichern</translation>
    </message>
    <message>
        <source>Opened with Warnings</source>
        <translation>Mit Warnungen geöffnet</translation>
    </message>
    <message>
        <source>Write Outside the Bundle?</source>
        <translation>Außerhalb des Bundles schreiben?</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is outside the bundle directory. Saving would change that file.

Write to %2 anyway?</source>
        <translation>%1 ist ein Link auf %2, und das liegt außerhalb des Bundle-Verzeichnisses. Speichern würde diese Datei ändern.

Trotzdem nach %2 schreiben?</translation>
    </message>
    <message>
        <source>Separate Hard-Linked File?</source>
        <translation>Hart verlinkte Datei trennen?</translation>
    </message>
    <message>
        <source>%1 has %2 hard links. Saving makes it a file of its own; the other names keep the old content.

Save anyway?</source>
        <translation>%1 hat %2 harte Links. Speichern macht daraus eine eigene Datei; die anderen Namen behalten den alten Inhalt.

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Saved with Warnings</source>
        <translation>Mit Warnungen gespeichert</translation>
    </message>
</context>
<context>
    <name>MountOptionsEditor</name>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>Einschränkungen:</translation>
    </message>
    <message>
        <source>Access times:</source>
        <translation>Zugriffszeiten:</translation>
    </message>
    <message>
        <source>Bind:</source>
        <translation>Bind:</translation>
    </message>
    <message>
        <source>ID mapping:</source>
        <translation>ID-Zuordnung:</translation>
    </message>
    <message>
        <source>Propagation:</source>
        <translation>Propagation:</translation>
    </message>
    <message>
        <source>e.g. mode=755,size=65536k</source>
        <translation>z. B. mode=755,size=65536k</translation>
    </message>
    <message>
        <source>Options without a check box, separated by commas; filesystems take their own options here.</source>
        <translation>Optionen ohne eigenes Kästchen, durch Kommas getrennt; hier stehen auch die eigenen Optionen des Dateisystems.</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Weitere:</translation>
    </message>
    <message>
        <source>Clear mount options</source>
        <translation>Mount-Optionen löschen</translation>
    </message>
    <message>
        <source>Set mount options</source>
        <translation>Mount-Optionen festlegen</translation>
    </message>
</context>
<context>
    <name>MountsPage</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>Mount</translation>
    </message>
    <message>
        <source>Selected mount</source>
        <translation>Ausgewählter Mount</translation>
    </message>
    <message>
        <source>e.g. proc, tmpfs, bind</source>
        <translation>z. B. proc, tmpfs, bind</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>ID mappings of an idmapped mount</source>
        <translation>ID-Zuordnungen eines ID-gemappten Mounts</translation>
    </message>
    <message>
        <source>With the idmap option, file owners seen through this mount are translated by these ranges.</source>
        <translation>Mit der Option idmap werden die Dateibesitzer, die durch diesen Mount sichtbar sind, über diese Bereiche übersetzt.</translation>
    </message>
    <message>
        <source>UID mapping</source>
        <translation>UID-Zuordnung</translation>
    </message>
    <message>
        <source>GID mapping</source>
        <translation>GID-Zuordnung</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>Benutzer-IDs</translation>
    </message>
    <message>
        <source>Group IDs</source>
        <translation>Gruppen-IDs</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
</context>
<context>
    <name>NamespaceSlice</name>
    <message>
        <source>Empty entry in the namespace list &quot;%1&quot;.</source>
        <translation>Leerer Eintrag in der Namensraumliste „%1“.</translation>
    </message>
    <message>
        <source>Unknown namespace type &quot;%1&quot;; expected one of %2.</source>
        <translation>Unbekannter Namensraumtyp „%1“; erwartet wird einer von %2.</translation>
    </message>
    <message>
        <source>The path of the %1 namespace must be absolute, not &quot;%2&quot;.</source>
        <translation>Der Pfad des Namensraums %1 muss absolut sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>The %1 namespace is listed twice.</source>
        <translation>Der Namensraum %1 ist doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>NamespacesPage</name>
    <message>
        <source>&amp;PID</source>
        <translation>&amp;PID</translation>
    </message>
    <message>
        <source>Shared with the host, the container sees every host process and can signal those its user may signal.</source>
        <translation>Mit dem Host geteilt sieht der Container jeden Prozess des Hosts und kann all jenen Signale senden, denen sein Benutzer Signale senden darf.</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>Shared with the host, the container uses the host&apos;s interfaces, addresses, routes and ports.</source>
        <translation>Mit dem Host geteilt verwendet der Container die Schnittstellen, Adressen, Routen und Ports des Hosts.</translation>
    </message>
    <message>
        <source>&amp;Mount</source>
        <translation>&amp;Mount</translation>
    </message>
    <message>
        <source>Shared with the host, every mount the container makes lands in the host&apos;s mount table; runtimes refuse to do that.</source>
        <translation>Mit dem Host geteilt landet jeder Mount des Containers in der Mount-Tabelle des Hosts; Laufzeitumgebungen verweigern das.</translation>
    </message>
    <message>
        <source>&amp;IPC</source>
        <translation>&amp;IPC</translation>
    </message>
    <message>
        <source>Shared with the host, the container can reach the host&apos;s shared memory segments, semaphores and message queues.</source>
        <translation>Mit dem Host geteilt erreicht der Container die Shared-Memory-Segmente, Semaphoren und Nachrichtenwarteschlangen des Hosts.</translation>
    </message>
    <message>
        <source>&amp;UTS</source>
        <translation>&amp;UTS</translation>
    </message>
    <message>
        <source>Shared with the host, setting the container&apos;s hostname renames the host itself.</source>
        <translation>Mit dem Host geteilt benennt das Setzen des Hostnamens im Container den Host selbst um.</translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Shared with the host, user and group IDs are not translated, so root in the container is root on the host.</source>
        <translation>Mit dem Host geteilt werden Benutzer- und Gruppen-IDs nicht übersetzt; root im Container ist also root auf dem Host.</translation>
    </message>
    <message>
        <source>&amp;Cgroup</source>
        <translation>&amp;Cgroup</translation>
    </message>
    <message>
        <source>Shared with the host, the container sees the host&apos;s whole cgroup tree and its own full path in it.</source>
        <translation>Mit dem Host geteilt sieht der Container den ganzen Cgroup-Baum des Hosts und darin seinen eigenen vollständigen Pfad.</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>Shared with the host, the container&apos;s monotonic and boot-time clocks read the same as the host&apos;s and cannot be offset.</source>
        <translation>Mit dem Host geteilt zeigen die Monotonic- und Boot-Time-Uhren des Containers dasselbe wie die des Hosts und lassen sich nicht verschieben.</translation>
    </message>
    <message>
        <source>A namespace gives the container its own view of one kind of system resource. Choose for each kind whether the container gets a new one, joins an existing one (a path such as /proc/1234/ns/net), or shares the host&apos;s.</source>
        <translation>Ein Namensraum gibt dem Container eine eigene Sicht auf eine Art von Systemressource. Wählen Sie für jede Art, ob der Container einen neuen bekommt, einem bestehenden beitritt (ein Pfad wie /proc/1234/ns/net) oder den des Hosts teilt.</translation>
    </message>
    <message>
        <source>Shared with the host</source>
        <translation>Mit dem Host geteilt</translation>
    </message>
    <message>
        <source>New namespace</source>
        <translation>Neuer Namensraum</translation>
    </message>
    <message>
        <source>Join the namespace at</source>
        <translation>Dem Namensraum beitreten unter</translation>
    </message>
    <message>
        <source>/proc/&lt;pid&gt;/ns/…</source>
        <translation>/proc/&lt;pid&gt;/ns/…</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <source>Share the %1 namespace with the host</source>
        <translation>Den %1-Namensraum mit dem Host teilen</translation>
    </message>
    <message>
        <source>Create a new %1 namespace</source>
        <translation>Einen neuen %1-Namensraum anlegen</translation>
    </message>
    <message>
        <source>Join a %1 namespace</source>
        <translation>Einem %1-Namensraum beitreten</translation>
    </message>
    <message>
        <source>Set the %1 namespace path</source>
        <translation>Den Pfad des %1-Namensraums festlegen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Use &amp;systemd to manage control groups</source>
        <translation>&amp;systemd zur Verwaltung der Control Groups verwenden</translation>
    </message>
    <message>
        <source>Run &amp;rootless (as an unprivileged user)</source>
        <translation>&amp;Rootless ausführen (als unprivilegierter Benutzer)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Other program…</source>
        <translation>Anderes Programm …</translation>
    </message>
    <message>
        <source>Absolute path of a runc-compatible runtime</source>
        <translation>Absoluter Pfad einer runc-kompatiblen Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Runtime default (/run/runc or /run/crun)</source>
        <translation>Vorgabe der Laufzeitumgebung (/run/runc oder /run/crun)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when the editor is started again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start des Editors wirksam.</translation>
    </message>
    <message>
        <source>Container runtime</source>
        <translation>Container-Laufzeitumgebung</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>&amp;Laufzeitumgebung:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>State &amp;root:</source>
        <translation>&amp;Zustandsverzeichnis:</translation>
    </message>
    <message>
        <source>Choose Runtime Program</source>
        <translation>Programm der Laufzeitumgebung wählen</translation>
    </message>
</context>
<context>
    <name>ProcessPage</name>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Working &amp;directory:</source>
        <translation>&amp;Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>/ (must be absolute)</source>
        <translation>/ (muss absolut sein)</translation>
    </message>
    <message>
        <source>Allocate a &amp;terminal</source>
        <translation>Ein &amp;Terminal zuweisen</translation>
    </message>
    <message>
        <source>Console &amp;columns:</source>
        <translation>Konsolen&amp;spalten:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Console &amp;lines:</source>
        <translation>Konsolen&amp;zeilen:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation>Benutzer-&amp;ID:</translation>
    </message>
    <message>
        <source>Required, e.g. 0 for root</source>
        <translation>Pflichtfeld, z. B. 0 für root</translation>
    </message>
    <message>
        <source>&amp;Group ID:</source>
        <translation>&amp;Gruppen-ID:</translation>
    </message>
    <message>
        <source>U&amp;mask:</source>
        <translation>U&amp;mask:</translation>
    </message>
    <message>
        <source>Additional gr&amp;oups:</source>
        <translation>Weitere Gr&amp;uppen:</translation>
    </message>
    <message>
        <source>e.g. 18 (octal 022)</source>
        <translation>z. B. 18 (oktal 022)</translation>
    </message>
    <message>
        <source>octal %1</source>
        <translation>oktal %1</translation>
    </message>
    <message>
        <source>None; e.g. 10, 27</source>
        <translation>Keine; z. B. 10, 27</translation>
    </message>
    <message>
        <source>%1 is not a group ID (0 to 4294967295).</source>
        <translation>%1 ist keine Gruppen-ID (0 bis 4294967295).</translation>
    </message>
    <message>
        <source>Clear additional group IDs</source>
        <translation>Weitere Gruppen-IDs löschen</translation>
    </message>
    <message>
        <source>Set additional group IDs</source>
        <translation>Weitere Gruppen-IDs festlegen</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>&amp;No new privileges</source>
        <translation>&amp;Keine neuen Rechte</translation>
    </message>
    <message>
        <source>AppArmor &amp;profile:</source>
        <translation>AppArmor-&amp;Profil:</translation>
    </message>
    <message>
        <source>Runtime default</source>
        <translation>Vorgabe der Laufzeitumgebung</translation>
    </message>
    <message>
        <source>&amp;SELinux label:</source>
        <translation>&amp;SELinux-Label:</translation>
    </message>
    <message>
        <source>OOM score ad&amp;justment:</source>
        <translation>&amp;OOM-Score-Anpassung:</translation>
    </message>
    <message>
        <source>Not set: inherited (-1000 to 1000)</source>
        <translation>Nicht gesetzt: geerbt (-1000 bis 1000)</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Polic&amp;y:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>Nic&amp;e value:</source>
        <translation>Nic&amp;e-Wert:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Priori&amp;tät:</translation>
    </message>
    <message>
        <source>Runt&amp;ime (ns):</source>
        <translation>Lauf&amp;zeit (ns):</translation>
    </message>
    <message>
        <source>Dead&amp;line (ns):</source>
        <translation>Dead&amp;line (ns):</translation>
    </message>
    <message>
        <source>Perio&amp;d (ns):</source>
        <translation>Perio&amp;de (ns):</translation>
    </message>
    <message>
        <source>Set scheduler flag %1</source>
        <translation>Scheduler-Flag %1 setzen</translation>
    </message>
    <message>
        <source>Clear scheduler flag %1</source>
        <translation>Scheduler-Flag %1 löschen</translation>
    </message>
    <message>
        <source>I/O priority</source>
        <translation>E/A-Priorität</translation>
    </message>
    <message>
        <source>Cl&amp;ass:</source>
        <translation>Kl&amp;asse:</translation>
    </message>
    <message>
        <source>I/O p&amp;riority:</source>
        <translation>E/A-Prio&amp;rität:</translation>
    </message>
    <message>
        <source>0 (highest) to 7 (lowest)</source>
        <translation>0 (höchste) bis 7 (niedrigste)</translation>
    </message>
    <message>
        <source>CPU affinity when executing</source>
        <translation>CPU-Affinität beim Ausführen</translation>
    </message>
    <message>
        <source>I&amp;nitial CPUs:</source>
        <translation>A&amp;nfängliche CPUs:</translation>
    </message>
    <message>
        <source>All CPUs; e.g. 0-3,7</source>
        <translation>Alle CPUs; z. B. 0-3,7</translation>
    </message>
    <message>
        <source>&amp;Final CPUs:</source>
        <translation>&amp;Endgültige CPUs:</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Weiches Limit</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Hartes Limit</translation>
    </message>
    <message>
        <source>resource limit</source>
        <translation>Ressourcenlimit</translation>
    </message>
    <message>
        <source>Ar&amp;guments</source>
        <translation>Ar&amp;gumente</translation>
    </message>
    <message>
        <source>En&amp;vironment</source>
        <translation>Umge&amp;bung</translation>
    </message>
    <message>
        <source>Resource limi&amp;ts</source>
        <translation>Ressourcen&amp;limits</translation>
    </message>
    <message>
        <source>F&amp;lags:</source>
        <translation>F&amp;lags:</translation>
    </message>
</context>
<context>
    <name>ProcessRlimitValueDelegate</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>a number or &quot;unlimited&quot;</source>
        <translation>eine Zahl oder „unbegrenzt“</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>OCI Bundle Editor</source>
        <translation>OCI Bundle Editor</translation>
    </message>
    <message>
        <source>Author, inspect and run OCI runtime bundles.</source>
        <translation>OCI-Runtime-Bundles erstellen, untersuchen und ausführen.</translation>
    </message>
    <message>
        <source>A bundle directory or its config.json.</source>
        <translation>Ein Bundle-Verzeichnis oder seine config.json.</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Bundle</source>
        <translation>Das Demo-Bundle kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>no CPU limit</source>
        <translation>kein CPU-Limit</translation>
    </message>
    <message>
        <source>= %1 cores</source>
        <translation>= %1 Kerne</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Control Group</translation>
    </message>
    <message>
        <source>Cgroup p&amp;ath:</source>
        <translation>Cgroup-P&amp;fad:</translation>
    </message>
    <message>
        <source>chosen by the runtime</source>
        <translation>von der Laufzeitumgebung gewählt</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>&amp;Reservation:</source>
        <translation>&amp;Reservierung:</translation>
    </message>
    <message>
        <source>Memory + s&amp;wap:</source>
        <translation>Speicher + S&amp;wap:</translation>
    </message>
    <message>
        <source>Swapp&amp;iness:</source>
        <translation>Swapp&amp;iness:</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <source>Kernel &amp;TCP:</source>
        <translation>Kernel-&amp;TCP:</translation>
    </message>
    <message>
        <source>Disable the &amp;OOM killer</source>
        <translation>&amp;OOM-Killer abschalten</translation>
    </message>
    <message>
        <source>Account child cgroups (use hierarch&amp;y)</source>
        <translation>Untergeordnete Cgroups mitzählen (&amp;Hierarchie verwenden)</translation>
    </message>
    <message>
        <source>Refuse a limit below &amp;current usage on update</source>
        <translation>Beim Aktualisieren ein Limit unter dem &amp;aktuellen Verbrauch ablehnen</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>S&amp;hares:</source>
        <translation>Ant&amp;eile:</translation>
    </message>
    <message>
        <source>&amp;Quota (µs):</source>
        <translation>&amp;Kontingent (µs):</translation>
    </message>
    <message>
        <source>P&amp;eriod (µs):</source>
        <translation>Peri&amp;ode (µs):</translation>
    </message>
    <message>
        <source>&amp;Burst (µs):</source>
        <translation>&amp;Burst (µs):</translation>
    </message>
    <message>
        <source>CP&amp;Us:</source>
        <translation>CP&amp;Us:</translation>
    </message>
    <message>
        <source>e.g. 0-3,7</source>
        <translation>z. B. 0-3,7</translation>
    </message>
    <message>
        <source>Memory &amp;nodes:</source>
        <translation>Speicher&amp;knoten:</translation>
    </message>
    <message>
        <source>e.g. 0-1</source>
        <translation>z. B. 0-1</translation>
    </message>
    <message>
        <source>Real-time runti&amp;me (µs):</source>
        <translation>Echtzeit-Lauf&amp;zeit (µs):</translation>
    </message>
    <message>
        <source>Real-time &amp;period (µs):</source>
        <translation>Echtzeit-&amp;Periode (µs):</translation>
    </message>
    <message>
        <source>I&amp;dle:</source>
        <translation>&amp;Leerlauf:</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Ma&amp;ximum number of processes:</source>
        <translation>Ma&amp;ximale Anzahl Prozesse:</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>Block-E/A</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>Lea&amp;f weight:</source>
        <translation>Bla&amp;ttgewicht:</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>device weight</source>
        <translation>Gerätegewicht</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Leaf weight</source>
        <translation>Blattgewicht</translation>
    </message>
    <message>
        <source>Weight per device</source>
        <translation>Gewicht je Gerät</translation>
    </message>
    <message>
        <source>read limit</source>
        <translation>Leselimit</translation>
    </message>
    <message>
        <source>Read bytes/s</source>
        <translation>Lesen Bytes/s</translation>
    </message>
    <message>
        <source>write limit</source>
        <translation>Schreiblimit</translation>
    </message>
    <message>
        <source>Write bytes/s</source>
        <translation>Schreiben Bytes/s</translation>
    </message>
    <message>
        <source>Read ops/s</source>
        <translation>Lesen Op./s</translation>
    </message>
    <message>
        <source>Write ops/s</source>
        <translation>Schreiben Op./s</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>Huge Pages</translation>
    </message>
    <message>
        <source>huge page limit</source>
        <translation>Huge-Page-Limit</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Limit (bytes)</source>
        <translation>Limit (Bytes)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Cla&amp;ss ID:</source>
        <translation>Kla&amp;ssen-ID:</translation>
    </message>
    <message>
        <source>interface priority</source>
        <translation>Schnittstellenpriorität</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>RDMA</source>
        <translation>RDMA</translation>
    </message>
    <message>
        <source>RDMA device</source>
        <translation>RDMA-Gerät</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>HCA handles</source>
        <translation>HCA-Handles</translation>
    </message>
    <message>
        <source>HCA objects</source>
        <translation>HCA-Objekte</translation>
    </message>
    <message>
        <source>Unified (cgroup v2 files)</source>
        <translation>Unified (Dateien von cgroup v2)</translation>
    </message>
    <message>
        <source>cgroup file</source>
        <translation>Cgroup-Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>RootfsCopy</name>
    <message>
        <source>Cannot copy the root filesystem: the program cp was not found.</source>
        <translation>Das Root-Dateisystem kann nicht kopiert werden: Das Programm cp wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy the root filesystem: %1</source>
        <translation>Das Root-Dateisystem kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>The copy of the root filesystem was cancelled.</source>
        <translation>Das Kopieren des Root-Dateisystems wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot copy the root filesystem %1 to %2: %3</source>
        <translation>Das Root-Dateisystem %1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>cp failed with exit code %1.</source>
        <translation>cp ist mit dem Exit-Code %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>The editor is not running as root. A rootful configuration needs root; a rootless one needs a user namespace with UID/GID mappings, --rootless and a state directory under $XDG_RUNTIME_DIR.</source>
        <translation>Der Editor läuft nicht als root. Eine Konfiguration mit root-Rechten braucht root; eine rootless-Konfiguration braucht einen Benutzer-Namensraum mit UID/GID-Zuordnungen, --rootless und ein Zustandsverzeichnis unter $XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <source>Use Rootless Settings</source>
        <translation>Rootless-Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Exec</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>The container stopped.</source>
        <translation>Der Container wurde beendet.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>Some containers could not be deleted:
%1</source>
        <translation>Einige Container konnten nicht gelöscht werden:
%1</translation>
    </message>
    <message>
        <source>Out of memory at %1: the kernel killed a process of the container.</source>
        <translation>Speicher erschöpft um %1: Der Kernel hat einen Prozess des Containers beendet.</translation>
    </message>
    <message>
        <source>No statistics from this runtime: %1</source>
        <translation>Keine Statistik von dieser Laufzeitumgebung: %1</translation>
    </message>
    <message>
        <source>The runtime: runc, crun or the path of another compatible binary.</source>
        <translation>Die Laufzeitumgebung: runc, crun oder der Pfad eines anderen kompatiblen Programms.</translation>
    </message>
    <message>
        <source>The runtime&apos;s state directory (--root). The editor&apos;s own keeps its containers apart from those other tools manage.</source>
        <translation>Das Zustandsverzeichnis der Laufzeitumgebung (--root). Das eigene Verzeichnis des Editors hält seine Container von denen anderer Werkzeuge getrennt.</translation>
    </message>
    <message>
        <source>systemd cgroup</source>
        <translation>systemd-Cgroup</translation>
    </message>
    <message>
        <source>Rootless</source>
        <translation>Rootless</translation>
    </message>
    <message>
        <source>container ID</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Laufzeitumgebung:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Create and start in one step</source>
        <translation>In einem Schritt anlegen und starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Beenden (kill)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>Kill a running container before deleting it</source>
        <translation>Einen laufenden Container vor dem Löschen beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Follow the selected container in this panel</source>
        <translation>Den ausgewählten Container in diesem Bereich verfolgen</translation>
    </message>
    <message>
        <source>Clean Up Stopped</source>
        <translation>Beendete aufräumen</translation>
    </message>
    <message>
        <source>Delete every stopped container of this state directory</source>
        <translation>Jeden beendeten Container dieses Zustandsverzeichnisses löschen</translation>
    </message>
    <message>
        <source>Save the bundle first: the runtime reads config.json from the bundle directory.</source>
        <translation>Speichern Sie zuerst das Bundle: Die Laufzeitumgebung liest config.json aus dem Bundle-Verzeichnis.</translation>
    </message>
    <message>
        <source>Save Before Running</source>
        <translation>Vor dem Ausführen speichern</translation>
    </message>
    <message>
        <source>The runtime reads config.json from disk. Save your changes now?</source>
        <translation>Die Laufzeitumgebung liest config.json von der Festplatte. Ihre Änderungen jetzt speichern?</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no bundle to run. Open or save a bundle first.</source>
        <translation>Es gibt kein Bundle zum Ausführen. Öffnen oder speichern Sie zuerst ein Bundle.</translation>
    </message>
    <message>
        <source>Unsupported by the Runtime</source>
        <translation>Von der Laufzeitumgebung nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 does not support everything this configuration uses:

%2

Run anyway?</source>
        <translation>%1 unterstützt nicht alles, was diese Konfiguration verwendet:

%2

Trotzdem ausführen?</translation>
    </message>
    <message>
        <source>Attached to %1; its output goes wherever it was started.</source>
        <translation>Mit %1 verbunden; seine Ausgabe geht dorthin, wo er gestartet wurde.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No container.</source>
        <translation>Kein Container.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · PID %1</source>
        <translation> · PID %1</translation>
    </message>
    <message>
        <source> · created %1</source>
        <translation> · angelegt %1</translation>
    </message>
    <message>
        <source> · bundle %1</source>
        <translation> · Bundle %1</translation>
    </message>
    <message>
        <source>Container Still Running</source>
        <translation>Container läuft noch</translation>
    </message>
    <message>
        <source>Leave Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Kill and Delete</source>
        <translation>Beenden und löschen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Process list</source>
        <translation>Prozessliste</translation>
    </message>
    <message>
        <source>Container list</source>
        <translation>Containerliste</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>The container %1 is %2. Leave it running, or kill and delete it?

A container left running loses its console or terminal when the editor closes.</source>
        <translation>Der Container %1 ist %2. Weiterlaufen lassen oder beenden und löschen?

Ein weiterlaufender Container verliert seine Konsole oder sein Terminal, wenn der Editor geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>RuncBinary</name>
    <message>
        <source>The container ID is empty.</source>
        <translation>Die Container-ID ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a container ID.</source>
        <translation>„%1“ kann keine Container-ID sein.</translation>
    </message>
    <message>
        <source>The container runtime &quot;%1&quot; was not found. Install the Debian package &quot;%2&quot; (apt install %2) or choose another runtime in Preferences.</source>
        <translation>Die Container-Runtime „%1“ wurde nicht gefunden. Installieren Sie das Debian-Paket „%2“ (apt install %2) oder wählen Sie in den Einstellungen eine andere Runtime.</translation>
    </message>
    <message>
        <source>The container runtime &quot;%1&quot; was not found or is not executable. Install the Debian package &quot;runc&quot; or &quot;crun&quot;, or choose another runtime in Preferences.</source>
        <translation>Die Container-Runtime „%1“ wurde nicht gefunden oder ist nicht ausführbar. Installieren Sie das Debian-Paket „runc“ oder „crun“ oder wählen Sie in den Einstellungen eine andere Runtime.</translation>
    </message>
    <message>
        <source>The container ID &quot;%1&quot; begins with &quot;-&quot;, which the runtime would read as an option.</source>
        <translation>Die Container-ID „%1“ beginnt mit „-“, was die Runtime als Option lesen würde.</translation>
    </message>
    <message>
        <source>The container ID &quot;%1&quot; may only contain letters, digits and the characters _ + , - .</source>
        <translation>Die Container-ID „%1“ darf nur Buchstaben, Ziffern und die Zeichen _ + , - . enthalten.</translation>
    </message>
</context>
<context>
    <name>RuntimeCall</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>%1 exited with code %2.</source>
        <translation>%1 wurde mit Code %2 beendet.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time and was stopped.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet und wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>RuntimeFeatures</name>
    <message>
        <source>The runtime&apos;s features are not a features document.</source>
        <translation>Die Features der Runtime sind kein Features-Dokument.</translation>
    </message>
    <message>
        <source>The runtime does not run &quot;%1&quot; hooks.</source>
        <translation>Die Runtime führt keine „%1“-Hooks aus.</translation>
    </message>
    <message>
        <source>The runtime does not support the &quot;%1&quot; namespace.</source>
        <translation>Die Runtime unterstützt den Namensraum „%1“ nicht.</translation>
    </message>
    <message>
        <source>The runtime does not know the capability %1.</source>
        <translation>Die Runtime kennt die Capability %1 nicht.</translation>
    </message>
    <message>
        <source>The runtime does not support the mount option &quot;%1&quot;.</source>
        <translation>Die Runtime unterstützt die Mount-Option „%1“ nicht.</translation>
    </message>
    <message>
        <source>The runtime was built without seccomp support.</source>
        <translation>Die Runtime wurde ohne Seccomp-Unterstützung gebaut.</translation>
    </message>
    <message>
        <source>The runtime does not support the seccomp action %1.</source>
        <translation>Die Runtime unterstützt die Seccomp-Aktion %1 nicht.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Hidden and read-only paths</source>
        <translation>Verborgene und schreibgeschützte Pfade</translation>
    </message>
    <message>
        <source>&amp;Masked (hidden) paths:</source>
        <translation>&amp;Maskierte (verborgene) Pfade:</translation>
    </message>
    <message>
        <source>&amp;Read-only paths:</source>
        <translation>&amp;Schreibgeschützte Pfade:</translation>
    </message>
    <message>
        <source>masked path</source>
        <translation>maskierter Pfad</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>read-only path</source>
        <translation>schreibgeschützter Pfad</translation>
    </message>
    <message>
        <source>Kernel parameters (sysctl)</source>
        <translation>Kernelparameter (sysctl)</translation>
    </message>
    <message>
        <source>kernel parameter</source>
        <translation>Kernelparameter</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Root-Dateisystem</translation>
    </message>
    <message>
        <source>Root &amp;propagation:</source>
        <translation>Root-&amp;Propagation:</translation>
    </message>
    <message>
        <source>SE&amp;Linux mount label:</source>
        <translation>SE&amp;Linux-Mount-Label:</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>personality flag</source>
        <translation>Personality-Flag</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Fla&amp;gs:</source>
        <translation>Fla&amp;gs:</translation>
    </message>
    <message>
        <source>Time namespace offsets</source>
        <translation>Verschiebungen des Zeit-Namensraums</translation>
    </message>
    <message>
        <source>&amp;Boot time (s):</source>
        <translation>&amp;Boot-Zeit (s):</translation>
    </message>
    <message>
        <source>Boot time (n&amp;s):</source>
        <translation>Boot-Zeit (n&amp;s):</translation>
    </message>
    <message>
        <source>Mo&amp;notonic (s):</source>
        <translation>Mo&amp;notonic (s):</translation>
    </message>
    <message>
        <source>Monotoni&amp;c (ns):</source>
        <translation>Monotoni&amp;c (ns):</translation>
    </message>
    <message>
        <source>Network devices moved into the container</source>
        <translation>In den Container verschobene Netzwerkgeräte</translation>
    </message>
    <message>
        <source>network device</source>
        <translation>Netzwerkgerät</translation>
    </message>
    <message>
        <source>Host interface</source>
        <translation>Schnittstelle des Hosts</translation>
    </message>
    <message>
        <source>Name in the container</source>
        <translation>Name im Container</translation>
    </message>
    <message>
        <source>Seccomp system call filter</source>
        <translation>Seccomp-Systemaufruffilter</translation>
    </message>
    <message>
        <source>Default &amp;action:</source>
        <translation>Standard&amp;aktion:</translation>
    </message>
    <message>
        <source>Defa&amp;ult errno:</source>
        <translation>Standard-&amp;errno:</translation>
    </message>
    <message>
        <source>Listener soc&amp;ket:</source>
        <translation>Listener-Soc&amp;ket:</translation>
    </message>
    <message>
        <source>Listener me&amp;tadata:</source>
        <translation>Listener-Me&amp;tadaten:</translation>
    </message>
    <message>
        <source>Arc&amp;hitectures:</source>
        <translation>Arc&amp;hitekturen:</translation>
    </message>
    <message>
        <source>&amp;Flags:</source>
        <translation>&amp;Flags:</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>seccomp flag</source>
        <translation>Seccomp-Flag</translation>
    </message>
    <message>
        <source>S&amp;yscall rules (names separated by commas):</source>
        <translation>S&amp;ystemaufrufregeln (Namen durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>syscall rule</source>
        <translation>Systemaufrufregel</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Errno</source>
        <translation>Errno</translation>
    </message>
    <message>
        <source>Argument cond&amp;itions of the selected rule:</source>
        <translation>Argument&amp;bedingungen der ausgewählten Regel:</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>Zweiter Wert</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>argument condition</source>
        <translation>Argumentbedingung</translation>
    </message>
    <message>
        <source>Intel RDT</source>
        <translation>Intel RDT</translation>
    </message>
    <message>
        <source>Class of ser&amp;vice (CLOS) ID:</source>
        <translation>Ser&amp;viceklassen-ID (CLOS):</translation>
    </message>
    <message>
        <source>L&amp;3 cache schema:</source>
        <translation>L&amp;3-Cache-Schema:</translation>
    </message>
    <message>
        <source>Memory band&amp;width schema:</source>
        <translation>Speicherband&amp;breiten-Schema:</translation>
    </message>
    <message>
        <source>&amp;Enable monitoring</source>
        <translation>Über&amp;wachung einschalten</translation>
    </message>
    <message>
        <source>NUMA memory policy</source>
        <translation>NUMA-Speicherrichtlinie</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odus:</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>memory policy flag</source>
        <translation>Flag der Speicherrichtlinie</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
</context>
<context>
    <name>SpecCatalogue</name>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Process: User</source>
        <translation>Prozess: Benutzer</translation>
    </message>
    <message>
        <source>Process: Capabilities</source>
        <translation>Prozess: Capabilities</translation>
    </message>
    <message>
        <source>Process: Resource limits</source>
        <translation>Prozess: Ressourcenlimits</translation>
    </message>
    <message>
        <source>Process: Scheduler</source>
        <translation>Prozess: Scheduler</translation>
    </message>
    <message>
        <source>Process: I/O priority</source>
        <translation>Prozess: I/O-Priorität</translation>
    </message>
    <message>
        <source>Process: CPU affinity</source>
        <translation>Prozess: CPU-Affinität</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Linux: Namespaces</source>
        <translation>Linux: Namensräume</translation>
    </message>
    <message>
        <source>Linux: User namespace mappings</source>
        <translation>Linux: Zuordnungen des Benutzer-Namensraums</translation>
    </message>
    <message>
        <source>Linux: Time namespace offsets</source>
        <translation>Linux: Offsets des Zeit-Namensraums</translation>
    </message>
    <message>
        <source>Linux: Devices</source>
        <translation>Linux: Geräte</translation>
    </message>
    <message>
        <source>Linux: Network devices</source>
        <translation>Linux: Netzwerkgeräte</translation>
    </message>
    <message>
        <source>Linux: Control groups</source>
        <translation>Linux: Control Groups</translation>
    </message>
    <message>
        <source>Linux: Allowed device list</source>
        <translation>Linux: Liste erlaubter Geräte</translation>
    </message>
    <message>
        <source>Linux: Memory</source>
        <translation>Linux: Speicher</translation>
    </message>
    <message>
        <source>Linux: CPU</source>
        <translation>Linux: CPU</translation>
    </message>
    <message>
        <source>Linux: Block IO</source>
        <translation>Linux: Block-I/O</translation>
    </message>
    <message>
        <source>Linux: Huge page limits</source>
        <translation>Linux: Limits für Huge Pages</translation>
    </message>
    <message>
        <source>Linux: Network</source>
        <translation>Linux: Netzwerk</translation>
    </message>
    <message>
        <source>Linux: PIDs</source>
        <translation>Linux: PIDs</translation>
    </message>
    <message>
        <source>Linux: RDMA</source>
        <translation>Linux: RDMA</translation>
    </message>
    <message>
        <source>Linux: Unified</source>
        <translation>Linux: Unified</translation>
    </message>
    <message>
        <source>Linux: IntelRdt</source>
        <translation>Linux: IntelRdt</translation>
    </message>
    <message>
        <source>Linux: Memory policy</source>
        <translation>Linux: Speicherrichtlinie</translation>
    </message>
    <message>
        <source>Linux: Sysctl</source>
        <translation>Linux: Sysctl</translation>
    </message>
    <message>
        <source>Linux: Seccomp</source>
        <translation>Linux: Seccomp</translation>
    </message>
    <message>
        <source>Linux: Rootfs mount propagation</source>
        <translation>Linux: Mount-Propagation des Root-Dateisystems</translation>
    </message>
    <message>
        <source>Linux: Masked paths</source>
        <translation>Linux: Maskierte Pfade</translation>
    </message>
    <message>
        <source>Linux: Readonly paths</source>
        <translation>Linux: Schreibgeschützte Pfade</translation>
    </message>
    <message>
        <source>Linux: Mount label</source>
        <translation>Linux: Mount-Label</translation>
    </message>
    <message>
        <source>Linux: Personality</source>
        <translation>Linux: Personality</translation>
    </message>
    <message>
        <source>Other platforms</source>
        <translation>Andere Plattformen</translation>
    </message>
    <message>
        <source>Change the owner and group of any file.</source>
        <translation>Eigentümer und Gruppe beliebiger Dateien ändern.</translation>
    </message>
    <message>
        <source>Ignore read, write and execute permission bits on files.</source>
        <translation>Lese-, Schreib- und Ausführungsrechte von Dateien ignorieren.</translation>
    </message>
    <message>
        <source>Read any file and list any directory; also allows opening files by handle, which can escape a chroot.</source>
        <translation>Jede Datei lesen und jedes Verzeichnis auflisten; erlaubt auch das Öffnen von Dateien per Handle, womit sich ein chroot verlassen lässt.</translation>
    </message>
    <message>
        <source>Act as the owner of any file, e.g. to change its mode.</source>
        <translation>Wie der Eigentümer jeder Datei handeln, z. B. um ihren Modus zu ändern.</translation>
    </message>
    <message>
        <source>Keep set-user-ID and set-group-ID bits when a file is modified.</source>
        <translation>Set-User-ID- und Set-Group-ID-Bits beim Ändern einer Datei erhalten.</translation>
    </message>
    <message>
        <source>Send signals to processes of other users.</source>
        <translation>Signale an Prozesse anderer Benutzer senden.</translation>
    </message>
    <message>
        <source>Change group IDs and the supplementary group list.</source>
        <translation>Gruppen-IDs und die Liste der Zusatzgruppen ändern.</translation>
    </message>
    <message>
        <source>Change user IDs.</source>
        <translation>Benutzer-IDs ändern.</translation>
    </message>
    <message>
        <source>Change capability sets, e.g. drop bounding capabilities.</source>
        <translation>Capability-Mengen ändern, z. B. Capabilities aus der Bounding-Menge entfernen.</translation>
    </message>
    <message>
        <source>Set the immutable and append-only file attributes.</source>
        <translation>Die Dateiattribute „immutable“ und „append-only“ setzen.</translation>
    </message>
    <message>
        <source>Bind sockets to ports below 1024.</source>
        <translation>Sockets an Ports unter 1024 binden.</translation>
    </message>
    <message>
        <source>Broadcast and listen to multicast (unused by the kernel).</source>
        <translation>Broadcasts senden und Multicast empfangen (vom Kernel nicht verwendet).</translation>
    </message>
    <message>
        <source>Configure network interfaces, routing, firewall rules and more.</source>
        <translation>Netzwerkschnittstellen, Routing, Firewall-Regeln und mehr konfigurieren.</translation>
    </message>
    <message>
        <source>Use raw and packet sockets, e.g. for ping.</source>
        <translation>Raw- und Paket-Sockets verwenden, z. B. für ping.</translation>
    </message>
    <message>
        <source>Lock memory so it is never swapped out.</source>
        <translation>Speicher sperren, damit er nie ausgelagert wird.</translation>
    </message>
    <message>
        <source>Bypass permission checks on System V IPC objects.</source>
        <translation>Rechteprüfungen bei System-V-IPC-Objekten umgehen.</translation>
    </message>
    <message>
        <source>Load and unload kernel modules.</source>
        <translation>Kernelmodule laden und entladen.</translation>
    </message>
    <message>
        <source>Access I/O ports and raw devices such as /dev/mem.</source>
        <translation>Auf I/O-Ports und Rohgeräte wie /dev/mem zugreifen.</translation>
    </message>
    <message>
        <source>Use chroot and change mount namespaces with setns.</source>
        <translation>chroot verwenden und mit setns den Mount-Namensraum wechseln.</translation>
    </message>
    <message>
        <source>Trace and inspect any process.</source>
        <translation>Beliebige Prozesse verfolgen und untersuchen.</translation>
    </message>
    <message>
        <source>Switch process accounting on or off.</source>
        <translation>Prozess-Accounting ein- oder ausschalten.</translation>
    </message>
    <message>
        <source>A catch-all for administration: mounting, namespaces, quotas and much more.</source>
        <translation>Ein Sammelbecken für Verwaltungsaufgaben: Einhängen, Namensräume, Quotas und vieles mehr.</translation>
    </message>
    <message>
        <source>Reboot the machine and load a new kernel.</source>
        <translation>Den Rechner neu starten und einen neuen Kernel laden.</translation>
    </message>
    <message>
        <source>Raise priorities and set real-time scheduling and CPU affinity of any process.</source>
        <translation>Prioritäten erhöhen sowie Echtzeit-Scheduling und CPU-Affinität beliebiger Prozesse festlegen.</translation>
    </message>
    <message>
        <source>Exceed resource limits and quotas.</source>
        <translation>Ressourcenlimits und Quotas überschreiten.</translation>
    </message>
    <message>
        <source>Set the system clock.</source>
        <translation>Die Systemuhr stellen.</translation>
    </message>
    <message>
        <source>Hang up virtual terminals.</source>
        <translation>Einen Hangup auf virtuellen Terminals auslösen (vhangup).</translation>
    </message>
    <message>
        <source>Create device nodes.</source>
        <translation>Gerätedateien anlegen.</translation>
    </message>
    <message>
        <source>Take leases on files owned by others.</source>
        <translation>Leases auf Dateien anderer Eigentümer setzen.</translation>
    </message>
    <message>
        <source>Write records to the kernel audit log.</source>
        <translation>Einträge in das Audit-Log des Kernels schreiben.</translation>
    </message>
    <message>
        <source>Configure kernel auditing.</source>
        <translation>Das Kernel-Auditing konfigurieren.</translation>
    </message>
    <message>
        <source>Give capabilities to files.</source>
        <translation>Dateien Capabilities zuweisen.</translation>
    </message>
    <message>
        <source>Override mandatory access control (e.g. Smack).</source>
        <translation>Mandatory Access Control (z. B. Smack) übergehen.</translation>
    </message>
    <message>
        <source>Change mandatory access control policy.</source>
        <translation>Die Richtlinie der Mandatory Access Control ändern.</translation>
    </message>
    <message>
        <source>Read and clear the kernel log; reveals kernel addresses.</source>
        <translation>Das Kernel-Log lesen und löschen; legt Kernel-Adressen offen.</translation>
    </message>
    <message>
        <source>Set timers that wake the system up.</source>
        <translation>Timer setzen, die das System aufwecken.</translation>
    </message>
    <message>
        <source>Prevent the system from suspending.</source>
        <translation>Verhindern, dass das System in den Ruhezustand geht.</translation>
    </message>
    <message>
        <source>Read the audit log through a multicast socket.</source>
        <translation>Das Audit-Log über einen Multicast-Socket lesen.</translation>
    </message>
    <message>
        <source>Use performance monitoring, which exposes kernel internals.</source>
        <translation>Performance-Monitoring nutzen, das Kernel-Interna offenlegt.</translation>
    </message>
    <message>
        <source>Load BPF programs and create BPF maps.</source>
        <translation>BPF-Programme laden und BPF-Maps anlegen.</translation>
    </message>
    <message>
        <source>Checkpoint and restore processes, e.g. choose PIDs.</source>
        <translation>Prozesse sichern und wiederherstellen (Checkpoint/Restore), z. B. PIDs wählen.</translation>
    </message>
    <message>
        <source>The whole container configuration.</source>
        <translation>Die gesamte Container-Konfiguration.</translation>
    </message>
    <message>
        <source>The config.json of a bundle: everything a runtime needs to create the container besides the root filesystem itself.</source>
        <translation>Die config.json eines Bundles: alles, was eine Runtime außer dem Root-Dateisystem selbst zum Erstellen des Containers braucht.</translation>
    </message>
    <message>
        <source>Spec version</source>
        <translation>Spec-Version</translation>
    </message>
    <message>
        <source>Version of the runtime specification this file follows.</source>
        <translation>Version der Runtime-Spezifikation, der diese Datei folgt.</translation>
    </message>
    <message>
        <source>Tells runtimes which edition of the runtime-spec the file was written for, as a SemVer string such as 1.2.0. Fields introduced after that version may be ignored by strict tools.</source>
        <translation>Teilt Runtimes mit, für welche Ausgabe der runtime-spec die Datei geschrieben wurde, als SemVer-Zeichenkette wie 1.2.0. Felder, die nach dieser Version eingeführt wurden, ignorieren strenge Werkzeuge unter Umständen.</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Root-Dateisystem</translation>
    </message>
    <message>
        <source>Where the container&apos;s root filesystem lives.</source>
        <translation>Wo das Root-Dateisystem des Containers liegt.</translation>
    </message>
    <message>
        <source>Describes the directory that becomes / inside the container. Linux runtimes cannot start a container without it.</source>
        <translation>Beschreibt das Verzeichnis, das im Container zu / wird. Ohne diese Angabe können Linux-Runtimes keinen Container starten.</translation>
    </message>
    <message>
        <source>Root path</source>
        <translation>Root-Pfad</translation>
    </message>
    <message>
        <source>Directory of the root filesystem, absolute or relative to the bundle.</source>
        <translation>Verzeichnis des Root-Dateisystems, absolut oder relativ zum Bundle.</translation>
    </message>
    <message>
        <source>The directory that will appear as / in the container. A relative path is taken from the bundle directory; by convention it is &quot;rootfs&quot;.</source>
        <translation>Das Verzeichnis, das im Container als / erscheint. Ein relativer Pfad wird vom Bundle-Verzeichnis aus aufgelöst; üblicherweise lautet er „rootfs“.</translation>
    </message>
    <message>
        <source>Read-only root</source>
        <translation>Schreibgeschütztes Root-Dateisystem</translation>
    </message>
    <message>
        <source>Mount the root filesystem read-only.</source>
        <translation>Das Root-Dateisystem schreibgeschützt einhängen.</translation>
    </message>
    <message>
        <source>When true, nothing in the container can write to its root filesystem; writable places must come from separate mounts such as a tmpfs.</source>
        <translation>Wenn true, kann nichts im Container in sein Root-Dateisystem schreiben; beschreibbare Orte müssen aus eigenen Mounts wie einem tmpfs stammen.</translation>
    </message>
    <message>
        <source>Host name seen inside the container.</source>
        <translation>Hostname innerhalb des Containers.</translation>
    </message>
    <message>
        <source>The name the container&apos;s processes get from uname and hostname. Setting it needs a UTS namespace of the container&apos;s own.</source>
        <translation>Der Name, den die Prozesse des Containers von uname und hostname erhalten. Zum Setzen braucht der Container einen eigenen UTS-Namensraum.</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domainname</translation>
    </message>
    <message>
        <source>NIS domain name seen inside the container.</source>
        <translation>NIS-Domainname innerhalb des Containers.</translation>
    </message>
    <message>
        <source>The NIS/YP domain name of the container, as shown by domainname. Like the host name, it needs the container&apos;s own UTS namespace.</source>
        <translation>Der NIS/YP-Domainname des Containers, wie ihn domainname anzeigt. Wie der Hostname braucht er einen eigenen UTS-Namensraum des Containers.</translation>
    </message>
    <message>
        <source>Free-form key/value metadata.</source>
        <translation>Frei wählbare Schlüssel-Wert-Metadaten.</translation>
    </message>
    <message>
        <source>String metadata for tools that handle the container; runtimes do not act on it. Keys should use reverse domain names; the org.opencontainers prefix is reserved for the keys the specification lists.</source>
        <translation>Metadaten als Zeichenketten für Werkzeuge, die mit dem Container arbeiten; Runtimes werten sie nicht aus. Schlüssel sollten umgekehrte Domainnamen verwenden; das Präfix org.opencontainers ist den Schlüsseln vorbehalten, die die Spezifikation aufführt.</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>One metadata value.</source>
        <translation>Ein Metadatenwert.</translation>
    </message>
    <message>
        <source>A string value stored under a non-empty key, for example com.example.owner.</source>
        <translation>Ein Zeichenkettenwert unter einem nicht leeren Schlüssel, zum Beispiel com.example.owner.</translation>
    </message>
    <message>
        <source>Filesystems mounted into the container, in order.</source>
        <translation>Dateisysteme, die der Reihe nach in den Container eingehängt werden.</translation>
    </message>
    <message>
        <source>Extra filesystems (proc, tmpfs, bind mounts, ...) mounted on top of the root filesystem. They are mounted in list order, so a later mount on the same or a parent directory hides an earlier one.</source>
        <translation>Zusätzliche Dateisysteme (proc, tmpfs, Bind-Mounts, …), die über dem Root-Dateisystem eingehängt werden. Sie werden in der Reihenfolge der Liste eingehängt, daher verdeckt ein späterer Mount auf dasselbe oder ein übergeordnetes Verzeichnis einen früheren.</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Mount</translation>
    </message>
    <message>
        <source>One mount point.</source>
        <translation>Ein Mount.</translation>
    </message>
    <message>
        <source>Says what to mount (source and type), where (destination) and how (options).</source>
        <translation>Gibt an, was eingehängt wird (Quelle und Typ), wohin (Ziel) und wie (Optionen).</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Mount point inside the container.</source>
        <translation>Einhängepunkt im Container.</translation>
    </message>
    <message>
        <source>The directory inside the container where the filesystem appears. Write it as an absolute path; Linux runtimes treat a relative one as relative to / only for old configurations.</source>
        <translation>Das Verzeichnis im Container, in dem das Dateisystem erscheint. Geben Sie es als absoluten Pfad an; Linux-Runtimes behandeln einen relativen Pfad nur bei alten Konfigurationen als relativ zu /.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Device, directory or name to mount.</source>
        <translation>Gerät, Verzeichnis oder Name, der eingehängt wird.</translation>
    </message>
    <message>
        <source>For a bind mount the host file or directory (absolute or relative to the bundle); for other types whatever the filesystem expects, often just its name such as &quot;proc&quot; or &quot;tmpfs&quot;.</source>
        <translation>Bei einem Bind-Mount die Datei oder das Verzeichnis auf dem Host (absolut oder relativ zum Bundle); bei anderen Typen das, was das Dateisystem erwartet, oft nur sein Name wie „proc“ oder „tmpfs“.</translation>
    </message>
    <message>
        <source>Filesystem type</source>
        <translation>Dateisystemtyp</translation>
    </message>
    <message>
        <source>Filesystem type, e.g. proc, tmpfs, bind.</source>
        <translation>Dateisystemtyp, z. B. proc, tmpfs, bind.</translation>
    </message>
    <message>
        <source>The kind of filesystem, as listed in /proc/filesystems (proc, sysfs, tmpfs, ...). Bind mounts may leave it out and use the bind or rbind option instead.</source>
        <translation>Die Art des Dateisystems, wie in /proc/filesystems aufgeführt (proc, sysfs, tmpfs, …). Bind-Mounts können ihn weglassen und stattdessen die Option bind oder rbind verwenden.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Mount options such as ro, nosuid, bind.</source>
        <translation>Mount-Optionen wie ro, nosuid, bind.</translation>
    </message>
    <message>
        <source>Flags and filesystem options in the style of mount -o: generic flags (ro, nosuid, noexec), bind mode (bind, rbind), propagation (rprivate, rslave, ...) and idmap. Options the runtime does not know are handed to the filesystem.</source>
        <translation>Flags und Dateisystemoptionen wie bei mount -o: allgemeine Flags (ro, nosuid, noexec), Bind-Modus (bind, rbind), Propagation (rprivate, rslave, …) und idmap. Optionen, die die Runtime nicht kennt, werden an das Dateisystem weitergereicht.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>One mount option.</source>
        <translation>Eine Mount-Option.</translation>
    </message>
    <message>
        <source>A single flag like nodev, or a filesystem option like mode=755.</source>
        <translation>Ein einzelnes Flag wie nodev oder eine Dateisystemoption wie mode=755.</translation>
    </message>
    <message>
        <source>Mount UID mappings</source>
        <translation>UID-Zuordnungen des Mounts</translation>
    </message>
    <message>
        <source>User ID mapping for an ID-mapped mount.</source>
        <translation>Benutzer-ID-Zuordnung für einen ID-gemappten Mount.</translation>
    </message>
    <message>
        <source>Turns the mount into an ID-mapped mount: file owners on the source are translated by these ranges. Give gidMappings too, and add the idmap or ridmap option so older runtimes do not silently ignore it.</source>
        <translation>Macht den Mount zu einem ID-gemappten Mount: Dateieigentümer der Quelle werden über diese Bereiche umgesetzt. Geben Sie auch gidMappings an und fügen Sie die Option idmap oder ridmap hinzu, damit ältere Runtimes die Zuordnung nicht stillschweigend ignorieren.</translation>
    </message>
    <message>
        <source>Mount GID mappings</source>
        <translation>GID-Zuordnungen des Mounts</translation>
    </message>
    <message>
        <source>Group ID mapping for an ID-mapped mount.</source>
        <translation>Gruppen-ID-Zuordnung für einen ID-gemappten Mount.</translation>
    </message>
    <message>
        <source>The group counterpart of the mount&apos;s uidMappings; the two always come together.</source>
        <translation>Das Gegenstück zu uidMappings des Mounts für Gruppen; beide werden immer zusammen angegeben.</translation>
    </message>
    <message>
        <source>ID range</source>
        <translation>ID-Bereich</translation>
    </message>
    <message>
        <source>A contiguous range of IDs mapped from host to container.</source>
        <translation>Ein zusammenhängender Bereich von IDs, der vom Host in den Container abgebildet wird.</translation>
    </message>
    <message>
        <source>Maps size consecutive IDs starting at hostID on the host to IDs starting at containerID in the container.</source>
        <translation>Bildet size aufeinanderfolgende IDs ab hostID auf dem Host auf IDs ab containerID im Container ab.</translation>
    </message>
    <message>
        <source>Container ID</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <source>First ID of the range inside the container.</source>
        <translation>Erste ID des Bereichs im Container.</translation>
    </message>
    <message>
        <source>The ID that processes in the container see for the first host ID of the range; 0 makes the range start at root.</source>
        <translation>Die ID, die Prozesse im Container für die erste Host-ID des Bereichs sehen; bei 0 beginnt der Bereich bei root.</translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation>Host-ID</translation>
    </message>
    <message>
        <source>First ID of the range on the host.</source>
        <translation>Erste ID des Bereichs auf dem Host.</translation>
    </message>
    <message>
        <source>The real ID on the host that the start of the range stands for. For rootless containers it usually comes from /etc/subuid or /etc/subgid.</source>
        <translation>Die tatsächliche ID auf dem Host, für die der Anfang des Bereichs steht. Bei rootless Containern stammt sie meist aus /etc/subuid bzw. /etc/subgid.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Number of IDs in the range.</source>
        <translation>Anzahl der IDs im Bereich.</translation>
    </message>
    <message>
        <source>How many consecutive IDs the range covers; IDs outside every range show up as the overflow ID (nobody).</source>
        <translation>Wie viele aufeinanderfolgende IDs der Bereich umfasst; IDs außerhalb aller Bereiche erscheinen als Overflow-ID (nobody).</translation>
    </message>
    <message>
        <source>The program the container runs.</source>
        <translation>Das Programm, das der Container ausführt.</translation>
    </message>
    <message>
        <source>Describes the container&apos;s first process: command line, environment, user, privileges and limits. A runtime needs it to start the container.</source>
        <translation>Beschreibt den ersten Prozess des Containers: Befehlszeile, Umgebung, Benutzer, Rechte und Limits. Eine Runtime braucht diese Angabe, um den Container zu starten.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Give the process a pseudo-terminal.</source>
        <translation>Dem Prozess ein Pseudoterminal geben.</translation>
    </message>
    <message>
        <source>When true, the runtime creates a pseudo-terminal and connects the process&apos;s standard input and outputs to it, as needed for interactive shells.</source>
        <translation>Wenn true, legt die Runtime ein Pseudoterminal an und verbindet Standardeingabe und -ausgaben des Prozesses damit, wie es interaktive Shells brauchen.</translation>
    </message>
    <message>
        <source>Console size</source>
        <translation>Konsolengröße</translation>
    </message>
    <message>
        <source>Initial size of the terminal.</source>
        <translation>Anfangsgröße des Terminals.</translation>
    </message>
    <message>
        <source>Rows and columns of the pseudo-terminal. It only matters when terminal is true.</source>
        <translation>Zeilen und Spalten des Pseudoterminals. Nur relevant, wenn terminal true ist.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Terminal rows.</source>
        <translation>Zeilen des Terminals.</translation>
    </message>
    <message>
        <source>Number of text lines of the terminal.</source>
        <translation>Anzahl der Textzeilen des Terminals.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Terminal columns.</source>
        <translation>Spalten des Terminals.</translation>
    </message>
    <message>
        <source>Number of characters per line of the terminal.</source>
        <translation>Anzahl der Zeichen pro Zeile des Terminals.</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Absolute directory the process starts in.</source>
        <translation>Absolutes Verzeichnis, in dem der Prozess startet.</translation>
    </message>
    <message>
        <source>The current directory of the process when it starts, as an absolute path inside the container.</source>
        <translation>Das aktuelle Verzeichnis des Prozesses beim Start, als absoluter Pfad im Container.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Environment variables as KEY=VALUE.</source>
        <translation>Umgebungsvariablen als NAME=Wert.</translation>
    </message>
    <message>
        <source>The complete environment of the process; nothing is inherited from the runtime. Each entry has the form NAME=value, PATH usually among them.</source>
        <translation>Die vollständige Umgebung des Prozesses; von der Runtime wird nichts geerbt. Jeder Eintrag hat die Form NAME=Wert, meist ist PATH darunter.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>One NAME=value entry.</source>
        <translation>Ein Eintrag NAME=Wert.</translation>
    </message>
    <message>
        <source>A variable name, an equals sign and the value, e.g. TERM=xterm.</source>
        <translation>Ein Variablenname, ein Gleichheitszeichen und der Wert, z. B. TERM=xterm.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Program and its arguments.</source>
        <translation>Programm und seine Argumente.</translation>
    </message>
    <message>
        <source>The command line as a list: the first entry names the program (looked up in PATH like execvp does), the rest are its arguments. On Linux at least one entry is needed.</source>
        <translation>Die Befehlszeile als Liste: Der erste Eintrag nennt das Programm (wie bei execvp in PATH gesucht), die übrigen sind seine Argumente. Unter Linux ist mindestens ein Eintrag nötig.</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>One command-line argument.</source>
        <translation>Ein Befehlszeilenargument.</translation>
    </message>
    <message>
        <source>A single argument, passed as is without any shell interpretation.</source>
        <translation>Ein einzelnes Argument, das unverändert und ohne Shell-Auswertung übergeben wird.</translation>
    </message>
    <message>
        <source>Command line (Windows)</source>
        <translation>Befehlszeile (Windows)</translation>
    </message>
    <message>
        <source>Whole command line as one string, Windows only.</source>
        <translation>Gesamte Befehlszeile als eine Zeichenkette, nur Windows.</translation>
    </message>
    <message>
        <source>Windows runtimes prefer this single string over args. Linux runtimes ignore it.</source>
        <translation>Windows-Runtimes bevorzugen diese einzelne Zeichenkette gegenüber args. Linux-Runtimes ignorieren sie.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Identity the process runs as.</source>
        <translation>Identität, unter der der Prozess läuft.</translation>
    </message>
    <message>
        <source>Numeric user and group IDs, as seen inside the container, plus extra groups and the umask. Names are not resolved: the runtime does not read /etc/passwd.</source>
        <translation>Numerische Benutzer- und Gruppen-IDs aus Sicht des Containers sowie zusätzliche Gruppen und die umask. Namen werden nicht aufgelöst: Die Runtime liest /etc/passwd nicht.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Numeric user ID inside the container.</source>
        <translation>Numerische Benutzer-ID im Container.</translation>
    </message>
    <message>
        <source>The user the process runs as, counted in the container&apos;s user namespace; 0 is root there.</source>
        <translation>Der Benutzer, unter dem der Prozess läuft, gezählt im Benutzer-Namensraum des Containers; 0 ist dort root.</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Numeric primary group ID inside the container.</source>
        <translation>Numerische primäre Gruppen-ID im Container.</translation>
    </message>
    <message>
        <source>The primary group of the process, counted in the container&apos;s user namespace.</source>
        <translation>Die primäre Gruppe des Prozesses, gezählt im Benutzer-Namensraum des Containers.</translation>
    </message>
    <message>
        <source>Umask</source>
        <translation>Umask</translation>
    </message>
    <message>
        <source>File creation mask, in decimal.</source>
        <translation>Maske für neu angelegte Dateien, dezimal.</translation>
    </message>
    <message>
        <source>Permission bits removed from newly created files. JSON has no octal numbers, so 0022 is written as 18. Without it the runtime&apos;s own umask stays in effect.</source>
        <translation>Rechte-Bits, die neu angelegten Dateien entzogen werden. JSON kennt keine Oktalzahlen, daher wird 0022 als 18 geschrieben. Ohne Angabe bleibt die umask der Runtime wirksam.</translation>
    </message>
    <message>
        <source>Additional groups</source>
        <translation>Zusätzliche Gruppen</translation>
    </message>
    <message>
        <source>Supplementary group IDs.</source>
        <translation>IDs der Zusatzgruppen.</translation>
    </message>
    <message>
        <source>Further groups the process belongs to, for access to files owned by those groups.</source>
        <translation>Weitere Gruppen, denen der Prozess angehört, für den Zugriff auf Dateien dieser Gruppen.</translation>
    </message>
    <message>
        <source>One supplementary group ID.</source>
        <translation>Eine Zusatzgruppen-ID.</translation>
    </message>
    <message>
        <source>A numeric group ID inside the container.</source>
        <translation>Eine numerische Gruppen-ID im Container.</translation>
    </message>
    <message>
        <source>User name (Windows)</source>
        <translation>Benutzername (Windows)</translation>
    </message>
    <message>
        <source>Account name, Windows only.</source>
        <translation>Kontoname, nur Windows.</translation>
    </message>
    <message>
        <source>Windows runs the process as this account. Linux runtimes ignore it and use uid and gid.</source>
        <translation>Windows führt den Prozess unter diesem Konto aus. Linux-Runtimes ignorieren ihn und verwenden uid und gid.</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>Ressourcenlimits</translation>
    </message>
    <message>
        <source>setrlimit limits for the process.</source>
        <translation>setrlimit-Limits des Prozesses.</translation>
    </message>
    <message>
        <source>Per-process limits such as the number of open files, set with setrlimit before the program starts. Each type may appear only once.</source>
        <translation>Limits pro Prozess wie die Zahl offener Dateien, die vor dem Programmstart mit setrlimit gesetzt werden. Jeder Typ darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Resource limit</source>
        <translation>Ressourcenlimit</translation>
    </message>
    <message>
        <source>One limit with its soft and hard value.</source>
        <translation>Ein Limit mit Soft- und Hard-Wert.</translation>
    </message>
    <message>
        <source>The soft value is what is enforced; the process may raise it up to the hard value.</source>
        <translation>Durchgesetzt wird der Soft-Wert; der Prozess darf ihn bis zum Hard-Wert anheben.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Which resource to limit, e.g. RLIMIT_NOFILE.</source>
        <translation>Welche Ressource begrenzt wird, z. B. RLIMIT_NOFILE.</translation>
    </message>
    <message>
        <source>The resource, named as in getrlimit(2). A runtime refuses names the kernel does not know.</source>
        <translation>Die Ressource, benannt wie in getrlimit(2). Eine Runtime lehnt Namen ab, die der Kernel nicht kennt.</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Soft-Limit</translation>
    </message>
    <message>
        <source>The enforced limit.</source>
        <translation>Das durchgesetzte Limit.</translation>
    </message>
    <message>
        <source>The value the kernel enforces. It must not exceed the hard limit; 18446744073709551615 means unlimited.</source>
        <translation>Der Wert, den der Kernel durchsetzt. Er darf das Hard-Limit nicht überschreiten; 18446744073709551615 bedeutet unbegrenzt.</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Hard-Limit</translation>
    </message>
    <message>
        <source>Highest value the soft limit may be raised to.</source>
        <translation>Höchster Wert, auf den das Soft-Limit angehoben werden darf.</translation>
    </message>
    <message>
        <source>The highest value the process may raise its soft limit to; raising the hard limit itself needs CAP_SYS_RESOURCE. 18446744073709551615 means unlimited.</source>
        <translation>Der höchste Wert, auf den der Prozess sein Soft-Limit anheben darf; das Hard-Limit selbst anzuheben erfordert CAP_SYS_RESOURCE. 18446744073709551615 bedeutet unbegrenzt.</translation>
    </message>
    <message>
        <source>No new privileges</source>
        <translation>Keine neuen Rechte</translation>
    </message>
    <message>
        <source>Forbid gaining privileges through exec.</source>
        <translation>Rechteerweiterung durch exec verbieten.</translation>
    </message>
    <message>
        <source>Sets the no_new_privs bit: set-user-ID programs and file capabilities no longer raise privileges, so the process can never become more powerful than it starts.</source>
        <translation>Setzt das Bit no_new_privs: Set-User-ID-Programme und Datei-Capabilities erweitern keine Rechte mehr, sodass der Prozess nie mächtiger werden kann, als er startet.</translation>
    </message>
    <message>
        <source>AppArmor profile</source>
        <translation>AppArmor-Profil</translation>
    </message>
    <message>
        <source>AppArmor profile to confine the process.</source>
        <translation>AppArmor-Profil, das den Prozess einschränkt.</translation>
    </message>
    <message>
        <source>Name of an AppArmor profile loaded on the host; the process is confined by it. Leave it empty where AppArmor is not in use.</source>
        <translation>Name eines auf dem Host geladenen AppArmor-Profils, das den Prozess einschränkt. Lassen Sie das Feld leer, wo AppArmor nicht verwendet wird.</translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation>OOM-Score-Anpassung</translation>
    </message>
    <message>
        <source>Makes the process more or less likely to be killed on out-of-memory.</source>
        <translation>Macht es mehr oder weniger wahrscheinlich, dass der Prozess bei Speichermangel beendet wird.</translation>
    </message>
    <message>
        <source>Written to /proc/PID/oom_score_adj, from -1000 (never kill) to 1000 (kill first). When absent, the value is left as inherited.</source>
        <translation>Wird nach /proc/PID/oom_score_adj geschrieben, von -1000 (nie beenden) bis 1000 (zuerst beenden). Fehlt der Wert, bleibt der geerbte erhalten.</translation>
    </message>
    <message>
        <source>SELinux label</source>
        <translation>SELinux-Label</translation>
    </message>
    <message>
        <source>SELinux context of the process.</source>
        <translation>SELinux-Kontext des Prozesses.</translation>
    </message>
    <message>
        <source>The SELinux security context the process runs in, e.g. system_u:system_r:container_t:s0. Only used on hosts with SELinux enabled.</source>
        <translation>Der SELinux-Sicherheitskontext, in dem der Prozess läuft, z. B. system_u:system_r:container_t:s0. Wird nur auf Hosts mit aktiviertem SELinux verwendet.</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>Root privileges the process keeps.</source>
        <translation>Root-Rechte, die der Prozess behält.</translation>
    </message>
    <message>
        <source>Linux splits root&apos;s power into capabilities; these five sets say which of them the process keeps. Capabilities not listed are dropped, which is the main way to make a container root less powerful than host root.</source>
        <translation>Linux teilt die Macht von root in Capabilities auf; diese fünf Mengen legen fest, welche davon der Prozess behält. Nicht aufgeführte Capabilities werden entzogen – das ist der wichtigste Weg, root im Container weniger mächtig zu machen als root auf dem Host.</translation>
    </message>
    <message>
        <source>Bounding set</source>
        <translation>Bounding-Menge</translation>
    </message>
    <message>
        <source>Upper limit of capabilities ever obtainable.</source>
        <translation>Obergrenze der überhaupt erreichbaren Capabilities.</translation>
    </message>
    <message>
        <source>No capability outside this set can be gained again, not even by executing a privileged program.</source>
        <translation>Keine Capability außerhalb dieser Menge kann wiedererlangt werden, auch nicht durch Ausführen eines privilegierten Programms.</translation>
    </message>
    <message>
        <source>Effective set</source>
        <translation>Effective-Menge</translation>
    </message>
    <message>
        <source>Capabilities checked by the kernel right now.</source>
        <translation>Capabilities, die der Kernel gerade prüft.</translation>
    </message>
    <message>
        <source>The capabilities the kernel actually checks when the process acts. Each of them must also be in the permitted set, otherwise the kernel refuses the whole configuration.</source>
        <translation>Die Capabilities, die der Kernel tatsächlich prüft, wenn der Prozess handelt. Jede davon muss auch in der Permitted-Menge stehen, sonst lehnt der Kernel die ganze Konfiguration ab.</translation>
    </message>
    <message>
        <source>Inheritable set</source>
        <translation>Inheritable-Menge</translation>
    </message>
    <message>
        <source>Capabilities that can pass through exec.</source>
        <translation>Capabilities, die über exec hinweg erhalten bleiben können.</translation>
    </message>
    <message>
        <source>Capabilities preserved across execve for programs whose file capabilities allow them; also a precondition for ambient capabilities.</source>
        <translation>Capabilities, die bei execve für Programme erhalten bleiben, deren Datei-Capabilities das zulassen; außerdem Voraussetzung für Ambient-Capabilities.</translation>
    </message>
    <message>
        <source>Permitted set</source>
        <translation>Permitted-Menge</translation>
    </message>
    <message>
        <source>Capabilities the process may switch on.</source>
        <translation>Capabilities, die der Prozess einschalten darf.</translation>
    </message>
    <message>
        <source>The pool from which the effective set is drawn. A capability missing here is gone for good for this process.</source>
        <translation>Der Vorrat, aus dem die Effective-Menge gebildet wird. Eine hier fehlende Capability ist für diesen Prozess endgültig verloren.</translation>
    </message>
    <message>
        <source>Ambient set</source>
        <translation>Ambient-Menge</translation>
    </message>
    <message>
        <source>Capabilities kept across exec of ordinary programs.</source>
        <translation>Capabilities, die bei exec gewöhnlicher Programme erhalten bleiben.</translation>
    </message>
    <message>
        <source>Capabilities a non-root process keeps after executing a program without file capabilities. The kernel only accepts those that are both permitted and inheritable and drops the others.</source>
        <translation>Capabilities, die ein Prozess ohne Root-Rechte behält, wenn er ein Programm ohne Datei-Capabilities ausführt. Der Kernel akzeptiert nur solche, die sowohl permitted als auch inheritable sind, und verwirft die übrigen.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capability</translation>
    </message>
    <message>
        <source>One capability name, e.g. CAP_NET_BIND_SERVICE.</source>
        <translation>Ein Capability-Name, z. B. CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>A capability as named in capabilities(7), with the CAP_ prefix.</source>
        <translation>Eine Capability, benannt wie in capabilities(7), mit dem Präfix CAP_.</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>CPU scheduling policy of the process.</source>
        <translation>CPU-Scheduling-Richtlinie des Prozesses.</translation>
    </message>
    <message>
        <source>Applied with sched_setattr before the program starts: the policy plus the parameters it uses (nice value, real-time priority, deadline times).</source>
        <translation>Wird vor dem Programmstart mit sched_setattr gesetzt: die Richtlinie samt den Parametern, die sie verwendet (Nice-Wert, Echtzeitpriorität, Deadline-Zeiten).</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Scheduling policy, e.g. SCHED_OTHER or SCHED_FIFO.</source>
        <translation>Scheduling-Richtlinie, z. B. SCHED_OTHER oder SCHED_FIFO.</translation>
    </message>
    <message>
        <source>SCHED_OTHER is normal time sharing; SCHED_FIFO and SCHED_RR are real-time; SCHED_BATCH and SCHED_IDLE are for background work; SCHED_DEADLINE runs by runtime, deadline and period.</source>
        <translation>SCHED_OTHER ist normales Time-Sharing; SCHED_FIFO und SCHED_RR sind Echtzeitrichtlinien; SCHED_BATCH und SCHED_IDLE sind für Hintergrundarbeit; SCHED_DEADLINE plant nach Laufzeit, Deadline und Periode.</translation>
    </message>
    <message>
        <source>Nice value</source>
        <translation>Nice-Wert</translation>
    </message>
    <message>
        <source>Niceness for the normal policies; lower runs sooner.</source>
        <translation>Nice-Wert für die normalen Richtlinien; niedrigere Werte werden bevorzugt.</translation>
    </message>
    <message>
        <source>From -20 (most favoured) to 19 (least favoured); used by SCHED_OTHER and SCHED_BATCH.</source>
        <translation>Von -20 (am stärksten bevorzugt) bis 19 (am wenigsten bevorzugt); wird von SCHED_OTHER und SCHED_BATCH verwendet.</translation>
    </message>
    <message>
        <source>Static priority</source>
        <translation>Statische Priorität</translation>
    </message>
    <message>
        <source>Real-time priority for SCHED_FIFO and SCHED_RR.</source>
        <translation>Echtzeitpriorität für SCHED_FIFO und SCHED_RR.</translation>
    </message>
    <message>
        <source>1 to 99 for the real-time policies, higher wins; the other policies need 0.</source>
        <translation>1 bis 99 für die Echtzeitrichtlinien, der höhere Wert gewinnt; die anderen Richtlinien verlangen 0.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Extra sched_setattr flags.</source>
        <translation>Zusätzliche Flags für sched_setattr.</translation>
    </message>
    <message>
        <source>Modifiers of the policy, such as resetting it in child processes (SCHED_FLAG_RESET_ON_FORK).</source>
        <translation>Modifikatoren der Richtlinie, etwa das Zurücksetzen in Kindprozessen (SCHED_FLAG_RESET_ON_FORK).</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>One scheduler flag.</source>
        <translation>Ein Scheduler-Flag.</translation>
    </message>
    <message>
        <source>A SCHED_FLAG_* constant from sched_setattr(2).</source>
        <translation>Eine SCHED_FLAG_*-Konstante aus sched_setattr(2).</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>CPU time per period for SCHED_DEADLINE.</source>
        <translation>CPU-Zeit pro Periode für SCHED_DEADLINE.</translation>
    </message>
    <message>
        <source>How much CPU time the process gets in each period under the deadline policy.</source>
        <translation>Wie viel CPU-Zeit der Prozess unter der Deadline-Richtlinie in jeder Periode erhält.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Time by which the runtime must be delivered.</source>
        <translation>Zeitpunkt, bis zu dem die Laufzeit gewährt sein muss.</translation>
    </message>
    <message>
        <source>Measured from the start of each period; it must lie between runtime and period.</source>
        <translation>Gemessen ab dem Beginn jeder Periode; muss zwischen Laufzeit und Periode liegen.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Length of one deadline period.</source>
        <translation>Länge einer Deadline-Periode.</translation>
    </message>
    <message>
        <source>The interval in which the deadline scheduler hands out the runtime again.</source>
        <translation>Das Intervall, in dem der Deadline-Scheduler die Laufzeit erneut zuteilt.</translation>
    </message>
    <message>
        <source>I/O priority</source>
        <translation>I/O-Priorität</translation>
    </message>
    <message>
        <source>Disk scheduling class and level.</source>
        <translation>Scheduling-Klasse und -Stufe für Datenträgerzugriffe.</translation>
    </message>
    <message>
        <source>Set with ioprio_set for the container&apos;s processes; it decides how the I/O scheduler ranks their disk requests.</source>
        <translation>Wird mit ioprio_set für die Prozesse des Containers gesetzt; bestimmt, wie der I/O-Scheduler ihre Datenträgeranfragen einreiht.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Real-time, best-effort or idle.</source>
        <translation>Echtzeit, Best Effort oder Leerlauf.</translation>
    </message>
    <message>
        <source>IOPRIO_CLASS_RT always goes first, IOPRIO_CLASS_BE is the normal class, IOPRIO_CLASS_IDLE only gets the disk when nobody else wants it.</source>
        <translation>IOPRIO_CLASS_RT kommt immer zuerst, IOPRIO_CLASS_BE ist die normale Klasse, IOPRIO_CLASS_IDLE bekommt den Datenträger nur, wenn niemand sonst ihn will.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Level within the class, 0 (highest) to 7.</source>
        <translation>Stufe innerhalb der Klasse, 0 (höchste) bis 7.</translation>
    </message>
    <message>
        <source>Orders processes within the same class; 0 is served first, 7 last.</source>
        <translation>Ordnet Prozesse derselben Klasse; 0 wird zuerst bedient, 7 zuletzt.</translation>
    </message>
    <message>
        <source>Exec CPU affinity</source>
        <translation>CPU-Affinität für exec</translation>
    </message>
    <message>
        <source>CPUs used while executing extra processes.</source>
        <translation>CPUs für zusätzlich ausgeführte Prozesse.</translation>
    </message>
    <message>
        <source>Pins processes started with exec into a running container to certain CPUs, before and after they join its cgroup. The container&apos;s first process is not affected.</source>
        <translation>Bindet Prozesse, die per exec in einem laufenden Container gestartet werden, an bestimmte CPUs, bevor und nachdem sie seiner Cgroup beitreten. Der erste Prozess des Containers ist nicht betroffen.</translation>
    </message>
    <message>
        <source>Initial CPUs</source>
        <translation>Anfängliche CPUs</translation>
    </message>
    <message>
        <source>CPUs before joining the container&apos;s cgroup, e.g. 0-3,7.</source>
        <translation>CPUs vor dem Beitritt zur Cgroup des Containers, z. B. 0-3,7.</translation>
    </message>
    <message>
        <source>The CPU list the runtime&apos;s helper runs on until the process is moved into the container&apos;s cgroup.</source>
        <translation>Die CPU-Liste, auf der der Hilfsprozess der Runtime läuft, bis der Prozess in die Cgroup des Containers verschoben wird.</translation>
    </message>
    <message>
        <source>Final CPUs</source>
        <translation>Endgültige CPUs</translation>
    </message>
    <message>
        <source>CPUs after joining the container&apos;s cgroup.</source>
        <translation>CPUs nach dem Beitritt zur Cgroup des Containers.</translation>
    </message>
    <message>
        <source>The CPU list applied once the process is in the cgroup. Empty or absent leaves the choice to the kernel and the cgroup&apos;s cpuset.</source>
        <translation>Die CPU-Liste, die gilt, sobald der Prozess in der Cgroup ist. Leer oder fehlend überlässt die Wahl dem Kernel und dem cpuset der Cgroup.</translation>
    </message>
    <message>
        <source>Programs run at points of the container&apos;s lifecycle.</source>
        <translation>Programme, die an bestimmten Punkten im Lebenszyklus des Containers laufen.</translation>
    </message>
    <message>
        <source>Host programs the runtime calls while creating, starting and removing the container, for example to set up networking. Each receives the container state as JSON on its standard input.</source>
        <translation>Host-Programme, die die Runtime beim Erstellen, Starten und Entfernen des Containers aufruft, etwa um das Netzwerk einzurichten. Jedes erhält den Containerzustand als JSON auf seiner Standardeingabe.</translation>
    </message>
    <message>
        <source>Prestart hooks</source>
        <translation>Prestart-Hooks</translation>
    </message>
    <message>
        <source>Deprecated: run after the environment is created, before pivot_root.</source>
        <translation>Veraltet: laufen, nachdem die Umgebung erstellt wurde, vor pivot_root.</translation>
    </message>
    <message>
        <source>The oldest hook kind, run in the runtime&apos;s namespaces once the container&apos;s namespaces exist. It is deprecated: use createRuntime hooks instead.</source>
        <translation>Die älteste Hook-Art, ausgeführt in den Namensräumen der Runtime, sobald die Namensräume des Containers existieren. Sie ist veraltet: Verwenden Sie stattdessen createRuntime-Hooks.</translation>
    </message>
    <message>
        <source>createRuntime hooks</source>
        <translation>createRuntime-Hooks</translation>
    </message>
    <message>
        <source>Run in the runtime&apos;s namespaces during create.</source>
        <translation>Laufen während create in den Namensräumen der Runtime.</translation>
    </message>
    <message>
        <source>Called during create, after the namespaces exist but before the root filesystem is switched, in the runtime&apos;s own namespaces: the place to configure networking from the host.</source>
        <translation>Werden während create aufgerufen, nachdem die Namensräume existieren, aber bevor das Root-Dateisystem gewechselt wird, in den eigenen Namensräumen der Runtime: die richtige Stelle, um das Netzwerk vom Host aus zu konfigurieren.</translation>
    </message>
    <message>
        <source>createContainer hooks</source>
        <translation>createContainer-Hooks</translation>
    </message>
    <message>
        <source>Run in the container&apos;s namespaces during create.</source>
        <translation>Laufen während create in den Namensräumen des Containers.</translation>
    </message>
    <message>
        <source>Called during create inside the container&apos;s mount namespace, before pivot_root, so they can still prepare mounts.</source>
        <translation>Werden während create im Mount-Namensraum des Containers vor pivot_root aufgerufen und können daher noch Mounts vorbereiten.</translation>
    </message>
    <message>
        <source>startContainer hooks</source>
        <translation>startContainer-Hooks</translation>
    </message>
    <message>
        <source>Run inside the container just before the program starts.</source>
        <translation>Laufen im Container direkt vor dem Programmstart.</translation>
    </message>
    <message>
        <source>Called during start in the container, right before the user program is executed; the path is resolved in the container.</source>
        <translation>Werden während start im Container aufgerufen, unmittelbar bevor das Benutzerprogramm ausgeführt wird; der Pfad wird im Container aufgelöst.</translation>
    </message>
    <message>
        <source>Poststart hooks</source>
        <translation>Poststart-Hooks</translation>
    </message>
    <message>
        <source>Run on the host after the program has started.</source>
        <translation>Laufen auf dem Host, nachdem das Programm gestartet ist.</translation>
    </message>
    <message>
        <source>Called in the runtime&apos;s namespaces after the user program is running, e.g. to notify a supervisor.</source>
        <translation>Werden in den Namensräumen der Runtime aufgerufen, wenn das Benutzerprogramm läuft, z. B. um einen Supervisor zu benachrichtigen.</translation>
    </message>
    <message>
        <source>Poststop hooks</source>
        <translation>Poststop-Hooks</translation>
    </message>
    <message>
        <source>Run on the host after the container is deleted.</source>
        <translation>Laufen auf dem Host, nachdem der Container gelöscht wurde.</translation>
    </message>
    <message>
        <source>Called in the runtime&apos;s namespaces once the container has been deleted, to clean up what the other hooks set up. Their failure is only logged.</source>
        <translation>Werden in den Namensräumen der Runtime aufgerufen, sobald der Container gelöscht ist, um aufzuräumen, was die anderen Hooks eingerichtet haben. Schlagen sie fehl, wird das nur protokolliert.</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>One program to call.</source>
        <translation>Ein aufzurufendes Programm.</translation>
    </message>
    <message>
        <source>A host program with its arguments, environment and an optional time limit. Hooks of one kind run in list order.</source>
        <translation>Ein Host-Programm mit Argumenten, Umgebung und optionalem Zeitlimit. Hooks einer Art laufen in der Reihenfolge der Liste.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Absolute path of the hook program.</source>
        <translation>Absoluter Pfad des Hook-Programms.</translation>
    </message>
    <message>
        <source>The executable to run. It must be absolute; no PATH search takes place.</source>
        <translation>Die auszuführende Datei. Der Pfad muss absolut sein; es findet keine Suche in PATH statt.</translation>
    </message>
    <message>
        <source>Argument vector, including the program name.</source>
        <translation>Argumentvektor einschließlich des Programmnamens.</translation>
    </message>
    <message>
        <source>Passed as argv, so the first entry is what the program sees as its own name.</source>
        <translation>Wird als argv übergeben; der erste Eintrag ist also das, was das Programm als seinen eigenen Namen sieht.</translation>
    </message>
    <message>
        <source>One argument.</source>
        <translation>Ein Argument.</translation>
    </message>
    <message>
        <source>A single argument, passed without shell interpretation.</source>
        <translation>Ein einzelnes Argument, das ohne Shell-Auswertung übergeben wird.</translation>
    </message>
    <message>
        <source>Environment of the hook as NAME=value.</source>
        <translation>Umgebung des Hooks als NAME=Wert.</translation>
    </message>
    <message>
        <source>The hook&apos;s complete environment, in the same form as the process environment.</source>
        <translation>Die vollständige Umgebung des Hooks, in derselben Form wie die Prozessumgebung.</translation>
    </message>
    <message>
        <source>A variable name, an equals sign and the value.</source>
        <translation>Ein Variablenname, ein Gleichheitszeichen und der Wert.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Seconds before the hook is aborted.</source>
        <translation>Sekunden, bis der Hook abgebrochen wird.</translation>
    </message>
    <message>
        <source>If the hook runs longer, the runtime stops it and treats it as failed. Must be at least 1.</source>
        <translation>Läuft der Hook länger, stoppt die Runtime ihn und wertet ihn als fehlgeschlagen. Muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Settings that only exist on Linux.</source>
        <translation>Einstellungen, die es nur unter Linux gibt.</translation>
    </message>
    <message>
        <source>Namespaces, ID mappings, devices, cgroup limits, seccomp and the other kernel features that isolate a Linux container.</source>
        <translation>Namensräume, ID-Zuordnungen, Geräte, Cgroup-Limits, Seccomp und die anderen Kernel-Funktionen, die einen Linux-Container isolieren.</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <source>Kernel namespaces the container gets or joins.</source>
        <translation>Kernel-Namensräume, die der Container erhält oder denen er beitritt.</translation>
    </message>
    <message>
        <source>Each listed type gives the container its own view of that resource (processes, network, mounts, ...), either new or an existing one given by path. Types not listed are shared with the host.</source>
        <translation>Jeder aufgeführte Typ gibt dem Container eine eigene Sicht auf diese Ressource (Prozesse, Netzwerk, Mounts, …), entweder neu oder als bestehender Namensraum, der per Pfad angegeben ist. Nicht aufgeführte Typen teilt der Container mit dem Host.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>One namespace.</source>
        <translation>Ein Namensraum.</translation>
    </message>
    <message>
        <source>A namespace type, and optionally the path of an existing namespace to join instead of creating one.</source>
        <translation>Ein Namensraumtyp und optional der Pfad eines bestehenden Namensraums, dem beigetreten wird, statt einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>Which namespace: pid, network, mount, ipc, uts, user, cgroup or time.</source>
        <translation>Welcher Namensraum: pid, network, mount, ipc, uts, user, cgroup oder time.</translation>
    </message>
    <message>
        <source>pid isolates process IDs, network the network stack, mount the mount table, ipc System V IPC and message queues, uts the host name, user the user and group IDs, cgroup the cgroup view and time the boot and monotonic clocks. Each type may appear once.</source>
        <translation>pid isoliert Prozess-IDs, network den Netzwerkstack, mount die Mount-Tabelle, ipc System-V-IPC und Nachrichtenwarteschlangen, uts den Hostnamen, user die Benutzer- und Gruppen-IDs, cgroup die Sicht auf die Cgroups und time die Boot- und monotone Uhr. Jeder Typ darf einmal vorkommen.</translation>
    </message>
    <message>
        <source>Existing namespace to join, e.g. /proc/1234/ns/net.</source>
        <translation>Bestehender Namensraum zum Beitreten, z. B. /proc/1234/ns/net.</translation>
    </message>
    <message>
        <source>An absolute path to a namespace file on the host. When set, the container joins that namespace instead of getting a new one; it must be of the same type.</source>
        <translation>Ein absoluter Pfad zu einer Namensraumdatei auf dem Host. Ist er gesetzt, tritt der Container diesem Namensraum bei, statt einen neuen zu erhalten; der Namensraum muss vom selben Typ sein.</translation>
    </message>
    <message>
        <source>UID mappings</source>
        <translation>UID-Zuordnungen</translation>
    </message>
    <message>
        <source>How container user IDs map to host user IDs.</source>
        <translation>Wie Benutzer-IDs im Container auf Benutzer-IDs des Hosts abgebildet werden.</translation>
    </message>
    <message>
        <source>Ranges written to the user namespace&apos;s uid_map: root in the container can be an unprivileged user on the host. Needs a user namespace.</source>
        <translation>Bereiche, die in die uid_map des Benutzer-Namensraums geschrieben werden: root im Container kann so ein unprivilegierter Benutzer auf dem Host sein. Erfordert einen Benutzer-Namensraum.</translation>
    </message>
    <message>
        <source>GID mappings</source>
        <translation>GID-Zuordnungen</translation>
    </message>
    <message>
        <source>How container group IDs map to host group IDs.</source>
        <translation>Wie Gruppen-IDs im Container auf Gruppen-IDs des Hosts abgebildet werden.</translation>
    </message>
    <message>
        <source>The group counterpart of uidMappings, written to gid_map. Needs a user namespace.</source>
        <translation>Das Gegenstück zu uidMappings für Gruppen, geschrieben in gid_map. Erfordert einen Benutzer-Namensraum.</translation>
    </message>
    <message>
        <source>Time offsets</source>
        <translation>Zeit-Offsets</translation>
    </message>
    <message>
        <source>Shift of the container&apos;s boot and monotonic clocks.</source>
        <translation>Verschiebung der Boot- und monotonen Uhr des Containers.</translation>
    </message>
    <message>
        <source>Lets the container see different CLOCK_BOOTTIME and CLOCK_MONOTONIC values than the host, e.g. after migration. Needs a time namespace.</source>
        <translation>Lässt den Container andere Werte für CLOCK_BOOTTIME und CLOCK_MONOTONIC sehen als den Host, z. B. nach einer Migration. Erfordert einen Zeit-Namensraum.</translation>
    </message>
    <message>
        <source>Boot time offset</source>
        <translation>Offset der Boot-Zeit</translation>
    </message>
    <message>
        <source>Offset of CLOCK_BOOTTIME.</source>
        <translation>Offset von CLOCK_BOOTTIME.</translation>
    </message>
    <message>
        <source>Monotonic offset</source>
        <translation>Monotoner Offset</translation>
    </message>
    <message>
        <source>Offset of CLOCK_MONOTONIC.</source>
        <translation>Offset von CLOCK_MONOTONIC.</translation>
    </message>
    <message>
        <source>The clock inside the container runs this far ahead of (or behind) the host&apos;s, in seconds plus nanoseconds.</source>
        <translation>Um so viel geht die Uhr im Container gegenüber der des Hosts vor (oder nach), in Sekunden plus Nanosekunden.</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Whole seconds of the offset.</source>
        <translation>Ganze Sekunden des Offsets.</translation>
    </message>
    <message>
        <source>Whole seconds added to the clock; may be negative.</source>
        <translation>Ganze Sekunden, die zur Uhr addiert werden; dürfen negativ sein.</translation>
    </message>
    <message>
        <source>Nanoseconds</source>
        <translation>Nanosekunden</translation>
    </message>
    <message>
        <source>Fraction of the offset.</source>
        <translation>Bruchteil des Offsets.</translation>
    </message>
    <message>
        <source>Additional nanoseconds, below one second.</source>
        <translation>Zusätzliche Nanosekunden, weniger als eine Sekunde.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device nodes created in the container.</source>
        <translation>Im Container angelegte Gerätedateien.</translation>
    </message>
    <message>
        <source>Extra device files the runtime creates (or bind-mounts) in the container&apos;s /dev. The basic ones such as /dev/null and /dev/tty are always provided.</source>
        <translation>Zusätzliche Gerätedateien, die die Runtime im /dev des Containers anlegt (oder per Bind-Mount einhängt). Die grundlegenden wie /dev/null und /dev/tty sind immer vorhanden.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>One device node.</source>
        <translation>Eine Gerätedatei.</translation>
    </message>
    <message>
        <source>Type, device numbers, path, mode and owner of a device file.</source>
        <translation>Typ, Gerätenummern, Pfad, Modus und Eigentümer einer Gerätedatei.</translation>
    </message>
    <message>
        <source>c (character), b (block), u (unbuffered) or p (FIFO).</source>
        <translation>c (zeichenorientiert), b (blockorientiert), u (ungepuffert) oder p (FIFO).</translation>
    </message>
    <message>
        <source>The kind of node as mknod knows it: c and u are character devices, b block devices, p a named pipe, which has no device numbers.</source>
        <translation>Die Art der Gerätedatei, wie mknod sie kennt: c und u sind zeichenorientierte Geräte, b Blockgeräte, p eine Named Pipe, die keine Gerätenummern hat.</translation>
    </message>
    <message>
        <source>Full path of the node inside the container.</source>
        <translation>Vollständiger Pfad der Gerätedatei im Container.</translation>
    </message>
    <message>
        <source>Where the device file appears, e.g. /dev/fuse. An existing different file at that place is an error.</source>
        <translation>Wo die Gerätedatei erscheint, z. B. /dev/fuse. Liegt dort bereits eine andere Datei, ist das ein Fehler.</translation>
    </message>
    <message>
        <source>Major number</source>
        <translation>Major-Nummer</translation>
    </message>
    <message>
        <source>Driver number of the device.</source>
        <translation>Treibernummer des Geräts.</translation>
    </message>
    <message>
        <source>Selects the driver, as listed in /proc/devices. Required for all types except p.</source>
        <translation>Wählt den Treiber, wie in /proc/devices aufgeführt. Für alle Typen außer p erforderlich.</translation>
    </message>
    <message>
        <source>Minor number</source>
        <translation>Minor-Nummer</translation>
    </message>
    <message>
        <source>Unit number within the driver.</source>
        <translation>Gerätenummer innerhalb des Treibers.</translation>
    </message>
    <message>
        <source>Selects the individual device of the driver. Required for all types except p.</source>
        <translation>Wählt das einzelne Gerät des Treibers. Für alle Typen außer p erforderlich.</translation>
    </message>
    <message>
        <source>File mode</source>
        <translation>Dateimodus</translation>
    </message>
    <message>
        <source>Permission bits, in decimal (438 = 0666).</source>
        <translation>Rechte-Bits, dezimal (438 = 0666).</translation>
    </message>
    <message>
        <source>Access permissions of the node. JSON has no octal notation, so the familiar 0666 is written 438.</source>
        <translation>Zugriffsrechte der Gerätedatei. JSON kennt keine Oktalschreibweise, daher wird das vertraute 0666 als 438 geschrieben.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Owning user ID inside the container.</source>
        <translation>Benutzer-ID des Eigentümers im Container.</translation>
    </message>
    <message>
        <source>The user that owns the node, as seen in the container.</source>
        <translation>Der Benutzer, dem die Gerätedatei gehört, aus Sicht des Containers.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Owning group ID inside the container.</source>
        <translation>Gruppen-ID der Eigentümergruppe im Container.</translation>
    </message>
    <message>
        <source>The group that owns the node, as seen in the container.</source>
        <translation>Die Gruppe, der die Gerätedatei gehört, aus Sicht des Containers.</translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation>Netzwerkgeräte</translation>
    </message>
    <message>
        <source>Host network interfaces moved into the container.</source>
        <translation>Netzwerkschnittstellen des Hosts, die in den Container verschoben werden.</translation>
    </message>
    <message>
        <source>Keys are interface names on the host; each interface is moved into the container&apos;s network namespace and brought up. It returns to the host when the namespace goes away.</source>
        <translation>Die Schlüssel sind Schnittstellennamen auf dem Host; jede Schnittstelle wird in den Netzwerk-Namensraum des Containers verschoben und aktiviert. Sie kehrt zum Host zurück, wenn der Namensraum verschwindet.</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>Netzwerkgerät</translation>
    </message>
    <message>
        <source>One interface to move.</source>
        <translation>Eine zu verschiebende Schnittstelle.</translation>
    </message>
    <message>
        <source>The interface named by the key, with an optional new name inside the container.</source>
        <translation>Die durch den Schlüssel benannte Schnittstelle, mit optionalem neuem Namen im Container.</translation>
    </message>
    <message>
        <source>Name in container</source>
        <translation>Name im Container</translation>
    </message>
    <message>
        <source>Interface name inside the container.</source>
        <translation>Name der Schnittstelle im Container.</translation>
    </message>
    <message>
        <source>Renames the interface on the way in; without it the host name is kept.</source>
        <translation>Benennt die Schnittstelle beim Verschieben um; ohne Angabe bleibt der Name vom Host erhalten.</translation>
    </message>
    <message>
        <source>Cgroups path</source>
        <translation>Cgroup-Pfad</translation>
    </message>
    <message>
        <source>Where the container&apos;s cgroup is placed.</source>
        <translation>Wo die Cgroup des Containers angelegt wird.</translation>
    </message>
    <message>
        <source>An absolute path is taken from the root of the cgroup hierarchy, a relative one from the runtime&apos;s own cgroup. With systemd cgroups it has the form slice:prefix:name.</source>
        <translation>Ein absoluter Pfad gilt ab der Wurzel der Cgroup-Hierarchie, ein relativer ab der eigenen Cgroup der Runtime. Mit systemd-Cgroups hat er die Form slice:prefix:name.</translation>
    </message>
    <message>
        <source>Sysctl</source>
        <translation>Sysctl</translation>
    </message>
    <message>
        <source>Kernel parameters set for the container.</source>
        <translation>Für den Container gesetzte Kernel-Parameter.</translation>
    </message>
    <message>
        <source>Values written under /proc/sys when the container starts, e.g. net.ipv4.ip_forward. Only parameters that belong to one of the container&apos;s own namespaces can be set safely.</source>
        <translation>Werte, die beim Start des Containers unter /proc/sys geschrieben werden, z. B. net.ipv4.ip_forward. Gefahrlos setzen lassen sich nur Parameter, die zu einem der eigenen Namensräume des Containers gehören.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value of one kernel parameter.</source>
        <translation>Wert eines Kernel-Parameters.</translation>
    </message>
    <message>
        <source>The key is the dotted parameter name, the value the text to write, always as a string.</source>
        <translation>Der Schlüssel ist der Parametername mit Punkten, der Wert der zu schreibende Text, immer als Zeichenkette.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Cgroup limits for the container.</source>
        <translation>Cgroup-Limits für den Container.</translation>
    </message>
    <message>
        <source>Limits and weights the runtime writes to the container&apos;s cgroup: memory, CPU, block I/O, process count, devices and more.</source>
        <translation>Limits und Gewichtungen, die die Runtime in die Cgroup des Containers schreibt: Speicher, CPU, Block-I/O, Prozessanzahl, Geräte und mehr.</translation>
    </message>
    <message>
        <source>Device access rules</source>
        <translation>Regeln für den Gerätezugriff</translation>
    </message>
    <message>
        <source>Which device nodes the container may use.</source>
        <translation>Welche Gerätedateien der Container verwenden darf.</translation>
    </message>
    <message>
        <source>An ordered list of allow and deny rules for the device cgroup; the last matching rule wins. Runtimes usually start with deny-all and allow the standard devices.</source>
        <translation>Eine geordnete Liste von Erlauben- und Verweigern-Regeln für die Geräte-Cgroup; die letzte passende Regel gewinnt. Runtimes beginnen meist damit, alles zu verweigern, und erlauben dann die Standardgeräte.</translation>
    </message>
    <message>
        <source>Device rule</source>
        <translation>Geräteregel</translation>
    </message>
    <message>
        <source>Allow or deny some devices.</source>
        <translation>Bestimmte Geräte erlauben oder verweigern.</translation>
    </message>
    <message>
        <source>Matches devices by type and numbers and grants or refuses the listed kinds of access.</source>
        <translation>Erfasst Geräte nach Typ und Nummern und gewährt oder verweigert die aufgeführten Zugriffsarten.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>true to allow, false to deny.</source>
        <translation>true zum Erlauben, false zum Verweigern.</translation>
    </message>
    <message>
        <source>Whether matching devices become accessible or inaccessible.</source>
        <translation>Ob passende Geräte zugänglich oder unzugänglich werden.</translation>
    </message>
    <message>
        <source>a (all), c (character) or b (block).</source>
        <translation>a (alle), c (zeichenorientiert) oder b (blockorientiert).</translation>
    </message>
    <message>
        <source>Restricts the rule to character or block devices; a or absent matches both.</source>
        <translation>Beschränkt die Regel auf zeichen- oder blockorientierte Geräte; a oder keine Angabe erfasst beide.</translation>
    </message>
    <message>
        <source>Driver number; absent matches all.</source>
        <translation>Treibernummer; ohne Angabe werden alle erfasst.</translation>
    </message>
    <message>
        <source>Restricts the rule to one driver; leave it out to match every major number.</source>
        <translation>Beschränkt die Regel auf einen Treiber; lassen Sie sie weg, um jede Major-Nummer zu erfassen.</translation>
    </message>
    <message>
        <source>Unit number; absent matches all.</source>
        <translation>Gerätenummer; ohne Angabe werden alle erfasst.</translation>
    </message>
    <message>
        <source>Restricts the rule to one device of the driver; leave it out to match all of them.</source>
        <translation>Beschränkt die Regel auf ein Gerät des Treibers; lassen Sie sie weg, um alle zu erfassen.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Letters r (read), w (write), m (mknod).</source>
        <translation>Buchstaben r (lesen), w (schreiben), m (mknod).</translation>
    </message>
    <message>
        <source>Any combination of r, w and m; the rule applies to those operations only.</source>
        <translation>Eine beliebige Kombination aus r, w und m; die Regel gilt nur für diese Operationen.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Memory cgroup limits.</source>
        <translation>Limits der Speicher-Cgroup.</translation>
    </message>
    <message>
        <source>Caps on RAM and swap use of all processes in the container together, and how the kernel reacts when they are reached.</source>
        <translation>Obergrenzen für die RAM- und Swap-Nutzung aller Prozesse des Containers zusammen und wie der Kernel reagiert, wenn sie erreicht werden.</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Hard memory limit; -1 for unlimited.</source>
        <translation>Hartes Speicherlimit; -1 für unbegrenzt.</translation>
    </message>
    <message>
        <source>The most memory the container may use; beyond it the kernel reclaims or kills. -1 removes the limit.</source>
        <translation>Die Höchstmenge an Speicher, die der Container nutzen darf; darüber hinaus gibt der Kernel Speicher frei oder beendet Prozesse. -1 hebt das Limit auf.</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Soft limit, enforced under memory pressure.</source>
        <translation>Soft-Limit, das bei Speicherknappheit durchgesetzt wird.</translation>
    </message>
    <message>
        <source>When the host runs short of memory, the kernel pushes the container back towards this amount. It makes sense only below the limit.</source>
        <translation>Wird der Speicher auf dem Host knapp, drängt der Kernel den Container auf diese Menge zurück. Sinnvoll nur unterhalb des Limits.</translation>
    </message>
    <message>
        <source>Memory plus swap</source>
        <translation>Speicher plus Swap</translation>
    </message>
    <message>
        <source>Limit of memory and swap together; -1 for unlimited.</source>
        <translation>Limit für Speicher und Swap zusammen; -1 für unbegrenzt.</translation>
    </message>
    <message>
        <source>Counts RAM and swap together, so it must be at least the memory limit; equal values forbid swapping. -1 removes the limit.</source>
        <translation>Zählt RAM und Swap zusammen, muss daher mindestens so groß sein wie das Speicherlimit; gleiche Werte verbieten das Auslagern. -1 hebt das Limit auf.</translation>
    </message>
    <message>
        <source>Kernel memory</source>
        <translation>Kernel-Speicher</translation>
    </message>
    <message>
        <source>Deprecated: limit of kernel memory.</source>
        <translation>Veraltet: Limit für Kernel-Speicher.</translation>
    </message>
    <message>
        <source>A cgroup v1 limit on memory the kernel uses for the container. Recent kernels ignore it, and the specification advises against it.</source>
        <translation>Ein Limit aus cgroup v1 für den Speicher, den der Kernel für den Container verwendet. Aktuelle Kernel ignorieren es, und die Spezifikation rät davon ab.</translation>
    </message>
    <message>
        <source>Kernel TCP memory</source>
        <translation>Kernel-TCP-Speicher</translation>
    </message>
    <message>
        <source>Deprecated: limit of TCP buffer memory.</source>
        <translation>Veraltet: Limit für TCP-Pufferspeicher.</translation>
    </message>
    <message>
        <source>A cgroup v1 limit on socket buffer memory. Not available with cgroup v2 and advised against by the specification.</source>
        <translation>Ein Limit aus cgroup v1 für Socket-Pufferspeicher. Mit cgroup v2 nicht verfügbar, die Spezifikation rät davon ab.</translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation>Swappiness</translation>
    </message>
    <message>
        <source>Tendency to swap, 0 to 100.</source>
        <translation>Neigung zum Auslagern, 0 bis 100.</translation>
    </message>
    <message>
        <source>Like the vm.swappiness sysctl, for this cgroup only: 0 avoids swapping, 100 swaps eagerly. Not available with cgroup v2.</source>
        <translation>Wie der Sysctl vm.swappiness, nur für diese Cgroup: 0 vermeidet Auslagern, 100 lagert bereitwillig aus. Mit cgroup v2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>Disable OOM killer</source>
        <translation>OOM-Killer deaktivieren</translation>
    </message>
    <message>
        <source>Pause instead of killing at the limit.</source>
        <translation>Am Limit anhalten statt beenden.</translation>
    </message>
    <message>
        <source>With true, processes that hit the memory limit wait for memory instead of being killed. Only cgroup v1 supports it.</source>
        <translation>Bei true warten Prozesse, die das Speicherlimit erreichen, auf Speicher, statt beendet zu werden. Nur cgroup v1 unterstützt das.</translation>
    </message>
    <message>
        <source>Use hierarchy</source>
        <translation>Hierarchie verwenden</translation>
    </message>
    <message>
        <source>Count child cgroups into this one (cgroup v1).</source>
        <translation>Untergeordnete Cgroups mitzählen (cgroup v1).</translation>
    </message>
    <message>
        <source>Turns on hierarchical accounting in cgroup v1, so sub-cgroups are charged to the container&apos;s limits. cgroup v2 always does this.</source>
        <translation>Schaltet in cgroup v1 die hierarchische Abrechnung ein, sodass Unter-Cgroups auf die Limits des Containers angerechnet werden. cgroup v2 tut das immer.</translation>
    </message>
    <message>
        <source>Check before update</source>
        <translation>Vor Änderung prüfen</translation>
    </message>
    <message>
        <source>Refuse to lower the limit below current usage.</source>
        <translation>Das Limit nicht unter die aktuelle Nutzung senken.</translation>
    </message>
    <message>
        <source>When the limit is changed on a running container, the runtime first compares it with the memory in use and fails instead of triggering the OOM killer.</source>
        <translation>Wird das Limit bei einem laufenden Container geändert, vergleicht die Runtime es zuerst mit dem belegten Speicher und schlägt fehl, statt den OOM-Killer auszulösen.</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU time and placement.</source>
        <translation>CPU-Zeit und -Zuordnung.</translation>
    </message>
    <message>
        <source>Relative weight, hard quota per period, real-time budget and the CPUs and memory nodes the container may use.</source>
        <translation>Relative Gewichtung, harte Quota pro Periode, Echtzeitbudget sowie die CPUs und Speicherknoten, die der Container nutzen darf.</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Relative CPU weight (1024 is normal).</source>
        <translation>Relative CPU-Gewichtung (1024 ist normal).</translation>
    </message>
    <message>
        <source>Only matters when CPUs are busy: a cgroup with twice the shares gets twice the time. Converted to a weight on cgroup v2.</source>
        <translation>Nur relevant, wenn die CPUs ausgelastet sind: Eine Cgroup mit doppelt so vielen Shares erhält doppelt so viel Zeit. Unter cgroup v2 in eine Gewichtung umgerechnet.</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>CPU time allowed per period; -1 for unlimited.</source>
        <translation>Erlaubte CPU-Zeit pro Periode; -1 für unbegrenzt.</translation>
    </message>
    <message>
        <source>All processes together may run this long in each period; quota 50000 with period 100000 means half a CPU.</source>
        <translation>So lange dürfen alle Prozesse zusammen in jeder Periode laufen; Quota 50000 bei Periode 100000 entspricht einer halben CPU.</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Unused quota that may be saved up.</source>
        <translation>Ungenutzte Quota, die angespart werden darf.</translation>
    </message>
    <message>
        <source>Lets the cgroup exceed its quota briefly using time it did not use before. It must not be larger than the quota.</source>
        <translation>Erlaubt der Cgroup, ihre Quota kurzzeitig mit zuvor nicht genutzter Zeit zu überschreiten. Darf nicht größer sein als die Quota.</translation>
    </message>
    <message>
        <source>Length of a quota period.</source>
        <translation>Länge einer Quota-Periode.</translation>
    </message>
    <message>
        <source>The interval after which the quota is refilled, 100000 (0.1 s) by default in the kernel.</source>
        <translation>Das Intervall, nach dem die Quota wieder aufgefüllt wird, im Kernel standardmäßig 100000 (0,1 s).</translation>
    </message>
    <message>
        <source>Real-time runtime</source>
        <translation>Echtzeit-Laufzeit</translation>
    </message>
    <message>
        <source>Real-time CPU time per real-time period.</source>
        <translation>Echtzeit-CPU-Zeit pro Echtzeitperiode.</translation>
    </message>
    <message>
        <source>How long real-time tasks of the cgroup may run in each real-time period (cgroup v1 only).</source>
        <translation>Wie lange Echtzeit-Tasks der Cgroup in jeder Echtzeitperiode laufen dürfen (nur cgroup v1).</translation>
    </message>
    <message>
        <source>Real-time period</source>
        <translation>Echtzeitperiode</translation>
    </message>
    <message>
        <source>Period for the real-time budget.</source>
        <translation>Periode für das Echtzeitbudget.</translation>
    </message>
    <message>
        <source>The interval in which realtimeRuntime is granted (cgroup v1 only).</source>
        <translation>Das Intervall, in dem realtimeRuntime gewährt wird (nur cgroup v1).</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>CPUs the container may run on, e.g. 0-3,7.</source>
        <translation>CPUs, auf denen der Container laufen darf, z. B. 0-3,7.</translation>
    </message>
    <message>
        <source>A cpuset list: numbers and ranges separated by commas.</source>
        <translation>Eine cpuset-Liste: Nummern und Bereiche, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Memory nodes</source>
        <translation>Speicherknoten</translation>
    </message>
    <message>
        <source>NUMA nodes the container may allocate from.</source>
        <translation>NUMA-Knoten, aus denen der Container Speicher belegen darf.</translation>
    </message>
    <message>
        <source>A list of memory node numbers and ranges, like 0-1, relevant on NUMA machines.</source>
        <translation>Eine Liste von Speicherknotennummern und -bereichen wie 0-1, relevant auf NUMA-Rechnern.</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>1 makes the whole cgroup SCHED_IDLE.</source>
        <translation>1 macht die gesamte Cgroup zu SCHED_IDLE.</translation>
    </message>
    <message>
        <source>With 1, the cgroup only gets CPU time nobody else wants; 0 keeps normal behaviour.</source>
        <translation>Bei 1 erhält die Cgroup nur CPU-Zeit, die sonst niemand will; 0 behält das normale Verhalten bei.</translation>
    </message>
    <message>
        <source>Huge page limits</source>
        <translation>Limits für Huge Pages</translation>
    </message>
    <message>
        <source>HugeTLB limits per page size.</source>
        <translation>HugeTLB-Limits pro Seitengröße.</translation>
    </message>
    <message>
        <source>Caps the huge pages the container may reserve or use, separately for each page size.</source>
        <translation>Begrenzt die Huge Pages, die der Container reservieren oder nutzen darf, getrennt für jede Seitengröße.</translation>
    </message>
    <message>
        <source>Huge page limit</source>
        <translation>Huge-Page-Limit</translation>
    </message>
    <message>
        <source>Limit for one page size.</source>
        <translation>Limit für eine Seitengröße.</translation>
    </message>
    <message>
        <source>A page size and the number of bytes of such pages allowed.</source>
        <translation>Eine Seitengröße und die erlaubte Anzahl Bytes in solchen Seiten.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Size with unit, e.g. 2MB or 1GB.</source>
        <translation>Größe mit Einheit, z. B. 2MB oder 1GB.</translation>
    </message>
    <message>
        <source>A number followed by KB, MB or GB, matching a hugetlb control file of the kernel.</source>
        <translation>Eine Zahl gefolgt von KB, MB oder GB, passend zu einer hugetlb-Steuerdatei des Kernels.</translation>
    </message>
    <message>
        <source>Bytes of huge pages of this size.</source>
        <translation>Bytes in Huge Pages dieser Größe.</translation>
    </message>
    <message>
        <source>The total size of huge pages of this size the container may reserve (or touch, on kernels without reservation accounting).</source>
        <translation>Die Gesamtgröße der Huge Pages dieser Größe, die der Container reservieren darf (auf Kerneln ohne Reservierungsabrechnung: nutzen darf).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Traffic class and priorities (cgroup v1).</source>
        <translation>Traffic-Klasse und Prioritäten (cgroup v1).</translation>
    </message>
    <message>
        <source>Tags the container&apos;s packets for traffic control and sets per-interface priorities, through the net_cls and net_prio controllers of cgroup v1.</source>
        <translation>Markiert die Pakete des Containers für die Traffic-Steuerung und setzt Prioritäten pro Schnittstelle, über die Controller net_cls und net_prio von cgroup v1.</translation>
    </message>
    <message>
        <source>Class ID</source>
        <translation>Klassen-ID</translation>
    </message>
    <message>
        <source>net_cls class identifier.</source>
        <translation>Klassenbezeichner für net_cls.</translation>
    </message>
    <message>
        <source>A tc class handle written as one number (major in the upper 16 bits) that packets of the container carry.</source>
        <translation>Ein tc-Klassen-Handle als eine Zahl (Major-Teil in den oberen 16 Bits), das die Pakete des Containers tragen.</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>Packet priority per interface.</source>
        <translation>Paketpriorität pro Schnittstelle.</translation>
    </message>
    <message>
        <source>For each named host interface, the priority given to traffic leaving through it.</source>
        <translation>Für jede benannte Schnittstelle des Hosts die Priorität des Datenverkehrs, der über sie hinausgeht.</translation>
    </message>
    <message>
        <source>Interface priority</source>
        <translation>Schnittstellenpriorität</translation>
    </message>
    <message>
        <source>Priority on one interface.</source>
        <translation>Priorität auf einer Schnittstelle.</translation>
    </message>
    <message>
        <source>An interface name and a priority number.</source>
        <translation>Ein Schnittstellenname und eine Prioritätszahl.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Interface name on the host.</source>
        <translation>Name der Schnittstelle auf dem Host.</translation>
    </message>
    <message>
        <source>Name of the network interface in the runtime&apos;s network namespace, e.g. eth0.</source>
        <translation>Name der Netzwerkschnittstelle im Netzwerk-Namensraum der Runtime, z. B. eth0.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Priority number.</source>
        <translation>Prioritätszahl.</translation>
    </message>
    <message>
        <source>The socket priority assigned to the container&apos;s traffic on that interface.</source>
        <translation>Die Socket-Priorität, die dem Datenverkehr des Containers auf dieser Schnittstelle zugewiesen wird.</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PIDs</translation>
    </message>
    <message>
        <source>Limit on the number of tasks.</source>
        <translation>Limit für die Anzahl der Tasks.</translation>
    </message>
    <message>
        <source>Caps how many processes and threads can exist in the container, a simple defence against fork bombs.</source>
        <translation>Begrenzt, wie viele Prozesse und Threads im Container existieren können – ein einfacher Schutz gegen Fork-Bomben.</translation>
    </message>
    <message>
        <source>Maximum tasks; -1 for no limit.</source>
        <translation>Höchstzahl an Tasks; -1 für kein Limit.</translation>
    </message>
    <message>
        <source>The largest number of tasks the cgroup may hold. 0 is a real limit that forbids any new task; -1 removes the limit.</source>
        <translation>Die größte Zahl an Tasks, die die Cgroup enthalten darf. 0 ist ein echtes Limit, das jeden neuen Task verbietet; -1 hebt das Limit auf.</translation>
    </message>
    <message>
        <source>RDMA</source>
        <translation>RDMA</translation>
    </message>
    <message>
        <source>RDMA resource limits per device.</source>
        <translation>RDMA-Ressourcenlimits pro Gerät.</translation>
    </message>
    <message>
        <source>Keys are RDMA device names such as mlx5_1; the values limit the handles and objects the container may allocate on them.</source>
        <translation>Die Schlüssel sind RDMA-Gerätenamen wie mlx5_1; die Werte begrenzen die Handles und Objekte, die der Container darauf belegen darf.</translation>
    </message>
    <message>
        <source>RDMA device</source>
        <translation>RDMA-Gerät</translation>
    </message>
    <message>
        <source>Limits for one RDMA device.</source>
        <translation>Limits für ein RDMA-Gerät.</translation>
    </message>
    <message>
        <source>At least one of the two limits has to be given.</source>
        <translation>Mindestens eines der beiden Limits muss angegeben werden.</translation>
    </message>
    <message>
        <source>HCA handles</source>
        <translation>HCA-Handles</translation>
    </message>
    <message>
        <source>Cap on HCA handles for this device.</source>
        <translation>Obergrenze für HCA-Handles dieses Geräts.</translation>
    </message>
    <message>
        <source>How many host channel adapter handles the container may open on this device.</source>
        <translation>Wie viele Host-Channel-Adapter-Handles der Container auf diesem Gerät öffnen darf.</translation>
    </message>
    <message>
        <source>HCA objects</source>
        <translation>HCA-Objekte</translation>
    </message>
    <message>
        <source>Cap on HCA objects for this device.</source>
        <translation>Obergrenze für HCA-Objekte dieses Geräts.</translation>
    </message>
    <message>
        <source>How many host channel adapter objects the container may create on this device.</source>
        <translation>Wie viele Host-Channel-Adapter-Objekte der Container auf diesem Gerät anlegen darf.</translation>
    </message>
    <message>
        <source>Unified (cgroup v2)</source>
        <translation>Unified (cgroup v2)</translation>
    </message>
    <message>
        <source>Raw cgroup v2 files and values.</source>
        <translation>Rohe cgroup-v2-Dateien und -Werte.</translation>
    </message>
    <message>
        <source>Writes values straight to cgroup v2 interface files, e.g. memory.high, for settings the structured fields do not cover. The controllers involved must be available.</source>
        <translation>Schreibt Werte direkt in Schnittstellendateien von cgroup v2, z. B. memory.high, für Einstellungen, die die strukturierten Felder nicht abdecken. Die beteiligten Controller müssen verfügbar sein.</translation>
    </message>
    <message>
        <source>cgroup file</source>
        <translation>Cgroup-Datei</translation>
    </message>
    <message>
        <source>Value for one cgroup v2 file.</source>
        <translation>Wert für eine cgroup-v2-Datei.</translation>
    </message>
    <message>
        <source>The key names the file in the container&apos;s cgroup directory, the value is written to it as is.</source>
        <translation>Der Schlüssel benennt die Datei im Cgroup-Verzeichnis des Containers, der Wert wird unverändert hineingeschrieben.</translation>
    </message>
    <message>
        <source>Block IO</source>
        <translation>Block-I/O</translation>
    </message>
    <message>
        <source>Disk bandwidth weights and throttles.</source>
        <translation>Gewichtungen und Drosselungen der Datenträgerbandbreite.</translation>
    </message>
    <message>
        <source>Shares disk time between cgroups by weight and caps the bytes or operations per second on individual devices.</source>
        <translation>Verteilt Datenträgerzeit nach Gewichtung zwischen Cgroups und begrenzt die Bytes oder Operationen pro Sekunde auf einzelnen Geräten.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Default I/O weight on all devices.</source>
        <translation>Standard-I/O-Gewichtung auf allen Geräten.</translation>
    </message>
    <message>
        <source>The cgroup&apos;s share of disk time relative to its siblings, unless a device rule says otherwise.</source>
        <translation>Der Anteil der Cgroup an der Datenträgerzeit im Verhältnis zu ihren Geschwister-Cgroups, sofern keine Geräteregel etwas anderes festlegt.</translation>
    </message>
    <message>
        <source>Leaf weight</source>
        <translation>Leaf-Gewichtung</translation>
    </message>
    <message>
        <source>Weight of the cgroup&apos;s own tasks against its children.</source>
        <translation>Gewichtung der eigenen Tasks der Cgroup gegenüber ihren Kindern.</translation>
    </message>
    <message>
        <source>Used by the old CFQ scheduler to split disk time between the cgroup&apos;s own processes and its child cgroups.</source>
        <translation>Wird vom alten CFQ-Scheduler verwendet, um Datenträgerzeit zwischen den eigenen Prozessen der Cgroup und ihren Kind-Cgroups aufzuteilen.</translation>
    </message>
    <message>
        <source>Per-device weights</source>
        <translation>Gewichtungen pro Gerät</translation>
    </message>
    <message>
        <source>Weights that differ per device.</source>
        <translation>Gewichtungen, die je Gerät verschieden sind.</translation>
    </message>
    <message>
        <source>Overrides the default weight for individual block devices.</source>
        <translation>Überschreibt die Standardgewichtung für einzelne Blockgeräte.</translation>
    </message>
    <message>
        <source>Device weight</source>
        <translation>Gerätegewichtung</translation>
    </message>
    <message>
        <source>Weight for one device.</source>
        <translation>Gewichtung für ein Gerät.</translation>
    </message>
    <message>
        <source>A device by numbers with its weight and/or leaf weight; at least one of the two is needed.</source>
        <translation>Ein Gerät, angegeben über seine Nummern, mit Gewichtung und/oder Leaf-Gewichtung; mindestens eines von beiden ist nötig.</translation>
    </message>
    <message>
        <source>I/O weight on this device.</source>
        <translation>I/O-Gewichtung auf diesem Gerät.</translation>
    </message>
    <message>
        <source>The cgroup&apos;s share of this device&apos;s time.</source>
        <translation>Der Anteil der Cgroup an der Zeit dieses Geräts.</translation>
    </message>
    <message>
        <source>Leaf weight on this device.</source>
        <translation>Leaf-Gewichtung auf diesem Gerät.</translation>
    </message>
    <message>
        <source>The leaf weight for this device only (CFQ scheduler).</source>
        <translation>Die Leaf-Gewichtung nur für dieses Gerät (CFQ-Scheduler).</translation>
    </message>
    <message>
        <source>Read bandwidth limits</source>
        <translation>Limits der Lesebandbreite</translation>
    </message>
    <message>
        <source>Maximum bytes per second read from a device.</source>
        <translation>Höchstzahl der pro Sekunde von einem Gerät gelesenen Bytes.</translation>
    </message>
    <message>
        <source>Write bandwidth limits</source>
        <translation>Limits der Schreibbandbreite</translation>
    </message>
    <message>
        <source>Maximum bytes per second written to a device.</source>
        <translation>Höchstzahl der pro Sekunde auf ein Gerät geschriebenen Bytes.</translation>
    </message>
    <message>
        <source>Read IOPS limits</source>
        <translation>Limits für Lese-IOPS</translation>
    </message>
    <message>
        <source>Maximum read operations per second on a device.</source>
        <translation>Höchstzahl der Leseoperationen pro Sekunde auf einem Gerät.</translation>
    </message>
    <message>
        <source>Write IOPS limits</source>
        <translation>Limits für Schreib-IOPS</translation>
    </message>
    <message>
        <source>Maximum write operations per second on a device.</source>
        <translation>Höchstzahl der Schreiboperationen pro Sekunde auf einem Gerät.</translation>
    </message>
    <message>
        <source>Hard caps per block device, applied no matter how idle the disk is.</source>
        <translation>Harte Obergrenzen pro Blockgerät, die auch dann gelten, wenn der Datenträger kaum ausgelastet ist.</translation>
    </message>
    <message>
        <source>Device limit</source>
        <translation>Gerätelimit</translation>
    </message>
    <message>
        <source>Limit for one device.</source>
        <translation>Limit für ein Gerät.</translation>
    </message>
    <message>
        <source>A block device by major and minor number with its rate.</source>
        <translation>Ein Blockgerät, angegeben über Major- und Minor-Nummer, mit seiner Rate.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Allowed rate on the device.</source>
        <translation>Erlaubte Rate auf dem Gerät.</translation>
    </message>
    <message>
        <source>The most the container may do per second on this device.</source>
        <translation>Der Höchstwert pro Sekunde, den der Container auf diesem Gerät erreichen darf.</translation>
    </message>
    <message>
        <source>Driver number of the block device.</source>
        <translation>Treibernummer des Blockgeräts.</translation>
    </message>
    <message>
        <source>Together with the minor number it names the disk, as shown by lsblk.</source>
        <translation>Bezeichnet zusammen mit der Minor-Nummer den Datenträger, wie lsblk ihn anzeigt.</translation>
    </message>
    <message>
        <source>Unit number of the block device.</source>
        <translation>Gerätenummer des Blockgeräts innerhalb des Treibers.</translation>
    </message>
    <message>
        <source>Together with the major number it names the disk or partition.</source>
        <translation>Bezeichnet zusammen mit der Major-Nummer den Datenträger oder die Partition.</translation>
    </message>
    <message>
        <source>Seccomp</source>
        <translation>Seccomp</translation>
    </message>
    <message>
        <source>System call filter.</source>
        <translation>Filter für Systemaufrufe.</translation>
    </message>
    <message>
        <source>A filter the kernel applies to every system call of the container: a default action plus rules for particular calls and arguments. It shrinks the kernel surface a container can attack.</source>
        <translation>Ein Filter, den der Kernel auf jeden Systemaufruf des Containers anwendet: eine Standardaktion plus Regeln für bestimmte Aufrufe und Argumente. Er verkleinert die Angriffsfläche des Kernels für den Container.</translation>
    </message>
    <message>
        <source>Default action</source>
        <translation>Standardaktion</translation>
    </message>
    <message>
        <source>What happens to calls no rule matches.</source>
        <translation>Was mit Aufrufen geschieht, auf die keine Regel passt.</translation>
    </message>
    <message>
        <source>Usually SCMP_ACT_ERRNO (fail the call) for an allowlist, or SCMP_ACT_ALLOW for a denylist.</source>
        <translation>Meist SCMP_ACT_ERRNO (Aufruf schlägt fehl) für eine Allowlist oder SCMP_ACT_ALLOW für eine Denylist.</translation>
    </message>
    <message>
        <source>Default errno</source>
        <translation>Standard-errno</translation>
    </message>
    <message>
        <source>Error number returned by the default action.</source>
        <translation>Fehlernummer, die die Standardaktion zurückgibt.</translation>
    </message>
    <message>
        <source>The errno a blocked call returns when the default action is SCMP_ACT_ERRNO or SCMP_ACT_TRACE; EPERM when absent.</source>
        <translation>Die errno, die ein blockierter Aufruf zurückgibt, wenn die Standardaktion SCMP_ACT_ERRNO oder SCMP_ACT_TRACE ist; ohne Angabe EPERM.</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>Architekturen</translation>
    </message>
    <message>
        <source>System call ABIs the filter covers.</source>
        <translation>Systemaufruf-ABIs, die der Filter abdeckt.</translation>
    </message>
    <message>
        <source>Lets the filter also handle calls made through secondary ABIs, e.g. 32-bit x86 programs on x86_64. Calls from other ABIs are killed.</source>
        <translation>Lässt den Filter auch Aufrufe über sekundäre ABIs behandeln, z. B. von 32-Bit-x86-Programmen auf x86_64. Aufrufe über andere ABIs beenden den aufrufenden Prozess.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>One SCMP_ARCH_* name.</source>
        <translation>Ein SCMP_ARCH_*-Name.</translation>
    </message>
    <message>
        <source>An architecture constant from libseccomp.</source>
        <translation>Eine Architekturkonstante aus libseccomp.</translation>
    </message>
    <message>
        <source>Flags for loading the filter.</source>
        <translation>Flags für das Laden des Filters.</translation>
    </message>
    <message>
        <source>Options passed to seccomp(2) when the filter is installed, such as logging or synchronising all threads.</source>
        <translation>Optionen, die beim Installieren des Filters an seccomp(2) übergeben werden, etwa Protokollierung oder das Synchronisieren aller Threads.</translation>
    </message>
    <message>
        <source>One SECCOMP_FILTER_FLAG_* name.</source>
        <translation>Ein SECCOMP_FILTER_FLAG_*-Name.</translation>
    </message>
    <message>
        <source>A filter flag constant from seccomp(2).</source>
        <translation>Eine Filter-Flag-Konstante aus seccomp(2).</translation>
    </message>
    <message>
        <source>Listener socket</source>
        <translation>Listener-Socket</translation>
    </message>
    <message>
        <source>Unix socket of a seccomp agent.</source>
        <translation>Unix-Socket eines Seccomp-Agenten.</translation>
    </message>
    <message>
        <source>Needed for SCMP_ACT_NOTIFY: the runtime sends the filter&apos;s notification file descriptor and the container state to the agent listening here.</source>
        <translation>Für SCMP_ACT_NOTIFY erforderlich: Die Runtime sendet den Benachrichtigungs-Dateideskriptor des Filters und den Containerzustand an den Agenten, der hier lauscht.</translation>
    </message>
    <message>
        <source>Listener metadata</source>
        <translation>Listener-Metadaten</translation>
    </message>
    <message>
        <source>Opaque text for the seccomp agent.</source>
        <translation>Opaker Text für den Seccomp-Agenten.</translation>
    </message>
    <message>
        <source>Passed to the agent along with the file descriptor. Only allowed together with a listener socket.</source>
        <translation>Wird zusammen mit dem Dateideskriptor an den Agenten übergeben. Nur zusammen mit einem Listener-Socket erlaubt.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Actions for particular system calls.</source>
        <translation>Aktionen für bestimmte Systemaufrufe.</translation>
    </message>
    <message>
        <source>Each rule names system calls, optionally conditions on their arguments, and the action taken when they match.</source>
        <translation>Jede Regel nennt Systemaufrufe, optional Bedingungen für deren Argumente, und die Aktion, die bei einem Treffer ausgeführt wird.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>One system call rule.</source>
        <translation>Eine Systemaufrufregel.</translation>
    </message>
    <message>
        <source>Names, action, optional errno and argument conditions.</source>
        <translation>Namen, Aktion, optionale errno und Argumentbedingungen.</translation>
    </message>
    <message>
        <source>System calls</source>
        <translation>Systemaufrufe</translation>
    </message>
    <message>
        <source>Names of the calls, at least one.</source>
        <translation>Namen der Aufrufe, mindestens einer.</translation>
    </message>
    <message>
        <source>System call names such as openat or clone; the rule applies to each of them.</source>
        <translation>Namen von Systemaufrufen wie openat oder clone; die Regel gilt für jeden davon.</translation>
    </message>
    <message>
        <source>System call</source>
        <translation>Systemaufruf</translation>
    </message>
    <message>
        <source>One system call name.</source>
        <translation>Ein Systemaufrufname.</translation>
    </message>
    <message>
        <source>A name libseccomp knows; unknown names are skipped by most runtimes.</source>
        <translation>Ein Name, den libseccomp kennt; unbekannte Namen überspringen die meisten Runtimes.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What happens when the rule matches.</source>
        <translation>Was geschieht, wenn die Regel zutrifft.</translation>
    </message>
    <message>
        <source>Allow, log, fail with an errno, trap, notify an agent, or kill the thread or process.</source>
        <translation>Erlauben, protokollieren, mit einer errno fehlschlagen, eine Trap auslösen, einen Agenten benachrichtigen oder den Thread bzw. Prozess beenden.</translation>
    </message>
    <message>
        <source>Errno</source>
        <translation>Errno</translation>
    </message>
    <message>
        <source>Error number for SCMP_ACT_ERRNO or SCMP_ACT_TRACE.</source>
        <translation>Fehlernummer für SCMP_ACT_ERRNO oder SCMP_ACT_TRACE.</translation>
    </message>
    <message>
        <source>The error the call returns; only meaningful for actions that return an error.</source>
        <translation>Der Fehler, den der Aufruf zurückgibt; nur sinnvoll bei Aktionen, die einen Fehler zurückgeben.</translation>
    </message>
    <message>
        <source>Argument conditions</source>
        <translation>Argumentbedingungen</translation>
    </message>
    <message>
        <source>Conditions on the call&apos;s arguments.</source>
        <translation>Bedingungen für die Argumente des Aufrufs.</translation>
    </message>
    <message>
        <source>The rule matches only when all conditions hold, e.g. only clone calls without CLONE_NEWUSER.</source>
        <translation>Die Regel trifft nur zu, wenn alle Bedingungen erfüllt sind, z. B. nur bei clone-Aufrufen ohne CLONE_NEWUSER.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Compare one argument.</source>
        <translation>Ein Argument vergleichen.</translation>
    </message>
    <message>
        <source>Compares the argument at index with value using op.</source>
        <translation>Vergleicht das Argument an Position index mittels op mit value.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Argument position, from 0.</source>
        <translation>Position des Arguments, ab 0.</translation>
    </message>
    <message>
        <source>Which argument to look at; system calls have at most six.</source>
        <translation>Welches Argument geprüft wird; Systemaufrufe haben höchstens sechs.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value to compare with.</source>
        <translation>Vergleichswert.</translation>
    </message>
    <message>
        <source>The right-hand side of the comparison; for SCMP_CMP_MASKED_EQ the mask.</source>
        <translation>Die rechte Seite des Vergleichs; bei SCMP_CMP_MASKED_EQ die Maske.</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>Zweiter Wert</translation>
    </message>
    <message>
        <source>Expected value for SCMP_CMP_MASKED_EQ.</source>
        <translation>Erwarteter Wert für SCMP_CMP_MASKED_EQ.</translation>
    </message>
    <message>
        <source>With SCMP_CMP_MASKED_EQ the argument, masked with value, must equal this.</source>
        <translation>Bei SCMP_CMP_MASKED_EQ muss das mit value maskierte Argument gleich diesem Wert sein.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Comparison operator.</source>
        <translation>Vergleichsoperator.</translation>
    </message>
    <message>
        <source>Equal, not equal, less or greater (or equal), or equal after masking.</source>
        <translation>Gleich, ungleich, kleiner oder größer (oder gleich) oder gleich nach Maskierung.</translation>
    </message>
    <message>
        <source>Rootfs propagation</source>
        <translation>Rootfs-Propagation</translation>
    </message>
    <message>
        <source>Mount propagation of the root filesystem.</source>
        <translation>Mount-Propagation des Root-Dateisystems.</translation>
    </message>
    <message>
        <source>Decides whether mounts made on the host show up in the container (slave), travel both ways (shared), stay apart (private) or whether the root cannot even be bind-mounted (unbindable).</source>
        <translation>Bestimmt, ob auf dem Host eingehängte Dateisysteme im Container sichtbar werden (slave), in beide Richtungen wandern (shared), getrennt bleiben (private) oder ob das Root-Dateisystem nicht einmal per Bind-Mount eingehängt werden kann (unbindable).</translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation>Maskierte Pfade</translation>
    </message>
    <message>
        <source>Paths made unreadable in the container.</source>
        <translation>Pfade, die im Container unlesbar gemacht werden.</translation>
    </message>
    <message>
        <source>Each path is covered (with /dev/null or an empty read-only tmpfs) so the container cannot read it; typical for sensitive files under /proc and /sys.</source>
        <translation>Jeder Pfad wird verdeckt (mit /dev/null oder einem leeren, schreibgeschützten tmpfs), sodass der Container ihn nicht lesen kann; typisch für sensible Dateien unter /proc und /sys.</translation>
    </message>
    <message>
        <source>Masked path</source>
        <translation>Maskierter Pfad</translation>
    </message>
    <message>
        <source>Absolute path inside the container.</source>
        <translation>Absoluter Pfad im Container.</translation>
    </message>
    <message>
        <source>A file or directory to hide, e.g. /proc/kcore.</source>
        <translation>Eine zu verbergende Datei oder ein zu verbergendes Verzeichnis, z. B. /proc/kcore.</translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation>Schreibgeschützte Pfade</translation>
    </message>
    <message>
        <source>Paths made read-only in the container.</source>
        <translation>Pfade, die im Container schreibgeschützt werden.</translation>
    </message>
    <message>
        <source>Each path is bind-mounted onto itself read-only, e.g. /proc/sys, so the container can look but not change.</source>
        <translation>Jeder Pfad wird schreibgeschützt per Bind-Mount auf sich selbst eingehängt, z. B. /proc/sys, sodass der Container hineinsehen, aber nichts ändern kann.</translation>
    </message>
    <message>
        <source>Read-only path</source>
        <translation>Schreibgeschützter Pfad</translation>
    </message>
    <message>
        <source>A file or directory to protect from writes.</source>
        <translation>Eine Datei oder ein Verzeichnis, das vor Schreibzugriffen geschützt wird.</translation>
    </message>
    <message>
        <source>Mount label</source>
        <translation>Mount-Label</translation>
    </message>
    <message>
        <source>SELinux context for the container&apos;s mounts.</source>
        <translation>SELinux-Kontext für die Mounts des Containers.</translation>
    </message>
    <message>
        <source>The SELinux label given to files of the mounts the runtime creates; only used on hosts with SELinux.</source>
        <translation>Das SELinux-Label, das Dateien der von der Runtime angelegten Mounts erhalten; wird nur auf Hosts mit SELinux verwendet.</translation>
    </message>
    <message>
        <source>Intel RDT</source>
        <translation>Intel RDT</translation>
    </message>
    <message>
        <source>Cache and memory bandwidth allocation.</source>
        <translation>Zuteilung von Cache und Speicherbandbreite.</translation>
    </message>
    <message>
        <source>Places the container in a resctrl class of service, which partitions the last-level cache and memory bandwidth on Intel (and compatible) CPUs.</source>
        <translation>Ordnet den Container einer resctrl-Class-of-Service zu, die auf Intel-CPUs (und kompatiblen) den Last-Level-Cache und die Speicherbandbreite aufteilt.</translation>
    </message>
    <message>
        <source>Class of service</source>
        <translation>Class of Service</translation>
    </message>
    <message>
        <source>resctrl group name; / is the default group.</source>
        <translation>Name der resctrl-Gruppe; / ist die Standardgruppe.</translation>
    </message>
    <message>
        <source>Names the resctrl directory the container joins, so several containers can share one class. Without it the container ID is used.</source>
        <translation>Benennt das resctrl-Verzeichnis, dem der Container beitritt, sodass sich mehrere Container eine Klasse teilen können. Ohne Angabe wird die Container-ID verwendet.</translation>
    </message>
    <message>
        <source>L3 cache schema</source>
        <translation>L3-Cache-Schema</translation>
    </message>
    <message>
        <source>Cache allocation, e.g. L3:0=ffff0.</source>
        <translation>Cache-Zuteilung, z. B. L3:0=ffff0.</translation>
    </message>
    <message>
        <source>One schemata line giving, per cache ID, the bit mask of L3 cache ways the container may fill.</source>
        <translation>Eine Schemata-Zeile, die pro Cache-ID die Bitmaske der L3-Cache-Ways angibt, die der Container füllen darf.</translation>
    </message>
    <message>
        <source>Memory bandwidth schema</source>
        <translation>Schema der Speicherbandbreite</translation>
    </message>
    <message>
        <source>Bandwidth allocation, e.g. MB:0=20.</source>
        <translation>Bandbreitenzuteilung, z. B. MB:0=20.</translation>
    </message>
    <message>
        <source>One schemata line starting with MB: that gives, per cache ID, the share of memory bandwidth.</source>
        <translation>Eine mit MB: beginnende Schemata-Zeile, die pro Cache-ID den Anteil an der Speicherbandbreite angibt.</translation>
    </message>
    <message>
        <source>Schemata</source>
        <translation>Schemata</translation>
    </message>
    <message>
        <source>Free-form schemata lines.</source>
        <translation>Frei formulierte Schemata-Zeilen.</translation>
    </message>
    <message>
        <source>Lines written to the resctrl schemata file after the two schema fields, for any resource the kernel supports.</source>
        <translation>Zeilen, die nach den beiden Schema-Feldern in die resctrl-Datei schemata geschrieben werden, für jede Ressource, die der Kernel unterstützt.</translation>
    </message>
    <message>
        <source>Schemata line</source>
        <translation>Schemata-Zeile</translation>
    </message>
    <message>
        <source>One line, without newline.</source>
        <translation>Eine Zeile, ohne Zeilenumbruch.</translation>
    </message>
    <message>
        <source>A single resource allocation line.</source>
        <translation>Eine einzelne Zeile zur Ressourcenzuteilung.</translation>
    </message>
    <message>
        <source>Enable monitoring</source>
        <translation>Monitoring aktivieren</translation>
    </message>
    <message>
        <source>Create a resctrl monitoring group.</source>
        <translation>Eine resctrl-Monitoring-Gruppe anlegen.</translation>
    </message>
    <message>
        <source>Gives the container its own monitoring group so cache occupancy and bandwidth can be measured for it alone.</source>
        <translation>Gibt dem Container eine eigene Monitoring-Gruppe, sodass Cache-Belegung und Bandbreite allein für ihn gemessen werden können.</translation>
    </message>
    <message>
        <source>Enable CMT (removed)</source>
        <translation>CMT aktivieren (entfernt)</translation>
    </message>
    <message>
        <source>Cache monitoring; replaced by enableMonitoring in 1.3.0.</source>
        <translation>Cache-Monitoring; in 1.3.0 durch enableMonitoring ersetzt.</translation>
    </message>
    <message>
        <source>Asked for cache occupancy monitoring in versions 1.1.0 to 1.2.1. Use enableMonitoring instead.</source>
        <translation>Forderte in den Versionen 1.1.0 bis 1.2.1 die Überwachung der Cache-Belegung an. Verwenden Sie stattdessen enableMonitoring.</translation>
    </message>
    <message>
        <source>Enable MBM (removed)</source>
        <translation>MBM aktivieren (entfernt)</translation>
    </message>
    <message>
        <source>Bandwidth monitoring; replaced by enableMonitoring in 1.3.0.</source>
        <translation>Bandbreiten-Monitoring; in 1.3.0 durch enableMonitoring ersetzt.</translation>
    </message>
    <message>
        <source>Asked for memory bandwidth monitoring in versions 1.1.0 to 1.2.1. Use enableMonitoring instead.</source>
        <translation>Forderte in den Versionen 1.1.0 bis 1.2.1 die Überwachung der Speicherbandbreite an. Verwenden Sie stattdessen enableMonitoring.</translation>
    </message>
    <message>
        <source>Memory policy</source>
        <translation>Speicherrichtlinie</translation>
    </message>
    <message>
        <source>NUMA placement of the container&apos;s memory.</source>
        <translation>NUMA-Platzierung des Containerspeichers.</translation>
    </message>
    <message>
        <source>Applied with set_mempolicy: decides from which NUMA nodes the container&apos;s memory is allocated.</source>
        <translation>Wird mit set_mempolicy angewendet: bestimmt, von welchen NUMA-Knoten der Speicher des Containers belegt wird.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>How nodes are chosen, e.g. MPOL_BIND.</source>
        <translation>Wie Knoten gewählt werden, z. B. MPOL_BIND.</translation>
    </message>
    <message>
        <source>BIND restricts to the nodes, INTERLEAVE spreads over them, PREFERRED tries them first, LOCAL uses the node the task runs on, DEFAULT falls back to the system policy.</source>
        <translation>BIND beschränkt auf die Knoten, INTERLEAVE verteilt über sie, PREFERRED versucht sie zuerst, LOCAL verwendet den Knoten, auf dem der Task läuft, DEFAULT fällt auf die Systemrichtlinie zurück.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>NUMA nodes, e.g. 0-1,3.</source>
        <translation>NUMA-Knoten, z. B. 0-1,3.</translation>
    </message>
    <message>
        <source>The node list the mode works on. MPOL_DEFAULT and MPOL_LOCAL take none; BIND and the interleave modes need at least one.</source>
        <translation>Die Knotenliste, auf die der Modus wirkt. MPOL_DEFAULT und MPOL_LOCAL erwarten keine; BIND und die Interleave-Modi brauchen mindestens einen Knoten.</translation>
    </message>
    <message>
        <source>Mode flags for set_mempolicy.</source>
        <translation>Modus-Flags für set_mempolicy.</translation>
    </message>
    <message>
        <source>Refine how node numbers are read (static or relative) or enable NUMA balancing.</source>
        <translation>Legen genauer fest, wie Knotennummern gelesen werden (statisch oder relativ), oder aktivieren NUMA-Balancing.</translation>
    </message>
    <message>
        <source>One MPOL_F_* flag.</source>
        <translation>Ein MPOL_F_*-Flag.</translation>
    </message>
    <message>
        <source>A flag constant from set_mempolicy(2).</source>
        <translation>Eine Flag-Konstante aus set_mempolicy(2).</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <source>Execution domain, e.g. pretend to be 32-bit.</source>
        <translation>Ausführungsdomäne, z. B. eine 32-Bit-Umgebung vortäuschen.</translation>
    </message>
    <message>
        <source>Sets the process personality with personality(2); LINUX32 makes uname report a 32-bit machine, useful for old 32-bit build environments.</source>
        <translation>Setzt die Personality des Prozesses mit personality(2); LINUX32 lässt uname eine 32-Bit-Maschine melden, nützlich für alte 32-Bit-Build-Umgebungen.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>LINUX or LINUX32.</source>
        <translation>LINUX oder LINUX32.</translation>
    </message>
    <message>
        <source>LINUX is the normal domain; LINUX32 makes uname claim a 32-bit machine.</source>
        <translation>LINUX ist die normale Domäne; LINUX32 lässt uname eine 32-Bit-Maschine melden.</translation>
    </message>
    <message>
        <source>Extra personality flags (none defined yet).</source>
        <translation>Zusätzliche Personality-Flags (bisher keine definiert).</translation>
    </message>
    <message>
        <source>Reserved for further personality bits; the specification does not define any values yet.</source>
        <translation>Reserviert für weitere Personality-Bits; die Spezifikation definiert bisher keine Werte.</translation>
    </message>
    <message>
        <source>One personality flag.</source>
        <translation>Ein Personality-Flag.</translation>
    </message>
    <message>
        <source>A personality flag name.</source>
        <translation>Der Name eines Personality-Flags.</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Windows container settings, kept as they are.</source>
        <translation>Einstellungen für Windows-Container, unverändert übernommen.</translation>
    </message>
    <message>
        <source>Settings for Windows containers (layers, Hyper-V, resources). This editor keeps them unchanged without checking them.</source>
        <translation>Einstellungen für Windows-Container (Layer, Hyper-V, Ressourcen). Dieser Editor übernimmt sie unverändert und ohne Prüfung.</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <source>Settings for VM-based runtimes, kept as they are.</source>
        <translation>Einstellungen für VM-basierte Runtimes, unverändert übernommen.</translation>
    </message>
    <message>
        <source>Hypervisor, kernel and image for runtimes that run each container in a virtual machine. Kept unchanged without checking.</source>
        <translation>Hypervisor, Kernel und Image für Runtimes, die jeden Container in einer virtuellen Maschine ausführen. Wird unverändert und ohne Prüfung übernommen.</translation>
    </message>
    <message>
        <source>Solaris</source>
        <translation>Solaris</translation>
    </message>
    <message>
        <source>Solaris zone settings, kept as they are.</source>
        <translation>Einstellungen für Solaris-Zonen, unverändert übernommen.</translation>
    </message>
    <message>
        <source>Settings for Solaris zones. Kept unchanged without checking.</source>
        <translation>Einstellungen für Solaris-Zonen. Werden unverändert und ohne Prüfung übernommen.</translation>
    </message>
    <message>
        <source>z/OS</source>
        <translation>z/OS</translation>
    </message>
    <message>
        <source>z/OS settings, kept as they are.</source>
        <translation>Einstellungen für z/OS, unverändert übernommen.</translation>
    </message>
    <message>
        <source>Settings for containers on IBM z/OS. Kept unchanged without checking.</source>
        <translation>Einstellungen für Container unter IBM z/OS. Werden unverändert und ohne Prüfung übernommen.</translation>
    </message>
    <message>
        <source>FreeBSD</source>
        <translation>FreeBSD</translation>
    </message>
    <message>
        <source>FreeBSD jail settings, kept as they are.</source>
        <translation>Einstellungen für FreeBSD-Jails, unverändert übernommen.</translation>
    </message>
    <message>
        <source>Settings for FreeBSD jails. Kept unchanged; only the sharing modes of the jail are checked.</source>
        <translation>Einstellungen für FreeBSD-Jails. Werden unverändert übernommen; nur die Freigabemodi der Jail werden geprüft.</translation>
    </message>
    <message>
        <source>Jail</source>
        <translation>Jail</translation>
    </message>
    <message>
        <source>Jail parameters.</source>
        <translation>Jail-Parameter.</translation>
    </message>
    <message>
        <source>Parameters of the jail the container runs in.</source>
        <translation>Parameter der Jail, in der der Container läuft.</translation>
    </message>
    <message>
        <source>Sharing mode</source>
        <translation>Freigabemodus</translation>
    </message>
    <message>
        <source>new, inherit or (where allowed) disable.</source>
        <translation>new, inherit oder (wo erlaubt) disable.</translation>
    </message>
    <message>
        <source>Whether the jail gets its own instance of this facility (new), shares the parent&apos;s (inherit) or goes without it (disable).</source>
        <translation>Ob die Jail eine eigene Instanz dieser Einrichtung erhält (new), die der übergeordneten Jail mitbenutzt (inherit) oder ohne sie auskommt (disable).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation>Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>operations per second</source>
        <translation>Operationen pro Sekunde</translation>
    </message>
    <message>
        <source>microseconds</source>
        <translation>Mikrosekunden</translation>
    </message>
    <message>
        <source>nanoseconds</source>
        <translation>Nanosekunden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>object (kept verbatim)</source>
        <translation>Objekt (unverändert übernommen)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>file mode (0 to 4095)</source>
        <translation>Dateimodus (0 bis 4095)</translation>
    </message>
    <message>
        <source>integer of at least 1</source>
        <translation>Ganzzahl von mindestens 1</translation>
    </message>
</context>
<context>
    <name>SpecDocument</name>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Das Dokument hat noch keinen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>SpecFile</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1 is not a bundle: it has no config.json.</source>
        <translation>%1 ist kein Bundle: Es enthält keine config.json.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; the editor opens files of up to %3 MiB.</source>
        <translation>%1 ist %2 MiB groß; der Editor öffnet Dateien bis %3 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>config.json</source>
        <translation>config.json</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a runtime configuration is a JSON object, but this file holds %2.</source>
        <translation>%1: Eine Runtime-Konfiguration ist ein JSON-Objekt, diese Datei enthält aber einen Wert vom Typ %2.</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: the values are nested more than %4 levels deep.</source>
        <translation>%1: Zeile %2, Spalte %3: Die Werte sind tiefer als %4 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The file has no name yet.</source>
        <translation>Die Datei hat noch keinen Namen.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; appears more than once in %3. The last value counts, as runc reads it, and saving writes the key once.</source>
        <translation>%1: Der Schlüssel „%2“ kommt in %3 mehr als einmal vor. Es gilt der letzte Wert, so wie runc ihn liest, und beim Speichern wird der Schlüssel nur einmal geschrieben.</translation>
    </message>
    <message>
        <source>%1: the layout of the file could not be followed; saving keeps its indentation only.</source>
        <translation>%1: Dem Aufbau der Datei konnte nicht gefolgt werden; beim Speichern bleibt nur ihre Einrückung erhalten.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside the bundle directory; saving does not write through it.</source>
        <translation>%1 ist ein Link auf %2, außerhalb des Bundle-Verzeichnisses; beim Speichern wird nicht durch ihn geschrieben.</translation>
    </message>
</context>
<context>
    <name>SpecModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>{…}</source>
        <translation>{…}</translation>
    </message>
    <message>
        <source>[…]</source>
        <translation>[…]</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>StatsChartView</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>0.5 s</source>
        <translation>0,5 s</translation>
    </message>
    <message>
        <source>1 s</source>
        <translation>1 s</translation>
    </message>
    <message>
        <source>2 s</source>
        <translation>2 s</translation>
    </message>
    <message>
        <source>5 s</source>
        <translation>5 s</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>used</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PIDs</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>Block-E/A</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>No samples yet.</source>
        <translation>Noch keine Messwerte.</translation>
    </message>
    <message>
        <source>CPU: collecting…</source>
        <translation>CPU: wird erfasst …</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Memory: %1 of %2</source>
        <translation>Speicher: %1 von %2</translation>
    </message>
    <message>
        <source>PIDs: %1 of %2</source>
        <translation>PIDs: %1 von %2</translation>
    </message>
    <message>
        <source>Block I/O: collecting…</source>
        <translation>Block-E/A: wird erfasst …</translation>
    </message>
    <message>
        <source>Block I/O: read %1, write %2</source>
        <translation>Block-E/A: lesen %1, schreiben %2</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StringSetModel</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>%1 %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>UnifiedDiff</name>
    <message>
        <source>The program diff is not installed (Debian package diffutils).</source>
        <translation>Das Programm diff ist nicht installiert (Debian-Paket diffutils).</translation>
    </message>
    <message>
        <source>Cannot write temporary files for the comparison.</source>
        <translation>Die temporären Dateien für den Vergleich können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>diff failed: %1</source>
        <translation>diff ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Double-click a finding to go to the field it is about.</source>
        <translation>Doppelklicken Sie auf einen Befund, um zum betroffenen Feld zu springen.</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Annotation keys must not be empty.</source>
        <translation>Annotationsschlüssel dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>A FIFO (type p) has no device numbers; they are ignored.</source>
        <translation>Ein FIFO (Typ p) hat keine Gerätenummern; sie werden ignoriert.</translation>
    </message>
    <message>
        <source>A device of type %1 needs a %2 number.</source>
        <translation>Ein Gerät vom Typ %1 benötigt eine %2-Nummer.</translation>
    </message>
    <message>
        <source>Device numbers cannot be negative.</source>
        <translation>Gerätenummern können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Device %1 is already listed as device %2.</source>
        <translation>Gerät %1 ist bereits als Gerät %2 aufgeführt.</translation>
    </message>
    <message>
        <source>Device %1 already creates %2.</source>
        <translation>Gerät %1 legt bereits %2 an.</translation>
    </message>
    <message>
        <source>Mounting on %1 hides mount %2, which was mounted earlier at or below it.</source>
        <translation>Ein Mount auf %1 verdeckt Mount %2, der zuvor auf oder unterhalb dieses Pfads eingehängt wurde.</translation>
    </message>
    <message>
        <source>An ID-mapped mount needs both uidMappings and gidMappings.</source>
        <translation>Ein ID-gemappter Mount benötigt sowohl uidMappings als auch gidMappings.</translation>
    </message>
    <message>
        <source>Add the idmap or ridmap option, otherwise older runtimes silently ignore the mappings.</source>
        <translation>Fügen Sie die Option idmap oder ridmap hinzu, sonst ignorieren ältere Runtimes die Zuordnungen stillschweigend.</translation>
    </message>
    <message>
        <source>An idmap mount without its own mappings borrows the container&apos;s user namespace, but there is none.</source>
        <translation>Ein idmap-Mount ohne eigene Zuordnungen übernimmt den Benutzer-Namensraum des Containers, aber es gibt keinen.</translation>
    </message>
    <message>
        <source>The %1 namespace is listed more than once.</source>
        <translation>Der Namensraum %1 ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>Setting %1 needs a UTS namespace of the container&apos;s own; add one to linux.namespaces.</source>
        <translation>Das Setzen von %1 erfordert einen eigenen UTS-Namensraum des Containers; fügen Sie linux.namespaces einen hinzu.</translation>
    </message>
    <message>
        <source>Time offsets need a time namespace; add one to linux.namespaces.</source>
        <translation>Zeit-Offsets erfordern einen Zeit-Namensraum; fügen Sie linux.namespaces einen hinzu.</translation>
    </message>
    <message>
        <source>%1 would change the host&apos;s network settings; it needs a network namespace.</source>
        <translation>%1 würde die Netzwerkeinstellungen des Hosts ändern; dafür ist ein Netzwerk-Namensraum nötig.</translation>
    </message>
    <message>
        <source>%1 would change the host&apos;s IPC settings; it needs an IPC namespace.</source>
        <translation>%1 würde die IPC-Einstellungen des Hosts ändern; dafür ist ein IPC-Namensraum nötig.</translation>
    </message>
    <message>
        <source>%1 would change the host&apos;s name; it needs a UTS namespace.</source>
        <translation>%1 würde den Namen des Hosts ändern; dafür ist ein UTS-Namensraum nötig.</translation>
    </message>
    <message>
        <source>The configuration has no root filesystem; Linux runtimes need root.path.</source>
        <translation>Die Konfiguration hat kein Root-Dateisystem; Linux-Runtimes benötigen root.path.</translation>
    </message>
    <message>
        <source>The process needs at least one argument: the program to run.</source>
        <translation>Der Prozess benötigt mindestens ein Argument: das auszuführende Programm.</translation>
    </message>
    <message>
        <source>oomScoreAdj must lie between -1000 and 1000; the kernel rejects %1.</source>
        <translation>oomScoreAdj muss zwischen -1000 und 1000 liegen; der Kernel lehnt %1 ab.</translation>
    </message>
    <message>
        <source>The I/O priority level must lie between 0 and 7.</source>
        <translation>Die Stufe der I/O-Priorität muss zwischen 0 und 7 liegen.</translation>
    </message>
    <message>
        <source>%1 needs a priority between 1 and 99.</source>
        <translation>%1 benötigt eine Priorität zwischen 1 und 99.</translation>
    </message>
    <message>
        <source>%1 only accepts priority 0.</source>
        <translation>%1 akzeptiert nur die Priorität 0.</translation>
    </message>
    <message>
        <source>The nice value must lie between -20 and 19.</source>
        <translation>Der Nice-Wert muss zwischen -20 und 19 liegen.</translation>
    </message>
    <message>
        <source>SCHED_DEADLINE needs runtime ≤ deadline ≤ period.</source>
        <translation>SCHED_DEADLINE erfordert runtime ≤ deadline ≤ period.</translation>
    </message>
    <message>
        <source>The variable %1 is set more than once; only one value takes effect.</source>
        <translation>Die Variable %1 wird mehrfach gesetzt; nur ein Wert wird wirksam.</translation>
    </message>
    <message>
        <source>%1 is effective but not permitted; the kernel refuses such a capability set.</source>
        <translation>%1 ist effective, aber nicht permitted; eine solche Capability-Menge lehnt der Kernel ab.</translation>
    </message>
    <message>
        <source>%1 is ambient but not both permitted and inheritable; the kernel will drop it.</source>
        <translation>%1 ist ambient, aber nicht zugleich permitted und inheritable; der Kernel verwirft sie.</translation>
    </message>
    <message>
        <source>The soft limit %1 is above the hard limit %2.</source>
        <translation>Das Soft-Limit %1 liegt über dem Hard-Limit %2.</translation>
    </message>
    <message>
        <source>Memory sizes cannot be negative; only -1 (unlimited) is allowed.</source>
        <translation>Speichergrößen können nicht negativ sein; nur -1 (unbegrenzt) ist erlaubt.</translation>
    </message>
    <message>
        <source>swap counts memory plus swap, so it must be at least the memory limit (%1).</source>
        <translation>swap zählt Speicher plus Swap und muss daher mindestens so groß sein wie das Speicherlimit (%1).</translation>
    </message>
    <message>
        <source>The reservation is above the memory limit (%1) and can never be reached.</source>
        <translation>Die Reservierung liegt über dem Speicherlimit (%1) und kann nie erreicht werden.</translation>
    </message>
    <message>
        <source>Swappiness must lie between 0 and 100.</source>
        <translation>Swappiness muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>The burst must not be larger than the quota (%1).</source>
        <translation>Der Burst darf nicht größer sein als die Quota (%1).</translation>
    </message>
    <message>
        <source>A device weight entry needs weight, leafWeight or both.</source>
        <translation>Ein Eintrag für die Gerätegewichtung benötigt weight, leafWeight oder beides.</translation>
    </message>
    <message>
        <source>An RDMA entry needs hcaHandles, hcaObjects or both.</source>
        <translation>Ein RDMA-Eintrag benötigt hcaHandles, hcaObjects oder beides.</translation>
    </message>
    <message>
        <source>%1 takes no nodes.</source>
        <translation>%1 erwartet keine Knoten.</translation>
    </message>
    <message>
        <source>%1 needs at least one node.</source>
        <translation>%1 benötigt mindestens einen Knoten.</translation>
    </message>
    <message>
        <source>MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES exclude each other.</source>
        <translation>MPOL_F_STATIC_NODES und MPOL_F_RELATIVE_NODES schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the runtime specification; runtimes will ignore it.</source>
        <translation>„%1“ ist kein Feld der Runtime-Spezifikation; Runtimes werden es ignorieren.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation>Das Pflichtfeld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deprecated by the runtime specification.</source>
        <translation>„%1“ ist laut Runtime-Spezifikation veraltet.</translation>
    </message>
    <message>
        <source>This field was removed in runtime-spec %1; the document declares a later version.</source>
        <translation>Dieses Feld wurde in runtime-spec %1 entfernt; das Dokument gibt eine neuere Version an.</translation>
    </message>
    <message>
        <source>This field was added in runtime-spec %1, but ociVersion is %2; older runtimes may ignore it.</source>
        <translation>Dieses Feld kam in runtime-spec %1 hinzu, ociVersion ist aber %2; ältere Runtimes ignorieren es möglicherweise.</translation>
    </message>
    <message>
        <source>The value does not fit the allowed range (%1).</source>
        <translation>Der Wert liegt nicht im erlaubten Bereich (%1).</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Erwartet: %1, gefunden: %2.</translation>
    </message>
    <message>
        <source>The value %1 is outside the allowed range (%2).</source>
        <translation>Der Wert %1 liegt außerhalb des erlaubten Bereichs (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: %2.</source>
        <translation>„%1“ ist keiner der erlaubten Werte: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added in runtime-spec %2, but ociVersion is %3; older runtimes may not know it.</source>
        <translation>„%1“ kam in runtime-spec %2 hinzu, ociVersion ist aber %3; ältere Runtimes kennen den Wert möglicherweise nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SemVer 2.0.0 version such as 1.2.0.</source>
        <translation>„%1“ ist keine SemVer-2.0.0-Version wie 1.2.0.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; must be absolute.</source>
        <translation>Der Pfad „%1“ muss absolut sein.</translation>
    </message>
    <message>
        <source>The mount destination &quot;%1&quot; is relative; it is taken as relative to / but should be written as an absolute path.</source>
        <translation>Das Mount-Ziel „%1“ ist relativ; es wird als relativ zu / behandelt, sollte aber als absoluter Pfad geschrieben werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form NAME=value.</source>
        <translation>„%1“ hat nicht die Form NAME=Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of numbers and ranges such as 0-3,7.</source>
        <translation>„%1“ ist keine Liste von Zahlen und Bereichen wie 0-3,7.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page size such as 2MB or 1GB.</source>
        <translation>„%1“ ist keine Seitengröße wie 2MB oder 1GB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only contain the letters r, w and m.</source>
        <translation>„%1“ darf nur die Buchstaben r, w und m enthalten.</translation>
    </message>
    <message>
        <source>The memory bandwidth schema must be one line starting with &quot;MB:&quot;.</source>
        <translation>Das Schema der Speicherbandbreite muss aus einer Zeile bestehen, die mit „MB:“ beginnt.</translation>
    </message>
    <message>
        <source>The value must not contain a line break.</source>
        <translation>Der Wert darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The L3 cache schema should start with &quot;L3:&quot;.</source>
        <translation>Das L3-Cache-Schema sollte mit „L3:“ beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capability name; names look like CAP_NET_BIND_SERVICE.</source>
        <translation>„%1“ ist kein Capability-Name; Namen sehen aus wie CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>listenerMetadata may only be set together with listenerPath.</source>
        <translation>listenerMetadata darf nur zusammen mit listenerPath gesetzt werden.</translation>
    </message>
    <message>
        <source>SCMP_ACT_NOTIFY cannot be the default action: the agent would be asked about every system call.</source>
        <translation>SCMP_ACT_NOTIFY kann nicht die Standardaktion sein: Der Agent würde zu jedem Systemaufruf befragt.</translation>
    </message>
    <message>
        <source>%1 does not return an error number; runtimes refuse defaultErrnoRet with it.</source>
        <translation>%1 gibt keine Fehlernummer zurück; Runtimes lehnen defaultErrnoRet damit ab.</translation>
    </message>
    <message>
        <source>A rule must name at least one system call.</source>
        <translation>Eine Regel muss mindestens einen Systemaufruf nennen.</translation>
    </message>
    <message>
        <source>SCMP_ACT_NOTIFY needs listenerPath, the socket of the agent to notify.</source>
        <translation>SCMP_ACT_NOTIFY benötigt listenerPath, den Socket des zu benachrichtigenden Agenten.</translation>
    </message>
    <message>
        <source>%1 does not return an error number; runtimes refuse errnoRet with it.</source>
        <translation>%1 gibt keine Fehlernummer zurück; Runtimes lehnen errnoRet damit ab.</translation>
    </message>
    <message>
        <source>System calls have at most six arguments (index 0 to 5).</source>
        <translation>Systemaufrufe haben höchstens sechs Argumente (Index 0 bis 5).</translation>
    </message>
    <message>
        <source>Version %1 is not a 1.x release; this editor only knows the rules of runtime-spec 1.x.</source>
        <translation>Version %1 ist kein 1.x-Release; dieser Editor kennt nur die Regeln von runtime-spec 1.x.</translation>
    </message>
    <message>
        <source>Version %1 is newer than %2, the latest this editor knows; newer fields are reported as unknown.</source>
        <translation>Version %1 ist neuer als %2, die neueste Version, die dieser Editor kennt; neuere Felder werden als unbekannt gemeldet.</translation>
    </message>
    <message>
        <source>%1 uses the reserved org.opencontainers namespace but is not one of the keys the OCI specifications define; runtimes ignore it.</source>
        <translation>%1 verwendet den reservierten Namensraum org.opencontainers, ist aber keiner der Schlüssel, die die OCI-Spezifikationen festlegen; Runtimes ignorieren ihn.</translation>
    </message>
    <message>
        <source>runc refuses a device rule without access; use &quot;rwm&quot; for all of read, write and mknod.</source>
        <translation>runc lehnt eine Geräteregel ohne access ab; verwenden Sie „rwm“ für Lesen, Schreiben und mknod zusammen.</translation>
    </message>
    <message>
        <source>Listing %1 replaces runc&apos;s own, together with its device cgroup rule; allow it in linux.resources.devices, or runc fails to open it and refuses to start.</source>
        <translation>Ein eigener Eintrag %1 ersetzt den von runc samt dessen Geräte-cgroup-Regel; erlauben Sie das Gerät in linux.resources.devices, sonst kann runc es nicht öffnen und startet nicht.</translation>
    </message>
    <message>
        <source>Listing %1 replaces runc&apos;s own, together with its device cgroup rule; allow it in linux.resources.devices, or the container cannot open it.</source>
        <translation>Ein eigener Eintrag %1 ersetzt den von runc samt dessen Geräte-cgroup-Regel; erlauben Sie das Gerät in linux.resources.devices, sonst kann der Container es nicht öffnen.</translation>
    </message>
    <message>
        <source>The root filesystem %1 does not exist; runc refuses to start.</source>
        <translation>Das Root-Dateisystem %1 existiert nicht; runc startet nicht.</translation>
    </message>
    <message>
        <source>The root filesystem %1 is not a directory; runc refuses to start.</source>
        <translation>Das Root-Dateisystem %1 ist kein Verzeichnis; runc startet nicht.</translation>
    </message>
    <message>
        <source>The path to the root filesystem %1 passes through a symbolic link (it is really %2); runc refuses that.</source>
        <translation>Der Pfad zum Root-Dateisystem %1 führt über einen symbolischen Link (eigentlich ist es %2); runc lehnt das ab.</translation>
    </message>
    <message>
        <source>The container&apos;s root is host user %1 in its user namespace, and it may not enter %2; runc fails to mount the root filesystem.</source>
        <translation>Root des Containers ist in seinem Benutzer-Namensraum der Host-Benutzer %1, und der darf %2 nicht betreten; runc kann das Root-Dateisystem nicht einhängen.</translation>
    </message>
    <message>
        <source>The namespace file %1 does not exist on this machine; runc refuses to join it.</source>
        <translation>Die Namensraum-Datei %1 existiert auf diesem Rechner nicht; runc kann ihm nicht beitreten und startet nicht.</translation>
    </message>
    <message>
        <source>The bind source %1 does not exist on this machine; runc refuses to start.</source>
        <translation>Die Bind-Quelle %1 existiert auf diesem Rechner nicht; runc startet nicht.</translation>
    </message>
    <message>
        <source>This kernel does not know the file system type %1 (see /proc/filesystems); the mount will fail.</source>
        <translation>Dieser Kernel kennt den Dateisystemtyp %1 nicht (siehe /proc/filesystems); das Einhängen wird scheitern.</translation>
    </message>
    <message>
        <source>The hook program %1 is not an executable file on this machine.</source>
        <translation>Das Hook-Programm %1 ist auf diesem Rechner keine ausführbare Datei.</translation>
    </message>
    <message>
        <source>SELinux is not enabled on this machine; runc refuses a configuration with an SELinux label.</source>
        <translation>SELinux ist auf diesem Rechner nicht aktiv; runc lehnt eine Konfiguration mit SELinux-Label ab.</translation>
    </message>
    <message>
        <source>AppArmor is not enabled on this machine; runc cannot apply the profile and refuses to start.</source>
        <translation>AppArmor ist auf diesem Rechner nicht aktiv; runc kann das Profil nicht anwenden und startet nicht.</translation>
    </message>
    <message>
        <source>runc runs here without CAP_SYS_RESOURCE and cannot set an OOM score below its own (%1).</source>
        <translation>runc läuft hier ohne CAP_SYS_RESOURCE und kann keinen OOM-Wert unter seinem eigenen (%1) setzen.</translation>
    </message>
    <message>
        <source>runc runs here without CAP_SYS_RESOURCE and cannot raise the hard limit above its own (%1).</source>
        <translation>runc läuft hier ohne CAP_SYS_RESOURCE und kann die harte Grenze nicht über seine eigene (%1) anheben.</translation>
    </message>
    <message>
        <source>This machine does not use cgroup v2 alone; runc refuses unified settings here.</source>
        <translation>Dieser Rechner verwendet nicht ausschließlich cgroup v2; runc lehnt unified-Einstellungen hier ab.</translation>
    </message>
    <message>
        <source>The block I/O controller of this machine has no %1 file (its I/O scheduler keeps no weights); runc refuses to start.</source>
        <translation>Der Block-I/O-Controller dieses Rechners hat keine Datei %1 (sein I/O-Scheduler kennt keine Gewichte); runc startet nicht.</translation>
    </message>
    <message>
        <source>This machine has no memory node %1; runc refuses to start.</source>
        <translation>Dieser Rechner hat keinen Speicherknoten %1; runc startet nicht.</translation>
    </message>
    <message>
        <source>This machine has no CPU %1 online; runc refuses to start.</source>
        <translation>Auf diesem Rechner ist keine CPU %1 online; runc startet nicht.</translation>
    </message>
    <message>
        <source>This kernel has no setting %1 under /proc/sys; runc will fail to write it.</source>
        <translation>Dieser Kernel hat keine Einstellung %1 unter /proc/sys; runc wird sie nicht schreiben können.</translation>
    </message>
    <message>
        <source>runc only mounts a proc file system on /proc and refuses anything else there.</source>
        <translation>runc hängt auf /proc nur ein proc-Dateisystem ein und lehnt dort alles andere ab.</translation>
    </message>
    <message>
        <source>runc refuses mounts inside /proc, except on the few files lxcfs emulates such as /proc/meminfo.</source>
        <translation>runc lehnt Einhängepunkte innerhalb von /proc ab, außer auf den wenigen Dateien, die lxcfs nachbildet, etwa /proc/meminfo.</translation>
    </message>
    <message>
        <source>runc 1.1 does not know the time namespace and refuses the configuration; crun supports it.</source>
        <translation>runc 1.1 kennt den Zeit-Namensraum nicht und lehnt die Konfiguration ab; crun unterstützt ihn.</translation>
    </message>
    <message>
        <source>ID mappings only take effect in a user namespace, and runc ignores them without one; add one to linux.namespaces.</source>
        <translation>ID-Zuordnungen wirken nur in einem Benutzer-Namensraum, und ohne einen ignoriert runc sie; fügen Sie linux.namespaces einen hinzu.</translation>
    </message>
    <message>
        <source>The kernel takes host names of at most 64 bytes; runc refuses a longer one.</source>
        <translation>Der Kernel nimmt Hostnamen von höchstens 64 Bytes an; runc lehnt einen längeren ab.</translation>
    </message>
    <message>
        <source>Setting domainname needs a UTS namespace of the container&apos;s own; runc 1.1 ignores domainname, newer runtimes refuse it.</source>
        <translation>Das Setzen von domainname erfordert einen eigenen UTS-Namensraum des Containers; runc 1.1 ignoriert domainname, neuere Runtimes lehnen es ab.</translation>
    </message>
    <message>
        <source>Masked and read-only paths need a mount namespace of the container&apos;s own; runc refuses them without one.</source>
        <translation>Maskierte und schreibgeschützte Pfade erfordern einen eigenen Mount-Namensraum des Containers; ohne einen lehnt runc sie ab.</translation>
    </message>
    <message>
        <source>runc refuses kernel.hostname because it competes with the hostname field; set hostname instead.</source>
        <translation>runc lehnt kernel.hostname ab, weil es mit dem Feld hostname konkurriert; setzen Sie stattdessen hostname.</translation>
    </message>
    <message>
        <source>%1 is not isolated by any namespace; setting it would affect the whole host, and runc refuses it.</source>
        <translation>%1 wird von keinem Namensraum isoliert; es zu setzen beträfe den ganzen Host, und runc lehnt es ab.</translation>
    </message>
    <message>
        <source>The configuration has no process; runc refuses to create a container without one.</source>
        <translation>Die Konfiguration hat keinen Prozess; ohne einen legt runc keinen Container an.</translation>
    </message>
    <message>
        <source>runc accepts user and group IDs up to %1 only and refuses to start.</source>
        <translation>runc nimmt Benutzer- und Gruppen-IDs nur bis %1 an und startet nicht.</translation>
    </message>
    <message>
        <source>The variable contains a NUL character; runc refuses to start the process.</source>
        <translation>Die Variable enthält ein NUL-Zeichen; runc startet den Prozess nicht.</translation>
    </message>
    <message>
        <source>%1 is limited more than once; the specification forbids that (runc 1.1 sets each in turn, so the last one counts).</source>
        <translation>%1 wird mehrfach begrenzt; die Spezifikation verbietet das (runc 1.1 setzt eine Grenze nach der anderen, also zählt die letzte).</translation>
    </message>
    <message>
        <source>A memory limit below %1 bytes is smaller than runc&apos;s own start-up process, and runc fails to set it.</source>
        <translation>Eine Speichergrenze unter %1 Bytes ist kleiner als der Startprozess von runc selbst, und runc kann sie nicht setzen.</translation>
    </message>
    <message>
        <source>swap limits memory plus swap and needs a memory limit; runc refuses it without one.</source>
        <translation>swap begrenzt Speicher plus Auslagerung und braucht eine Speichergrenze; ohne eine lehnt runc es ab.</translation>
    </message>
    <message>
        <source>CPU shares must lie between 2 and 262144; runc refuses %1.</source>
        <translation>CPU-Anteile müssen zwischen 2 und 262144 liegen; runc lehnt %1 ab.</translation>
    </message>
    <message>
        <source>The CPU period must lie between 1000 and 1000000 microseconds; the kernel refuses %1.</source>
        <translation>Die CPU-Periode muss zwischen 1000 und 1000000 Mikrosekunden liegen; der Kernel lehnt %1 ab.</translation>
    </message>
    <message>
        <source>The CPU quota must be at least 1000 microseconds (or negative for no limit); the kernel refuses %1.</source>
        <translation>Das CPU-Kontingent muss mindestens 1000 Mikrosekunden betragen (oder negativ sein für keine Grenze); der Kernel lehnt %1 ab.</translation>
    </message>
    <message>
        <source>Block I/O weights must lie between 10 and 1000; the kernel refuses %1.</source>
        <translation>Block-I/O-Gewichte müssen zwischen 10 und 1000 liegen; der Kernel lehnt %1 ab.</translation>
    </message>
    <message>
        <source>The task limit cannot be negative; runc treats it as no limit. Use -1 for that.</source>
        <translation>Die Task-Grenze kann nicht negativ sein; runc behandelt sie als unbegrenzt. Verwenden Sie dafür -1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capability this editor knows. The specification requires runtimes to refuse it; runc 1.1 only warns and skips it.</source>
        <translation>„%1“ ist keine Capability, die dieser Editor kennt. Die Spezifikation verlangt, dass Runtimes sie ablehnen; runc 1.1 warnt nur und überspringt sie.</translation>
    </message>
    <message>
        <source>runc 1.1 supports no seccomp flags and refuses the configuration; remove them or use crun.</source>
        <translation>runc 1.1 unterstützt keine seccomp-Flags und lehnt die Konfiguration ab; entfernen Sie sie oder verwenden Sie crun.</translation>
    </message>
    <message>
        <source>runc 1.1 does not know the architecture %1 and refuses the configuration.</source>
        <translation>runc 1.1 kennt die Architektur %1 nicht und lehnt die Konfiguration ab.</translation>
    </message>
    <message>
        <source>An empty system call name is not valid; runc refuses it.</source>
        <translation>Ein leerer Systemaufrufname ist ungültig; runc lehnt ihn ab.</translation>
    </message>
    <message>
        <source>runc writes to its parent after installing the filter, so it refuses SCMP_ACT_NOTIFY for write.</source>
        <translation>runc schreibt nach dem Installieren des Filters an seinen Elternprozess und lehnt daher SCMP_ACT_NOTIFY für write ab.</translation>
    </message>
    <message>
        <source>No listed architecture has a system call named %1; runc ignores it without a word.</source>
        <translation>Keine der aufgeführten Architekturen hat einen Systemaufruf namens %1; runc ignoriert ihn stillschweigend.</translation>
    </message>
    <message>
        <source>The file starts with a byte order mark. runc reads config.json with Go&apos;s JSON decoder, which refuses it; save the file as UTF-8 without one.</source>
        <translation>Die Datei beginnt mit einer Byte-Reihenfolge-Markierung. runc liest config.json mit dem JSON-Decoder von Go, der sie ablehnt; speichern Sie die Datei als UTF-8 ohne Markierung.</translation>
    </message>
    <message>
        <source>runc reads config.json with Go&apos;s JSON decoder, which refuses -0 for a field without a sign; write 0.</source>
        <translation>runc liest config.json mit dem JSON-Decoder von Go, der -0 für ein Feld ohne Vorzeichen ablehnt; schreiben Sie 0.</translation>
    </message>
    <message>
        <source>The container has a user namespace but no %1; runc refuses to start without them.</source>
        <translation>Der Container hat einen Benutzer-Namensraum, aber keine %1; ohne sie startet runc nicht.</translation>
    </message>
    <message>
        <source>%1 gives the container&apos;s %2 0 no host ID; runc needs it for the container&apos;s root and refuses to start.</source>
        <translation>%1 ordnet der %2 0 des Containers keine Host-ID zu; runc braucht sie für Root im Container und startet nicht.</translation>
    </message>
    <message>
        <source>The process runs as %1 %2, which %3 does not map; runc refuses to start it.</source>
        <translation>Der Prozess läuft als %1 %2, die %3 nicht zuordnet; runc startet ihn nicht.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>oci-bundle-editor: cannot load the editor window (%1).
The headless subcommands still work; see oci-bundle-editor --help.
</source>
        <translation>oci-bundle-editor: Das Editorfenster kann nicht geladen werden (%1).
Die Unterbefehle ohne Fenster funktionieren weiterhin; siehe oci-bundle-editor --help.
</translation>
    </message>
</context>
</TS>
