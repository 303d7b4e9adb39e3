<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutText</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OCI Bundle Editor %1&lt;/h3&gt;&lt;p&gt;Author, inspect and run OCI runtime bundles: a config.json and its root filesystem.&lt;/p&gt;&lt;p&gt;Follows the OCI runtime specification 1.0.0 to 1.3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OCI Bundle Editor %1&lt;/h3&gt;&lt;p&gt;OCI-Runtime-Bundles erstellen, untersuchen und ausführen: eine config.json und ihr Root-Dateisystem.&lt;/p&gt;&lt;p&gt;Folgt der OCI-Runtime-Spezifikation 1.0.0 bis 1.3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: not installed</source>
        <translation>%1: nicht installiert</translation>
    </message>
    <message>
        <source>%1 at %2 (it did not say its version)</source>
        <translation>%1 unter %2 (ohne Angabe der Version)</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 unter %3</translation>
    </message>
    <message>
        <source>%1 %2 at %3, built for runtime-spec %4</source>
        <translation>%1 %2 unter %3, erstellt für runtime-spec %4</translation>
    </message>
</context>
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
    <message>
        <source>Move the selected entry up</source>
        <translation>Ausgewählten Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>Ausgewählten Eintrag nach unten verschieben</translation>
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
    <name>BundleFileDialog</name>
    <message>
        <source>Open Bundle</source>
        <translation>Bundle öffnen</translation>
    </message>
    <message>
        <source>Bundle configuration (config.json)</source>
        <translation>Bundle-Konfiguration (config.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Bundle:</translation>
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
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>The unit of the number; changing it keeps the number and changes the size</source>
        <translation>Die Einheit der Zahl; eine andere Einheit behält die Zahl und ändert die Größe</translation>
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
    <message>
        <source>Each capability against the five sets; Space ticks the current cell</source>
        <translation>Jede Capability in den fünf Mengen; die Leertaste setzt oder löscht das Häkchen der aktuellen Zelle</translation>
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
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
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
    <message>
        <source>check DIR [--format text|json] [--security] [--fix CODE]...</source>
        <translation>check VERZ [--format text|json] [--security] [--fix CODE]...</translation>
    </message>
    <message>
        <source>Validates DIR/config.json (DIR may be the file itself). Exits with 0
without errors (warnings allowed), 1 with errors, 2 when the bundle
cannot be read. With --format json every outcome, an unreadable
bundle too, is one JSON object on standard output.
--security adds a hardening review: a summary per standard (Docker
Bench, Pod Security Standards, kubesec, Trivy), then each finding
with its code, the controls it fails and its fix, if there is one.
Hardening findings never change the exit code.
--fix CODE (repeatable) applies the fix of every finding with that
security code, saves like set and prints what changed. An unknown
code or nothing to fix exits with 2 and writes nothing.</source>
        <translation>Prüft VERZ/config.json (VERZ darf auch die Datei selbst sein). Exit-Code 0
ohne Fehler (Warnungen erlaubt), 1 bei Fehlern, 2 wenn das Bundle nicht
lesbar ist. Mit --format json ist jedes Ergebnis, auch ein nicht lesbares
Bundle, ein JSON-Objekt auf der Standardausgabe.
--security fügt eine Sicherheitsbewertung hinzu: eine Übersicht je Standard
(Docker Bench, Pod Security Standards, kubesec, Trivy), dann jeder Befund
mit Code, den nicht erfüllten Kontrollen und seiner Behebung, falls es
eine gibt. Härtungsbefunde ändern den Exit-Code nie.
--fix CODE (mehrfach möglich) wendet die Behebung jedes Befunds mit
diesem Sicherheitscode an, speichert wie set und zeigt, was sich geändert
hat. Ein unbekannter Code oder nichts zu beheben ergibt 2, und nichts
wird geschrieben.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>Die Option %1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>Security review: %1</source>
        <extracomment>Heads the review of check --security, e.g. &quot;Security review: 3 warnings, 2 notes&quot;.</extracomment>
        <translation>Sicherheitsbewertung: %1</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>Fix: %1 (--fix %2)</source>
        <extracomment>%1 says what the fix does, %2 is the code to give to check --fix.</extracomment>
        <translation>Behebung: %1 (--fix %2)</translation>
    </message>
    <message>
        <source>Fixed %1 at %2: %3</source>
        <extracomment>%1 is a security code, %2 the field, %3 what the fix did.</extracomment>
        <translation>%1 bei %2 behoben: %3</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <extracomment>One change of a fix, then the value it replaced or removed.</extracomment>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a security code; check --security DIR lists the codes of a bundle.</source>
        <translation>„%1“ ist kein Sicherheitscode; check --security VERZ listet die Codes eines Bundles auf.</translation>
    </message>
    <message>
        <source>%1 has no automatic fix; its explanation in check --security says what to do.</source>
        <translation>Für %1 gibt es keine automatische Behebung; die Erklärung in check --security sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Nothing to fix: %1 has no finding %2 that a fix removes.</source>
        <translation>Nichts zu beheben: %1 hat keinen Befund %2, den eine Behebung beseitigt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>After check --fix: the file written.</extracomment>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Sets a value (JSON text: &apos;&quot;text&quot;&apos;, 42, &apos;[&quot;a&quot;]&apos;), creating missing
parent objects as the editor does, reports validation errors and saves
anyway, changing only that value&apos;s lines. A value that cannot be
stored exactly as typed is refused. Commands on the same bundle take
turns. Exits with 0, 1 when the result has errors, 2 when nothing was
written.</source>
        <translation>Setzt einen Wert (JSON-Text: &apos;&quot;text&quot;&apos;, 42, &apos;[&quot;a&quot;]&apos;) und legt fehlende
übergeordnete Objekte an wie der Editor, meldet Validierungsfehler und
speichert trotzdem, wobei nur die Zeilen dieses Werts geändert werden.
Ein Wert, der sich nicht genau wie eingegeben speichern lässt, wird
abgelehnt. Befehle auf demselben Bundle kommen nacheinander an die
Reihe. Exit-Code 0, 1 wenn das Ergebnis Fehler enthält, 2 wenn nichts
geschrieben wurde.</translation>
    </message>
    <message>
        <source>new DIR --template runc|rootless|demo | --from-image REF [--template runc|rootless]</source>
        <translation>new VERZ --template runc|rootless|demo | --from-image REF [--template runc|rootless]</translation>
    </message>
    <message>
        <source>Creates a bundle; demo adds a busybox rootfs that runs with runc.
--from-image unpacks an image into DIR (absent or empty) with umoci and
writes config.json from the template (default runc) and the image&apos;s
command, environment, user, working directory, volumes and labels.
REF is an OCI layout PATH[:TAG], oci-archive:PATH, docker-archive:PATH
or docker://NAME[:TAG] (archives and registries need skopeo). Exits
with 0, or 2 when nothing was written.</source>
        <translation>Erstellt ein Bundle; demo fügt ein Busybox-Root-Dateisystem hinzu, das mit
runc läuft. --from-image entpackt mit umoci ein Abbild nach VERZ (fehlend
oder leer) und schreibt config.json aus der Vorlage (Standard runc) und
Befehl, Umgebung, Benutzer, Arbeitsverzeichnis, Volumes und Labels des
Abbilds. REF ist ein OCI-Layout PFAD[:TAG], oci-archive:PFAD,
docker-archive:PFAD oder docker://NAME[:TAG] (Archive und Registries
brauchen skopeo). Exit-Code 0, oder 2 wenn nichts geschrieben wurde.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Created %1 from the image %2 and the %3 template.</source>
        <translation>%1 wurde aus dem Abbild %2 und der Vorlage %3 erstellt.</translation>
    </message>
    <message>
        <source>diff A B [--format text|json] [--order]</source>
        <translation>diff A B [--format text|json] [--order]</translation>
    </message>
    <message>
        <source>Compares two configs field by field; A and B are bundle directories
or config.json files. Members compare by name in any order, numbers
by value; mounts are matched by destination, namespaces and rlimits
by type, env entries by name, devices by path, hooks by path and
arguments. One line per change: + added, - removed, ~ changed,
&gt; moved. --format json prints a list of {op, path, title, old, new}.
--order also reports members and list elements in another order.
Exits with 0 when the configs are the same, 1 when they differ, 2
when one cannot be read.</source>
        <translation>Vergleicht zwei Konfigurationen Feld für Feld; A und B sind
Bundle-Verzeichnisse oder config.json-Dateien. Member werden nach Namen
verglichen, in beliebiger Reihenfolge, Zahlen nach Wert; Mounts werden
über das Ziel zugeordnet, Namespaces und rlimits über den Typ,
Umgebungsvariablen über den Namen, Geräte über den Pfad, Hooks über Pfad
und Argumente. Eine Zeile pro Änderung: + hinzugefügt, - entfernt,
~ geändert, &gt; verschoben. --format json gibt eine Liste von
{op, path, title, old, new} aus. --order meldet auch Member und
Listenelemente in anderer Reihenfolge. Exit-Code 0, wenn die
Konfigurationen gleich sind, 1, wenn sie sich unterscheiden, 2, wenn
eine nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>diff takes two bundle directories or config.json files.</source>
        <translation>diff erwartet zwei Bundle-Verzeichnisse oder config.json-Dateien.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 the bundle has validation errors (diff: the configs
differ); 2 nothing could be done (a usage error, an unreadable bundle, a
bad pointer or value, a security code with nothing to fix, a failed write).</source>
        <translation>Exit-Codes: 0 erledigt; 1 das Bundle hat Validierungsfehler (diff: die
Konfigurationen unterscheiden sich); 2 nichts ließ sich tun (falscher Aufruf,
nicht lesbares Bundle, falscher Pointer oder Wert, Sicherheitscode ohne etwas
zu beheben, Schreibfehler).</translation>
    </message>
    <message>
        <source>pointers DIR [PREFIX]</source>
        <translation>pointers VERZ [PRÄFIX]</translation>
    </message>
    <message>
        <source>Prints the JSON pointer of every value in the config, one per line,
in the file&apos;s order: the pointers get and set take. With PREFIX only
those that start with it. For scripts and shell completion.</source>
        <translation>Gibt den JSON-Pointer jedes Werts der Konfiguration aus, einen je
Zeile, in der Reihenfolge der Datei: die Pointer, die get und set
nehmen. Mit PRÄFIX nur die, die damit beginnen. Für Skripte und die
Vervollständigung der Shell.</translation>
    </message>
    <message>
        <source>pointers takes a bundle directory and, if you like, a prefix.</source>
        <translation>pointers nimmt ein Bundle-Verzeichnis und, wenn gewünscht, ein Präfix.</translation>
    </message>
    <message>
        <source>help takes one of the commands %1; &quot;%2&quot; is none of them.</source>
        <translation>help erwartet einen der Befehle %1; „%2“ ist keiner davon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command (%2, help) nor an existing bundle directory or config.json.</source>
        <translation>„%1“ ist weder ein Befehl (%2, help) noch ein vorhandenes Bundle-Verzeichnis oder eine config.json.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Report &amp;order changes too</source>
        <translation>Auch Änderungen der &amp;Reihenfolge melden</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Members in another order, and list elements moved where their order does not matter (env, namespaces)</source>
        <translation>Member in anderer Reihenfolge und verschobene Listenelemente, wo die Reihenfolge keine Rolle spielt (env, Namespaces)</translation>
    </message>
    <message>
        <source>Differences between this bundle and %1. Double-click a change to go to its field.</source>
        <extracomment>%1 names the other config: a path or &quot;the runc template&quot;.</extracomment>
        <translation>Unterschiede zwischen diesem Bundle und %1. Doppelklicken Sie auf eine Änderung, um zu ihrem Feld zu gehen.</translation>
    </message>
    <message>
        <source>This bundle</source>
        <translation>Dieses Bundle</translation>
    </message>
    <message>
        <source>The two configurations are the same.</source>
        <translation>Die beiden Konfigurationen sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The fields that differ, as a tree; Enter goes to the field in the editor</source>
        <translation>Die Felder, die sich unterscheiden, als Baum; die Eingabetaste führt zum Feld im Editor</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <source>Compare &amp;With</source>
        <translation>Ver&amp;gleichen mit</translation>
    </message>
    <message>
        <source>&amp;Bundle or config.json…</source>
        <translation>&amp;Bundle oder config.json…</translation>
    </message>
    <message>
        <source>The File on &amp;Disk</source>
        <translation>Der Datei auf der &amp;Festplatte</translation>
    </message>
    <message>
        <source>Compare this bundle field by field with another bundle or config.json</source>
        <translation>Dieses Bundle Feld für Feld mit einem anderen Bundle oder einer config.json vergleichen</translation>
    </message>
    <message>
        <source>Compare this bundle with its config.json as saved</source>
        <translation>Dieses Bundle mit seiner gespeicherten config.json vergleichen</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <extracomment>A menu entry of File › Compare With; %1 is a template&apos;s title, as in File › New.</extracomment>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>the template “%1”</source>
        <extracomment>Names the other side of a comparison; %1 is a template&apos;s title.</extracomment>
        <translation>der Vorlage „%1“</translation>
    </message>
</context>
<context>
    <name>ConceptBrowser</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>The chosen concept explained; Tab moves between its links</source>
        <translation>Das gewählte Konzept erklärt; die Tabulatortaste springt zwischen seinen Links</translation>
    </message>
</context>
<context>
    <name>ConceptPage</name>
    <message>
        <source>&lt;b&gt;Where to edit it:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Wo Sie es bearbeiten:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>In This Bundle</source>
        <translation>In diesem Bundle</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>A &lt;b&gt;bundle&lt;/b&gt; is a directory that holds all a runtime such as runc needs to start a container: a file named &lt;code&gt;config.json&lt;/code&gt;, which describes the process, its environment and its isolation, and a &lt;b&gt;root filesystem&lt;/b&gt;, the directory tree the process sees as &lt;code&gt;/&lt;/code&gt;.</source>
        <translation>Ein &lt;b&gt;Bundle&lt;/b&gt; ist ein Verzeichnis mit allem, was eine Laufzeitumgebung wie runc zum Starten eines Containers braucht: einer Datei namens &lt;code&gt;config.json&lt;/code&gt;, die den Prozess, seine Umgebung und seine Isolation beschreibt, und einem &lt;b&gt;Root-Dateisystem&lt;/b&gt;, dem Verzeichnisbaum, den der Prozess als &lt;code&gt;/&lt;/code&gt; sieht.</translation>
    </message>
    <message>
        <source>A runtime knows nothing about images or layers: unpacking an image into a root filesystem is the job of tools such as umoci, and the bundle is what they leave behind. &lt;code&gt;root.path&lt;/code&gt; names the root filesystem, usually relative to the bundle directory; with &lt;code&gt;root.readonly&lt;/code&gt; the container cannot write to it.</source>
        <translation>Eine Laufzeitumgebung weiß nichts von Images oder Schichten: Ein Image in ein Root-Dateisystem zu entpacken ist Aufgabe von Werkzeugen wie umoci, und das Bundle ist, was sie hinterlassen. &lt;code&gt;root.path&lt;/code&gt; nennt das Root-Dateisystem, meist relativ zum Bundle-Verzeichnis; mit &lt;code&gt;root.readonly&lt;/code&gt; kann der Container nicht hineinschreiben.</translation>
    </message>
    <message>
        <source>unknown until a root filesystem is named</source>
        <translation>unbekannt, solange kein Root-Dateisystem genannt ist</translation>
    </message>
    <message>
        <source>unknown until the bundle is saved</source>
        <translation>unbekannt, bis das Bundle gespeichert ist</translation>
    </message>
    <message>
        <source>missing: the container cannot start until it exists</source>
        <translation>fehlt: Der Container kann erst starten, wenn es existiert</translation>
    </message>
    <message>
        <source>not a directory: the container cannot start</source>
        <translation>kein Verzeichnis: Der Container kann nicht starten</translation>
    </message>
    <message numerus="yes">
        <source>a directory with %n entries at its top</source>
        <translation>
            <numerusform>ein Verzeichnis mit %n Eintrag auf oberster Ebene</numerusform>
            <numerusform>ein Verzeichnis mit %n Einträgen auf oberster Ebene</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle directory</source>
        <translation>Bundle-Verzeichnis</translation>
    </message>
    <message>
        <source>Specification version</source>
        <translation>Version der Spezifikation</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Root-Dateisystem</translation>
    </message>
    <message>
        <source>Its state</source>
        <translation>Sein Zustand</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Next: %1, what a runtime does with the bundle.</source>
        <translation>Weiter: %1, was eine Laufzeitumgebung mit dem Bundle tut.</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 hook(s) of this bundle</source>
        <extracomment>%1 is the hook phase, e.g. createRuntime.</extracomment>
        <translation>
            <numerusform>%n %1-Hook dieses Bundles</numerusform>
            <numerusform>%n %1-Hooks dieses Bundles</numerusform>
        </translation>
    </message>
    <message>
        <source>A container created from a bundle passes through four states, and the runtime keeps track of them in its state directory (&lt;code&gt;runc list&lt;/code&gt; shows them). Each runtime command moves it one step on.</source>
        <translation>Ein aus einem Bundle erstellter Container durchläuft vier Zustände, und die Laufzeitumgebung führt über sie Buch in ihrem Zustandsverzeichnis (&lt;code&gt;runc list&lt;/code&gt; zeigt sie). Jeder Befehl der Laufzeitumgebung bringt ihn einen Schritt weiter.</translation>
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
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>(no program: process.args is empty)</source>
        <translation>(kein Programm: process.args ist leer)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>The state is creating while the runtime builds the namespaces, mounts and cgroup, and created once the environment is ready. The program has not run yet; the runtime&apos;s helper process waits in its place.</source>
        <translation>Der Zustand ist „wird erstellt“, solange die Laufzeitumgebung Namensräume, Mounts und Cgroup aufbaut, und „erstellt“, sobald die Umgebung bereit ist. Das Programm ist noch nicht gelaufen; an seiner Stelle wartet der Hilfsprozess der Laufzeitumgebung.</translation>
    </message>
    <message>
        <source>The state becomes running: the waiting process executes %1.</source>
        <translation>Der Zustand wird „läuft“: Der wartende Prozess führt %1 aus.</translation>
    </message>
    <message>
        <source>Sends a signal. When the program ends, by a signal or by itself, the state is stopped; the container&apos;s resources still exist.</source>
        <translation>Sendet ein Signal. Endet das Programm, durch ein Signal oder von selbst, ist der Zustand „gestoppt“; die Ressourcen des Containers bestehen noch.</translation>
    </message>
    <message>
        <source>Removes what create built; the container is gone.</source>
        <translation>Entfernt, was create aufgebaut hat; der Container ist fort.</translation>
    </message>
    <message>
        <source>&lt;code&gt;runc run&lt;/code&gt; is create and start in one, and it waits for the program to end: %1. The Run mode does the same with its buttons.</source>
        <translation>&lt;code&gt;runc run&lt;/code&gt; ist create und start in einem und wartet, bis das Programm endet: %1. Der Modus „Ausführen“ tut dasselbe mit seinen Schaltflächen.</translation>
    </message>
    <message>
        <source>See %1 for the programs that run between these steps.</source>
        <translation>Unter %1 finden Sie die Programme, die zwischen diesen Schritten laufen.</translation>
    </message>
    <message>
        <source>process IDs: the container&apos;s first process is PID 1 and sees only the processes of its own namespace</source>
        <translation>Prozess-IDs: Der erste Prozess des Containers ist PID 1 und sieht nur die Prozesse seines eigenen Namensraums</translation>
    </message>
    <message>
        <source>network devices, addresses, routes, firewall rules and ports; a new one has only a loopback device</source>
        <translation>Netzwerkgeräte, Adressen, Routen, Firewall-Regeln und Ports; ein neuer hat nur ein Loopback-Gerät</translation>
    </message>
    <message>
        <source>the list of mounts, so that the container&apos;s mounts stay out of the host&apos;s view and the host&apos;s out of its view</source>
        <translation>die Liste der Mounts, sodass der Host die Mounts des Containers nicht sieht und der Container die des Hosts nicht</translation>
    </message>
    <message>
        <source>System V IPC objects and POSIX message queues</source>
        <translation>System-V-IPC-Objekte und POSIX-Nachrichtenwarteschlangen</translation>
    </message>
    <message>
        <source>the host name and domain name (&lt;code&gt;hostname&lt;/code&gt;, &lt;code&gt;domainname&lt;/code&gt;)</source>
        <translation>Host- und Domänenname (&lt;code&gt;hostname&lt;/code&gt;, &lt;code&gt;domainname&lt;/code&gt;)</translation>
    </message>
    <message>
        <source>user and group IDs and the capabilities that come with them (see %1)</source>
        <translation>Benutzer- und Gruppen-IDs und die Capabilities, die daran hängen (siehe %1)</translation>
    </message>
    <message>
        <source>the view of the cgroup tree: the container sees its own cgroup as the root</source>
        <translation>die Sicht auf den Cgroup-Baum: Der Container sieht seine eigene Cgroup als Wurzel</translation>
    </message>
    <message>
        <source>the monotonic and boot-time clocks</source>
        <translation>die monotone Uhr und die Uhr seit dem Systemstart</translation>
    </message>
    <message>
        <source>joins %1</source>
        <translation>tritt %1 bei</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>shared with the host</source>
        <translation>mit dem Host geteilt</translation>
    </message>
    <message>
        <source>A namespace gives the processes inside it their own instance of one kind of system resource. For each entry of &lt;code&gt;linux.namespaces&lt;/code&gt; without a path the container gets a new namespace of that type; an entry with a path joins a namespace that already exists, another container&apos;s for instance; a type that is not listed stays shared with the host.</source>
        <translation>Ein Namensraum gibt den Prozessen darin ihre eigene Instanz einer Art von Systemressource. Für jeden Eintrag in &lt;code&gt;linux.namespaces&lt;/code&gt; ohne Pfad erhält der Container einen neuen Namensraum dieses Typs; ein Eintrag mit Pfad tritt einem bestehenden Namensraum bei, etwa dem eines anderen Containers; ein Typ, der nicht aufgeführt ist, bleibt mit dem Host geteilt.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What it isolates</source>
        <translation>Was er abschirmt</translation>
    </message>
    <message>
        <source>This bundle</source>
        <translation>Dieses Bundle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Container GID &lt;b&gt;%1&lt;/b&gt; is host GID &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Container-GID &lt;b&gt;%1&lt;/b&gt; ist Host-GID &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Container UID &lt;b&gt;%1&lt;/b&gt; is host UID &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Container-UID &lt;b&gt;%1&lt;/b&gt; ist Host-UID &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Container GID &lt;b&gt;%1&lt;/b&gt; has no mapping.</source>
        <translation>Container-GID &lt;b&gt;%1&lt;/b&gt; hat keine Zuordnung.</translation>
    </message>
    <message>
        <source>Container UID &lt;b&gt;%1&lt;/b&gt; has no mapping.</source>
        <translation>Container-UID &lt;b&gt;%1&lt;/b&gt; hat keine Zuordnung.</translation>
    </message>
    <message>
        <source>In a user namespace every user and group ID has two values: the one the container&apos;s processes see and the one the host&apos;s kernel checks. &lt;code&gt;linux.uidMappings&lt;/code&gt; and &lt;code&gt;linux.gidMappings&lt;/code&gt; list ranges: &lt;i&gt;size&lt;/i&gt; IDs from &lt;i&gt;containerID&lt;/i&gt; on stand for as many IDs from &lt;i&gt;hostID&lt;/i&gt; on. Root in the container can then be an ordinary user on the host, and its capabilities count only for what the namespace owns.</source>
        <translation>In einem Benutzer-Namensraum hat jede Benutzer- und Gruppen-ID zwei Werte: den, den die Prozesse des Containers sehen, und den, den der Kernel des Hosts prüft. &lt;code&gt;linux.uidMappings&lt;/code&gt; und &lt;code&gt;linux.gidMappings&lt;/code&gt; listen Bereiche auf: &lt;i&gt;size&lt;/i&gt; IDs ab &lt;i&gt;containerID&lt;/i&gt; stehen für ebenso viele IDs ab &lt;i&gt;hostID&lt;/i&gt;. Root im Container kann dann auf dem Host ein gewöhnlicher Benutzer sein, und seine Capabilities gelten nur für das, was dem Namensraum gehört.</translation>
    </message>
    <message>
        <source>This bundle has no user namespace: the container&apos;s IDs are the host&apos;s, so UID 0 in the container is root on the host.</source>
        <translation>Dieses Bundle hat keinen Benutzer-Namensraum: Die IDs des Containers sind die des Hosts, UID 0 im Container ist also root auf dem Host.</translation>
    </message>
    <message>
        <source>Its process runs as UID &lt;b&gt;%1&lt;/b&gt;, which is host UID &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Sein Prozess läuft als UID &lt;b&gt;%1&lt;/b&gt;, und das ist Host-UID &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Its ID mappings take effect only once a user namespace is added.</source>
        <translation>Seine ID-Zuordnungen wirken erst, wenn ein Benutzer-Namensraum hinzukommt.</translation>
    </message>
    <message>
        <source>The bundle has a user namespace but no ID mappings: unless it joins an existing namespace by its path, the runtime has nothing to map and refuses to create the container.</source>
        <translation>Das Bundle hat einen Benutzer-Namensraum, aber keine ID-Zuordnungen: Sofern es nicht über einen Pfad einem bestehenden Namensraum beitritt, hat die Laufzeitumgebung nichts zuzuordnen und lehnt es ab, den Container zu erstellen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Container IDs</source>
        <translation>Container-IDs</translation>
    </message>
    <message>
        <source>Host IDs</source>
        <translation>Host-IDs</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Worked Example</source>
        <translation>Durchgerechnetes Beispiel</translation>
    </message>
    <message>
        <source>The process runs as container UID %1, so files it creates belong to the host UID it maps to.</source>
        <translation>Der Prozess läuft als Container-UID %1; Dateien, die er anlegt, gehören also der Host-UID, der sie zugeordnet ist.</translation>
    </message>
    <message>
        <source>UID &lt;b&gt;%1&lt;/b&gt; is the first container UID without a mapping. No process in the container can switch to it, so a process user without a mapping makes the start fail. The other way round, a file owned by a host UID outside the mappings shows up inside as 65534, the overflow ID (usually named nobody), and cannot be changed.</source>
        <translation>UID &lt;b&gt;%1&lt;/b&gt; ist die erste Container-UID ohne Zuordnung. Kein Prozess im Container kann zu ihr wechseln; ein Prozessbenutzer ohne Zuordnung lässt den Start also scheitern. Umgekehrt erscheint eine Datei, die einer Host-UID außerhalb der Zuordnungen gehört, im Container als 65534, die Overflow-ID (meist nobody genannt), und lässt sich nicht ändern.</translation>
    </message>
    <message>
        <source>Linux divides root&apos;s power into capabilities such as CAP_NET_ADMIN or CAP_SYS_ADMIN, each allowing one kind of privileged operation. A process holds five sets of them:</source>
        <translation>Linux teilt die Macht von root in Capabilities wie CAP_NET_ADMIN oder CAP_SYS_ADMIN auf, von denen jede eine Art privilegierter Operation erlaubt. Ein Prozess hat fünf Mengen davon:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bounding&lt;/b&gt;: the ceiling. A capability outside it can never be gained, not even by running a setuid program.</source>
        <translation>&lt;b&gt;Bounding&lt;/b&gt;: die Obergrenze. Eine Capability außerhalb davon lässt sich nie erlangen, nicht einmal durch ein setuid-Programm.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Effective&lt;/b&gt;: what the kernel checks at this moment.</source>
        <translation>&lt;b&gt;Effective&lt;/b&gt;: was der Kernel in diesem Moment prüft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inheritable&lt;/b&gt;: what may pass on to a program the process executes, when that program&apos;s file allows it.</source>
        <translation>&lt;b&gt;Inheritable&lt;/b&gt;: was an ein Programm weitergehen darf, das der Prozess ausführt, wenn die Datei des Programms es erlaubt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Permitted&lt;/b&gt;: what the process may switch on in its effective set.</source>
        <translation>&lt;b&gt;Permitted&lt;/b&gt;: was der Prozess in seiner Effective-Menge einschalten darf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ambient&lt;/b&gt;: what passes on to executed programs without any file capabilities; this is how a process that is not root keeps capabilities across exec.</source>
        <translation>&lt;b&gt;Ambient&lt;/b&gt;: was ohne Datei-Capabilities an ausgeführte Programme weitergeht; so behält ein Prozess, der nicht root ist, Capabilities über exec hinweg.</translation>
    </message>
    <message>
        <source>The kernel keeps a capability in the ambient set only while it is in both the permitted and the inheritable set, and drops it as soon as either loses it: ambient only carries along what the process could inherit anyway.</source>
        <translation>Der Kernel behält eine Capability in der Ambient-Menge nur, solange sie sowohl in der Permitted- als auch in der Inheritable-Menge ist, und entfernt sie, sobald eine der beiden sie verliert: Ambient trägt nur weiter, was der Prozess ohnehin erben könnte.</translation>
    </message>
    <message>
        <source>This bundle lists no capabilities: its process starts with none, even as root.</source>
        <translation>Dieses Bundle nennt keine Capabilities: Sein Prozess startet ohne, selbst als root.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capability</translation>
    </message>
    <message>
        <source>Ambient without being both permitted and inheritable: %1. The runtime cannot raise them.</source>
        <translation>In Ambient, ohne zugleich in Permitted und Inheritable zu sein: %1. Die Laufzeitumgebung kann sie nicht setzen.</translation>
    </message>
    <message>
        <source>The container&apos;s filesystem starts as its root filesystem. The runtime then mounts the entries of &lt;code&gt;mounts&lt;/code&gt; one after the other, each at its destination inside the container, so a later mount on the same path or on a parent path hides what an earlier one put there. A &lt;code&gt;bind&lt;/code&gt; mount shows a host directory or file inside; other types such as &lt;code&gt;proc&lt;/code&gt; or &lt;code&gt;tmpfs&lt;/code&gt; make a new filesystem of that type.</source>
        <translation>Das Dateisystem des Containers beginnt als sein Root-Dateisystem. Dann hängt die Laufzeitumgebung die Einträge von &lt;code&gt;mounts&lt;/code&gt; nacheinander ein, jeden an seinem Ziel im Container; ein späterer Mount auf demselben oder einem übergeordneten Pfad verdeckt also, was ein früherer dort abgelegt hat. Ein &lt;code&gt;bind&lt;/code&gt;-Mount zeigt ein Verzeichnis oder eine Datei des Hosts im Container; andere Typen wie &lt;code&gt;proc&lt;/code&gt; oder &lt;code&gt;tmpfs&lt;/code&gt; erzeugen ein neues Dateisystem dieses Typs.</translation>
    </message>
    <message>
        <source>This bundle has no mounts: the container sees its root filesystem alone, without /proc.</source>
        <translation>Dieses Bundle hat keine Mounts: Der Container sieht nur sein Root-Dateisystem, ohne /proc.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
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
        <source>After the mounts, masked paths are covered so that nothing can be read there, and read-only paths are mounted again read-only: both keep the container away from parts of /proc and /sys.</source>
        <translation>Nach den Mounts werden maskierte Pfade verdeckt, sodass dort nichts lesbar ist, und schreibgeschützte Pfade erneut schreibgeschützt eingehängt: Beides hält den Container von Teilen von /proc und /sys fern.</translation>
    </message>
    <message>
        <source>Root filesystem read-only</source>
        <translation>Root-Dateisystem schreibgeschützt</translation>
    </message>
    <message>
        <source>Root propagation</source>
        <translation>Propagation des Root-Dateisystems</translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation>Maskierte Pfade</translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation>Schreibgeschützte Pfade</translation>
    </message>
    <message>
        <source>not set: no limit</source>
        <translation>nicht gesetzt: keine Grenze</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 Byte (%2)</translation>
    </message>
    <message>
        <source>Control groups (cgroups) gather processes so that the kernel can account for what they use together and limit it. The runtime puts the container&apos;s processes into a cgroup, the one named by &lt;code&gt;linux.cgroupsPath&lt;/code&gt; or one it names itself, and writes the limits of &lt;code&gt;linux.resources&lt;/code&gt; into it. A limit that is not set leaves that resource unlimited.</source>
        <translation>Control Groups (Cgroups) fassen Prozesse zusammen, damit der Kernel erfassen kann, was sie gemeinsam verbrauchen, und es begrenzen kann. Die Laufzeitumgebung legt die Prozesse des Containers in eine Cgroup, die von &lt;code&gt;linux.cgroupsPath&lt;/code&gt; genannte oder eine selbst benannte, und schreibt die Grenzen aus &lt;code&gt;linux.resources&lt;/code&gt; hinein. Eine nicht gesetzte Grenze lässt die Ressource unbegrenzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) allowing or denying device access</source>
        <translation>
            <numerusform>%n Regel, die Gerätezugriff erlaubt oder verbietet</numerusform>
            <numerusform>%n Regeln, die Gerätezugriff erlauben oder verbieten</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>The CPU quota allows %1 µs of CPU time in every %2 µs: as much as %3 CPUs could do.</source>
        <translation>Die CPU-Quote erlaubt %1 µs CPU-Zeit in je %2 µs: so viel, wie %3 CPUs leisten könnten.</translation>
    </message>
    <message>
        <source>The Run mode charts what the running container uses against these limits.</source>
        <translation>Der Modus „Ausführen“ zeichnet auf, was der laufende Container gemessen an diesen Grenzen verbraucht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seccomp&lt;/b&gt; filters system calls: the kernel compares every call with a list of rules and allows it, fails it with an error or stops the process. &lt;code&gt;linux.seccomp&lt;/code&gt; names the action for calls that no rule matches and the rules for the others.</source>
        <translation>&lt;b&gt;Seccomp&lt;/b&gt; filtert Systemaufrufe: Der Kernel vergleicht jeden Aufruf mit einer Liste von Regeln und lässt ihn zu, lässt ihn mit einem Fehler scheitern oder beendet den Prozess. &lt;code&gt;linux.seccomp&lt;/code&gt; nennt die Aktion für Aufrufe, auf die keine Regel passt, und die Regeln für die übrigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AppArmor&lt;/b&gt; and &lt;b&gt;SELinux&lt;/b&gt; are mandatory access control: a profile or a label, loaded on the host, decides which files, network operations and capabilities the process may use, even as root. Which of the two a host has depends on its distribution.</source>
        <translation>&lt;b&gt;AppArmor&lt;/b&gt; und &lt;b&gt;SELinux&lt;/b&gt; sind verpflichtende Zugriffskontrolle: Ein auf dem Host geladenes Profil oder Label entscheidet, welche Dateien, Netzwerkoperationen und Capabilities der Prozess nutzen darf, selbst als root. Welches der beiden ein Host hat, hängt von seiner Distribution ab.</translation>
    </message>
    <message>
        <source>&lt;b&gt;noNewPrivileges&lt;/b&gt; means that executing a program can never add privileges: setuid bits and file capabilities are ignored. It also lets a process install a seccomp filter without CAP_SYS_ADMIN.</source>
        <translation>&lt;b&gt;noNewPrivileges&lt;/b&gt; bedeutet, dass das Ausführen eines Programms nie Privilegien hinzufügt: setuid-Bits und Datei-Capabilities werden übergangen. Außerdem darf ein Prozess damit ohne CAP_SYS_ADMIN einen Seccomp-Filter einrichten.</translation>
    </message>
    <message>
        <source>none: every system call is allowed</source>
        <translation>keiner: Jeder Systemaufruf ist erlaubt</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s); calls without a rule get %1</source>
        <translation>
            <numerusform>%n Regel; Aufrufe ohne Regel erhalten %1</numerusform>
            <numerusform>%n Regeln; Aufrufe ohne Regel erhalten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Architectures: %1</source>
        <translation>Architekturen: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>the runtime&apos;s namespaces</source>
        <translation>die Namensräume der Laufzeitumgebung</translation>
    </message>
    <message>
        <source>the container&apos;s namespaces</source>
        <translation>die Namensräume des Containers</translation>
    </message>
    <message>
        <source>during create, once the namespaces exist (deprecated: use createRuntime)</source>
        <translation>während create, sobald die Namensräume bestehen (veraltet: nutzen Sie createRuntime)</translation>
    </message>
    <message>
        <source>during create, once the namespaces exist, before the root changes</source>
        <translation>während create, sobald die Namensräume bestehen, bevor die Wurzel wechselt</translation>
    </message>
    <message>
        <source>during create, before the root changes</source>
        <translation>während create, bevor die Wurzel wechselt</translation>
    </message>
    <message>
        <source>during start, just before the program runs</source>
        <translation>während start, unmittelbar bevor das Programm läuft</translation>
    </message>
    <message>
        <source>after the program has started, before start returns</source>
        <translation>nachdem das Programm gestartet ist, bevor start zurückkehrt</translation>
    </message>
    <message>
        <source>after the container is deleted</source>
        <translation>nachdem der Container gelöscht ist</translation>
    </message>
    <message>
        <source>Hooks are programs the runtime runs at fixed points of the lifecycle, for work the container cannot do for itself, such as connecting it to a network. Each hook reads the container&apos;s state as JSON on its standard input. A hook that fails or runs past its timeout makes the runtime give up on the container, except poststart and poststop hooks, whose failures are only logged.</source>
        <translation>Hooks sind Programme, die die Laufzeitumgebung an festen Punkten des Lebenszyklus ausführt, für Arbeit, die der Container nicht selbst erledigen kann, etwa ihn mit einem Netzwerk zu verbinden. Jeder Hook liest den Zustand des Containers als JSON von seiner Standardeingabe. Scheitert ein Hook oder überschreitet er seine Zeitgrenze, gibt die Laufzeitumgebung den Container auf, außer bei poststart- und poststop-Hooks, deren Fehler nur protokolliert werden.</translation>
    </message>
    <message>
        <source>(timeout %1 s)</source>
        <translation>(Zeitgrenze %1 s)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where it runs</source>
        <translation>Wo er läuft</translation>
    </message>
    <message>
        <source>See %1 for the states these phases lie between.</source>
        <translation>Unter %1 finden Sie die Zustände, zwischen denen diese Phasen liegen.</translation>
    </message>
    <message>
        <source>Every step of these commands for this bundle, in order and with the field that causes it, is in the Run mode&apos;s %1; it lights up as a container runs.</source>
        <translation>Alle Schritte dieser Befehle für dieses Bundle stehen der Reihe nach und jeweils mit dem auslösenden Feld im Modus „Ausführen“ unter %1; dort leuchten sie auf, während ein Container läuft.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ablauf</translation>
    </message>
</context>
<context>
    <name>ConceptTopics</name>
    <message>
        <source>What a Bundle Is</source>
        <translation>Was ein Bundle ist</translation>
    </message>
    <message>
        <source>The Container&apos;s Lifecycle</source>
        <translation>Der Lebenszyklus des Containers</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <source>User Namespaces and ID Mappings</source>
        <translation>Benutzer-Namensräume und ID-Zuordnungen</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>Mounts and the Filesystem</source>
        <translation>Mounts und das Dateisystem</translation>
    </message>
    <message>
        <source>Cgroups and Resources</source>
        <translation>Cgroups und Ressourcen</translation>
    </message>
    <message>
        <source>Seccomp, AppArmor, SELinux</source>
        <translation>Seccomp, AppArmor, SELinux</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
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
    <message>
        <source>Find in the output (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>In der Ausgabe suchen (Eingabe: nächster, Umschalt+Eingabe: vorheriger, Esc: schließen)</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Konsolenausgabe</translation>
    </message>
    <message>
        <source>What the container wrote to stdout and stderr</source>
        <translation>Was der Container auf stdout und stderr geschrieben hat</translation>
    </message>
    <message>
        <source>Console input</source>
        <translation>Konsoleneingabe</translation>
    </message>
</context>
<context>
    <name>ContainerProcess</name>
    <message>
        <source>The runtime&apos;s process list is not the expected table.</source>
        <translation>Die Prozessliste der Laufzeit ist nicht die erwartete Tabelle.</translation>
    </message>
</context>
<context>
    <name>ContainerSession</name>
    <message>
        <source>The process exited with code %1.</source>
        <translation>Der Prozess wurde mit Code %1 beendet.</translation>
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
    <name>ContainerStopper</name>
    <message>
        <source>The container is %1; there is nothing to stop.</source>
        <translation>Der Container ist %1; es gibt nichts zu stoppen.</translation>
    </message>
    <message>
        <source>Stopping was canceled.</source>
        <translation>Das Stoppen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ContainerViewModel</name>
    <message>
        <source>The host has no %1 to bind here.</source>
        <translation>Der Host hat kein %1, das hier eingebunden werden könnte.</translation>
    </message>
    <message>
        <source>Nothing to read.</source>
        <translation>Nichts zu lesen.</translation>
    </message>
    <message>
        <source>root filesystem</source>
        <translation>Root-Dateisystem</translation>
    </message>
    <message>
        <source>mount %1: %2 %3</source>
        <translation>Mount %1: %2 %3</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
    <message>
        <source>created by the runtime</source>
        <translation>von der Laufzeitumgebung angelegt</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, schreibgeschützt</translation>
    </message>
    <message>
        <source>The kernel&apos;s view of the processes in the container&apos;s PID namespace, not the host&apos;s /proc.</source>
        <translation>Die Sicht des Kernels auf die Prozesse im PID-Namensraum des Containers, nicht das /proc des Hosts.</translation>
    </message>
    <message>
        <source>The kernel&apos;s view of devices, drivers and their settings.</source>
        <translation>Die Sicht des Kernels auf Geräte, Treiber und ihre Einstellungen.</translation>
    </message>
    <message>
        <source>An empty filesystem in memory: what is written there is gone when the container stops.</source>
        <translation>Ein leeres Dateisystem im Arbeitsspeicher: Was dort geschrieben wird, ist weg, wenn der Container endet.</translation>
    </message>
    <message>
        <source>The container&apos;s pseudo-terminals.</source>
        <translation>Die Pseudo-Terminals des Containers.</translation>
    </message>
    <message>
        <source>The POSIX message queues of the container&apos;s IPC namespace.</source>
        <translation>Die POSIX-Nachrichtenwarteschlangen des IPC-Namensraums des Containers.</translation>
    </message>
    <message>
        <source>The container&apos;s control groups: its limits and what it uses.</source>
        <translation>Die Control Groups des Containers: seine Limits und was er verbraucht.</translation>
    </message>
    <message>
        <source>A %1 filesystem; its contents are not read here.</source>
        <translation>Ein %1-Dateisystem; sein Inhalt wird hier nicht gelesen.</translation>
    </message>
    <message>
        <source>Masked (linux.maskedPaths): where the kernel has it, the process finds an empty read-only directory or /dev/null.</source>
        <translation>Maskiert (linux.maskedPaths): Wo der Kernel es hat, findet der Prozess ein leeres, schreibgeschütztes Verzeichnis oder /dev/null.</translation>
    </message>
    <message>
        <source>Masked (linux.maskedPaths): the process finds an empty read-only directory here.</source>
        <translation>Maskiert (linux.maskedPaths): Der Prozess findet hier ein leeres, schreibgeschütztes Verzeichnis.</translation>
    </message>
    <message>
        <source>Masked (linux.maskedPaths): the process finds /dev/null here.</source>
        <translation>Maskiert (linux.maskedPaths): Der Prozess findet hier /dev/null.</translation>
    </message>
    <message>
        <source>Not there before: the runtime creates this directory for a mount below it.</source>
        <translation>Vorher nicht vorhanden: Die Laufzeitumgebung legt dieses Verzeichnis für einen Mount darunter an.</translation>
    </message>
    <message>
        <source>From the host: %1</source>
        <translation>Vom Host: %1</translation>
    </message>
    <message>
        <source>Named in the config; the %1 filesystem has it where the kernel provides it.</source>
        <translation>In der Konfiguration genannt; das %1-Dateisystem hat es, wo der Kernel es bereitstellt.</translation>
    </message>
    <message>
        <source>The runtime creates the mount point.</source>
        <translation>Die Laufzeitumgebung legt den Mountpunkt an.</translation>
    </message>
    <message>
        <source>Read-only: %1 is in linux.readonlyPaths.</source>
        <translation>Schreibgeschützt: %1 steht in linux.readonlyPaths.</translation>
    </message>
    <message>
        <source>%1 filesystem</source>
        <translation>%1-Dateisystem</translation>
    </message>
    <message>
        <source>Not known here</source>
        <translation>Hier unbekannt</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <source>The runtime creates this device as linux.devices asks.</source>
        <translation>Die Laufzeitumgebung legt dieses Gerät an, wie linux.devices es verlangt.</translation>
    </message>
    <message>
        <source>runc creates this link in every container&apos;s /dev.</source>
        <translation>runc legt diesen Link im /dev jedes Containers an.</translation>
    </message>
    <message>
        <source>runc creates this device in every container&apos;s /dev.</source>
        <translation>runc legt dieses Gerät im /dev jedes Containers an.</translation>
    </message>
</context>
<context>
    <name>ContainersMode</name>
    <message>
        <source>This bundle belongs to container %1 (managed by %2); its runtime read it when the container was created, so edits change nothing in it. Save As copies the bundle elsewhere; Save would change the original under %2.</source>
        <translation>Dieses Bundle gehört zum Container %1 (verwaltet von %2); die Runtime hat es beim Anlegen des Containers gelesen, Änderungen ändern also nichts an ihm. Speichern unter kopiert das Bundle an einen anderen Ort; Speichern würde das Original unter %2 ändern.</translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <source>Containers on this machine</source>
        <translation>Container auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Filter by ID, bundle, owner, manager…</source>
        <translation>Nach ID, Bundle, Eigentümer, Verwalter filtern …</translation>
    </message>
    <message>
        <source>Filter containers</source>
        <translation>Container filtern</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>All runtimes</source>
        <translation>Alle Runtimes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the containers again (this happens every few seconds while shown)</source>
        <translation>Die Container neu auflisten (geschieht alle paar Sekunden, solange sie angezeigt werden)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the container&apos;s bundle in the editor, as it is on disk</source>
        <translation>Das Bundle des Containers so im Editor öffnen, wie es auf der Festplatte liegt</translation>
    </message>
    <message>
        <source>Watch in Run</source>
        <translation>In Ausführen beobachten</translation>
    </message>
    <message>
        <source>Follow the container in Run mode: its state, processes and statistics</source>
        <translation>Dem Container im Modus Ausführen folgen: Zustand, Prozesse und Statistiken</translation>
    </message>
    <message>
        <source>Shell…</source>
        <translation>Shell …</translation>
    </message>
    <message>
        <source>Start /bin/sh in the running container, in a terminal in Run mode</source>
        <translation>/bin/sh im laufenden Container starten, in einem Terminal im Modus Ausführen</translation>
    </message>
    <message>
        <source>Kill…</source>
        <translation>Beenden (kill) …</translation>
    </message>
    <message>
        <source>Send SIGKILL to the container&apos;s processes</source>
        <translation>SIGKILL an die Prozesse des Containers senden</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete the container from its runtime&apos;s state</source>
        <translation>Den Container aus dem Zustand seiner Runtime löschen</translation>
    </message>
    <message>
        <source>Containers: %1 · State directories: %2</source>
        <translation>Container: %1 · Zustandsverzeichnisse: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>The editor did not start %1: it is managed by %2 and owned by %3, and they will not know what happened to it.</source>
        <translation>Der Editor hat %1 nicht gestartet: Er wird von %2 verwaltet und gehört %3, und die werden nicht erfahren, was mit ihm geschehen ist.</translation>
    </message>
    <message>
        <source>Kill container %1 (SIGKILL)?</source>
        <translation>Container %1 beenden (SIGKILL)?</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Beenden (kill)</translation>
    </message>
    <message>
        <source>Delete container %1?</source>
        <translation>Container %1 löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Start /bin/sh in container %1?</source>
        <translation>/bin/sh im Container %1 starten?</translation>
    </message>
    <message>
        <source>Start Shell</source>
        <translation>Shell starten</translation>
    </message>
    <message>
        <source>Delete Stopped…</source>
        <translation>Beendete löschen …</translation>
    </message>
    <message>
        <source>Delete every stopped container the editor started; those of other tools stay</source>
        <translation>Jeden beendeten Container löschen, den der Editor gestartet hat; die anderer Werkzeuge bleiben</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n stopped container(s) the editor started?</source>
        <translation>
            <numerusform>Den %n beendeten Container löschen, den der Editor gestartet hat?</numerusform>
            <numerusform>Die %n beendeten Container löschen, die der Editor gestartet hat?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every container of every runtime state directory; the buttons below act on the selected one</source>
        <translation>Jeder Container jedes Zustandsverzeichnisses der Laufzeiten; die Schaltflächen darunter wirken auf den ausgewählten</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
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
    <message>
        <source>On disk</source>
        <translation>Auf der Festplatte</translation>
    </message>
    <message>
        <source>In the editor</source>
        <translation>Im Editor</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <extracomment>A tab of Show Differences: the changes field by field.</extracomment>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <extracomment>A tab of Show Differences: the changes line by line (diff -u).</extracomment>
        <translation>&amp;Zeilen</translation>
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
    <message>
        <source>The program and its arguments, split as a shell would: quotes group words, a backslash escapes the next character. Nothing is expanded.</source>
        <translation>Das Programm und seine Argumente, getrennt wie in einer Shell: Anführungszeichen fassen Wörter zusammen, ein Backslash maskiert das nächste Zeichen. Nichts wird expandiert.</translation>
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
    <message>
        <source>yes, on %1</source>
        <translation>ja, unter %1</translation>
    </message>
    <message>
        <source>Learn more: %1</source>
        <extracomment>%1 is a Learn OCI page, e.g. &quot;Namespaces&quot;.</extracomment>
        <translation>Mehr dazu: %1</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>What the field in focus means and what runtimes do with it</source>
        <translation>Was das Feld mit dem Fokus bedeutet und was Laufzeiten damit tun</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>FieldContextMenu</name>
    <message>
        <source>Copy Pointer</source>
        <translation>JSON-Pointer kopieren</translation>
    </message>
    <message>
        <source>Copy Value as JSON</source>
        <translation>Wert als JSON kopieren</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>ELF, truncated</source>
        <translation>ELF, abgeschnitten</translation>
    </message>
    <message>
        <source>ELF, invalid header</source>
        <translation>ELF, ungültiger Header</translation>
    </message>
    <message>
        <source>ELF %1-bit, %2, static (no interpreter)</source>
        <translation>ELF %1 Bit, %2, statisch (kein Interpreter)</translation>
    </message>
    <message>
        <source>ELF %1-bit, %2, interpreter %3</source>
        <translation>ELF %1 Bit, %2, Interpreter %3</translation>
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
    <name>FromImageDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>New Bundle from Image</source>
        <translation>Neues Bundle aus einem Image</translation>
    </message>
    <message>
        <source>OCI image layout directory</source>
        <translation>OCI-Image-Layout-Verzeichnis</translation>
    </message>
    <message>
        <source>OCI archive (tar)</source>
        <translation>OCI-Archiv (tar)</translation>
    </message>
    <message>
        <source>Docker archive (docker save)</source>
        <translation>Docker-Archiv (docker save)</translation>
    </message>
    <message>
        <source>Registry (needs the network)</source>
        <translation>Registry (braucht das Netzwerk)</translation>
    </message>
    <message>
        <source>An empty or new directory</source>
        <translation>Ein leeres oder neues Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>Ver&amp;zeichnis:</translation>
    </message>
    <message>
        <source>The output of skopeo and umoci appears here.</source>
        <translation>Hier erscheint die Ausgabe von skopeo und umoci.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>The image&apos;s root filesystem is unpacked with umoci (skopeo copies archives and registry images first). The config is the template&apos;s, with the image&apos;s command, environment, user, working directory and volumes on top.</source>
        <translation>Das Wurzeldateisystem des Images wird mit umoci entpackt (Archive und Registry-Images kopiert skopeo zuerst). Die Konfiguration ist die der Vorlage, darüber Befehl, Umgebung, Benutzer, Arbeitsverzeichnis und Volumes des Images.</translation>
    </message>
    <message>
        <source>Canceled; what the import had written is removed.</source>
        <translation>Abgebrochen; was der Import geschrieben hatte, ist entfernt.</translation>
    </message>
    <message>
        <source>PATH[:TAG], the tag &quot;latest&quot; when none is given</source>
        <translation>PFAD[:TAG], ohne Tag gilt „latest“</translation>
    </message>
    <message>
        <source>PATH of the .tar file</source>
        <translation>PFAD der .tar-Datei</translation>
    </message>
    <message>
        <source>NAME[:TAG], e.g. docker.io/library/busybox:latest</source>
        <translation>NAME[:TAG], z. B. docker.io/library/busybox:latest</translation>
    </message>
    <message>
        <source>Choose an OCI Image Layout</source>
        <translation>OCI-Image-Layout wählen</translation>
    </message>
    <message>
        <source>Choose an Image Archive</source>
        <translation>Image-Archiv wählen</translation>
    </message>
    <message>
        <source>Image archives (*.tar);;All files (*)</source>
        <translation>Image-Archive (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Directory for the New Bundle</source>
        <translation>Verzeichnis für das neue Bundle wählen</translation>
    </message>
    <message>
        <source>Choose a directory for the new bundle.</source>
        <translation>Wählen Sie ein Verzeichnis für das neue Bundle.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Import output</source>
        <translation>Ausgabe des Imports</translation>
    </message>
    <message>
        <source>What skopeo and umoci write while they import</source>
        <translation>Was skopeo und umoci während des Imports ausgeben</translation>
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
    <message>
        <source>Hook kinds</source>
        <translation>Hook-Arten</translation>
    </message>
    <message>
        <source>When in a container&apos;s life the hooks run; the chosen kind&apos;s hooks show beside</source>
        <translation>Wann im Leben eines Containers die Hooks laufen; die Hooks der gewählten Art stehen daneben</translation>
    </message>
</context>
<context>
    <name>HostContainersModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Verwaltet von</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>Zustandsverzeichnis</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
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
    <message>
        <source>No mappings.</source>
        <translation>Keine Zuordnungen.</translation>
    </message>
    <message>
        <source>Container ID %1 maps to host ID %2.</source>
        <translation>Die Container-ID %1 entspricht der Host-ID %2.</translation>
    </message>
    <message>
        <source>Container IDs %1–%2 map to host IDs %3–%4.</source>
        <translation>Die Container-IDs %1–%2 entsprechen den Host-IDs %3–%4.</translation>
    </message>
    <message>
        <source>This range overlaps another one.</source>
        <translation>Dieser Bereich überlappt einen anderen.</translation>
    </message>
    <message>
        <source>ID mapping diagram</source>
        <translation>Diagramm der ID-Zuordnungen</translation>
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
    <message>
        <source>User ID mappings as a diagram</source>
        <translation>Benutzer-ID-Zuordnungen als Diagramm</translation>
    </message>
    <message>
        <source>Group ID mappings as a diagram</source>
        <translation>Gruppen-ID-Zuordnungen als Diagramm</translation>
    </message>
</context>
<context>
    <name>ImageConfigMapper</name>
    <message>
        <source>The image configuration is not a JSON object.</source>
        <translation>Die Konfiguration des Abbilds ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>ImageImporter</name>
    <message>
        <source>Copying the image (skopeo)</source>
        <translation>Kopieren des Abbilds (skopeo)</translation>
    </message>
    <message>
        <source>Unpacking the image (umoci)</source>
        <translation>Entpacken des Abbilds (umoci)</translation>
    </message>
    <message>
        <source>Writing config.json</source>
        <translation>Schreiben von config.json</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>An image can be laid over the templates %1, not &quot;%2&quot;.</source>
        <translation>Ein Abbild lässt sich über die Vorlagen %1 legen, nicht über „%2“.</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty directory; a new bundle needs a directory of its own.</source>
        <translation>%1 existiert und ist kein leeres Verzeichnis; ein neues Bundle braucht ein eigenes Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 failed: %2 could not be started (%3). Install the Debian package %2.</source>
        <translation>%1 fehlgeschlagen: %2 ließ sich nicht starten (%3). Installieren Sie das Debian-Paket %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2 exited with %3.
%4</source>
        <translation>%1 fehlgeschlagen: %2 endete mit %3.
%4</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ImageLayout</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The image layout has a descriptor without a valid digest (&quot;%1&quot;).</source>
        <translation>Das Abbild-Layout hat einen Deskriptor ohne gültigen Digest („%1“).</translation>
    </message>
    <message>
        <source>The image index lists no manifests.</source>
        <translation>Der Abbild-Index listet keine Manifeste.</translation>
    </message>
    <message>
        <source>The image layout has no image tagged &quot;%1&quot;.</source>
        <translation>Das Abbild-Layout hat kein Abbild mit dem Tag „%1“.</translation>
    </message>
    <message>
        <source>The image index nests more than one level deep.</source>
        <translation>Der Abbild-Index ist mehr als eine Ebene tief verschachtelt.</translation>
    </message>
    <message>
        <source>The image&apos;s manifest names no configuration.</source>
        <translation>Das Manifest des Abbilds nennt keine Konfiguration.</translation>
    </message>
</context>
<context>
    <name>ImageReference</name>
    <message>
        <source>&quot;%1&quot; names no image.</source>
        <translation>„%1“ nennt kein Abbild.</translation>
    </message>
</context>
<context>
    <name>ImageUser</name>
    <message>
        <source>The image runs as user &quot;%1&quot;, whom the image&apos;s /etc/passwd does not list.</source>
        <translation>Das Abbild läuft als Benutzer „%1“, den die /etc/passwd des Abbilds nicht enthält.</translation>
    </message>
    <message>
        <source>The image runs with group &quot;%1&quot;, which the image&apos;s /etc/group does not list.</source>
        <translation>Das Abbild läuft mit der Gruppe „%1“, die die /etc/group des Abbilds nicht enthält.</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <source>Only what is worth a look</source>
        <translation>Nur was einen Blick wert ist</translation>
    </message>
    <message>
        <source>Setuid and setgid programs, what anyone may write, device nodes, links out of the root filesystem and owners the user namespace does not map</source>
        <translation>Setuid- und Setgid-Programme, was jeder schreiben darf, Gerätedateien, Links aus dem Root-Dateisystem hinaus und Eigentümer, die der User-Namespace nicht abbildet</translation>
    </message>
    <message>
        <source>This configuration names no root filesystem (root.path), or it is not saved yet.</source>
        <translation>Diese Konfiguration nennt kein Root-Dateisystem (root.path), oder sie ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Root filesystem: %1</source>
        <translation>Root-Dateisystem: %1</translation>
    </message>
    <message>
        <source>files: %1, folders: %2, size: %3, worth a look: %4</source>
        <translation>Dateien: %1, Ordner: %2, Größe: %3, einen Blick wert: %4</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Root-Dateisystem</translation>
    </message>
    <message>
        <source>The files of the root filesystem, read-only; Enter on a mounted path shows its mount</source>
        <translation>Die Dateien des Root-Dateisystems, nur lesbar; die Eingabetaste auf einem eingehängten Pfad zeigt seinen Mount</translation>
    </message>
</context>
<context>
    <name>InspectViewSwitch</name>
    <message>
        <source>On disk</source>
        <translation>Auf der Platte</translation>
    </message>
    <message>
        <source>The root filesystem as it lies in the bundle</source>
        <translation>Das Root-Dateisystem, wie es im Bundle liegt</translation>
    </message>
    <message>
        <source>As the container sees it</source>
        <translation>Wie der Container es sieht</translation>
    </message>
    <message>
        <source>The root filesystem with the mounts, masked and read-only paths of the configuration laid over it</source>
        <translation>Das Root-Dateisystem mit den Mounts, maskierten und schreibgeschützten Pfaden der Konfiguration darüber</translation>
    </message>
</context>
<context>
    <name>JsonEdits</name>
    <message>
        <source>Cannot add to %1: it is not an array.</source>
        <translation>Zu %1 kann nichts hinzugefügt werden: Es ist kein Array.</translation>
    </message>
    <message>
        <source>Cannot remove %1: there is nothing there.</source>
        <translation>%1 kann nicht entfernt werden: Dort ist nichts.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <extracomment>%1 is a JSON value, %2 the array it is added to.</extracomment>
        <translation>%1 zu %2 hinzufügen</translation>
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
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Find in the text (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>Im Text suchen (Eingabe: nächster, Umschalt+Eingabe: voriger, Esc: schließen)</translation>
    </message>
    <message>
        <source>The file as it will be &amp;saved (editable; Ctrl+Space completes, Ctrl+click opens the tab for a field):</source>
        <translation>Die Datei, wie sie &amp;gespeichert wird (bearbeitbar; Strg+Leertaste ergänzt, Strg+Klick öffnet den Reiter eines Felds):</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Every member of config.json as a tree; values can be edited in place</source>
        <translation>Jedes Member von config.json als Baum; Werte lassen sich an Ort und Stelle bearbeiten</translation>
    </message>
</context>
<context>
    <name>JsonTextDiff</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The whole configuration must be a JSON object.</source>
        <translation>Die gesamte Konfiguration muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>this is not valid JSON.</source>
        <translation>hier ist das JSON ungültig.</translation>
    </message>
    <message>
        <source>A number is out of the range of a JSON number a runtime can read.</source>
        <translation>Eine Zahl liegt außerhalb des Bereichs einer JSON-Zahl, die eine Laufzeitumgebung lesen kann.</translation>
    </message>
    <message>
        <source>The values are nested more than %1 levels deep.</source>
        <translation>Die Werte sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>Edit the JSON text</source>
        <translation>JSON-Text bearbeiten</translation>
    </message>
</context>
<context>
    <name>JsonTextEdit</name>
    <message>
        <source>Only the layout changed; saving keeps the file&apos;s own layout.</source>
        <translation>Nur das Layout wurde geändert; beim Speichern behält die Datei ihr eigenes Layout.</translation>
    </message>
    <message>
        <source>%1 The document changed elsewhere meanwhile; applying this text would undo those changes.</source>
        <translation>%1 Das Dokument wurde inzwischen anderswo geändert; diesen Text zu übernehmen, würde diese Änderungen rückgängig machen.</translation>
    </message>
    <message>
        <source>config.json as Save writes it, editable. Tab indents; Ctrl+Tab and Ctrl+Shift+Tab move the focus out.</source>
        <translation>config.json, wie Speichern es schreibt, bearbeitbar. Tab rückt ein; Strg+Tab und Strg+Umschalt+Tab bewegen den Fokus hinaus.</translation>
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
    <name>LaunchTimeline</name>
    <message>
        <source>Its own process numbers: the container&apos;s process will be PID 1 and sees no process of the host.</source>
        <translation>Eigene Prozessnummern: Der Prozess des Containers wird PID 1 und sieht keinen Prozess des Hosts.</translation>
    </message>
    <message>
        <source>Its own network interfaces, addresses, routes and ports; at first it has only a loopback interface.</source>
        <translation>Eigene Netzwerkschnittstellen, Adressen, Routen und Ports; anfangs nur eine Loopback-Schnittstelle.</translation>
    </message>
    <message>
        <source>Its own mount table: the mounts below are seen only inside the container.</source>
        <translation>Eigene Mount-Tabelle: Die folgenden Mounts sind nur im Container sichtbar.</translation>
    </message>
    <message>
        <source>Its own System V IPC objects and POSIX message queues.</source>
        <translation>Eigene System-V-IPC-Objekte und POSIX-Nachrichtenwarteschlangen.</translation>
    </message>
    <message>
        <source>Its own host name and domain name.</source>
        <translation>Eigener Host- und Domänenname.</translation>
    </message>
    <message>
        <source>Its own view of the cgroup tree: its cgroup appears as the root.</source>
        <translation>Eigene Sicht auf den Cgroup-Baum: Die eigene Cgroup erscheint als Wurzel.</translation>
    </message>
    <message>
        <source>Its own boot and monotonic clocks.</source>
        <translation>Eigene Boot- und monotone Uhr.</translation>
    </message>
    <message>
        <source>Its own user and group IDs, mapped to other IDs on the host.</source>
        <translation>Eigene Benutzer- und Gruppen-IDs, die anderen IDs des Hosts zugeordnet sind.</translation>
    </message>
    <message>
        <source>container %1–%2 → host %3–%4</source>
        <translation>Container %1–%2 → Host %3–%4</translation>
    </message>
    <message>
        <source>%1 create: the container is set up and waits</source>
        <translation>%1 create: Der Container wird eingerichtet und wartet</translation>
    </message>
    <message>
        <source>%1 start: the program runs</source>
        <translation>%1 start: Das Programm läuft</translation>
    </message>
    <message>
        <source>%1 delete: the container goes away</source>
        <translation>%1 delete: Der Container verschwindet</translation>
    </message>
    <message>
        <source>It runs on the host, in the runtime&apos;s namespaces, after the mounts are made and before pivot_root; the container&apos;s state (status &quot;creating&quot;, its PID) arrives on its standard input. If it fails, the create fails.</source>
        <translation>Er läuft auf dem Host in den Namensräumen der Laufzeitumgebung, nachdem die Mounts eingehängt sind und vor pivot_root; der Zustand des Containers (Status &quot;creating&quot;, seine PID) kommt auf seiner Standardeingabe an. Schlägt er fehl, schlägt create fehl.</translation>
    </message>
    <message>
        <source>It runs in the container&apos;s namespaces but still sees the host&apos;s root, just before pivot_root. If it fails, the create fails.</source>
        <translation>Er läuft in den Namensräumen des Containers, sieht aber noch die Wurzel des Hosts, unmittelbar vor pivot_root. Schlägt er fehl, schlägt create fehl.</translation>
    </message>
    <message>
        <source>prestart is deprecated; runc runs it together with createRuntime.</source>
        <translation>prestart ist veraltet; runc führt es zusammen mit createRuntime aus.</translation>
    </message>
    <message>
        <source>Runs %1 as: %2</source>
        <translation>Führt %1 aus als: %2</translation>
    </message>
    <message numerus="yes">
        <source>It is killed after %n seconds.</source>
        <translation>
            <numerusform>Er wird nach %n Sekunde beendet.</numerusform>
            <numerusform>Er wird nach %n Sekunden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hook %2: %3</source>
        <translation>%1-Hook %2: %3</translation>
    </message>
    <message>
        <source>Read and check config.json</source>
        <translation>config.json lesen und prüfen</translation>
    </message>
    <message>
        <source>%1 reads the bundle&apos;s config.json and refuses it before anything else happens if a field is invalid or unsupported.</source>
        <translation>%1 liest die config.json des Bundles und lehnt sie ab, bevor irgendetwas anderes geschieht, wenn ein Feld ungültig ist oder nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>Start runc init in its cgroup</source>
        <translation>runc init in seiner Cgroup starten</translation>
    </message>
    <message>
        <source>%1 starts its init process and places it in a new cgroup named after the container ID.</source>
        <translation>%1 startet seinen Init-Prozess und legt ihn in eine neue Cgroup, die nach der Container-ID benannt ist.</translation>
    </message>
    <message>
        <source>%1 starts its init process and places it in the cgroup %2.</source>
        <translation>%1 startet seinen Init-Prozess und legt ihn in die Cgroup %2.</translation>
    </message>
    <message>
        <source>Set the OOM score adjustment to %1</source>
        <translation>OOM-Score-Anpassung auf %1 setzen</translation>
    </message>
    <message>
        <source>Written to /proc/self/oom_score_adj: how readily the kernel&apos;s out-of-memory killer picks this container&apos;s processes.</source>
        <translation>Wird nach /proc/self/oom_score_adj geschrieben: wie bereitwillig der OOM-Killer des Kernels die Prozesse dieses Containers auswählt.</translation>
    </message>
    <message>
        <source>Join the %1 namespace at %2</source>
        <translation>Dem %1-Namensraum unter %2 beitreten</translation>
    </message>
    <message>
        <source>setns(2) into an existing namespace instead of creating one: the container shares it with whatever else is in it.</source>
        <translation>setns(2) in einen bestehenden Namensraum, statt einen neuen anzulegen: Der Container teilt ihn mit allem, was sonst darin ist.</translation>
    </message>
    <message>
        <source>Create the user namespace</source>
        <translation>Benutzer-Namensraum anlegen</translation>
    </message>
    <message>
        <source>unshare(CLONE_NEWUSER).</source>
        <translation>unshare(CLONE_NEWUSER).</translation>
    </message>
    <message>
        <source>Write the user ID mapping</source>
        <translation>Benutzer-ID-Zuordnung schreiben</translation>
    </message>
    <message>
        <source>%1 writes /proc/PID/uid_map: %2.</source>
        <translation>%1 schreibt /proc/PID/uid_map: %2.</translation>
    </message>
    <message>
        <source>Write the group ID mapping</source>
        <translation>Gruppen-ID-Zuordnung schreiben</translation>
    </message>
    <message>
        <source>%1 writes /proc/PID/gid_map: %2.</source>
        <translation>%1 schreibt /proc/PID/gid_map: %2.</translation>
    </message>
    <message>
        <source>Create the %1 namespace</source>
        <translation>%1-Namensraum anlegen</translation>
    </message>
    <message>
        <source>Create the cgroup namespace</source>
        <translation>Cgroup-Namensraum anlegen</translation>
    </message>
    <message>
        <source>Created last, once the process is in its cgroup.</source>
        <translation>Wird zuletzt angelegt, sobald der Prozess in seiner Cgroup ist.</translation>
    </message>
    <message>
        <source>Bring up the loopback interface</source>
        <translation>Loopback-Schnittstelle aktivieren</translation>
    </message>
    <message>
        <source>The new network namespace has only lo; runc sets it up. Other interfaces come from hooks (such as a CNI plugin).</source>
        <translation>Der neue Netzwerk-Namensraum hat nur lo; runc richtet es ein. Weitere Schnittstellen kommen von Hooks (etwa einem CNI-Plugin).</translation>
    </message>
    <message>
        <source>Prepare the root filesystem</source>
        <translation>Root-Dateisystem vorbereiten</translation>
    </message>
    <message>
        <source>Mount propagation of / becomes %1, so that mounts made now do not leak to the host; then the root filesystem %2 is bind-mounted onto itself so that it can become the new root.</source>
        <translation>Die Mount-Propagation von / wird auf %1 gesetzt, damit jetzt eingehängte Mounts nicht zum Host durchdringen; dann wird das Root-Dateisystem %2 per Bind-Mount auf sich selbst eingehängt, damit es die neue Wurzel werden kann.</translation>
    </message>
    <message>
        <source>Bind-mount %1 on %2</source>
        <translation>%1 per Bind-Mount unter %2 einhängen</translation>
    </message>
    <message>
        <source>Mount %1 on %2</source>
        <translation>%1 unter %2 einhängen</translation>
    </message>
    <message>
        <source>The host&apos;s %1 becomes visible at %2 inside the container.</source>
        <translation>%1 des Hosts wird im Container unter %2 sichtbar.</translation>
    </message>
    <message>
        <source>A %1 filesystem (source %2) is mounted at %3; the mount point is created first if it is missing.</source>
        <translation>Ein %1-Dateisystem (Quelle %2) wird unter %3 eingehängt; der Mount-Punkt wird zuerst angelegt, falls er fehlt.</translation>
    </message>
    <message>
        <source>Options: %1.</source>
        <translation>Optionen: %1.</translation>
    </message>
    <message>
        <source>Read-only: a bind mount is remounted read-only right after it is made.</source>
        <translation>Schreibgeschützt: Ein Bind-Mount wird direkt nach dem Einhängen schreibgeschützt neu eingehängt.</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Schreibgeschützt.</translation>
    </message>
    <message>
        <source>Create the device nodes in /dev</source>
        <translation>Gerätedateien in /dev anlegen</translation>
    </message>
    <message>
        <source>runc always creates /dev/null, /dev/zero, /dev/full, /dev/random, /dev/urandom and /dev/tty, then /dev/ptmx and the links /dev/fd, /dev/stdin, /dev/stdout and /dev/stderr.</source>
        <translation>runc legt immer /dev/null, /dev/zero, /dev/full, /dev/random, /dev/urandom und /dev/tty an, dann /dev/ptmx und die Links /dev/fd, /dev/stdin, /dev/stdout und /dev/stderr.</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n device(s) from linux.devices.</source>
        <translation>
            <numerusform>Dazu %n Gerät aus linux.devices.</numerusform>
            <numerusform>Dazu %n Geräte aus linux.devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the resource limits</source>
        <translation>Ressourcenlimits anwenden</translation>
    </message>
    <message>
        <source>%1 writes the limits to the container&apos;s cgroup before any hook runs: %2.</source>
        <translation>%1 schreibt die Limits in die Cgroup des Containers, bevor irgendein Hook läuft: %2.</translation>
    </message>
    <message>
        <source>pivot_root into %1</source>
        <translation>pivot_root nach %1</translation>
    </message>
    <message>
        <source>The root filesystem becomes /; the host&apos;s old root is unmounted, so nothing outside the bundle&apos;s root and the mounts above remains visible.</source>
        <translation>Das Root-Dateisystem wird zu /; die alte Wurzel des Hosts wird ausgehängt, sodass außerhalb der Wurzel des Bundles und der obigen Mounts nichts sichtbar bleibt.</translation>
    </message>
    <message>
        <source>chroot into %1</source>
        <translation>chroot nach %1</translation>
    </message>
    <message>
        <source>Without a new mount namespace runc can only chroot(2): the host&apos;s mounts stay reachable for a process that escapes the chroot.</source>
        <translation>Ohne neuen Mount-Namensraum kann runc nur chroot(2) verwenden: Die Mounts des Hosts bleiben für einen Prozess erreichbar, der aus dem chroot ausbricht.</translation>
    </message>
    <message>
        <source>Make the root filesystem read-only</source>
        <translation>Das Root-Dateisystem schreibgeschützt machen</translation>
    </message>
    <message>
        <source>Set up the terminal</source>
        <translation>Terminal einrichten</translation>
    </message>
    <message>
        <source>A pseudo-terminal is created inside the container and its other end is sent to the console socket; the process&apos;s standard input, output and error are that terminal.</source>
        <translation>Im Container wird ein Pseudoterminal angelegt und sein anderes Ende an den Konsolen-Socket geschickt; Standardeingabe, -ausgabe und -fehlerausgabe des Prozesses sind dieses Terminal.</translation>
    </message>
    <message>
        <source>Set the host name to %1</source>
        <translation>Hostname auf %1 setzen</translation>
    </message>
    <message>
        <source>sethostname(2) in the container&apos;s UTS namespace.</source>
        <translation>sethostname(2) im UTS-Namensraum des Containers.</translation>
    </message>
    <message>
        <source>Apply the AppArmor profile %1</source>
        <translation>AppArmor-Profil %1 anwenden</translation>
    </message>
    <message>
        <source>The profile takes effect when the program is executed.</source>
        <translation>Das Profil wirkt, sobald das Programm ausgeführt wird.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n kernel parameter(s)</source>
        <translation>
            <numerusform>%n Kernelparameter schreiben</numerusform>
            <numerusform>%n Kernelparameter schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Written under /proc/sys inside the container&apos;s namespaces: %1.</source>
        <translation>Unter /proc/sys in den Namensräumen des Containers geschrieben: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Make %n path(s) read-only</source>
        <translation>
            <numerusform>%n Pfad schreibgeschützt machen</numerusform>
            <numerusform>%n Pfade schreibgeschützt machen</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is bind-mounted onto itself read-only: %1.</source>
        <translation>Jeder wird per Bind-Mount schreibgeschützt auf sich selbst eingehängt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mask %n path(s)</source>
        <translation>
            <numerusform>%n Pfad maskieren</numerusform>
            <numerusform>%n Pfade maskieren</numerusform>
        </translation>
    </message>
    <message>
        <source>/dev/null is mounted over each file and an empty read-only tmpfs over each directory, so the container cannot read them: %1.</source>
        <translation>Über jede Datei wird /dev/null eingehängt und über jedes Verzeichnis ein leeres, schreibgeschütztes tmpfs, sodass der Container sie nicht lesen kann: %1.</translation>
    </message>
    <message>
        <source>Set no_new_privs</source>
        <translation>no_new_privs setzen</translation>
    </message>
    <message>
        <source>From now on no program can gain privileges by executing: set-user-ID bits and file capabilities are ignored.</source>
        <translation>Ab jetzt kann kein Programm durch Ausführen Rechte gewinnen: Set-User-ID-Bits und Datei-Capabilities werden ignoriert.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n resource limit(s)</source>
        <translation>
            <numerusform>%n Ressourcenlimit setzen</numerusform>
            <numerusform>%n Ressourcenlimits setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sets them with prlimit(2) from the host, while it still may raise them: %2.</source>
        <translation>%1 setzt sie mit prlimit(2) vom Host aus, solange es sie noch erhöhen darf: %2.</translation>
    </message>
    <message>
        <source>Set the SELinux label %1</source>
        <translation>SELinux-Label %1 setzen</translation>
    </message>
    <message>
        <source>The label applies when the program is executed.</source>
        <translation>Das Label gilt, sobald das Programm ausgeführt wird.</translation>
    </message>
    <message>
        <source>Load the seccomp filter</source>
        <translation>seccomp-Filter laden</translation>
    </message>
    <message numerus="yes">
        <source>Default action %1, %n rule(s).</source>
        <translation>
            <numerusform>Standardaktion %1, %n Regel.</numerusform>
            <numerusform>Standardaktion %1, %n Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without no_new_privs loading a filter needs CAP_SYS_ADMIN, so it is loaded before the capabilities are dropped.</source>
        <translation>Ohne no_new_privs erfordert das Laden eines Filters CAP_SYS_ADMIN, daher wird er geladen, bevor die Capabilities entfernt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n capabilities from the bounding set</source>
        <translation>
            <numerusform>%n Capability aus der Bounding-Menge entfernen</numerusform>
            <numerusform>%n Capabilities aus der Bounding-Menge entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every capability stays in the bounding set.</source>
        <translation>Jede Capability bleibt in der Bounding-Menge.</translation>
    </message>
    <message>
        <source>No process of the container can ever regain these: %1.</source>
        <translation>Kein Prozess des Containers kann diese je zurückerlangen: %1.</translation>
    </message>
    <message>
        <source>process.capabilities is not set, so every set is empty.</source>
        <translation>process.capabilities ist nicht gesetzt, daher ist jede Menge leer.</translation>
    </message>
    <message>
        <source>Become user %1, group %2</source>
        <translation>Zu Benutzer %1, Gruppe %2 wechseln</translation>
    </message>
    <message>
        <source>setgroups, setgid and setuid, in the container&apos;s user IDs.</source>
        <translation>setgroups, setgid und setuid, mit den Benutzer-IDs des Containers.</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n additional group(s).</source>
        <translation>
            <numerusform>Dazu %n weitere Gruppe.</numerusform>
            <numerusform>Dazu %n weitere Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change to the working directory %1</source>
        <translation>In das Arbeitsverzeichnis %1 wechseln</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set the capability sets</source>
        <translation>Capability-Mengen setzen</translation>
    </message>
    <message>
        <source>The process keeps only the capabilities the config names (%1). An ambient capability survives the exec only if it is also permitted and inheritable.</source>
        <translation>Der Prozess behält nur die Capabilities, die die Konfiguration nennt (%1). Eine Ambient-Capability übersteht exec nur, wenn sie auch permitted und inheritable ist.</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>The program is searched in the container&apos;s PATH (process.env) now, so that a missing program fails the create, not the start.</source>
        <translation>Das Programm wird jetzt im PATH des Containers (process.env) gesucht, damit ein fehlendes Programm schon create scheitern lässt, nicht erst start.</translation>
    </message>
    <message>
        <source>Wait for the start</source>
        <translation>Auf start warten</translation>
    </message>
    <message>
        <source>%1 create returns; the container is &quot;created&quot;: its namespaces and mounts exist and runc init waits on a FIFO until %1 start opens it.</source>
        <translation>%1 create kehrt zurück; der Container ist &quot;created&quot;: Seine Namensräume und Mounts bestehen, und runc init wartet an einem FIFO, bis %1 start es öffnet.</translation>
    </message>
    <message>
        <source>Let runc init continue</source>
        <translation>runc init fortfahren lassen</translation>
    </message>
    <message>
        <source>%1 start opens the FIFO the init process waits on.</source>
        <translation>%1 start öffnet das FIFO, an dem der Init-Prozess wartet.</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>execve(2) replaces runc init with the program, as PID %1 of the container: %2</source>
        <translation>execve(2) ersetzt runc init durch das Programm, als PID %1 des Containers: %2</translation>
    </message>
    <message>
        <source>The program exits</source>
        <translation>Das Programm endet</translation>
    </message>
    <message>
        <source>When the container&apos;s PID 1 ends, the kernel kills every other process in its PID namespace; runc kill sends it a signal. The container is then &quot;stopped&quot;.</source>
        <translation>Wenn PID 1 des Containers endet, beendet der Kernel jeden anderen Prozess in seinem PID-Namensraum; runc kill schickt ihm ein Signal. Der Container ist dann &quot;stopped&quot;.</translation>
    </message>
    <message>
        <source>Remove the cgroup</source>
        <translation>Cgroup entfernen</translation>
    </message>
    <message>
        <source>%1 delete removes the container&apos;s cgroup (and with it the limits).</source>
        <translation>%1 delete entfernt die Cgroup des Containers (und mit ihr die Limits).</translation>
    </message>
    <message>
        <source>Remove the container&apos;s state</source>
        <translation>Zustand des Containers entfernen</translation>
    </message>
    <message>
        <source>The state directory under the runtime&apos;s root (such as /run/runc/ID) is removed; the ID is free again. The bundle itself is left as it is.</source>
        <translation>Das Zustandsverzeichnis unter dem Wurzelverzeichnis der Laufzeitumgebung (etwa /run/runc/ID) wird entfernt; die ID ist wieder frei. Das Bundle selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 logged: %2</source>
        <translation>%1 hat protokolliert: %2</translation>
    </message>
    <message>
        <source>%1 %2 succeeded.</source>
        <translation>%1 %2 war erfolgreich.</translation>
    </message>
    <message>
        <source>The container&apos;s state became &quot;%1&quot;.</source>
        <translation>Der Zustand des Containers ist jetzt „%1“.</translation>
    </message>
    <message>
        <source>It runs inside the container, after the start and just before the program; the path is looked up in the container&apos;s root filesystem. If it fails, runc init exits without executing the program: runc start has already reported success, and the container just stops.</source>
        <translation>Er läuft im Container, nach dem Start und unmittelbar vor dem Programm; der Pfad wird im Root-Dateisystem des Containers gesucht. Schlägt er fehl, beendet sich runc init, ohne das Programm auszuführen: runc start hat dann schon Erfolg gemeldet, und der Container hält einfach an.</translation>
    </message>
    <message>
        <source>runc 1.1 runs it on the host at the end of runc create, before runc start: the program has not been executed yet. If it fails, runc kills the init and the create fails.</source>
        <translation>runc 1.1 führt ihn auf dem Host am Ende von runc create aus, vor runc start: Das Programm wurde noch nicht ausgeführt. Schlägt er fehl, beendet runc den Init-Prozess, und create schlägt fehl.</translation>
    </message>
    <message>
        <source>It runs on the host after the container&apos;s state is removed. If it fails, runc logs the error, but runc delete still succeeds: the container is gone.</source>
        <translation>Er läuft auf dem Host, nachdem der Zustand des Containers entfernt wurde. Schlägt er fehl, protokolliert runc den Fehler, aber runc delete gelingt trotzdem: Der Container ist fort.</translation>
    </message>
    <message>
        <source>No uidMappings: runc 1.1 refuses the create; container root needs a mapping.</source>
        <translation>Keine uidMappings: runc 1.1 verweigert create; der Root-Benutzer des Containers braucht eine Zuordnung.</translation>
    </message>
    <message>
        <source>No gidMappings: runc 1.1 refuses the create; container root needs a mapping.</source>
        <translation>Keine gidMappings: runc 1.1 verweigert create; der Root-Benutzer des Containers braucht eine Zuordnung.</translation>
    </message>
    <message>
        <source>Only the root mount is remounted read-only; each mount of mounts keeps its own options (writable unless it says ro).</source>
        <translation>Nur der Root-Mount wird schreibgeschützt neu eingehängt; jeder Mount aus mounts behält seine eigenen Optionen (beschreibbar, außer er nennt ro).</translation>
    </message>
    <message>
        <source>With no_new_privs it is loaded as late as possible: after the program is looked up, just before runc init reports that it is ready.</source>
        <translation>Mit no_new_privs wird er so spät wie möglich geladen: nachdem das Programm gesucht wurde, unmittelbar bevor runc init meldet, dass es bereit ist.</translation>
    </message>
    <message>
        <source>It was created right after pivot_root if missing; runc changes into it before switching user, and again after if permission was denied.</source>
        <translation>Es wurde direkt nach pivot_root angelegt, falls es fehlte; runc wechselt vor dem Benutzerwechsel hinein und danach noch einmal, falls der Zugriff verweigert wurde.</translation>
    </message>
</context>
<context>
    <name>LaunchTimelineModel</name>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
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
        <source>%1, on the host</source>
        <translation>%1, auf dem Host</translation>
    </message>
    <message>
        <source>%1 init, inside the container</source>
        <translation>%1 init, im Container</translation>
    </message>
    <message>
        <source>a hook program</source>
        <translation>ein Hook-Programm</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
</context>
<context>
    <name>LaunchTimelineView</name>
    <message>
        <source>&amp;Go to Field</source>
        <translation>Zum &amp;Feld</translation>
    </message>
    <message>
        <source>What the runtime does with this bundle, in order. While a container runs from here, the steps light up as the runtime is seen reaching them.</source>
        <translation>Was die Laufzeitumgebung mit diesem Bundle tut, der Reihe nach. Während von hier aus ein Container läuft, leuchten die Schritte auf, sobald zu sehen ist, dass die Laufzeitumgebung sie erreicht.</translation>
    </message>
    <message>
        <source>Run-time steps</source>
        <translation>Schritte beim Ausführen</translation>
    </message>
    <message>
        <source>Shows the field that causes this step in Edit mode.</source>
        <translation>Zeigt das Feld, das diesen Schritt auslöst, im Modus „Bearbeiten“.</translation>
    </message>
    <message>
        <source>Select a step to see what happens in it and which field causes it.</source>
        <translation>Wählen Sie einen Schritt, um zu sehen, was darin geschieht und welches Feld ihn auslöst.</translation>
    </message>
    <message>
        <source>Caused by %1.</source>
        <translation>Ausgelöst durch %1.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>What the runtime does on create, start and delete, in order, with each step&apos;s status. Enter opens the field that causes the selected step.</source>
        <translation>Was die Laufzeitumgebung bei create, start und delete tut, der Reihe nach, mit dem Status jedes Schritts. Die Eingabetaste öffnet das Feld, das den gewählten Schritt auslöst.</translation>
    </message>
</context>
<context>
    <name>LearnOciDialog</name>
    <message>
        <source>Learn OCI</source>
        <translation>OCI verstehen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>The concepts of OCI bundles; the chosen one shows beside the list</source>
        <translation>Die Konzepte von OCI-Bundles; das gewählte steht neben der Liste</translation>
    </message>
    <message>
        <source>The topic shown before</source>
        <translation>Das zuvor gezeigte Thema</translation>
    </message>
    <message>
        <source>The topic shown next</source>
        <translation>Das danach gezeigte Thema</translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <source>Force</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>container ID</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <source>The container&apos;s ID in the runtime&apos;s state directory</source>
        <translation>Die ID des Containers im Zustandsverzeichnis der Laufzeitumgebung</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Create the container: its namespaces, mounts and cgroup, with the process waiting to start</source>
        <translation>Den Container anlegen: seine Namensräume, Einhängungen und Cgroup, mit dem Prozess, der auf den Start wartet</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the process of a created container</source>
        <translation>Den Prozess eines angelegten Containers starten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Create and start in one step</source>
        <translation>In einem Schritt anlegen und starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Freeze every process of the container</source>
        <translation>Jeden Prozess des Containers einfrieren</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Thaw the paused container</source>
        <translation>Den angehaltenen Container wieder auftauen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop waiting for the runtime&apos;s command</source>
        <translation>Nicht länger auf den Befehl der Laufzeitumgebung warten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Send SIGTERM, and SIGKILL when the container is still running after the timeout</source>
        <translation>SIGTERM senden, und SIGKILL, wenn der Container nach der Wartezeit noch läuft</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>&amp;Beenden (kill)</translation>
    </message>
    <message>
        <source>Send the chosen signal to the container&apos;s process</source>
        <translation>Das gewählte Signal an den Prozess des Containers senden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the stopped container from the runtime&apos;s state</source>
        <translation>Den beendeten Container aus dem Zustand der Laufzeitumgebung entfernen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long Stop waits after SIGTERM before it sends SIGKILL</source>
        <translation>Wie lange Stoppen nach SIGTERM wartet, bevor es SIGKILL sendet</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>Wartezeit beim Stoppen</translation>
    </message>
    <message>
        <source>The signal Kill sends: a name or a number</source>
        <translation>Das Signal, das Beenden sendet: ein Name oder eine Nummer</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Kill a running container before deleting it</source>
        <translation>Einen laufenden Container vor dem Löschen beenden</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Delete and &amp;Run Again</source>
        <translation>Löschen und erneut a&amp;usführen</translation>
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
    <message>
        <source>Security Review</source>
        <translation>Sicherheitsbewertung</translation>
    </message>
    <message>
        <source>&amp;Security Review</source>
        <translation>&amp;Sicherheitsbewertung</translation>
    </message>
    <message>
        <source>How the configuration meets Docker Bench, the Pod Security Standards, kubesec and Trivy</source>
        <translation>Wie die Konfiguration Docker Bench, die Pod Security Standards, kubesec und Trivy erfüllt</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Recent bundles, new bundles from templates, and opening one</source>
        <translation>Zuletzt geöffnete Bundles, neue Bundles aus Vorlagen und Bundles öffnen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>The configuration in tabs, with its validation, security review and explanations</source>
        <translation>Die Konfiguration in Reitern, mit Validierung, Sicherheitsprüfung und Erklärungen</translation>
    </message>
    <message>
        <source>Run the bundle with runc or crun and watch the container</source>
        <translation>Das Bundle mit runc oder crun ausführen und den Container beobachten</translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translation>Bundle ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a bundle directory or its config.json</source>
        <translation>Ein Bundle-Verzeichnis oder dessen config.json öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the window, asking about unsaved changes</source>
        <translation>Das Fenster schließen, mit Rückfrage bei ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Add a Root Filesystem?</source>
        <translation>Root-Dateisystem hinzufügen?</translation>
    </message>
    <message>
        <source>The new bundle&apos;s root filesystem, %1, does not exist yet. A container needs one to run.

Put busybox into it (a shell and the usual commands, enough to run the template&apos;s sh), use a root filesystem you already have, or create an empty directory to fill later?</source>
        <translation>Das Root-Dateisystem des neuen Bundles, %1, existiert noch nicht. Ein Container braucht eines, um zu laufen.

Busybox hineinlegen (eine Shell und die üblichen Befehle, genug für das sh der Vorlage), ein vorhandenes Root-Dateisystem verwenden oder ein leeres Verzeichnis anlegen, das Sie später füllen?</translation>
    </message>
    <message>
        <source>Add &amp;Busybox</source>
        <translation>&amp;Busybox hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Choose a Directory…</source>
        <translation>Verzeichnis &amp;wählen …</translation>
    </message>
    <message>
        <source>Create &amp;Empty</source>
        <translation>&amp;Leer anlegen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Cannot Add Busybox</source>
        <translation>Busybox kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Choose the Root Filesystem</source>
        <translation>Root-Dateisystem wählen</translation>
    </message>
    <message>
        <source>Use %1 as the root filesystem</source>
        <translation>%1 als Root-Dateisystem verwenden</translation>
    </message>
    <message>
        <source>Cannot Create the Directory</source>
        <translation>Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The demo bundle: busybox that runc runs as it is (see Run). Open your own with %1, or start from a template in Welcome.</source>
        <translation>Das Demo-Bundle: Busybox, das runc so ausführt, wie es ist (siehe Ausführen). Öffnen Sie Ihr eigenes mit %1 oder beginnen Sie in Willkommen mit einer Vorlage.</translation>
    </message>
    <message>
        <source>&amp;Explain This Field</source>
        <translation>Dieses &amp;Feld erklären</translation>
    </message>
    <message>
        <source>Show what the field with the focus means, in the Explain panel</source>
        <translation>Zeigt in der Erklärung, was das Feld mit dem Fokus bedeutet</translation>
    </message>
    <message>
        <source>The JSON text has an error and is not applied; it is kept in the JSON tab.</source>
        <translation>Der JSON-Text enthält einen Fehler und wurde nicht übernommen; er bleibt im Reiter JSON erhalten.</translation>
    </message>
    <message>
        <source>From &amp;Image…</source>
        <translation>Aus &amp;Image…</translation>
    </message>
    <message>
        <source>Unpacks an OCI image, archive or registry image into a new bundle directory.</source>
        <translation>Entpackt ein OCI-Image, ein Archiv oder ein Registry-Image in ein neues Bundle-Verzeichnis.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Every container on this machine, whichever tool started it</source>
        <translation>Jeder Container auf diesem Rechner, gleich welches Werkzeug ihn gestartet hat</translation>
    </message>
    <message>
        <source>&amp;Learn OCI</source>
        <translation>OCI &amp;verstehen</translation>
    </message>
    <message>
        <source>The concepts behind the fields, shown with this bundle&apos;s values</source>
        <translation>Die Konzepte hinter den Feldern, gezeigt mit den Werten dieses Bundles</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Root-Dateisystem</translation>
    </message>
    <message>
        <source>Runtime support</source>
        <translation>Runtime-Unterstützung</translation>
    </message>
    <message>
        <source>The bundle&apos;s root filesystem, read-only, and what the installed runtimes support</source>
        <translation>Das Root-Dateisystem des Bundles, nur lesend, und was die installierten Runtimes unterstützen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, with a filter</source>
        <translation>Alle Tastenkürzel des Fensters, mit einem Filter</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>A&amp;usführen</translation>
    </message>
</context>
<context>
    <name>ModeArea</name>
    <message>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
</context>
<context>
    <name>MountDetails</name>
    <message>
        <source>Provided by:</source>
        <translation>Bereitgestellt von:</translation>
    </message>
    <message>
        <source>On the host:</source>
        <translation>Auf dem Host:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Mount type:</source>
        <translation>Mount-Typ:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Hides:</source>
        <translation>Verdeckt:</translation>
    </message>
    <message>
        <source>the root filesystem&apos;s %1</source>
        <translation>%1 des Root-Dateisystems</translation>
    </message>
    <message>
        <source>mount %1 on %2</source>
        <translation>Mount %1 auf %2</translation>
    </message>
    <message>
        <source>Edit mount %1</source>
        <translation>Mount %1 bearbeiten</translation>
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
    <message>
        <source>A new namespace: the container sees only its own processes, and its first process is PID 1.</source>
        <translation>Ein neuer Namespace: Der Container sieht nur seine eigenen Prozesse, und sein erster Prozess hat die PID 1.</translation>
    </message>
    <message>
        <source>A new namespace: the container starts with only a loopback interface; give it a network with a hook or another tool.</source>
        <translation>Ein neuer Namespace: Der Container beginnt nur mit einer Loopback-Schnittstelle; ein Netzwerk erhält er über einen Hook oder ein anderes Werkzeug.</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s mounts stay its own, and the host does not see them.</source>
        <translation>Ein neuer Namespace: Die Mounts des Containers bleiben seine eigenen, der Host sieht sie nicht.</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s shared memory, semaphores and message queues are its own.</source>
        <translation>Ein neuer Namespace: Gemeinsamer Speicher, Semaphoren und Nachrichtenwarteschlangen des Containers sind seine eigenen.</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s hostname and domain name are its own.</source>
        <translation>Ein neuer Namespace: Hostname und Domainname des Containers sind seine eigenen.</translation>
    </message>
    <message>
        <source>A new namespace: user and group IDs are translated by the ID mappings, so root in the container can be an ordinary user on the host.</source>
        <translation>Ein neuer Namespace: Benutzer- und Gruppen-IDs werden über die ID-Zuordnungen übersetzt, sodass root im Container auf dem Host ein gewöhnlicher Benutzer sein kann.</translation>
    </message>
    <message>
        <source>A new namespace: the container sees its own cgroup as the root of the tree.</source>
        <translation>Ein neuer Namespace: Der Container sieht seine eigene Cgroup als Wurzel des Baums.</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s monotonic and boot-time clocks can be offset from the host&apos;s.</source>
        <translation>Ein neuer Namespace: Die monotone und die Boot-Uhr des Containers können gegenüber denen des Hosts verschoben werden.</translation>
    </message>
    <message>
        <source>Joined: the container shares this namespace with the processes already in it, which must exist on the host when the container starts.</source>
        <translation>Beigetreten: Der Container teilt diesen Namespace mit den Prozessen, die schon darin sind; sie müssen auf dem Host existieren, wenn der Container startet.</translation>
    </message>
    <message>
        <source>%1 namespace to join</source>
        <translation>Beizutretender Namensraum: %1</translation>
    </message>
    <message>
        <source>A path such as /proc/1234/ns/net; used when the choice is &quot;Join the namespace at&quot;</source>
        <translation>Ein Pfad wie /proc/1234/ns/net; gilt, wenn „Dem Namensraum beitreten unter“ gewählt ist</translation>
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
    <name>ProcessListModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
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
    <message>
        <source>Umask</source>
        <translation>Umask</translation>
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
    <name>RootfsEntry</name>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>Symlink</translation>
    </message>
    <message>
        <source>Character device</source>
        <translation>Zeichengerät</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>Blockgerät</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>RootfsEntryDetails</name>
    <message>
        <source>Select an entry to see its details and, for a file, its first 64 KiB.</source>
        <translation>Wählen Sie einen Eintrag, um seine Details und bei einer Datei ihre ersten 64 KiB zu sehen.</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>Einen Blick wert:</translation>
    </message>
    <message>
        <source>ELF:</source>
        <translation>ELF:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 (in the root filesystem: %2)</source>
        <translation>%1 (im Root-Dateisystem: %2)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Cannot be listed: %1</source>
        <translation>Kann nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Text, the first %1:</source>
        <translation>Text, die ersten %1:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Bytes, the first %1:</source>
        <translation>Bytes, die ersten %1:</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
</context>
<context>
    <name>RootfsFlags</name>
    <message>
        <source>setuid executable: runs as its owner</source>
        <translation>Setuid-Programm: läuft als sein Eigentümer</translation>
    </message>
    <message>
        <source>setgid executable: runs with its group</source>
        <translation>Setgid-Programm: läuft mit seiner Gruppe</translation>
    </message>
    <message>
        <source>anyone may write it</source>
        <translation>jeder darf es schreiben</translation>
    </message>
    <message>
        <source>device node</source>
        <translation>Gerätedatei</translation>
    </message>
    <message>
        <source>link target climbs out of the root filesystem</source>
        <translation>Linkziel führt aus dem Root-Dateisystem hinaus</translation>
    </message>
    <message>
        <source>absolute link: followed on the host, it leaves the root filesystem</source>
        <translation>absoluter Link: auf dem Host verfolgt, verlässt er das Root-Dateisystem</translation>
    </message>
    <message>
        <source>owner not mapped by the user namespace</source>
        <translation>Eigentümer vom User-Namespace nicht abgebildet</translation>
    </message>
    <message>
        <source>group not mapped by the user namespace</source>
        <translation>Gruppe vom User-Namespace nicht abgebildet</translation>
    </message>
</context>
<context>
    <name>RootfsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Einen Blick wert</translation>
    </message>
</context>
<context>
    <name>RootfsReader</name>
    <message>
        <source>Cannot open the root filesystem %1: %2</source>
        <translation>Das Root-Dateisystem %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>RootfsTotalsBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Stop counting the root filesystem</source>
        <translation>Das Zählen des Root-Dateisystems beenden</translation>
    </message>
    <message>
        <source>Read the root filesystem again and count it</source>
        <translation>Das Root-Dateisystem neu lesen und zählen</translation>
    </message>
    <message>
        <source>Counting… files: %1, folders: %2, size: %3</source>
        <translation>Zähle… Dateien: %1, Ordner: %2, Größe: %3</translation>
    </message>
    <message>
        <source>Stopped. So far files: %1, folders: %2, size: %3</source>
        <translation>Angehalten. Bis dahin Dateien: %1, Ordner: %2, Größe: %3</translation>
    </message>
    <message>
        <source>Files: %1, folders: %2, size: %3, worth a look: %4</source>
        <translation>Dateien: %1, Ordner: %2, Größe: %3, einen Blick wert: %4</translation>
    </message>
    <message>
        <source>Cannot count the root filesystem: %1</source>
        <translation>Das Root-Dateisystem kann nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>RunMessageArea</name>
    <message>
        <source>Double-click a line to go to the field it is about.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um zum betroffenen Feld zu gelangen.</translation>
    </message>
    <message>
        <source>What the runtime reported</source>
        <translation>Was die Laufzeitumgebung gemeldet hat</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
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
        <translation>Exec</translation>
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
        <source>The container stopped.</source>
        <translation>Der Container wurde beendet.</translation>
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
        <source>Features</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>The container %1 is %2. Leave it running, or kill and delete it?

A container left running loses its console or terminal when the editor closes.</source>
        <translation>Der Container %1 ist %2. Weiterlaufen lassen oder beenden und löschen?

Ein weiterlaufender Container verliert seine Konsole oder sein Terminal, wenn der Editor geschlossen wird.</translation>
    </message>
    <message>
        <source>The container ignored SIGTERM; SIGKILL sent.</source>
        <translation>Der Container hat SIGTERM ignoriert; SIGKILL gesendet.</translation>
    </message>
    <message>
        <source>Stop failed: %1</source>
        <translation>Stoppen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The runtime would refuse this configuration. Fix these first:</source>
        <translation>Die Laufzeit würde diese Konfiguration ablehnen. Beheben Sie zuerst:</translation>
    </message>
    <message>
        <source>This machine may not run the bundle as it is:</source>
        <translation>Dieser Rechner kann das Bundle so vielleicht nicht ausführen:</translation>
    </message>
    <message>
        <source>Findings About This Machine</source>
        <translation>Befunde zu diesem Rechner</translation>
    </message>
    <message>
        <source>The runtime will likely refuse to run this bundle here:

%1

Run anyway?</source>
        <translation>Die Laufzeit wird dieses Bundle hier wahrscheinlich nicht ausführen:

%1

Trotzdem ausführen?</translation>
    </message>
    <message>
        <source>Run Anyway</source>
        <translation>Trotzdem ausführen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ablauf</translation>
    </message>
</context>
<context>
    <name>RunStatusStrip</name>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Creating and starting…</source>
        <translation>Wird angelegt und gestartet …</translation>
    </message>
    <message>
        <source>Starting a process…</source>
        <translation>Prozess wird gestartet …</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt …</translation>
    </message>
    <message>
        <source>Sending a signal…</source>
        <translation>Signal wird gesendet …</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>No container.</source>
        <translation>Kein Container.</translation>
    </message>
    <message>
        <source>%1: no container</source>
        <translation>%1: kein Container</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>angelegt %1</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>Bundle %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopping; SIGKILL in %n s unless it ends first.</source>
        <translation>
            <numerusform>%1: wird gestoppt; SIGKILL in %n s, falls er nicht vorher endet.</numerusform>
            <numerusform>%1: wird gestoppt; SIGKILL in %n s, falls er nicht vorher endet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: stopping; SIGKILL sent.</source>
        <translation>%1: wird gestoppt; SIGKILL gesendet.</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RuntimeSettingsRow</name>
    <message>
        <source>systemd cgroup</source>
        <translation>systemd-Cgroup</translation>
    </message>
    <message>
        <source>Rootless</source>
        <translation>Rootless</translation>
    </message>
    <message>
        <source>The editor is not running as root. A rootful configuration needs root; a rootless one needs a user namespace with UID/GID mappings, --rootless and a state directory under $XDG_RUNTIME_DIR.</source>
        <translation>Der Editor läuft nicht als root. Eine Konfiguration mit root-Rechten braucht root; eine rootless-Konfiguration braucht einen Benutzer-Namensraum mit UID/GID-Zuordnungen, --rootless und ein Zustandsverzeichnis unter $XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <source>Use Rootless Settings</source>
        <translation>Rootless-Einstellungen verwenden</translation>
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
        <source>Let systemd manage the container&apos;s cgroup (--systemd-cgroup)</source>
        <translation>Die Cgroup des Containers von systemd verwalten lassen (--systemd-cgroup)</translation>
    </message>
    <message>
        <source>Run without root privileges (--rootless)</source>
        <translation>Ohne root-Rechte ausführen (--rootless)</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>&amp;Laufzeitumgebung:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Zustand:</translation>
    </message>
</context>
<context>
    <name>RuntimeSupportCheck</name>
    <message>
        <source>%1 features does not report this.</source>
        <translation>Die Features von %1 sagen hierzu nichts.</translation>
    </message>
    <message>
        <source>%1 has no features command.</source>
        <translation>%1 hat keinen features-Befehl.</translation>
    </message>
    <message>
        <source>%1 features lists no %2.</source>
        <translation>Die Features von %1 nennen %2 nicht.</translation>
    </message>
    <message>
        <source>%1 reports %2 as disabled.</source>
        <translation>%1 meldet %2 als abgeschaltet.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>The configuration sets no ociVersion.</source>
        <translation>Die Konfiguration setzt keine ociVersion.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version of the spec.</source>
        <translation>„%1“ ist keine Version der Spezifikation.</translation>
    </message>
    <message>
        <source>%1 is newer than %2 declares (up to %3). It does not check the version, but may ignore fields added since.</source>
        <translation>%1 ist neuer, als %2 angibt (bis %3). Die Runtime prüft die Version nicht, übergeht aber womöglich seither hinzugekommene Felder.</translation>
    </message>
    <message>
        <source>%1 is newer than %2 declares (up to %3). It may ignore fields added since.</source>
        <translation>%1 ist neuer, als %2 angibt (bis %3). Seither hinzugekommene Felder übergeht die Runtime womöglich.</translation>
    </message>
    <message>
        <source>newer than %1</source>
        <translation>neuer als %1</translation>
    </message>
    <message>
        <source>%1 is older than %2 declares (from %3). It does not check the version.</source>
        <translation>%1 ist älter, als %2 angibt (ab %3). Die Runtime prüft die Version nicht.</translation>
    </message>
    <message>
        <source>%1 is older than %2 declares (from %3).</source>
        <translation>%1 ist älter, als %2 angibt (ab %3).</translation>
    </message>
    <message>
        <source>older than %1</source>
        <translation>älter als %1</translation>
    </message>
    <message>
        <source>ociVersion</source>
        <translation>ociVersion</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>Mount options</source>
        <translation>Mount-Optionen</translation>
    </message>
    <message>
        <source>ID-mapped mounts</source>
        <translation>ID-gemappte Mounts</translation>
    </message>
    <message>
        <source>Seccomp</source>
        <translation>Seccomp</translation>
    </message>
    <message>
        <source>Seccomp actions</source>
        <translation>Seccomp-Aktionen</translation>
    </message>
    <message>
        <source>Seccomp architectures</source>
        <translation>Seccomp-Architekturen</translation>
    </message>
    <message>
        <source>Seccomp operators</source>
        <translation>Seccomp-Operatoren</translation>
    </message>
    <message>
        <source>Seccomp flags</source>
        <translation>Seccomp-Flags</translation>
    </message>
    <message>
        <source>AppArmor</source>
        <translation>AppArmor</translation>
    </message>
    <message>
        <source>SELinux</source>
        <translation>SELinux</translation>
    </message>
    <message>
        <source>Cgroups</source>
        <translation>Cgroups</translation>
    </message>
    <message>
        <source>systemd cgroup driver</source>
        <translation>systemd-Cgroup-Treiber</translation>
    </message>
    <message>
        <source>Intel RDT</source>
        <translation>Intel RDT</translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation>Netzwerkgeräte</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation>%1 (dieser Rechner)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>%1 refuses any seccomp flag (&quot;seccomp flags are not yet supported by runc&quot;).</source>
        <translation>%1 lehnt jedes Seccomp-Flag ab („seccomp flags are not yet supported by runc“).</translation>
    </message>
</context>
<context>
    <name>RuntimeSupportModel</name>
    <message>
        <source>✓ supported</source>
        <translation>✓ unterstützt</translation>
    </message>
    <message>
        <source>⚠ caution (%1)</source>
        <translation>⚠ Vorsicht (%1)</translation>
    </message>
    <message>
        <source>✗ unsupported (%1)</source>
        <translation>✗ nicht unterstützt (%1)</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? unbekannt</translation>
    </message>
    <message>
        <source>%1 supports what this configuration uses here.</source>
        <translation>%1 unterstützt, was diese Konfiguration hier verwendet.</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>This bundle</source>
        <translation>Dieses Bundle</translation>
    </message>
    <message>
        <source>What &quot;%1 features&quot; reports</source>
        <translation>Was „%1 features“ meldet</translation>
    </message>
    <message>
        <source>%1 has no features command; what its --version reports</source>
        <translation>%1 hat keinen features-Befehl; was sein --version meldet</translation>
    </message>
</context>
<context>
    <name>RuntimeSupportView</name>
    <message>
        <source>Asking the installed runtimes what they support…</source>
        <translation>Die installierten Runtimes werden gefragt, was sie unterstützen …</translation>
    </message>
    <message>
        <source>Neither runc nor crun is installed; install the Debian package runc or crun.</source>
        <translation>Weder runc noch crun ist installiert; installieren Sie das Debian-Paket runc oder crun.</translation>
    </message>
    <message>
        <source>What the installed runtimes report about the parts of this configuration they would run. Double-click a row to edit its field.</source>
        <translation>Was die installierten Runtimes zu den Teilen dieser Konfiguration melden, die sie ausführen würden. Doppelklicken Sie auf eine Zeile, um ihr Feld zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1: features document</source>
        <translation>%1: Features-Dokument</translation>
    </message>
    <message>
        <source>%1: no features command, its --version only</source>
        <translation>%1: kein features-Befehl, nur --version</translation>
    </message>
    <message>
        <source>Show Features Document…</source>
        <translation>Features-Dokument anzeigen …</translation>
    </message>
    <message>
        <source>Show Version Text…</source>
        <translation>Versionstext anzeigen …</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 features</translation>
    </message>
    <message>
        <source>%1 --version</source>
        <translation>%1 --version</translation>
    </message>
    <message>
        <source>Runtime support</source>
        <translation>Unterstützung der Laufzeiten</translation>
    </message>
    <message>
        <source>What each installed runtime supports of the fields this bundle uses</source>
        <translation>Was jede installierte Laufzeit von den Feldern unterstützt, die dieses Bundle verwendet</translation>
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
    <name>SecurityReview</name>
    <message>
        <source>The process runs as root (user 0) without a user namespace, so it is root on the host too.</source>
        <translation>Der Prozess läuft als root (Benutzer 0) ohne User-Namespace und ist damit auch auf dem Host root.</translation>
    </message>
    <message>
        <source>Run the process as the unprivileged user and group %1</source>
        <translation>Den Prozess unter dem unprivilegierten Benutzer und der Gruppe %1 ausführen</translation>
    </message>
    <message>
        <source>The process runs as user 0, and the user namespace maps user 0 to the host&apos;s root.</source>
        <translation>Der Prozess läuft als Benutzer 0, und der User-Namespace bildet Benutzer 0 auf root des Hosts ab.</translation>
    </message>
    <message>
        <source>noNewPrivileges is not set: setuid programs and file capabilities can raise the process&apos;s privileges.</source>
        <translation>noNewPrivileges ist nicht gesetzt: setuid-Programme und Datei-Capabilities können die Rechte des Prozesses erhöhen.</translation>
    </message>
    <message>
        <source>Set noNewPrivileges to true</source>
        <translation>noNewPrivileges auf true setzen</translation>
    </message>
    <message>
        <source>%1 is granted (%2).</source>
        <extracomment>%1 is a capability, %2 the sets that hold it, e.g. &quot;effective, permitted, bounding&quot;.</extracomment>
        <translation>%1 ist gewährt (%2).</translation>
    </message>
    <message>
        <source>Remove %1 from every capability set</source>
        <translation>%1 aus jeder Capability-Menge entfernen</translation>
    </message>
    <message>
        <source>The process has neither an AppArmor profile nor an SELinux label.</source>
        <translation>Der Prozess hat weder ein AppArmor-Profil noch ein SELinux-Label.</translation>
    </message>
    <message>
        <source>The AppArmor profile is &quot;unconfined&quot;: AppArmor does not confine the process.</source>
        <translation>Das AppArmor-Profil ist „unconfined“: AppArmor schränkt den Prozess nicht ein.</translation>
    </message>
    <message>
        <source>The SELinux type %1 is not one made for containers.</source>
        <translation>Der SELinux-Typ %1 ist keiner der Typen für Container.</translation>
    </message>
    <message>
        <source>The root filesystem is writable.</source>
        <translation>Das Root-Dateisystem ist beschreibbar.</translation>
    </message>
    <message>
        <source>Make the root filesystem read-only</source>
        <translation>Das Root-Dateisystem schreibgeschützt machen</translation>
    </message>
    <message>
        <source>The mount at %1 has %2 propagation.</source>
        <translation>Der Mount unter %1 hat die Propagation %2.</translation>
    </message>
    <message>
        <source>Use %1 propagation instead</source>
        <translation>Stattdessen die Propagation %1 verwenden</translation>
    </message>
    <message>
        <source>Remove the mount of %1</source>
        <translation>Den Mount von %1 entfernen</translation>
    </message>
    <message>
        <source>The host&apos;s %1 is bind-mounted at %2.</source>
        <translation>%1 des Hosts ist per Bind-Mount unter %2 eingehängt.</translation>
    </message>
    <message>
        <source>%1 is bind-mounted at %2; it lies in the host&apos;s %3.</source>
        <translation>%1 ist per Bind-Mount unter %2 eingehängt; es liegt in %3 des Hosts.</translation>
    </message>
    <message>
        <source>%1 is bind-mounted at %2; it holds the host&apos;s %3.</source>
        <translation>%1 ist per Bind-Mount unter %2 eingehängt; es enthält %3 des Hosts.</translation>
    </message>
    <message>
        <source>The host path %1 is bind-mounted read-write at %2.</source>
        <translation>Der Host-Pfad %1 ist per Bind-Mount beschreibbar unter %2 eingehängt.</translation>
    </message>
    <message>
        <source>Mount %1 read-only</source>
        <translation>%1 schreibgeschützt einhängen</translation>
    </message>
    <message>
        <source>The host path %1 is bind-mounted read-only at %2.</source>
        <translation>Der Host-Pfad %1 ist per Bind-Mount schreibgeschützt unter %2 eingehängt.</translation>
    </message>
    <message>
        <source>Give the container its own %1 namespace</source>
        <translation>Dem Container einen eigenen %1-Namespace geben</translation>
    </message>
    <message>
        <source>The %1 namespace is joined through %2, which is the host&apos;s own.</source>
        <translation>Der %1-Namespace wird über %2 betreten, und das ist der des Hosts.</translation>
    </message>
    <message>
        <source>linux.namespaces has no %1 namespace, so the container shares the host&apos;s.</source>
        <translation>linux.namespaces enthält keinen %1-Namespace, also teilt der Container den des Hosts.</translation>
    </message>
    <message>
        <source>The process has no seccomp filter: every system call is allowed.</source>
        <translation>Der Prozess hat keinen seccomp-Filter: Jeder Systemaufruf ist erlaubt.</translation>
    </message>
    <message>
        <source>The seccomp profile allows every system call (%1) and names none: it filters nothing.</source>
        <translation>Das seccomp-Profil erlaubt jeden Systemaufruf (%1) und nennt keinen: Es filtert nichts.</translation>
    </message>
    <message>
        <source>The seccomp profile allows every system call it does not name (%1).</source>
        <translation>Das seccomp-Profil erlaubt jeden Systemaufruf, den es nicht nennt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>linux.maskedPaths lacks %n of runc&apos;s default entries: %1.</source>
        <translation>
            <numerusform>In linux.maskedPaths fehlt %n Standardeintrag von runc: %1.</numerusform>
            <numerusform>In linux.maskedPaths fehlen %n Standardeinträge von runc: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n path(s) to linux.maskedPaths</source>
        <translation>
            <numerusform>%n Pfad zu linux.maskedPaths hinzufügen</numerusform>
            <numerusform>%n Pfade zu linux.maskedPaths hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>linux.readonlyPaths lacks %n of runc&apos;s default entries: %1.</source>
        <translation>
            <numerusform>In linux.readonlyPaths fehlt %n Standardeintrag von runc: %1.</numerusform>
            <numerusform>In linux.readonlyPaths fehlen %n Standardeinträge von runc: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n path(s) to linux.readonlyPaths</source>
        <translation>
            <numerusform>%n Pfad zu linux.readonlyPaths hinzufügen</numerusform>
            <numerusform>%n Pfade zu linux.readonlyPaths hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>The root filesystem has %1 propagation.</source>
        <translation>Das Root-Dateisystem hat die Propagation %1.</translation>
    </message>
    <message>
        <source>Set the root filesystem&apos;s propagation to rslave</source>
        <translation>Die Propagation des Root-Dateisystems auf rslave setzen</translation>
    </message>
    <message>
        <source>The container has no memory limit.</source>
        <translation>Der Container hat keine Speichergrenze.</translation>
    </message>
    <message>
        <source>The container has no limit on the number of its processes.</source>
        <translation>Die Zahl der Prozesse des Containers ist nicht begrenzt.</translation>
    </message>
    <message>
        <source>Limit the container to %1 processes</source>
        <translation>Den Container auf %1 Prozesse begrenzen</translation>
    </message>
    <message>
        <source>The container has neither CPU shares nor a CPU quota.</source>
        <translation>Der Container hat weder CPU-Anteile noch ein CPU-Kontingent.</translation>
    </message>
    <message>
        <source>Remove the device %1</source>
        <translation>Das Gerät %1 entfernen</translation>
    </message>
    <message>
        <source>The container gets the block device %1 (%2:%3).</source>
        <translation>Der Container erhält das Blockgerät %1 (%2:%3).</translation>
    </message>
    <message>
        <source>The container gets the device %1 (%2:%3).</source>
        <translation>Der Container erhält das Gerät %1 (%2:%3).</translation>
    </message>
    <message>
        <source>Remove the device rule</source>
        <translation>Die Geräteregel entfernen</translation>
    </message>
    <message>
        <source>The rule allows every device (access %1).</source>
        <translation>Die Regel erlaubt jedes Gerät (Zugriff %1).</translation>
    </message>
    <message>
        <source>The rule allows every block device (access %1).</source>
        <translation>Die Regel erlaubt jedes Blockgerät (Zugriff %1).</translation>
    </message>
    <message>
        <source>The rule allows every character device (access %1).</source>
        <translation>Die Regel erlaubt jedes zeichenorientierte Gerät (Zugriff %1).</translation>
    </message>
    <message>
        <source>The rule allows the device %1 %2 (access %3).</source>
        <extracomment>%1 is the device type (c or b), %2 its numbers, e.g. 8:0, %3 the access, e.g. rw.</extracomment>
        <translation>Die Regel erlaubt das Gerät %1 %2 (Zugriff %3).</translation>
    </message>
    <message>
        <source>The sysctl %1 is not one Kubernetes considers safe.</source>
        <translation>Das sysctl %1 gehört nicht zu denen, die Kubernetes für sicher hält.</translation>
    </message>
    <message>
        <source>Remove the sysctl %1</source>
        <translation>Das sysctl %1 entfernen</translation>
    </message>
    <message>
        <source>The %1 hook runs %2 from the host.</source>
        <extracomment>%1 is the kind of hook (prestart, poststop, ...), %2 the program.</extracomment>
        <translation>Der %1-Hook führt %2 vom Host aus.</translation>
    </message>
    <message>
        <source>Remove the %1 hook %2</source>
        <translation>Den %1-Hook %2 entfernen</translation>
    </message>
    <message>
        <source>No hardening findings</source>
        <translation>Keine Härtungsbefunde</translation>
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
    <message>
        <source>%1: passed</source>
        <extracomment>A standard that no finding fails, e.g. &quot;PSS baseline: passed&quot;.</extracomment>
        <translation>%1: bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%1: failed (%n finding(s))</source>
        <translation>
            <numerusform>%1: nicht bestanden (%n Befund)</numerusform>
            <numerusform>%1: nicht bestanden (%n Befunde)</numerusform>
        </translation>
    </message>
    <message>
        <source>runc gives a container only CAP_AUDIT_WRITE, CAP_KILL and CAP_NET_BIND_SERVICE. This capability is one Docker grants by default, so it is common, but every capability is a piece of root&apos;s power the process keeps. Remove it unless the program needs it; PSS restricted allows none but CAP_NET_BIND_SERVICE.</source>
        <translation>runc gibt einem Container nur CAP_AUDIT_WRITE, CAP_KILL und CAP_NET_BIND_SERVICE. Diese Capability gewährt Docker standardmäßig, sie ist also verbreitet, aber jede Capability ist ein Stück der Macht von root, das der Prozess behält. Entfernen Sie sie, wenn das Programm sie nicht braucht; PSS restricted erlaubt außer CAP_NET_BIND_SERVICE keine.</translation>
    </message>
    <message>
        <source>Neither runc nor Docker grants this capability by default. Each added capability widens what a compromised process can do to the kernel and the host. Keep it only when the program cannot work without it, and document why.</source>
        <translation>Weder runc noch Docker gewährt diese Capability standardmäßig. Jede zusätzliche Capability erweitert, was ein kompromittierter Prozess dem Kernel und dem Host antun kann. Behalten Sie sie nur, wenn das Programm ohne sie nicht arbeiten kann, und halten Sie fest, warum.</translation>
    </message>
    <message>
        <source>runc grants this capability by default, but the restricted profile of the Pod Security Standards asks a container to drop every capability and add back at most CAP_NET_BIND_SERVICE. Most programs run without it.</source>
        <translation>runc gewährt diese Capability standardmäßig, aber das Profil restricted der Pod Security Standards verlangt, dass ein Container alle Capabilities ablegt und höchstens CAP_NET_BIND_SERVICE wieder hinzunimmt. Die meisten Programme laufen ohne sie.</translation>
    </message>
    <message>
        <source>CAP_SYS_ADMIN is the catch-all capability: mounting file systems, creating namespaces, configuring many kernel subsystems. It is close to full root, and most known container escapes start from it. Find the one operation the program needs and grant a narrower capability, or none.</source>
        <translation>CAP_SYS_ADMIN ist die Sammel-Capability: Dateisysteme einhängen, Namespaces anlegen, viele Kernel-Subsysteme einstellen. Sie kommt vollem root nahe, und die meisten bekannten Ausbrüche aus Containern beginnen mit ihr. Finden Sie die eine Operation, die das Programm braucht, und gewähren Sie eine engere Capability oder keine.</translation>
    </message>
    <message>
        <source>CAP_SYS_MODULE loads and unloads kernel modules. Code in a module runs in the host&apos;s kernel, so a container with it controls the whole machine.</source>
        <translation>CAP_SYS_MODULE lädt und entlädt Kernel-Module. Code in einem Modul läuft im Kernel des Hosts, ein Container mit dieser Capability beherrscht also die ganze Maschine.</translation>
    </message>
    <message>
        <source>CAP_SYS_PTRACE lets a process read and change the memory of other processes it can see. Together with the host&apos;s PID namespace it reaches processes outside the container. Debuggers need it; services do not.</source>
        <translation>CAP_SYS_PTRACE lässt einen Prozess den Speicher anderer Prozesse lesen und ändern, die er sieht. Zusammen mit dem PID-Namespace des Hosts erreicht er Prozesse außerhalb des Containers. Debugger brauchen sie, Dienste nicht.</translation>
    </message>
    <message>
        <source>CAP_NET_ADMIN configures interfaces, routes and firewall rules. In the host&apos;s network namespace that is the host&apos;s network; in the container&apos;s own it still opens a large part of the kernel&apos;s network code to the process.</source>
        <translation>CAP_NET_ADMIN stellt Schnittstellen, Routen und Firewall-Regeln ein. Im Netzwerk-Namespace des Hosts ist das das Netzwerk des Hosts; im eigenen des Containers öffnet sie dem Prozess immer noch einen großen Teil des Netzwerkcodes im Kernel.</translation>
    </message>
    <message>
        <source>CAP_NET_RAW opens raw and packet sockets: a process can forge packets and spoof addresses on the networks it reaches. Docker grants it by default, the Pod Security Standards do not. Only tools such as ping need it, and modern ping works without it.</source>
        <translation>CAP_NET_RAW öffnet Raw- und Packet-Sockets: Ein Prozess kann Pakete fälschen und Adressen vortäuschen, in allen Netzen, die er erreicht. Docker gewährt sie standardmäßig, die Pod Security Standards nicht. Nur Werkzeuge wie ping brauchen sie, und ein aktuelles ping kommt ohne sie aus.</translation>
    </message>
    <message>
        <source>CAP_DAC_READ_SEARCH skips permission checks on reading files and directories, and allows open_by_handle_at(), which a known escape used to read files of the host outside the container&apos;s root.</source>
        <translation>CAP_DAC_READ_SEARCH überspringt die Rechteprüfung beim Lesen von Dateien und Verzeichnissen und erlaubt open_by_handle_at(), womit ein bekannter Ausbruch Dateien des Hosts außerhalb des Container-Roots las.</translation>
    </message>
    <message>
        <source>CAP_SYS_RAWIO allows raw I/O: I/O ports, /dev/mem and raw commands to block devices. With a device at hand it bypasses every file system permission.</source>
        <translation>CAP_SYS_RAWIO erlaubt direkte Ein- und Ausgabe: I/O-Ports, /dev/mem und rohe Befehle an Blockgeräte. Mit einem Gerät in Reichweite umgeht sie jedes Dateisystemrecht.</translation>
    </message>
    <message>
        <source>CAP_BPF loads BPF programs and maps into the kernel. The verifier is a frequent source of kernel vulnerabilities, and with CAP_PERFMON or CAP_NET_ADMIN such programs can watch the whole host.</source>
        <translation>CAP_BPF lädt BPF-Programme und -Maps in den Kernel. Der Verifier ist eine häufige Quelle von Kernel-Schwachstellen, und mit CAP_PERFMON oder CAP_NET_ADMIN können solche Programme den ganzen Host beobachten.</translation>
    </message>
    <message>
        <source>CAP_PERFMON opens performance monitoring and tracing, which can observe other processes and the kernel itself and leak what they hold.</source>
        <translation>CAP_PERFMON öffnet Leistungsüberwachung und Tracing, die andere Prozesse und den Kernel selbst beobachten und preisgeben können, was sie enthalten.</translation>
    </message>
    <message>
        <source>CAP_SYS_BOOT reboots the machine and loads a new kernel with kexec. It has no use inside a container.</source>
        <translation>CAP_SYS_BOOT startet die Maschine neu und lädt mit kexec einen neuen Kernel. In einem Container hat sie keinen Nutzen.</translation>
    </message>
    <message>
        <source>CAP_SYS_TIME sets the system clock. The clock is not namespaced: the change applies to the host and every container on it, and breaks certificates, logs and schedules.</source>
        <translation>CAP_SYS_TIME stellt die Systemuhr. Die Uhr hat keinen Namespace: Die Änderung gilt für den Host und jeden Container darauf und bringt Zertifikate, Protokolle und Zeitpläne durcheinander.</translation>
    </message>
    <message>
        <source>CAP_MAC_ADMIN changes the configuration of mandatory access control (AppArmor, SELinux, Smack), the very policy meant to contain the container.</source>
        <translation>CAP_MAC_ADMIN ändert die Konfiguration der Mandatory Access Control (AppArmor, SELinux, Smack), also genau der Richtlinie, die den Container einschränken soll.</translation>
    </message>
    <message>
        <source>CAP_MAC_OVERRIDE lets a process ignore mandatory access control policy where the security module honours it.</source>
        <translation>CAP_MAC_OVERRIDE lässt einen Prozess die Richtlinie der Mandatory Access Control übergehen, wo das Sicherheitsmodul das zulässt.</translation>
    </message>
    <message>
        <source>CAP_SYSLOG reads and clears the kernel log, which holds messages of the whole host and kernel addresses that help an attacker defeat address randomisation.</source>
        <translation>CAP_SYSLOG liest und leert das Kernel-Protokoll, das Meldungen des ganzen Hosts enthält und Kernel-Adressen, die einem Angreifer helfen, die Adressrandomisierung auszuhebeln.</translation>
    </message>
    <message>
        <source>CAP_AUDIT_CONTROL changes the kernel&apos;s audit rules and can switch auditing off, hiding what happens on the host.</source>
        <translation>CAP_AUDIT_CONTROL ändert die Audit-Regeln des Kernels und kann das Audit abschalten, sodass verborgen bleibt, was auf dem Host geschieht.</translation>
    </message>
    <message>
        <source>Without a PID namespace of its own the container sees every process of the host, their command lines and environments, and can signal or trace those of the same user. Add a pid entry to linux.namespaces without a path.</source>
        <translation>Ohne eigenen PID-Namespace sieht der Container jeden Prozess des Hosts mit Befehlszeile und Umgebung und kann denen desselben Benutzers Signale senden oder sie verfolgen. Fügen Sie linux.namespaces einen pid-Eintrag ohne Pfad hinzu.</translation>
    </message>
    <message>
        <source>Without a network namespace of its own the container uses the host&apos;s interfaces: it can listen on any host port, reach services bound to localhost and watch local traffic. With its own namespace it starts with loopback only, and networking is added on purpose.</source>
        <translation>Ohne eigenen Netzwerk-Namespace nutzt der Container die Schnittstellen des Hosts: Er kann auf jedem Port des Hosts lauschen, an localhost gebundene Dienste erreichen und lokalen Verkehr mitlesen. Mit eigenem Namespace beginnt er nur mit Loopback, und Netzwerk kommt gezielt hinzu.</translation>
    </message>
    <message>
        <source>Without an IPC namespace of its own the container shares System V shared memory, semaphores and message queues with the host, and can read or corrupt what host programs keep there.</source>
        <translation>Ohne eigenen IPC-Namespace teilt der Container gemeinsamen System-V-Speicher, Semaphoren und Nachrichtenwarteschlangen mit dem Host und kann lesen oder verderben, was Programme des Hosts dort ablegen.</translation>
    </message>
    <message>
        <source>Without a UTS namespace of its own the container shares the host&apos;s hostname and domain name; hostname in the configuration then has no effect, and a process with CAP_SYS_ADMIN renames the host.</source>
        <translation>Ohne eigenen UTS-Namespace teilt der Container Host- und Domänennamen des Hosts; hostname in der Konfiguration wirkt dann nicht, und ein Prozess mit CAP_SYS_ADMIN benennt den Host um.</translation>
    </message>
    <message>
        <source>Without a user namespace user IDs in the container are the host&apos;s: root in the container is root on the host, held back only by capabilities, seccomp and the security module. A user namespace maps the container&apos;s root to an unprivileged host user. It needs linux.uidMappings and linux.gidMappings, so there is no one-click fix.</source>
        <translation>Ohne User-Namespace sind die Benutzer-IDs im Container die des Hosts: root im Container ist root auf dem Host, nur gebremst durch Capabilities, seccomp und das Sicherheitsmodul. Ein User-Namespace bildet root des Containers auf einen unprivilegierten Benutzer des Hosts ab. Er braucht linux.uidMappings und linux.gidMappings, daher gibt es keine Behebung mit einem Klick.</translation>
    </message>
    <message>
        <source>Without a cgroup namespace the container sees the host&apos;s control group tree in /proc/self/cgroup and under /sys/fs/cgroup, which tells it about the host and other containers. Docker and Podman give every container its own on cgroup v2.</source>
        <translation>Ohne Cgroup-Namespace sieht der Container den Control-Group-Baum des Hosts in /proc/self/cgroup und unter /sys/fs/cgroup und erfährt so etwas über den Host und andere Container. Docker und Podman geben jedem Container unter cgroup v2 einen eigenen.</translation>
    </message>
    <message>
        <source>The process runs as user 0, and that user is root on the host. Any way out of the container, through a kernel bug or a careless mount, then lands as root. Run the program as an unprivileged user, or give the container a user namespace that maps its root to an unprivileged host user.</source>
        <translation>Der Prozess läuft als Benutzer 0, und dieser Benutzer ist root auf dem Host. Jeder Weg aus dem Container, über einen Kernel-Fehler oder einen unbedachten Mount, endet dann als root. Führen Sie das Programm als unprivilegierten Benutzer aus, oder geben Sie dem Container einen User-Namespace, der seinen root auf einen unprivilegierten Benutzer des Hosts abbildet.</translation>
    </message>
    <message>
        <source>Without noNewPrivileges a process can gain privileges by running a setuid or setgid program, or one with file capabilities. Setting it to true makes execve() keep privileges as they are; it is also what lets an unprivileged process install a seccomp filter.</source>
        <translation>Ohne noNewPrivileges kann ein Prozess Rechte gewinnen, indem er ein setuid- oder setgid-Programm ausführt oder eines mit Datei-Capabilities. Mit true lässt execve() die Rechte, wie sie sind; erst das erlaubt auch einem unprivilegierten Prozess, einen seccomp-Filter zu installieren.</translation>
    </message>
    <message>
        <source>Without a seccomp filter the process may make every system call the kernel has, including rarely used ones where kernel bugs hide (keyctl, bpf, userfaultfd, perf_event_open). Docker, Podman and Kubernetes&apos; RuntimeDefault all install a profile that allows what ordinary programs use and refuses the rest. Add such a profile to linux.seccomp.</source>
        <translation>Ohne seccomp-Filter darf der Prozess jeden Systemaufruf des Kernels machen, auch selten genutzte, in denen sich Kernel-Fehler verstecken (keyctl, bpf, userfaultfd, perf_event_open). Docker, Podman und RuntimeDefault von Kubernetes installieren alle ein Profil, das erlaubt, was gewöhnliche Programme nutzen, und den Rest verweigert. Fügen Sie ein solches Profil unter linux.seccomp hinzu.</translation>
    </message>
    <message>
        <source>The seccomp profile allows every system call it does not name. Such a list of refusals misses new and forgotten calls; the default profiles of container engines work the other way round: defaultAction refuses (SCMP_ACT_ERRNO) and the rules list what is allowed.</source>
        <translation>Das seccomp-Profil erlaubt jeden Systemaufruf, den es nicht nennt. Eine solche Liste von Verboten übersieht neue und vergessene Aufrufe; die Standardprofile der Container-Engines arbeiten umgekehrt: defaultAction verweigert (SCMP_ACT_ERRNO), und die Regeln zählen auf, was erlaubt ist.</translation>
    </message>
    <message>
        <source>Neither an AppArmor profile nor an SELinux label is set, so no mandatory access control confines the process beyond file permissions. On an AppArmor host set process.apparmorProfile to a loaded profile (Docker&apos;s is docker-default); on an SELinux host set process.selinuxLabel with a container type such as container_t. The name depends on the host, so there is no one-click fix.</source>
        <translation>Weder ein AppArmor-Profil noch ein SELinux-Label ist gesetzt, also schränkt keine Mandatory Access Control den Prozess über die Dateirechte hinaus ein. Setzen Sie auf einem AppArmor-Host process.apparmorProfile auf ein geladenes Profil (das von Docker heißt docker-default), auf einem SELinux-Host process.selinuxLabel mit einem Container-Typ wie container_t. Der Name hängt vom Host ab, daher gibt es keine Behebung mit einem Klick.</translation>
    </message>
    <message>
        <source>The AppArmor profile &quot;unconfined&quot; switches AppArmor off for the process. Use the profile your container engine loads, or one written for the program.</source>
        <translation>Das AppArmor-Profil „unconfined“ schaltet AppArmor für den Prozess ab. Verwenden Sie das Profil, das Ihre Container-Engine lädt, oder eines, das für das Programm geschrieben ist.</translation>
    </message>
    <message>
        <source>The SELinux label gives the process a type outside those made for containers (container_t, container_init_t, container_kvm_t, container_engine_t). Types such as spc_t or unconfined_t are not confined at all.</source>
        <translation>Das SELinux-Label gibt dem Prozess einen Typ außerhalb derer für Container (container_t, container_init_t, container_kvm_t, container_engine_t). Typen wie spc_t oder unconfined_t sind überhaupt nicht eingeschränkt.</translation>
    </message>
    <message>
        <source>runc hides parts of /proc and /sys that reveal or control the host: kernel memory (/proc/kcore), keys, timers, firmware. The Pod Security Standards require these default masks. Add the missing paths back to linux.maskedPaths.</source>
        <translation>runc verbirgt Teile von /proc und /sys, die den Host offenlegen oder steuern: Kernel-Speicher (/proc/kcore), Schlüssel, Timer, Firmware. Die Pod Security Standards verlangen diese Standardmasken. Fügen Sie die fehlenden Pfade wieder zu linux.maskedPaths hinzu.</translation>
    </message>
    <message>
        <source>runc makes parts of /proc read-only that change the host kernel: /proc/sys, /proc/sysrq-trigger, interrupt and bus settings. Without them a process with enough privilege can retune or crash the host. Add the missing paths back to linux.readonlyPaths.</source>
        <translation>runc macht Teile von /proc schreibgeschützt, die den Kernel des Hosts verändern: /proc/sys, /proc/sysrq-trigger, Interrupt- und Bus-Einstellungen. Ohne das kann ein Prozess mit genug Rechten den Host umstellen oder abstürzen lassen. Fügen Sie die fehlenden Pfade wieder zu linux.readonlyPaths hinzu.</translation>
    </message>
    <message>
        <source>The root filesystem is writable. An intruder can then replace the container&apos;s programs and libraries, and changes outlive a restart of the process. With root.readonly the image stays as built; give the program tmpfs or volume mounts for the few places it writes.</source>
        <translation>Das Root-Dateisystem ist beschreibbar. Ein Eindringling kann dann Programme und Bibliotheken des Containers ersetzen, und Änderungen überdauern einen Neustart des Prozesses. Mit root.readonly bleibt das Image, wie es gebaut wurde; geben Sie dem Programm tmpfs- oder Volume-Mounts für die wenigen Stellen, an denen es schreibt.</translation>
    </message>
    <message>
        <source>With shared propagation of the root, mounts made inside the container travel back to the host&apos;s mount table. rslave, runc&apos;s default, still lets host mounts arrive but sends nothing back.</source>
        <translation>Mit der Propagation shared für das Root-Dateisystem gelangen Mounts aus dem Container zurück in die Mount-Tabelle des Hosts. rslave, die Voreinstellung von runc, lässt Mounts des Hosts weiter ankommen, schickt aber nichts zurück.</translation>
    </message>
    <message>
        <source>Without a memory limit one container can take all of the host&apos;s memory and make the kernel kill other programs. Set linux.resources.memory.limit to what the program needs with some headroom; the right figure depends on the workload, so there is no one-click fix.</source>
        <translation>Ohne Speichergrenze kann ein Container den ganzen Speicher des Hosts belegen und den Kernel dazu bringen, andere Programme zu beenden. Setzen Sie linux.resources.memory.limit auf den Bedarf des Programms mit etwas Reserve; die richtige Zahl hängt von der Last ab, daher gibt es keine Behebung mit einem Klick.</translation>
    </message>
    <message>
        <source>Without a limit on processes a fork bomb in the container exhausts the host&apos;s process table, and nothing else can start. The fix sets 4096, generous for one service; lower it to what the program really uses.</source>
        <translation>Ohne Grenze für Prozesse erschöpft eine Fork-Bombe im Container die Prozesstabelle des Hosts, und nichts anderes kann mehr starten. Die Behebung setzt 4096, großzügig für einen Dienst; senken Sie den Wert auf das, was das Programm wirklich nutzt.</translation>
    </message>
    <message>
        <source>Neither CPU shares nor a CPU quota is set, so the container competes for the processor like any host process and a busy loop slows everything else. Set linux.resources.cpu.shares, or quota and period, to suit the workload.</source>
        <translation>Weder CPU-Anteile noch ein CPU-Kontingent sind gesetzt, also konkurriert der Container um den Prozessor wie jeder Prozess des Hosts, und eine Endlosschleife bremst alles andere. Setzen Sie linux.resources.cpu.shares oder quota und period passend zur Last.</translation>
    </message>
    <message>
        <source>A bind mount gives the container a part of the host&apos;s file system. System directories such as /, /etc, /proc, /sys, /dev, /boot or kernel modules let a process read secrets of the host or, when writable, change it outright. Mount only the files the program needs, read-only where possible.</source>
        <translation>Ein Bind-Mount gibt dem Container einen Teil des Dateisystems des Hosts. Systemverzeichnisse wie /, /etc, /proc, /sys, /dev, /boot oder die Kernel-Module lassen einen Prozess Geheimnisse des Hosts lesen oder, wenn beschreibbar, den Host unmittelbar verändern. Hängen Sie nur die Dateien ein, die das Programm braucht, wo möglich schreibgeschützt.</translation>
    </message>
    <message>
        <source>Whoever reaches a container engine&apos;s socket or state can start a privileged container of their own and so owns the host. The Docker, containerd and CRI-O sockets, runc&apos;s state and the engines&apos; storage must never be mounted into an ordinary container.</source>
        <translation>Wer den Socket oder den Zustand einer Container-Engine erreicht, kann selbst einen privilegierten Container starten und beherrscht damit den Host. Die Sockets von Docker, containerd und CRI-O, der Zustand von runc und der Speicher der Engines dürfen nie in einen gewöhnlichen Container eingehängt werden.</translation>
    </message>
    <message>
        <source>A read-write bind mount lets the container change files on the host, which the host and other containers may trust. Add &quot;ro&quot; to the mount&apos;s options unless the program has to write there.</source>
        <translation>Ein beschreibbarer Bind-Mount lässt den Container Dateien auf dem Host ändern, denen der Host und andere Container womöglich vertrauen. Fügen Sie den Optionen des Mounts „ro“ hinzu, wenn das Programm dort nicht schreiben muss.</translation>
    </message>
    <message>
        <source>The mount shows the container a part of the host&apos;s file system, read-only. That is often fine, but the Pod Security Standards forbid host paths outright: the container depends on this host and learns about it.</source>
        <translation>Der Mount zeigt dem Container schreibgeschützt einen Teil des Dateisystems des Hosts. Das ist oft in Ordnung, aber die Pod Security Standards verbieten Host-Pfade grundsätzlich: Der Container hängt von diesem Host ab und erfährt etwas über ihn.</translation>
    </message>
    <message>
        <source>Shared propagation sends mounts made inside the container back to the host, so the container can change what the host sees below that path. Use private (or slave) propagation.</source>
        <translation>Die Propagation shared schickt Mounts aus dem Container zurück an den Host, sodass der Container ändern kann, was der Host unter diesem Pfad sieht. Verwenden Sie die Propagation private (oder slave).</translation>
    </message>
    <message>
        <source>This device cgroup rule lets the container read and write every device of a kind, or all of them: raw disks, memory, the console. It is what privileged mode grants. runc allows a short list (null, zero, full, random, urandom, tty, ptmx, pts, tun); allow other devices one by one.</source>
        <translation>Diese Geräteregel der Cgroup lässt den Container jedes Gerät einer Art oder alle Geräte lesen und schreiben: rohe Festplatten, Speicher, die Konsole. Das gewährt der privilegierte Modus. runc erlaubt eine kurze Liste (null, zero, full, random, urandom, tty, ptmx, pts, tun); erlauben Sie weitere Geräte einzeln.</translation>
    </message>
    <message>
        <source>This device cgroup rule allows a device beyond runc&apos;s default list. Make sure the container really needs it: a device node is direct access to host hardware or a kernel driver.</source>
        <translation>Diese Geräteregel der Cgroup erlaubt ein Gerät jenseits der Standardliste von runc. Stellen Sie sicher, dass der Container es wirklich braucht: Ein Gerätenknoten ist direkter Zugang zu Hardware des Hosts oder zu einem Kernel-Treiber.</translation>
    </message>
    <message>
        <source>The container gets a block device node. Whoever may write a disk below its file system bypasses every permission on it, and reading it reveals all its files.</source>
        <translation>Der Container erhält einen Blockgeräteknoten. Wer eine Festplatte unterhalb ihres Dateisystems beschreiben darf, umgeht jedes Recht darauf, und wer sie liest, sieht alle ihre Dateien.</translation>
    </message>
    <message>
        <source>The container gets a device node beyond the ones runc creates (null, zero, full, random, urandom, tty). Each is a door to a host driver; keep only those the program uses.</source>
        <translation>Der Container erhält einen Gerätenknoten über die hinaus, die runc anlegt (null, zero, full, random, urandom, tty). Jeder ist eine Tür zu einem Treiber des Hosts; behalten Sie nur die, die das Programm nutzt.</translation>
    </message>
    <message>
        <source>Kubernetes calls only a few sysctls safe: namespaced ones that cannot affect other containers or the host. Others may change kernel behaviour for everyone or weaken its protections, and runc refuses those that are not namespaced at all.</source>
        <translation>Kubernetes hält nur wenige sysctls für sicher: solche mit Namespace, die andere Container und den Host nicht beeinflussen können. Andere können das Verhalten des Kernels für alle ändern oder seine Schutzmechanismen schwächen, und runc verweigert solche ganz ohne Namespace.</translation>
    </message>
    <message>
        <source>Hooks run programs of the host as the runtime&apos;s user, usually root, outside the container&apos;s restrictions (createContainer hooks enter its namespaces, but the program still comes from the host). Whoever can change the configuration or the program can run code as root on the host. Keep only hooks you know.</source>
        <translation>Hooks führen Programme des Hosts als Benutzer der Runtime aus, meist root, außerhalb der Einschränkungen des Containers (createContainer-Hooks betreten zwar seine Namespaces, das Programm kommt aber vom Host). Wer die Konfiguration oder das Programm ändern kann, kann Code als root auf dem Host ausführen. Behalten Sie nur Hooks, die Sie kennen.</translation>
    </message>
    <message>
        <source>Docker Bench §5</source>
        <translation>Docker Bench §5</translation>
    </message>
    <message>
        <source>PSS baseline</source>
        <translation>PSS baseline</translation>
    </message>
    <message>
        <source>PSS restricted</source>
        <translation>PSS restricted</translation>
    </message>
    <message>
        <source>kubesec</source>
        <translation>kubesec</translation>
    </message>
    <message>
        <source>Trivy</source>
        <translation>Trivy</translation>
    </message>
    <message>
        <source>Docker Bench %1</source>
        <extracomment>A control of Docker Bench for Security, e.g. &quot;Docker Bench 5.4&quot;.</extracomment>
        <translation>Docker Bench %1</translation>
    </message>
    <message>
        <source>PSS baseline: %1</source>
        <extracomment>A control of the Pod Security Standards&apos; baseline profile, e.g. &quot;PSS baseline: Capabilities&quot;.</extracomment>
        <translation>PSS baseline: %1</translation>
    </message>
    <message>
        <source>PSS restricted: %1</source>
        <extracomment>A control of the Pod Security Standards&apos; restricted profile.</extracomment>
        <translation>PSS restricted: %1</translation>
    </message>
    <message>
        <source>kubesec %1</source>
        <extracomment>A rule of kubesec, e.g. &quot;kubesec CapSysAdmin&quot;.</extracomment>
        <translation>kubesec %1</translation>
    </message>
    <message>
        <source>Trivy %1</source>
        <extracomment>A check of Trivy, e.g. &quot;Trivy KSV005&quot;.</extracomment>
        <translation>Trivy %1</translation>
    </message>
</context>
<context>
    <name>SecurityReviewModel</name>
    <message>
        <source>No automatic fix; the explanation says what to do.</source>
        <translation>Keine automatische Behebung; die Erklärung sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>In the Fix column: the finding has a fix.</extracomment>
        <translation>Vorhanden</translation>
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
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
</context>
<context>
    <name>SecurityReviewPanel</name>
    <message>
        <source>Fi&amp;x</source>
        <extracomment>Alt+F belongs to the File menu.</extracomment>
        <translation>Beheb&amp;en</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>Zum &amp;Feld</translation>
    </message>
    <message>
        <source>Double-click a finding to go to the field it is about.</source>
        <translation>Doppelklicken Sie auf einen Befund, um zum betroffenen Feld zu springen.</translation>
    </message>
    <message>
        <source>Apply the fix of the selected finding; Undo takes it back in one step</source>
        <translation>Die Behebung des gewählten Befunds anwenden; Rückgängig nimmt sie in einem Schritt zurück</translation>
    </message>
    <message>
        <source>The configuration passes every hardening check the editor knows.</source>
        <translation>Die Konfiguration besteht jede Härtungsprüfung, die der Editor kennt.</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, warum er zählt und wie er sich beheben lässt.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>The code and the field of a finding, e.g. &quot;security.root.writable at /root/readonly&quot;.</extracomment>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>No standard names this check; it is common hardening practice.</source>
        <translation>Kein Standard nennt diese Prüfung; sie ist gängige Härtungspraxis.</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>No automatic fix.</source>
        <translation>Keine automatische Behebung.</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Wird bewertet…</translation>
    </message>
    <message>
        <source>Security findings</source>
        <translation>Befunde der Sicherheitsbewertung</translation>
    </message>
    <message>
        <source>Hardening advice about the configuration; Enter goes to the field</source>
        <translation>Härtungshinweise zur Konfiguration; die Eingabetaste führt zum Feld</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Details des Befunds</translation>
    </message>
    <message>
        <source>The selected finding: why it matters and how to fix it</source>
        <translation>Der ausgewählte Befund: warum er wichtig ist und wie er sich beheben lässt</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>The command ends with a backslash.</source>
        <translation>Der Befehl endet mit einem Backslash.</translation>
    </message>
    <message>
        <source>A single quote (&apos;) is not closed.</source>
        <translation>Ein einfaches Anführungszeichen (&apos;) ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>A double quote (&quot;) is not closed.</source>
        <translation>Ein doppeltes Anführungszeichen (&quot;) ist nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>ShortcutListModel</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>The JSON text; the run view&apos;s console</source>
        <translation>Der JSON-Text; die Konsole der Ausführen-Ansicht</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Eingabe, Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Next match, previous match</source>
        <translation>Nächster Treffer, vorheriger Treffer</translation>
    </message>
    <message>
        <source>The find field</source>
        <translation>Das Suchfeld</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the find field</source>
        <translation>Das Suchfeld schließen</translation>
    </message>
    <message>
        <source>Complete a member name or a value</source>
        <translation>Einen Member-Namen oder einen Wert vervollständigen</translation>
    </message>
    <message>
        <source>The JSON text</source>
        <translation>Der JSON-Text</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Strg+Klick</translation>
    </message>
    <message>
        <source>Open the tab that edits the member</source>
        <translation>Den Reiter öffnen, der den Member bearbeitet</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Eingabe, Doppelklick</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Zum Feld gehen</translation>
    </message>
    <message>
        <source>Validation, Security Review, the run view&apos;s findings, Compare, Runtime support</source>
        <translation>Prüfung, Sicherheitsbewertung, die Befunde der Ausführen-Ansicht, Vergleich, Runtime-Unterstützung</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Zurück, Vor</translation>
    </message>
    <message>
        <source>Learn OCI</source>
        <translation>OCI verstehen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Tick or clear a capability</source>
        <translation>Eine Capability ankreuzen oder abwählen</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by keys, action or place…</source>
        <translation>Nach Tasten, Aktion oder Ort filtern …</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The keys, what they do and where they work</source>
        <translation>Die Tasten, was sie tun und wo sie wirken</translation>
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
        <source>Root path</source>
        <translation>Root-Pfad</translation>
    </message>
    <message>
        <source>Directory of the root filesystem, absolute or relative to the bundle.</source>
        <translation>Verzeichnis des Root-Dateisystems, absolut oder relativ zum Bundle.</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Device, directory or name to mount.</source>
        <translation>Gerät, Verzeichnis oder Name, der eingehängt wird.</translation>
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
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Mount options such as ro, nosuid, bind.</source>
        <translation>Mount-Optionen wie ro, nosuid, bind.</translation>
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
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Identity the process runs as.</source>
        <translation>Identität, unter der der Prozess läuft.</translation>
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
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <source>Solaris</source>
        <translation>Solaris</translation>
    </message>
    <message>
        <source>z/OS</source>
        <translation>z/OS</translation>
    </message>
    <message>
        <source>FreeBSD</source>
        <translation>FreeBSD</translation>
    </message>
    <message>
        <source>Jail</source>
        <translation>Jail</translation>
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
    <message>
        <source>Windows: Devices</source>
        <translation>Windows: Geräte</translation>
    </message>
    <message>
        <source>Windows: Resources</source>
        <translation>Windows: Ressourcen</translation>
    </message>
    <message>
        <source>Windows: Network</source>
        <translation>Windows: Netzwerk</translation>
    </message>
    <message>
        <source>Windows: Hyper-V</source>
        <translation>Windows: Hyper-V</translation>
    </message>
    <message>
        <source>Virtual machine: Hardware</source>
        <translation>Virtuelle Maschine: Hardware</translation>
    </message>
    <message>
        <source>Solaris: Automatic network</source>
        <translation>Solaris: Automatisches Netzwerk</translation>
    </message>
    <message>
        <source>z/OS: Namespaces</source>
        <translation>z/OS: Namensräume</translation>
    </message>
    <message>
        <source>z/OS: Devices</source>
        <translation>z/OS: Geräte</translation>
    </message>
    <message>
        <source>FreeBSD: Devices</source>
        <translation>FreeBSD: Geräte</translation>
    </message>
    <message>
        <source>FreeBSD: Jail</source>
        <translation>FreeBSD: Jail</translation>
    </message>
    <message>
        <source>Describes the directory that becomes / inside the container. Every platform needs it except Windows with Hyper-V isolation, where it must be left out.</source>
        <translation>Beschreibt das Verzeichnis, das im Container zu / wird. Jede Plattform braucht diese Angabe, außer Windows mit Hyper-V-Isolation, wo sie fehlen muss.</translation>
    </message>
    <message>
        <source>The directory that will appear as / in the container. A relative path is taken from the bundle directory; by convention it is &quot;rootfs&quot;. On Windows it is a volume GUID path such as \\?\Volume{GUID}\.</source>
        <translation>Das Verzeichnis, das im Container als / erscheint. Ein relativer Pfad wird vom Bundle-Verzeichnis aus aufgelöst; üblicherweise lautet er „rootfs“. Unter Windows ist es ein Volume-GUID-Pfad wie \\?\Volume{GUID}\.</translation>
    </message>
    <message>
        <source>When true, nothing in the container can write to its root filesystem; writable places must come from separate mounts such as a tmpfs. Windows does not support it: leave it out or false there.</source>
        <translation>Wenn true, kann nichts im Container in sein Root-Dateisystem schreiben; beschreibbare Orte müssen aus eigenen Mounts wie einem tmpfs stammen. Windows unterstützt das nicht: Lassen Sie es dort weg oder setzen Sie es auf false.</translation>
    </message>
    <message>
        <source>Extra filesystems (proc, tmpfs, bind mounts, ...) mounted on top of the root filesystem. They are mounted in list order, so a later mount on the same or a parent directory hides an earlier one. On Solaris each entry becomes an fs resource of the zone.</source>
        <translation>Zusätzliche Dateisysteme (proc, tmpfs, Bind-Mounts, …), die über dem Root-Dateisystem eingehängt werden. Sie werden in der Reihenfolge der Liste eingehängt, daher verdeckt ein späterer Mount auf dasselbe oder ein übergeordnetes Verzeichnis einen früheren. Unter Solaris wird jeder Eintrag zu einer fs-Ressource der Zone.</translation>
    </message>
    <message>
        <source>The directory inside the container where the filesystem appears. Write it as an absolute path (on Windows with a drive letter, e.g. C:\data); only Linux runtimes accept a relative one, for old configurations. On Windows no destination may lie inside another.</source>
        <translation>Das Verzeichnis im Container, in dem das Dateisystem erscheint. Geben Sie es als absoluten Pfad an (unter Windows mit Laufwerksbuchstaben, z. B. C:\data); nur Linux-Runtimes akzeptieren bei alten Konfigurationen einen relativen. Unter Windows darf kein Ziel innerhalb eines anderen liegen.</translation>
    </message>
    <message>
        <source>For a bind mount the host file or directory (absolute or relative to the bundle); for other types whatever the filesystem expects, often just its name such as &quot;proc&quot; or &quot;tmpfs&quot;. On Windows a local directory of the host: network shares and mapped drives do not work.</source>
        <translation>Bei einem Bind-Mount die Datei oder das Verzeichnis auf dem Host (absolut oder relativ zum Bundle); bei anderen Typen das, was das Dateisystem erwartet, oft nur sein Name wie „proc“ oder „tmpfs“. Unter Windows ein lokales Verzeichnis des Hosts: Netzwerkfreigaben und verbundene Laufwerke funktionieren nicht.</translation>
    </message>
    <message>
        <source>The kind of filesystem, as listed in /proc/filesystems (proc, sysfs, tmpfs, ...). Bind mounts may leave it out and use the bind or rbind option instead. Only POSIX platforms use it; on Solaris it is the zone&apos;s fs type, e.g. lofs.</source>
        <translation>Die Art des Dateisystems, wie in /proc/filesystems aufgeführt (proc, sysfs, tmpfs, …). Bind-Mounts können ihn weglassen und stattdessen die Option bind oder rbind verwenden. Nur POSIX-Plattformen verwenden ihn; unter Solaris ist es der fs-Typ der Zone, z. B. lofs.</translation>
    </message>
    <message>
        <source>Flags and filesystem options in the style of mount -o: generic flags (ro, nosuid, noexec), bind mode (bind, rbind), propagation (rprivate, rslave, ...) and idmap. Options the runtime does not know are handed to the filesystem. Windows runtimes must understand ro; on Solaris these are the options of the zone&apos;s fs resource.</source>
        <translation>Flags und Dateisystemoptionen wie bei mount -o: allgemeine Flags (ro, nosuid, noexec), Bind-Modus (bind, rbind), Propagation (rprivate, rslave, …) und idmap. Optionen, die die Runtime nicht kennt, werden an das Dateisystem weitergereicht. Windows-Runtimes müssen ro verstehen; unter Solaris sind es die Optionen der fs-Ressource der Zone.</translation>
    </message>
    <message>
        <source>The command line as a list: the first entry names the program (looked up in PATH like execvp does), the rest are its arguments. POSIX platforms need at least one entry; on Windows args may be left out when commandLine is given.</source>
        <translation>Die Befehlszeile als Liste: Der erste Eintrag nennt das Programm (wie bei execvp in PATH gesucht), die übrigen sind seine Argumente. POSIX-Plattformen brauchen mindestens einen Eintrag; unter Windows kann args fehlen, wenn commandLine angegeben ist.</translation>
    </message>
    <message>
        <source>Windows runtimes prefer this single string; without it they quote and join the entries of args. Other platforms ignore it.</source>
        <translation>Windows-Runtimes bevorzugen diese einzelne Zeichenkette; ohne sie setzen sie die Einträge von args maskiert zusammen. Andere Plattformen ignorieren sie.</translation>
    </message>
    <message>
        <source>Numeric user and group IDs, as seen inside the container, plus extra groups and the umask. Names are not resolved: the runtime does not read /etc/passwd. Windows names the account in username instead.</source>
        <translation>Numerische Benutzer- und Gruppen-IDs aus Sicht des Containers sowie zusätzliche Gruppen und die umask. Namen werden nicht aufgelöst: Die Runtime liest /etc/passwd nicht. Windows nennt das Konto stattdessen in username.</translation>
    </message>
    <message>
        <source>Per-process limits such as the number of open files, set with setrlimit before the program starts. Each type may appear only once. POSIX platforms have them, Windows does not.</source>
        <translation>Limits pro Prozess wie die Zahl offener Dateien, die vor dem Programmstart mit setrlimit gesetzt werden. Jeder Typ darf nur einmal vorkommen. POSIX-Plattformen kennen sie, Windows nicht.</translation>
    </message>
    <message>
        <source>The resource, named as in getrlimit(2). A runtime refuses names the kernel does not know; other systems than Linux have limits of their own, such as RLIMIT_VMEM on Solaris.</source>
        <translation>Die Ressource, benannt wie in getrlimit(2). Eine Runtime lehnt Namen ab, die der Kernel nicht kennt; andere Systeme als Linux haben eigene Limits, etwa RLIMIT_VMEM unter Solaris.</translation>
    </message>
    <message>
        <source>Sets the no_new_privs bit: set-user-ID programs and file capabilities no longer raise privileges, so the process can never become more powerful than it starts. Linux and z/OS know this setting.</source>
        <translation>Setzt das Bit no_new_privs: Set-User-ID-Programme und Datei-Capabilities erweitern keine Rechte mehr, sodass der Prozess nie mächtiger werden kann, als er startet. Linux und z/OS kennen diese Einstellung.</translation>
    </message>
    <message>
        <source>Host programs the runtime calls while creating, starting and removing the container, for example to set up networking. Each receives the container state as JSON on its standard input. Hooks belong to the POSIX platforms; Windows has none.</source>
        <translation>Host-Programme, die die Runtime beim Erstellen, Starten und Entfernen des Containers aufruft, etwa um das Netzwerk einzurichten. Jedes erhält den Containerzustand als JSON auf seiner Standardeingabe. Hooks gehören zu den POSIX-Plattformen; Windows hat keine.</translation>
    </message>
    <message>
        <source>Settings for Windows containers.</source>
        <translation>Einstellungen für Windows-Container.</translation>
    </message>
    <message>
        <source>Image layers, devices, resource limits, networking and isolation for containers that the Windows Host Compute Service runs. A configuration meant for Windows must contain this section.</source>
        <translation>Image-Schichten, Geräte, Ressourcenlimits, Netzwerk und Isolation für Container, die der Windows Host Compute Service ausführt. Eine Konfiguration für Windows muss diesen Abschnitt enthalten.</translation>
    </message>
    <message>
        <source>Layer folders</source>
        <translation>Schichtordner</translation>
    </message>
    <message>
        <source>Image layers from the top down, the scratch folder last.</source>
        <translation>Image-Schichten von oben nach unten, der Scratch-Ordner zuletzt.</translation>
    </message>
    <message>
        <source>The host folders of the image&apos;s layers, ordered from the topmost layer to the base layer, followed by the writable scratch folder. The list needs at least one entry.</source>
        <translation>Die Ordner des Hosts mit den Schichten des Images, von der obersten bis zur Basisschicht geordnet, gefolgt vom beschreibbaren Scratch-Ordner. Die Liste braucht mindestens einen Eintrag.</translation>
    </message>
    <message>
        <source>Layer folder</source>
        <translation>Schichtordner</translation>
    </message>
    <message>
        <source>One folder on the host, e.g. C:\layers\base.</source>
        <translation>Ein Ordner auf dem Host, z. B. C:\layers\base.</translation>
    </message>
    <message>
        <source>A directory holding one layer of the image; the last entry of the list is the container&apos;s scratch folder instead.</source>
        <translation>Ein Verzeichnis mit einer Schicht des Images; der letzte Eintrag der Liste ist stattdessen der Scratch-Ordner des Containers.</translation>
    </message>
    <message>
        <source>Host devices the container must be able to use.</source>
        <translation>Geräte des Hosts, die der Container nutzen können muss.</translation>
    </message>
    <message>
        <source>Each entry names devices of the host, for example a graphics adapter, that the runtime has to expose inside the container.</source>
        <translation>Jeder Eintrag nennt Geräte des Hosts, etwa einen Grafikadapter, die die Runtime im Container bereitstellen muss.</translation>
    </message>
    <message>
        <source>One device, by identifier.</source>
        <translation>Ein Gerät, per Kennung.</translation>
    </message>
    <message>
        <source>An identifier and the kind of identifier it is; together they say which host devices to pass in.</source>
        <translation>Eine Kennung und die Art der Kennung; zusammen sagen sie, welche Geräte des Hosts durchgereicht werden.</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Which device, e.g. an interface class GUID.</source>
        <translation>Welches Gerät, z. B. eine GUID einer Geräteschnittstellenklasse.</translation>
    </message>
    <message>
        <source>Read according to idType. With the type class it is a device interface class GUID, and the devices of that class become available in the container.</source>
        <translation>Wird gemäß idType gelesen. Mit dem Typ class ist es die GUID einer Geräteschnittstellenklasse, und die Geräte dieser Klasse werden im Container verfügbar.</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID-Typ</translation>
    </message>
    <message>
        <source>How to read the ID; only class is defined.</source>
        <translation>Wie die ID zu lesen ist; nur class ist definiert.</translation>
    </message>
    <message>
        <source>The value class marks the ID as a device interface class GUID. Windows defines no other kind of ID so far.</source>
        <translation>Der Wert class kennzeichnet die ID als GUID einer Geräteschnittstellenklasse. Andere Arten von IDs definiert Windows bisher nicht.</translation>
    </message>
    <message>
        <source>Memory, CPU and storage limits.</source>
        <translation>Limits für Arbeitsspeicher, CPU und Speicherplatz.</translation>
    </message>
    <message>
        <source>Limits that the Host Compute Service enforces on the container as a whole.</source>
        <translation>Limits, die der Host Compute Service für den Container als Ganzes durchsetzt.</translation>
    </message>
    <message>
        <source>Memory limit of the container.</source>
        <translation>Speicherlimit des Containers.</translation>
    </message>
    <message>
        <source>Caps the memory the container may use; without it the container may use what the host has.</source>
        <translation>Begrenzt den Arbeitsspeicher, den der Container nutzen darf; ohne Limit darf er nutzen, was der Host hat.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <source>Most memory the container may use, in bytes.</source>
        <translation>Höchster Arbeitsspeicher des Containers, in Bytes.</translation>
    </message>
    <message>
        <source>The upper bound for the memory of all the container&apos;s processes together, in bytes.</source>
        <translation>Die Obergrenze für den Arbeitsspeicher aller Prozesse des Containers zusammen, in Bytes.</translation>
    </message>
    <message>
        <source>Processor limit: count, shares or maximum.</source>
        <translation>Prozessorlimit: count, shares oder maximum.</translation>
    </message>
    <message>
        <source>Count, shares and maximum are three different ways to cap processor time, so give at most one of them. Affinity may be added to any of them.</source>
        <translation>count, shares und maximum sind drei verschiedene Arten, die Prozessorzeit zu begrenzen; geben Sie also höchstens eine davon an. affinity lässt sich mit jeder von ihnen kombinieren.</translation>
    </message>
    <message>
        <source>CPU count</source>
        <translation>CPU-Anzahl</translation>
    </message>
    <message>
        <source>Number of processors the container sees.</source>
        <translation>Zahl der Prozessoren, die der Container sieht.</translation>
    </message>
    <message>
        <source>How many processors the container may use. Measured against the host&apos;s processors, it also sets the share of processor cycles the container gets.</source>
        <translation>Wie viele Prozessoren der Container nutzen darf. Im Verhältnis zu den Prozessoren des Hosts legt sie auch den Anteil an Prozessorzyklen fest, den der Container erhält.</translation>
    </message>
    <message>
        <source>CPU shares</source>
        <translation>CPU-Anteile</translation>
    </message>
    <message>
        <source>Relative weight, 0 to 10000.</source>
        <translation>Relatives Gewicht, 0 bis 10000.</translation>
    </message>
    <message>
        <source>The container&apos;s weight against other work on the same processors, which Windows calls the CPU weight; it only matters when the processors are busy.</source>
        <translation>Das Gewicht des Containers gegenüber anderer Arbeit auf denselben Prozessoren, von Windows CPU-Gewicht genannt; es zählt nur, wenn die Prozessoren ausgelastet sind.</translation>
    </message>
    <message>
        <source>CPU maximum</source>
        <translation>CPU-Maximum</translation>
    </message>
    <message>
        <source>Cycles out of every 10000, i.e. percent times 100.</source>
        <translation>Zyklen von je 10000, also Prozent mal 100.</translation>
    </message>
    <message>
        <source>A hard cap on processor time: the container gets at most this many of every 10000 cycles, so 5000 means half of the processor time.</source>
        <translation>Eine harte Obergrenze für die Prozessorzeit: Der Container erhält höchstens so viele von je 10000 Zyklen, 5000 bedeutet also die Hälfte der Prozessorzeit.</translation>
    </message>
    <message>
        <source>CPU affinity</source>
        <translation>CPU-Affinität</translation>
    </message>
    <message>
        <source>Processors the container may run on, per processor group.</source>
        <translation>Prozessoren, auf denen der Container laufen darf, je Prozessorgruppe.</translation>
    </message>
    <message>
        <source>A list of mask and group pairs, one per processor group, as the specification text and the Go types of runtimes have it. The 1.3.0 JSON schema describes a single pair instead, which those runtimes cannot read.</source>
        <translation>Eine Liste aus Paaren von Maske und Gruppe, eines je Prozessorgruppe, so wie der Spezifikationstext und die Go-Typen der Runtimes sie vorsehen. Das JSON-Schema von 1.3.0 beschreibt stattdessen ein einzelnes Paar, das diese Runtimes nicht lesen können.</translation>
    </message>
    <message>
        <source>Group affinity</source>
        <translation>Gruppenaffinität</translation>
    </message>
    <message>
        <source>Allowed processors of one processor group.</source>
        <translation>Erlaubte Prozessoren einer Prozessorgruppe.</translation>
    </message>
    <message>
        <source>Windows numbers processors in groups of up to 64; this entry picks processors of one group by bit mask.</source>
        <translation>Windows zählt Prozessoren in Gruppen von bis zu 64; dieser Eintrag wählt Prozessoren einer Gruppe per Bitmaske aus.</translation>
    </message>
    <message>
        <source>Processor mask</source>
        <translation>Prozessormaske</translation>
    </message>
    <message>
        <source>Bit mask of processors within the group.</source>
        <translation>Bitmaske der Prozessoren innerhalb der Gruppe.</translation>
    </message>
    <message>
        <source>Bit n allows processor n of the group, so 3 allows the first two. Like every JSON number the mask is written in decimal.</source>
        <translation>Bit n erlaubt Prozessor n der Gruppe, 3 erlaubt also die ersten beiden. Wie jede JSON-Zahl wird die Maske dezimal geschrieben.</translation>
    </message>
    <message>
        <source>Processor group</source>
        <translation>Prozessorgruppe</translation>
    </message>
    <message>
        <source>Number of the processor group the mask refers to.</source>
        <translation>Nummer der Prozessorgruppe, auf die sich die Maske bezieht.</translation>
    </message>
    <message>
        <source>Group numbers as Windows reports them; hosts with at most 64 logical processors only have group 0.</source>
        <translation>Gruppennummern, wie Windows sie meldet; Hosts mit höchstens 64 logischen Prozessoren haben nur die Gruppe 0.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Limits for the container&apos;s system drive.</source>
        <translation>Limits für das Systemlaufwerk des Containers.</translation>
    </message>
    <message>
        <source>Throttles input and output on the container&apos;s system drive and sets its minimum size.</source>
        <translation>Drosselt Ein- und Ausgabe auf dem Systemlaufwerk des Containers und legt seine Mindestgröße fest.</translation>
    </message>
    <message>
        <source>IOPS limit</source>
        <translation>IOPS-Limit</translation>
    </message>
    <message>
        <source>Most I/O operations per second on the system drive.</source>
        <translation>Höchstzahl an E/A-Operationen pro Sekunde auf dem Systemlaufwerk.</translation>
    </message>
    <message>
        <source>Caps how many read and write operations the container may issue per second to its system drive.</source>
        <translation>Begrenzt, wie viele Lese- und Schreiboperationen pro Sekunde der Container an sein Systemlaufwerk richten darf.</translation>
    </message>
    <message>
        <source>Bandwidth limit</source>
        <translation>Bandbreitenlimit</translation>
    </message>
    <message>
        <source>Most bytes per second on the system drive.</source>
        <translation>Höchstzahl an Bytes pro Sekunde auf dem Systemlaufwerk.</translation>
    </message>
    <message>
        <source>Caps how many bytes per second the container may read from and write to its system drive.</source>
        <translation>Begrenzt, wie viele Bytes pro Sekunde der Container von seinem Systemlaufwerk lesen und darauf schreiben darf.</translation>
    </message>
    <message>
        <source>Sandbox size</source>
        <translation>Sandbox-Größe</translation>
    </message>
    <message>
        <source>Minimum size of the system drive, in bytes.</source>
        <translation>Mindestgröße des Systemlaufwerks, in Bytes.</translation>
    </message>
    <message>
        <source>The system drive (the sandbox on top of the image layers) is made at least this large.</source>
        <translation>Das Systemlaufwerk (die Sandbox über den Image-Schichten) wird mindestens so groß angelegt.</translation>
    </message>
    <message>
        <source>Endpoints and name resolution of the container.</source>
        <translation>Endpunkte und Namensauflösung des Containers.</translation>
    </message>
    <message>
        <source>Connects the container to Host Network Service endpoints or to another container&apos;s network, and sets how it resolves names.</source>
        <translation>Verbindet den Container mit Endpunkten des Host Network Service oder mit dem Netzwerk eines anderen Containers und legt fest, wie er Namen auflöst.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>HNS endpoints to connect the container to.</source>
        <translation>HNS-Endpunkte, mit denen der Container verbunden wird.</translation>
    </message>
    <message>
        <source>IDs of network endpoints created with the Host Network Service; the container gets one network adapter for each.</source>
        <translation>IDs von Netzwerkendpunkten, die mit dem Host Network Service angelegt wurden; der Container erhält für jeden einen Netzwerkadapter.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>ID of one HNS endpoint.</source>
        <translation>ID eines HNS-Endpunkts.</translation>
    </message>
    <message>
        <source>The GUID of an endpoint as the Host Network Service reports it.</source>
        <translation>Die GUID eines Endpunkts, wie der Host Network Service sie meldet.</translation>
    </message>
    <message>
        <source>Allow unqualified DNS queries</source>
        <translation>Unqualifizierte DNS-Anfragen erlauben</translation>
    </message>
    <message>
        <source>Resolve single-label names such as &quot;db&quot;.</source>
        <translation>Einteilige Namen wie „db“ auflösen.</translation>
    </message>
    <message>
        <source>When true, names without a domain part may be looked up, completed with the DNS search list.</source>
        <translation>Wenn true, dürfen Namen ohne Domainteil nachgeschlagen werden, ergänzt um die DNS-Suchliste.</translation>
    </message>
    <message>
        <source>DNS search list</source>
        <translation>DNS-Suchliste</translation>
    </message>
    <message>
        <source>Domain suffixes tried when resolving names.</source>
        <translation>Domainsuffixe, die beim Auflösen von Namen probiert werden.</translation>
    </message>
    <message>
        <source>Suffixes such as example.com that are appended in turn to a name that is not fully qualified.</source>
        <translation>Suffixe wie example.com, die nacheinander an einen nicht voll qualifizierten Namen angehängt werden.</translation>
    </message>
    <message>
        <source>DNS suffix</source>
        <translation>DNS-Suffix</translation>
    </message>
    <message>
        <source>One domain suffix.</source>
        <translation>Ein Domainsuffix.</translation>
    </message>
    <message>
        <source>A domain name to try as the ending of short names.</source>
        <translation>Ein Domainname, der als Ende kurzer Namen probiert wird.</translation>
    </message>
    <message>
        <source>Share network of container</source>
        <translation>Netzwerk eines Containers teilen</translation>
    </message>
    <message>
        <source>Name or ID of a container whose network to join.</source>
        <translation>Name oder ID eines Containers, dessen Netzwerk genutzt wird.</translation>
    </message>
    <message>
        <source>The container uses the network stack of the named container instead of getting its own, as the containers of one pod do.</source>
        <translation>Der Container verwendet den Netzwerkstack des genannten Containers, statt einen eigenen zu erhalten, wie die Container eines Pods.</translation>
    </message>
    <message>
        <source>Network namespace</source>
        <translation>Netzwerk-Namensraum</translation>
    </message>
    <message>
        <source>ID of an HNS network namespace to join.</source>
        <translation>ID eines HNS-Netzwerk-Namensraums, dem der Container beitritt.</translation>
    </message>
    <message>
        <source>Puts the container into an existing Host Network Service namespace, which brings its own endpoints. When it is given, the other network settings should be left out.</source>
        <translation>Setzt den Container in einen bestehenden Namensraum des Host Network Service, der eigene Endpunkte mitbringt. Ist er angegeben, sollten die übrigen Netzwerkeinstellungen fehlen.</translation>
    </message>
    <message>
        <source>Credential spec</source>
        <translation>Credential Spec</translation>
    </message>
    <message>
        <source>Group Managed Service Account of the container.</source>
        <translation>Group Managed Service Account des Containers.</translation>
    </message>
    <message>
        <source>Lets the container act in an Active Directory domain under a gMSA. The content is the credential spec document of Windows tooling; its members are up to the runtime and are not checked.</source>
        <translation>Lässt den Container in einer Active-Directory-Domäne unter einem gMSA handeln. Der Inhalt ist das Credential-Spec-Dokument der Windows-Werkzeuge; seine Mitglieder legt die Runtime fest, sie werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Servicing</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Start only to apply pending Windows updates.</source>
        <translation>Nur starten, um ausstehende Windows-Updates einzuspielen.</translation>
    </message>
    <message>
        <source>When the Host Compute Service has reported a pending update servicing operation, true starts the container in the mode that applies it.</source>
        <translation>Hat der Host Compute Service einen ausstehenden Update-Wartungsvorgang gemeldet, startet true den Container in dem Modus, der ihn ausführt.</translation>
    </message>
    <message>
        <source>Ignore flushes during boot</source>
        <translation>Flushes beim Booten ignorieren</translation>
    </message>
    <message>
        <source>Skip disk flushes while the container boots.</source>
        <translation>Beim Booten des Containers keine Datenträger-Flushes.</translation>
    </message>
    <message>
        <source>Trades safety for start-up speed: data written while the container boots is not flushed to disk.</source>
        <translation>Tauscht Sicherheit gegen Startgeschwindigkeit: Daten, die während des Bootens des Containers geschrieben werden, werden nicht sofort auf den Datenträger übertragen.</translation>
    </message>
    <message>
        <source>Hyper-V isolation</source>
        <translation>Hyper-V-Isolation</translation>
    </message>
    <message>
        <source>Run the container in a lightweight virtual machine.</source>
        <translation>Den Container in einer schlanken virtuellen Maschine ausführen.</translation>
    </message>
    <message>
        <source>Present, even empty, it asks for Hyper-V isolation: the container gets a kernel of its own in a utility VM. Absent, the container is a Windows Server container sharing the host&apos;s kernel.</source>
        <translation>Schon seine Anwesenheit, auch als leeres Objekt, fordert Hyper-V-Isolation an: Der Container erhält einen eigenen Kernel in einer Utility-VM. Fehlt es, ist der Container ein Windows-Server-Container, der den Kernel des Hosts teilt.</translation>
    </message>
    <message>
        <source>Utility VM image</source>
        <translation>Utility-VM-Image</translation>
    </message>
    <message>
        <source>Folder of the utility VM image to boot.</source>
        <translation>Ordner des Utility-VM-Images, das gebootet wird.</translation>
    </message>
    <message>
        <source>Needed when the base image brings no utility VM. Without it the runtime looks for a UtilityVM folder in the layers, from the base layer upwards.</source>
        <translation>Nötig, wenn das Basis-Image keine Utility-VM mitbringt. Ohne Angabe sucht die Runtime in den Schichten, von der Basisschicht aufwärts, nach einem Ordner UtilityVM.</translation>
    </message>
    <message>
        <source>Hypervisor, kernel and image for VM-based runtimes.</source>
        <translation>Hypervisor, Kernel und Image für VM-basierte Runtimes.</translation>
    </message>
    <message>
        <source>For runtimes that start each container in a virtual machine of its own: which hypervisor to use, which kernel to boot and which disk image holds the machine&apos;s root filesystem.</source>
        <translation>Für Runtimes, die jeden Container in einer eigenen virtuellen Maschine starten: welcher Hypervisor verwendet wird, welcher Kernel bootet und welches Festplatten-Image das Root-Dateisystem der Maschine enthält.</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Program that runs the virtual machine.</source>
        <translation>Programm, das die virtuelle Maschine ausführt.</translation>
    </message>
    <message>
        <source>The virtual machine monitor, such as QEMU or Cloud Hypervisor, and the arguments it is started with.</source>
        <translation>Der Virtual Machine Monitor, etwa QEMU oder Cloud Hypervisor, und die Argumente, mit denen er gestartet wird.</translation>
    </message>
    <message>
        <source>Hypervisor path</source>
        <translation>Hypervisor-Pfad</translation>
    </message>
    <message>
        <source>Absolute path of the hypervisor program.</source>
        <translation>Absoluter Pfad des Hypervisor-Programms.</translation>
    </message>
    <message>
        <source>Resolved on the host, in the runtime&apos;s mount namespace, so it must be absolute.</source>
        <translation>Wird auf dem Host im Mount-Namensraum der Runtime aufgelöst und muss daher absolut sein.</translation>
    </message>
    <message>
        <source>Hypervisor parameters</source>
        <translation>Hypervisor-Parameter</translation>
    </message>
    <message>
        <source>Arguments passed to the hypervisor.</source>
        <translation>Argumente für den Hypervisor.</translation>
    </message>
    <message>
        <source>Extra arguments for the hypervisor program, one per entry.</source>
        <translation>Zusätzliche Argumente für das Hypervisor-Programm, eines je Eintrag.</translation>
    </message>
    <message>
        <source>A single argument, passed as written.</source>
        <translation>Ein einzelnes Argument, so übergeben, wie es geschrieben ist.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Kernel the virtual machine boots.</source>
        <translation>Kernel, den die virtuelle Maschine bootet.</translation>
    </message>
    <message>
        <source>The guest kernel, its command line and an optional initial ramdisk. A vm section cannot do without it.</source>
        <translation>Der Gast-Kernel, seine Befehlszeile und eine optionale initiale Ramdisk. Ein vm-Abschnitt kommt ohne ihn nicht aus.</translation>
    </message>
    <message>
        <source>Kernel path</source>
        <translation>Kernel-Pfad</translation>
    </message>
    <message>
        <source>Absolute path of the kernel image.</source>
        <translation>Absoluter Pfad des Kernel-Images.</translation>
    </message>
    <message>
        <source>The kernel file on the host, e.g. a vmlinuz; it must be absolute in the runtime&apos;s mount namespace.</source>
        <translation>Die Kernel-Datei auf dem Host, z. B. ein vmlinuz; der Pfad muss im Mount-Namensraum der Runtime absolut sein.</translation>
    </message>
    <message>
        <source>Kernel parameters</source>
        <translation>Kernel-Parameter</translation>
    </message>
    <message>
        <source>Kernel command line, one parameter per entry.</source>
        <translation>Kernel-Befehlszeile, ein Parameter je Eintrag.</translation>
    </message>
    <message>
        <source>Parameters such as console=hvc0 that the guest kernel receives on its command line.</source>
        <translation>Parameter wie console=hvc0, die der Gast-Kernel auf seiner Befehlszeile erhält.</translation>
    </message>
    <message>
        <source>One kernel parameter.</source>
        <translation>Ein Kernel-Parameter.</translation>
    </message>
    <message>
        <source>A single entry of the kernel command line, e.g. quiet.</source>
        <translation>Ein einzelner Eintrag der Kernel-Befehlszeile, z. B. quiet.</translation>
    </message>
    <message>
        <source>Initial ramdisk</source>
        <translation>Initiale Ramdisk</translation>
    </message>
    <message>
        <source>Absolute path of an initrd image.</source>
        <translation>Absoluter Pfad eines initrd-Images.</translation>
    </message>
    <message>
        <source>An initial ramdisk loaded together with the kernel; like the kernel path it must be absolute on the host.</source>
        <translation>Eine initiale Ramdisk, die zusammen mit dem Kernel geladen wird; wie der Kernel-Pfad muss ihr Pfad auf dem Host absolut sein.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Disk image the virtual machine boots into.</source>
        <translation>Festplatten-Image, in das die virtuelle Maschine bootet.</translation>
    </message>
    <message>
        <source>Holds the virtual machine&apos;s own root filesystem, which is not the container&apos;s: the runtime mounts root.path somewhere inside the machine.</source>
        <translation>Enthält das eigene Root-Dateisystem der virtuellen Maschine, nicht das des Containers: Die Runtime hängt root.path irgendwo innerhalb der Maschine ein.</translation>
    </message>
    <message>
        <source>Image path</source>
        <translation>Image-Pfad</translation>
    </message>
    <message>
        <source>Absolute path of the disk image.</source>
        <translation>Absoluter Pfad des Festplatten-Images.</translation>
    </message>
    <message>
        <source>The image file on the host; it must be absolute in the runtime&apos;s mount namespace.</source>
        <translation>Die Image-Datei auf dem Host; der Pfad muss im Mount-Namensraum der Runtime absolut sein.</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>Image-Format</translation>
    </message>
    <message>
        <source>raw, qcow2, vdi, vmdk or vhd.</source>
        <translation>raw, qcow2, vdi, vmdk oder vhd.</translation>
    </message>
    <message>
        <source>The file format of the image: a plain disk (raw), QEMU&apos;s copy-on-write format (qcow2), or the formats of VirtualBox (vdi), VMware (vmdk) and Hyper-V (vhd).</source>
        <translation>Das Dateiformat des Images: eine einfache Festplatte (raw), das Copy-on-Write-Format von QEMU (qcow2) oder die Formate von VirtualBox (vdi), VMware (vmdk) und Hyper-V (vhd).</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Virtual hardware and devices passed through.</source>
        <translation>Virtuelle Hardware und durchgereichte Geräte.</translation>
    </message>
    <message>
        <source>Processors and memory of the virtual machine, plus host hardware it may use directly: device tree nodes, I/O memory and interrupts. The pass-through fields follow the Xen xl configuration.</source>
        <translation>Prozessoren und Arbeitsspeicher der virtuellen Maschine sowie Hardware des Hosts, die sie direkt nutzen darf: Gerätebaumknoten, E/A-Speicher und Interrupts. Die Felder für das Durchreichen folgen der xl-Konfiguration von Xen.</translation>
    </message>
    <message>
        <source>Device tree</source>
        <translation>Gerätebaum</translation>
    </message>
    <message>
        <source>Device tree blob given to the virtual machine.</source>
        <translation>Gerätebaum-Blob für die virtuelle Maschine.</translation>
    </message>
    <message>
        <source>Path of a compiled device tree (.dtb) describing the hardware, real and paravirtual, that the virtual machine should use.</source>
        <translation>Pfad eines kompilierten Gerätebaums (.dtb), der die reale und paravirtuelle Hardware beschreibt, die die virtuelle Maschine verwenden soll.</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>Virtuelle CPUs</translation>
    </message>
    <message>
        <source>Number of virtual processors.</source>
        <translation>Zahl der virtuellen Prozessoren.</translation>
    </message>
    <message>
        <source>How many processors the virtual machine gets.</source>
        <translation>Wie viele Prozessoren die virtuelle Maschine erhält.</translation>
    </message>
    <message>
        <source>Most memory of the virtual machine, in bytes.</source>
        <translation>Höchster Arbeitsspeicher der virtuellen Maschine, in Bytes.</translation>
    </message>
    <message>
        <source>The largest amount of memory the virtual machine is given, in bytes.</source>
        <translation>Die größte Menge Arbeitsspeicher, die die virtuelle Maschine erhält, in Bytes.</translation>
    </message>
    <message>
        <source>Device tree nodes</source>
        <translation>Gerätebaumknoten</translation>
    </message>
    <message>
        <source>Host device tree nodes passed through.</source>
        <translation>Durchgereichte Knoten des Gerätebaums des Hosts.</translation>
    </message>
    <message>
        <source>Paths of nodes in the host&apos;s device tree whose devices the virtual machine may use directly.</source>
        <translation>Pfade von Knoten im Gerätebaum des Hosts, deren Geräte die virtuelle Maschine direkt nutzen darf.</translation>
    </message>
    <message>
        <source>Device tree node</source>
        <translation>Gerätebaumknoten</translation>
    </message>
    <message>
        <source>Path of one node.</source>
        <translation>Pfad eines Knotens.</translation>
    </message>
    <message>
        <source>A node of the host&apos;s device tree, written as its path.</source>
        <translation>Ein Knoten des Gerätebaums des Hosts, als sein Pfad geschrieben.</translation>
    </message>
    <message>
        <source>I/O memory</source>
        <translation>E/A-Speicher</translation>
    </message>
    <message>
        <source>Hardware memory pages the machine may access.</source>
        <translation>Hardware-Speicherseiten, auf die die Maschine zugreifen darf.</translation>
    </message>
    <message>
        <source>Ranges of physical I/O memory pages mapped into the virtual machine, for devices it drives itself.</source>
        <translation>Bereiche physischer E/A-Speicherseiten, die in die virtuelle Maschine eingeblendet werden, für Geräte, die sie selbst steuert.</translation>
    </message>
    <message>
        <source>I/O memory range</source>
        <translation>E/A-Speicherbereich</translation>
    </message>
    <message>
        <source>One range of pages.</source>
        <translation>Ein Bereich von Seiten.</translation>
    </message>
    <message>
        <source>A run of nrMFNs host pages starting at firstMFN, mapped into the guest at firstGFN.</source>
        <translation>nrMFNs Seiten des Hosts ab firstMFN, im Gast ab firstGFN eingeblendet.</translation>
    </message>
    <message>
        <source>First guest frame</source>
        <translation>Erster Gast-Frame</translation>
    </message>
    <message>
        <source>Guest page number where the range appears.</source>
        <translation>Seitennummer im Gast, an der der Bereich erscheint.</translation>
    </message>
    <message>
        <source>Where in the guest&apos;s address space the pages are mapped, as a page number. Without it they appear at the same number as on the host.</source>
        <translation>Wo im Adressraum des Gasts die Seiten eingeblendet werden, als Seitennummer. Ohne Angabe erscheinen sie unter derselben Nummer wie auf dem Host.</translation>
    </message>
    <message>
        <source>First machine frame</source>
        <translation>Erster Maschinen-Frame</translation>
    </message>
    <message>
        <source>Host page number where the range starts.</source>
        <translation>Seitennummer auf dem Host, an der der Bereich beginnt.</translation>
    </message>
    <message>
        <source>The physical page number of the first page of the I/O memory region.</source>
        <translation>Die physische Seitennummer der ersten Seite des E/A-Speicherbereichs.</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Seitenanzahl</translation>
    </message>
    <message>
        <source>Number of pages in the range.</source>
        <translation>Zahl der Seiten im Bereich.</translation>
    </message>
    <message>
        <source>How many consecutive pages, starting at firstMFN, are mapped.</source>
        <translation>Wie viele aufeinanderfolgende Seiten ab firstMFN eingeblendet werden.</translation>
    </message>
    <message>
        <source>Interrupts</source>
        <translation>Interrupts</translation>
    </message>
    <message>
        <source>Physical IRQs the machine may handle.</source>
        <translation>Physische IRQs, die die Maschine behandeln darf.</translation>
    </message>
    <message>
        <source>Interrupt lines of the host routed to the virtual machine, for devices passed through to it.</source>
        <translation>Interrupt-Leitungen des Hosts, die an die virtuelle Maschine geleitet werden, für an sie durchgereichte Geräte.</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Interrupt</translation>
    </message>
    <message>
        <source>One IRQ number.</source>
        <translation>Eine IRQ-Nummer.</translation>
    </message>
    <message>
        <source>The number of a physical interrupt line.</source>
        <translation>Die Nummer einer physischen Interrupt-Leitung.</translation>
    </message>
    <message>
        <source>Settings for Solaris application containers.</source>
        <translation>Einstellungen für Solaris-Anwendungscontainer.</translation>
    </message>
    <message>
        <source>Solaris runs containers as zones; apart from milestone these fields stand for properties of the zone&apos;s configuration (zonecfg).</source>
        <translation>Solaris führt Container als Zonen aus; außer milestone stehen diese Felder für Eigenschaften der Zonenkonfiguration (zonecfg).</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>SMF service to wait for, as an FMRI.</source>
        <translation>SMF-Dienst, auf den gewartet wird, als FMRI.</translation>
    </message>
    <message>
        <source>The process starts only once this Service Management Facility milestone is online, e.g. svc:/milestone/container:default.</source>
        <translation>Der Prozess startet erst, wenn dieser Meilenstein der Service Management Facility online ist, z. B. svc:/milestone/container:default.</translation>
    </message>
    <message>
        <source>Privilege limit</source>
        <translation>Rechtegrenze</translation>
    </message>
    <message>
        <source>Most privileges a process in the zone can get.</source>
        <translation>Höchste Privilegien, die ein Prozess in der Zone erhalten kann.</translation>
    </message>
    <message>
        <source>A comma-separated privilege set, such as default or default,-net_rawaccess, in the syntax of priv_str_to_set(3C).</source>
        <translation>Eine kommagetrennte Privilegienmenge wie default oder default,-net_rawaccess in der Syntax von priv_str_to_set(3C).</translation>
    </message>
    <message>
        <source>Shared memory limit</source>
        <translation>Limit für gemeinsamen Speicher</translation>
    </message>
    <message>
        <source>Most System V shared memory, e.g. 512m.</source>
        <translation>Höchster System-V-Shared-Memory, z. B. 512m.</translation>
    </message>
    <message>
        <source>Maps to the zone&apos;s max-shm-memory. The number may carry a scale letter K, M, G or T.</source>
        <translation>Entspricht max-shm-memory der Zone. Die Zahl darf einen Skalierungsbuchstaben K, M, G oder T tragen.</translation>
    </message>
    <message>
        <source>CPU cap</source>
        <translation>CPU-Obergrenze</translation>
    </message>
    <message>
        <source>Limit on the CPU time of the zone.</source>
        <translation>Grenze für die CPU-Zeit der Zone.</translation>
    </message>
    <message>
        <source>Maps to the zone&apos;s capped-cpu resource, which limits the processor time all its threads together may use.</source>
        <translation>Entspricht der Ressource capped-cpu der Zone, die die Prozessorzeit aller ihrer Threads zusammen begrenzt.</translation>
    </message>
    <message>
        <source>CPUs&apos; worth of time, e.g. 1.25.</source>
        <translation>Prozessorzeit in CPUs, z. B. 1.25.</translation>
    </message>
    <message>
        <source>Written as a string: 1 stands for one whole processor, .75 for three quarters of one, 1.25 for one and a quarter.</source>
        <translation>Als Zeichenkette geschrieben: 1 steht für einen ganzen Prozessor, .75 für drei Viertel eines Prozessors, 1.25 für eineinviertel.</translation>
    </message>
    <message>
        <source>Memory cap</source>
        <translation>Speicherobergrenze</translation>
    </message>
    <message>
        <source>Physical and swap memory caps.</source>
        <translation>Obergrenzen für physischen Speicher und Swap.</translation>
    </message>
    <message>
        <source>Maps to the zone&apos;s capped-memory resource. Sizes may carry a scale letter K, M, G or T.</source>
        <translation>Entspricht der Ressource capped-memory der Zone. Größen dürfen einen Skalierungsbuchstaben K, M, G oder T tragen.</translation>
    </message>
    <message>
        <source>Physical memory</source>
        <translation>Physischer Speicher</translation>
    </message>
    <message>
        <source>Cap on resident memory, e.g. 512m.</source>
        <translation>Obergrenze für residenten Speicher, z. B. 512m.</translation>
    </message>
    <message>
        <source>The most physical memory the zone may occupy.</source>
        <translation>Der meiste physische Speicher, den die Zone belegen darf.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Cap on swap space, e.g. 512m.</source>
        <translation>Obergrenze für Swap-Speicher, z. B. 512m.</translation>
    </message>
    <message>
        <source>The most swap space the zone may reserve.</source>
        <translation>Der meiste Swap-Speicher, den die Zone reservieren darf.</translation>
    </message>
    <message>
        <source>Automatic networks</source>
        <translation>Automatische Netzwerke</translation>
    </message>
    <message>
        <source>Virtual NICs created for the zone.</source>
        <translation>Virtuelle Netzwerkkarten, die für die Zone angelegt werden.</translation>
    </message>
    <message>
        <source>For each entry the zone administration daemon creates a temporary virtual NIC when the container starts and removes it when the container is torn down.</source>
        <translation>Für jeden Eintrag legt der Zonenverwaltungsdienst beim Start des Containers eine temporäre virtuelle Netzwerkkarte an und entfernt sie, wenn der Container abgebaut wird.</translation>
    </message>
    <message>
        <source>Automatic network</source>
        <translation>Automatisches Netzwerk</translation>
    </message>
    <message>
        <source>One virtual NIC.</source>
        <translation>Eine virtuelle Netzwerkkarte.</translation>
    </message>
    <message>
        <source>An anet resource of the zone: its link, addresses and protection.</source>
        <translation>Eine anet-Ressource der Zone: ihr Link, ihre Adressen und ihr Schutz.</translation>
    </message>
    <message>
        <source>Link name</source>
        <translation>Link-Name</translation>
    </message>
    <message>
        <source>Name of the virtual NIC, e.g. net0.</source>
        <translation>Name der virtuellen Netzwerkkarte, z. B. net0.</translation>
    </message>
    <message>
        <source>The datalink name the automatically created VNIC gets.</source>
        <translation>Der Datalink-Name, den die automatisch angelegte VNIC erhält.</translation>
    </message>
    <message>
        <source>Lower link</source>
        <translation>Unterer Link</translation>
    </message>
    <message>
        <source>Physical link the VNIC is created on.</source>
        <translation>Physischer Link, auf dem die VNIC angelegt wird.</translation>
    </message>
    <message>
        <source>The host link over which the virtual NIC is made; maps to lower-link.</source>
        <translation>Der Link des Hosts, über dem die virtuelle Netzwerkkarte angelegt wird; entspricht lower-link.</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Erlaubte Adressen</translation>
    </message>
    <message>
        <source>IP addresses the zone may use, e.g. 172.17.0.2/16.</source>
        <translation>IP-Adressen, die die Zone verwenden darf, z. B. 172.17.0.2/16.</translation>
    </message>
    <message>
        <source>Restricts the zone to these addresses on the link; without it any address may be used. Maps to allowed-address.</source>
        <translation>Beschränkt die Zone auf diese Adressen am Link; ohne Angabe darf sie jede Adresse verwenden. Entspricht allowed-address.</translation>
    </message>
    <message>
        <source>Configure allowed addresses</source>
        <translation>Erlaubte Adressen konfigurieren</translation>
    </message>
    <message>
        <source>&quot;true&quot; or &quot;false&quot;, as a string.</source>
        <translation>„true“ oder „false“, als Zeichenkette.</translation>
    </message>
    <message>
        <source>With &quot;true&quot; the allowed addresses are set up on the interface each time the container starts; with &quot;false&quot; they are not.</source>
        <translation>Mit „true“ werden die erlaubten Adressen bei jedem Start des Containers an der Schnittstelle eingerichtet; mit „false“ nicht.</translation>
    </message>
    <message>
        <source>Default router</source>
        <translation>Standardrouter</translation>
    </message>
    <message>
        <source>Default gateway of the interface.</source>
        <translation>Standard-Gateway der Schnittstelle.</translation>
    </message>
    <message>
        <source>The router the zone sends traffic for other networks to.</source>
        <translation>Der Router, an den die Zone Verkehr für andere Netze schickt.</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>A unicast MAC address or a keyword.</source>
        <translation>Eine Unicast-MAC-Adresse oder ein Schlüsselwort.</translation>
    </message>
    <message>
        <source>Either a MAC address such as 02:42:f8:52:c7:16 or one of the keywords zonecfg knows, e.g. random or auto.</source>
        <translation>Entweder eine MAC-Adresse wie 02:42:f8:52:c7:16 oder eines der Schlüsselwörter, die zonecfg kennt, z. B. random oder auto.</translation>
    </message>
    <message>
        <source>Link protection</source>
        <translation>Link-Schutz</translation>
    </message>
    <message>
        <source>Protections, e.g. mac-nospoof, ip-nospoof.</source>
        <translation>Schutzarten, z. B. mac-nospoof, ip-nospoof.</translation>
    </message>
    <message>
        <source>A comma-separated list of the link protection types of dladm, which stop the zone from spoofing addresses.</source>
        <translation>Eine kommagetrennte Liste der Link-Schutzarten von dladm, die die Zone daran hindern, Adressen zu fälschen.</translation>
    </message>
    <message>
        <source>Settings for containers on IBM z/OS.</source>
        <translation>Einstellungen für Container unter IBM z/OS.</translation>
    </message>
    <message>
        <source>z/OS UNIX isolates containers with namespaces and filesystem jails; this section lists the namespaces.</source>
        <translation>z/OS UNIX isoliert Container mit Namensräumen und Dateisystem-Jails; dieser Abschnitt listet die Namensräume.</translation>
    </message>
    <message>
        <source>z/OS UNIX namespaces the container gets or joins.</source>
        <translation>Namensräume von z/OS UNIX, die der Container erhält oder denen er beitritt.</translation>
    </message>
    <message>
        <source>Like Linux namespaces: each listed type is new for the container or, with a path, an existing one. Types not listed are shared with the runtime.</source>
        <translation>Wie Linux-Namensräume: Jeder aufgeführte Typ ist für den Container neu oder, mit einem Pfad, ein bestehender. Nicht aufgeführte Typen teilt er mit der Runtime.</translation>
    </message>
    <message>
        <source>A namespace type, and optionally the namespace file of one to join; each type may appear once.</source>
        <translation>Ein Namensraumtyp und optional die Namensraumdatei eines beizutretenden; jeder Typ darf einmal vorkommen.</translation>
    </message>
    <message>
        <source>pid, mount, ipc or uts.</source>
        <translation>pid, mount, ipc oder uts.</translation>
    </message>
    <message>
        <source>pid hides other processes, mount gives a mount table of its own, ipc separates inter-process communication and uts allows an own host and domain name.</source>
        <translation>pid verbirgt andere Prozesse, mount gibt eine eigene Mount-Tabelle, ipc trennt die Interprozesskommunikation und uts erlaubt einen eigenen Host- und Domainnamen.</translation>
    </message>
    <message>
        <source>Namespace file to join instead of creating one.</source>
        <translation>Namensraumdatei, der beigetreten wird, statt einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>An absolute path on the host to the file of an existing namespace of the same type. Without it a new namespace is created.</source>
        <translation>Ein absoluter Pfad auf dem Host zur Datei eines bestehenden Namensraums desselben Typs. Ohne ihn wird ein neuer Namensraum angelegt.</translation>
    </message>
    <message>
        <source>Devices (removed)</source>
        <translation>Geräte (entfernt)</translation>
    </message>
    <message>
        <source>Device files to create; removed in 1.2.1.</source>
        <translation>Anzulegende Gerätedateien; in 1.2.1 entfernt.</translation>
    </message>
    <message>
        <source>Listed device nodes for the container in versions 1.1.0 and 1.2.0. Version 1.2.1 dropped them in favour of namespaces.</source>
        <translation>Führte in den Versionen 1.1.0 und 1.2.0 Gerätedateien für den Container auf. Version 1.2.1 hat sie zugunsten von Namensräumen gestrichen.</translation>
    </message>
    <message>
        <source>One device node of the removed devices list.</source>
        <translation>Eine Gerätedatei der entfernten Geräteliste.</translation>
    </message>
    <message>
        <source>Described a special file like a Linux device entry does: type, path, numbers, mode and owner.</source>
        <translation>Beschrieb eine Spezialdatei wie ein Linux-Geräteeintrag: Typ, Pfad, Nummern, Modus und Eigentümer.</translation>
    </message>
    <message>
        <source>c, b, u or p.</source>
        <translation>c, b, u oder p.</translation>
    </message>
    <message>
        <source>Character, block, unbuffered character or FIFO device.</source>
        <translation>Zeichen-, Block-, ungepuffertes Zeichen- oder FIFO-Gerät.</translation>
    </message>
    <message>
        <source>Where the device appears in the container.</source>
        <translation>Wo das Gerät im Container erscheint.</translation>
    </message>
    <message>
        <source>The full path of the device file inside the container.</source>
        <translation>Der vollständige Pfad der Gerätedatei im Container.</translation>
    </message>
    <message>
        <source>Device class number.</source>
        <translation>Nummer der Geräteklasse.</translation>
    </message>
    <message>
        <source>Selects the driver; needed for every type except p.</source>
        <translation>Wählt den Treiber; für jeden Typ außer p nötig.</translation>
    </message>
    <message>
        <source>Device instance number.</source>
        <translation>Nummer der Geräteinstanz.</translation>
    </message>
    <message>
        <source>Selects the device among those of the driver; needed for every type except p.</source>
        <translation>Wählt das Gerät unter denen des Treibers; für jeden Typ außer p nötig.</translation>
    </message>
    <message>
        <source>Permission bits, in decimal.</source>
        <translation>Rechtebits, dezimal.</translation>
    </message>
    <message>
        <source>The access mode of the device file; JSON has no octal numbers, so 0666 is written as 438.</source>
        <translation>Der Zugriffsmodus der Gerätedatei; JSON kennt keine Oktalzahlen, daher wird 0666 als 438 geschrieben.</translation>
    </message>
    <message>
        <source>User ID owning the device file.</source>
        <translation>Benutzer-ID, der die Gerätedatei gehört.</translation>
    </message>
    <message>
        <source>The numeric owner given to the device file in the container.</source>
        <translation>Der numerische Eigentümer, den die Gerätedatei im Container erhält.</translation>
    </message>
    <message>
        <source>Group ID owning the device file.</source>
        <translation>Gruppen-ID, der die Gerätedatei gehört.</translation>
    </message>
    <message>
        <source>The numeric group given to the device file in the container.</source>
        <translation>Die numerische Gruppe, die die Gerätedatei im Container erhält.</translation>
    </message>
    <message>
        <source>Settings for FreeBSD jails.</source>
        <translation>Einstellungen für FreeBSD-Jails.</translation>
    </message>
    <message>
        <source>FreeBSD runs each container in a jail; this section adds devices and sets the jail&apos;s parameters.</source>
        <translation>FreeBSD führt jeden Container in einer Jail aus; dieser Abschnitt fügt Geräte hinzu und setzt die Parameter der Jail.</translation>
    </message>
    <message>
        <source>Extra devfs devices exposed to the jail.</source>
        <translation>Zusätzliche devfs-Geräte, die der Jail sichtbar gemacht werden.</translation>
    </message>
    <message>
        <source>The container&apos;s /dev is a devfs mount, usually limited by a ruleset given as a mount option; these entries make further devices visible.</source>
        <translation>Das /dev des Containers ist ein devfs-Mount, meist durch einen als Mount-Option angegebenen Regelsatz beschränkt; diese Einträge machen weitere Geräte sichtbar.</translation>
    </message>
    <message>
        <source>One device and its mode.</source>
        <translation>Ein Gerät und sein Modus.</translation>
    </message>
    <message>
        <source>A device named by its path below /dev, optionally with the file mode it should get.</source>
        <translation>Ein Gerät, benannt über seinen Pfad unterhalb von /dev, optional mit dem Dateimodus, den es erhalten soll.</translation>
    </message>
    <message>
        <source>Device path relative to /dev, e.g. pf.</source>
        <translation>Gerätepfad relativ zu /dev, z. B. pf.</translation>
    </message>
    <message>
        <source>Written without /dev in front: pf stands for /dev/pf.</source>
        <translation>Ohne vorangestelltes /dev geschrieben: pf steht für /dev/pf.</translation>
    </message>
    <message>
        <source>File mode of the device, in decimal.</source>
        <translation>Dateimodus des Geräts, dezimal.</translation>
    </message>
    <message>
        <source>JSON has no octal numbers, so rwx------ (octal 0700) is written as 448.</source>
        <translation>JSON kennt keine Oktalzahlen, daher wird rwx------ (oktal 0700) als 448 geschrieben.</translation>
    </message>
    <message>
        <source>Parameters of the container&apos;s jail.</source>
        <translation>Parameter der Jail des Containers.</translation>
    </message>
    <message>
        <source>Passed to the kernel when the jail is created; they correspond to parameters of jail(8) such as vnet, enforce_statfs and allow.*.</source>
        <translation>Werden beim Anlegen der Jail an den Kernel übergeben; sie entsprechen Parametern von jail(8) wie vnet, enforce_statfs und allow.*.</translation>
    </message>
    <message>
        <source>Parent jail</source>
        <translation>Übergeordnete Jail</translation>
    </message>
    <message>
        <source>Jail to create this one in.</source>
        <translation>Jail, in der diese angelegt wird.</translation>
    </message>
    <message>
        <source>The name of another container&apos;s jail to nest this one in, for instance to share its vnet. Without it the host is the parent.</source>
        <translation>Der Name der Jail eines anderen Containers, in die diese geschachtelt wird, etwa um deren vnet zu teilen. Ohne Angabe ist der Host die übergeordnete Instanz.</translation>
    </message>
    <message>
        <source>Host identity</source>
        <translation>Host-Identität</translation>
    </message>
    <message>
        <source>Own host name and IDs (new) or the parent&apos;s (inherit).</source>
        <translation>Eigener Hostname und eigene IDs (new) oder die der übergeordneten Jail (inherit).</translation>
    </message>
    <message>
        <source>With new the jail has its own host name, domain name, host UUID and host ID, taken from hostname and domainname where given; with inherit it sees those of its parent.</source>
        <translation>Mit new hat die Jail eigenen Host- und Domainnamen, eigene Host-UUID und Host-ID, übernommen aus hostname und domainname, wo angegeben; mit inherit sieht sie die ihrer übergeordneten Instanz.</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>Use of IPv4 addresses: new, inherit or disable.</source>
        <translation>Nutzung von IPv4-Adressen: new, inherit oder disable.</translation>
    </message>
    <message>
        <source>new limits the jail to the addresses of ip4Addr, inherit gives it those of the host or parent, disable forbids IPv4 altogether. Usually left out when the jail has its own vnet.</source>
        <translation>new beschränkt die Jail auf die Adressen aus ip4Addr, inherit gibt ihr die des Hosts oder der übergeordneten Jail, disable verbietet IPv4 ganz. Meist weggelassen, wenn die Jail ein eigenes vnet hat.</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Use of IPv6 addresses: new, inherit or disable.</source>
        <translation>Nutzung von IPv6-Adressen: new, inherit oder disable.</translation>
    </message>
    <message>
        <source>Works like ip4, for IPv6 and the addresses of ip6Addr.</source>
        <translation>Funktioniert wie ip4, für IPv6 und die Adressen aus ip6Addr.</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Virtuelles Netzwerk</translation>
    </message>
    <message>
        <source>Own network stack (new) or the parent&apos;s (inherit).</source>
        <translation>Eigener Netzwerkstack (new) oder der der übergeordneten Jail (inherit).</translation>
    </message>
    <message>
        <source>new creates a network stack for the jail alone, the usual choice for a container with networking of its own; inherit uses the stack of the parent or host. It cannot be disabled.</source>
        <translation>new legt einen Netzwerkstack nur für die Jail an, die übliche Wahl für einen Container mit eigenem Netzwerk; inherit verwendet den Stack der übergeordneten Jail oder des Hosts. Abschalten lässt es sich nicht.</translation>
    </message>
    <message>
        <source>System V message queues</source>
        <translation>System-V-Nachrichtenwarteschlangen</translation>
    </message>
    <message>
        <source>Message queues: new, inherit or disable.</source>
        <translation>Nachrichtenwarteschlangen: new, inherit oder disable.</translation>
    </message>
    <message>
        <source>new gives the jail its own key namespace, so it sees only the queues it made; inherit shows it all queues of the host or parent; disable forbids the calls.</source>
        <translation>new gibt der Jail einen eigenen Schlüsselraum, sodass sie nur die Warteschlangen sieht, die sie selbst angelegt hat; inherit zeigt ihr alle Warteschlangen des Hosts oder der übergeordneten Jail; disable verbietet die Aufrufe.</translation>
    </message>
    <message>
        <source>System V semaphores</source>
        <translation>System-V-Semaphore</translation>
    </message>
    <message>
        <source>Semaphores: new, inherit or disable.</source>
        <translation>Semaphore: new, inherit oder disable.</translation>
    </message>
    <message>
        <source>Works like sysvmsg, for semaphore sets.</source>
        <translation>Funktioniert wie sysvmsg, für Semaphormengen.</translation>
    </message>
    <message>
        <source>System V shared memory</source>
        <translation>System-V-Shared-Memory</translation>
    </message>
    <message>
        <source>Shared memory: new, inherit or disable.</source>
        <translation>Shared Memory: new, inherit oder disable.</translation>
    </message>
    <message>
        <source>Works like sysvmsg, for shared memory segments.</source>
        <translation>Funktioniert wie sysvmsg, für Shared-Memory-Segmente.</translation>
    </message>
    <message>
        <source>IPv4 addresses</source>
        <translation>IPv4-Adressen</translation>
    </message>
    <message>
        <source>IPv4 addresses the jail may use.</source>
        <translation>IPv4-Adressen, die die Jail verwenden darf.</translation>
    </message>
    <message>
        <source>Limits the jail to these addresses of the host network, e.g. aliases on a loopback interface, one set per jail.</source>
        <translation>Beschränkt die Jail auf diese Adressen des Host-Netzwerks, etwa Aliasse an einer Loopback-Schnittstelle, eine Menge je Jail.</translation>
    </message>
    <message>
        <source>One IPv4 address in numeric form, e.g. 10.11.12.13.</source>
        <translation>Eine IPv4-Adresse in numerischer Form, z. B. 10.11.12.13.</translation>
    </message>
    <message>
        <source>IPv6 addresses</source>
        <translation>IPv6-Adressen</translation>
    </message>
    <message>
        <source>IPv6 addresses the jail may use.</source>
        <translation>IPv6-Adressen, die die Jail verwenden darf.</translation>
    </message>
    <message>
        <source>Limits the jail to these IPv6 addresses of the host network.</source>
        <translation>Beschränkt die Jail auf diese IPv6-Adressen des Host-Netzwerks.</translation>
    </message>
    <message>
        <source>One IPv6 address in numeric form, e.g. fd10::11:12:13.</source>
        <translation>Eine IPv6-Adresse in numerischer Form, z. B. fd10::11:12:13.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>An address written as digits, not as a host name.</source>
        <translation>Eine Adresse in Ziffern, nicht als Hostname geschrieben.</translation>
    </message>
    <message>
        <source>Host interface that carries the jail&apos;s addresses.</source>
        <translation>Schnittstelle des Hosts, die die Adressen der Jail trägt.</translation>
    </message>
    <message>
        <source>An alias for each address of ip4Addr and ip6Addr is added to this interface while the container exists; used when the jail has no vnet of its own.</source>
        <translation>Für jede Adresse aus ip4Addr und ip6Addr wird dieser Schnittstelle ein Alias hinzugefügt, solange der Container existiert; verwendet, wenn die Jail kein eigenes vnet hat.</translation>
    </message>
    <message>
        <source>Vnet interfaces</source>
        <translation>Vnet-Schnittstellen</translation>
    </message>
    <message>
        <source>Interfaces moved into the jail&apos;s vnet.</source>
        <translation>Schnittstellen, die in das vnet der Jail verschoben werden.</translation>
    </message>
    <message>
        <source>Network interfaces that are moved into the jail&apos;s own network stack for as long as the container lives, e.g. one end of an epair.</source>
        <translation>Netzwerkschnittstellen, die für die Lebensdauer des Containers in den eigenen Netzwerkstack der Jail verschoben werden, z. B. ein Ende eines epair.</translation>
    </message>
    <message>
        <source>Name of one interface.</source>
        <translation>Name einer Schnittstelle.</translation>
    </message>
    <message>
        <source>An interface name of the host, e.g. epair0b.</source>
        <translation>Ein Schnittstellenname des Hosts, z. B. epair0b.</translation>
    </message>
    <message>
        <source>Mount visibility</source>
        <translation>Sichtbarkeit von Mounts</translation>
    </message>
    <message>
        <source>Which mounts the jail sees: 0, 1 or 2.</source>
        <translation>Welche Mounts die Jail sieht: 0, 1 oder 2.</translation>
    </message>
    <message>
        <source>0 shows every mount of the host, 1 only those below the jail&apos;s root, 2 only the root itself.</source>
        <translation>0 zeigt jeden Mount des Hosts, 1 nur die unterhalb der Wurzel der Jail, 2 nur die Wurzel selbst.</translation>
    </message>
    <message>
        <source>Allowed actions</source>
        <translation>Erlaubte Aktionen</translation>
    </message>
    <message>
        <source>Restrictions of the jail to lift.</source>
        <translation>Aufzuhebende Beschränkungen der Jail.</translation>
    </message>
    <message>
        <source>Each switch lifts one of the restrictions a jail normally has, such as changing its host name or using raw sockets.</source>
        <translation>Jeder Schalter hebt eine der Beschränkungen auf, die eine Jail normalerweise hat, etwa das Ändern ihres Hostnamens oder das Verwenden von Raw-Sockets.</translation>
    </message>
    <message>
        <source>Set host name</source>
        <translation>Hostnamen setzen</translation>
    </message>
    <message>
        <source>Let the jail change its host name.</source>
        <translation>Der Jail erlauben, ihren Hostnamen zu ändern.</translation>
    </message>
    <message>
        <source>Corresponds to allow.set_hostname of jail(8).</source>
        <translation>Entspricht allow.set_hostname von jail(8).</translation>
    </message>
    <message>
        <source>Raw sockets</source>
        <translation>Raw-Sockets</translation>
    </message>
    <message>
        <source>Allow raw sockets, e.g. for ping.</source>
        <translation>Raw-Sockets erlauben, z. B. für ping.</translation>
    </message>
    <message>
        <source>Tools such as ping and traceroute need raw sockets; they also let a process forge packets.</source>
        <translation>Werkzeuge wie ping und traceroute brauchen Raw-Sockets; damit kann ein Prozess aber auch Pakete fälschen.</translation>
    </message>
    <message>
        <source>Change file flags</source>
        <translation>Datei-Flags ändern</translation>
    </message>
    <message>
        <source>Allow changing system file flags.</source>
        <translation>Das Ändern von System-Datei-Flags erlauben.</translation>
    </message>
    <message>
        <source>Lets root in the jail change system flags such as schg (immutable) with chflags.</source>
        <translation>Lässt root in der Jail mit chflags System-Flags wie schg (unveränderlich) ändern.</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Allow changing file system quotas.</source>
        <translation>Das Ändern von Dateisystem-Quotas erlauben.</translation>
    </message>
    <message>
        <source>Lets root in the jail administer the quotas of file systems.</source>
        <translation>Lässt root in der Jail die Quotas von Dateisystemen verwalten.</translation>
    </message>
    <message>
        <source>Other socket families</source>
        <translation>Andere Socket-Familien</translation>
    </message>
    <message>
        <source>Allow sockets besides IPv4, IPv6 and Unix.</source>
        <translation>Sockets außer IPv4, IPv6 und Unix erlauben.</translation>
    </message>
    <message>
        <source>Without it the jail may only create IPv4, IPv6 and Unix domain sockets.</source>
        <translation>Ohne diese Erlaubnis darf die Jail nur IPv4-, IPv6- und Unix-Domain-Sockets anlegen.</translation>
    </message>
    <message>
        <source>Lock memory</source>
        <translation>Speicher sperren</translation>
    </message>
    <message>
        <source>Allow mlock and munlock.</source>
        <translation>mlock und munlock erlauben.</translation>
    </message>
    <message>
        <source>Lets processes in the jail keep memory from being paged out.</source>
        <translation>Lässt Prozesse in der Jail Speicher vor dem Auslagern bewahren.</translation>
    </message>
    <message>
        <source>Reserved ports</source>
        <translation>Reservierte Ports</translation>
    </message>
    <message>
        <source>Allow binding to ports below 1024.</source>
        <translation>Binden an Ports unter 1024 erlauben.</translation>
    </message>
    <message>
        <source>Lets root in the jail listen on the privileged ports, as servers such as web servers do.</source>
        <translation>Lässt root in der Jail auf den privilegierten Ports lauschen, wie es Server etwa für das Web tun.</translation>
    </message>
    <message>
        <source>Super-user</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <source>Whether root in the jail has its privileges.</source>
        <translation>Ob root in der Jail seine Privilegien hat.</translation>
    </message>
    <message>
        <source>Sets the jail&apos;s security.bsd.suser_enabled. If the parent has disabled the super-user, the jail cannot enable it.</source>
        <translation>Setzt security.bsd.suser_enabled der Jail. Hat die übergeordnete Instanz den Superuser abgeschaltet, kann die Jail ihn nicht einschalten.</translation>
    </message>
    <message>
        <source>Mountable file systems</source>
        <translation>Einhängbare Dateisysteme</translation>
    </message>
    <message>
        <source>File system types the jail may mount.</source>
        <translation>Dateisystemtypen, die die Jail einhängen darf.</translation>
    </message>
    <message>
        <source>Each type listed, e.g. tmpfs, may be mounted and unmounted from inside the jail; runtimes usually do the container&apos;s mounts from the host instead.</source>
        <translation>Jeder aufgeführte Typ, z. B. tmpfs, darf aus der Jail heraus ein- und ausgehängt werden; Runtimes erledigen die Mounts des Containers meist stattdessen vom Host aus.</translation>
    </message>
    <message>
        <source>File system type</source>
        <translation>Dateisystemtyp</translation>
    </message>
    <message>
        <source>One file system type.</source>
        <translation>Ein Dateisystemtyp.</translation>
    </message>
    <message>
        <source>A file system name such as nullfs or tmpfs.</source>
        <translation>Ein Dateisystemname wie nullfs oder tmpfs.</translation>
    </message>
    <message>
        <source>object (free-form)</source>
        <translation>Objekt (frei geformt)</translation>
    </message>
    <message>
        <source>Access permissions of the node. JSON has no octal notation, so the familiar 0666 is written 438. A mode with the file type bits as stat reports them (8630 for a character device with 0666, as Podman writes it) is accepted too: runc drops them and creates the node that type names.</source>
        <translation>Zugriffsrechte der Gerätedatei. JSON kennt keine Oktalschreibweise, daher wird das vertraute 0666 als 438 geschrieben. Ein Modus mit den Dateityp-Bits, wie stat sie meldet (8630 für ein zeichenorientiertes Gerät mit 0666, so schreibt es Podman), ist ebenfalls erlaubt: runc verwirft sie und legt die Gerätedatei an, die type nennt.</translation>
    </message>
</context>
<context>
    <name>SpecDiff</name>
    <message>
        <source>Added</source>
        <extracomment>A field or list element the other config has and this one lacks.</extracomment>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved</source>
        <extracomment>A list element found at another position.</extracomment>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Reordered</source>
        <extracomment>An object whose members are in another order.</extracomment>
        <translation>Umgeordnet</translation>
    </message>
</context>
<context>
    <name>SpecDiffModel</name>
    <message>
        <source>This bundle</source>
        <translation>Dieses Bundle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Ganze Konfiguration</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <extracomment>A group of changes in a diff: the section&apos;s title and how many changes it has.</extracomment>
        <translation>
            <numerusform>%1 (%n Änderung)</numerusform>
            <numerusform>%1 (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The tooltip of a change: its kind (&quot;Added&quot;) and where it is (&quot;Mounts › /data&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a moved list element is on this side: &quot;at /mounts/0&quot;.</extracomment>
        <translation>an %1</translation>
    </message>
    <message>
        <source>(absent)</source>
        <extracomment>A value that one side of a diff does not have.</extracomment>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Pointer</translation>
    </message>
</context>
<context>
    <name>SpecDiffReport</name>
    <message>
        <source>(top level)</source>
        <extracomment>Where a change is when it concerns the whole config (its empty JSON pointer).</extracomment>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>(%1 → %2)</source>
        <extracomment>After a changed value whose JSON type changed: &quot;(boolean → string)&quot;.</extracomment>
        <translation>(%1 → %2)</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <extracomment>A list element now elsewhere; %1 is the pointer where it was.</extracomment>
        <translation>verschoben von %1</translation>
    </message>
    <message>
        <source>member order %1 → %2</source>
        <extracomment>An object&apos;s members in another order; %1 and %2 list their names.</extracomment>
        <translation>Reihenfolge der Member %1 → %2</translation>
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
    <name>StateRootFinder</name>
    <message>
        <source>this editor</source>
        <translation>dieser Editor</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Docker (containerd namespace moby)</source>
        <translation>Docker (containerd-Namensraum moby)</translation>
    </message>
    <message>
        <source>containerd (namespace %1)</source>
        <translation>containerd (Namensraum %1)</translation>
    </message>
    <message>
        <source>CRI-O or Podman</source>
        <translation>CRI-O oder Podman</translation>
    </message>
    <message>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
    <message>
        <source>%1, rootless</source>
        <translation>%1, rootless</translation>
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
    <message>
        <source>How often the container&apos;s statistics are read</source>
        <translation>Wie oft die Statistiken des Containers gelesen werden</translation>
    </message>
    <message>
        <source>Saves every sample of the history as a CSV file</source>
        <translation>Speichert jeden Messwert des Verlaufs als CSV-Datei</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: no limit</source>
        <translation>%1: keine Grenze</translation>
    </message>
    <message>
        <source>%1: %2, peak %3</source>
        <translation>%1: %2, Höchstwert %3</translation>
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
    <name>TerminalView</name>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>The container&apos;s terminal: keys go to the program inside. Ctrl+Tab and Ctrl+Shift+Tab move the focus out.</source>
        <translation>Das Terminal des Containers: Tasten gehen an das Programm darin. Strg+Tab und Strg+Umschalt+Tab bewegen den Fokus hinaus.</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 löschen</translation>
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
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Validation findings</source>
        <translation>Befunde der Prüfung</translation>
    </message>
    <message>
        <source>Errors and warnings about the configuration; Enter goes to the field</source>
        <translation>Fehler und Warnungen zur Konfiguration; die Eingabetaste führt zum Feld</translation>
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
    <message>
        <source>machine %1</source>
        <translation>Maschine %1</translation>
    </message>
    <message>
        <source>The root filesystem %1 is empty; it may be mounted at run time, so its contents are not checked.</source>
        <translation>Das Root-Dateisystem %1 ist leer; es wird vielleicht erst beim Start eingehängt, daher wird sein Inhalt nicht geprüft.</translation>
    </message>
    <message>
        <source>The mount point %1 leads through the link %2, which points out of the root filesystem; runc keeps it inside and mounts on %3.</source>
        <translation>Der Einhängepunkt %1 führt über den Link %2, der aus dem Root-Dateisystem hinauszeigt; runc bleibt darin und hängt auf %3 ein.</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not a directory, so runc cannot create the mount point %2 under it.</source>
        <translation>%1 ist im Root-Dateisystem kein Verzeichnis, daher kann runc den Einhängepunkt %2 darunter nicht anlegen.</translation>
    </message>
    <message>
        <source>The mount point %1 is not an ordinary directory in the root filesystem; runc refuses to mount %2 there.</source>
        <translation>Der Einhängepunkt %1 ist im Root-Dateisystem kein gewöhnliches Verzeichnis; runc lehnt es ab, %2 dort einzuhängen.</translation>
    </message>
    <message>
        <source>The mount point %1 is a file in the root filesystem, and a %2 file system can only be mounted on a directory; runc fails with &quot;not a directory&quot;.</source>
        <translation>Der Einhängepunkt %1 ist im Root-Dateisystem eine Datei, und ein Dateisystem vom Typ %2 lässt sich nur auf ein Verzeichnis einhängen; runc scheitert mit &quot;not a directory&quot;.</translation>
    </message>
    <message>
        <source>The mount point %1 is a file in the root filesystem, and the bind source %2 is a directory; a directory cannot be mounted on a file, so runc fails with &quot;not a directory&quot;.</source>
        <translation>Der Einhängepunkt %1 ist im Root-Dateisystem eine Datei, und die Bind-Quelle %2 ist ein Verzeichnis; ein Verzeichnis lässt sich nicht auf eine Datei einhängen, daher scheitert runc mit &quot;not a directory&quot;.</translation>
    </message>
    <message>
        <source>The mount point %1 is a directory in the root filesystem, and the bind source %2 is a file; a file cannot be mounted on a directory, so runc fails with &quot;not a directory&quot;.</source>
        <translation>Der Einhängepunkt %1 ist im Root-Dateisystem ein Verzeichnis, und die Bind-Quelle %2 ist eine Datei; eine Datei lässt sich nicht auf ein Verzeichnis einhängen, daher scheitert runc mit &quot;not a directory&quot;.</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not a directory, so runc cannot create the working directory %2 under it.</source>
        <translation>%1 ist im Root-Dateisystem kein Verzeichnis, daher kann runc das Arbeitsverzeichnis %2 darunter nicht anlegen.</translation>
    </message>
    <message>
        <source>The working directory %1 is a file in the root filesystem; runc fails to create or enter it.</source>
        <translation>Das Arbeitsverzeichnis %1 ist im Root-Dateisystem eine Datei; runc kann es weder anlegen noch hineinwechseln.</translation>
    </message>
    <message>
        <source>process.env sets no PATH, and runc looks for %1 only in the process&apos;s own PATH; it fails with &quot;executable file not found in $PATH&quot;. Give the full path or set PATH.</source>
        <translation>process.env setzt kein PATH, und runc sucht %1 nur im eigenen PATH des Prozesses; es scheitert mit &quot;executable file not found in $PATH&quot;. Geben Sie den vollständigen Pfad an oder setzen Sie PATH.</translation>
    </message>
    <message>
        <source>runc finds %1 as %2 through the relative PATH directory %3, and refuses to run a program found relative to the working directory. Use absolute directories in PATH.</source>
        <translation>runc findet %1 als %2 über das relative PATH-Verzeichnis %3 und lehnt es ab, ein relativ zum Arbeitsverzeichnis gefundenes Programm auszuführen. Verwenden Sie in PATH absolute Verzeichnisse.</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not an executable file (mode %2), and no other directory of the process&apos;s PATH has %3; runc fails with &quot;executable file not found in $PATH&quot;.</source>
        <translation>%1 ist im Root-Dateisystem keine ausführbare Datei (Modus %2), und kein anderes Verzeichnis im PATH des Prozesses enthält %3; runc scheitert mit &quot;executable file not found in $PATH&quot;.</translation>
    </message>
    <message>
        <source>%1 is in no directory of the process&apos;s PATH (%2) in the root filesystem; runc fails with &quot;executable file not found in $PATH&quot;.</source>
        <translation>%1 liegt im Root-Dateisystem in keinem Verzeichnis des PATH des Prozesses (%2); runc scheitert mit &quot;executable file not found in $PATH&quot;.</translation>
    </message>
    <message>
        <source>%1 does not exist in the root filesystem; runc fails with &quot;no such file or directory&quot;.</source>
        <translation>%1 existiert im Root-Dateisystem nicht; runc scheitert mit &quot;no such file or directory&quot;.</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not a directory, so %2 cannot exist; runc fails with &quot;not a directory&quot;.</source>
        <translation>%1 ist im Root-Dateisystem kein Verzeichnis, daher kann %2 nicht existieren; runc scheitert mit &quot;not a directory&quot;.</translation>
    </message>
    <message>
        <source>Looking up %1 in the root filesystem follows more than %2 links; runc fails with &quot;too many levels of symbolic links&quot;.</source>
        <translation>Beim Auflösen von %1 im Root-Dateisystem werden mehr als %2 Links verfolgt; runc scheitert mit &quot;too many levels of symbolic links&quot;.</translation>
    </message>
    <message>
        <source>%1 is a directory in the root filesystem, not a program; runc fails with &quot;permission denied&quot;.</source>
        <translation>%1 ist im Root-Dateisystem ein Verzeichnis, kein Programm; runc scheitert mit &quot;permission denied&quot;.</translation>
    </message>
    <message>
        <source>%1 in the root filesystem has no execute permission (mode %2); runc fails with &quot;permission denied&quot;.</source>
        <translation>%1 hat im Root-Dateisystem kein Ausführungsrecht (Modus %2); runc scheitert mit &quot;permission denied&quot;.</translation>
    </message>
    <message>
        <source>User %1 may not execute %2 (mode %3, owner %4, group %5), and the process lacks CAP_DAC_OVERRIDE; runc fails with &quot;permission denied&quot;.</source>
        <translation>Benutzer %1 darf %2 nicht ausführen (Modus %3, Eigentümer %4, Gruppe %5), und dem Prozess fehlt CAP_DAC_OVERRIDE; runc scheitert mit &quot;permission denied&quot;.</translation>
    </message>
    <message>
        <source>%1 is a script for %2, which does not exist in the root filesystem; the kernel fails to start it with &quot;no such file or directory&quot;.</source>
        <translation>%1 ist ein Skript für %2, das im Root-Dateisystem nicht existiert; der Kernel kann es nicht starten (&quot;no such file or directory&quot;).</translation>
    </message>
    <message>
        <source>%1 is a script for %2, which is not an executable file in the root filesystem; the kernel fails to start it with &quot;permission denied&quot;.</source>
        <translation>%1 ist ein Skript für %2, das im Root-Dateisystem keine ausführbare Datei ist; der Kernel kann es nicht starten (&quot;permission denied&quot;).</translation>
    </message>
    <message>
        <source>%1 is neither an ELF program nor a script starting with #!, and no binfmt_misc handler takes it; the kernel refuses to run it (exec format error).</source>
        <translation>%1 ist weder ein ELF-Programm noch ein Skript, das mit #! beginnt, und kein binfmt_misc-Handler übernimmt es; der Kernel führt es nicht aus (exec format error).</translation>
    </message>
    <message>
        <source>%1 ends inside its ELF headers; the kernel refuses to run it (exec format error).</source>
        <translation>%1 endet mitten in seinen ELF-Headern; der Kernel führt es nicht aus (exec format error).</translation>
    </message>
    <message>
        <source>%1 has ELF headers the kernel refuses; it does not run (exec format error).</source>
        <translation>%1 hat ELF-Header, die der Kernel ablehnt; es läuft nicht (exec format error).</translation>
    </message>
    <message>
        <source>%1 is an ELF object or core file, not a program; the kernel refuses to run it (exec format error).</source>
        <translation>%1 ist eine ELF-Objekt- oder Core-Datei, kein Programm; der Kernel führt es nicht aus (exec format error).</translation>
    </message>
    <message>
        <source>%1 is a program for %2; this machine is %3 and has no binfmt_misc handler for it, so the kernel refuses to run it (exec format error).</source>
        <translation>%1 ist ein Programm für %2; dieser Rechner ist %3 und hat keinen binfmt_misc-Handler dafür, daher führt der Kernel es nicht aus (exec format error).</translation>
    </message>
    <message>
        <source>%1 is a program for %2, which this machine runs through the binfmt_misc handler %3. That handler lacks the F flag, so its interpreter %4 must exist in the root filesystem, and it does not.</source>
        <translation>%1 ist ein Programm für %2, das dieser Rechner über den binfmt_misc-Handler %3 ausführt. Diesem Handler fehlt das Flag F, daher muss sein Interpreter %4 im Root-Dateisystem existieren, und das tut er nicht.</translation>
    </message>
    <message>
        <source>%1 is a program for %2; this machine is %3 and runs it only through the binfmt_misc handler %4 (%5), emulated and slower.</source>
        <translation>%1 ist ein Programm für %2; dieser Rechner ist %3 und führt es nur über den binfmt_misc-Handler %4 (%5) aus, emuliert und langsamer.</translation>
    </message>
    <message>
        <source>%1 needs the program interpreter %2, which does not exist in the root filesystem; the kernel fails to start it with &quot;no such file or directory&quot;.</source>
        <translation>%1 braucht den Programminterpreter %2, der im Root-Dateisystem nicht existiert; der Kernel kann es nicht starten (&quot;no such file or directory&quot;).</translation>
    </message>
    <message>
        <source>User ID %1 has no entry in /etc/passwd of the root filesystem; runc runs the process with that ID all the same, with HOME=/ unless process.env sets HOME.</source>
        <translation>Die Benutzer-ID %1 hat keinen Eintrag in /etc/passwd des Root-Dateisystems; runc führt den Prozess trotzdem mit dieser ID aus, mit HOME=/, sofern process.env HOME nicht setzt.</translation>
    </message>
    <message>
        <source>Group ID %1 has no entry in /etc/group of the root filesystem; runc runs the process with that ID all the same.</source>
        <translation>Die Gruppen-ID %1 hat keinen Eintrag in /etc/group des Root-Dateisystems; runc führt den Prozess trotzdem mit dieser ID aus.</translation>
    </message>
    <message>
        <source>The configuration has no root filesystem; only Hyper-V containers on Windows go without root.</source>
        <translation>Die Konfiguration hat kein Root-Dateisystem; nur Hyper-V-Container unter Windows kommen ohne root aus.</translation>
    </message>
    <message>
        <source>layerFolders needs at least one entry: the container&apos;s scratch folder, after the image&apos;s layers.</source>
        <translation>layerFolders braucht mindestens einen Eintrag: den Scratch-Ordner des Containers, nach den Schichten des Images.</translation>
    </message>
    <message>
        <source>%1 and %2 are alternative ways to limit the processors; Windows takes only one of count, shares and maximum.</source>
        <translation>%1 und %2 sind alternative Arten, die Prozessoren zu begrenzen; Windows akzeptiert nur eines von count, shares und maximum.</translation>
    </message>
    <message>
        <source>CPU shares range from 0 to 10000.</source>
        <translation>CPU-Anteile reichen von 0 bis 10000.</translation>
    </message>
    <message>
        <source>The CPU maximum counts processor cycles out of every 10000 and cannot exceed 10000.</source>
        <translation>Das CPU-Maximum zählt Prozessorzyklen von je 10000 und kann 10000 nicht überschreiten.</translation>
    </message>
    <message>
        <source>Write affinity as a list of mask and group entries: runtimes built on the specification&apos;s Go types cannot read the single object the JSON schema allows.</source>
        <translation>Schreiben Sie affinity als Liste von Einträgen aus Maske und Gruppe: Runtimes, die auf den Go-Typen der Spezifikation aufbauen, können das einzelne Objekt, das das JSON-Schema zulässt, nicht lesen.</translation>
    </message>
    <message>
        <source>A network namespace brings its own endpoints and settings; leave the other network fields out when networkNamespace is set.</source>
        <translation>Ein Netzwerk-Namensraum bringt eigene Endpunkte und Einstellungen mit; lassen Sie die übrigen Netzwerkfelder weg, wenn networkNamespace gesetzt ist.</translation>
    </message>
    <message>
        <source>A Hyper-V container must not set root: its filesystem is assembled inside the utility VM from the layer folders.</source>
        <translation>Ein Hyper-V-Container darf root nicht setzen: Sein Dateisystem wird in der Utility-VM aus den Schichtordnern zusammengesetzt.</translation>
    </message>
    <message>
        <source>On Windows root.path must be a volume GUID path such as \\?\Volume{GUID}\, not &quot;%1&quot;.</source>
        <translation>Unter Windows muss root.path ein Volume-GUID-Pfad wie \\?\Volume{GUID}\ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Windows cannot make the root filesystem read-only; leave readonly out or set it to false.</source>
        <translation>Windows kann das Root-Dateisystem nicht schreibgeschützt machen; lassen Sie readonly weg oder setzen Sie es auf false.</translation>
    </message>
    <message>
        <source>The process has nothing to run: a Windows process needs commandLine or at least one entry in args.</source>
        <translation>Der Prozess hat nichts auszuführen: Ein Windows-Prozess braucht commandLine oder mindestens einen Eintrag in args.</translation>
    </message>
    <message>
        <source>Windows mounts only local directories of the host; the network path %1 is not supported.</source>
        <translation>Windows hängt nur lokale Verzeichnisse des Hosts ein; der Netzwerkpfad %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Windows does not allow mount destinations inside one another, but %1 and the destination of mount %2 are nested.</source>
        <translation>Windows erlaubt keine ineinander liegenden Mount-Ziele, aber %1 und das Ziel von Mount %2 sind verschachtelt.</translation>
    </message>
    <message>
        <source>enforceStatfs takes 0 (all mounts visible), 1 (mounts below the jail&apos;s root) or 2 (only the root).</source>
        <translation>enforceStatfs nimmt 0 (alle Mounts sichtbar), 1 (Mounts unterhalb der Wurzel der Jail) oder 2 (nur die Wurzel).</translation>
    </message>
    <message>
        <source>The file mode %1 has bits above the permission and file type bits (the largest mode is 65535, octal 0177777).</source>
        <translation>Der Dateimodus %1 hat Bits oberhalb der Rechte- und Dateityp-Bits (der größte Modus ist 65535, oktal 0177777).</translation>
    </message>
    <message>
        <source>The file mode %1 carries the file type bits octal %2, which do not match the device type %3; runc ignores them and creates the node the type names.</source>
        <translation>Der Dateimodus %1 trägt die Dateityp-Bits oktal %2, die nicht zum Gerätetyp %3 passen; runc ignoriert sie und legt die Gerätedatei an, die type nennt.</translation>
    </message>
    <message>
        <source>This configuration is rootful and needs root to run. Run the editor as root, or take the rootless route: add a user namespace with UID and GID mappings for your user, and run with --rootless and a state directory under $XDG_RUNTIME_DIR.</source>
        <translation>Diese Konfiguration ist nicht rootless und braucht zum Ausführen Root-Rechte. Starten Sie den Editor als root oder gehen Sie den rootless-Weg: Fügen Sie einen Benutzer-Namensraum mit UID- und GID-Zuordnungen für Ihren Benutzer hinzu und starten Sie mit --rootless und einem Zustandsverzeichnis unter $XDG_RUNTIME_DIR.</translation>
    </message>
</context>
<context>
    <name>ValuePlacement</name>
    <message>
        <source>The whole configuration must be a JSON object.</source>
        <translation>Die gesamte Konfiguration muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Cannot set a value %1 levels deep: a configuration nests at most %2 levels.</source>
        <translation>Ein Wert %1 Ebenen tief lässt sich nicht setzen: Eine Konfiguration ist höchstens %2 Ebenen tief verschachtelt.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot set %1: the array has %n element(s); use an index below that, or &quot;-&quot; to append.</source>
        <translation>
            <numerusform>%1 kann nicht gesetzt werden: Das Array hat %n Element; verwenden Sie einen kleineren Index oder „-“ zum Anhängen.</numerusform>
            <numerusform>%1 kann nicht gesetzt werden: Das Array hat %n Elemente; verwenden Sie einen kleineren Index oder „-“ zum Anhängen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot set %1: %2 holds a %3 value, not an object or array.</source>
        <translation>%1 kann nicht gesetzt werden: %2 enthält einen Wert vom Typ %3, kein Objekt und kein Array.</translation>
    </message>
    <message>
        <source>Cannot set %1: &quot;-&quot; appends to an array, and there is none at %2 yet.</source>
        <translation>%1 kann nicht gesetzt werden: „-“ hängt an ein Array an, und an %2 gibt es noch keines.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;OCI Bundle Editor&lt;/h2&gt;&lt;p&gt;A bundle is a directory with a config.json, which says how to run a container, and the root filesystem it runs in. Open one to edit, check and run it, or start a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OCI Bundle Editor&lt;/h2&gt;&lt;p&gt;Ein Bundle ist ein Verzeichnis mit einer config.json, die beschreibt, wie ein Container laufen soll, und dem Root-Dateisystem, in dem er läuft. Öffnen Sie eines, um es zu bearbeiten, zu prüfen und auszuführen, oder beginnen Sie ein neues.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Open Bundle…</source>
        <translation>Bundle öffnen …</translation>
    </message>
    <message>
        <source>A bundle directory or its config.json</source>
        <translation>Ein Bundle-Verzeichnis oder dessen config.json</translation>
    </message>
    <message>
        <source>New from Template: %1</source>
        <extracomment>%1 is a template&apos;s name, e.g. &quot;runc spec&quot;.</extracomment>
        <translation>Neu aus Vorlage: %1</translation>
    </message>
    <message>
        <source>Recent Bundles</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recent bundles</source>
        <translation>Zuletzt geöffnete Bundles</translation>
    </message>
    <message>
        <source>Double-click a bundle to open it.</source>
        <translation>Doppelklicken Sie auf ein Bundle, um es zu öffnen.</translation>
    </message>
    <message>
        <source>New from Image…</source>
        <translation>Neu aus Image…</translation>
    </message>
    <message>
        <source>An OCI image layout, an image archive or a registry image, unpacked into a bundle</source>
        <translation>Ein OCI-Image-Layout, ein Image-Archiv oder ein Registry-Image, in ein Bundle entpackt</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Verstehen</translation>
    </message>
    <message>
        <source>Learn OCI</source>
        <translation>OCI verstehen</translation>
    </message>
    <message>
        <source>Bundles, the lifecycle, namespaces, capabilities, mounts, cgroups and hooks, shown with the open bundle&apos;s own values</source>
        <translation>Bundles, Lebenszyklus, Namensräume, Capabilities, Mounts, Cgroups und Hooks, gezeigt mit den eigenen Werten des offenen Bundles</translation>
    </message>
    <message>
        <source>Bundles opened before; Enter opens the current one</source>
        <translation>Zuvor geöffnete Bundles; die Eingabetaste öffnet das aktuelle</translation>
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
