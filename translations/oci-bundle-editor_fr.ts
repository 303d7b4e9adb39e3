<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutText</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OCI Bundle Editor %1&lt;/h3&gt;&lt;p&gt;Author, inspect and run OCI runtime bundles: a config.json and its root filesystem.&lt;/p&gt;&lt;p&gt;Follows the OCI runtime specification 1.0.0 to 1.3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OCI Bundle Editor %1&lt;/h3&gt;&lt;p&gt;Rédigez, inspectez et exécutez des bundles d&apos;exécution OCI&#xa0;: un config.json et son système de fichiers racine.&lt;/p&gt;&lt;p&gt;Suit la spécification d&apos;exécution OCI (runtime-spec) 1.0.0 à 1.3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: not installed</source>
        <translation>%1&#xa0;: non installé</translation>
    </message>
    <message>
        <source>%1 at %2 (it did not say its version)</source>
        <translation>%1 dans %2 (sa version n&apos;a pas été indiquée)</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 dans %3</translation>
    </message>
    <message>
        <source>%1 %2 at %3, built for runtime-spec %4</source>
        <translation>%1 %2 dans %3, compilé pour runtime-spec %4</translation>
    </message>
</context>
<context>
    <name>ArrayTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add an entry at the end</source>
        <translation>Ajouter une entrée à la fin</translation>
    </message>
    <message>
        <source>Add at &amp;top</source>
        <translation>Ajouter en &amp;tête</translation>
    </message>
    <message>
        <source>Add an entry before all others</source>
        <translation>Ajouter une entrée avant toutes les autres</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>Supprimer les entrées sélectionnées</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>Monter l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>Descendre l&apos;entrée sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entries</source>
        <translation>
            <numerusform>Supprimer %n entrée</numerusform>
            <numerusform>Supprimer %n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrayTableModel</name>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Supprimer %1 %2</translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>Déplacer %1 %2</translation>
    </message>
    <message>
        <source>Set %1 of %2 %3</source>
        <translation>Modifier %1 de %2 %3</translation>
    </message>
    <message>
        <source>Rename %1 %2</source>
        <translation>Renommer %1 %2</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Cannot write %1: the directory %2 does not exist.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le répertoire %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a link to %2, which does not exist.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: c&apos;est un lien vers %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside %3; it is not written through.</source>
        <translation>%1 est un lien vers %2, hors de %3&#xa0;; l&apos;écriture ne suit pas ce lien.</translation>
    </message>
    <message>
        <source>%1 now belongs to you: its owner %2 and group %3 could not be kept (%4).</source>
        <translation>%1 vous appartient désormais&#xa0;: son propriétaire %2 et son groupe %3 n&apos;ont pas pu être conservés (%4).</translation>
    </message>
    <message>
        <source>The extended attribute %1 of %2 could not be kept (%3).</source>
        <translation>L&apos;attribut étendu %1 de %2 n&apos;a pas pu être conservé (%3).</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; it is now a file of its own, and the other names keep the old content.</source>
        <translation>%1 avait %2 liens physiques&#xa0;; c&apos;est maintenant un fichier à part entière, et les autres noms gardent l&apos;ancien contenu.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file was not opened.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le fichier n&apos;a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>BundleFileDialog</name>
    <message>
        <source>Open Bundle</source>
        <translation>Ouvrir un bundle</translation>
    </message>
    <message>
        <source>Bundle configuration (config.json)</source>
        <translation>Configuration du bundle (config.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Bundle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BundleLoader</name>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BundleLock</name>
    <message>
        <source>Cannot open %1 to lock it: %2</source>
        <translation>Impossible d&apos;ouvrir %1 pour le verrouiller&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is being edited by another program.</source>
        <translation>%1 est en cours de modification par un autre programme.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>Impossible de verrouiller %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BundleTemplates</name>
    <message>
        <source>runc default</source>
        <translation>runc par défaut</translation>
    </message>
    <message>
        <source>The configuration `runc spec` writes: a shell with a terminal, the usual mounts and namespaces, and a read-only rootfs you provide.</source>
        <translation>La configuration que produit `runc spec`&#xa0;: un shell avec un terminal, les montages et espaces de noms habituels, et un rootfs en lecture seule que vous fournissez.</translation>
    </message>
    <message>
        <source>Rootless</source>
        <translation>Sans privilèges (rootless)</translation>
    </message>
    <message>
        <source>The configuration `runc spec --rootless` writes: a user namespace that maps root in the container to your own user, for running without privileges.</source>
        <translation>La configuration que produit `runc spec --rootless`&#xa0;: un espace de noms utilisateur qui fait correspondre root dans le conteneur à votre propre utilisateur, pour une exécution sans privilèges.</translation>
    </message>
    <message>
        <source>Busybox demo</source>
        <translation>Démo Busybox</translation>
    </message>
    <message>
        <source>A complete bundle that runs at once: busybox greets you and counts to three, with a memory and process limit, a tmpfs on /tmp and a read-only root.</source>
        <translation>Un bundle complet qui s&apos;exécute tout de suite&#xa0;: busybox vous salue et compte jusqu&apos;à trois, avec une limite de mémoire et de processus, un tmpfs sur /tmp et une racine en lecture seule.</translation>
    </message>
    <message>
        <source>The demo needs %1 from the Debian package busybox-static; install it with &quot;apt install busybox-static&quot;.</source>
        <translation>La démo a besoin de %1, fourni par le paquet Debian busybox-static&#xa0;; installez-le avec &quot;apt install busybox-static&quot;.</translation>
    </message>
    <message>
        <source>%1 is not statically linked, so it cannot run alone in the demo&apos;s rootfs; install the Debian package busybox-static instead of busybox.</source>
        <translation>%1 n&apos;est pas lié statiquement, il ne peut donc pas s&apos;exécuter seul dans le rootfs de la démo&#xa0;; installez le paquet Debian busybox-static au lieu de busybox.</translation>
    </message>
    <message>
        <source>Cannot list the applets of %1: %2</source>
        <translation>Impossible de lister les applets de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Impossible de copier %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot create the link %1.</source>
        <translation>Impossible de créer le lien %1.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;; choose one of %2.</source>
        <translation>Il n&apos;existe pas de modèle «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>%1 already exists; it is left as it is.</source>
        <translation>%1 existe déjà&#xa0;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
</context>
<context>
    <name>ByteSizeEdit</name>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>Tio</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>The unit of the number; changing it keeps the number and changes the size</source>
        <translation>L&apos;unité du nombre&#xa0;; la changer conserve le nombre et modifie la taille</translation>
    </message>
</context>
<context>
    <name>CapabilitiesMatrixModel</name>
    <message>
        <source>%1 in the %2 set</source>
        <translation>%1 dans l&apos;ensemble %2</translation>
    </message>
    <message>
        <source>Not a capability this editor knows; the kernel may not know it either.</source>
        <translation>Capacité inconnue de cet éditeur&#xa0;; le noyau ne la connaît peut-être pas non plus.</translation>
    </message>
    <message>
        <source>%1
Dangerous: gives a container (close to) full control over the host.</source>
        <translation>%1
Dangereux&#xa0;: donne à un conteneur le contrôle (quasi) total de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Add %1 to the %2 set</source>
        <translation>Ajouter %1 à l&apos;ensemble %2</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 set</source>
        <translation>Retirer %1 de l&apos;ensemble %2</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Bounding</source>
        <translation>Limitant</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation>Héritable</translation>
    </message>
    <message>
        <source>Permitted</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>Ambiant</translation>
    </message>
</context>
<context>
    <name>CapabilitiesPage</name>
    <message>
        <source>Presets:</source>
        <translation>Préréglages&#xa0;:</translation>
    </message>
    <message>
        <source>runc &amp;default</source>
        <translation>runc par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>Aucu&amp;ne</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>Dangerous: gives a container (close to) full control over the host. Press Space to tick the current cell.</source>
        <translation>Dangereux&#xa0;: donne à un conteneur le contrôle (quasi) total de l&apos;hôte. Appuyez sur Espace pour cocher la cellule courante.</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>runc default</source>
        <translation>runc par défaut</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Apply capability preset “%1”</source>
        <translation>Appliquer le préréglage de capacités «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Each capability against the five sets; Space ticks the current cell</source>
        <translation>Chaque capacité face aux cinq ensembles&#xa0;; Espace coche la cellule courante</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>check DIR [--format text|json] [--security] [--fix CODE]...</source>
        <translation>check DIR [--format text|json] [--security] [--fix CODE]...</translation>
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
        <translation>Valide DIR/config.json (DIR peut être le fichier lui-même). Renvoie 0
sans erreur (avertissements permis), 1 en cas d&apos;erreurs, 2 si le bundle
ne peut pas être lu. Avec --format json, chaque résultat, y compris un
bundle illisible, est un unique objet JSON sur la sortie standard.
--security ajoute une revue de durcissement&#xa0;: un résumé par référentiel
(Docker Bench, Pod Security Standards, kubesec, Trivy), puis chaque
constat avec son code, les contrôles qu&apos;il enfreint et son correctif,
s&apos;il y en a un. Les constats de durcissement ne changent jamais le code
de sortie.
--fix CODE (répétable) applique le correctif de chaque constat portant
ce code de sécurité, enregistre comme set et affiche ce qui a changé. Un
code inconnu ou rien à corriger renvoie 2 et n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>get DIR POINTER</source>
        <translation>get DIR POINTEUR</translation>
    </message>
    <message>
        <source>Prints the value at a JSON pointer as JSON, e.g. /process/args.</source>
        <translation>Affiche en JSON la valeur située à un pointeur JSON, p. ex. /process/args.</translation>
    </message>
    <message>
        <source>set DIR POINTER JSON</source>
        <translation>set DIR POINTEUR JSON</translation>
    </message>
    <message>
        <source>Sets a value (JSON text: &apos;&quot;text&quot;&apos;, 42, &apos;[&quot;a&quot;]&apos;), creating missing
parent objects as the editor does, reports validation errors and saves
anyway, changing only that value&apos;s lines. A value that cannot be
stored exactly as typed is refused. Commands on the same bundle take
turns. Exits with 0, 1 when the result has errors, 2 when nothing was
written.</source>
        <translation>Définit une valeur (texte JSON&#xa0;: &apos;&quot;text&quot;&apos;, 42, &apos;[&quot;a&quot;]&apos;), crée les objets
parents manquants comme le fait l&apos;éditeur, signale les erreurs de validation
et enregistre quand même, en ne modifiant que les lignes de cette valeur. Une
valeur qui ne peut pas être stockée exactement telle que saisie est refusée.
Les commandes sur un même bundle s&apos;exécutent chacune à leur tour. Renvoie 0,
1 si le résultat contient des erreurs, 2 si rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>new DIR --template runc|rootless|demo | --from-image REF [--template runc|rootless]</source>
        <translation>new DIR --template runc|rootless|demo | --from-image REF [--template runc|rootless]</translation>
    </message>
    <message>
        <source>Creates a bundle; demo adds a busybox rootfs that runs with runc.
--from-image unpacks an image into DIR (absent or empty) with umoci and
writes config.json from the template (default runc) and the image&apos;s
command, environment, user, working directory, volumes and labels.
REF is an OCI layout PATH[:TAG], oci-archive:PATH, docker-archive:PATH
or docker://NAME[:TAG] (archives and registries need skopeo). Exits
with 0, or 2 when nothing was written.</source>
        <translation>Crée un bundle&#xa0;; demo ajoute un rootfs busybox qui s&apos;exécute avec runc.
--from-image décompresse une image dans DIR (absent ou vide) avec umoci et
écrit config.json à partir du modèle (runc par défaut) et de la commande,
de l&apos;environnement, de l&apos;utilisateur, du répertoire de travail, des volumes
et des étiquettes de l&apos;image. REF est une disposition OCI PATH[:TAG],
oci-archive:PATH, docker-archive:PATH ou docker://NAME[:TAG] (les archives
et les registres nécessitent skopeo). Renvoie 0, ou 2 si rien n&apos;a été écrit.</translation>
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
        <translation>Compare deux configurations champ par champ&#xa0;; A et B sont des répertoires
de bundle ou des fichiers config.json. Les membres sont comparés par nom dans
n&apos;importe quel ordre, les nombres par valeur&#xa0;; les montages sont appariés par
destination, les espaces de noms et les rlimits par type, les entrées env par
nom, les périphériques par chemin, les hooks par chemin et arguments. Une
ligne par changement&#xa0;: + ajouté, - supprimé, ~ modifié, &gt; déplacé.
--format json affiche une liste de {op, path, title, old, new}.
--order signale aussi les membres et éléments de liste dans un autre ordre.
Renvoie 0 si les configurations sont identiques, 1 si elles diffèrent, 2
si l&apos;une d&apos;elles ne peut pas être lue.</translation>
    </message>
    <message>
        <source>pointers DIR [PREFIX]</source>
        <translation>pointers DIR [PRÉFIXE]</translation>
    </message>
    <message>
        <source>Prints the JSON pointer of every value in the config, one per line,
in the file&apos;s order: the pointers get and set take. With PREFIX only
those that start with it. For scripts and shell completion.</source>
        <translation>Affiche le pointeur JSON de chaque valeur de la configuration, un par ligne,
dans l&apos;ordre du fichier&#xa0;: les pointeurs qu&apos;acceptent get et set. Avec PRÉFIXE,
seulement ceux qui commencent par celui-ci. Pour les scripts et la complétion
du shell.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: oci-bundle-editor [DIR] or oci-bundle-editor COMMAND ...; see oci-bundle-editor --help.</source>
        <translation>Utilisation&#xa0;: oci-bundle-editor [DIR] ou oci-bundle-editor COMMANDE ...&#xa0;; voir oci-bundle-editor --help.</translation>
    </message>
    <message>
        <source>Unknown option %1 for %2.</source>
        <translation>Option inconnue %1 pour %2.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>L&apos;option %1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 a besoin d&apos;une valeur.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>Format inconnu &quot;%1&quot;&#xa0;; utilisez text ou json.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Security review: %1</source>
        <extracomment>Heads the review of check --security, e.g. &quot;Security review: 3 warnings, 2 notes&quot;.</extracomment>
        <translation>Revue de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Enfreint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1 (--fix %2)</source>
        <extracomment>%1 says what the fix does, %2 is the code to give to check --fix.</extracomment>
        <translation>Correctif&#xa0;: %1 (--fix %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>The summary of check: the file, &quot;2 errors&quot; and &quot;1 warning&quot;.</extracomment>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Fixed %1 at %2: %3</source>
        <extracomment>%1 is a security code, %2 the field, %3 what the fix did.</extracomment>
        <translation>%1 corrigé en %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <extracomment>One change of a fix, then the value it replaced or removed.</extracomment>
        <translation>%1 (auparavant %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a security code; check --security DIR lists the codes of a bundle.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de sécurité&#xa0;; check --security DIR liste les codes d&apos;un bundle.</translation>
    </message>
    <message>
        <source>%1 has no automatic fix; its explanation in check --security says what to do.</source>
        <translation>%1 n&apos;a pas de correctif automatique&#xa0;; son explication dans check --security indique quoi faire.</translation>
    </message>
    <message>
        <source>Nothing to fix: %1 has no finding %2 that a fix removes.</source>
        <translation>Rien à corriger&#xa0;: %1 n&apos;a aucun constat %2 qu&apos;un correctif supprimerait.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>After check --fix: the file written.</extracomment>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>check takes one bundle directory.</source>
        <translation>check prend un seul répertoire de bundle.</translation>
    </message>
    <message>
        <source>get takes a bundle directory and a JSON pointer.</source>
        <translation>get prend un répertoire de bundle et un pointeur JSON.</translation>
    </message>
    <message>
        <source>%1 has no value at %2.</source>
        <translation>%1 n&apos;a pas de valeur en %2.</translation>
    </message>
    <message>
        <source>pointers takes a bundle directory and, if you like, a prefix.</source>
        <translation>pointers prend un répertoire de bundle et, si vous le souhaitez, un préfixe.</translation>
    </message>
    <message>
        <source>set takes a bundle directory, a JSON pointer and a JSON value.</source>
        <translation>set prend un répertoire de bundle, un pointeur JSON et une valeur JSON.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Created %1 from the image %2 and the %3 template.</source>
        <translation>%1 créé à partir de l&apos;image %2 et du modèle %3.</translation>
    </message>
    <message>
        <source>new takes one bundle directory.</source>
        <translation>new prend un seul répertoire de bundle.</translation>
    </message>
    <message>
        <source>new needs --template %1.</source>
        <translation>new a besoin de --template %1.</translation>
    </message>
    <message>
        <source>Created %1 from the %2 template.</source>
        <translation>%1 créé à partir du modèle %2.</translation>
    </message>
    <message>
        <source>diff takes two bundle directories or config.json files.</source>
        <translation>diff prend deux répertoires de bundle ou fichiers config.json.</translation>
    </message>
    <message>
        <source>help takes one of the commands %1; &quot;%2&quot; is none of them.</source>
        <translation>help prend l&apos;une des commandes %1&#xa0;; «&#xa0;%2&#xa0;» n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command (%2, help) nor an existing bundle directory or config.json.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une commande (%2, help) ni un répertoire de bundle ou un config.json existant.</translation>
    </message>
    <message>
        <source>The window opens one bundle; &quot;%1&quot; is one argument too many.</source>
        <translation>La fenêtre ouvre un seul bundle&#xa0;; «&#xa0;%1&#xa0;» est un argument de trop.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>[DIR]</source>
        <translation>[DIR]</translation>
    </message>
    <message>
        <source>Opens the editor window on a bundle directory or a config.json; without
DIR, on the demo bundle.</source>
        <translation>Ouvre la fenêtre de l&apos;éditeur sur un répertoire de bundle ou un config.json&#xa0;; sans
DIR, sur le bundle de démo.</translation>
    </message>
    <message>
        <source>help [COMMAND] | --help | --version</source>
        <translation>help [COMMANDE] | --help | --version</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 the bundle has validation errors (diff: the configs
differ); 2 nothing could be done (a usage error, an unreadable bundle, a
bad pointer or value, a security code with nothing to fix, a failed write).</source>
        <translation>Codes de sortie&#xa0;: 0 terminé&#xa0;; 1 le bundle a des erreurs de validation (diff&#xa0;: les
configurations diffèrent)&#xa0;; 2 rien n&apos;a pu être fait (erreur d&apos;utilisation, bundle
illisible, pointeur ou valeur incorrects, code de sécurité sans rien à corriger,
échec d&apos;écriture).</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is not valid UTF-8 text; the editor takes UTF-8 arguments only.</source>
        <translation>L&apos;argument «&#xa0;%1&#xa0;» n&apos;est pas du texte UTF-8 valide&#xa0;; l&apos;éditeur n&apos;accepte que des arguments UTF-8.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Report &amp;order changes too</source>
        <translation>Signaler aussi les changements d&apos;&amp;ordre</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Members in another order, and list elements moved where their order does not matter (env, namespaces)</source>
        <translation>Membres dans un autre ordre, et éléments de liste déplacés là où leur ordre n&apos;a pas d&apos;importance (env, espaces de noms)</translation>
    </message>
    <message>
        <source>Differences between this bundle and %1. Double-click a change to go to its field.</source>
        <extracomment>%1 names the other config: a path or &quot;the runc template&quot;.</extracomment>
        <translation>Différences entre ce bundle et %1. Double-cliquez sur un changement pour aller à son champ.</translation>
    </message>
    <message>
        <source>This bundle</source>
        <translation>Ce bundle</translation>
    </message>
    <message>
        <source>The two configurations are the same.</source>
        <translation>Les deux configurations sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n différence</numerusform>
            <numerusform>%n différences</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>The fields that differ, as a tree; Enter goes to the field in the editor</source>
        <translation>Les champs qui diffèrent, sous forme d&apos;arbre&#xa0;; Entrée va au champ dans l&apos;éditeur</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <source>Compare &amp;With</source>
        <translation>&amp;Comparer avec</translation>
    </message>
    <message>
        <source>&amp;Bundle or config.json…</source>
        <translation>&amp;Bundle ou config.json…</translation>
    </message>
    <message>
        <source>The File on &amp;Disk</source>
        <translation>Le fichier sur &amp;disque</translation>
    </message>
    <message>
        <source>Compare this bundle field by field with another bundle or config.json</source>
        <translation>Comparer ce bundle champ par champ avec un autre bundle ou config.json</translation>
    </message>
    <message>
        <source>Compare this bundle with its config.json as saved</source>
        <translation>Comparer ce bundle avec son config.json tel qu&apos;enregistré</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <extracomment>A menu entry of File › Compare With; %1 is a template&apos;s title, as in File › New.</extracomment>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>the template “%1”</source>
        <extracomment>Names the other side of a comparison; %1 is a template&apos;s title.</extracomment>
        <translation>le modèle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ConceptBrowser</name>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>The chosen concept explained; Tab moves between its links</source>
        <translation>Le concept choisi, expliqué&#xa0;; Tab passe d&apos;un lien à l&apos;autre</translation>
    </message>
</context>
<context>
    <name>ConceptPage</name>
    <message>
        <source>&lt;b&gt;Where to edit it:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Où le modifier&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>In This Bundle</source>
        <translation>Dans ce bundle</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <source>A &lt;b&gt;bundle&lt;/b&gt; is a directory that holds all a runtime such as runc needs to start a container: a file named &lt;code&gt;config.json&lt;/code&gt;, which describes the process, its environment and its isolation, and a &lt;b&gt;root filesystem&lt;/b&gt;, the directory tree the process sees as &lt;code&gt;/&lt;/code&gt;.</source>
        <translation>Un &lt;b&gt;bundle&lt;/b&gt; est un répertoire qui contient tout ce dont un runtime tel que runc a besoin pour démarrer un conteneur&#xa0;: un fichier nommé &lt;code&gt;config.json&lt;/code&gt;, qui décrit le processus, son environnement et son isolation, et un &lt;b&gt;système de fichiers racine&lt;/b&gt;, l&apos;arborescence que le processus voit comme &lt;code&gt;/&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>A runtime knows nothing about images or layers: unpacking an image into a root filesystem is the job of tools such as umoci, and the bundle is what they leave behind. &lt;code&gt;root.path&lt;/code&gt; names the root filesystem, usually relative to the bundle directory; with &lt;code&gt;root.readonly&lt;/code&gt; the container cannot write to it.</source>
        <translation>Un runtime ne sait rien des images ni des couches&#xa0;: décompresser une image en un système de fichiers racine est le travail d&apos;outils tels que umoci, et le bundle est ce qu&apos;ils laissent derrière eux. &lt;code&gt;root.path&lt;/code&gt; désigne le système de fichiers racine, généralement relatif au répertoire du bundle&#xa0;; avec &lt;code&gt;root.readonly&lt;/code&gt;, le conteneur ne peut pas y écrire.</translation>
    </message>
    <message>
        <source>unknown until a root filesystem is named</source>
        <translation>inconnu tant qu&apos;aucun système de fichiers racine n&apos;est désigné</translation>
    </message>
    <message>
        <source>unknown until the bundle is saved</source>
        <translation>inconnu tant que le bundle n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>missing: the container cannot start until it exists</source>
        <translation>absent&#xa0;: le conteneur ne peut pas démarrer tant qu&apos;il n&apos;existe pas</translation>
    </message>
    <message>
        <source>not a directory: the container cannot start</source>
        <translation>pas un répertoire&#xa0;: le conteneur ne peut pas démarrer</translation>
    </message>
    <message numerus="yes">
        <source>a directory with %n entries at its top</source>
        <translation>
            <numerusform>un répertoire avec %n entrée à son premier niveau</numerusform>
            <numerusform>un répertoire avec %n entrées à son premier niveau</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle directory</source>
        <translation>Répertoire du bundle</translation>
    </message>
    <message>
        <source>Specification version</source>
        <translation>Version de la spécification</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Système de fichiers racine</translation>
    </message>
    <message>
        <source>Its state</source>
        <translation>Son état</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>En lecture seule</translation>
    </message>
    <message>
        <source>Next: %1, what a runtime does with the bundle.</source>
        <translation>Ensuite&#xa0;: %1, ce qu&apos;un runtime fait du bundle.</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 hook(s) of this bundle</source>
        <extracomment>%1 is the hook phase, e.g. createRuntime.</extracomment>
        <translation>
            <numerusform>%n hook %1 de ce bundle</numerusform>
            <numerusform>%n hooks %1 de ce bundle</numerusform>
        </translation>
    </message>
    <message>
        <source>A container created from a bundle passes through four states, and the runtime keeps track of them in its state directory (&lt;code&gt;runc list&lt;/code&gt; shows them). Each runtime command moves it one step on.</source>
        <translation>Un conteneur créé à partir d&apos;un bundle passe par quatre états, que le runtime suit dans son répertoire d&apos;état (&lt;code&gt;runc list&lt;/code&gt; les affiche). Chaque commande du runtime le fait avancer d&apos;une étape.</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>en cours de création</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>(no program: process.args is empty)</source>
        <translation>(aucun programme&#xa0;: process.args est vide)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>The state is creating while the runtime builds the namespaces, mounts and cgroup, and created once the environment is ready. The program has not run yet; the runtime&apos;s helper process waits in its place.</source>
        <translation>L&apos;état est «&#xa0;en cours de création&#xa0;» pendant que le runtime construit les espaces de noms, les montages et le cgroup, puis «&#xa0;créé&#xa0;» dès que l&apos;environnement est prêt. Le programme n&apos;a pas encore été lancé&#xa0;; le processus auxiliaire du runtime attend à sa place.</translation>
    </message>
    <message>
        <source>The state becomes running: the waiting process executes %1.</source>
        <translation>L&apos;état passe à «&#xa0;en cours d&apos;exécution&#xa0;»&#xa0;: le processus en attente exécute %1.</translation>
    </message>
    <message>
        <source>Sends a signal. When the program ends, by a signal or by itself, the state is stopped; the container&apos;s resources still exist.</source>
        <translation>Envoie un signal. Quand le programme se termine, par un signal ou de lui-même, l&apos;état est «&#xa0;arrêté&#xa0;»&#xa0;; les ressources du conteneur existent toujours.</translation>
    </message>
    <message>
        <source>Removes what create built; the container is gone.</source>
        <translation>Supprime ce que create a construit&#xa0;; le conteneur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&lt;code&gt;runc run&lt;/code&gt; is create and start in one, and it waits for the program to end: %1. The Run mode does the same with its buttons.</source>
        <translation>&lt;code&gt;runc run&lt;/code&gt; fait create et start en une fois, et attend la fin du programme&#xa0;: %1. Le mode Exécution fait de même avec ses boutons.</translation>
    </message>
    <message>
        <source>See %1 for the programs that run between these steps.</source>
        <translation>Voir %1 pour les programmes qui s&apos;exécutent entre ces étapes.</translation>
    </message>
    <message>
        <source>process IDs: the container&apos;s first process is PID 1 and sees only the processes of its own namespace</source>
        <translation>identifiants de processus&#xa0;: le premier processus du conteneur est le PID 1 et ne voit que les processus de son propre espace de noms</translation>
    </message>
    <message>
        <source>network devices, addresses, routes, firewall rules and ports; a new one has only a loopback device</source>
        <translation>périphériques réseau, adresses, routes, règles de pare-feu et ports&#xa0;; un nouvel espace n&apos;a qu&apos;un périphérique de bouclage</translation>
    </message>
    <message>
        <source>the list of mounts, so that the container&apos;s mounts stay out of the host&apos;s view and the host&apos;s out of its view</source>
        <translation>la liste des montages, afin que les montages du conteneur restent hors de la vue de l&apos;hôte, et ceux de l&apos;hôte hors de la sienne</translation>
    </message>
    <message>
        <source>System V IPC objects and POSIX message queues</source>
        <translation>objets IPC System V et files de messages POSIX</translation>
    </message>
    <message>
        <source>the host name and domain name (&lt;code&gt;hostname&lt;/code&gt;, &lt;code&gt;domainname&lt;/code&gt;)</source>
        <translation>le nom d&apos;hôte et le nom de domaine (&lt;code&gt;hostname&lt;/code&gt;, &lt;code&gt;domainname&lt;/code&gt;)</translation>
    </message>
    <message>
        <source>user and group IDs and the capabilities that come with them (see %1)</source>
        <translation>les identifiants d&apos;utilisateur et de groupe et les capacités qui vont avec (voir %1)</translation>
    </message>
    <message>
        <source>the view of the cgroup tree: the container sees its own cgroup as the root</source>
        <translation>la vue de l&apos;arborescence des cgroups&#xa0;: le conteneur voit son propre cgroup comme la racine</translation>
    </message>
    <message>
        <source>the monotonic and boot-time clocks</source>
        <translation>les horloges monotone et de démarrage (boot-time)</translation>
    </message>
    <message>
        <source>joins %1</source>
        <translation>rejoint %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>shared with the host</source>
        <translation>partagé avec l&apos;hôte</translation>
    </message>
    <message>
        <source>A namespace gives the processes inside it their own instance of one kind of system resource. For each entry of &lt;code&gt;linux.namespaces&lt;/code&gt; without a path the container gets a new namespace of that type; an entry with a path joins a namespace that already exists, another container&apos;s for instance; a type that is not listed stays shared with the host.</source>
        <translation>Un espace de noms donne aux processus qu&apos;il contient leur propre instance d&apos;un type de ressource système. Pour chaque entrée de &lt;code&gt;linux.namespaces&lt;/code&gt; sans chemin, le conteneur reçoit un nouvel espace de noms de ce type&#xa0;; une entrée avec un chemin rejoint un espace de noms qui existe déjà, celui d&apos;un autre conteneur par exemple&#xa0;; un type qui n&apos;est pas listé reste partagé avec l&apos;hôte.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What it isolates</source>
        <translation>Ce qu&apos;il isole</translation>
    </message>
    <message>
        <source>This bundle</source>
        <translation>Ce bundle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Container GID &lt;b&gt;%1&lt;/b&gt; is host GID &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Le GID &lt;b&gt;%1&lt;/b&gt; du conteneur correspond au GID &lt;b&gt;%2&lt;/b&gt; de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Container UID &lt;b&gt;%1&lt;/b&gt; is host UID &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>L&apos;UID &lt;b&gt;%1&lt;/b&gt; du conteneur correspond à l&apos;UID &lt;b&gt;%2&lt;/b&gt; de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Container GID &lt;b&gt;%1&lt;/b&gt; has no mapping.</source>
        <translation>Le GID &lt;b&gt;%1&lt;/b&gt; du conteneur n&apos;a pas de correspondance.</translation>
    </message>
    <message>
        <source>Container UID &lt;b&gt;%1&lt;/b&gt; has no mapping.</source>
        <translation>L&apos;UID &lt;b&gt;%1&lt;/b&gt; du conteneur n&apos;a pas de correspondance.</translation>
    </message>
    <message>
        <source>In a user namespace every user and group ID has two values: the one the container&apos;s processes see and the one the host&apos;s kernel checks. &lt;code&gt;linux.uidMappings&lt;/code&gt; and &lt;code&gt;linux.gidMappings&lt;/code&gt; list ranges: &lt;i&gt;size&lt;/i&gt; IDs from &lt;i&gt;containerID&lt;/i&gt; on stand for as many IDs from &lt;i&gt;hostID&lt;/i&gt; on. Root in the container can then be an ordinary user on the host, and its capabilities count only for what the namespace owns.</source>
        <translation>Dans un espace de noms utilisateur, chaque identifiant d&apos;utilisateur et de groupe a deux valeurs&#xa0;: celle que voient les processus du conteneur et celle que vérifie le noyau de l&apos;hôte. &lt;code&gt;linux.uidMappings&lt;/code&gt; et &lt;code&gt;linux.gidMappings&lt;/code&gt; listent des plages&#xa0;: &lt;i&gt;size&lt;/i&gt; identifiants à partir de &lt;i&gt;containerID&lt;/i&gt; représentent autant d&apos;identifiants à partir de &lt;i&gt;hostID&lt;/i&gt;. Root dans le conteneur peut alors être un utilisateur ordinaire sur l&apos;hôte, et ses capacités ne valent que pour ce que possède l&apos;espace de noms.</translation>
    </message>
    <message>
        <source>This bundle has no user namespace: the container&apos;s IDs are the host&apos;s, so UID 0 in the container is root on the host.</source>
        <translation>Ce bundle n&apos;a pas d&apos;espace de noms utilisateur&#xa0;: les identifiants du conteneur sont ceux de l&apos;hôte, donc l&apos;UID 0 dans le conteneur est root sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Its process runs as UID &lt;b&gt;%1&lt;/b&gt;, which is host UID &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Son processus s&apos;exécute avec l&apos;UID &lt;b&gt;%1&lt;/b&gt;, qui est l&apos;UID &lt;b&gt;%1&lt;/b&gt; de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Its ID mappings take effect only once a user namespace is added.</source>
        <translation>Ses correspondances d&apos;ID ne prennent effet qu&apos;une fois un espace de noms utilisateur ajouté.</translation>
    </message>
    <message>
        <source>The bundle has a user namespace but no ID mappings: unless it joins an existing namespace by its path, the runtime has nothing to map and refuses to create the container.</source>
        <translation>Le bundle a un espace de noms utilisateur mais aucune correspondance d&apos;ID&#xa0;: à moins qu&apos;il ne rejoigne un espace de noms existant par son chemin, le runtime n&apos;a rien à faire correspondre et refuse de créer le conteneur.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Container IDs</source>
        <translation>ID du conteneur</translation>
    </message>
    <message>
        <source>Host IDs</source>
        <translation>ID de l&apos;hôte</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Worked Example</source>
        <translation>Exemple détaillé</translation>
    </message>
    <message>
        <source>The process runs as container UID %1, so files it creates belong to the host UID it maps to.</source>
        <translation>Le processus s&apos;exécute avec l&apos;UID %1 du conteneur, donc les fichiers qu&apos;il crée appartiennent à l&apos;UID de l&apos;hôte qui lui correspond.</translation>
    </message>
    <message>
        <source>UID &lt;b&gt;%1&lt;/b&gt; is the first container UID without a mapping. No process in the container can switch to it, so a process user without a mapping makes the start fail. The other way round, a file owned by a host UID outside the mappings shows up inside as 65534, the overflow ID (usually named nobody), and cannot be changed.</source>
        <translation>L&apos;UID &lt;b&gt;%1&lt;/b&gt; est le premier UID du conteneur sans correspondance. Aucun processus du conteneur ne peut y basculer, donc un utilisateur de processus sans correspondance fait échouer le démarrage. À l&apos;inverse, un fichier appartenant à un UID de l&apos;hôte hors des correspondances apparaît à l&apos;intérieur comme 65534, l&apos;ID de débordement (généralement nommé nobody), et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Linux divides root&apos;s power into capabilities such as CAP_NET_ADMIN or CAP_SYS_ADMIN, each allowing one kind of privileged operation. A process holds five sets of them:</source>
        <translation>Linux divise le pouvoir de root en capacités telles que CAP_NET_ADMIN ou CAP_SYS_ADMIN, chacune autorisant un type d&apos;opération privilégiée. Un processus en détient cinq ensembles&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bounding&lt;/b&gt;: the ceiling. A capability outside it can never be gained, not even by running a setuid program.</source>
        <translation>&lt;b&gt;Bounding&lt;/b&gt; (limitant)&#xa0;: le plafond. Une capacité qui n&apos;y figure pas ne peut jamais être obtenue, pas même en exécutant un programme setuid.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Effective&lt;/b&gt;: what the kernel checks at this moment.</source>
        <translation>&lt;b&gt;Effective&lt;/b&gt; (effectif)&#xa0;: ce que le noyau vérifie à cet instant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inheritable&lt;/b&gt;: what may pass on to a program the process executes, when that program&apos;s file allows it.</source>
        <translation>&lt;b&gt;Inheritable&lt;/b&gt; (héritable)&#xa0;: ce qui peut être transmis à un programme que le processus exécute, quand le fichier de ce programme le permet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Permitted&lt;/b&gt;: what the process may switch on in its effective set.</source>
        <translation>&lt;b&gt;Permitted&lt;/b&gt; (permis)&#xa0;: ce que le processus peut activer dans son ensemble effectif.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ambient&lt;/b&gt;: what passes on to executed programs without any file capabilities; this is how a process that is not root keeps capabilities across exec.</source>
        <translation>&lt;b&gt;Ambient&lt;/b&gt; (ambiant)&#xa0;: ce qui est transmis aux programmes exécutés sans aucune capacité de fichier&#xa0;; c&apos;est ainsi qu&apos;un processus qui n&apos;est pas root conserve des capacités à travers exec.</translation>
    </message>
    <message>
        <source>The kernel keeps a capability in the ambient set only while it is in both the permitted and the inheritable set, and drops it as soon as either loses it: ambient only carries along what the process could inherit anyway.</source>
        <translation>Le noyau ne garde une capacité dans l&apos;ensemble ambiant que tant qu&apos;elle figure à la fois dans l&apos;ensemble permis et dans l&apos;ensemble héritable, et l&apos;en retire dès que l&apos;un des deux la perd&#xa0;: l&apos;ensemble ambiant ne fait que transmettre ce dont le processus pourrait de toute façon hériter.</translation>
    </message>
    <message>
        <source>This bundle lists no capabilities: its process starts with none, even as root.</source>
        <translation>Ce bundle ne liste aucune capacité&#xa0;: son processus démarre sans aucune, même en tant que root.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Ambient without being both permitted and inheritable: %1. The runtime cannot raise them.</source>
        <translation>Ambiantes sans être à la fois permises et héritables&#xa0;: %1. Le runtime ne peut pas les activer.</translation>
    </message>
    <message>
        <source>The container&apos;s filesystem starts as its root filesystem. The runtime then mounts the entries of &lt;code&gt;mounts&lt;/code&gt; one after the other, each at its destination inside the container, so a later mount on the same path or on a parent path hides what an earlier one put there. A &lt;code&gt;bind&lt;/code&gt; mount shows a host directory or file inside; other types such as &lt;code&gt;proc&lt;/code&gt; or &lt;code&gt;tmpfs&lt;/code&gt; make a new filesystem of that type.</source>
        <translation>Le système de fichiers du conteneur est d&apos;abord son système de fichiers racine. Le runtime monte ensuite les entrées de &lt;code&gt;mounts&lt;/code&gt; l&apos;une après l&apos;autre, chacune à sa destination dans le conteneur, de sorte qu&apos;un montage ultérieur sur le même chemin ou sur un chemin parent masque ce qu&apos;un montage antérieur y avait placé. Un montage &lt;code&gt;bind&lt;/code&gt; fait apparaître à l&apos;intérieur un répertoire ou un fichier de l&apos;hôte&#xa0;; d&apos;autres types comme &lt;code&gt;proc&lt;/code&gt; ou &lt;code&gt;tmpfs&lt;/code&gt; créent un nouveau système de fichiers de ce type.</translation>
    </message>
    <message>
        <source>This bundle has no mounts: the container sees its root filesystem alone, without /proc.</source>
        <translation>Ce bundle n&apos;a aucun montage&#xa0;: le conteneur ne voit que son système de fichiers racine, sans /proc.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>After the mounts, masked paths are covered so that nothing can be read there, and read-only paths are mounted again read-only: both keep the container away from parts of /proc and /sys.</source>
        <translation>Après les montages, les chemins masqués sont recouverts pour que rien n&apos;y soit lisible, et les chemins en lecture seule sont remontés en lecture seule&#xa0;: les deux tiennent le conteneur à l&apos;écart de certaines parties de /proc et /sys.</translation>
    </message>
    <message>
        <source>Root filesystem read-only</source>
        <translation>Système de fichiers racine en lecture seule</translation>
    </message>
    <message>
        <source>Root propagation</source>
        <translation>Propagation de la racine</translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation>Chemins masqués</translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation>Chemins en lecture seule</translation>
    </message>
    <message>
        <source>not set: no limit</source>
        <translation>non défini&#xa0;: aucune limite</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 octets (%2)</translation>
    </message>
    <message>
        <source>Control groups (cgroups) gather processes so that the kernel can account for what they use together and limit it. The runtime puts the container&apos;s processes into a cgroup, the one named by &lt;code&gt;linux.cgroupsPath&lt;/code&gt; or one it names itself, and writes the limits of &lt;code&gt;linux.resources&lt;/code&gt; into it. A limit that is not set leaves that resource unlimited.</source>
        <translation>Les groupes de contrôle (cgroups) rassemblent des processus pour que le noyau puisse comptabiliser ce qu&apos;ils consomment ensemble et le limiter. Le runtime place les processus du conteneur dans un cgroup, celui que désigne &lt;code&gt;linux.cgroupsPath&lt;/code&gt; ou un qu&apos;il nomme lui-même, et y écrit les limites de &lt;code&gt;linux.resources&lt;/code&gt;. Une limite non définie laisse la ressource correspondante illimitée.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) allowing or denying device access</source>
        <translation>
            <numerusform>%n règle autorisant ou refusant l&apos;accès aux périphériques</numerusform>
            <numerusform>%n règles autorisant ou refusant l&apos;accès aux périphériques</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>The CPU quota allows %1 µs of CPU time in every %2 µs: as much as %3 CPUs could do.</source>
        <translation>Le quota CPU accorde %1 µs de temps CPU toutes les %2 µs&#xa0;: autant que ce que pourraient faire %3 CPU.</translation>
    </message>
    <message>
        <source>The Run mode charts what the running container uses against these limits.</source>
        <translation>Le mode Exécution représente en graphique ce que le conteneur en cours d&apos;exécution consomme par rapport à ces limites.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seccomp&lt;/b&gt; filters system calls: the kernel compares every call with a list of rules and allows it, fails it with an error or stops the process. &lt;code&gt;linux.seccomp&lt;/code&gt; names the action for calls that no rule matches and the rules for the others.</source>
        <translation>&lt;b&gt;Seccomp&lt;/b&gt; filtre les appels système&#xa0;: le noyau compare chaque appel à une liste de règles et l&apos;autorise, le fait échouer avec une erreur ou arrête le processus. &lt;code&gt;linux.seccomp&lt;/code&gt; désigne l&apos;action pour les appels qu&apos;aucune règle ne couvre, ainsi que les règles pour les autres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AppArmor&lt;/b&gt; and &lt;b&gt;SELinux&lt;/b&gt; are mandatory access control: a profile or a label, loaded on the host, decides which files, network operations and capabilities the process may use, even as root. Which of the two a host has depends on its distribution.</source>
        <translation>&lt;b&gt;AppArmor&lt;/b&gt; et &lt;b&gt;SELinux&lt;/b&gt; sont des contrôles d&apos;accès obligatoires&#xa0;: un profil ou une étiquette, chargé sur l&apos;hôte, décide des fichiers, des opérations réseau et des capacités que le processus peut utiliser, même en tant que root. Lequel des deux un hôte utilise dépend de sa distribution.</translation>
    </message>
    <message>
        <source>&lt;b&gt;noNewPrivileges&lt;/b&gt; means that executing a program can never add privileges: setuid bits and file capabilities are ignored. It also lets a process install a seccomp filter without CAP_SYS_ADMIN.</source>
        <translation>&lt;b&gt;noNewPrivileges&lt;/b&gt; signifie que l&apos;exécution d&apos;un programme ne peut jamais ajouter de privilèges&#xa0;: les bits setuid et les capacités de fichier sont ignorés. Cela permet aussi à un processus d&apos;installer un filtre seccomp sans CAP_SYS_ADMIN.</translation>
    </message>
    <message>
        <source>none: every system call is allowed</source>
        <translation>aucun&#xa0;: tous les appels système sont autorisés</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s); calls without a rule get %1</source>
        <translation>
            <numerusform>%n règle&#xa0;; les appels sans règle reçoivent %1</numerusform>
            <numerusform>%n règles&#xa0;; les appels sans règle reçoivent %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Architectures: %1</source>
        <translation>Architectures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>the runtime&apos;s namespaces</source>
        <translation>les espaces de noms du runtime</translation>
    </message>
    <message>
        <source>the container&apos;s namespaces</source>
        <translation>les espaces de noms du conteneur</translation>
    </message>
    <message>
        <source>during create, once the namespaces exist (deprecated: use createRuntime)</source>
        <translation>pendant create, une fois les espaces de noms créés (obsolète&#xa0;: utilisez createRuntime)</translation>
    </message>
    <message>
        <source>during create, once the namespaces exist, before the root changes</source>
        <translation>pendant create, une fois les espaces de noms créés, avant le changement de racine</translation>
    </message>
    <message>
        <source>during create, before the root changes</source>
        <translation>pendant create, avant le changement de racine</translation>
    </message>
    <message>
        <source>during start, just before the program runs</source>
        <translation>pendant start, juste avant l&apos;exécution du programme</translation>
    </message>
    <message>
        <source>after the program has started, before start returns</source>
        <translation>après le démarrage du programme, avant le retour de start</translation>
    </message>
    <message>
        <source>after the container is deleted</source>
        <translation>après la suppression du conteneur</translation>
    </message>
    <message>
        <source>Hooks are programs the runtime runs at fixed points of the lifecycle, for work the container cannot do for itself, such as connecting it to a network. Each hook reads the container&apos;s state as JSON on its standard input. A hook that fails or runs past its timeout makes the runtime give up on the container, except poststart and poststop hooks, whose failures are only logged.</source>
        <translation>Les hooks sont des programmes que le runtime exécute à des moments précis du cycle de vie, pour des tâches que le conteneur ne peut pas accomplir lui-même, comme le connecter à un réseau. Chaque hook lit l&apos;état du conteneur au format JSON sur son entrée standard. Un hook qui échoue ou dépasse son délai d&apos;expiration fait abandonner le conteneur par le runtime, sauf les hooks poststart et poststop, dont les échecs sont seulement journalisés.</translation>
    </message>
    <message>
        <source>(timeout %1 s)</source>
        <translation>(délai d&apos;expiration %1 s)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where it runs</source>
        <translation>Où il s&apos;exécute</translation>
    </message>
    <message>
        <source>See %1 for the states these phases lie between.</source>
        <translation>Voir %1 pour les états entre lesquels se situent ces phases.</translation>
    </message>
    <message>
        <source>Every step of these commands for this bundle, in order and with the field that causes it, is in the Run mode&apos;s %1; it lights up as a container runs.</source>
        <translation>Chaque étape de ces commandes pour ce bundle, dans l&apos;ordre et avec le champ qui la provoque, figure dans la %1 du mode Exécution&#xa0;; elle s&apos;allume pendant l&apos;exécution d&apos;un conteneur.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>ConceptTopics</name>
    <message>
        <source>What a Bundle Is</source>
        <translation>Ce qu&apos;est un bundle</translation>
    </message>
    <message>
        <source>The Container&apos;s Lifecycle</source>
        <translation>Le cycle de vie du conteneur</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Espaces de noms</translation>
    </message>
    <message>
        <source>User Namespaces and ID Mappings</source>
        <translation>Espaces de noms utilisateur et correspondances d&apos;ID</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Mounts and the Filesystem</source>
        <translation>Montages et système de fichiers</translation>
    </message>
    <message>
        <source>Cgroups and Resources</source>
        <translation>Cgroups et ressources</translation>
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
        <translation>Le chemin du socket de console %1 est trop long pour un socket Unix.</translation>
    </message>
    <message>
        <source>Could not create the console socket: %1</source>
        <translation>Impossible de créer le socket de console&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not listen on the console socket %1: %2</source>
        <translation>Impossible d&apos;écouter sur le socket de console %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The runtime connected to the console socket but sent no terminal.</source>
        <translation>Le runtime s&apos;est connecté au socket de console mais n&apos;a envoyé aucun terminal.</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send EOF</source>
        <translation>Envoyer EOF</translation>
    </message>
    <message>
        <source>Find in the output (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>Rechercher dans la sortie (Entrée&#xa0;: suivant, Maj+Entrée&#xa0;: précédent, Échap&#xa0;: fermer)</translation>
    </message>
    <message>
        <source>Input for the container&apos;s stdin</source>
        <translation>Entrée pour le stdin du conteneur</translation>
    </message>
    <message>
        <source>Close the container&apos;s stdin</source>
        <translation>Fermer le stdin du conteneur</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Sortie de la console</translation>
    </message>
    <message>
        <source>What the container wrote to stdout and stderr</source>
        <translation>Ce que le conteneur a écrit sur stdout et stderr</translation>
    </message>
    <message>
        <source>Console input</source>
        <translation>Entrée de la console</translation>
    </message>
</context>
<context>
    <name>ContainerProcess</name>
    <message>
        <source>The runtime&apos;s process list is not the expected table.</source>
        <translation>La liste des processus du runtime n&apos;est pas le tableau attendu.</translation>
    </message>
</context>
<context>
    <name>ContainerSession</name>
    <message>
        <source>The process exited with code %1.</source>
        <translation>Le processus s&apos;est terminé avec le code %1.</translation>
    </message>
    <message>
        <source>Another action is still running.</source>
        <translation>Une autre action est encore en cours.</translation>
    </message>
    <message>
        <source>The container is %1; this action is not possible now.</source>
        <translation>Le conteneur est %1&#xa0;; cette action n&apos;est pas possible pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Cannot create a working directory: %1</source>
        <translation>Impossible de créer un répertoire de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>A process started with Exec is still running.</source>
        <translation>Un processus lancé avec Exec est encore en cours d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>ContainerState</name>
    <message>
        <source>no container</source>
        <translation>aucun conteneur</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>en cours de création</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The runtime&apos;s state is not a JSON object.</source>
        <translation>L&apos;état du runtime n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The runtime&apos;s state has no container ID.</source>
        <translation>L&apos;état du runtime n&apos;a pas d&apos;ID de conteneur.</translation>
    </message>
    <message>
        <source>The runtime&apos;s state is not valid JSON.</source>
        <translation>L&apos;état du runtime n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The runtime&apos;s container list is not a JSON array.</source>
        <translation>La liste des conteneurs du runtime n&apos;est pas un tableau JSON.</translation>
    </message>
</context>
<context>
    <name>ContainerStdio</name>
    <message>
        <source>Could not create pipes: %1</source>
        <translation>Impossible de créer les tubes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ContainerStopper</name>
    <message>
        <source>The container is %1; there is nothing to stop.</source>
        <translation>Le conteneur est %1&#xa0;; il n&apos;y a rien à arrêter.</translation>
    </message>
    <message>
        <source>Stopping was canceled.</source>
        <translation>L&apos;arrêt a été annulé.</translation>
    </message>
</context>
<context>
    <name>ContainerViewModel</name>
    <message>
        <source>The host has no %1 to bind here.</source>
        <translation>L&apos;hôte n&apos;a pas de %1 à lier ici.</translation>
    </message>
    <message>
        <source>Nothing to read.</source>
        <translation>Rien à lire.</translation>
    </message>
    <message>
        <source>root filesystem</source>
        <translation>système de fichiers racine</translation>
    </message>
    <message>
        <source>mount %1: %2 %3</source>
        <translation>montage %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>created by the runtime</source>
        <translation>créé par le runtime</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, lecture seule</translation>
    </message>
    <message>
        <source>The kernel&apos;s view of the processes in the container&apos;s PID namespace, not the host&apos;s /proc.</source>
        <translation>La vue du noyau sur les processus de l&apos;espace de noms PID du conteneur, et non le /proc de l&apos;hôte.</translation>
    </message>
    <message>
        <source>The kernel&apos;s view of devices, drivers and their settings.</source>
        <translation>La vue du noyau sur les périphériques, les pilotes et leurs réglages.</translation>
    </message>
    <message>
        <source>An empty filesystem in memory: what is written there is gone when the container stops.</source>
        <translation>Un système de fichiers vide en mémoire&#xa0;: ce qui y est écrit disparaît à l&apos;arrêt du conteneur.</translation>
    </message>
    <message>
        <source>The container&apos;s pseudo-terminals.</source>
        <translation>Les pseudo-terminaux du conteneur.</translation>
    </message>
    <message>
        <source>The POSIX message queues of the container&apos;s IPC namespace.</source>
        <translation>Les files de messages POSIX de l&apos;espace de noms IPC du conteneur.</translation>
    </message>
    <message>
        <source>The container&apos;s control groups: its limits and what it uses.</source>
        <translation>Les groupes de contrôle du conteneur&#xa0;: ses limites et ce qu&apos;il consomme.</translation>
    </message>
    <message>
        <source>A %1 filesystem; its contents are not read here.</source>
        <translation>Un système de fichiers %1&#xa0;; son contenu n&apos;est pas lu ici.</translation>
    </message>
    <message>
        <source>Masked (linux.maskedPaths): where the kernel has it, the process finds an empty read-only directory or /dev/null.</source>
        <translation>Masqué (linux.maskedPaths)&#xa0;: là où le noyau le fournit, le processus trouve un répertoire vide en lecture seule ou /dev/null.</translation>
    </message>
    <message>
        <source>Masked (linux.maskedPaths): the process finds an empty read-only directory here.</source>
        <translation>Masqué (linux.maskedPaths)&#xa0;: le processus trouve ici un répertoire vide en lecture seule.</translation>
    </message>
    <message>
        <source>Masked (linux.maskedPaths): the process finds /dev/null here.</source>
        <translation>Masqué (linux.maskedPaths)&#xa0;: le processus trouve ici /dev/null.</translation>
    </message>
    <message>
        <source>Not there before: the runtime creates this directory for a mount below it.</source>
        <translation>Absent auparavant&#xa0;: le runtime crée ce répertoire pour un montage situé en dessous.</translation>
    </message>
    <message>
        <source>The runtime creates this device as linux.devices asks.</source>
        <translation>Le runtime crée ce périphérique comme le demande linux.devices.</translation>
    </message>
    <message>
        <source>runc creates this link in every container&apos;s /dev.</source>
        <translation>runc crée ce lien dans le /dev de chaque conteneur.</translation>
    </message>
    <message>
        <source>runc creates this device in every container&apos;s /dev.</source>
        <translation>runc crée ce périphérique dans le /dev de chaque conteneur.</translation>
    </message>
    <message>
        <source>From the host: %1</source>
        <translation>De l&apos;hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Named in the config; the %1 filesystem has it where the kernel provides it.</source>
        <translation>Nommé dans la configuration&#xa0;; le système de fichiers %1 le contient là où le noyau le fournit.</translation>
    </message>
    <message>
        <source>The runtime creates the mount point.</source>
        <translation>Le runtime crée le point de montage.</translation>
    </message>
    <message>
        <source>Read-only: %1 is in linux.readonlyPaths.</source>
        <translation>Lecture seule&#xa0;: %1 figure dans linux.readonlyPaths.</translation>
    </message>
    <message>
        <source>%1 filesystem</source>
        <translation>Système de fichiers %1</translation>
    </message>
    <message>
        <source>Not known here</source>
        <translation>Inconnu ici</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Fourni par</translation>
    </message>
</context>
<context>
    <name>ContainersMode</name>
    <message>
        <source>This bundle belongs to container %1 (managed by %2); its runtime read it when the container was created, so edits change nothing in it. Save As copies the bundle elsewhere; Save would change the original under %2.</source>
        <translation>Ce bundle appartient au conteneur %1 (géré par %2)&#xa0;; son runtime l&apos;a lu à la création du conteneur, donc vos modifications n&apos;y changent rien. «&#xa0;Enregistrer sous&#xa0;» copie le bundle ailleurs&#xa0;; «&#xa0;Enregistrer&#xa0;» modifierait l&apos;original sous %2.</translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <source>Containers on this machine</source>
        <translation>Conteneurs sur cette machine</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 n&apos;a pas pu être listé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Filter by ID, bundle, owner, manager…</source>
        <translation>Filtrer par ID, bundle, propriétaire, gestionnaire…</translation>
    </message>
    <message>
        <source>Filter containers</source>
        <translation>Filtrer les conteneurs</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>All runtimes</source>
        <translation>Tous les runtimes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>List the containers again (this happens every few seconds while shown)</source>
        <translation>Relister les conteneurs (cela se fait automatiquement toutes les quelques secondes tant que la vue est affichée)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the container&apos;s bundle in the editor, as it is on disk</source>
        <translation>Ouvrir le bundle du conteneur dans l&apos;éditeur, tel qu&apos;il est sur le disque</translation>
    </message>
    <message>
        <source>Watch in Run</source>
        <translation>Suivre dans Exécution</translation>
    </message>
    <message>
        <source>Follow the container in Run mode: its state, processes and statistics</source>
        <translation>Suivre le conteneur dans le mode Exécution&#xa0;: son état, ses processus et ses statistiques</translation>
    </message>
    <message>
        <source>Shell…</source>
        <translation>Shell…</translation>
    </message>
    <message>
        <source>Start /bin/sh in the running container, in a terminal in Run mode</source>
        <translation>Lancer /bin/sh dans le conteneur en cours d&apos;exécution, dans un terminal du mode Exécution</translation>
    </message>
    <message>
        <source>Kill…</source>
        <translation>Tuer…</translation>
    </message>
    <message>
        <source>Send SIGKILL to the container&apos;s processes</source>
        <translation>Envoyer SIGKILL aux processus du conteneur</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the container from its runtime&apos;s state</source>
        <translation>Supprimer le conteneur de l&apos;état de son runtime</translation>
    </message>
    <message>
        <source>Delete Stopped…</source>
        <translation>Supprimer les arrêtés…</translation>
    </message>
    <message>
        <source>Delete every stopped container the editor started; those of other tools stay</source>
        <translation>Supprimer tous les conteneurs arrêtés lancés par l&apos;éditeur&#xa0;; ceux des autres outils restent</translation>
    </message>
    <message>
        <source>Containers: %1 · State directories: %2</source>
        <translation>Conteneurs&#xa0;: %1 · Répertoires d&apos;état&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>The editor did not start %1: it is managed by %2 and owned by %3, and they will not know what happened to it.</source>
        <translation>Ce n&apos;est pas l&apos;éditeur qui a lancé %1&#xa0;: il est géré par %2 et appartient à %3, qui ne sauront pas ce qui lui est arrivé.</translation>
    </message>
    <message>
        <source>Kill container %1 (SIGKILL)?</source>
        <translation>Tuer le conteneur %1 (SIGKILL)&#xa0;?</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message>
        <source>Delete container %1?</source>
        <translation>Supprimer le conteneur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Start /bin/sh in container %1?</source>
        <translation>Lancer /bin/sh dans le conteneur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Start Shell</source>
        <translation>Lancer le shell</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n stopped container(s) the editor started?</source>
        <translation>
            <numerusform>Supprimer %n conteneur arrêté lancé par l&apos;éditeur&#xa0;?</numerusform>
            <numerusform>Supprimer les %n conteneurs arrêtés lancés par l&apos;éditeur&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every container of every runtime state directory; the buttons below act on the selected one</source>
        <translation>Tous les conteneurs de chaque répertoire d&apos;état de runtime&#xa0;; les boutons ci-dessous agissent sur celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Runtime&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Device nodes</source>
        <translation>Nœuds de périphériques</translation>
    </message>
    <message>
        <source>The runtime creates these nodes inside the container. Type: c = character, b = block, u = unbuffered character, p = FIFO. File modes are shown in octal.</source>
        <translation>Le runtime crée ces nœuds dans le conteneur. Type&#xa0;: c = caractère, b = bloc, u = caractère sans tampon, p = FIFO. Les modes de fichier sont affichés en octal.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>File mode</source>
        <translation>Mode de fichier</translation>
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
        <translation>périphérique</translation>
    </message>
    <message>
        <source>Device access rules (device cgroup)</source>
        <translation>Règles d&apos;accès aux périphériques (cgroup devices)</translation>
    </message>
    <message>
        <source>Rules apply in order; the last one that matches a device decides. Type a = all devices; an empty major or minor matches every number. Access: r = read, w = write, m = create the node.</source>
        <translation>Les règles s&apos;appliquent dans l&apos;ordre&#xa0;; la dernière qui correspond à un périphérique décide. Type a = tous les périphériques&#xa0;; un majeur ou mineur vide correspond à tous les numéros. Accès&#xa0;: r = lecture, w = écriture, m = création du nœud.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>device rule</source>
        <translation>règle de périphérique</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
</context>
<context>
    <name>DiskConflictDialog</name>
    <message>
        <source>Show &amp;Differences</source>
        <translation>Voir les &amp;différences</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was removed by another program since you opened it. Save your version again?</source>
        <translation>%1 a été supprimé par un autre programme depuis que vous l&apos;avez ouvert. Enregistrer à nouveau votre version&#xa0;?</translation>
    </message>
    <message>
        <source>%1 was removed by another program. Your version stays open; saving writes it again.</source>
        <translation>%1 a été supprimé par un autre programme. Votre version reste ouverte&#xa0;; l&apos;enregistrer l&apos;écrira à nouveau.</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened it. Saving now would overwrite that change.</source>
        <translation>%1 a été modifié par un autre programme depuis que vous l&apos;avez ouvert. Enregistrer maintenant écraserait cette modification.</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it, or keep your version and save it over the change later?</source>
        <translation>%1 a été modifié par un autre programme. Le recharger, ou garder votre version et l&apos;enregistrer plus tard par-dessus la modification&#xa0;?</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <source>In the editor</source>
        <translation>Dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <extracomment>A tab of Show Differences: the changes field by field.</extracomment>
        <translation>&amp;Champs</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <extracomment>A tab of Show Differences: the changes line by line (diff -u).</extracomment>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Save My Version</source>
        <translation>&amp;Enregistrer ma version</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider plus &amp;tard</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>sur le disque</translation>
    </message>
    <message>
        <source>in the editor</source>
        <translation>dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
</context>
<context>
    <name>ExecForm</name>
    <message>
        <source>Allocate a terminal</source>
        <translation>Allouer un terminal</translation>
    </message>
    <message>
        <source>Exec</source>
        <translation>Exec</translation>
    </message>
    <message>
        <source>sh -c &apos;echo hello&apos;</source>
        <translation>sh -c &apos;echo hello&apos;</translation>
    </message>
    <message>
        <source>One NAME=value per line</source>
        <translation>Un NOM=valeur par ligne</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Working directory:</source>
        <translation>Répertoire de travail&#xa0;:</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ID utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Group ID:</source>
        <translation>ID de groupe&#xa0;:</translation>
    </message>
    <message>
        <source>The program and its arguments, split as a shell would: quotes group words, a backslash escapes the next character. Nothing is expanded.</source>
        <translation>Le programme et ses arguments, découpés comme le ferait un shell&#xa0;: les guillemets regroupent des mots, une barre oblique inverse protège le caractère suivant. Rien n&apos;est développé.</translation>
    </message>
</context>
<context>
    <name>ExecRequest</name>
    <message>
        <source>Enter the program to run.</source>
        <translation>Saisissez le programme à exécuter.</translation>
    </message>
    <message>
        <source>The working directory must be an absolute path.</source>
        <translation>Le répertoire de travail doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>The environment entry &quot;%1&quot; is not NAME=value.</source>
        <translation>L&apos;entrée d&apos;environnement «&#xa0;%1&#xa0;» n&apos;est pas de la forme NOM=valeur.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>%1 (others are passed on as they are)</source>
        <translation>%1 (les autres sont transmis tels quels)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>yes, on %1</source>
        <translation>oui, sur %1</translation>
    </message>
    <message>
        <source>Click into a field to see what it means.</source>
        <translation>Cliquez dans un champ pour voir ce qu&apos;il signifie.</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(document)</translation>
    </message>
    <message>
        <source>This field is not part of the runtime specification; it may belong to a runtime or tool that added it. The editor keeps it exactly as it is.</source>
        <translation>Ce champ ne fait pas partie de la spécification d&apos;exécution&#xa0;; il appartient peut-être à un runtime ou à un outil qui l&apos;a ajouté. L&apos;éditeur le conserve exactement tel quel.</translation>
    </message>
    <message>
        <source>Deprecated: avoid it in new configurations.</source>
        <translation>Obsolète&#xa0;: à éviter dans les nouvelles configurations.</translation>
    </message>
    <message>
        <source>%1, removed in %2</source>
        <translation>%1, supprimé dans %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Valeurs autorisées</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>runtime-spec %1</source>
        <translation>runtime-spec %1</translation>
    </message>
    <message>
        <source>Spec section</source>
        <translation>Section de la spécification</translation>
    </message>
    <message>
        <source>Learn more: %1</source>
        <extracomment>%1 is a Learn OCI page, e.g. &quot;Namespaces&quot;.</extracomment>
        <translation>En savoir plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>What the field in focus means and what runtimes do with it</source>
        <translation>Ce que signifie le champ qui a le focus et ce qu&apos;en font les runtimes</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>FieldContextMenu</name>
    <message>
        <source>Copy Pointer</source>
        <translation>Copier le pointeur</translation>
    </message>
    <message>
        <source>Copy Value as JSON</source>
        <translation>Copier la valeur en JSON</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>ELF, truncated</source>
        <translation>ELF, tronqué</translation>
    </message>
    <message>
        <source>ELF, invalid header</source>
        <translation>ELF, en-tête invalide</translation>
    </message>
    <message>
        <source>ELF %1-bit, %2, static (no interpreter)</source>
        <translation>ELF %1 bits, %2, statique (pas d&apos;interpréteur)</translation>
    </message>
    <message>
        <source>ELF %1-bit, %2, interpreter %3</source>
        <translation>ELF %1 bits, %2, interpréteur %3</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>(document)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>FormEditorPage</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>FromImageDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>New Bundle from Image</source>
        <translation>Nouveau bundle depuis une image</translation>
    </message>
    <message>
        <source>OCI image layout directory</source>
        <translation>Répertoire de disposition d&apos;image OCI</translation>
    </message>
    <message>
        <source>OCI archive (tar)</source>
        <translation>Archive OCI (tar)</translation>
    </message>
    <message>
        <source>Docker archive (docker save)</source>
        <translation>Archive Docker (docker save)</translation>
    </message>
    <message>
        <source>Registry (needs the network)</source>
        <translation>Registre (nécessite le réseau)</translation>
    </message>
    <message>
        <source>An empty or new directory</source>
        <translation>Un répertoire vide ou nouveau</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Répertoire&#xa0;:</translation>
    </message>
    <message>
        <source>The output of skopeo and umoci appears here.</source>
        <translation>La sortie de skopeo et umoci s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>The image&apos;s root filesystem is unpacked with umoci (skopeo copies archives and registry images first). The config is the template&apos;s, with the image&apos;s command, environment, user, working directory and volumes on top.</source>
        <translation>Le système de fichiers racine de l&apos;image est décompressé avec umoci (skopeo copie d&apos;abord les archives et les images de registre). La configuration est celle du modèle, complétée par la commande, l&apos;environnement, l&apos;utilisateur, le répertoire de travail et les volumes de l&apos;image.</translation>
    </message>
    <message>
        <source>Canceled; what the import had written is removed.</source>
        <translation>Annulé&#xa0;; ce que l&apos;import avait écrit est supprimé.</translation>
    </message>
    <message>
        <source>PATH[:TAG], the tag &quot;latest&quot; when none is given</source>
        <translation>PATH[:TAG], le tag &quot;latest&quot; si aucun n&apos;est indiqué</translation>
    </message>
    <message>
        <source>PATH of the .tar file</source>
        <translation>PATH du fichier .tar</translation>
    </message>
    <message>
        <source>NAME[:TAG], e.g. docker.io/library/busybox:latest</source>
        <translation>NAME[:TAG], p. ex. docker.io/library/busybox:latest</translation>
    </message>
    <message>
        <source>Choose an OCI Image Layout</source>
        <translation>Choisir une disposition d&apos;image OCI</translation>
    </message>
    <message>
        <source>Choose an Image Archive</source>
        <translation>Choisir une archive d&apos;image</translation>
    </message>
    <message>
        <source>Image archives (*.tar);;All files (*)</source>
        <translation>Archives d&apos;image (*.tar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a Directory for the New Bundle</source>
        <translation>Choisir un répertoire pour le nouveau bundle</translation>
    </message>
    <message>
        <source>Choose a directory for the new bundle.</source>
        <translation>Choisissez un répertoire pour le nouveau bundle.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Import output</source>
        <translation>Sortie de l&apos;importation</translation>
    </message>
    <message>
        <source>What skopeo and umoci write while they import</source>
        <translation>Ce qu&apos;écrivent skopeo et umoci pendant l&apos;importation</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Not set: the runtime&apos;s default</source>
        <translation>Non défini&#xa0;: valeur par défaut du runtime</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>rootfs (relative to the bundle directory)</source>
        <translation>rootfs (relatif au répertoire du bundle)</translation>
    </message>
    <message>
        <source>Mount the root filesystem &amp;read-only</source>
        <translation>Monter le système de fichiers racine en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>Free-form key/value metadata; keys are usually reverse domain names.</source>
        <translation>Métadonnées clé/valeur libres&#xa0;; les clés sont généralement des noms de domaine inversés.</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spécification</translation>
    </message>
    <message>
        <source>OCI &amp;version:</source>
        <translation>&amp;Version OCI&#xa0;:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Host &amp;name:</source>
        <translation>&amp;Nom d&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Domain name:</source>
        <translation>Nom de &amp;domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Système de fichiers racine</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Annota&amp;tions</source>
        <translation>Annota&amp;tions</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <source>Deprecated; use createRuntime. Runs in the runtime&apos;s namespaces while the container is created, after its namespaces exist and before its root filesystem is switched.</source>
        <translation>Obsolète&#xa0;; utilisez createRuntime. S&apos;exécute dans les espaces de noms du runtime pendant la création du conteneur, une fois ses espaces de noms créés et avant le changement de son système de fichiers racine.</translation>
    </message>
    <message>
        <source>Runs in the runtime&apos;s namespaces while the container is created, after its namespaces exist and before its root filesystem is switched (e.g. to set up networking).</source>
        <translation>S&apos;exécute dans les espaces de noms du runtime pendant la création du conteneur, une fois ses espaces de noms créés et avant le changement de son système de fichiers racine (p. ex. pour configurer le réseau).</translation>
    </message>
    <message>
        <source>Runs inside the container&apos;s namespaces while it is created, before its root filesystem is switched; the path is resolved in the runtime&apos;s namespace.</source>
        <translation>S&apos;exécute dans les espaces de noms du conteneur pendant sa création, avant le changement de son système de fichiers racine&#xa0;; le chemin est résolu dans l&apos;espace de noms du runtime.</translation>
    </message>
    <message>
        <source>Runs inside the container when it is started, just before its program runs; the path is resolved inside the container.</source>
        <translation>S&apos;exécute dans le conteneur à son démarrage, juste avant que son programme ne s&apos;exécute&#xa0;; le chemin est résolu dans le conteneur.</translation>
    </message>
    <message>
        <source>Runs in the runtime&apos;s namespaces after the container&apos;s program has started; a failure is only logged.</source>
        <translation>S&apos;exécute dans les espaces de noms du runtime après le démarrage du programme du conteneur&#xa0;; un échec est seulement journalisé.</translation>
    </message>
    <message>
        <source>Runs in the runtime&apos;s namespaces after the container is deleted, to clean up; a failure is only logged.</source>
        <translation>S&apos;exécute dans les espaces de noms du runtime après la suppression du conteneur, pour faire le ménage&#xa0;; un échec est seulement journalisé.</translation>
    </message>
    <message>
        <source>Selected hook</source>
        <translation>Hook sélectionné</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>no timeout</source>
        <translation>pas de délai d&apos;expiration</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Hooks are programs the runtime runs at points of the container&apos;s life. Each gets the container&apos;s state as JSON on its standard input.</source>
        <translation>Les hooks sont des programmes que le runtime exécute à certains moments de la vie du conteneur. Chacun reçoit l&apos;état du conteneur en JSON sur son entrée standard.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout (s):</source>
        <translation>&amp;Délai d&apos;expiration (s)&#xa0;:</translation>
    </message>
    <message>
        <source>The first argument is the program name.</source>
        <translation>Le premier argument est le nom du programme.</translation>
    </message>
    <message>
        <source>Ar&amp;guments</source>
        <translation>Ar&amp;guments</translation>
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation>E&amp;nvironnement</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Délai d&apos;expiration (s)</translation>
    </message>
    <message>
        <source>hook</source>
        <translation>hook</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>Hook kinds</source>
        <translation>Types de hooks</translation>
    </message>
    <message>
        <source>When in a container&apos;s life the hooks run; the chosen kind&apos;s hooks show beside</source>
        <translation>À quel moment de la vie d&apos;un conteneur les hooks s&apos;exécutent&#xa0;; les hooks du type choisi s&apos;affichent à côté</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Géré par</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>Racine d&apos;état</translation>
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
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>No mappings</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Ranges that overlap another range</source>
        <translation>Plages qui chevauchent une autre plage</translation>
    </message>
    <message>
        <source>No mappings.</source>
        <translation>Aucune correspondance.</translation>
    </message>
    <message>
        <source>Container ID %1 maps to host ID %2.</source>
        <translation>L&apos;ID de conteneur %1 correspond à l&apos;ID d&apos;hôte %2.</translation>
    </message>
    <message>
        <source>Container IDs %1–%2 map to host IDs %3–%4.</source>
        <translation>Les ID de conteneur %1–%2 correspondent aux ID d&apos;hôte %3–%4.</translation>
    </message>
    <message>
        <source>This range overlaps another one.</source>
        <translation>Cette plage en chevauche une autre.</translation>
    </message>
    <message>
        <source>ID mapping diagram</source>
        <translation>Diagramme des correspondances d&apos;ID</translation>
    </message>
</context>
<context>
    <name>IdMappingTable</name>
    <message>
        <source>Container ID</source>
        <translation>ID conteneur</translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation>ID hôte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>IdMappingsPage</name>
    <message>
        <source>UID mapping</source>
        <translation>Correspondance des UID</translation>
    </message>
    <message>
        <source>GID mapping</source>
        <translation>Correspondance des GID</translation>
    </message>
    <message>
        <source>Inside a user namespace, each range of container IDs stands for a range of host IDs of the same size. IDs outside every range show up as the overflow ID (usually 65534, &quot;nobody&quot;).</source>
        <translation>Dans un espace de noms utilisateur, chaque plage d&apos;ID du conteneur représente une plage d&apos;ID de l&apos;hôte de même taille. Les ID hors de toute plage apparaissent comme l&apos;ID de débordement (généralement 65534, &quot;nobody&quot;).</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Group IDs</source>
        <translation>ID de groupe</translation>
    </message>
    <message>
        <source>ID mappings</source>
        <translation>Correspondances d&apos;ID</translation>
    </message>
    <message>
        <source>These mappings take effect only with a new user namespace; add one on the Namespaces tab.</source>
        <translation>Ces correspondances ne prennent effet qu&apos;avec un nouvel espace de noms utilisateur&#xa0;; ajoutez-en un dans l&apos;onglet Espaces de noms.</translation>
    </message>
    <message>
        <source>User ID mappings as a diagram</source>
        <translation>Correspondances d&apos;ID d&apos;utilisateur sous forme de diagramme</translation>
    </message>
    <message>
        <source>Group ID mappings as a diagram</source>
        <translation>Correspondances d&apos;ID de groupe sous forme de diagramme</translation>
    </message>
</context>
<context>
    <name>ImageConfigMapper</name>
    <message>
        <source>The image configuration is not a JSON object.</source>
        <translation>La configuration de l&apos;image n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>ImageImporter</name>
    <message>
        <source>Copying the image (skopeo)</source>
        <translation>Copie de l&apos;image (skopeo)</translation>
    </message>
    <message>
        <source>Unpacking the image (umoci)</source>
        <translation>Décompression de l&apos;image (umoci)</translation>
    </message>
    <message>
        <source>Writing config.json</source>
        <translation>Écriture de config.json</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Un import est déjà en cours.</translation>
    </message>
    <message>
        <source>An image can be laid over the templates %1, not &quot;%2&quot;.</source>
        <translation>Une image ne peut être appliquée que sur les modèles %1, pas sur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty directory; a new bundle needs a directory of its own.</source>
        <translation>%1 existe et n&apos;est pas un répertoire vide&#xa0;; un nouveau bundle a besoin de son propre répertoire.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>%1 failed: %2 could not be started (%3). Install the Debian package %2.</source>
        <translation>%1 a échoué&#xa0;: %2 n&apos;a pas pu être lancé (%3). Installez le paquet Debian %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2 exited with %3.
%4</source>
        <translation>%1 a échoué&#xa0;: %2 s&apos;est terminé avec %3.
%4</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImageLayout</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The image layout has a descriptor without a valid digest (&quot;%1&quot;).</source>
        <translation>La disposition d&apos;image contient un descripteur sans condensé valide («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The image index lists no manifests.</source>
        <translation>L&apos;index d&apos;image ne liste aucun manifeste.</translation>
    </message>
    <message>
        <source>The image layout has no image tagged &quot;%1&quot;.</source>
        <translation>La disposition d&apos;image ne contient aucune image avec le tag «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The image index nests more than one level deep.</source>
        <translation>L&apos;index d&apos;image est imbriqué sur plus d&apos;un niveau.</translation>
    </message>
    <message>
        <source>The image&apos;s manifest names no configuration.</source>
        <translation>Le manifeste de l&apos;image ne nomme aucune configuration.</translation>
    </message>
</context>
<context>
    <name>ImageReference</name>
    <message>
        <source>&quot;%1&quot; names no image.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucune image.</translation>
    </message>
</context>
<context>
    <name>ImageUser</name>
    <message>
        <source>The image runs as user &quot;%1&quot;, whom the image&apos;s /etc/passwd does not list.</source>
        <translation>L&apos;image s&apos;exécute en tant qu&apos;utilisateur «&#xa0;%1&#xa0;», absent du /etc/passwd de l&apos;image.</translation>
    </message>
    <message>
        <source>The image runs with group &quot;%1&quot;, which the image&apos;s /etc/group does not list.</source>
        <translation>L&apos;image s&apos;exécute avec le groupe «&#xa0;%1&#xa0;», absent du /etc/group de l&apos;image.</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <source>Only what is worth a look</source>
        <translation>Seulement ce qui mérite un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Setuid and setgid programs, what anyone may write, device nodes, links out of the root filesystem and owners the user namespace does not map</source>
        <translation>Programmes setuid et setgid, ce que tout le monde peut écrire, nœuds de périphériques, liens sortant du système de fichiers racine et propriétaires que l&apos;espace de noms utilisateur ne fait pas correspondre</translation>
    </message>
    <message>
        <source>This configuration names no root filesystem (root.path), or it is not saved yet.</source>
        <translation>Cette configuration ne nomme aucun système de fichiers racine (root.path), ou elle n&apos;est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Root filesystem: %1</source>
        <translation>Système de fichiers racine&#xa0;: %1</translation>
    </message>
    <message>
        <source>files: %1, folders: %2, size: %3, worth a look: %4</source>
        <translation>fichiers&#xa0;: %1, dossiers&#xa0;: %2, taille&#xa0;: %3, à regarder&#xa0;: %4</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Système de fichiers racine</translation>
    </message>
    <message>
        <source>The files of the root filesystem, read-only; Enter on a mounted path shows its mount</source>
        <translation>Les fichiers du système de fichiers racine, en lecture seule&#xa0;; Entrée sur un chemin monté affiche son montage</translation>
    </message>
</context>
<context>
    <name>InspectViewSwitch</name>
    <message>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <source>The root filesystem as it lies in the bundle</source>
        <translation>Le système de fichiers racine tel qu&apos;il se trouve dans le bundle</translation>
    </message>
    <message>
        <source>As the container sees it</source>
        <translation>Tel que le voit le conteneur</translation>
    </message>
    <message>
        <source>The root filesystem with the mounts, masked and read-only paths of the configuration laid over it</source>
        <translation>Le système de fichiers racine avec, par-dessus, les montages, chemins masqués et chemins en lecture seule de la configuration</translation>
    </message>
</context>
<context>
    <name>JsonEdits</name>
    <message>
        <source>Cannot add to %1: it is not an array.</source>
        <translation>Impossible d&apos;ajouter à %1&#xa0;: ce n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <source>Cannot remove %1: there is nothing there.</source>
        <translation>Impossible de supprimer %1&#xa0;: il n&apos;y a rien à cet endroit.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Définir %1 à %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <extracomment>%1 is a JSON value, %2 the array it is added to.</extracomment>
        <translation>Ajouter %1 à %2</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <extracomment>%1 is a JSON pointer, %2 what was expected (&quot;a string&quot;), %3 the JSON type found</extracomment>
        <translation>%1&#xa0;: attendu&#xa0;: %2&#xa0;; trouvé&#xa0;: %3</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>%1 is outside the range of integers a configuration holds exactly (-9223372036854775808 to 18446744073709551615).</source>
        <translation>%1 est hors de la plage des entiers qu&apos;une configuration stocke exactement (-9223372036854775808 à 18446744073709551615).</translation>
    </message>
    <message>
        <source>The number %1 cannot be stored exactly: it would be saved as %2.</source>
        <translation>Le nombre %1 ne peut pas être stocké exactement&#xa0;: il serait enregistré comme %2.</translation>
    </message>
    <message>
        <source>%1 is out of the range of a JSON number a runtime can read (about -1.8e308 to 1.8e308).</source>
        <translation>%1 est hors de la plage des nombres JSON qu&apos;un runtime peut lire (environ -1.8e308 à 1.8e308).</translation>
    </message>
    <message>
        <source>The value %1 is not valid JSON (at character %2). Strings need quotes: &apos;&quot;text&quot;&apos;.</source>
        <translation>La valeur %1 n&apos;est pas du JSON valide (au caractère %2). Les chaînes doivent être entre guillemets&#xa0;: &apos;&quot;text&quot;&apos;.</translation>
    </message>
    <message>
        <source>The value is nested more than %1 levels deep.</source>
        <translation>La valeur est imbriquée sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text; a configuration holds UTF-8 only, and the invalid bytes would be lost.</source>
        <translation>La valeur n&apos;est pas du texte UTF-8 valide&#xa0;; une configuration ne contient que de l&apos;UTF-8, et les octets invalides seraient perdus.</translation>
    </message>
</context>
<context>
    <name>JsonPage</name>
    <message>
        <source>Double-click a value to edit it; it keeps its JSON type.</source>
        <translation>Double-cliquez sur une valeur pour la modifier&#xa0;; elle garde son type JSON.</translation>
    </message>
    <message>
        <source>Find in the text (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>Rechercher dans le texte (Entrée&#xa0;: suivant, Maj+Entrée&#xa0;: précédent, Échap&#xa0;: fermer)</translation>
    </message>
    <message>
        <source>Document &amp;tree:</source>
        <translation>&amp;Arborescence du document&#xa0;:</translation>
    </message>
    <message>
        <source>The file as it will be &amp;saved (editable; Ctrl+Space completes, Ctrl+click opens the tab for a field):</source>
        <translation>Le fichier tel qu&apos;il sera &amp;enregistré (modifiable&#xa0;; Ctrl+Espace complète, Ctrl+clic ouvre l&apos;onglet d&apos;un champ)&#xa0;:</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Every member of config.json as a tree; values can be edited in place</source>
        <translation>Chaque membre de config.json sous forme d&apos;arbre&#xa0;; les valeurs sont modifiables sur place</translation>
    </message>
</context>
<context>
    <name>JsonTextDiff</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The whole configuration must be a JSON object.</source>
        <translation>La configuration entière doit être un objet JSON.</translation>
    </message>
    <message>
        <source>this is not valid JSON.</source>
        <translation>ce n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>A number is out of the range of a JSON number a runtime can read.</source>
        <translation>Un nombre est hors de la plage des nombres JSON qu&apos;un runtime peut lire.</translation>
    </message>
    <message>
        <source>The values are nested more than %1 levels deep.</source>
        <translation>Les valeurs sont imbriquées sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>Edit the JSON text</source>
        <translation>Modifier le texte JSON</translation>
    </message>
</context>
<context>
    <name>JsonTextEdit</name>
    <message>
        <source>Only the layout changed; saving keeps the file&apos;s own layout.</source>
        <translation>Seule la mise en forme a changé&#xa0;; l&apos;enregistrement conserve la mise en forme propre au fichier.</translation>
    </message>
    <message>
        <source>%1 The document changed elsewhere meanwhile; applying this text would undo those changes.</source>
        <translation>%1 Le document a été modifié ailleurs entre-temps&#xa0;; appliquer ce texte annulerait ces modifications.</translation>
    </message>
    <message>
        <source>config.json as Save writes it, editable. Tab indents; Ctrl+Tab and Ctrl+Shift+Tab move the focus out.</source>
        <translation>config.json tel que l&apos;écrit Enregistrer, modifiable. Tab indente&#xa0;; Ctrl+Tab et Ctrl+Maj+Tab font sortir le focus.</translation>
    </message>
</context>
<context>
    <name>JsonUtil</name>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer: a pointer is empty or starts with &quot;/&quot;, e.g. /process/args/0.</source>
        <translation>&quot;%1&quot; n&apos;est pas un pointeur JSON&#xa0;: un pointeur est vide ou commence par &quot;/&quot;, p. ex. /process/args/0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer: %2 is not a valid escape; use ~0 for ~ and ~1 for /.</source>
        <extracomment>%2 is the faulty escape, e.g. ~2.</extracomment>
        <translation>&quot;%1&quot; n&apos;est pas un pointeur JSON&#xa0;: %2 n&apos;est pas un échappement valide&#xa0;; utilisez ~0 pour ~ et ~1 pour /.</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>LaunchTimeline</name>
    <message>
        <source>Its own process numbers: the container&apos;s process will be PID 1 and sees no process of the host.</source>
        <translation>Ses propres numéros de processus&#xa0;: le processus du conteneur sera le PID 1 et ne voit aucun processus de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Its own network interfaces, addresses, routes and ports; at first it has only a loopback interface.</source>
        <translation>Ses propres interfaces réseau, adresses, routes et ports&#xa0;; au départ, il n&apos;a qu&apos;une interface loopback.</translation>
    </message>
    <message>
        <source>Its own mount table: the mounts below are seen only inside the container.</source>
        <translation>Sa propre table des montages&#xa0;: les montages ci-dessous ne sont visibles qu&apos;à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>Its own System V IPC objects and POSIX message queues.</source>
        <translation>Ses propres objets IPC System V et files de messages POSIX.</translation>
    </message>
    <message>
        <source>Its own host name and domain name.</source>
        <translation>Son propre nom d&apos;hôte et son propre nom de domaine.</translation>
    </message>
    <message>
        <source>Its own view of the cgroup tree: its cgroup appears as the root.</source>
        <translation>Sa propre vue de l&apos;arborescence des cgroups&#xa0;: son cgroup y apparaît comme la racine.</translation>
    </message>
    <message>
        <source>Its own boot and monotonic clocks.</source>
        <translation>Ses propres horloges de démarrage et monotone.</translation>
    </message>
    <message>
        <source>Its own user and group IDs, mapped to other IDs on the host.</source>
        <translation>Ses propres ID d&apos;utilisateur et de groupe, mis en correspondance avec d&apos;autres ID sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>container %1–%2 → host %3–%4</source>
        <translation>conteneur %1–%2 → hôte %3–%4</translation>
    </message>
    <message>
        <source>%1 create: the container is set up and waits</source>
        <translation>%1 create&#xa0;: le conteneur est mis en place et attend</translation>
    </message>
    <message>
        <source>%1 start: the program runs</source>
        <translation>%1 start&#xa0;: le programme s&apos;exécute</translation>
    </message>
    <message>
        <source>%1 delete: the container goes away</source>
        <translation>%1 delete&#xa0;: le conteneur disparaît</translation>
    </message>
    <message>
        <source>It runs on the host, in the runtime&apos;s namespaces, after the mounts are made and before pivot_root; the container&apos;s state (status &quot;creating&quot;, its PID) arrives on its standard input. If it fails, the create fails.</source>
        <translation>Il s&apos;exécute sur l&apos;hôte, dans les espaces de noms du runtime, une fois les montages effectués et avant pivot_root&#xa0;; l&apos;état du conteneur (état &quot;creating&quot;, son PID) arrive sur son entrée standard. S&apos;il échoue, create échoue.</translation>
    </message>
    <message>
        <source>It runs in the container&apos;s namespaces but still sees the host&apos;s root, just before pivot_root. If it fails, the create fails.</source>
        <translation>Il s&apos;exécute dans les espaces de noms du conteneur mais voit encore la racine de l&apos;hôte, juste avant pivot_root. S&apos;il échoue, create échoue.</translation>
    </message>
    <message>
        <source>prestart is deprecated; runc runs it together with createRuntime.</source>
        <translation>prestart est obsolète&#xa0;; runc l&apos;exécute en même temps que createRuntime.</translation>
    </message>
    <message>
        <source>Runs %1 as: %2</source>
        <translation>Exécute %1 ainsi&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>It is killed after %n seconds.</source>
        <translation>
            <numerusform>Il est tué au bout de %n seconde.</numerusform>
            <numerusform>Il est tué au bout de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hook %2: %3</source>
        <translation>Hook %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Read and check config.json</source>
        <translation>Lire et vérifier config.json</translation>
    </message>
    <message>
        <source>%1 reads the bundle&apos;s config.json and refuses it before anything else happens if a field is invalid or unsupported.</source>
        <translation>%1 lit le config.json du bundle et le refuse avant toute autre chose si un champ est invalide ou non pris en charge.</translation>
    </message>
    <message>
        <source>Start runc init in its cgroup</source>
        <translation>Démarrer runc init dans son cgroup</translation>
    </message>
    <message>
        <source>%1 starts its init process and places it in a new cgroup named after the container ID.</source>
        <translation>%1 démarre son processus init et le place dans un nouveau cgroup nommé d&apos;après l&apos;ID du conteneur.</translation>
    </message>
    <message>
        <source>%1 starts its init process and places it in the cgroup %2.</source>
        <translation>%1 démarre son processus init et le place dans le cgroup %2.</translation>
    </message>
    <message>
        <source>Set the OOM score adjustment to %1</source>
        <translation>Définir l&apos;ajustement du score OOM à %1</translation>
    </message>
    <message>
        <source>Written to /proc/self/oom_score_adj: how readily the kernel&apos;s out-of-memory killer picks this container&apos;s processes.</source>
        <translation>Écrit dans /proc/self/oom_score_adj&#xa0;: la propension de l&apos;OOM killer du noyau à choisir les processus de ce conteneur.</translation>
    </message>
    <message>
        <source>Join the %1 namespace at %2</source>
        <translation>Rejoindre l&apos;espace de noms %1 situé à %2</translation>
    </message>
    <message>
        <source>setns(2) into an existing namespace instead of creating one: the container shares it with whatever else is in it.</source>
        <translation>setns(2) dans un espace de noms existant au lieu d&apos;en créer un&#xa0;: le conteneur le partage avec tout ce qui s&apos;y trouve déjà.</translation>
    </message>
    <message>
        <source>Create the user namespace</source>
        <translation>Créer l&apos;espace de noms utilisateur</translation>
    </message>
    <message>
        <source>unshare(CLONE_NEWUSER).</source>
        <translation>unshare(CLONE_NEWUSER).</translation>
    </message>
    <message>
        <source>Write the user ID mapping</source>
        <translation>Écrire la correspondance d&apos;ID d&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 writes /proc/PID/uid_map: %2.</source>
        <translation>%1 écrit /proc/PID/uid_map&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Write the group ID mapping</source>
        <translation>Écrire la correspondance d&apos;ID de groupe</translation>
    </message>
    <message>
        <source>%1 writes /proc/PID/gid_map: %2.</source>
        <translation>%1 écrit /proc/PID/gid_map&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Create the %1 namespace</source>
        <translation>Créer l&apos;espace de noms %1</translation>
    </message>
    <message>
        <source>Create the cgroup namespace</source>
        <translation>Créer l&apos;espace de noms cgroup</translation>
    </message>
    <message>
        <source>Created last, once the process is in its cgroup.</source>
        <translation>Créé en dernier, une fois le processus placé dans son cgroup.</translation>
    </message>
    <message>
        <source>Bring up the loopback interface</source>
        <translation>Activer l&apos;interface loopback</translation>
    </message>
    <message>
        <source>The new network namespace has only lo; runc sets it up. Other interfaces come from hooks (such as a CNI plugin).</source>
        <translation>Le nouvel espace de noms réseau n&apos;a que lo&#xa0;; runc l&apos;active. Les autres interfaces viennent de hooks (comme un plugin CNI).</translation>
    </message>
    <message>
        <source>Prepare the root filesystem</source>
        <translation>Préparer le système de fichiers racine</translation>
    </message>
    <message>
        <source>Mount propagation of / becomes %1, so that mounts made now do not leak to the host; then the root filesystem %2 is bind-mounted onto itself so that it can become the new root.</source>
        <translation>La propagation des montages de / devient %1, afin que les montages effectués maintenant ne fuient pas vers l&apos;hôte&#xa0;; puis le système de fichiers racine %2 est monté en bind sur lui-même pour pouvoir devenir la nouvelle racine.</translation>
    </message>
    <message>
        <source>Bind-mount %1 on %2</source>
        <translation>Monter en bind %1 sur %2</translation>
    </message>
    <message>
        <source>Mount %1 on %2</source>
        <translation>Monter %1 sur %2</translation>
    </message>
    <message>
        <source>The host&apos;s %1 becomes visible at %2 inside the container.</source>
        <translation>Le %1 de l&apos;hôte devient visible sur %2 à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>A %1 filesystem (source %2) is mounted at %3; the mount point is created first if it is missing.</source>
        <translation>Un système de fichiers %1 (source %2) est monté sur %3&#xa0;; le point de montage est d&apos;abord créé s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Options: %1.</source>
        <translation>Options&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Read-only: a bind mount is remounted read-only right after it is made.</source>
        <translation>Lecture seule&#xa0;: un montage bind est remonté en lecture seule juste après sa création.</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Lecture seule.</translation>
    </message>
    <message>
        <source>Create the device nodes in /dev</source>
        <translation>Créer les nœuds de périphériques dans /dev</translation>
    </message>
    <message>
        <source>runc always creates /dev/null, /dev/zero, /dev/full, /dev/random, /dev/urandom and /dev/tty, then /dev/ptmx and the links /dev/fd, /dev/stdin, /dev/stdout and /dev/stderr.</source>
        <translation>runc crée toujours /dev/null, /dev/zero, /dev/full, /dev/random, /dev/urandom et /dev/tty, puis /dev/ptmx et les liens /dev/fd, /dev/stdin, /dev/stdout et /dev/stderr.</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n device(s) from linux.devices.</source>
        <translation>
            <numerusform>Ainsi que %n périphérique issu de linux.devices.</numerusform>
            <numerusform>Ainsi que %n périphériques issus de linux.devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the resource limits</source>
        <translation>Appliquer les limites de ressources</translation>
    </message>
    <message>
        <source>%1 writes the limits to the container&apos;s cgroup before any hook runs: %2.</source>
        <translation>%1 écrit les limites dans le cgroup du conteneur avant l&apos;exécution de tout hook&#xa0;: %2.</translation>
    </message>
    <message>
        <source>pivot_root into %1</source>
        <translation>pivot_root vers %1</translation>
    </message>
    <message>
        <source>The root filesystem becomes /; the host&apos;s old root is unmounted, so nothing outside the bundle&apos;s root and the mounts above remains visible.</source>
        <translation>Le système de fichiers racine devient /&#xa0;; l&apos;ancienne racine de l&apos;hôte est démontée, de sorte que plus rien ne reste visible en dehors de la racine du bundle et des montages ci-dessus.</translation>
    </message>
    <message>
        <source>chroot into %1</source>
        <translation>chroot vers %1</translation>
    </message>
    <message>
        <source>Without a new mount namespace runc can only chroot(2): the host&apos;s mounts stay reachable for a process that escapes the chroot.</source>
        <translation>Sans nouvel espace de noms de montage, runc ne peut faire qu&apos;un chroot(2)&#xa0;: les montages de l&apos;hôte restent accessibles à un processus qui s&apos;échappe du chroot.</translation>
    </message>
    <message>
        <source>Make the root filesystem read-only</source>
        <translation>Passer le système de fichiers racine en lecture seule</translation>
    </message>
    <message>
        <source>Set up the terminal</source>
        <translation>Configurer le terminal</translation>
    </message>
    <message>
        <source>A pseudo-terminal is created inside the container and its other end is sent to the console socket; the process&apos;s standard input, output and error are that terminal.</source>
        <translation>Un pseudo-terminal est créé dans le conteneur et son autre extrémité est envoyée au socket de console&#xa0;; l&apos;entrée, la sortie et l&apos;erreur standard du processus sont ce terminal.</translation>
    </message>
    <message>
        <source>Set the host name to %1</source>
        <translation>Définir le nom d&apos;hôte à %1</translation>
    </message>
    <message>
        <source>sethostname(2) in the container&apos;s UTS namespace.</source>
        <translation>sethostname(2) dans l&apos;espace de noms UTS du conteneur.</translation>
    </message>
    <message>
        <source>Apply the AppArmor profile %1</source>
        <translation>Appliquer le profil AppArmor %1</translation>
    </message>
    <message>
        <source>The profile takes effect when the program is executed.</source>
        <translation>Le profil prend effet à l&apos;exécution du programme.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n kernel parameter(s)</source>
        <translation>
            <numerusform>Écrire %n paramètre du noyau</numerusform>
            <numerusform>Écrire %n paramètres du noyau</numerusform>
        </translation>
    </message>
    <message>
        <source>Written under /proc/sys inside the container&apos;s namespaces: %1.</source>
        <translation>Écrits sous /proc/sys dans les espaces de noms du conteneur&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Make %n path(s) read-only</source>
        <translation>
            <numerusform>Passer %n chemin en lecture seule</numerusform>
            <numerusform>Passer %n chemins en lecture seule</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is bind-mounted onto itself read-only: %1.</source>
        <translation>Chacun est monté en bind sur lui-même en lecture seule&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mask %n path(s)</source>
        <translation>
            <numerusform>Masquer %n chemin</numerusform>
            <numerusform>Masquer %n chemins</numerusform>
        </translation>
    </message>
    <message>
        <source>/dev/null is mounted over each file and an empty read-only tmpfs over each directory, so the container cannot read them: %1.</source>
        <translation>/dev/null est monté par-dessus chaque fichier et un tmpfs vide en lecture seule par-dessus chaque répertoire, pour que le conteneur ne puisse pas les lire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Set no_new_privs</source>
        <translation>Activer no_new_privs</translation>
    </message>
    <message>
        <source>From now on no program can gain privileges by executing: set-user-ID bits and file capabilities are ignored.</source>
        <translation>Désormais, aucun programme ne peut obtenir de privilèges en étant exécuté&#xa0;: les bits set-user-ID et les capacités de fichier sont ignorés.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n resource limit(s)</source>
        <translation>
            <numerusform>Définir %n limite de ressources</numerusform>
            <numerusform>Définir %n limites de ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sets them with prlimit(2) from the host, while it still may raise them: %2.</source>
        <translation>%1 les définit avec prlimit(2) depuis l&apos;hôte, tant qu&apos;il peut encore les relever&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Set the SELinux label %1</source>
        <translation>Appliquer l&apos;étiquette SELinux %1</translation>
    </message>
    <message>
        <source>The label applies when the program is executed.</source>
        <translation>L&apos;étiquette s&apos;applique à l&apos;exécution du programme.</translation>
    </message>
    <message>
        <source>Load the seccomp filter</source>
        <translation>Charger le filtre seccomp</translation>
    </message>
    <message numerus="yes">
        <source>Default action %1, %n rule(s).</source>
        <translation>
            <numerusform>Action par défaut %1, %n règle.</numerusform>
            <numerusform>Action par défaut %1, %n règles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without no_new_privs loading a filter needs CAP_SYS_ADMIN, so it is loaded before the capabilities are dropped.</source>
        <translation>Sans no_new_privs, charger un filtre nécessite CAP_SYS_ADMIN&#xa0;; il est donc chargé avant que les capacités soient retirées.</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n capabilities from the bounding set</source>
        <translation>
            <numerusform>Retirer %n capacité de l&apos;ensemble limitant</numerusform>
            <numerusform>Retirer %n capacités de l&apos;ensemble limitant</numerusform>
        </translation>
    </message>
    <message>
        <source>Every capability stays in the bounding set.</source>
        <translation>Toutes les capacités restent dans l&apos;ensemble limitant.</translation>
    </message>
    <message>
        <source>No process of the container can ever regain these: %1.</source>
        <translation>Aucun processus du conteneur ne pourra jamais les regagner&#xa0;: %1.</translation>
    </message>
    <message>
        <source>process.capabilities is not set, so every set is empty.</source>
        <translation>process.capabilities n&apos;est pas défini, donc chaque ensemble est vide.</translation>
    </message>
    <message>
        <source>Become user %1, group %2</source>
        <translation>Devenir l&apos;utilisateur %1, groupe %2</translation>
    </message>
    <message>
        <source>setgroups, setgid and setuid, in the container&apos;s user IDs.</source>
        <translation>setgroups, setgid et setuid, avec les ID d&apos;utilisateur du conteneur.</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n additional group(s).</source>
        <translation>
            <numerusform>Ainsi que %n groupe supplémentaire.</numerusform>
            <numerusform>Ainsi que %n groupes supplémentaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change to the working directory %1</source>
        <translation>Aller dans le répertoire de travail %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Set the capability sets</source>
        <translation>Définir les ensembles de capacités</translation>
    </message>
    <message>
        <source>The process keeps only the capabilities the config names (%1). An ambient capability survives the exec only if it is also permitted and inheritable.</source>
        <translation>Le processus ne conserve que les capacités que nomme la configuration (%1). Une capacité ambiante ne survit à exec que si elle est aussi permise et héritable.</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>The program is searched in the container&apos;s PATH (process.env) now, so that a missing program fails the create, not the start.</source>
        <translation>Le programme est recherché dès maintenant dans le PATH du conteneur (process.env), de sorte qu&apos;un programme manquant fasse échouer create, et non start.</translation>
    </message>
    <message>
        <source>Wait for the start</source>
        <translation>Attendre start</translation>
    </message>
    <message>
        <source>%1 create returns; the container is &quot;created&quot;: its namespaces and mounts exist and runc init waits on a FIFO until %1 start opens it.</source>
        <translation>%1 create se termine&#xa0;; le conteneur est &quot;created&quot;&#xa0;: ses espaces de noms et ses montages existent et runc init attend sur une FIFO jusqu&apos;à ce que %1 start l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Let runc init continue</source>
        <translation>Laisser runc init continuer</translation>
    </message>
    <message>
        <source>%1 start opens the FIFO the init process waits on.</source>
        <translation>%1 start ouvre la FIFO sur laquelle attend le processus init.</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation>Exécuter %1</translation>
    </message>
    <message>
        <source>execve(2) replaces runc init with the program, as PID %1 of the container: %2</source>
        <translation>execve(2) remplace runc init par le programme, en tant que PID %1 du conteneur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The program exits</source>
        <translation>Le programme se termine</translation>
    </message>
    <message>
        <source>When the container&apos;s PID 1 ends, the kernel kills every other process in its PID namespace; runc kill sends it a signal. The container is then &quot;stopped&quot;.</source>
        <translation>Quand le PID 1 du conteneur se termine, le noyau tue tous les autres processus de son espace de noms PID&#xa0;; runc kill lui envoie un signal. Le conteneur est alors &quot;stopped&quot;.</translation>
    </message>
    <message>
        <source>Remove the cgroup</source>
        <translation>Supprimer le cgroup</translation>
    </message>
    <message>
        <source>%1 delete removes the container&apos;s cgroup (and with it the limits).</source>
        <translation>%1 delete supprime le cgroup du conteneur (et avec lui les limites).</translation>
    </message>
    <message>
        <source>Remove the container&apos;s state</source>
        <translation>Supprimer l&apos;état du conteneur</translation>
    </message>
    <message>
        <source>The state directory under the runtime&apos;s root (such as /run/runc/ID) is removed; the ID is free again. The bundle itself is left as it is.</source>
        <translation>Le répertoire d&apos;état sous la racine du runtime (comme /run/runc/ID) est supprimé&#xa0;; l&apos;ID est de nouveau libre. Le bundle lui-même reste tel quel.</translation>
    </message>
    <message>
        <source>%1 logged: %2</source>
        <translation>%1 a journalisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2 succeeded.</source>
        <translation>%1 %2 a réussi.</translation>
    </message>
    <message>
        <source>The container&apos;s state became &quot;%1&quot;.</source>
        <translation>L&apos;état du conteneur est devenu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It runs inside the container, after the start and just before the program; the path is looked up in the container&apos;s root filesystem. If it fails, runc init exits without executing the program: runc start has already reported success, and the container just stops.</source>
        <translation>Il s&apos;exécute dans le conteneur, après le démarrage et juste avant le programme&#xa0;; le chemin est cherché dans le système de fichiers racine du conteneur. S&apos;il échoue, runc init se termine sans exécuter le programme&#xa0;: runc start a déjà signalé sa réussite, et le conteneur s&apos;arrête simplement.</translation>
    </message>
    <message>
        <source>runc 1.1 runs it on the host at the end of runc create, before runc start: the program has not been executed yet. If it fails, runc kills the init and the create fails.</source>
        <translation>runc 1.1 l&apos;exécute sur l&apos;hôte à la fin de runc create, avant runc start&#xa0;: le programme n&apos;a pas encore été exécuté. S&apos;il échoue, runc tue l&apos;init et create échoue.</translation>
    </message>
    <message>
        <source>It runs on the host after the container&apos;s state is removed. If it fails, runc logs the error, but runc delete still succeeds: the container is gone.</source>
        <translation>Il s&apos;exécute sur l&apos;hôte après la suppression de l&apos;état du conteneur. S&apos;il échoue, runc journalise l&apos;erreur, mais runc delete réussit quand même&#xa0;: le conteneur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No uidMappings: runc 1.1 refuses the create; container root needs a mapping.</source>
        <translation>Aucune uidMappings&#xa0;: runc 1.1 refuse create&#xa0;; le root du conteneur a besoin d&apos;une correspondance.</translation>
    </message>
    <message>
        <source>No gidMappings: runc 1.1 refuses the create; container root needs a mapping.</source>
        <translation>Aucune gidMappings&#xa0;: runc 1.1 refuse create&#xa0;; le root du conteneur a besoin d&apos;une correspondance.</translation>
    </message>
    <message>
        <source>Only the root mount is remounted read-only; each mount of mounts keeps its own options (writable unless it says ro).</source>
        <translation>Seul le montage racine est remonté en lecture seule&#xa0;; chaque montage de mounts garde ses propres options (accessible en écriture sauf s&apos;il indique ro).</translation>
    </message>
    <message>
        <source>With no_new_privs it is loaded as late as possible: after the program is looked up, just before runc init reports that it is ready.</source>
        <translation>Avec no_new_privs, il est chargé le plus tard possible&#xa0;: après la recherche du programme, juste avant que runc init signale qu&apos;il est prêt.</translation>
    </message>
    <message>
        <source>It was created right after pivot_root if missing; runc changes into it before switching user, and again after if permission was denied.</source>
        <translation>Il a été créé juste après pivot_root s&apos;il manquait&#xa0;; runc s&apos;y place avant de changer d&apos;utilisateur, puis de nouveau après si l&apos;accès a été refusé.</translation>
    </message>
</context>
<context>
    <name>LaunchTimelineModel</name>
    <message>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>%1, on the host</source>
        <translation>%1, sur l&apos;hôte</translation>
    </message>
    <message>
        <source>%1 init, inside the container</source>
        <translation>%1 init, dans le conteneur</translation>
    </message>
    <message>
        <source>a hook program</source>
        <translation>un programme de hook</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
</context>
<context>
    <name>LaunchTimelineView</name>
    <message>
        <source>&amp;Go to Field</source>
        <translation>Aller au c&amp;hamp</translation>
    </message>
    <message>
        <source>What the runtime does with this bundle, in order. While a container runs from here, the steps light up as the runtime is seen reaching them.</source>
        <translation>Ce que le runtime fait de ce bundle, dans l&apos;ordre. Pendant qu&apos;un conteneur est exécuté d&apos;ici, les étapes s&apos;allument à mesure que l&apos;on voit le runtime les atteindre.</translation>
    </message>
    <message>
        <source>Run-time steps</source>
        <translation>Étapes d&apos;exécution</translation>
    </message>
    <message>
        <source>Shows the field that causes this step in Edit mode.</source>
        <translation>Affiche en mode Édition le champ qui provoque cette étape.</translation>
    </message>
    <message>
        <source>Select a step to see what happens in it and which field causes it.</source>
        <translation>Sélectionnez une étape pour voir ce qui s&apos;y passe et quel champ la provoque.</translation>
    </message>
    <message>
        <source>Caused by %1.</source>
        <translation>Provoquée par %1.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>What the runtime does on create, start and delete, in order, with each step&apos;s status. Enter opens the field that causes the selected step.</source>
        <translation>Ce que fait le runtime lors de create, start et delete, dans l&apos;ordre, avec l&apos;état de chaque étape. Entrée ouvre le champ qui provoque l&apos;étape sélectionnée.</translation>
    </message>
</context>
<context>
    <name>LearnOciDialog</name>
    <message>
        <source>Learn OCI</source>
        <translation>Découvrir OCI</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>The concepts of OCI bundles; the chosen one shows beside the list</source>
        <translation>Les concepts des bundles OCI&#xa0;; celui qui est choisi s&apos;affiche à côté de la liste</translation>
    </message>
    <message>
        <source>The topic shown before</source>
        <translation>Le sujet précédent</translation>
    </message>
    <message>
        <source>The topic shown next</source>
        <translation>Le sujet suivant</translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <source>Force</source>
        <translation>Forcer</translation>
    </message>
    <message>
        <source>container ID</source>
        <translation>ID du conteneur</translation>
    </message>
    <message>
        <source>The container&apos;s ID in the runtime&apos;s state directory</source>
        <translation>L&apos;ID du conteneur dans le répertoire d&apos;état du runtime</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Create the container: its namespaces, mounts and cgroup, with the process waiting to start</source>
        <translation>Créer le conteneur&#xa0;: ses espaces de noms, ses montages et son cgroup, le processus attendant de démarrer</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the process of a created container</source>
        <translation>Démarrer le processus d&apos;un conteneur créé</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Create and start in one step</source>
        <translation>Créer et démarrer en une seule étape</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Sus&amp;pendre</translation>
    </message>
    <message>
        <source>Freeze every process of the container</source>
        <translation>Geler tous les processus du conteneur</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Thaw the paused container</source>
        <translation>Dégeler le conteneur suspendu</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop waiting for the runtime&apos;s command</source>
        <translation>Cesser d&apos;attendre la commande du runtime</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrêt&amp;er</translation>
    </message>
    <message>
        <source>Send SIGTERM, and SIGKILL when the container is still running after the timeout</source>
        <translation>Envoyer SIGTERM, puis SIGKILL si le conteneur tourne encore après le délai</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>&amp;Tuer</translation>
    </message>
    <message>
        <source>Send the chosen signal to the container&apos;s process</source>
        <translation>Envoyer le signal choisi au processus du conteneur</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the stopped container from the runtime&apos;s state</source>
        <translation>Retirer le conteneur arrêté de l&apos;état du runtime</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long Stop waits after SIGTERM before it sends SIGKILL</source>
        <translation>Temps d&apos;attente d&apos;Arrêter après SIGTERM avant d&apos;envoyer SIGKILL</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>Délai d&apos;arrêt</translation>
    </message>
    <message>
        <source>The signal Kill sends: a name or a number</source>
        <translation>Le signal qu&apos;envoie Tuer&#xa0;: un nom ou un numéro</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Kill a running container before deleting it</source>
        <translation>Tuer un conteneur en cours d&apos;exécution avant de le supprimer</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>Delete and &amp;Run Again</source>
        <translation>Supprimer et re&amp;lancer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The JSON text has an error and is not applied; it is kept in the JSON tab.</source>
        <translation>Le texte JSON contient une erreur et n&apos;est pas appliqué&#xa0;; il est conservé dans l&apos;onglet JSON.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Security Review</source>
        <translation>Revue de sécurité</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Recent bundles, new bundles from templates, and opening one</source>
        <translation>Bundles récents, nouveaux bundles à partir de modèles, et ouverture d&apos;un bundle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>The configuration in tabs, with its validation, security review and explanations</source>
        <translation>La configuration en onglets, avec sa validation, sa revue de sécurité et ses explications</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Système de fichiers racine</translation>
    </message>
    <message>
        <source>Runtime support</source>
        <translation>Prise en charge des runtimes</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>The bundle&apos;s root filesystem, read-only, and what the installed runtimes support</source>
        <translation>Le système de fichiers racine du bundle, en lecture seule, et ce que prennent en charge les runtimes installés</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Run the bundle with runc or crun and watch the container</source>
        <translation>Exécuter le bundle avec runc ou crun et observer le conteneur</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Every container on this machine, whichever tool started it</source>
        <translation>Tous les conteneurs de cette machine, quel que soit l&apos;outil qui les a lancés</translation>
    </message>
    <message>
        <source>The demo bundle: busybox that runc runs as it is (see Run). Open your own with %1, or start from a template in Welcome.</source>
        <translation>Le bundle de démo&#xa0;: busybox, que runc exécute tel quel (voir Exécution). Ouvrez le vôtre avec %1, ou partez d&apos;un modèle dans Accueil.</translation>
    </message>
    <message>
        <source>From &amp;Image…</source>
        <translation>Depuis une &amp;image…</translation>
    </message>
    <message>
        <source>Unpacks an OCI image, archive or registry image into a new bundle directory.</source>
        <translation>Décompresse une image OCI, une archive ou une image de registre dans un nouveau répertoire de bundle.</translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translation>&amp;Ouvrir un bundle…</translation>
    </message>
    <message>
        <source>Open a bundle directory or its config.json</source>
        <translation>Ouvrir un répertoire de bundle ou son config.json</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save config.json into another bundle directory</source>
        <translation>Enregistrer config.json dans un autre répertoire de bundle</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>Abandonner les modifications non enregistrées et recharger le fichier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the window, asking about unsaved changes</source>
        <translation>Fermer la fenêtre, en demandant quoi faire des modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bundles &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Validation</source>
        <translation>&amp;Validation</translation>
    </message>
    <message>
        <source>&amp;Security Review</source>
        <translation>Revue de &amp;sécurité</translation>
    </message>
    <message>
        <source>How the configuration meets Docker Bench, the Pod Security Standards, kubesec and Trivy</source>
        <translation>Comment la configuration satisfait Docker Bench, les Pod Security Standards, kubesec et Trivy</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;xplication</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>Put the panels back where they were at the first start</source>
        <translation>Remettre les panneaux là où ils étaient au premier démarrage</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>Exécu&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Explain This Field</source>
        <translation>&amp;Expliquer ce champ</translation>
    </message>
    <message>
        <source>Show what the field with the focus means, in the Explain panel</source>
        <translation>Afficher la signification du champ qui a le focus, dans le panneau Explication</translation>
    </message>
    <message>
        <source>&amp;Learn OCI</source>
        <translation>&amp;Découvrir OCI</translation>
    </message>
    <message>
        <source>The concepts behind the fields, shown with this bundle&apos;s values</source>
        <translation>Les concepts derrière les champs, illustrés par les valeurs de ce bundle</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, with a filter</source>
        <translation>Tous les raccourcis clavier de la fenêtre, avec un filtre</translation>
    </message>
    <message>
        <source>&amp;About OCI Bundle Editor</source>
        <translation>À &amp;propos d&apos;OCI Bundle Editor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Bundle</source>
        <translation>Impossible d&apos;ouvrir le bundle</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Opened with Warnings</source>
        <translation>Ouvert avec des avertissements</translation>
    </message>
    <message>
        <source>Write Outside the Bundle?</source>
        <translation>Écrire hors du bundle&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is outside the bundle directory. Saving would change that file.

Write to %2 anyway?</source>
        <translation>%1 est un lien vers %2, qui se trouve hors du répertoire du bundle. Enregistrer modifierait ce fichier.

Écrire quand même dans %2&#xa0;?</translation>
    </message>
    <message>
        <source>Separate Hard-Linked File?</source>
        <translation>Séparer le fichier à liens physiques&#xa0;?</translation>
    </message>
    <message>
        <source>%1 has %2 hard links. Saving makes it a file of its own; the other names keep the old content.

Save anyway?</source>
        <translation>%1 a %2 liens physiques. L&apos;enregistrement en fait un fichier à part entière&#xa0;; les autres noms gardent l&apos;ancien contenu.

Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Saved with Warnings</source>
        <translation>Enregistré avec des avertissements</translation>
    </message>
    <message>
        <source>Copying the root filesystem to %1…</source>
        <translation>Copie du système de fichiers racine vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Cannot Copy the Root Filesystem</source>
        <translation>Impossible de copier le système de fichiers racine</translation>
    </message>
    <message>
        <source>%1

config.json was not saved.</source>
        <translation>%1

config.json n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Save Bundle to Directory</source>
        <translation>Enregistrer le bundle dans un répertoire</translation>
    </message>
    <message>
        <source>Replace config.json?</source>
        <translation>Remplacer config.json&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already contains a config.json. Replace it?</source>
        <translation>%1 contient déjà un config.json. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Copy the Root Filesystem?</source>
        <translation>Copier le système de fichiers racine&#xa0;?</translation>
    </message>
    <message>
        <source>The root filesystem &quot;%1&quot; is in %2, not in the new bundle directory.

Copy it, keeping owners, modes and links? Or let the new config.json use the original directory by its absolute path?</source>
        <translation>Le système de fichiers racine «&#xa0;%1&#xa0;» se trouve dans %2, pas dans le nouveau répertoire de bundle.

Le copier, en conservant propriétaires, modes et liens&#xa0;? Ou laisser le nouveau config.json utiliser le répertoire d&apos;origine par son chemin absolu&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Copy It</source>
        <translation>Le &amp;copier</translation>
    </message>
    <message>
        <source>&amp;Use the Original</source>
        <translation>&amp;Utiliser l&apos;original</translation>
    </message>
    <message>
        <source>Save config.json &amp;Only</source>
        <translation>&amp;Seulement config.json</translation>
    </message>
    <message>
        <source>Revert to Saved?</source>
        <translation>Revenir à la version enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>Discard all unsaved changes and reload %1 from disk?</source>
        <translation>Abandonner toutes les modifications non enregistrées et recharger %1 depuis le disque&#xa0;?</translation>
    </message>
    <message>
        <source>Choose a Directory for the New Bundle</source>
        <translation>Choisir un répertoire pour le nouveau bundle</translation>
    </message>
    <message>
        <source>Cannot Create Bundle</source>
        <translation>Impossible de créer le bundle</translation>
    </message>
    <message>
        <source>Add a Root Filesystem?</source>
        <translation>Ajouter un système de fichiers racine&#xa0;?</translation>
    </message>
    <message>
        <source>The new bundle&apos;s root filesystem, %1, does not exist yet. A container needs one to run.

Put busybox into it (a shell and the usual commands, enough to run the template&apos;s sh), use a root filesystem you already have, or create an empty directory to fill later?</source>
        <translation>Le système de fichiers racine du nouveau bundle, %1, n&apos;existe pas encore. Un conteneur en a besoin pour s&apos;exécuter.

Y mettre busybox (un shell et les commandes usuelles, de quoi exécuter le sh du modèle), utiliser un système de fichiers racine que vous avez déjà, ou créer un répertoire vide à remplir plus tard&#xa0;?</translation>
    </message>
    <message>
        <source>Add &amp;Busybox</source>
        <translation>Ajouter &amp;Busybox</translation>
    </message>
    <message>
        <source>&amp;Choose a Directory…</source>
        <translation>&amp;Choisir un répertoire…</translation>
    </message>
    <message>
        <source>Create &amp;Empty</source>
        <translation>Créer &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Cannot Add Busybox</source>
        <translation>Impossible d&apos;ajouter Busybox</translation>
    </message>
    <message>
        <source>Choose the Root Filesystem</source>
        <translation>Choisir le système de fichiers racine</translation>
    </message>
    <message>
        <source>Use %1 as the root filesystem</source>
        <translation>Utiliser %1 comme système de fichiers racine</translation>
    </message>
    <message>
        <source>Cannot Create the Directory</source>
        <translation>Impossible de créer le répertoire</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The bundle has unsaved changes. Save them first?</source>
        <translation>Le bundle contient des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>About OCI Bundle Editor</source>
        <translation>À propos d&apos;OCI Bundle Editor</translation>
    </message>
</context>
<context>
    <name>ModeArea</name>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
</context>
<context>
    <name>MountDetails</name>
    <message>
        <source>Provided by:</source>
        <translation>Fourni par&#xa0;:</translation>
    </message>
    <message>
        <source>On the host:</source>
        <translation>Sur l&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Mount type:</source>
        <translation>Type de montage&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Hides:</source>
        <translation>Masque&#xa0;:</translation>
    </message>
    <message>
        <source>the root filesystem&apos;s %1</source>
        <translation>%1 du système de fichiers racine</translation>
    </message>
    <message>
        <source>mount %1 on %2</source>
        <translation>montage %1 sur %2</translation>
    </message>
    <message>
        <source>Edit mount %1</source>
        <translation>Modifier le montage %1</translation>
    </message>
</context>
<context>
    <name>MountOptionsEditor</name>
    <message>
        <source>Access:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>Restrictions&#xa0;:</translation>
    </message>
    <message>
        <source>Access times:</source>
        <translation>Dates d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Bind:</source>
        <translation>Bind&#xa0;:</translation>
    </message>
    <message>
        <source>ID mapping:</source>
        <translation>Correspondance d&apos;ID&#xa0;:</translation>
    </message>
    <message>
        <source>Propagation:</source>
        <translation>Propagation&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. mode=755,size=65536k</source>
        <translation>p. ex. mode=755,size=65536k</translation>
    </message>
    <message>
        <source>Options without a check box, separated by commas; filesystems take their own options here.</source>
        <translation>Options sans case à cocher, séparées par des virgules&#xa0;; les systèmes de fichiers prennent ici leurs propres options.</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Autres&#xa0;:</translation>
    </message>
    <message>
        <source>Clear mount options</source>
        <translation>Effacer les options de montage</translation>
    </message>
    <message>
        <source>Set mount options</source>
        <translation>Définir les options de montage</translation>
    </message>
</context>
<context>
    <name>MountsPage</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>montage</translation>
    </message>
    <message>
        <source>Selected mount</source>
        <translation>Montage sélectionné</translation>
    </message>
    <message>
        <source>e.g. proc, tmpfs, bind</source>
        <translation>p. ex. proc, tmpfs, bind</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>ID mappings of an idmapped mount</source>
        <translation>Correspondances d&apos;ID d&apos;un montage idmapped</translation>
    </message>
    <message>
        <source>With the idmap option, file owners seen through this mount are translated by these ranges.</source>
        <translation>Avec l&apos;option idmap, les propriétaires de fichiers vus à travers ce montage sont traduits selon ces plages.</translation>
    </message>
    <message>
        <source>UID mapping</source>
        <translation>Correspondance des UID</translation>
    </message>
    <message>
        <source>GID mapping</source>
        <translation>Correspondance des GID</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Group IDs</source>
        <translation>ID de groupe</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
</context>
<context>
    <name>NamespaceSlice</name>
    <message>
        <source>Empty entry in the namespace list &quot;%1&quot;.</source>
        <translation>Entrée vide dans la liste d&apos;espaces de noms «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown namespace type &quot;%1&quot;; expected one of %2.</source>
        <translation>Type d&apos;espace de noms inconnu «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: l&apos;un de %2.</translation>
    </message>
    <message>
        <source>The path of the %1 namespace must be absolute, not &quot;%2&quot;.</source>
        <translation>Le chemin de l&apos;espace de noms %1 doit être absolu, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 namespace is listed twice.</source>
        <translation>L&apos;espace de noms %1 figure deux fois dans la liste.</translation>
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
        <translation>Partagé avec l&apos;hôte, le conteneur voit tous les processus de l&apos;hôte et peut envoyer des signaux à ceux que son utilisateur a le droit de signaler.</translation>
    </message>
    <message>
        <source>A new namespace: the container sees only its own processes, and its first process is PID 1.</source>
        <translation>Un nouvel espace de noms&#xa0;: le conteneur ne voit que ses propres processus, et son premier processus a le PID 1.</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>Shared with the host, the container uses the host&apos;s interfaces, addresses, routes and ports.</source>
        <translation>Partagé avec l&apos;hôte, le conteneur utilise les interfaces, adresses, routes et ports de l&apos;hôte.</translation>
    </message>
    <message>
        <source>A new namespace: the container starts with only a loopback interface; give it a network with a hook or another tool.</source>
        <translation>Un nouvel espace de noms&#xa0;: le conteneur démarre avec une seule interface loopback&#xa0;; donnez-lui un réseau avec un hook ou un autre outil.</translation>
    </message>
    <message>
        <source>&amp;Mount</source>
        <translation>&amp;Montage</translation>
    </message>
    <message>
        <source>Shared with the host, every mount the container makes lands in the host&apos;s mount table; runtimes refuse to do that.</source>
        <translation>Partagé avec l&apos;hôte, chaque montage que fait le conteneur atterrit dans la table des montages de l&apos;hôte&#xa0;; les runtimes refusent de faire cela.</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s mounts stay its own, and the host does not see them.</source>
        <translation>Un nouvel espace de noms&#xa0;: les montages du conteneur lui restent propres, et l&apos;hôte ne les voit pas.</translation>
    </message>
    <message>
        <source>&amp;IPC</source>
        <translation>&amp;IPC</translation>
    </message>
    <message>
        <source>Shared with the host, the container can reach the host&apos;s shared memory segments, semaphores and message queues.</source>
        <translation>Partagé avec l&apos;hôte, le conteneur peut atteindre les segments de mémoire partagée, sémaphores et files de messages de l&apos;hôte.</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s shared memory, semaphores and message queues are its own.</source>
        <translation>Un nouvel espace de noms&#xa0;: la mémoire partagée, les sémaphores et les files de messages du conteneur lui sont propres.</translation>
    </message>
    <message>
        <source>&amp;UTS</source>
        <translation>&amp;UTS</translation>
    </message>
    <message>
        <source>Shared with the host, setting the container&apos;s hostname renames the host itself.</source>
        <translation>Partagé avec l&apos;hôte, changer le nom d&apos;hôte du conteneur renomme l&apos;hôte lui-même.</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s hostname and domain name are its own.</source>
        <translation>Un nouvel espace de noms&#xa0;: le nom d&apos;hôte et le nom de domaine du conteneur lui sont propres.</translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation>Utili&amp;sateur</translation>
    </message>
    <message>
        <source>Shared with the host, user and group IDs are not translated, so root in the container is root on the host.</source>
        <translation>Partagé avec l&apos;hôte, les ID utilisateur et de groupe ne sont pas traduits&#xa0;: root dans le conteneur est donc root sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>A new namespace: user and group IDs are translated by the ID mappings, so root in the container can be an ordinary user on the host.</source>
        <translation>Un nouvel espace de noms&#xa0;: les ID utilisateur et de groupe sont traduits par les correspondances d&apos;ID, donc root dans le conteneur peut être un utilisateur ordinaire sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>&amp;Cgroup</source>
        <translation>&amp;Cgroup</translation>
    </message>
    <message>
        <source>Shared with the host, the container sees the host&apos;s whole cgroup tree and its own full path in it.</source>
        <translation>Partagé avec l&apos;hôte, le conteneur voit toute l&apos;arborescence des cgroups de l&apos;hôte et son propre chemin complet dans celle-ci.</translation>
    </message>
    <message>
        <source>A new namespace: the container sees its own cgroup as the root of the tree.</source>
        <translation>Un nouvel espace de noms&#xa0;: le conteneur voit son propre cgroup comme racine de l&apos;arborescence.</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Temps</translation>
    </message>
    <message>
        <source>Shared with the host, the container&apos;s monotonic and boot-time clocks read the same as the host&apos;s and cannot be offset.</source>
        <translation>Partagé avec l&apos;hôte, les horloges monotonic et boot-time du conteneur donnent les mêmes valeurs que celles de l&apos;hôte et ne peuvent pas être décalées.</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s monotonic and boot-time clocks can be offset from the host&apos;s.</source>
        <translation>Un nouvel espace de noms&#xa0;: les horloges monotonic et boot-time du conteneur peuvent être décalées par rapport à celles de l&apos;hôte.</translation>
    </message>
    <message>
        <source>A namespace gives the container its own view of one kind of system resource. Choose for each kind whether the container gets a new one, joins an existing one (a path such as /proc/1234/ns/net), or shares the host&apos;s.</source>
        <translation>Un espace de noms donne au conteneur sa propre vue d&apos;un type de ressource système. Choisissez pour chaque type si le conteneur en obtient un nouveau, rejoint un espace existant (un chemin comme /proc/1234/ns/net) ou partage celui de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Shared with the host</source>
        <translation>Partagé avec l&apos;hôte</translation>
    </message>
    <message>
        <source>New namespace</source>
        <translation>Nouvel espace de noms</translation>
    </message>
    <message>
        <source>Join the namespace at</source>
        <translation>Rejoindre l&apos;espace de noms situé à</translation>
    </message>
    <message>
        <source>/proc/&lt;pid&gt;/ns/…</source>
        <translation>/proc/&lt;pid&gt;/ns/…</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Espaces de noms</translation>
    </message>
    <message>
        <source>Share the %1 namespace with the host</source>
        <translation>Partager l&apos;espace de noms %1 avec l&apos;hôte</translation>
    </message>
    <message>
        <source>Create a new %1 namespace</source>
        <translation>Créer un nouvel espace de noms %1</translation>
    </message>
    <message>
        <source>Join a %1 namespace</source>
        <translation>Rejoindre un espace de noms %1</translation>
    </message>
    <message>
        <source>Set the %1 namespace path</source>
        <translation>Définir le chemin de l&apos;espace de noms %1</translation>
    </message>
    <message>
        <source>Joined: the container shares this namespace with the processes already in it, which must exist on the host when the container starts.</source>
        <translation>Rejoint&#xa0;: le conteneur partage cet espace de noms avec les processus qui s&apos;y trouvent déjà, et qui doivent exister sur l&apos;hôte au démarrage du conteneur.</translation>
    </message>
    <message>
        <source>%1 namespace to join</source>
        <translation>Espace de noms %1 à rejoindre</translation>
    </message>
    <message>
        <source>A path such as /proc/1234/ns/net; used when the choice is &quot;Join the namespace at&quot;</source>
        <translation>Un chemin comme /proc/1234/ns/net&#xa0;; utilisé quand le choix est «&#xa0;Rejoindre l&apos;espace de noms situé à&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Use &amp;systemd to manage control groups</source>
        <translation>Utiliser &amp;systemd pour gérer les groupes de contrôle</translation>
    </message>
    <message>
        <source>Run &amp;rootless (as an unprivileged user)</source>
        <translation>Exécuter sans p&amp;rivilèges (utilisateur non privilégié)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>Other program…</source>
        <translation>Autre programme…</translation>
    </message>
    <message>
        <source>Absolute path of a runc-compatible runtime</source>
        <translation>Chemin absolu d&apos;un runtime compatible avec runc</translation>
    </message>
    <message>
        <source>Runtime default (/run/runc or /run/crun)</source>
        <translation>Valeur par défaut du runtime (/run/runc ou /run/crun)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when the editor is started again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Container runtime</source>
        <translation>Runtime de conteneurs</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>R&amp;untime&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>P&amp;rogramme&#xa0;:</translation>
    </message>
    <message>
        <source>State &amp;root:</source>
        <translation>Racine d&apos;&amp;état&#xa0;:</translation>
    </message>
    <message>
        <source>Choose Runtime Program</source>
        <translation>Choisir le programme du runtime</translation>
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
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>ProcessPage</name>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Working &amp;directory:</source>
        <translation>Répertoire de &amp;travail&#xa0;:</translation>
    </message>
    <message>
        <source>/ (must be absolute)</source>
        <translation>/ (doit être absolu)</translation>
    </message>
    <message>
        <source>Allocate a &amp;terminal</source>
        <translation>Allouer un t&amp;erminal</translation>
    </message>
    <message>
        <source>Console &amp;columns:</source>
        <translation>&amp;Colonnes de la console&#xa0;:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Console &amp;lines:</source>
        <translation>&amp;Lignes de la console&#xa0;:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation>&amp;ID utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Required, e.g. 0 for root</source>
        <translation>Obligatoire, p. ex. 0 pour root</translation>
    </message>
    <message>
        <source>&amp;Group ID:</source>
        <translation>ID de &amp;groupe&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;mask:</source>
        <translation>U&amp;mask&#xa0;:</translation>
    </message>
    <message>
        <source>Additional gr&amp;oups:</source>
        <translation>Gr&amp;oupes supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 18 (octal 022)</source>
        <translation>p. ex. 18 (octal 022)</translation>
    </message>
    <message>
        <source>octal %1</source>
        <translation>octal %1</translation>
    </message>
    <message>
        <source>None; e.g. 10, 27</source>
        <translation>Aucun&#xa0;; p. ex. 10, 27</translation>
    </message>
    <message>
        <source>%1 is not a group ID (0 to 4294967295).</source>
        <translation>%1 n&apos;est pas un ID de groupe (0 à 4294967295).</translation>
    </message>
    <message>
        <source>Clear additional group IDs</source>
        <translation>Effacer les ID de groupe supplémentaires</translation>
    </message>
    <message>
        <source>Set additional group IDs</source>
        <translation>Définir les ID de groupe supplémentaires</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilèges</translation>
    </message>
    <message>
        <source>&amp;No new privileges</source>
        <translation>Aucu&amp;n nouveau privilège</translation>
    </message>
    <message>
        <source>AppArmor &amp;profile:</source>
        <translation>&amp;Profil AppArmor&#xa0;:</translation>
    </message>
    <message>
        <source>Runtime default</source>
        <translation>Valeur par défaut du runtime</translation>
    </message>
    <message>
        <source>&amp;SELinux label:</source>
        <translation>Étiquette &amp;SELinux&#xa0;:</translation>
    </message>
    <message>
        <source>OOM score ad&amp;justment:</source>
        <translation>A&amp;justement du score OOM&#xa0;:</translation>
    </message>
    <message>
        <source>Not set: inherited (-1000 to 1000)</source>
        <translation>Non défini&#xa0;: hérité (-1000 à 1000)</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Ordonnanceur</translation>
    </message>
    <message>
        <source>Polic&amp;y:</source>
        <translation>Politi&amp;que&#xa0;:</translation>
    </message>
    <message>
        <source>Nic&amp;e value:</source>
        <translation>Valeur nic&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Priori&amp;té&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;lags:</source>
        <translation>Drape&amp;aux&#xa0;:</translation>
    </message>
    <message>
        <source>Runt&amp;ime (ns):</source>
        <translation>Temps d&apos;e&amp;xécution (ns)&#xa0;:</translation>
    </message>
    <message>
        <source>Dead&amp;line (ns):</source>
        <translation>Éc&amp;héance (ns)&#xa0;:</translation>
    </message>
    <message>
        <source>Perio&amp;d (ns):</source>
        <translation>Pério&amp;de (ns)&#xa0;:</translation>
    </message>
    <message>
        <source>Set scheduler flag %1</source>
        <translation>Activer le drapeau d&apos;ordonnancement %1</translation>
    </message>
    <message>
        <source>Clear scheduler flag %1</source>
        <translation>Désactiver le drapeau d&apos;ordonnancement %1</translation>
    </message>
    <message>
        <source>I/O priority</source>
        <translation>Priorité d&apos;E/S</translation>
    </message>
    <message>
        <source>Cl&amp;ass:</source>
        <translation>Cl&amp;asse&#xa0;:</translation>
    </message>
    <message>
        <source>I/O p&amp;riority:</source>
        <translation>P&amp;riorité d&apos;E/S&#xa0;:</translation>
    </message>
    <message>
        <source>0 (highest) to 7 (lowest)</source>
        <translation>0 (la plus haute) à 7 (la plus basse)</translation>
    </message>
    <message>
        <source>CPU affinity when executing</source>
        <translation>Affinité CPU à l&apos;exécution</translation>
    </message>
    <message>
        <source>I&amp;nitial CPUs:</source>
        <translation>CPU &amp;initiaux&#xa0;:</translation>
    </message>
    <message>
        <source>All CPUs; e.g. 0-3,7</source>
        <translation>Tous les CPU&#xa0;; p. ex. 0-3,7</translation>
    </message>
    <message>
        <source>&amp;Final CPUs:</source>
        <translation>CPU &amp;finaux&#xa0;:</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Limite souple</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Limite stricte</translation>
    </message>
    <message>
        <source>resource limit</source>
        <translation>limite de ressource</translation>
    </message>
    <message>
        <source>Ar&amp;guments</source>
        <translation>Ar&amp;guments</translation>
    </message>
    <message>
        <source>En&amp;vironment</source>
        <translation>En&amp;vironnement</translation>
    </message>
    <message>
        <source>Resource limi&amp;ts</source>
        <translation>Limi&amp;tes de ressources</translation>
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
        <translation>illimité</translation>
    </message>
    <message>
        <source>a number or &quot;unlimited&quot;</source>
        <translation>un nombre ou &quot;unlimited&quot;</translation>
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
        <translation>Rédigez, inspectez et exécutez des bundles d&apos;exécution OCI.</translation>
    </message>
    <message>
        <source>A bundle directory or its config.json.</source>
        <translation>Un répertoire de bundle ou son config.json.</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Bundle</source>
        <translation>Impossible de créer le bundle de démo</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>no CPU limit</source>
        <translation>pas de limite CPU</translation>
    </message>
    <message>
        <source>= %1 cores</source>
        <translation>= %1 cœurs</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Groupe de contrôle</translation>
    </message>
    <message>
        <source>Cgroup p&amp;ath:</source>
        <translation>Chemin du c&amp;group&#xa0;:</translation>
    </message>
    <message>
        <source>chosen by the runtime</source>
        <translation>choisi par le runtime</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reservation:</source>
        <translation>&amp;Réservation&#xa0;:</translation>
    </message>
    <message>
        <source>Memory + s&amp;wap:</source>
        <translation>Mémoire + s&amp;wap&#xa0;:</translation>
    </message>
    <message>
        <source>Swapp&amp;iness:</source>
        <translation>Swapp&amp;iness&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Noyau&#xa0;:</translation>
    </message>
    <message>
        <source>Kernel &amp;TCP:</source>
        <translation>&amp;TCP noyau&#xa0;:</translation>
    </message>
    <message>
        <source>Disable the &amp;OOM killer</source>
        <translation>Désactiver l&apos;&amp;OOM killer</translation>
    </message>
    <message>
        <source>Account child cgroups (use hierarch&amp;y)</source>
        <translation>Compter les cgroups enfants (utiliser la &amp;hiérarchie)</translation>
    </message>
    <message>
        <source>Refuse a limit below &amp;current usage on update</source>
        <translation>Refuser une limite inférieure à l&apos;utilisation &amp;actuelle lors d&apos;une mise à jour</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>S&amp;hares:</source>
        <translation>&amp;Parts&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quota (µs):</source>
        <translation>&amp;Quota (µs)&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;eriod (µs):</source>
        <translation>Pé&amp;riode (µs)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Burst (µs):</source>
        <translation>R&amp;afale (µs)&#xa0;:</translation>
    </message>
    <message>
        <source>CP&amp;Us:</source>
        <translation>CP&amp;U&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 0-3,7</source>
        <translation>p. ex. 0-3,7</translation>
    </message>
    <message>
        <source>Memory &amp;nodes:</source>
        <translation>&amp;Nœuds mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 0-1</source>
        <translation>p. ex. 0-1</translation>
    </message>
    <message>
        <source>Real-time runti&amp;me (µs):</source>
        <translation>Runti&amp;me temps réel (µs)&#xa0;:</translation>
    </message>
    <message>
        <source>Real-time &amp;period (µs):</source>
        <translation>&amp;Période temps réel (µs)&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;dle:</source>
        <translation>I&amp;dle&#xa0;:</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Ma&amp;ximum number of processes:</source>
        <translation>Nombre ma&amp;ximal de processus&#xa0;:</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>E/S bloc</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>Poi&amp;ds&#xa0;:</translation>
    </message>
    <message>
        <source>Lea&amp;f weight:</source>
        <translation>Poids des &amp;feuilles&#xa0;:</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>device weight</source>
        <translation>poids de périphérique</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Leaf weight</source>
        <translation>Poids des feuilles</translation>
    </message>
    <message>
        <source>Weight per device</source>
        <translation>Poids par périphérique</translation>
    </message>
    <message>
        <source>read limit</source>
        <translation>limite de lecture</translation>
    </message>
    <message>
        <source>Read bytes/s</source>
        <translation>Lecture octets/s</translation>
    </message>
    <message>
        <source>write limit</source>
        <translation>limite d&apos;écriture</translation>
    </message>
    <message>
        <source>Write bytes/s</source>
        <translation>Écriture octets/s</translation>
    </message>
    <message>
        <source>Read ops/s</source>
        <translation>Lecture op./s</translation>
    </message>
    <message>
        <source>Write ops/s</source>
        <translation>Écriture op./s</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>Pages énormes</translation>
    </message>
    <message>
        <source>huge page limit</source>
        <translation>limite de pages énormes</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Limit (bytes)</source>
        <translation>Limite (octets)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Cla&amp;ss ID:</source>
        <translation>ID de cla&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>interface priority</source>
        <translation>priorité d&apos;interface</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>RDMA</source>
        <translation>RDMA</translation>
    </message>
    <message>
        <source>RDMA device</source>
        <translation>périphérique RDMA</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>HCA handles</source>
        <translation>Handles HCA</translation>
    </message>
    <message>
        <source>HCA objects</source>
        <translation>Objets HCA</translation>
    </message>
    <message>
        <source>Unified (cgroup v2 files)</source>
        <translation>Unifié (fichiers cgroup v2)</translation>
    </message>
    <message>
        <source>cgroup file</source>
        <translation>fichier cgroup</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>RootfsCopy</name>
    <message>
        <source>Cannot copy the root filesystem: the program cp was not found.</source>
        <translation>Impossible de copier le système de fichiers racine&#xa0;: le programme cp est introuvable.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>Cannot copy the root filesystem: %1</source>
        <translation>Impossible de copier le système de fichiers racine&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copy of the root filesystem was cancelled.</source>
        <translation>La copie du système de fichiers racine a été annulée.</translation>
    </message>
    <message>
        <source>Cannot copy the root filesystem %1 to %2: %3</source>
        <translation>Impossible de copier le système de fichiers racine %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cp failed with exit code %1.</source>
        <translation>cp a échoué avec le code de sortie %1.</translation>
    </message>
</context>
<context>
    <name>RootfsEntry</name>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>Lien symbolique</translation>
    </message>
    <message>
        <source>Character device</source>
        <translation>Périphérique caractère</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>Périphérique bloc</translation>
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
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>RootfsEntryDetails</name>
    <message>
        <source>Select an entry to see its details and, for a file, its first 64 KiB.</source>
        <translation>Sélectionnez une entrée pour voir ses détails et, pour un fichier, ses 64 premiers Kio.</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>À regarder&#xa0;:</translation>
    </message>
    <message>
        <source>ELF:</source>
        <translation>ELF&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>%1 (in the root filesystem: %2)</source>
        <translation>%1 (dans le système de fichiers racine&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Cannot be listed: %1</source>
        <translation>Impossible de lister&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Text, the first %1:</source>
        <translation>Texte, les premiers %1&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Bytes, the first %1:</source>
        <translation>Octets, les premiers %1&#xa0;:</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Octets&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RootfsFlags</name>
    <message>
        <source>setuid executable: runs as its owner</source>
        <translation>exécutable setuid&#xa0;: s&apos;exécute en tant que son propriétaire</translation>
    </message>
    <message>
        <source>setgid executable: runs with its group</source>
        <translation>exécutable setgid&#xa0;: s&apos;exécute avec son groupe</translation>
    </message>
    <message>
        <source>anyone may write it</source>
        <translation>tout le monde peut l&apos;écrire</translation>
    </message>
    <message>
        <source>device node</source>
        <translation>nœud de périphérique</translation>
    </message>
    <message>
        <source>link target climbs out of the root filesystem</source>
        <translation>la cible du lien sort du système de fichiers racine</translation>
    </message>
    <message>
        <source>absolute link: followed on the host, it leaves the root filesystem</source>
        <translation>lien absolu&#xa0;: suivi sur l&apos;hôte, il quitte le système de fichiers racine</translation>
    </message>
    <message>
        <source>owner not mapped by the user namespace</source>
        <translation>propriétaire sans correspondance dans l&apos;espace de noms utilisateur</translation>
    </message>
    <message>
        <source>group not mapped by the user namespace</source>
        <translation>groupe sans correspondance dans l&apos;espace de noms utilisateur</translation>
    </message>
</context>
<context>
    <name>RootfsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>À regarder</translation>
    </message>
</context>
<context>
    <name>RootfsReader</name>
    <message>
        <source>Cannot open the root filesystem %1: %2</source>
        <translation>Impossible d&apos;ouvrir le système de fichiers racine %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RootfsTotalsBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Stop counting the root filesystem</source>
        <translation>Arrêter le comptage du système de fichiers racine</translation>
    </message>
    <message>
        <source>Read the root filesystem again and count it</source>
        <translation>Relire le système de fichiers racine et le compter</translation>
    </message>
    <message>
        <source>Counting… files: %1, folders: %2, size: %3</source>
        <translation>Comptage… fichiers&#xa0;: %1, dossiers&#xa0;: %2, taille&#xa0;: %3</translation>
    </message>
    <message>
        <source>Stopped. So far files: %1, folders: %2, size: %3</source>
        <translation>Arrêté. Jusqu&apos;ici, fichiers&#xa0;: %1, dossiers&#xa0;: %2, taille&#xa0;: %3</translation>
    </message>
    <message>
        <source>Files: %1, folders: %2, size: %3, worth a look: %4</source>
        <translation>Fichiers&#xa0;: %1, dossiers&#xa0;: %2, taille&#xa0;: %3, à regarder&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cannot count the root filesystem: %1</source>
        <translation>Impossible de compter le système de fichiers racine&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RunMessageArea</name>
    <message>
        <source>Double-click a line to go to the field it is about.</source>
        <translation>Double-cliquez sur une ligne pour aller au champ qu&apos;elle concerne.</translation>
    </message>
    <message>
        <source>What the runtime reported</source>
        <translation>Ce que le runtime a signalé</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Console</source>
        <translation>Console</translation>
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
        <translation>Processus</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The container stopped.</source>
        <translation>Le conteneur s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Out of memory at %1: the kernel killed a process of the container.</source>
        <translation>Mémoire épuisée à %1&#xa0;: le noyau a tué un processus du conteneur.</translation>
    </message>
    <message>
        <source>No statistics from this runtime: %1</source>
        <translation>Pas de statistiques de ce runtime&#xa0;: %1</translation>
    </message>
    <message>
        <source>The container ignored SIGTERM; SIGKILL sent.</source>
        <translation>Le conteneur a ignoré SIGTERM&#xa0;; SIGKILL envoyé.</translation>
    </message>
    <message>
        <source>Stop failed: %1</source>
        <translation>L&apos;arrêt a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the bundle first: the runtime reads config.json from the bundle directory.</source>
        <translation>Enregistrez d&apos;abord le bundle&#xa0;: le runtime lit config.json dans le répertoire du bundle.</translation>
    </message>
    <message>
        <source>Save Before Running</source>
        <translation>Enregistrer avant d&apos;exécuter</translation>
    </message>
    <message>
        <source>The runtime reads config.json from disk. Save your changes now?</source>
        <translation>Le runtime lit config.json sur le disque. Enregistrer vos modifications maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no bundle to run. Open or save a bundle first.</source>
        <translation>Il n&apos;y a aucun bundle à exécuter. Ouvrez ou enregistrez d&apos;abord un bundle.</translation>
    </message>
    <message>
        <source>The runtime would refuse this configuration. Fix these first:</source>
        <translation>Le runtime refuserait cette configuration. Corrigez d&apos;abord ceci&#xa0;:</translation>
    </message>
    <message>
        <source>This machine may not run the bundle as it is:</source>
        <translation>Cette machine ne pourra peut-être pas exécuter le bundle tel quel&#xa0;:</translation>
    </message>
    <message>
        <source>Findings About This Machine</source>
        <translation>Constats sur cette machine</translation>
    </message>
    <message>
        <source>The runtime will likely refuse to run this bundle here:

%1

Run anyway?</source>
        <translation>Le runtime refusera probablement d&apos;exécuter ce bundle ici&#xa0;:

%1

Exécuter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Run Anyway</source>
        <translation>Exécuter quand même</translation>
    </message>
    <message>
        <source>Unsupported by the Runtime</source>
        <translation>Non pris en charge par le runtime</translation>
    </message>
    <message>
        <source>%1 does not support everything this configuration uses:

%2

Run anyway?</source>
        <translation>%1 ne prend pas en charge tout ce qu&apos;utilise cette configuration&#xa0;:

%2

Exécuter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Attached to %1; its output goes wherever it was started.</source>
        <translation>Attaché à %1&#xa0;; sa sortie va là où il a été lancé.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Container Still Running</source>
        <translation>Conteneur toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>The container %1 is %2. Leave it running, or kill and delete it?

A container left running loses its console or terminal when the editor closes.</source>
        <translation>Le conteneur %1 est %2. Le laisser tourner, ou le tuer et le supprimer&#xa0;?

Un conteneur laissé en marche perd sa console ou son terminal à la fermeture de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Leave Running</source>
        <translation>Laisser tourner</translation>
    </message>
    <message>
        <source>Kill and Delete</source>
        <translation>Tuer et supprimer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Process list</source>
        <translation>Liste des processus</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
</context>
<context>
    <name>RunStatusStrip</name>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Creating and starting…</source>
        <translation>Création et démarrage…</translation>
    </message>
    <message>
        <source>Starting a process…</source>
        <translation>Démarrage d&apos;un processus…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Suspension…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <source>Sending a signal…</source>
        <translation>Envoi d&apos;un signal…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>No container.</source>
        <translation>Aucun conteneur.</translation>
    </message>
    <message>
        <source>%1: no container</source>
        <translation>%1&#xa0;: aucun conteneur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>bundle %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopping; SIGKILL in %n s unless it ends first.</source>
        <translation>
            <numerusform>%1&#xa0;: arrêt en cours&#xa0;; SIGKILL dans %n s s&apos;il ne se termine pas avant.</numerusform>
            <numerusform>%1&#xa0;: arrêt en cours&#xa0;; SIGKILL dans %n s s&apos;il ne se termine pas avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: stopping; SIGKILL sent.</source>
        <translation>%1&#xa0;: arrêt en cours&#xa0;; SIGKILL envoyé.</translation>
    </message>
</context>
<context>
    <name>RuncBinary</name>
    <message>
        <source>The container ID is empty.</source>
        <translation>L&apos;ID du conteneur est vide.</translation>
    </message>
    <message>
        <source>The container ID &quot;%1&quot; begins with &quot;-&quot;, which the runtime would read as an option.</source>
        <translation>L&apos;ID de conteneur «&#xa0;%1&#xa0;» commence par «&#xa0;-&#xa0;», que le runtime lirait comme une option.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a container ID.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un ID de conteneur.</translation>
    </message>
    <message>
        <source>The container ID &quot;%1&quot; may only contain letters, digits and the characters _ + , - .</source>
        <translation>L&apos;ID de conteneur «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres et les caractères _ + , - .</translation>
    </message>
    <message>
        <source>The container runtime &quot;%1&quot; was not found. Install the Debian package &quot;%2&quot; (apt install %2) or choose another runtime in Preferences.</source>
        <translation>Le runtime de conteneurs «&#xa0;%1&#xa0;» est introuvable. Installez le paquet Debian «&#xa0;%2&#xa0;» (apt install %2) ou choisissez un autre runtime dans les Préférences.</translation>
    </message>
    <message>
        <source>The container runtime &quot;%1&quot; was not found or is not executable. Install the Debian package &quot;runc&quot; or &quot;crun&quot;, or choose another runtime in Preferences.</source>
        <translation>Le runtime de conteneurs «&#xa0;%1&#xa0;» est introuvable ou n&apos;est pas exécutable. Installez le paquet Debian «&#xa0;runc&#xa0;» ou «&#xa0;crun&#xa0;», ou choisissez un autre runtime dans les Préférences.</translation>
    </message>
</context>
<context>
    <name>RuntimeCall</name>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 a planté.</translation>
    </message>
    <message>
        <source>%1 exited with code %2.</source>
        <translation>%1 s&apos;est terminé avec le code %2.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de lancer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time and was stopped.</source>
        <translation>%1 n&apos;a pas répondu à temps et a été arrêté.</translation>
    </message>
</context>
<context>
    <name>RuntimeFeatures</name>
    <message>
        <source>The runtime&apos;s features are not a features document.</source>
        <translation>Les fonctionnalités du runtime ne sont pas un document features.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RuntimeSettingsRow</name>
    <message>
        <source>systemd cgroup</source>
        <translation>cgroup systemd</translation>
    </message>
    <message>
        <source>Rootless</source>
        <translation>Sans privilèges</translation>
    </message>
    <message>
        <source>The editor is not running as root. A rootful configuration needs root; a rootless one needs a user namespace with UID/GID mappings, --rootless and a state directory under $XDG_RUNTIME_DIR.</source>
        <translation>L&apos;éditeur ne s&apos;exécute pas en tant que root. Une configuration avec privilèges (rootful) nécessite root&#xa0;; une configuration sans privilèges (rootless) nécessite un espace de noms utilisateur avec des correspondances UID/GID, --rootless et un répertoire d&apos;état sous $XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <source>Use Rootless Settings</source>
        <translation>Passer sans privilèges</translation>
    </message>
    <message>
        <source>The runtime: runc, crun or the path of another compatible binary.</source>
        <translation>Le runtime&#xa0;: runc, crun ou le chemin d&apos;un autre binaire compatible.</translation>
    </message>
    <message>
        <source>The runtime&apos;s state directory (--root). The editor&apos;s own keeps its containers apart from those other tools manage.</source>
        <translation>Le répertoire d&apos;état du runtime (--root). Celui de l&apos;éditeur tient ses conteneurs à l&apos;écart de ceux que gèrent les autres outils.</translation>
    </message>
    <message>
        <source>Let systemd manage the container&apos;s cgroup (--systemd-cgroup)</source>
        <translation>Laisser systemd gérer le cgroup du conteneur (--systemd-cgroup)</translation>
    </message>
    <message>
        <source>Run without root privileges (--rootless)</source>
        <translation>Exécuter sans les privilèges root (--rootless)</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>&amp;Runtime&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RuntimeSupportCheck</name>
    <message>
        <source>%1 features does not report this.</source>
        <translation>%1 features ne l&apos;indique pas.</translation>
    </message>
    <message>
        <source>%1 has no features command.</source>
        <translation>%1 n&apos;a pas de commande features.</translation>
    </message>
    <message>
        <source>%1 features lists no %2.</source>
        <translation>%1 features ne liste aucun %2.</translation>
    </message>
    <message>
        <source>%1 reports %2 as disabled.</source>
        <translation>%1 indique que %2 est désactivé.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The configuration sets no ociVersion.</source>
        <translation>La configuration ne définit aucun ociVersion.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version of the spec.</source>
        <translation>&apos;%1&apos; n&apos;est pas une version de la spécification.</translation>
    </message>
    <message>
        <source>%1 is newer than %2 declares (up to %3). It does not check the version, but may ignore fields added since.</source>
        <translation>%1 est plus récent que ce que déclare %2 (jusqu&apos;à %3). Il ne vérifie pas la version, mais peut ignorer les champs ajoutés depuis.</translation>
    </message>
    <message>
        <source>%1 is newer than %2 declares (up to %3). It may ignore fields added since.</source>
        <translation>%1 est plus récent que ce que déclare %2 (jusqu&apos;à %3). Il peut ignorer les champs ajoutés depuis.</translation>
    </message>
    <message>
        <source>newer than %1</source>
        <translation>plus récent que %1</translation>
    </message>
    <message>
        <source>%1 is older than %2 declares (from %3). It does not check the version.</source>
        <translation>%1 est plus ancien que ce que déclare %2 (à partir de %3). Il ne vérifie pas la version.</translation>
    </message>
    <message>
        <source>%1 is older than %2 declares (from %3).</source>
        <translation>%1 est plus ancien que ce que déclare %2 (à partir de %3).</translation>
    </message>
    <message>
        <source>older than %1</source>
        <translation>plus ancien que %1</translation>
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
        <translation>Espaces de noms</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Mount options</source>
        <translation>Options de montage</translation>
    </message>
    <message>
        <source>ID-mapped mounts</source>
        <translation>Montages idmapped</translation>
    </message>
    <message>
        <source>Seccomp</source>
        <translation>Seccomp</translation>
    </message>
    <message>
        <source>Seccomp actions</source>
        <translation>Actions seccomp</translation>
    </message>
    <message>
        <source>Seccomp architectures</source>
        <translation>Architectures seccomp</translation>
    </message>
    <message>
        <source>Seccomp operators</source>
        <translation>Opérateurs seccomp</translation>
    </message>
    <message>
        <source>Seccomp flags</source>
        <translation>Drapeaux seccomp</translation>
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
        <translation>Pilote de cgroup systemd</translation>
    </message>
    <message>
        <source>Intel RDT</source>
        <translation>Intel RDT</translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation>Périphériques réseau</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation>%1 (cette machine)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>%1 refuses any seccomp flag (&quot;seccomp flags are not yet supported by runc&quot;).</source>
        <translation>%1 refuse tout drapeau seccomp (&quot;seccomp flags are not yet supported by runc&quot;).</translation>
    </message>
</context>
<context>
    <name>RuntimeSupportModel</name>
    <message>
        <source>✓ supported</source>
        <translation>✓ pris en charge</translation>
    </message>
    <message>
        <source>⚠ caution (%1)</source>
        <translation>⚠ attention (%1)</translation>
    </message>
    <message>
        <source>✗ unsupported (%1)</source>
        <translation>✗ non pris en charge (%1)</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? inconnu</translation>
    </message>
    <message>
        <source>%1 supports what this configuration uses here.</source>
        <translation>%1 prend en charge ce que cette configuration utilise ici.</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>This bundle</source>
        <translation>Ce bundle</translation>
    </message>
    <message>
        <source>What &quot;%1 features&quot; reports</source>
        <translation>Ce qu&apos;indique «&#xa0;%1 features&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no features command; what its --version reports</source>
        <translation>%1 n&apos;a pas de commande features&#xa0;; ce qu&apos;indique son --version</translation>
    </message>
</context>
<context>
    <name>RuntimeSupportView</name>
    <message>
        <source>Asking the installed runtimes what they support…</source>
        <translation>Interrogation des runtimes installés sur ce qu&apos;ils prennent en charge…</translation>
    </message>
    <message>
        <source>Neither runc nor crun is installed; install the Debian package runc or crun.</source>
        <translation>Ni runc ni crun n&apos;est installé&#xa0;; installez le paquet Debian runc ou crun.</translation>
    </message>
    <message>
        <source>What the installed runtimes report about the parts of this configuration they would run. Double-click a row to edit its field.</source>
        <translation>Ce que les runtimes installés indiquent sur les parties de cette configuration qu&apos;ils exécuteraient. Double-cliquez sur une ligne pour modifier son champ.</translation>
    </message>
    <message>
        <source>%1: features document</source>
        <translation>%1&#xa0;: document features</translation>
    </message>
    <message>
        <source>%1: no features command, its --version only</source>
        <translation>%1&#xa0;: pas de commande features, seulement son --version</translation>
    </message>
    <message>
        <source>Show Features Document…</source>
        <translation>Afficher le document features…</translation>
    </message>
    <message>
        <source>Show Version Text…</source>
        <translation>Afficher le texte de version…</translation>
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
        <translation>Prise en charge des runtimes</translation>
    </message>
    <message>
        <source>What each installed runtime supports of the fields this bundle uses</source>
        <translation>Ce que chaque runtime installé prend en charge parmi les champs qu&apos;utilise ce bundle</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Hidden and read-only paths</source>
        <translation>Chemins masqués et en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Masked (hidden) paths:</source>
        <translation>Chemins &amp;masqués&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Read-only paths:</source>
        <translation>Chemins en &amp;lecture seule&#xa0;:</translation>
    </message>
    <message>
        <source>masked path</source>
        <translation>chemin masqué</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>read-only path</source>
        <translation>chemin en lecture seule</translation>
    </message>
    <message>
        <source>Kernel parameters (sysctl)</source>
        <translation>Paramètres du noyau (sysctl)</translation>
    </message>
    <message>
        <source>kernel parameter</source>
        <translation>paramètre du noyau</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Système de fichiers racine</translation>
    </message>
    <message>
        <source>Root &amp;propagation:</source>
        <translation>&amp;Propagation de la racine&#xa0;:</translation>
    </message>
    <message>
        <source>SE&amp;Linux mount label:</source>
        <translation>Étiquette de montage SE&amp;Linux&#xa0;:</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personnalité</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>personality flag</source>
        <translation>drapeau de personnalité</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <source>Fla&amp;gs:</source>
        <translation>Drapea&amp;ux&#xa0;:</translation>
    </message>
    <message>
        <source>Time namespace offsets</source>
        <translation>Décalages de l&apos;espace de noms temps</translation>
    </message>
    <message>
        <source>&amp;Boot time (s):</source>
        <translation>&amp;Boot time (s)&#xa0;:</translation>
    </message>
    <message>
        <source>Boot time (n&amp;s):</source>
        <translation>Boot time (n&amp;s)&#xa0;:</translation>
    </message>
    <message>
        <source>Mo&amp;notonic (s):</source>
        <translation>Mo&amp;notonic (s)&#xa0;:</translation>
    </message>
    <message>
        <source>Monotoni&amp;c (ns):</source>
        <translation>Monotoni&amp;c (ns)&#xa0;:</translation>
    </message>
    <message>
        <source>Network devices moved into the container</source>
        <translation>Périphériques réseau déplacés dans le conteneur</translation>
    </message>
    <message>
        <source>network device</source>
        <translation>périphérique réseau</translation>
    </message>
    <message>
        <source>Host interface</source>
        <translation>Interface de l&apos;hôte</translation>
    </message>
    <message>
        <source>Name in the container</source>
        <translation>Nom dans le conteneur</translation>
    </message>
    <message>
        <source>Seccomp system call filter</source>
        <translation>Filtre d&apos;appels système seccomp</translation>
    </message>
    <message>
        <source>Default &amp;action:</source>
        <translation>&amp;Action par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Defa&amp;ult errno:</source>
        <translation>Errno par déf&amp;aut&#xa0;:</translation>
    </message>
    <message>
        <source>Listener soc&amp;ket:</source>
        <translation>Soc&amp;ket d&apos;écoute&#xa0;:</translation>
    </message>
    <message>
        <source>Listener me&amp;tadata:</source>
        <translation>Mé&amp;tadonnées d&apos;écoute&#xa0;:</translation>
    </message>
    <message>
        <source>Arc&amp;hitectures:</source>
        <translation>Arc&amp;hitectures&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Flags:</source>
        <translation>&amp;Drapeaux&#xa0;:</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>architecture</translation>
    </message>
    <message>
        <source>seccomp flag</source>
        <translation>drapeau seccomp</translation>
    </message>
    <message>
        <source>S&amp;yscall rules (names separated by commas):</source>
        <translation>Règles d&apos;appels s&amp;ystème (noms séparés par des virgules)&#xa0;:</translation>
    </message>
    <message>
        <source>syscall rule</source>
        <translation>règle d&apos;appel système</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Errno</source>
        <translation>Errno</translation>
    </message>
    <message>
        <source>Argument cond&amp;itions of the selected rule:</source>
        <translation>Cond&amp;itions sur les arguments de la règle sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>Seconde valeur</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>argument condition</source>
        <translation>condition sur un argument</translation>
    </message>
    <message>
        <source>Intel RDT</source>
        <translation>Intel RDT</translation>
    </message>
    <message>
        <source>Class of ser&amp;vice (CLOS) ID:</source>
        <translation>ID de classe de ser&amp;vice (CLOS)&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;3 cache schema:</source>
        <translation>Schéma du cache L&amp;3&#xa0;:</translation>
    </message>
    <message>
        <source>Memory band&amp;width schema:</source>
        <translation>Schéma de bande &amp;passante mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enable monitoring</source>
        <translation>&amp;Activer la surveillance</translation>
    </message>
    <message>
        <source>NUMA memory policy</source>
        <translation>Politique mémoire NUMA</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nœuds&#xa0;:</translation>
    </message>
    <message>
        <source>memory policy flag</source>
        <translation>drapeau de politique mémoire</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Drapeaux&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SecurityReview</name>
    <message>
        <source>The process runs as root (user 0) without a user namespace, so it is root on the host too.</source>
        <translation>Le processus s&apos;exécute en tant que root (utilisateur 0) sans espace de noms utilisateur, il est donc root aussi sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Run the process as the unprivileged user and group %1</source>
        <translation>Exécuter le processus avec l&apos;utilisateur et le groupe non privilégiés %1</translation>
    </message>
    <message>
        <source>The process runs as user 0, and the user namespace maps user 0 to the host&apos;s root.</source>
        <translation>Le processus s&apos;exécute en tant qu&apos;utilisateur 0, et l&apos;espace de noms utilisateur fait correspondre l&apos;utilisateur 0 au root de l&apos;hôte.</translation>
    </message>
    <message>
        <source>noNewPrivileges is not set: setuid programs and file capabilities can raise the process&apos;s privileges.</source>
        <translation>noNewPrivileges n&apos;est pas défini&#xa0;: les programmes setuid et les capacités de fichier peuvent élever les privilèges du processus.</translation>
    </message>
    <message>
        <source>Set noNewPrivileges to true</source>
        <translation>Mettre noNewPrivileges à true</translation>
    </message>
    <message>
        <source>%1 is granted (%2).</source>
        <extracomment>%1 is a capability, %2 the sets that hold it, e.g. &quot;effective, permitted, bounding&quot;.</extracomment>
        <translation>%1 est accordée (%2).</translation>
    </message>
    <message>
        <source>Remove %1 from every capability set</source>
        <translation>Retirer %1 de tous les ensembles de capacités</translation>
    </message>
    <message>
        <source>The process has neither an AppArmor profile nor an SELinux label.</source>
        <translation>Le processus n&apos;a ni profil AppArmor ni étiquette SELinux.</translation>
    </message>
    <message>
        <source>The AppArmor profile is &quot;unconfined&quot;: AppArmor does not confine the process.</source>
        <translation>Le profil AppArmor est &quot;unconfined&quot;&#xa0;: AppArmor ne confine pas le processus.</translation>
    </message>
    <message>
        <source>The SELinux type %1 is not one made for containers.</source>
        <translation>Le type SELinux %1 n&apos;est pas un type conçu pour les conteneurs.</translation>
    </message>
    <message>
        <source>The root filesystem is writable.</source>
        <translation>Le système de fichiers racine est accessible en écriture.</translation>
    </message>
    <message>
        <source>Make the root filesystem read-only</source>
        <translation>Mettre le système de fichiers racine en lecture seule</translation>
    </message>
    <message>
        <source>The mount at %1 has %2 propagation.</source>
        <translation>Le montage sur %1 a une propagation %2.</translation>
    </message>
    <message>
        <source>Use %1 propagation instead</source>
        <translation>Utiliser plutôt la propagation %1</translation>
    </message>
    <message>
        <source>Remove the mount of %1</source>
        <translation>Supprimer le montage de %1</translation>
    </message>
    <message>
        <source>The host&apos;s %1 is bind-mounted at %2.</source>
        <translation>Le %1 de l&apos;hôte est monté en bind sur %2.</translation>
    </message>
    <message>
        <source>%1 is bind-mounted at %2; it lies in the host&apos;s %3.</source>
        <translation>%1 est monté en bind sur %2&#xa0;; il se trouve dans le %3 de l&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 is bind-mounted at %2; it holds the host&apos;s %3.</source>
        <translation>%1 est monté en bind sur %2&#xa0;; il contient le %3 de l&apos;hôte.</translation>
    </message>
    <message>
        <source>The host path %1 is bind-mounted read-write at %2.</source>
        <translation>Le chemin de l&apos;hôte %1 est monté en bind en lecture-écriture sur %2.</translation>
    </message>
    <message>
        <source>Mount %1 read-only</source>
        <translation>Monter %1 en lecture seule</translation>
    </message>
    <message>
        <source>The host path %1 is bind-mounted read-only at %2.</source>
        <translation>Le chemin de l&apos;hôte %1 est monté en bind en lecture seule sur %2.</translation>
    </message>
    <message>
        <source>Give the container its own %1 namespace</source>
        <translation>Donner au conteneur son propre espace de noms %1</translation>
    </message>
    <message>
        <source>The %1 namespace is joined through %2, which is the host&apos;s own.</source>
        <translation>L&apos;espace de noms %1 est rejoint via %2, qui est celui de l&apos;hôte.</translation>
    </message>
    <message>
        <source>linux.namespaces has no %1 namespace, so the container shares the host&apos;s.</source>
        <translation>linux.namespaces ne contient pas d&apos;espace de noms %1, le conteneur partage donc celui de l&apos;hôte.</translation>
    </message>
    <message>
        <source>The process has no seccomp filter: every system call is allowed.</source>
        <translation>Le processus n&apos;a pas de filtre seccomp&#xa0;: tous les appels système sont autorisés.</translation>
    </message>
    <message>
        <source>The seccomp profile allows every system call (%1) and names none: it filters nothing.</source>
        <translation>Le profil seccomp autorise tous les appels système (%1) et n&apos;en nomme aucun&#xa0;: il ne filtre rien.</translation>
    </message>
    <message>
        <source>The seccomp profile allows every system call it does not name (%1).</source>
        <translation>Le profil seccomp autorise tous les appels système qu&apos;il ne nomme pas (%1).</translation>
    </message>
    <message numerus="yes">
        <source>linux.maskedPaths lacks %n of runc&apos;s default entries: %1.</source>
        <translation>
            <numerusform>Il manque à linux.maskedPaths %n des entrées par défaut de runc&#xa0;: %1.</numerusform>
            <numerusform>Il manque à linux.maskedPaths %n des entrées par défaut de runc&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n path(s) to linux.maskedPaths</source>
        <translation>
            <numerusform>Ajouter %n chemin à linux.maskedPaths</numerusform>
            <numerusform>Ajouter %n chemins à linux.maskedPaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>linux.readonlyPaths lacks %n of runc&apos;s default entries: %1.</source>
        <translation>
            <numerusform>Il manque à linux.readonlyPaths %n des entrées par défaut de runc&#xa0;: %1.</numerusform>
            <numerusform>Il manque à linux.readonlyPaths %n des entrées par défaut de runc&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n path(s) to linux.readonlyPaths</source>
        <translation>
            <numerusform>Ajouter %n chemin à linux.readonlyPaths</numerusform>
            <numerusform>Ajouter %n chemins à linux.readonlyPaths</numerusform>
        </translation>
    </message>
    <message>
        <source>The root filesystem has %1 propagation.</source>
        <translation>Le système de fichiers racine a une propagation %1.</translation>
    </message>
    <message>
        <source>Set the root filesystem&apos;s propagation to rslave</source>
        <translation>Régler la propagation du système de fichiers racine sur rslave</translation>
    </message>
    <message>
        <source>The container has no memory limit.</source>
        <translation>Le conteneur n&apos;a pas de limite de mémoire.</translation>
    </message>
    <message>
        <source>The container has no limit on the number of its processes.</source>
        <translation>Le conteneur n&apos;a pas de limite sur le nombre de ses processus.</translation>
    </message>
    <message>
        <source>Limit the container to %1 processes</source>
        <translation>Limiter le conteneur à %1 processus</translation>
    </message>
    <message>
        <source>The container has neither CPU shares nor a CPU quota.</source>
        <translation>Le conteneur n&apos;a ni parts CPU ni quota CPU.</translation>
    </message>
    <message>
        <source>Remove the device %1</source>
        <translation>Supprimer le périphérique %1</translation>
    </message>
    <message>
        <source>The container gets the block device %1 (%2:%3).</source>
        <translation>Le conteneur reçoit le périphérique bloc %1 (%2:%3).</translation>
    </message>
    <message>
        <source>The container gets the device %1 (%2:%3).</source>
        <translation>Le conteneur reçoit le périphérique %1 (%2:%3).</translation>
    </message>
    <message>
        <source>Remove the device rule</source>
        <translation>Supprimer la règle de périphérique</translation>
    </message>
    <message>
        <source>The rule allows every device (access %1).</source>
        <translation>La règle autorise tous les périphériques (accès %1).</translation>
    </message>
    <message>
        <source>The rule allows every block device (access %1).</source>
        <translation>La règle autorise tous les périphériques bloc (accès %1).</translation>
    </message>
    <message>
        <source>The rule allows every character device (access %1).</source>
        <translation>La règle autorise tous les périphériques caractère (accès %1).</translation>
    </message>
    <message>
        <source>The rule allows the device %1 %2 (access %3).</source>
        <extracomment>%1 is the device type (c or b), %2 its numbers, e.g. 8:0, %3 the access, e.g. rw.</extracomment>
        <translation>La règle autorise le périphérique %1 %2 (accès %3).</translation>
    </message>
    <message>
        <source>The sysctl %1 is not one Kubernetes considers safe.</source>
        <translation>Le sysctl %1 ne fait pas partie de ceux que Kubernetes considère comme sûrs.</translation>
    </message>
    <message>
        <source>Remove the sysctl %1</source>
        <translation>Supprimer le sysctl %1</translation>
    </message>
    <message>
        <source>The %1 hook runs %2 from the host.</source>
        <extracomment>%1 is the kind of hook (prestart, poststop, ...), %2 the program.</extracomment>
        <translation>Le hook %1 exécute %2 depuis l&apos;hôte.</translation>
    </message>
    <message>
        <source>Remove the %1 hook %2</source>
        <translation>Supprimer le hook %1 %2</translation>
    </message>
    <message>
        <source>No hardening findings</source>
        <translation>Aucun constat de durcissement</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: passed</source>
        <extracomment>A standard that no finding fails, e.g. &quot;PSS baseline: passed&quot;.</extracomment>
        <translation>%1&#xa0;: réussi</translation>
    </message>
    <message numerus="yes">
        <source>%1: failed (%n finding(s))</source>
        <translation>
            <numerusform>%1&#xa0;: échoué (%n constat)</numerusform>
            <numerusform>%1&#xa0;: échoué (%n constats)</numerusform>
        </translation>
    </message>
    <message>
        <source>runc gives a container only CAP_AUDIT_WRITE, CAP_KILL and CAP_NET_BIND_SERVICE. This capability is one Docker grants by default, so it is common, but every capability is a piece of root&apos;s power the process keeps. Remove it unless the program needs it; PSS restricted allows none but CAP_NET_BIND_SERVICE.</source>
        <translation>runc ne donne à un conteneur que CAP_AUDIT_WRITE, CAP_KILL et CAP_NET_BIND_SERVICE. Cette capacité fait partie de celles que Docker accorde par défaut, elle est donc courante, mais chaque capacité est une part du pouvoir de root que le processus conserve. Retirez-la sauf si le programme en a besoin&#xa0;; PSS restricted n&apos;autorise que CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>Neither runc nor Docker grants this capability by default. Each added capability widens what a compromised process can do to the kernel and the host. Keep it only when the program cannot work without it, and document why.</source>
        <translation>Ni runc ni Docker n&apos;accordent cette capacité par défaut. Chaque capacité ajoutée élargit ce qu&apos;un processus compromis peut faire au noyau et à l&apos;hôte. Ne la gardez que si le programme ne peut pas fonctionner sans elle, et documentez pourquoi.</translation>
    </message>
    <message>
        <source>runc grants this capability by default, but the restricted profile of the Pod Security Standards asks a container to drop every capability and add back at most CAP_NET_BIND_SERVICE. Most programs run without it.</source>
        <translation>runc accorde cette capacité par défaut, mais le profil restricted des Pod Security Standards demande à un conteneur de retirer toutes les capacités et de n&apos;en rajouter au plus que CAP_NET_BIND_SERVICE. La plupart des programmes fonctionnent sans elle.</translation>
    </message>
    <message>
        <source>CAP_SYS_ADMIN is the catch-all capability: mounting file systems, creating namespaces, configuring many kernel subsystems. It is close to full root, and most known container escapes start from it. Find the one operation the program needs and grant a narrower capability, or none.</source>
        <translation>CAP_SYS_ADMIN est la capacité fourre-tout&#xa0;: monter des systèmes de fichiers, créer des espaces de noms, configurer de nombreux sous-systèmes du noyau. Elle équivaut presque à root, et la plupart des évasions de conteneur connues partent d&apos;elle. Trouvez l&apos;opération précise dont le programme a besoin et accordez une capacité plus étroite, ou aucune.</translation>
    </message>
    <message>
        <source>CAP_SYS_MODULE loads and unloads kernel modules. Code in a module runs in the host&apos;s kernel, so a container with it controls the whole machine.</source>
        <translation>CAP_SYS_MODULE charge et décharge des modules du noyau. Le code d&apos;un module s&apos;exécute dans le noyau de l&apos;hôte&#xa0;: un conteneur qui a cette capacité contrôle donc toute la machine.</translation>
    </message>
    <message>
        <source>CAP_SYS_PTRACE lets a process read and change the memory of other processes it can see. Together with the host&apos;s PID namespace it reaches processes outside the container. Debuggers need it; services do not.</source>
        <translation>CAP_SYS_PTRACE permet à un processus de lire et de modifier la mémoire des autres processus qu&apos;il voit. Avec l&apos;espace de noms PID de l&apos;hôte, elle atteint des processus hors du conteneur. Les débogueurs en ont besoin&#xa0;; les services, non.</translation>
    </message>
    <message>
        <source>CAP_NET_ADMIN configures interfaces, routes and firewall rules. In the host&apos;s network namespace that is the host&apos;s network; in the container&apos;s own it still opens a large part of the kernel&apos;s network code to the process.</source>
        <translation>CAP_NET_ADMIN configure les interfaces, les routes et les règles de pare-feu. Dans l&apos;espace de noms réseau de l&apos;hôte, c&apos;est le réseau de l&apos;hôte&#xa0;; dans celui du conteneur, elle ouvre tout de même au processus une grande partie du code réseau du noyau.</translation>
    </message>
    <message>
        <source>CAP_NET_RAW opens raw and packet sockets: a process can forge packets and spoof addresses on the networks it reaches. Docker grants it by default, the Pod Security Standards do not. Only tools such as ping need it, and modern ping works without it.</source>
        <translation>CAP_NET_RAW ouvre des sockets raw et packet&#xa0;: un processus peut forger des paquets et usurper des adresses sur les réseaux qu&apos;il atteint. Docker l&apos;accorde par défaut, les Pod Security Standards non. Seuls des outils comme ping en ont besoin, et un ping moderne fonctionne sans elle.</translation>
    </message>
    <message>
        <source>CAP_DAC_READ_SEARCH skips permission checks on reading files and directories, and allows open_by_handle_at(), which a known escape used to read files of the host outside the container&apos;s root.</source>
        <translation>CAP_DAC_READ_SEARCH contourne les vérifications de permissions pour la lecture des fichiers et répertoires, et autorise open_by_handle_at(), qu&apos;une évasion connue a utilisé pour lire des fichiers de l&apos;hôte hors de la racine du conteneur.</translation>
    </message>
    <message>
        <source>CAP_SYS_RAWIO allows raw I/O: I/O ports, /dev/mem and raw commands to block devices. With a device at hand it bypasses every file system permission.</source>
        <translation>CAP_SYS_RAWIO autorise les E/S brutes&#xa0;: ports d&apos;E/S, /dev/mem et commandes brutes vers les périphériques bloc. Avec un périphérique à disposition, elle contourne toutes les permissions du système de fichiers.</translation>
    </message>
    <message>
        <source>CAP_BPF loads BPF programs and maps into the kernel. The verifier is a frequent source of kernel vulnerabilities, and with CAP_PERFMON or CAP_NET_ADMIN such programs can watch the whole host.</source>
        <translation>CAP_BPF charge des programmes et des maps BPF dans le noyau. Le vérificateur est une source fréquente de vulnérabilités du noyau, et avec CAP_PERFMON ou CAP_NET_ADMIN de tels programmes peuvent observer tout l&apos;hôte.</translation>
    </message>
    <message>
        <source>CAP_PERFMON opens performance monitoring and tracing, which can observe other processes and the kernel itself and leak what they hold.</source>
        <translation>CAP_PERFMON ouvre la surveillance des performances et le traçage, qui peuvent observer d&apos;autres processus et le noyau lui-même, et divulguer ce qu&apos;ils contiennent.</translation>
    </message>
    <message>
        <source>CAP_SYS_BOOT reboots the machine and loads a new kernel with kexec. It has no use inside a container.</source>
        <translation>CAP_SYS_BOOT redémarre la machine et charge un nouveau noyau avec kexec. Elle n&apos;a aucune utilité dans un conteneur.</translation>
    </message>
    <message>
        <source>CAP_SYS_TIME sets the system clock. The clock is not namespaced: the change applies to the host and every container on it, and breaks certificates, logs and schedules.</source>
        <translation>CAP_SYS_TIME règle l&apos;horloge système. L&apos;horloge n&apos;a pas d&apos;espace de noms&#xa0;: le changement s&apos;applique à l&apos;hôte et à tous ses conteneurs, et casse certificats, journaux et planifications.</translation>
    </message>
    <message>
        <source>CAP_MAC_ADMIN changes the configuration of mandatory access control (AppArmor, SELinux, Smack), the very policy meant to contain the container.</source>
        <translation>CAP_MAC_ADMIN modifie la configuration du contrôle d&apos;accès obligatoire (AppArmor, SELinux, Smack), la politique même qui doit contenir le conteneur.</translation>
    </message>
    <message>
        <source>CAP_MAC_OVERRIDE lets a process ignore mandatory access control policy where the security module honours it.</source>
        <translation>CAP_MAC_OVERRIDE permet à un processus d&apos;ignorer la politique de contrôle d&apos;accès obligatoire là où le module de sécurité le respecte.</translation>
    </message>
    <message>
        <source>CAP_SYSLOG reads and clears the kernel log, which holds messages of the whole host and kernel addresses that help an attacker defeat address randomisation.</source>
        <translation>CAP_SYSLOG lit et efface le journal du noyau, qui contient des messages de tout l&apos;hôte et des adresses du noyau aidant un attaquant à déjouer la randomisation des adresses.</translation>
    </message>
    <message>
        <source>CAP_AUDIT_CONTROL changes the kernel&apos;s audit rules and can switch auditing off, hiding what happens on the host.</source>
        <translation>CAP_AUDIT_CONTROL modifie les règles d&apos;audit du noyau et peut désactiver l&apos;audit, masquant ce qui se passe sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Without a PID namespace of its own the container sees every process of the host, their command lines and environments, and can signal or trace those of the same user. Add a pid entry to linux.namespaces without a path.</source>
        <translation>Sans espace de noms PID propre, le conteneur voit tous les processus de l&apos;hôte, leurs lignes de commande et leurs environnements, et peut envoyer des signaux à ceux du même utilisateur ou les tracer. Ajoutez à linux.namespaces une entrée pid sans chemin.</translation>
    </message>
    <message>
        <source>Without a network namespace of its own the container uses the host&apos;s interfaces: it can listen on any host port, reach services bound to localhost and watch local traffic. With its own namespace it starts with loopback only, and networking is added on purpose.</source>
        <translation>Sans espace de noms réseau propre, le conteneur utilise les interfaces de l&apos;hôte&#xa0;: il peut écouter sur n&apos;importe quel port de l&apos;hôte, joindre les services liés à localhost et observer le trafic local. Avec son propre espace de noms, il démarre avec seulement loopback, et le réseau est ajouté délibérément.</translation>
    </message>
    <message>
        <source>Without an IPC namespace of its own the container shares System V shared memory, semaphores and message queues with the host, and can read or corrupt what host programs keep there.</source>
        <translation>Sans espace de noms IPC propre, le conteneur partage avec l&apos;hôte la mémoire partagée, les sémaphores et les files de messages System V, et peut lire ou corrompre ce que les programmes de l&apos;hôte y conservent.</translation>
    </message>
    <message>
        <source>Without a UTS namespace of its own the container shares the host&apos;s hostname and domain name; hostname in the configuration then has no effect, and a process with CAP_SYS_ADMIN renames the host.</source>
        <translation>Sans espace de noms UTS propre, le conteneur partage le nom d&apos;hôte et le nom de domaine de l&apos;hôte&#xa0;; hostname dans la configuration n&apos;a alors aucun effet, et un processus disposant de CAP_SYS_ADMIN renomme l&apos;hôte.</translation>
    </message>
    <message>
        <source>Without a user namespace user IDs in the container are the host&apos;s: root in the container is root on the host, held back only by capabilities, seccomp and the security module. A user namespace maps the container&apos;s root to an unprivileged host user. It needs linux.uidMappings and linux.gidMappings, so there is no one-click fix.</source>
        <translation>Sans espace de noms utilisateur, les ID utilisateur du conteneur sont ceux de l&apos;hôte&#xa0;: root dans le conteneur est root sur l&apos;hôte, retenu seulement par les capacités, seccomp et le module de sécurité. Un espace de noms utilisateur fait correspondre le root du conteneur à un utilisateur non privilégié de l&apos;hôte. Il nécessite linux.uidMappings et linux.gidMappings, il n&apos;y a donc pas de correctif en un clic.</translation>
    </message>
    <message>
        <source>Without a cgroup namespace the container sees the host&apos;s control group tree in /proc/self/cgroup and under /sys/fs/cgroup, which tells it about the host and other containers. Docker and Podman give every container its own on cgroup v2.</source>
        <translation>Sans espace de noms cgroup, le conteneur voit l&apos;arborescence des groupes de contrôle de l&apos;hôte dans /proc/self/cgroup et sous /sys/fs/cgroup, ce qui le renseigne sur l&apos;hôte et les autres conteneurs. Docker et Podman donnent à chaque conteneur le sien sous cgroup v2.</translation>
    </message>
    <message>
        <source>The process runs as user 0, and that user is root on the host. Any way out of the container, through a kernel bug or a careless mount, then lands as root. Run the program as an unprivileged user, or give the container a user namespace that maps its root to an unprivileged host user.</source>
        <translation>Le processus s&apos;exécute en tant qu&apos;utilisateur 0, et cet utilisateur est root sur l&apos;hôte. Toute sortie du conteneur, par un bogue du noyau ou un montage imprudent, aboutit alors en root. Exécutez le programme avec un utilisateur non privilégié, ou donnez au conteneur un espace de noms utilisateur qui fait correspondre son root à un utilisateur non privilégié de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Without noNewPrivileges a process can gain privileges by running a setuid or setgid program, or one with file capabilities. Setting it to true makes execve() keep privileges as they are; it is also what lets an unprivileged process install a seccomp filter.</source>
        <translation>Sans noNewPrivileges, un processus peut gagner des privilèges en exécutant un programme setuid ou setgid, ou un programme doté de capacités de fichier. Le mettre à true fait que execve() conserve les privilèges tels quels&#xa0;; c&apos;est aussi ce qui permet à un processus non privilégié d&apos;installer un filtre seccomp.</translation>
    </message>
    <message>
        <source>Without a seccomp filter the process may make every system call the kernel has, including rarely used ones where kernel bugs hide (keyctl, bpf, userfaultfd, perf_event_open). Docker, Podman and Kubernetes&apos; RuntimeDefault all install a profile that allows what ordinary programs use and refuses the rest. Add such a profile to linux.seccomp.</source>
        <translation>Sans filtre seccomp, le processus peut faire tous les appels système du noyau, y compris des appels rarement utilisés où se cachent des bogues du noyau (keyctl, bpf, userfaultfd, perf_event_open). Docker, Podman et le RuntimeDefault de Kubernetes installent tous un profil qui autorise ce qu&apos;utilisent les programmes ordinaires et refuse le reste. Ajoutez un tel profil à linux.seccomp.</translation>
    </message>
    <message>
        <source>The seccomp profile allows every system call it does not name. Such a list of refusals misses new and forgotten calls; the default profiles of container engines work the other way round: defaultAction refuses (SCMP_ACT_ERRNO) and the rules list what is allowed.</source>
        <translation>Le profil seccomp autorise tous les appels système qu&apos;il ne nomme pas. Une telle liste de refus oublie les appels nouveaux et négligés&#xa0;; les profils par défaut des moteurs de conteneurs font l&apos;inverse&#xa0;: defaultAction refuse (SCMP_ACT_ERRNO) et les règles listent ce qui est autorisé.</translation>
    </message>
    <message>
        <source>Neither an AppArmor profile nor an SELinux label is set, so no mandatory access control confines the process beyond file permissions. On an AppArmor host set process.apparmorProfile to a loaded profile (Docker&apos;s is docker-default); on an SELinux host set process.selinuxLabel with a container type such as container_t. The name depends on the host, so there is no one-click fix.</source>
        <translation>Ni profil AppArmor ni étiquette SELinux n&apos;est défini&#xa0;: aucun contrôle d&apos;accès obligatoire ne confine le processus au-delà des permissions de fichiers. Sur un hôte AppArmor, mettez dans process.apparmorProfile un profil chargé (celui de Docker est docker-default)&#xa0;; sur un hôte SELinux, définissez process.selinuxLabel avec un type de conteneur comme container_t. Le nom dépend de l&apos;hôte, il n&apos;y a donc pas de correctif en un clic.</translation>
    </message>
    <message>
        <source>The AppArmor profile &quot;unconfined&quot; switches AppArmor off for the process. Use the profile your container engine loads, or one written for the program.</source>
        <translation>Le profil AppArmor &quot;unconfined&quot; désactive AppArmor pour le processus. Utilisez le profil que charge votre moteur de conteneurs, ou un profil écrit pour le programme.</translation>
    </message>
    <message>
        <source>The SELinux label gives the process a type outside those made for containers (container_t, container_init_t, container_kvm_t, container_engine_t). Types such as spc_t or unconfined_t are not confined at all.</source>
        <translation>L&apos;étiquette SELinux donne au processus un type en dehors de ceux conçus pour les conteneurs (container_t, container_init_t, container_kvm_t, container_engine_t). Des types comme spc_t ou unconfined_t ne sont pas confinés du tout.</translation>
    </message>
    <message>
        <source>runc hides parts of /proc and /sys that reveal or control the host: kernel memory (/proc/kcore), keys, timers, firmware. The Pod Security Standards require these default masks. Add the missing paths back to linux.maskedPaths.</source>
        <translation>runc masque les parties de /proc et /sys qui révèlent ou contrôlent l&apos;hôte&#xa0;: mémoire du noyau (/proc/kcore), clés, temporisateurs, micrologiciel. Les Pod Security Standards exigent ces masques par défaut. Rajoutez les chemins manquants à linux.maskedPaths.</translation>
    </message>
    <message>
        <source>runc makes parts of /proc read-only that change the host kernel: /proc/sys, /proc/sysrq-trigger, interrupt and bus settings. Without them a process with enough privilege can retune or crash the host. Add the missing paths back to linux.readonlyPaths.</source>
        <translation>runc met en lecture seule les parties de /proc qui modifient le noyau de l&apos;hôte&#xa0;: /proc/sys, /proc/sysrq-trigger, les réglages d&apos;interruptions et de bus. Sans cela, un processus suffisamment privilégié peut dérégler ou faire planter l&apos;hôte. Rajoutez les chemins manquants à linux.readonlyPaths.</translation>
    </message>
    <message>
        <source>The root filesystem is writable. An intruder can then replace the container&apos;s programs and libraries, and changes outlive a restart of the process. With root.readonly the image stays as built; give the program tmpfs or volume mounts for the few places it writes.</source>
        <translation>Le système de fichiers racine est accessible en écriture. Un intrus peut alors remplacer les programmes et bibliothèques du conteneur, et les modifications survivent à un redémarrage du processus. Avec root.readonly, l&apos;image reste telle que construite&#xa0;; donnez au programme des montages tmpfs ou de volumes pour les quelques endroits où il écrit.</translation>
    </message>
    <message>
        <source>With shared propagation of the root, mounts made inside the container travel back to the host&apos;s mount table. rslave, runc&apos;s default, still lets host mounts arrive but sends nothing back.</source>
        <translation>Avec une propagation shared de la racine, les montages faits dans le conteneur remontent dans la table des montages de l&apos;hôte. rslave, la valeur par défaut de runc, laisse toujours arriver les montages de l&apos;hôte mais ne renvoie rien.</translation>
    </message>
    <message>
        <source>Without a memory limit one container can take all of the host&apos;s memory and make the kernel kill other programs. Set linux.resources.memory.limit to what the program needs with some headroom; the right figure depends on the workload, so there is no one-click fix.</source>
        <translation>Sans limite de mémoire, un conteneur peut prendre toute la mémoire de l&apos;hôte et pousser le noyau à tuer d&apos;autres programmes. Réglez linux.resources.memory.limit sur ce dont le programme a besoin, avec de la marge&#xa0;; la bonne valeur dépend de la charge, il n&apos;y a donc pas de correctif en un clic.</translation>
    </message>
    <message>
        <source>Without a limit on processes a fork bomb in the container exhausts the host&apos;s process table, and nothing else can start. The fix sets 4096, generous for one service; lower it to what the program really uses.</source>
        <translation>Sans limite de processus, une fork bomb dans le conteneur épuise la table des processus de l&apos;hôte, et plus rien ne peut démarrer. Le correctif fixe 4096, généreux pour un service&#xa0;; abaissez-le à ce que le programme utilise réellement.</translation>
    </message>
    <message>
        <source>Neither CPU shares nor a CPU quota is set, so the container competes for the processor like any host process and a busy loop slows everything else. Set linux.resources.cpu.shares, or quota and period, to suit the workload.</source>
        <translation>Ni parts CPU ni quota CPU ne sont définis&#xa0;: le conteneur se dispute le processeur comme n&apos;importe quel processus de l&apos;hôte, et une boucle active ralentit tout le reste. Réglez linux.resources.cpu.shares, ou quota et period, selon la charge.</translation>
    </message>
    <message>
        <source>A bind mount gives the container a part of the host&apos;s file system. System directories such as /, /etc, /proc, /sys, /dev, /boot or kernel modules let a process read secrets of the host or, when writable, change it outright. Mount only the files the program needs, read-only where possible.</source>
        <translation>Un montage bind donne au conteneur une partie du système de fichiers de l&apos;hôte. Des répertoires système comme /, /etc, /proc, /sys, /dev, /boot ou les modules du noyau permettent à un processus de lire des secrets de l&apos;hôte ou, s&apos;ils sont accessibles en écriture, de le modifier directement. Ne montez que les fichiers dont le programme a besoin, en lecture seule si possible.</translation>
    </message>
    <message>
        <source>Whoever reaches a container engine&apos;s socket or state can start a privileged container of their own and so owns the host. The Docker, containerd and CRI-O sockets, runc&apos;s state and the engines&apos; storage must never be mounted into an ordinary container.</source>
        <translation>Quiconque atteint le socket ou l&apos;état d&apos;un moteur de conteneurs peut lancer son propre conteneur privilégié et possède ainsi l&apos;hôte. Les sockets de Docker, containerd et CRI-O, l&apos;état de runc et le stockage des moteurs ne doivent jamais être montés dans un conteneur ordinaire.</translation>
    </message>
    <message>
        <source>A read-write bind mount lets the container change files on the host, which the host and other containers may trust. Add &quot;ro&quot; to the mount&apos;s options unless the program has to write there.</source>
        <translation>Un montage bind en lecture-écriture permet au conteneur de modifier des fichiers de l&apos;hôte, auxquels l&apos;hôte et d&apos;autres conteneurs peuvent se fier. Ajoutez &quot;ro&quot; aux options du montage, sauf si le programme doit y écrire.</translation>
    </message>
    <message>
        <source>The mount shows the container a part of the host&apos;s file system, read-only. That is often fine, but the Pod Security Standards forbid host paths outright: the container depends on this host and learns about it.</source>
        <translation>Le montage montre au conteneur une partie du système de fichiers de l&apos;hôte, en lecture seule. C&apos;est souvent acceptable, mais les Pod Security Standards interdisent purement et simplement les chemins de l&apos;hôte&#xa0;: le conteneur dépend de cet hôte et apprend des choses sur lui.</translation>
    </message>
    <message>
        <source>Shared propagation sends mounts made inside the container back to the host, so the container can change what the host sees below that path. Use private (or slave) propagation.</source>
        <translation>La propagation shared renvoie à l&apos;hôte les montages faits dans le conteneur, qui peut ainsi modifier ce que l&apos;hôte voit sous ce chemin. Utilisez une propagation private (ou slave).</translation>
    </message>
    <message>
        <source>This device cgroup rule lets the container read and write every device of a kind, or all of them: raw disks, memory, the console. It is what privileged mode grants. runc allows a short list (null, zero, full, random, urandom, tty, ptmx, pts, tun); allow other devices one by one.</source>
        <translation>Cette règle de cgroup devices permet au conteneur de lire et d&apos;écrire tous les périphériques d&apos;un type, voire tous&#xa0;: disques bruts, mémoire, console. C&apos;est ce qu&apos;accorde le mode privilégié. runc autorise une courte liste (null, zero, full, random, urandom, tty, ptmx, pts, tun)&#xa0;; autorisez les autres périphériques un par un.</translation>
    </message>
    <message>
        <source>This device cgroup rule allows a device beyond runc&apos;s default list. Make sure the container really needs it: a device node is direct access to host hardware or a kernel driver.</source>
        <translation>Cette règle de cgroup devices autorise un périphérique hors de la liste par défaut de runc. Vérifiez que le conteneur en a vraiment besoin&#xa0;: un nœud de périphérique est un accès direct au matériel de l&apos;hôte ou à un pilote du noyau.</translation>
    </message>
    <message>
        <source>The container gets a block device node. Whoever may write a disk below its file system bypasses every permission on it, and reading it reveals all its files.</source>
        <translation>Le conteneur reçoit un nœud de périphérique bloc. Qui peut écrire sur un disque en dessous de son système de fichiers contourne toutes ses permissions, et le lire révèle tous ses fichiers.</translation>
    </message>
    <message>
        <source>The container gets a device node beyond the ones runc creates (null, zero, full, random, urandom, tty). Each is a door to a host driver; keep only those the program uses.</source>
        <translation>Le conteneur reçoit un nœud de périphérique en plus de ceux que crée runc (null, zero, full, random, urandom, tty). Chacun est une porte vers un pilote de l&apos;hôte&#xa0;; ne gardez que ceux qu&apos;utilise le programme.</translation>
    </message>
    <message>
        <source>Kubernetes calls only a few sysctls safe: namespaced ones that cannot affect other containers or the host. Others may change kernel behaviour for everyone or weaken its protections, and runc refuses those that are not namespaced at all.</source>
        <translation>Kubernetes ne considère comme sûrs que quelques sysctls&#xa0;: ceux, isolés par espace de noms, qui ne peuvent affecter ni les autres conteneurs ni l&apos;hôte. Les autres peuvent changer le comportement du noyau pour tout le monde ou affaiblir ses protections, et runc refuse ceux qui ne sont pas du tout isolés par espace de noms.</translation>
    </message>
    <message>
        <source>Hooks run programs of the host as the runtime&apos;s user, usually root, outside the container&apos;s restrictions (createContainer hooks enter its namespaces, but the program still comes from the host). Whoever can change the configuration or the program can run code as root on the host. Keep only hooks you know.</source>
        <translation>Les hooks exécutent des programmes de l&apos;hôte sous l&apos;utilisateur du runtime, généralement root, hors des restrictions du conteneur (les hooks createContainer entrent dans ses espaces de noms, mais le programme vient toujours de l&apos;hôte). Quiconque peut modifier la configuration ou le programme peut exécuter du code en root sur l&apos;hôte. Ne gardez que les hooks que vous connaissez.</translation>
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
        <translation>PSS baseline&#xa0;: %1</translation>
    </message>
    <message>
        <source>PSS restricted: %1</source>
        <extracomment>A control of the Pod Security Standards&apos; restricted profile.</extracomment>
        <translation>PSS restricted&#xa0;: %1</translation>
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
        <translation>Pas de correctif automatique&#xa0;; l&apos;explication indique quoi faire.</translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>In the Fix column: the finding has a fix.</extracomment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
</context>
<context>
    <name>SecurityReviewPanel</name>
    <message>
        <source>Fi&amp;x</source>
        <extracomment>Alt+F belongs to the File menu.</extracomment>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>Aller au c&amp;hamp</translation>
    </message>
    <message>
        <source>Double-click a finding to go to the field it is about.</source>
        <translation>Double-cliquez sur un constat pour aller au champ qu&apos;il concerne.</translation>
    </message>
    <message>
        <source>Apply the fix of the selected finding; Undo takes it back in one step</source>
        <translation>Appliquer le correctif du constat sélectionné&#xa0;; Annuler le reprend en une seule étape</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Revue en cours…</translation>
    </message>
    <message>
        <source>The configuration passes every hardening check the editor knows.</source>
        <translation>La configuration passe tous les contrôles de durcissement que connaît l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>Sélectionnez un constat pour voir en quoi il importe et comment le corriger.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>The code and the field of a finding, e.g. &quot;security.root.writable at /root/readonly&quot;.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No standard names this check; it is common hardening practice.</source>
        <translation>Aucun référentiel ne nomme ce contrôle&#xa0;; c&apos;est une pratique de durcissement courante.</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Enfreint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correctif&#xa0;: %1</translation>
    </message>
    <message>
        <source>No automatic fix.</source>
        <translation>Pas de correctif automatique.</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>Security findings</source>
        <translation>Constats de sécurité</translation>
    </message>
    <message>
        <source>Hardening advice about the configuration; Enter goes to the field</source>
        <translation>Conseils de durcissement sur la configuration&#xa0;; Entrée va au champ</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Détails du constat</translation>
    </message>
    <message>
        <source>The selected finding: why it matters and how to fix it</source>
        <translation>Le constat sélectionné&#xa0;: pourquoi il importe et comment le corriger</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>The command ends with a backslash.</source>
        <translation>La commande se termine par une barre oblique inverse.</translation>
    </message>
    <message>
        <source>A single quote (&apos;) is not closed.</source>
        <translation>Un guillemet simple (&apos;) n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>A double quote (&quot;) is not closed.</source>
        <translation>Un guillemet double (&quot;) n&apos;est pas fermé.</translation>
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
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>The JSON text; the run view&apos;s console</source>
        <translation>Le texte JSON&#xa0;; la console de la vue d&apos;exécution</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Entrée, Maj+Entrée</translation>
    </message>
    <message>
        <source>Next match, previous match</source>
        <translation>Occurrence suivante, occurrence précédente</translation>
    </message>
    <message>
        <source>The find field</source>
        <translation>Le champ de recherche</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Close the find field</source>
        <translation>Fermer le champ de recherche</translation>
    </message>
    <message>
        <source>Complete a member name or a value</source>
        <translation>Compléter un nom de membre ou une valeur</translation>
    </message>
    <message>
        <source>The JSON text</source>
        <translation>Le texte JSON</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+clic</translation>
    </message>
    <message>
        <source>Open the tab that edits the member</source>
        <translation>Ouvrir l&apos;onglet qui modifie le membre</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Entrée, double-clic</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Aller au champ</translation>
    </message>
    <message>
        <source>Validation, Security Review, the run view&apos;s findings, Compare, Runtime support</source>
        <translation>Validation, Revue de sécurité, constats de la vue d&apos;exécution, Comparer, Prise en charge des runtimes</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Précédent, Suivant</translation>
    </message>
    <message>
        <source>Learn OCI</source>
        <translation>Découvrir OCI</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Tick or clear a capability</source>
        <translation>Cocher ou décocher une capacité</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by keys, action or place…</source>
        <translation>Filtrer par touches, action ou endroit…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The keys, what they do and where they work</source>
        <translation>Les touches, ce qu&apos;elles font et où elles fonctionnent</translation>
    </message>
</context>
<context>
    <name>SpecCatalogue</name>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Process: User</source>
        <translation>Processus&#xa0;: utilisateur</translation>
    </message>
    <message>
        <source>Process: Capabilities</source>
        <translation>Processus&#xa0;: capacités</translation>
    </message>
    <message>
        <source>Process: Resource limits</source>
        <translation>Processus&#xa0;: limites de ressources</translation>
    </message>
    <message>
        <source>Process: Scheduler</source>
        <translation>Processus&#xa0;: ordonnanceur</translation>
    </message>
    <message>
        <source>Process: I/O priority</source>
        <translation>Processus&#xa0;: priorité d&apos;E/S</translation>
    </message>
    <message>
        <source>Process: CPU affinity</source>
        <translation>Processus&#xa0;: affinité CPU</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Linux: Namespaces</source>
        <translation>Linux&#xa0;: espaces de noms</translation>
    </message>
    <message>
        <source>Linux: User namespace mappings</source>
        <translation>Linux&#xa0;: correspondances de l&apos;espace de noms utilisateur</translation>
    </message>
    <message>
        <source>Linux: Time namespace offsets</source>
        <translation>Linux&#xa0;: décalages de l&apos;espace de noms temps</translation>
    </message>
    <message>
        <source>Linux: Devices</source>
        <translation>Linux&#xa0;: périphériques</translation>
    </message>
    <message>
        <source>Linux: Network devices</source>
        <translation>Linux&#xa0;: périphériques réseau</translation>
    </message>
    <message>
        <source>Linux: Control groups</source>
        <translation>Linux&#xa0;: groupes de contrôle</translation>
    </message>
    <message>
        <source>Linux: Allowed device list</source>
        <translation>Linux&#xa0;: liste des périphériques autorisés</translation>
    </message>
    <message>
        <source>Linux: Memory</source>
        <translation>Linux&#xa0;: mémoire</translation>
    </message>
    <message>
        <source>Linux: CPU</source>
        <translation>Linux&#xa0;: CPU</translation>
    </message>
    <message>
        <source>Linux: Block IO</source>
        <translation>Linux&#xa0;: E/S bloc</translation>
    </message>
    <message>
        <source>Linux: Huge page limits</source>
        <translation>Linux&#xa0;: limites de pages énormes</translation>
    </message>
    <message>
        <source>Linux: Network</source>
        <translation>Linux&#xa0;: réseau</translation>
    </message>
    <message>
        <source>Linux: PIDs</source>
        <translation>Linux&#xa0;: PID</translation>
    </message>
    <message>
        <source>Linux: RDMA</source>
        <translation>Linux&#xa0;: RDMA</translation>
    </message>
    <message>
        <source>Linux: Unified</source>
        <translation>Linux&#xa0;: Unified</translation>
    </message>
    <message>
        <source>Linux: IntelRdt</source>
        <translation>Linux&#xa0;: IntelRdt</translation>
    </message>
    <message>
        <source>Linux: Memory policy</source>
        <translation>Linux&#xa0;: politique mémoire</translation>
    </message>
    <message>
        <source>Linux: Sysctl</source>
        <translation>Linux&#xa0;: sysctl</translation>
    </message>
    <message>
        <source>Linux: Seccomp</source>
        <translation>Linux&#xa0;: seccomp</translation>
    </message>
    <message>
        <source>Linux: Rootfs mount propagation</source>
        <translation>Linux&#xa0;: propagation des montages du rootfs</translation>
    </message>
    <message>
        <source>Linux: Masked paths</source>
        <translation>Linux&#xa0;: chemins masqués</translation>
    </message>
    <message>
        <source>Linux: Readonly paths</source>
        <translation>Linux&#xa0;: chemins en lecture seule</translation>
    </message>
    <message>
        <source>Linux: Mount label</source>
        <translation>Linux&#xa0;: étiquette de montage</translation>
    </message>
    <message>
        <source>Linux: Personality</source>
        <translation>Linux&#xa0;: personnalité</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Windows: Devices</source>
        <translation>Windows&#xa0;: périphériques</translation>
    </message>
    <message>
        <source>Windows: Resources</source>
        <translation>Windows&#xa0;: ressources</translation>
    </message>
    <message>
        <source>Windows: Network</source>
        <translation>Windows&#xa0;: réseau</translation>
    </message>
    <message>
        <source>Windows: Hyper-V</source>
        <translation>Windows&#xa0;: Hyper-V</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Machine virtuelle</translation>
    </message>
    <message>
        <source>Virtual machine: Hardware</source>
        <translation>Machine virtuelle&#xa0;: matériel</translation>
    </message>
    <message>
        <source>Solaris</source>
        <translation>Solaris</translation>
    </message>
    <message>
        <source>Solaris: Automatic network</source>
        <translation>Solaris&#xa0;: réseau automatique</translation>
    </message>
    <message>
        <source>z/OS</source>
        <translation>z/OS</translation>
    </message>
    <message>
        <source>z/OS: Namespaces</source>
        <translation>z/OS&#xa0;: espaces de noms</translation>
    </message>
    <message>
        <source>z/OS: Devices</source>
        <translation>z/OS&#xa0;: périphériques</translation>
    </message>
    <message>
        <source>FreeBSD</source>
        <translation>FreeBSD</translation>
    </message>
    <message>
        <source>FreeBSD: Devices</source>
        <translation>FreeBSD&#xa0;: périphériques</translation>
    </message>
    <message>
        <source>FreeBSD: Jail</source>
        <translation>FreeBSD&#xa0;: Jail</translation>
    </message>
    <message>
        <source>Change the owner and group of any file.</source>
        <translation>Changer le propriétaire et le groupe de n&apos;importe quel fichier.</translation>
    </message>
    <message>
        <source>Ignore read, write and execute permission bits on files.</source>
        <translation>Ignorer les bits de permission de lecture, d&apos;écriture et d&apos;exécution des fichiers.</translation>
    </message>
    <message>
        <source>Read any file and list any directory; also allows opening files by handle, which can escape a chroot.</source>
        <translation>Lire n&apos;importe quel fichier et lister n&apos;importe quel répertoire&#xa0;; permet aussi d&apos;ouvrir des fichiers par handle, ce qui peut servir à sortir d&apos;un chroot.</translation>
    </message>
    <message>
        <source>Act as the owner of any file, e.g. to change its mode.</source>
        <translation>Agir comme le propriétaire de n&apos;importe quel fichier, p. ex. pour changer son mode.</translation>
    </message>
    <message>
        <source>Keep set-user-ID and set-group-ID bits when a file is modified.</source>
        <translation>Conserver les bits set-user-ID et set-group-ID lorsqu&apos;un fichier est modifié.</translation>
    </message>
    <message>
        <source>Send signals to processes of other users.</source>
        <translation>Envoyer des signaux aux processus d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <source>Change group IDs and the supplementary group list.</source>
        <translation>Changer les ID de groupe et la liste des groupes supplémentaires.</translation>
    </message>
    <message>
        <source>Change user IDs.</source>
        <translation>Changer les ID d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Change capability sets, e.g. drop bounding capabilities.</source>
        <translation>Modifier les ensembles de capacités, p. ex. retirer des capacités de l&apos;ensemble limitant.</translation>
    </message>
    <message>
        <source>Set the immutable and append-only file attributes.</source>
        <translation>Définir les attributs de fichier immuable et ajout seul (append-only).</translation>
    </message>
    <message>
        <source>Bind sockets to ports below 1024.</source>
        <translation>Lier des sockets aux ports inférieurs à 1024.</translation>
    </message>
    <message>
        <source>Broadcast and listen to multicast (unused by the kernel).</source>
        <translation>Diffuser et écouter en multidiffusion (capacité inutilisée par le noyau).</translation>
    </message>
    <message>
        <source>Configure network interfaces, routing, firewall rules and more.</source>
        <translation>Configurer les interfaces réseau, le routage, les règles de pare-feu et plus encore.</translation>
    </message>
    <message>
        <source>Use raw and packet sockets, e.g. for ping.</source>
        <translation>Utiliser des sockets raw et packet, p. ex. pour ping.</translation>
    </message>
    <message>
        <source>Lock memory so it is never swapped out.</source>
        <translation>Verrouiller de la mémoire pour qu&apos;elle ne soit jamais évincée vers le swap.</translation>
    </message>
    <message>
        <source>Bypass permission checks on System V IPC objects.</source>
        <translation>Contourner les vérifications de permission sur les objets IPC System V.</translation>
    </message>
    <message>
        <source>Load and unload kernel modules.</source>
        <translation>Charger et décharger des modules du noyau.</translation>
    </message>
    <message>
        <source>Access I/O ports and raw devices such as /dev/mem.</source>
        <translation>Accéder aux ports d&apos;E/S et aux périphériques bruts tels que /dev/mem.</translation>
    </message>
    <message>
        <source>Use chroot and change mount namespaces with setns.</source>
        <translation>Utiliser chroot et changer d&apos;espace de noms de montage avec setns.</translation>
    </message>
    <message>
        <source>Trace and inspect any process.</source>
        <translation>Tracer et inspecter n&apos;importe quel processus.</translation>
    </message>
    <message>
        <source>Switch process accounting on or off.</source>
        <translation>Activer ou désactiver la comptabilité des processus.</translation>
    </message>
    <message>
        <source>A catch-all for administration: mounting, namespaces, quotas and much more.</source>
        <translation>Un fourre-tout pour l&apos;administration&#xa0;: montages, espaces de noms, quotas et bien plus.</translation>
    </message>
    <message>
        <source>Reboot the machine and load a new kernel.</source>
        <translation>Redémarrer la machine et charger un nouveau noyau.</translation>
    </message>
    <message>
        <source>Raise priorities and set real-time scheduling and CPU affinity of any process.</source>
        <translation>Augmenter les priorités et définir l&apos;ordonnancement temps réel et l&apos;affinité CPU de n&apos;importe quel processus.</translation>
    </message>
    <message>
        <source>Exceed resource limits and quotas.</source>
        <translation>Dépasser les limites de ressources et les quotas.</translation>
    </message>
    <message>
        <source>Set the system clock.</source>
        <translation>Régler l&apos;horloge système.</translation>
    </message>
    <message>
        <source>Hang up virtual terminals.</source>
        <translation>Raccrocher les terminaux virtuels.</translation>
    </message>
    <message>
        <source>Create device nodes.</source>
        <translation>Créer des nœuds de périphérique.</translation>
    </message>
    <message>
        <source>Take leases on files owned by others.</source>
        <translation>Prendre des baux (leases) sur des fichiers appartenant à d&apos;autres.</translation>
    </message>
    <message>
        <source>Write records to the kernel audit log.</source>
        <translation>Écrire des enregistrements dans le journal d&apos;audit du noyau.</translation>
    </message>
    <message>
        <source>Configure kernel auditing.</source>
        <translation>Configurer l&apos;audit du noyau.</translation>
    </message>
    <message>
        <source>Give capabilities to files.</source>
        <translation>Attribuer des capacités à des fichiers.</translation>
    </message>
    <message>
        <source>Override mandatory access control (e.g. Smack).</source>
        <translation>Outrepasser le contrôle d&apos;accès obligatoire (p. ex. Smack).</translation>
    </message>
    <message>
        <source>Change mandatory access control policy.</source>
        <translation>Modifier la politique de contrôle d&apos;accès obligatoire.</translation>
    </message>
    <message>
        <source>Read and clear the kernel log; reveals kernel addresses.</source>
        <translation>Lire et effacer le journal du noyau&#xa0;; révèle des adresses du noyau.</translation>
    </message>
    <message>
        <source>Set timers that wake the system up.</source>
        <translation>Programmer des minuteries qui réveillent le système.</translation>
    </message>
    <message>
        <source>Prevent the system from suspending.</source>
        <translation>Empêcher la mise en veille du système.</translation>
    </message>
    <message>
        <source>Read the audit log through a multicast socket.</source>
        <translation>Lire le journal d&apos;audit via un socket multicast.</translation>
    </message>
    <message>
        <source>Use performance monitoring, which exposes kernel internals.</source>
        <translation>Utiliser la surveillance des performances, qui expose le fonctionnement interne du noyau.</translation>
    </message>
    <message>
        <source>Load BPF programs and create BPF maps.</source>
        <translation>Charger des programmes BPF et créer des maps BPF.</translation>
    </message>
    <message>
        <source>Checkpoint and restore processes, e.g. choose PIDs.</source>
        <translation>Créer des points de reprise et restaurer des processus, p. ex. choisir les PID.</translation>
    </message>
    <message>
        <source>The whole container configuration.</source>
        <translation>Toute la configuration du conteneur.</translation>
    </message>
    <message>
        <source>The config.json of a bundle: everything a runtime needs to create the container besides the root filesystem itself.</source>
        <translation>Le config.json d&apos;un bundle&#xa0;: tout ce dont un runtime a besoin pour créer le conteneur, en dehors du système de fichiers racine lui-même.</translation>
    </message>
    <message>
        <source>Spec version</source>
        <translation>Version de la spécification</translation>
    </message>
    <message>
        <source>Version of the runtime specification this file follows.</source>
        <translation>Version de la spécification runtime suivie par ce fichier.</translation>
    </message>
    <message>
        <source>Tells runtimes which edition of the runtime-spec the file was written for, as a SemVer string such as 1.2.0. Fields introduced after that version may be ignored by strict tools.</source>
        <translation>Indique aux runtimes pour quelle édition de la runtime-spec le fichier a été écrit, sous forme de chaîne SemVer telle que 1.2.0. Les champs introduits après cette version peuvent être ignorés par les outils stricts.</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>Système de fichiers racine</translation>
    </message>
    <message>
        <source>Where the container&apos;s root filesystem lives.</source>
        <translation>Emplacement du système de fichiers racine du conteneur.</translation>
    </message>
    <message>
        <source>Describes the directory that becomes / inside the container. Every platform needs it except Windows with Hyper-V isolation, where it must be left out.</source>
        <translation>Décrit le répertoire qui devient / à l&apos;intérieur du conteneur. Toutes les plateformes en ont besoin sauf Windows avec l&apos;isolation Hyper-V, où il doit être omis.</translation>
    </message>
    <message>
        <source>Root path</source>
        <translation>Chemin de la racine</translation>
    </message>
    <message>
        <source>Directory of the root filesystem, absolute or relative to the bundle.</source>
        <translation>Répertoire du système de fichiers racine, absolu ou relatif au bundle.</translation>
    </message>
    <message>
        <source>The directory that will appear as / in the container. A relative path is taken from the bundle directory; by convention it is &quot;rootfs&quot;. On Windows it is a volume GUID path such as \\?\Volume{GUID}\.</source>
        <translation>Le répertoire qui apparaîtra comme / dans le conteneur. Un chemin relatif part du répertoire du bundle&#xa0;; par convention, il s&apos;agit de &quot;rootfs&quot;. Sous Windows, c&apos;est un chemin de volume GUID tel que \\?\Volume{GUID}\.</translation>
    </message>
    <message>
        <source>Read-only root</source>
        <translation>Racine en lecture seule</translation>
    </message>
    <message>
        <source>Mount the root filesystem read-only.</source>
        <translation>Monter le système de fichiers racine en lecture seule.</translation>
    </message>
    <message>
        <source>When true, nothing in the container can write to its root filesystem; writable places must come from separate mounts such as a tmpfs. Windows does not support it: leave it out or false there.</source>
        <translation>Si true, rien dans le conteneur ne peut écrire dans son système de fichiers racine&#xa0;; les emplacements accessibles en écriture doivent provenir de montages distincts, comme un tmpfs. Windows ne le prend pas en charge&#xa0;: omettez-le ou mettez false.</translation>
    </message>
    <message>
        <source>Host name seen inside the container.</source>
        <translation>Nom d&apos;hôte vu à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>The name the container&apos;s processes get from uname and hostname. Setting it needs a UTS namespace of the container&apos;s own.</source>
        <translation>Le nom que les processus du conteneur obtiennent de uname et hostname. Le définir nécessite un espace de noms UTS propre au conteneur.</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nom de domaine</translation>
    </message>
    <message>
        <source>NIS domain name seen inside the container.</source>
        <translation>Nom de domaine NIS vu à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>The NIS/YP domain name of the container, as shown by domainname. Like the host name, it needs the container&apos;s own UTS namespace.</source>
        <translation>Le nom de domaine NIS/YP du conteneur, tel qu&apos;affiché par domainname. Comme le nom d&apos;hôte, il nécessite un espace de noms UTS propre au conteneur.</translation>
    </message>
    <message>
        <source>Free-form key/value metadata.</source>
        <translation>Métadonnées libres de type clé/valeur.</translation>
    </message>
    <message>
        <source>String metadata for tools that handle the container; runtimes do not act on it. Keys should use reverse domain names; the org.opencontainers prefix is reserved for the keys the specification lists.</source>
        <translation>Métadonnées sous forme de chaînes pour les outils qui gèrent le conteneur&#xa0;; les runtimes n&apos;en tiennent pas compte. Les clés devraient utiliser des noms de domaine inversés&#xa0;; le préfixe org.opencontainers est réservé aux clés que la spécification énumère.</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>One metadata value.</source>
        <translation>Une valeur de métadonnées.</translation>
    </message>
    <message>
        <source>A string value stored under a non-empty key, for example com.example.owner.</source>
        <translation>Une valeur de type chaîne stockée sous une clé non vide, par exemple com.example.owner.</translation>
    </message>
    <message>
        <source>Filesystems mounted into the container, in order.</source>
        <translation>Systèmes de fichiers montés dans le conteneur, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Extra filesystems (proc, tmpfs, bind mounts, ...) mounted on top of the root filesystem. They are mounted in list order, so a later mount on the same or a parent directory hides an earlier one. On Solaris each entry becomes an fs resource of the zone.</source>
        <translation>Systèmes de fichiers supplémentaires (proc, tmpfs, montages bind, ...) montés par-dessus le système de fichiers racine. Ils sont montés dans l&apos;ordre de la liste, de sorte qu&apos;un montage ultérieur sur le même répertoire ou sur un répertoire parent masque un montage antérieur. Sous Solaris, chaque entrée devient une ressource fs de la zone.</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Montage</translation>
    </message>
    <message>
        <source>One mount point.</source>
        <translation>Un point de montage.</translation>
    </message>
    <message>
        <source>Says what to mount (source and type), where (destination) and how (options).</source>
        <translation>Indique quoi monter (source et type), où (destination) et comment (options).</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Mount point inside the container.</source>
        <translation>Point de montage à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>The directory inside the container where the filesystem appears. Write it as an absolute path (on Windows with a drive letter, e.g. C:\data); only Linux runtimes accept a relative one, for old configurations. On Windows no destination may lie inside another.</source>
        <translation>Le répertoire à l&apos;intérieur du conteneur où apparaît le système de fichiers. Écrivez-le sous forme de chemin absolu (sous Windows avec une lettre de lecteur, p. ex. C:\data)&#xa0;; seuls les runtimes Linux acceptent un chemin relatif, pour les anciennes configurations. Sous Windows, aucune destination ne peut se trouver à l&apos;intérieur d&apos;une autre.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Device, directory or name to mount.</source>
        <translation>Périphérique, répertoire ou nom à monter.</translation>
    </message>
    <message>
        <source>For a bind mount the host file or directory (absolute or relative to the bundle); for other types whatever the filesystem expects, often just its name such as &quot;proc&quot; or &quot;tmpfs&quot;. On Windows a local directory of the host: network shares and mapped drives do not work.</source>
        <translation>Pour un montage bind, le fichier ou répertoire de l&apos;hôte (absolu ou relatif au bundle)&#xa0;; pour les autres types, ce qu&apos;attend le système de fichiers, souvent simplement son nom, comme &quot;proc&quot; ou &quot;tmpfs&quot;. Sous Windows, un répertoire local de l&apos;hôte&#xa0;: les partages réseau et les lecteurs mappés ne fonctionnent pas.</translation>
    </message>
    <message>
        <source>Filesystem type</source>
        <translation>Type de système de fichiers</translation>
    </message>
    <message>
        <source>Filesystem type, e.g. proc, tmpfs, bind.</source>
        <translation>Type de système de fichiers, p. ex. proc, tmpfs, bind.</translation>
    </message>
    <message>
        <source>The kind of filesystem, as listed in /proc/filesystems (proc, sysfs, tmpfs, ...). Bind mounts may leave it out and use the bind or rbind option instead. Only POSIX platforms use it; on Solaris it is the zone&apos;s fs type, e.g. lofs.</source>
        <translation>Le type de système de fichiers, tel que listé dans /proc/filesystems (proc, sysfs, tmpfs, ...). Les montages bind peuvent l&apos;omettre et utiliser à la place l&apos;option bind ou rbind. Seules les plateformes POSIX l&apos;utilisent&#xa0;; sous Solaris, c&apos;est le type fs de la zone, p. ex. lofs.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Mount options such as ro, nosuid, bind.</source>
        <translation>Options de montage telles que ro, nosuid, bind.</translation>
    </message>
    <message>
        <source>Flags and filesystem options in the style of mount -o: generic flags (ro, nosuid, noexec), bind mode (bind, rbind), propagation (rprivate, rslave, ...) and idmap. Options the runtime does not know are handed to the filesystem. Windows runtimes must understand ro; on Solaris these are the options of the zone&apos;s fs resource.</source>
        <translation>Drapeaux et options de système de fichiers dans le style de mount -o&#xa0;: drapeaux génériques (ro, nosuid, noexec), mode bind (bind, rbind), propagation (rprivate, rslave, ...) et idmap. Les options que le runtime ne connaît pas sont transmises au système de fichiers. Les runtimes Windows doivent comprendre ro&#xa0;; sous Solaris, ce sont les options de la ressource fs de la zone.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>One mount option.</source>
        <translation>Une option de montage.</translation>
    </message>
    <message>
        <source>A single flag like nodev, or a filesystem option like mode=755.</source>
        <translation>Un simple drapeau comme nodev, ou une option de système de fichiers comme mode=755.</translation>
    </message>
    <message>
        <source>Mount UID mappings</source>
        <translation>Correspondances d&apos;UID du montage</translation>
    </message>
    <message>
        <source>User ID mapping for an ID-mapped mount.</source>
        <translation>Correspondance d&apos;ID d&apos;utilisateur pour un montage avec correspondance d&apos;ID (idmapped).</translation>
    </message>
    <message>
        <source>Turns the mount into an ID-mapped mount: file owners on the source are translated by these ranges. Give gidMappings too, and add the idmap or ridmap option so older runtimes do not silently ignore it.</source>
        <translation>Fait du montage un montage avec correspondance d&apos;ID&#xa0;: les propriétaires des fichiers de la source sont traduits selon ces plages. Indiquez aussi gidMappings, et ajoutez l&apos;option idmap ou ridmap pour que les runtimes plus anciens ne l&apos;ignorent pas silencieusement.</translation>
    </message>
    <message>
        <source>Mount GID mappings</source>
        <translation>Correspondances de GID du montage</translation>
    </message>
    <message>
        <source>Group ID mapping for an ID-mapped mount.</source>
        <translation>Correspondance d&apos;ID de groupe pour un montage avec correspondance d&apos;ID (idmapped).</translation>
    </message>
    <message>
        <source>The group counterpart of the mount&apos;s uidMappings; the two always come together.</source>
        <translation>Le pendant pour les groupes des uidMappings du montage&#xa0;; les deux vont toujours ensemble.</translation>
    </message>
    <message>
        <source>ID range</source>
        <translation>Plage d&apos;ID</translation>
    </message>
    <message>
        <source>A contiguous range of IDs mapped from host to container.</source>
        <translation>Une plage contiguë d&apos;ID mise en correspondance de l&apos;hôte vers le conteneur.</translation>
    </message>
    <message>
        <source>Maps size consecutive IDs starting at hostID on the host to IDs starting at containerID in the container.</source>
        <translation>Fait correspondre size ID consécutifs commençant à hostID sur l&apos;hôte aux ID commençant à containerID dans le conteneur.</translation>
    </message>
    <message>
        <source>Container ID</source>
        <translation>ID dans le conteneur</translation>
    </message>
    <message>
        <source>First ID of the range inside the container.</source>
        <translation>Premier ID de la plage à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>The ID that processes in the container see for the first host ID of the range; 0 makes the range start at root.</source>
        <translation>L&apos;ID que les processus du conteneur voient pour le premier ID de l&apos;hôte de la plage&#xa0;; 0 fait commencer la plage à root.</translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation>ID sur l&apos;hôte</translation>
    </message>
    <message>
        <source>First ID of the range on the host.</source>
        <translation>Premier ID de la plage sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>The real ID on the host that the start of the range stands for. For rootless containers it usually comes from /etc/subuid or /etc/subgid.</source>
        <translation>L&apos;ID réel sur l&apos;hôte que représente le début de la plage. Pour les conteneurs rootless, il provient généralement de /etc/subuid ou /etc/subgid.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Number of IDs in the range.</source>
        <translation>Nombre d&apos;ID dans la plage.</translation>
    </message>
    <message>
        <source>How many consecutive IDs the range covers; IDs outside every range show up as the overflow ID (nobody).</source>
        <translation>Combien d&apos;ID consécutifs la plage couvre&#xa0;; les ID hors de toute plage apparaissent comme l&apos;ID de débordement (nobody).</translation>
    </message>
    <message>
        <source>The program the container runs.</source>
        <translation>Le programme que le conteneur exécute.</translation>
    </message>
    <message>
        <source>Describes the container&apos;s first process: command line, environment, user, privileges and limits. A runtime needs it to start the container.</source>
        <translation>Décrit le premier processus du conteneur&#xa0;: ligne de commande, environnement, utilisateur, privilèges et limites. Un runtime en a besoin pour démarrer le conteneur.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Give the process a pseudo-terminal.</source>
        <translation>Attribuer un pseudo-terminal au processus.</translation>
    </message>
    <message>
        <source>When true, the runtime creates a pseudo-terminal and connects the process&apos;s standard input and outputs to it, as needed for interactive shells.</source>
        <translation>Si true, le runtime crée un pseudo-terminal et y connecte l&apos;entrée et les sorties standard du processus, comme l&apos;exigent les shells interactifs.</translation>
    </message>
    <message>
        <source>Console size</source>
        <translation>Taille de la console</translation>
    </message>
    <message>
        <source>Initial size of the terminal.</source>
        <translation>Taille initiale du terminal.</translation>
    </message>
    <message>
        <source>Rows and columns of the pseudo-terminal. It only matters when terminal is true.</source>
        <translation>Lignes et colonnes du pseudo-terminal. Ne compte que si terminal vaut true.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Terminal rows.</source>
        <translation>Lignes du terminal.</translation>
    </message>
    <message>
        <source>Number of text lines of the terminal.</source>
        <translation>Nombre de lignes de texte du terminal.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Terminal columns.</source>
        <translation>Colonnes du terminal.</translation>
    </message>
    <message>
        <source>Number of characters per line of the terminal.</source>
        <translation>Nombre de caractères par ligne du terminal.</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>Absolute directory the process starts in.</source>
        <translation>Répertoire absolu dans lequel le processus démarre.</translation>
    </message>
    <message>
        <source>The current directory of the process when it starts, as an absolute path inside the container.</source>
        <translation>Le répertoire courant du processus à son démarrage, sous forme de chemin absolu à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Environment variables as KEY=VALUE.</source>
        <translation>Variables d&apos;environnement sous la forme KEY=VALUE.</translation>
    </message>
    <message>
        <source>The complete environment of the process; nothing is inherited from the runtime. Each entry has the form NAME=value, PATH usually among them.</source>
        <translation>L&apos;environnement complet du processus&#xa0;; rien n&apos;est hérité du runtime. Chaque entrée a la forme NAME=value, PATH figurant généralement parmi elles.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>One NAME=value entry.</source>
        <translation>Une entrée NAME=value.</translation>
    </message>
    <message>
        <source>A variable name, an equals sign and the value, e.g. TERM=xterm.</source>
        <translation>Un nom de variable, un signe égal et la valeur, p. ex. TERM=xterm.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Program and its arguments.</source>
        <translation>Programme et ses arguments.</translation>
    </message>
    <message>
        <source>The command line as a list: the first entry names the program (looked up in PATH like execvp does), the rest are its arguments. POSIX platforms need at least one entry; on Windows args may be left out when commandLine is given.</source>
        <translation>La ligne de commande sous forme de liste&#xa0;: la première entrée désigne le programme (recherché dans PATH comme le fait execvp), les suivantes sont ses arguments. Les plateformes POSIX exigent au moins une entrée&#xa0;; sous Windows, args peut être omis si commandLine est indiqué.</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>One command-line argument.</source>
        <translation>Un argument de ligne de commande.</translation>
    </message>
    <message>
        <source>A single argument, passed as is without any shell interpretation.</source>
        <translation>Un argument unique, transmis tel quel sans aucune interprétation par un shell.</translation>
    </message>
    <message>
        <source>Command line (Windows)</source>
        <translation>Ligne de commande (Windows)</translation>
    </message>
    <message>
        <source>Whole command line as one string, Windows only.</source>
        <translation>Ligne de commande complète en une seule chaîne, Windows uniquement.</translation>
    </message>
    <message>
        <source>Windows runtimes prefer this single string; without it they quote and join the entries of args. Other platforms ignore it.</source>
        <translation>Les runtimes Windows préfèrent cette chaîne unique&#xa0;; sans elle, ils mettent entre guillemets et joignent les entrées de args. Les autres plateformes l&apos;ignorent.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Identity the process runs as.</source>
        <translation>Identité sous laquelle le processus s&apos;exécute.</translation>
    </message>
    <message>
        <source>Numeric user and group IDs, as seen inside the container, plus extra groups and the umask. Names are not resolved: the runtime does not read /etc/passwd. Windows names the account in username instead.</source>
        <translation>ID numériques d&apos;utilisateur et de groupe, tels que vus à l&apos;intérieur du conteneur, plus les groupes supplémentaires et l&apos;umask. Les noms ne sont pas résolus&#xa0;: le runtime ne lit pas /etc/passwd. Windows désigne plutôt le compte dans username.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Numeric user ID inside the container.</source>
        <translation>ID numérique de l&apos;utilisateur à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>The user the process runs as, counted in the container&apos;s user namespace; 0 is root there.</source>
        <translation>L&apos;utilisateur sous lequel le processus s&apos;exécute, compté dans l&apos;espace de noms utilisateur du conteneur&#xa0;; 0 y est root.</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>ID de groupe</translation>
    </message>
    <message>
        <source>Numeric primary group ID inside the container.</source>
        <translation>ID numérique du groupe principal à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>The primary group of the process, counted in the container&apos;s user namespace.</source>
        <translation>Le groupe principal du processus, compté dans l&apos;espace de noms utilisateur du conteneur.</translation>
    </message>
    <message>
        <source>Umask</source>
        <translation>Umask</translation>
    </message>
    <message>
        <source>File creation mask, in decimal.</source>
        <translation>Masque de création de fichiers, en décimal.</translation>
    </message>
    <message>
        <source>Permission bits removed from newly created files. JSON has no octal numbers, so 0022 is written as 18. Without it the runtime&apos;s own umask stays in effect.</source>
        <translation>Bits de permission retirés des fichiers nouvellement créés. JSON n&apos;a pas de nombres octaux, donc 0022 s&apos;écrit 18. Sans lui, l&apos;umask propre au runtime reste en vigueur.</translation>
    </message>
    <message>
        <source>Additional groups</source>
        <translation>Groupes supplémentaires</translation>
    </message>
    <message>
        <source>Supplementary group IDs.</source>
        <translation>ID des groupes supplémentaires.</translation>
    </message>
    <message>
        <source>Further groups the process belongs to, for access to files owned by those groups.</source>
        <translation>Autres groupes auxquels le processus appartient, pour accéder aux fichiers appartenant à ces groupes.</translation>
    </message>
    <message>
        <source>One supplementary group ID.</source>
        <translation>Un ID de groupe supplémentaire.</translation>
    </message>
    <message>
        <source>A numeric group ID inside the container.</source>
        <translation>Un ID numérique de groupe à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>User name (Windows)</source>
        <translation>Nom d&apos;utilisateur (Windows)</translation>
    </message>
    <message>
        <source>Account name, Windows only.</source>
        <translation>Nom du compte, Windows uniquement.</translation>
    </message>
    <message>
        <source>Windows runs the process as this account. Linux runtimes ignore it and use uid and gid.</source>
        <translation>Windows exécute le processus sous ce compte. Les runtimes Linux l&apos;ignorent et utilisent uid et gid.</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>Limites de ressources</translation>
    </message>
    <message>
        <source>setrlimit limits for the process.</source>
        <translation>Limites setrlimit du processus.</translation>
    </message>
    <message>
        <source>Per-process limits such as the number of open files, set with setrlimit before the program starts. Each type may appear only once. POSIX platforms have them, Windows does not.</source>
        <translation>Limites par processus, comme le nombre de fichiers ouverts, définies avec setrlimit avant le démarrage du programme. Chaque type ne peut apparaître qu&apos;une fois. Les plateformes POSIX les connaissent, Windows non.</translation>
    </message>
    <message>
        <source>Resource limit</source>
        <translation>Limite de ressource</translation>
    </message>
    <message>
        <source>One limit with its soft and hard value.</source>
        <translation>Une limite avec sa valeur souple et sa valeur stricte.</translation>
    </message>
    <message>
        <source>The soft value is what is enforced; the process may raise it up to the hard value.</source>
        <translation>La valeur souple est celle qui est appliquée&#xa0;; le processus peut l&apos;augmenter jusqu&apos;à la valeur stricte.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Which resource to limit, e.g. RLIMIT_NOFILE.</source>
        <translation>Ressource à limiter, p. ex. RLIMIT_NOFILE.</translation>
    </message>
    <message>
        <source>The resource, named as in getrlimit(2). A runtime refuses names the kernel does not know; other systems than Linux have limits of their own, such as RLIMIT_VMEM on Solaris.</source>
        <translation>La ressource, nommée comme dans getrlimit(2). Un runtime refuse les noms que le noyau ne connaît pas&#xa0;; les systèmes autres que Linux ont leurs propres limites, comme RLIMIT_VMEM sous Solaris.</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Limite souple</translation>
    </message>
    <message>
        <source>The enforced limit.</source>
        <translation>La limite appliquée.</translation>
    </message>
    <message>
        <source>The value the kernel enforces. It must not exceed the hard limit; 18446744073709551615 means unlimited.</source>
        <translation>La valeur que le noyau applique. Elle ne doit pas dépasser la limite stricte&#xa0;; 18446744073709551615 signifie illimité.</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Limite stricte</translation>
    </message>
    <message>
        <source>Highest value the soft limit may be raised to.</source>
        <translation>Valeur maximale jusqu&apos;à laquelle la limite souple peut être augmentée.</translation>
    </message>
    <message>
        <source>The highest value the process may raise its soft limit to; raising the hard limit itself needs CAP_SYS_RESOURCE. 18446744073709551615 means unlimited.</source>
        <translation>La valeur maximale jusqu&apos;à laquelle le processus peut augmenter sa limite souple&#xa0;; augmenter la limite stricte elle-même nécessite CAP_SYS_RESOURCE. 18446744073709551615 signifie illimité.</translation>
    </message>
    <message>
        <source>No new privileges</source>
        <translation>Pas de nouveaux privilèges</translation>
    </message>
    <message>
        <source>Forbid gaining privileges through exec.</source>
        <translation>Interdire l&apos;acquisition de privilèges via exec.</translation>
    </message>
    <message>
        <source>Sets the no_new_privs bit: set-user-ID programs and file capabilities no longer raise privileges, so the process can never become more powerful than it starts. Linux and z/OS know this setting.</source>
        <translation>Active le bit no_new_privs&#xa0;: les programmes set-user-ID et les capacités de fichier n&apos;augmentent plus les privilèges, de sorte que le processus ne peut jamais devenir plus puissant qu&apos;à son démarrage. Linux et z/OS connaissent ce paramètre.</translation>
    </message>
    <message>
        <source>AppArmor profile</source>
        <translation>Profil AppArmor</translation>
    </message>
    <message>
        <source>AppArmor profile to confine the process.</source>
        <translation>Profil AppArmor qui confine le processus.</translation>
    </message>
    <message>
        <source>Name of an AppArmor profile loaded on the host; the process is confined by it. Leave it empty where AppArmor is not in use.</source>
        <translation>Nom d&apos;un profil AppArmor chargé sur l&apos;hôte&#xa0;; le processus est confiné par celui-ci. Laissez-le vide là où AppArmor n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation>Ajustement du score OOM</translation>
    </message>
    <message>
        <source>Makes the process more or less likely to be killed on out-of-memory.</source>
        <translation>Rend le processus plus ou moins susceptible d&apos;être tué en cas de manque de mémoire.</translation>
    </message>
    <message>
        <source>Written to /proc/PID/oom_score_adj, from -1000 (never kill) to 1000 (kill first). When absent, the value is left as inherited.</source>
        <translation>Écrit dans /proc/PID/oom_score_adj, de -1000 (ne jamais tuer) à 1000 (tuer en premier). En son absence, la valeur héritée est conservée.</translation>
    </message>
    <message>
        <source>SELinux label</source>
        <translation>Étiquette SELinux</translation>
    </message>
    <message>
        <source>SELinux context of the process.</source>
        <translation>Contexte SELinux du processus.</translation>
    </message>
    <message>
        <source>The SELinux security context the process runs in, e.g. system_u:system_r:container_t:s0. Only used on hosts with SELinux enabled.</source>
        <translation>Le contexte de sécurité SELinux dans lequel le processus s&apos;exécute, p. ex. system_u:system_r:container_t:s0. Utilisé uniquement sur les hôtes où SELinux est activé.</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Root privileges the process keeps.</source>
        <translation>Privilèges root que le processus conserve.</translation>
    </message>
    <message>
        <source>Linux splits root&apos;s power into capabilities; these five sets say which of them the process keeps. Capabilities not listed are dropped, which is the main way to make a container root less powerful than host root.</source>
        <translation>Linux divise le pouvoir de root en capacités&#xa0;; ces cinq ensembles indiquent lesquelles le processus conserve. Les capacités non listées sont retirées, ce qui est le principal moyen de rendre le root d&apos;un conteneur moins puissant que le root de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Bounding set</source>
        <translation>Ensemble limitant (bounding)</translation>
    </message>
    <message>
        <source>Upper limit of capabilities ever obtainable.</source>
        <translation>Limite supérieure des capacités pouvant jamais être obtenues.</translation>
    </message>
    <message>
        <source>No capability outside this set can be gained again, not even by executing a privileged program.</source>
        <translation>Aucune capacité hors de cet ensemble ne peut être regagnée, pas même en exécutant un programme privilégié.</translation>
    </message>
    <message>
        <source>Effective set</source>
        <translation>Ensemble effectif</translation>
    </message>
    <message>
        <source>Capabilities checked by the kernel right now.</source>
        <translation>Capacités vérifiées par le noyau en ce moment.</translation>
    </message>
    <message>
        <source>The capabilities the kernel actually checks when the process acts. Each of them must also be in the permitted set, otherwise the kernel refuses the whole configuration.</source>
        <translation>Les capacités que le noyau vérifie réellement lorsque le processus agit. Chacune doit aussi figurer dans l&apos;ensemble permis, sinon le noyau refuse toute la configuration.</translation>
    </message>
    <message>
        <source>Inheritable set</source>
        <translation>Ensemble héritable</translation>
    </message>
    <message>
        <source>Capabilities that can pass through exec.</source>
        <translation>Capacités pouvant être transmises à travers exec.</translation>
    </message>
    <message>
        <source>Capabilities preserved across execve for programs whose file capabilities allow them; also a precondition for ambient capabilities.</source>
        <translation>Capacités conservées à travers execve pour les programmes dont les capacités de fichier les autorisent&#xa0;; également une condition préalable aux capacités ambiantes.</translation>
    </message>
    <message>
        <source>Permitted set</source>
        <translation>Ensemble permis</translation>
    </message>
    <message>
        <source>Capabilities the process may switch on.</source>
        <translation>Capacités que le processus peut activer.</translation>
    </message>
    <message>
        <source>The pool from which the effective set is drawn. A capability missing here is gone for good for this process.</source>
        <translation>La réserve dans laquelle l&apos;ensemble effectif est puisé. Une capacité absente ici est définitivement perdue pour ce processus.</translation>
    </message>
    <message>
        <source>Ambient set</source>
        <translation>Ensemble ambiant</translation>
    </message>
    <message>
        <source>Capabilities kept across exec of ordinary programs.</source>
        <translation>Capacités conservées lors de l&apos;exec de programmes ordinaires.</translation>
    </message>
    <message>
        <source>Capabilities a non-root process keeps after executing a program without file capabilities. The kernel only accepts those that are both permitted and inheritable and drops the others.</source>
        <translation>Capacités qu&apos;un processus non root conserve après avoir exécuté un programme sans capacités de fichier. Le noyau n&apos;accepte que celles qui sont à la fois permises et héritables, et retire les autres.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>One capability name, e.g. CAP_NET_BIND_SERVICE.</source>
        <translation>Un nom de capacité, p. ex. CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>A capability as named in capabilities(7), with the CAP_ prefix.</source>
        <translation>Une capacité telle que nommée dans capabilities(7), avec le préfixe CAP_.</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Ordonnanceur</translation>
    </message>
    <message>
        <source>CPU scheduling policy of the process.</source>
        <translation>Politique d&apos;ordonnancement CPU du processus.</translation>
    </message>
    <message>
        <source>Applied with sched_setattr before the program starts: the policy plus the parameters it uses (nice value, real-time priority, deadline times).</source>
        <translation>Appliquée avec sched_setattr avant le démarrage du programme&#xa0;: la politique plus les paramètres qu&apos;elle utilise (valeur nice, priorité temps réel, durées de l&apos;échéance).</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Scheduling policy, e.g. SCHED_OTHER or SCHED_FIFO.</source>
        <translation>Politique d&apos;ordonnancement, p. ex. SCHED_OTHER ou SCHED_FIFO.</translation>
    </message>
    <message>
        <source>SCHED_OTHER is normal time sharing; SCHED_FIFO and SCHED_RR are real-time; SCHED_BATCH and SCHED_IDLE are for background work; SCHED_DEADLINE runs by runtime, deadline and period.</source>
        <translation>SCHED_OTHER est le temps partagé normal&#xa0;; SCHED_FIFO et SCHED_RR sont temps réel&#xa0;; SCHED_BATCH et SCHED_IDLE servent aux tâches de fond&#xa0;; SCHED_DEADLINE fonctionne selon runtime, deadline et period.</translation>
    </message>
    <message>
        <source>Nice value</source>
        <translation>Valeur nice</translation>
    </message>
    <message>
        <source>Niceness for the normal policies; lower runs sooner.</source>
        <translation>Valeur nice pour les politiques normales&#xa0;; plus elle est basse, plus le processus est favorisé.</translation>
    </message>
    <message>
        <source>From -20 (most favoured) to 19 (least favoured); used by SCHED_OTHER and SCHED_BATCH.</source>
        <translation>De -20 (le plus favorisé) à 19 (le moins favorisé)&#xa0;; utilisée par SCHED_OTHER et SCHED_BATCH.</translation>
    </message>
    <message>
        <source>Static priority</source>
        <translation>Priorité statique</translation>
    </message>
    <message>
        <source>Real-time priority for SCHED_FIFO and SCHED_RR.</source>
        <translation>Priorité temps réel pour SCHED_FIFO et SCHED_RR.</translation>
    </message>
    <message>
        <source>1 to 99 for the real-time policies, higher wins; the other policies need 0.</source>
        <translation>De 1 à 99 pour les politiques temps réel, la plus haute l&apos;emporte&#xa0;; les autres politiques exigent 0.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <source>Extra sched_setattr flags.</source>
        <translation>Drapeaux sched_setattr supplémentaires.</translation>
    </message>
    <message>
        <source>Modifiers of the policy, such as resetting it in child processes (SCHED_FLAG_RESET_ON_FORK).</source>
        <translation>Modificateurs de la politique, comme sa réinitialisation dans les processus enfants (SCHED_FLAG_RESET_ON_FORK).</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <source>One scheduler flag.</source>
        <translation>Un drapeau de l&apos;ordonnanceur.</translation>
    </message>
    <message>
        <source>A SCHED_FLAG_* constant from sched_setattr(2).</source>
        <translation>Une constante SCHED_FLAG_* de sched_setattr(2).</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Temps d&apos;exécution</translation>
    </message>
    <message>
        <source>CPU time per period for SCHED_DEADLINE.</source>
        <translation>Temps CPU par période pour SCHED_DEADLINE.</translation>
    </message>
    <message>
        <source>How much CPU time the process gets in each period under the deadline policy.</source>
        <translation>Quantité de temps CPU que le processus reçoit à chaque période sous la politique à échéance.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time by which the runtime must be delivered.</source>
        <translation>Délai dans lequel le temps d&apos;exécution doit être fourni.</translation>
    </message>
    <message>
        <source>Measured from the start of each period; it must lie between runtime and period.</source>
        <translation>Mesurée depuis le début de chaque période&#xa0;; elle doit se situer entre runtime et period.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Length of one deadline period.</source>
        <translation>Durée d&apos;une période de l&apos;ordonnancement à échéance.</translation>
    </message>
    <message>
        <source>The interval in which the deadline scheduler hands out the runtime again.</source>
        <translation>L&apos;intervalle dans lequel l&apos;ordonnanceur à échéance redistribue le temps d&apos;exécution.</translation>
    </message>
    <message>
        <source>I/O priority</source>
        <translation>Priorité d&apos;E/S</translation>
    </message>
    <message>
        <source>Disk scheduling class and level.</source>
        <translation>Classe et niveau d&apos;ordonnancement disque.</translation>
    </message>
    <message>
        <source>Set with ioprio_set for the container&apos;s processes; it decides how the I/O scheduler ranks their disk requests.</source>
        <translation>Définie avec ioprio_set pour les processus du conteneur&#xa0;; elle détermine comment l&apos;ordonnanceur d&apos;E/S classe leurs requêtes disque.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Real-time, best-effort or idle.</source>
        <translation>Temps réel, best-effort ou inactive (idle).</translation>
    </message>
    <message>
        <source>IOPRIO_CLASS_RT always goes first, IOPRIO_CLASS_BE is the normal class, IOPRIO_CLASS_IDLE only gets the disk when nobody else wants it.</source>
        <translation>IOPRIO_CLASS_RT passe toujours en premier, IOPRIO_CLASS_BE est la classe normale, IOPRIO_CLASS_IDLE n&apos;obtient le disque que quand personne d&apos;autre ne le veut.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Level within the class, 0 (highest) to 7.</source>
        <translation>Niveau au sein de la classe, de 0 (le plus élevé) à 7.</translation>
    </message>
    <message>
        <source>Orders processes within the same class; 0 is served first, 7 last.</source>
        <translation>Ordonne les processus d&apos;une même classe&#xa0;; 0 est servi en premier, 7 en dernier.</translation>
    </message>
    <message>
        <source>Exec CPU affinity</source>
        <translation>Affinité CPU pour exec</translation>
    </message>
    <message>
        <source>CPUs used while executing extra processes.</source>
        <translation>CPU utilisés lors de l&apos;exécution de processus supplémentaires.</translation>
    </message>
    <message>
        <source>Pins processes started with exec into a running container to certain CPUs, before and after they join its cgroup. The container&apos;s first process is not affected.</source>
        <translation>Attache à certains CPU les processus lancés avec exec dans un conteneur en cours d&apos;exécution, avant et après qu&apos;ils rejoignent son cgroup. Le premier processus du conteneur n&apos;est pas concerné.</translation>
    </message>
    <message>
        <source>Initial CPUs</source>
        <translation>CPU initiaux</translation>
    </message>
    <message>
        <source>CPUs before joining the container&apos;s cgroup, e.g. 0-3,7.</source>
        <translation>CPU avant de rejoindre le cgroup du conteneur, p. ex. 0-3,7.</translation>
    </message>
    <message>
        <source>The CPU list the runtime&apos;s helper runs on until the process is moved into the container&apos;s cgroup.</source>
        <translation>La liste de CPU sur laquelle s&apos;exécute l&apos;auxiliaire du runtime jusqu&apos;à ce que le processus soit déplacé dans le cgroup du conteneur.</translation>
    </message>
    <message>
        <source>Final CPUs</source>
        <translation>CPU finaux</translation>
    </message>
    <message>
        <source>CPUs after joining the container&apos;s cgroup.</source>
        <translation>CPU après avoir rejoint le cgroup du conteneur.</translation>
    </message>
    <message>
        <source>The CPU list applied once the process is in the cgroup. Empty or absent leaves the choice to the kernel and the cgroup&apos;s cpuset.</source>
        <translation>La liste de CPU appliquée une fois le processus dans le cgroup. Vide ou absente, elle laisse le choix au noyau et au cpuset du cgroup.</translation>
    </message>
    <message>
        <source>Programs run at points of the container&apos;s lifecycle.</source>
        <translation>Programmes exécutés à certains moments du cycle de vie du conteneur.</translation>
    </message>
    <message>
        <source>Host programs the runtime calls while creating, starting and removing the container, for example to set up networking. Each receives the container state as JSON on its standard input. Hooks belong to the POSIX platforms; Windows has none.</source>
        <translation>Programmes de l&apos;hôte que le runtime appelle lors de la création, du démarrage et de la suppression du conteneur, par exemple pour configurer le réseau. Chacun reçoit l&apos;état du conteneur au format JSON sur son entrée standard. Les hooks appartiennent aux plateformes POSIX&#xa0;; Windows n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Prestart hooks</source>
        <translation>Hooks prestart</translation>
    </message>
    <message>
        <source>Deprecated: run after the environment is created, before pivot_root.</source>
        <translation>Obsolète&#xa0;: exécutés après la création de l&apos;environnement, avant pivot_root.</translation>
    </message>
    <message>
        <source>The oldest hook kind, run in the runtime&apos;s namespaces once the container&apos;s namespaces exist. It is deprecated: use createRuntime hooks instead.</source>
        <translation>Le plus ancien type de hook, exécuté dans les espaces de noms du runtime une fois que ceux du conteneur existent. Il est obsolète&#xa0;: utilisez plutôt des hooks createRuntime.</translation>
    </message>
    <message>
        <source>createRuntime hooks</source>
        <translation>Hooks createRuntime</translation>
    </message>
    <message>
        <source>Run in the runtime&apos;s namespaces during create.</source>
        <translation>Exécutés dans les espaces de noms du runtime pendant create.</translation>
    </message>
    <message>
        <source>Called during create, after the namespaces exist but before the root filesystem is switched, in the runtime&apos;s own namespaces: the place to configure networking from the host.</source>
        <translation>Appelés pendant create, une fois les espaces de noms créés mais avant le changement de système de fichiers racine, dans les espaces de noms propres au runtime&#xa0;: l&apos;endroit où configurer le réseau depuis l&apos;hôte.</translation>
    </message>
    <message>
        <source>createContainer hooks</source>
        <translation>Hooks createContainer</translation>
    </message>
    <message>
        <source>Run in the container&apos;s namespaces during create.</source>
        <translation>Exécutés dans les espaces de noms du conteneur pendant create.</translation>
    </message>
    <message>
        <source>Called during create inside the container&apos;s mount namespace, before pivot_root, so they can still prepare mounts.</source>
        <translation>Appelés pendant create dans l&apos;espace de noms de montage du conteneur, avant pivot_root, ils peuvent donc encore préparer des montages.</translation>
    </message>
    <message>
        <source>startContainer hooks</source>
        <translation>Hooks startContainer</translation>
    </message>
    <message>
        <source>Run inside the container just before the program starts.</source>
        <translation>Exécutés dans le conteneur juste avant le démarrage du programme.</translation>
    </message>
    <message>
        <source>Called during start in the container, right before the user program is executed; the path is resolved in the container.</source>
        <translation>Appelés pendant start dans le conteneur, juste avant l&apos;exécution du programme utilisateur&#xa0;; le chemin est résolu dans le conteneur.</translation>
    </message>
    <message>
        <source>Poststart hooks</source>
        <translation>Hooks poststart</translation>
    </message>
    <message>
        <source>Run on the host after the program has started.</source>
        <translation>Exécutés sur l&apos;hôte après le démarrage du programme.</translation>
    </message>
    <message>
        <source>Called in the runtime&apos;s namespaces after the user program is running, e.g. to notify a supervisor.</source>
        <translation>Appelés dans les espaces de noms du runtime une fois le programme utilisateur en cours d&apos;exécution, p. ex. pour prévenir un superviseur.</translation>
    </message>
    <message>
        <source>Poststop hooks</source>
        <translation>Hooks poststop</translation>
    </message>
    <message>
        <source>Run on the host after the container is deleted.</source>
        <translation>Exécutés sur l&apos;hôte après la suppression du conteneur.</translation>
    </message>
    <message>
        <source>Called in the runtime&apos;s namespaces once the container has been deleted, to clean up what the other hooks set up. Their failure is only logged.</source>
        <translation>Appelés dans les espaces de noms du runtime une fois le conteneur supprimé, pour nettoyer ce que les autres hooks ont mis en place. Leur échec est seulement journalisé.</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>One program to call.</source>
        <translation>Un programme à appeler.</translation>
    </message>
    <message>
        <source>A host program with its arguments, environment and an optional time limit. Hooks of one kind run in list order.</source>
        <translation>Un programme de l&apos;hôte avec ses arguments, son environnement et un délai maximal facultatif. Les hooks d&apos;un même type s&apos;exécutent dans l&apos;ordre de la liste.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Absolute path of the hook program.</source>
        <translation>Chemin absolu du programme du hook.</translation>
    </message>
    <message>
        <source>The executable to run. It must be absolute; no PATH search takes place.</source>
        <translation>L&apos;exécutable à lancer. Il doit être absolu&#xa0;; aucune recherche dans PATH n&apos;a lieu.</translation>
    </message>
    <message>
        <source>Argument vector, including the program name.</source>
        <translation>Vecteur d&apos;arguments, nom du programme compris.</translation>
    </message>
    <message>
        <source>Passed as argv, so the first entry is what the program sees as its own name.</source>
        <translation>Transmis comme argv, donc la première entrée est ce que le programme voit comme son propre nom.</translation>
    </message>
    <message>
        <source>One argument.</source>
        <translation>Un argument.</translation>
    </message>
    <message>
        <source>A single argument, passed without shell interpretation.</source>
        <translation>Un argument unique, transmis sans interprétation par un shell.</translation>
    </message>
    <message>
        <source>Environment of the hook as NAME=value.</source>
        <translation>Environnement du hook sous la forme NAME=value.</translation>
    </message>
    <message>
        <source>The hook&apos;s complete environment, in the same form as the process environment.</source>
        <translation>L&apos;environnement complet du hook, sous la même forme que l&apos;environnement du processus.</translation>
    </message>
    <message>
        <source>A variable name, an equals sign and the value.</source>
        <translation>Un nom de variable, un signe égal et la valeur.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <source>Seconds before the hook is aborted.</source>
        <translation>Secondes avant que le hook soit interrompu.</translation>
    </message>
    <message>
        <source>If the hook runs longer, the runtime stops it and treats it as failed. Must be at least 1.</source>
        <translation>Si le hook dure plus longtemps, le runtime l&apos;arrête et le considère comme ayant échoué. Doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>Settings that only exist on Linux.</source>
        <translation>Paramètres qui n&apos;existent que sous Linux.</translation>
    </message>
    <message>
        <source>Namespaces, ID mappings, devices, cgroup limits, seccomp and the other kernel features that isolate a Linux container.</source>
        <translation>Espaces de noms, correspondances d&apos;ID, périphériques, limites de cgroup, seccomp et les autres fonctionnalités du noyau qui isolent un conteneur Linux.</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Espaces de noms</translation>
    </message>
    <message>
        <source>Kernel namespaces the container gets or joins.</source>
        <translation>Espaces de noms du noyau que le conteneur reçoit ou rejoint.</translation>
    </message>
    <message>
        <source>Each listed type gives the container its own view of that resource (processes, network, mounts, ...), either new or an existing one given by path. Types not listed are shared with the host.</source>
        <translation>Chaque type listé donne au conteneur sa propre vue de cette ressource (processus, réseau, montages, ...), soit nouvelle, soit existante et désignée par un chemin. Les types non listés sont partagés avec l&apos;hôte.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>One namespace.</source>
        <translation>Un espace de noms.</translation>
    </message>
    <message>
        <source>A namespace type, and optionally the path of an existing namespace to join instead of creating one.</source>
        <translation>Un type d&apos;espace de noms et, éventuellement, le chemin d&apos;un espace de noms existant à rejoindre au lieu d&apos;en créer un.</translation>
    </message>
    <message>
        <source>Which namespace: pid, network, mount, ipc, uts, user, cgroup or time.</source>
        <translation>Quel espace de noms&#xa0;: pid, network, mount, ipc, uts, user, cgroup ou time.</translation>
    </message>
    <message>
        <source>pid isolates process IDs, network the network stack, mount the mount table, ipc System V IPC and message queues, uts the host name, user the user and group IDs, cgroup the cgroup view and time the boot and monotonic clocks. Each type may appear once.</source>
        <translation>pid isole les ID de processus, network la pile réseau, mount la table des montages, ipc les IPC System V et les files de messages, uts le nom d&apos;hôte, user les ID d&apos;utilisateur et de groupe, cgroup la vue des cgroups et time les horloges de démarrage et monotone. Chaque type ne peut apparaître qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Existing namespace to join, e.g. /proc/1234/ns/net.</source>
        <translation>Espace de noms existant à rejoindre, p. ex. /proc/1234/ns/net.</translation>
    </message>
    <message>
        <source>An absolute path to a namespace file on the host. When set, the container joins that namespace instead of getting a new one; it must be of the same type.</source>
        <translation>Un chemin absolu vers un fichier d&apos;espace de noms sur l&apos;hôte. S&apos;il est défini, le conteneur rejoint cet espace de noms au lieu d&apos;en recevoir un nouveau&#xa0;; il doit être du même type.</translation>
    </message>
    <message>
        <source>UID mappings</source>
        <translation>Correspondances d&apos;UID</translation>
    </message>
    <message>
        <source>How container user IDs map to host user IDs.</source>
        <translation>Comment les ID d&apos;utilisateur du conteneur correspondent aux ID d&apos;utilisateur de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Ranges written to the user namespace&apos;s uid_map: root in the container can be an unprivileged user on the host. Needs a user namespace.</source>
        <translation>Plages écrites dans le uid_map de l&apos;espace de noms utilisateur&#xa0;: root dans le conteneur peut être un utilisateur non privilégié sur l&apos;hôte. Nécessite un espace de noms utilisateur.</translation>
    </message>
    <message>
        <source>GID mappings</source>
        <translation>Correspondances de GID</translation>
    </message>
    <message>
        <source>How container group IDs map to host group IDs.</source>
        <translation>Comment les ID de groupe du conteneur correspondent aux ID de groupe de l&apos;hôte.</translation>
    </message>
    <message>
        <source>The group counterpart of uidMappings, written to gid_map. Needs a user namespace.</source>
        <translation>Le pendant pour les groupes de uidMappings, écrit dans gid_map. Nécessite un espace de noms utilisateur.</translation>
    </message>
    <message>
        <source>Time offsets</source>
        <translation>Décalages d&apos;horloge</translation>
    </message>
    <message>
        <source>Shift of the container&apos;s boot and monotonic clocks.</source>
        <translation>Décalage des horloges de démarrage et monotone du conteneur.</translation>
    </message>
    <message>
        <source>Lets the container see different CLOCK_BOOTTIME and CLOCK_MONOTONIC values than the host, e.g. after migration. Needs a time namespace.</source>
        <translation>Permet au conteneur de voir des valeurs de CLOCK_BOOTTIME et CLOCK_MONOTONIC différentes de celles de l&apos;hôte, p. ex. après une migration. Nécessite un espace de noms temps.</translation>
    </message>
    <message>
        <source>Boot time offset</source>
        <translation>Décalage du temps de démarrage</translation>
    </message>
    <message>
        <source>Offset of CLOCK_BOOTTIME.</source>
        <translation>Décalage de CLOCK_BOOTTIME.</translation>
    </message>
    <message>
        <source>Monotonic offset</source>
        <translation>Décalage monotone</translation>
    </message>
    <message>
        <source>Offset of CLOCK_MONOTONIC.</source>
        <translation>Décalage de CLOCK_MONOTONIC.</translation>
    </message>
    <message>
        <source>The clock inside the container runs this far ahead of (or behind) the host&apos;s, in seconds plus nanoseconds.</source>
        <translation>L&apos;horloge du conteneur est en avance (ou en retard) d&apos;autant sur celle de l&apos;hôte, en secondes plus nanosecondes.</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Whole seconds of the offset.</source>
        <translation>Secondes entières du décalage.</translation>
    </message>
    <message>
        <source>Whole seconds added to the clock; may be negative.</source>
        <translation>Secondes entières ajoutées à l&apos;horloge&#xa0;; peut être négatif.</translation>
    </message>
    <message>
        <source>Nanoseconds</source>
        <translation>Nanosecondes</translation>
    </message>
    <message>
        <source>Fraction of the offset.</source>
        <translation>Fraction du décalage.</translation>
    </message>
    <message>
        <source>Additional nanoseconds, below one second.</source>
        <translation>Nanosecondes supplémentaires, inférieures à une seconde.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>Device nodes created in the container.</source>
        <translation>Nœuds de périphérique créés dans le conteneur.</translation>
    </message>
    <message>
        <source>Extra device files the runtime creates (or bind-mounts) in the container&apos;s /dev. The basic ones such as /dev/null and /dev/tty are always provided.</source>
        <translation>Fichiers de périphérique supplémentaires que le runtime crée (ou monte en bind) dans le /dev du conteneur. Les plus élémentaires, comme /dev/null et /dev/tty, sont toujours fournis.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>One device node.</source>
        <translation>Un nœud de périphérique.</translation>
    </message>
    <message>
        <source>Type, device numbers, path, mode and owner of a device file.</source>
        <translation>Type, numéros de périphérique, chemin, mode et propriétaire d&apos;un fichier de périphérique.</translation>
    </message>
    <message>
        <source>c (character), b (block), u (unbuffered) or p (FIFO).</source>
        <translation>c (caractère), b (bloc), u (sans tampon) ou p (FIFO).</translation>
    </message>
    <message>
        <source>The kind of node as mknod knows it: c and u are character devices, b block devices, p a named pipe, which has no device numbers.</source>
        <translation>Le type de nœud tel que mknod le connaît&#xa0;: c et u sont des périphériques caractère, b des périphériques bloc, p un tube nommé, qui n&apos;a pas de numéros de périphérique.</translation>
    </message>
    <message>
        <source>Full path of the node inside the container.</source>
        <translation>Chemin complet du nœud à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>Where the device file appears, e.g. /dev/fuse. An existing different file at that place is an error.</source>
        <translation>L&apos;endroit où apparaît le fichier de périphérique, p. ex. /dev/fuse. Un fichier différent existant déjà à cet endroit est une erreur.</translation>
    </message>
    <message>
        <source>Major number</source>
        <translation>Numéro majeur</translation>
    </message>
    <message>
        <source>Driver number of the device.</source>
        <translation>Numéro du pilote du périphérique.</translation>
    </message>
    <message>
        <source>Selects the driver, as listed in /proc/devices. Required for all types except p.</source>
        <translation>Sélectionne le pilote, tel que listé dans /proc/devices. Obligatoire pour tous les types sauf p.</translation>
    </message>
    <message>
        <source>Minor number</source>
        <translation>Numéro mineur</translation>
    </message>
    <message>
        <source>Unit number within the driver.</source>
        <translation>Numéro d&apos;unité au sein du pilote.</translation>
    </message>
    <message>
        <source>Selects the individual device of the driver. Required for all types except p.</source>
        <translation>Sélectionne le périphérique individuel du pilote. Obligatoire pour tous les types sauf p.</translation>
    </message>
    <message>
        <source>File mode</source>
        <translation>Mode du fichier</translation>
    </message>
    <message>
        <source>Permission bits, in decimal (438 = 0666).</source>
        <translation>Bits de permission, en décimal (438 = 0666).</translation>
    </message>
    <message>
        <source>Access permissions of the node. JSON has no octal notation, so the familiar 0666 is written 438. A mode with the file type bits as stat reports them (8630 for a character device with 0666, as Podman writes it) is accepted too: runc drops them and creates the node that type names.</source>
        <translation>Permissions d&apos;accès du nœud. JSON n&apos;a pas de notation octale, donc le familier 0666 s&apos;écrit 438. Un mode comportant les bits de type de fichier tels que stat les indique (8630 pour un périphérique caractère en 0666, comme l&apos;écrit Podman) est aussi accepté&#xa0;: runc les retire et crée le nœud du type désigné.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Owning user ID inside the container.</source>
        <translation>ID de l&apos;utilisateur propriétaire à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>The user that owns the node, as seen in the container.</source>
        <translation>L&apos;utilisateur propriétaire du nœud, tel que vu dans le conteneur.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Owning group ID inside the container.</source>
        <translation>ID du groupe propriétaire à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>The group that owns the node, as seen in the container.</source>
        <translation>Le groupe propriétaire du nœud, tel que vu dans le conteneur.</translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation>Périphériques réseau</translation>
    </message>
    <message>
        <source>Host network interfaces moved into the container.</source>
        <translation>Interfaces réseau de l&apos;hôte déplacées dans le conteneur.</translation>
    </message>
    <message>
        <source>Keys are interface names on the host; each interface is moved into the container&apos;s network namespace and brought up. It returns to the host when the namespace goes away.</source>
        <translation>Les clés sont des noms d&apos;interface sur l&apos;hôte&#xa0;; chaque interface est déplacée dans l&apos;espace de noms réseau du conteneur et activée. Elle revient à l&apos;hôte quand l&apos;espace de noms disparaît.</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>Périphérique réseau</translation>
    </message>
    <message>
        <source>One interface to move.</source>
        <translation>Une interface à déplacer.</translation>
    </message>
    <message>
        <source>The interface named by the key, with an optional new name inside the container.</source>
        <translation>L&apos;interface désignée par la clé, avec un nouveau nom facultatif à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>Name in container</source>
        <translation>Nom dans le conteneur</translation>
    </message>
    <message>
        <source>Interface name inside the container.</source>
        <translation>Nom de l&apos;interface à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>Renames the interface on the way in; without it the host name is kept.</source>
        <translation>Renomme l&apos;interface lors de son entrée&#xa0;; sans cela, le nom de l&apos;hôte est conservé.</translation>
    </message>
    <message>
        <source>Cgroups path</source>
        <translation>Chemin des cgroups</translation>
    </message>
    <message>
        <source>Where the container&apos;s cgroup is placed.</source>
        <translation>Emplacement du cgroup du conteneur.</translation>
    </message>
    <message>
        <source>An absolute path is taken from the root of the cgroup hierarchy, a relative one from the runtime&apos;s own cgroup. With systemd cgroups it has the form slice:prefix:name.</source>
        <translation>Un chemin absolu part de la racine de la hiérarchie des cgroups, un chemin relatif du cgroup propre au runtime. Avec les cgroups systemd, il a la forme slice:prefix:name.</translation>
    </message>
    <message>
        <source>Sysctl</source>
        <translation>Sysctl</translation>
    </message>
    <message>
        <source>Kernel parameters set for the container.</source>
        <translation>Paramètres du noyau définis pour le conteneur.</translation>
    </message>
    <message>
        <source>Values written under /proc/sys when the container starts, e.g. net.ipv4.ip_forward. Only parameters that belong to one of the container&apos;s own namespaces can be set safely.</source>
        <translation>Valeurs écrites sous /proc/sys au démarrage du conteneur, p. ex. net.ipv4.ip_forward. Seuls les paramètres appartenant à l&apos;un des espaces de noms propres au conteneur peuvent être définis sans risque.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value of one kernel parameter.</source>
        <translation>Valeur d&apos;un paramètre du noyau.</translation>
    </message>
    <message>
        <source>The key is the dotted parameter name, the value the text to write, always as a string.</source>
        <translation>La clé est le nom du paramètre avec ses points, la valeur le texte à écrire, toujours sous forme de chaîne.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Cgroup limits for the container.</source>
        <translation>Limites de cgroup du conteneur.</translation>
    </message>
    <message>
        <source>Limits and weights the runtime writes to the container&apos;s cgroup: memory, CPU, block I/O, process count, devices and more.</source>
        <translation>Limites et poids que le runtime écrit dans le cgroup du conteneur&#xa0;: mémoire, CPU, E/S bloc, nombre de processus, périphériques, etc.</translation>
    </message>
    <message>
        <source>Device access rules</source>
        <translation>Règles d&apos;accès aux périphériques</translation>
    </message>
    <message>
        <source>Which device nodes the container may use.</source>
        <translation>Les nœuds de périphérique que le conteneur peut utiliser.</translation>
    </message>
    <message>
        <source>An ordered list of allow and deny rules for the device cgroup; the last matching rule wins. Runtimes usually start with deny-all and allow the standard devices.</source>
        <translation>Une liste ordonnée de règles d&apos;autorisation et de refus pour le cgroup devices&#xa0;; la dernière règle correspondante l&apos;emporte. Les runtimes commencent généralement par tout refuser, puis autorisent les périphériques standard.</translation>
    </message>
    <message>
        <source>Device rule</source>
        <translation>Règle de périphérique</translation>
    </message>
    <message>
        <source>Allow or deny some devices.</source>
        <translation>Autoriser ou refuser certains périphériques.</translation>
    </message>
    <message>
        <source>Matches devices by type and numbers and grants or refuses the listed kinds of access.</source>
        <translation>Sélectionne des périphériques par type et numéros, et accorde ou refuse les types d&apos;accès listés.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>true to allow, false to deny.</source>
        <translation>true pour autoriser, false pour refuser.</translation>
    </message>
    <message>
        <source>Whether matching devices become accessible or inaccessible.</source>
        <translation>Indique si les périphériques correspondants deviennent accessibles ou inaccessibles.</translation>
    </message>
    <message>
        <source>a (all), c (character) or b (block).</source>
        <translation>a (tous), c (caractère) ou b (bloc).</translation>
    </message>
    <message>
        <source>Restricts the rule to character or block devices; a or absent matches both.</source>
        <translation>Restreint la règle aux périphériques caractère ou bloc&#xa0;; a ou l&apos;absence de valeur couvre les deux.</translation>
    </message>
    <message>
        <source>Driver number; absent matches all.</source>
        <translation>Numéro du pilote&#xa0;; absent, il couvre tous les pilotes.</translation>
    </message>
    <message>
        <source>Restricts the rule to one driver; leave it out to match every major number.</source>
        <translation>Restreint la règle à un pilote&#xa0;; omettez-le pour couvrir tous les numéros majeurs.</translation>
    </message>
    <message>
        <source>Unit number; absent matches all.</source>
        <translation>Numéro d&apos;unité&#xa0;; absent, il couvre toutes les unités.</translation>
    </message>
    <message>
        <source>Restricts the rule to one device of the driver; leave it out to match all of them.</source>
        <translation>Restreint la règle à un périphérique du pilote&#xa0;; omettez-le pour les couvrir tous.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Letters r (read), w (write), m (mknod).</source>
        <translation>Lettres r (lecture), w (écriture), m (mknod).</translation>
    </message>
    <message>
        <source>Any combination of r, w and m; the rule applies to those operations only.</source>
        <translation>Toute combinaison de r, w et m&#xa0;; la règle ne s&apos;applique qu&apos;à ces opérations.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Memory cgroup limits.</source>
        <translation>Limites du cgroup memory.</translation>
    </message>
    <message>
        <source>Caps on RAM and swap use of all processes in the container together, and how the kernel reacts when they are reached.</source>
        <translation>Plafonds d&apos;utilisation de la RAM et du swap par l&apos;ensemble des processus du conteneur, et réaction du noyau quand ils sont atteints.</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Hard memory limit; -1 for unlimited.</source>
        <translation>Limite stricte de mémoire&#xa0;; -1 pour illimité.</translation>
    </message>
    <message>
        <source>The most memory the container may use; beyond it the kernel reclaims or kills. -1 removes the limit.</source>
        <translation>La quantité maximale de mémoire que le conteneur peut utiliser&#xa0;; au-delà, le noyau récupère de la mémoire ou tue des processus. -1 supprime la limite.</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Soft limit, enforced under memory pressure.</source>
        <translation>Limite souple, appliquée en cas de pression mémoire.</translation>
    </message>
    <message>
        <source>When the host runs short of memory, the kernel pushes the container back towards this amount. It makes sense only below the limit.</source>
        <translation>Quand l&apos;hôte manque de mémoire, le noyau ramène le conteneur vers cette quantité. Elle n&apos;a de sens qu&apos;en dessous de la limite.</translation>
    </message>
    <message>
        <source>Memory plus swap</source>
        <translation>Mémoire plus swap</translation>
    </message>
    <message>
        <source>Limit of memory and swap together; -1 for unlimited.</source>
        <translation>Limite de la mémoire et du swap ensemble&#xa0;; -1 pour illimité.</translation>
    </message>
    <message>
        <source>Counts RAM and swap together, so it must be at least the memory limit; equal values forbid swapping. -1 removes the limit.</source>
        <translation>Compte la RAM et le swap ensemble, et doit donc valoir au moins la limite de mémoire&#xa0;; des valeurs égales interdisent le swap. -1 supprime la limite.</translation>
    </message>
    <message>
        <source>Kernel memory</source>
        <translation>Mémoire du noyau</translation>
    </message>
    <message>
        <source>Deprecated: limit of kernel memory.</source>
        <translation>Obsolète&#xa0;: limite de la mémoire du noyau.</translation>
    </message>
    <message>
        <source>A cgroup v1 limit on memory the kernel uses for the container. Recent kernels ignore it, and the specification advises against it.</source>
        <translation>Une limite cgroup v1 sur la mémoire que le noyau utilise pour le conteneur. Les noyaux récents l&apos;ignorent, et la spécification la déconseille.</translation>
    </message>
    <message>
        <source>Kernel TCP memory</source>
        <translation>Mémoire TCP du noyau</translation>
    </message>
    <message>
        <source>Deprecated: limit of TCP buffer memory.</source>
        <translation>Obsolète&#xa0;: limite de la mémoire des tampons TCP.</translation>
    </message>
    <message>
        <source>A cgroup v1 limit on socket buffer memory. Not available with cgroup v2 and advised against by the specification.</source>
        <translation>Une limite cgroup v1 sur la mémoire des tampons de sockets. Non disponible avec cgroup v2 et déconseillée par la spécification.</translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation>Swappiness</translation>
    </message>
    <message>
        <source>Tendency to swap, 0 to 100.</source>
        <translation>Tendance à utiliser le swap, de 0 à 100.</translation>
    </message>
    <message>
        <source>Like the vm.swappiness sysctl, for this cgroup only: 0 avoids swapping, 100 swaps eagerly. Not available with cgroup v2.</source>
        <translation>Comme le sysctl vm.swappiness, mais pour ce cgroup uniquement&#xa0;: 0 évite le swap, 100 l&apos;utilise volontiers. Non disponible avec cgroup v2.</translation>
    </message>
    <message>
        <source>Disable OOM killer</source>
        <translation>Désactiver l&apos;OOM killer</translation>
    </message>
    <message>
        <source>Pause instead of killing at the limit.</source>
        <translation>Mettre en pause au lieu de tuer à la limite.</translation>
    </message>
    <message>
        <source>With true, processes that hit the memory limit wait for memory instead of being killed. Only cgroup v1 supports it.</source>
        <translation>Si true, les processus qui atteignent la limite de mémoire attendent de la mémoire au lieu d&apos;être tués. Seul cgroup v1 le prend en charge.</translation>
    </message>
    <message>
        <source>Use hierarchy</source>
        <translation>Utiliser la hiérarchie</translation>
    </message>
    <message>
        <source>Count child cgroups into this one (cgroup v1).</source>
        <translation>Compter les cgroups enfants dans celui-ci (cgroup v1).</translation>
    </message>
    <message>
        <source>Turns on hierarchical accounting in cgroup v1, so sub-cgroups are charged to the container&apos;s limits. cgroup v2 always does this.</source>
        <translation>Active la comptabilité hiérarchique dans cgroup v1, de sorte que les sous-cgroups sont imputés aux limites du conteneur. cgroup v2 le fait toujours.</translation>
    </message>
    <message>
        <source>Check before update</source>
        <translation>Vérifier avant la mise à jour</translation>
    </message>
    <message>
        <source>Refuse to lower the limit below current usage.</source>
        <translation>Refuser d&apos;abaisser la limite sous l&apos;utilisation actuelle.</translation>
    </message>
    <message>
        <source>When the limit is changed on a running container, the runtime first compares it with the memory in use and fails instead of triggering the OOM killer.</source>
        <translation>Quand la limite est modifiée sur un conteneur en cours d&apos;exécution, le runtime la compare d&apos;abord à la mémoire utilisée et échoue au lieu de déclencher l&apos;OOM killer.</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU time and placement.</source>
        <translation>Temps CPU et placement.</translation>
    </message>
    <message>
        <source>Relative weight, hard quota per period, real-time budget and the CPUs and memory nodes the container may use.</source>
        <translation>Poids relatif, quota strict par période, budget temps réel, et les CPU et nœuds mémoire que le conteneur peut utiliser.</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Relative CPU weight (1024 is normal).</source>
        <translation>Poids CPU relatif (1024 est la valeur normale).</translation>
    </message>
    <message>
        <source>Only matters when CPUs are busy: a cgroup with twice the shares gets twice the time. Converted to a weight on cgroup v2.</source>
        <translation>Ne compte que lorsque les CPU sont occupés&#xa0;: un cgroup avec deux fois plus de parts reçoit deux fois plus de temps. Converti en poids sous cgroup v2.</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>CPU time allowed per period; -1 for unlimited.</source>
        <translation>Temps CPU autorisé par période&#xa0;; -1 pour illimité.</translation>
    </message>
    <message>
        <source>All processes together may run this long in each period; quota 50000 with period 100000 means half a CPU.</source>
        <translation>L&apos;ensemble des processus peut s&apos;exécuter aussi longtemps à chaque période&#xa0;; un quota de 50000 avec une période de 100000 correspond à la moitié d&apos;un CPU.</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Rafale</translation>
    </message>
    <message>
        <source>Unused quota that may be saved up.</source>
        <translation>Quota inutilisé qui peut être mis de côté.</translation>
    </message>
    <message>
        <source>Lets the cgroup exceed its quota briefly using time it did not use before. It must not be larger than the quota.</source>
        <translation>Permet au cgroup de dépasser brièvement son quota en utilisant du temps qu&apos;il n&apos;a pas utilisé auparavant. Ne doit pas être supérieur au quota.</translation>
    </message>
    <message>
        <source>Length of a quota period.</source>
        <translation>Durée d&apos;une période de quota.</translation>
    </message>
    <message>
        <source>The interval after which the quota is refilled, 100000 (0.1 s) by default in the kernel.</source>
        <translation>L&apos;intervalle après lequel le quota est renouvelé, 100000 (0,1 s) par défaut dans le noyau.</translation>
    </message>
    <message>
        <source>Real-time runtime</source>
        <translation>Temps d&apos;exécution temps réel</translation>
    </message>
    <message>
        <source>Real-time CPU time per real-time period.</source>
        <translation>Temps CPU temps réel par période temps réel.</translation>
    </message>
    <message>
        <source>How long real-time tasks of the cgroup may run in each real-time period (cgroup v1 only).</source>
        <translation>Combien de temps les tâches temps réel du cgroup peuvent s&apos;exécuter à chaque période temps réel (cgroup v1 uniquement).</translation>
    </message>
    <message>
        <source>Real-time period</source>
        <translation>Période temps réel</translation>
    </message>
    <message>
        <source>Period for the real-time budget.</source>
        <translation>Période du budget temps réel.</translation>
    </message>
    <message>
        <source>The interval in which realtimeRuntime is granted (cgroup v1 only).</source>
        <translation>L&apos;intervalle dans lequel realtimeRuntime est accordé (cgroup v1 uniquement).</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPUs the container may run on, e.g. 0-3,7.</source>
        <translation>CPU sur lesquels le conteneur peut s&apos;exécuter, p. ex. 0-3,7.</translation>
    </message>
    <message>
        <source>A cpuset list: numbers and ranges separated by commas.</source>
        <translation>Une liste cpuset&#xa0;: numéros et plages séparés par des virgules.</translation>
    </message>
    <message>
        <source>Memory nodes</source>
        <translation>Nœuds mémoire</translation>
    </message>
    <message>
        <source>NUMA nodes the container may allocate from.</source>
        <translation>Nœuds NUMA sur lesquels le conteneur peut allouer.</translation>
    </message>
    <message>
        <source>A list of memory node numbers and ranges, like 0-1, relevant on NUMA machines.</source>
        <translation>Une liste de numéros et de plages de nœuds mémoire, comme 0-1, utile sur les machines NUMA.</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif (idle)</translation>
    </message>
    <message>
        <source>1 makes the whole cgroup SCHED_IDLE.</source>
        <translation>1 passe tout le cgroup en SCHED_IDLE.</translation>
    </message>
    <message>
        <source>With 1, the cgroup only gets CPU time nobody else wants; 0 keeps normal behaviour.</source>
        <translation>Avec 1, le cgroup ne reçoit que le temps CPU dont personne d&apos;autre ne veut&#xa0;; 0 conserve le comportement normal.</translation>
    </message>
    <message>
        <source>Huge page limits</source>
        <translation>Limites de pages énormes</translation>
    </message>
    <message>
        <source>HugeTLB limits per page size.</source>
        <translation>Limites HugeTLB par taille de page.</translation>
    </message>
    <message>
        <source>Caps the huge pages the container may reserve or use, separately for each page size.</source>
        <translation>Plafonne les pages énormes que le conteneur peut réserver ou utiliser, séparément pour chaque taille de page.</translation>
    </message>
    <message>
        <source>Huge page limit</source>
        <translation>Limite de pages énormes</translation>
    </message>
    <message>
        <source>Limit for one page size.</source>
        <translation>Limite pour une taille de page.</translation>
    </message>
    <message>
        <source>A page size and the number of bytes of such pages allowed.</source>
        <translation>Une taille de page et le nombre d&apos;octets de telles pages autorisés.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Size with unit, e.g. 2MB or 1GB.</source>
        <translation>Taille avec unité, p. ex. 2MB ou 1GB.</translation>
    </message>
    <message>
        <source>A number followed by KB, MB or GB, matching a hugetlb control file of the kernel.</source>
        <translation>Un nombre suivi de KB, MB ou GB, correspondant à un fichier de contrôle hugetlb du noyau.</translation>
    </message>
    <message>
        <source>Bytes of huge pages of this size.</source>
        <translation>Octets de pages énormes de cette taille.</translation>
    </message>
    <message>
        <source>The total size of huge pages of this size the container may reserve (or touch, on kernels without reservation accounting).</source>
        <translation>La taille totale des pages énormes de cette taille que le conteneur peut réserver (ou toucher, sur les noyaux sans comptabilité des réservations).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Traffic class and priorities (cgroup v1).</source>
        <translation>Classe de trafic et priorités (cgroup v1).</translation>
    </message>
    <message>
        <source>Tags the container&apos;s packets for traffic control and sets per-interface priorities, through the net_cls and net_prio controllers of cgroup v1.</source>
        <translation>Marque les paquets du conteneur pour le contrôle de trafic et définit des priorités par interface, au moyen des contrôleurs net_cls et net_prio de cgroup v1.</translation>
    </message>
    <message>
        <source>Class ID</source>
        <translation>ID de classe</translation>
    </message>
    <message>
        <source>net_cls class identifier.</source>
        <translation>Identifiant de classe net_cls.</translation>
    </message>
    <message>
        <source>A tc class handle written as one number (major in the upper 16 bits) that packets of the container carry.</source>
        <translation>Un handle de classe tc écrit sous forme d&apos;un seul nombre (majeur dans les 16 bits de poids fort) que portent les paquets du conteneur.</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Packet priority per interface.</source>
        <translation>Priorité des paquets par interface.</translation>
    </message>
    <message>
        <source>For each named host interface, the priority given to traffic leaving through it.</source>
        <translation>Pour chaque interface de l&apos;hôte nommée, la priorité donnée au trafic qui sort par celle-ci.</translation>
    </message>
    <message>
        <source>Interface priority</source>
        <translation>Priorité d&apos;interface</translation>
    </message>
    <message>
        <source>Priority on one interface.</source>
        <translation>Priorité sur une interface.</translation>
    </message>
    <message>
        <source>An interface name and a priority number.</source>
        <translation>Un nom d&apos;interface et un numéro de priorité.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Interface name on the host.</source>
        <translation>Nom de l&apos;interface sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Name of the network interface in the runtime&apos;s network namespace, e.g. eth0.</source>
        <translation>Nom de l&apos;interface réseau dans l&apos;espace de noms réseau du runtime, p. ex. eth0.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Priority number.</source>
        <translation>Numéro de priorité.</translation>
    </message>
    <message>
        <source>The socket priority assigned to the container&apos;s traffic on that interface.</source>
        <translation>La priorité de socket attribuée au trafic du conteneur sur cette interface.</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Limit on the number of tasks.</source>
        <translation>Limite du nombre de tâches.</translation>
    </message>
    <message>
        <source>Caps how many processes and threads can exist in the container, a simple defence against fork bombs.</source>
        <translation>Plafonne le nombre de processus et de threads pouvant exister dans le conteneur, une défense simple contre les fork bombs.</translation>
    </message>
    <message>
        <source>Maximum tasks; -1 for no limit.</source>
        <translation>Nombre maximal de tâches&#xa0;; -1 pour aucune limite.</translation>
    </message>
    <message>
        <source>The largest number of tasks the cgroup may hold. 0 is a real limit that forbids any new task; -1 removes the limit.</source>
        <translation>Le plus grand nombre de tâches que le cgroup peut contenir. 0 est une vraie limite qui interdit toute nouvelle tâche&#xa0;; -1 supprime la limite.</translation>
    </message>
    <message>
        <source>RDMA</source>
        <translation>RDMA</translation>
    </message>
    <message>
        <source>RDMA resource limits per device.</source>
        <translation>Limites de ressources RDMA par périphérique.</translation>
    </message>
    <message>
        <source>Keys are RDMA device names such as mlx5_1; the values limit the handles and objects the container may allocate on them.</source>
        <translation>Les clés sont des noms de périphériques RDMA tels que mlx5_1&#xa0;; les valeurs limitent les handles et objets que le conteneur peut y allouer.</translation>
    </message>
    <message>
        <source>RDMA device</source>
        <translation>Périphérique RDMA</translation>
    </message>
    <message>
        <source>Limits for one RDMA device.</source>
        <translation>Limites pour un périphérique RDMA.</translation>
    </message>
    <message>
        <source>At least one of the two limits has to be given.</source>
        <translation>Au moins l&apos;une des deux limites doit être indiquée.</translation>
    </message>
    <message>
        <source>HCA handles</source>
        <translation>Handles HCA</translation>
    </message>
    <message>
        <source>Cap on HCA handles for this device.</source>
        <translation>Plafond de handles HCA pour ce périphérique.</translation>
    </message>
    <message>
        <source>How many host channel adapter handles the container may open on this device.</source>
        <translation>Combien de handles d&apos;adaptateur de canal hôte (HCA) le conteneur peut ouvrir sur ce périphérique.</translation>
    </message>
    <message>
        <source>HCA objects</source>
        <translation>Objets HCA</translation>
    </message>
    <message>
        <source>Cap on HCA objects for this device.</source>
        <translation>Plafond d&apos;objets HCA pour ce périphérique.</translation>
    </message>
    <message>
        <source>How many host channel adapter objects the container may create on this device.</source>
        <translation>Combien d&apos;objets d&apos;adaptateur de canal hôte (HCA) le conteneur peut créer sur ce périphérique.</translation>
    </message>
    <message>
        <source>Unified (cgroup v2)</source>
        <translation>Unified (cgroup v2)</translation>
    </message>
    <message>
        <source>Raw cgroup v2 files and values.</source>
        <translation>Fichiers et valeurs cgroup v2 bruts.</translation>
    </message>
    <message>
        <source>Writes values straight to cgroup v2 interface files, e.g. memory.high, for settings the structured fields do not cover. The controllers involved must be available.</source>
        <translation>Écrit des valeurs directement dans les fichiers d&apos;interface de cgroup v2, p. ex. memory.high, pour les réglages que les champs structurés ne couvrent pas. Les contrôleurs concernés doivent être disponibles.</translation>
    </message>
    <message>
        <source>cgroup file</source>
        <translation>Fichier cgroup</translation>
    </message>
    <message>
        <source>Value for one cgroup v2 file.</source>
        <translation>Valeur pour un fichier cgroup v2.</translation>
    </message>
    <message>
        <source>The key names the file in the container&apos;s cgroup directory, the value is written to it as is.</source>
        <translation>La clé désigne le fichier dans le répertoire du cgroup du conteneur, la valeur y est écrite telle quelle.</translation>
    </message>
    <message>
        <source>Block IO</source>
        <translation>E/S bloc</translation>
    </message>
    <message>
        <source>Disk bandwidth weights and throttles.</source>
        <translation>Poids et limitations de bande passante disque.</translation>
    </message>
    <message>
        <source>Shares disk time between cgroups by weight and caps the bytes or operations per second on individual devices.</source>
        <translation>Répartit le temps disque entre les cgroups selon leur poids et plafonne les octets ou opérations par seconde sur des périphériques individuels.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Default I/O weight on all devices.</source>
        <translation>Poids d&apos;E/S par défaut sur tous les périphériques.</translation>
    </message>
    <message>
        <source>The cgroup&apos;s share of disk time relative to its siblings, unless a device rule says otherwise.</source>
        <translation>La part de temps disque du cgroup par rapport à ses frères, sauf si une règle de périphérique en dispose autrement.</translation>
    </message>
    <message>
        <source>Leaf weight</source>
        <translation>Poids feuille</translation>
    </message>
    <message>
        <source>Weight of the cgroup&apos;s own tasks against its children.</source>
        <translation>Poids des tâches propres du cgroup par rapport à ses enfants.</translation>
    </message>
    <message>
        <source>Used by the old CFQ scheduler to split disk time between the cgroup&apos;s own processes and its child cgroups.</source>
        <translation>Utilisé par l&apos;ancien ordonnanceur CFQ pour répartir le temps disque entre les processus propres du cgroup et ses cgroups enfants.</translation>
    </message>
    <message>
        <source>Per-device weights</source>
        <translation>Poids par périphérique</translation>
    </message>
    <message>
        <source>Weights that differ per device.</source>
        <translation>Poids qui diffèrent selon le périphérique.</translation>
    </message>
    <message>
        <source>Overrides the default weight for individual block devices.</source>
        <translation>Remplace le poids par défaut pour des périphériques bloc individuels.</translation>
    </message>
    <message>
        <source>Device weight</source>
        <translation>Poids de périphérique</translation>
    </message>
    <message>
        <source>Weight for one device.</source>
        <translation>Poids pour un périphérique.</translation>
    </message>
    <message>
        <source>A device by numbers with its weight and/or leaf weight; at least one of the two is needed.</source>
        <translation>Un périphérique désigné par ses numéros avec son poids et/ou son poids feuille&#xa0;; au moins l&apos;un des deux est nécessaire.</translation>
    </message>
    <message>
        <source>I/O weight on this device.</source>
        <translation>Poids d&apos;E/S sur ce périphérique.</translation>
    </message>
    <message>
        <source>The cgroup&apos;s share of this device&apos;s time.</source>
        <translation>La part du temps de ce périphérique attribuée au cgroup.</translation>
    </message>
    <message>
        <source>Leaf weight on this device.</source>
        <translation>Poids feuille sur ce périphérique.</translation>
    </message>
    <message>
        <source>The leaf weight for this device only (CFQ scheduler).</source>
        <translation>Le poids feuille pour ce périphérique uniquement (ordonnanceur CFQ).</translation>
    </message>
    <message>
        <source>Read bandwidth limits</source>
        <translation>Limites de débit en lecture</translation>
    </message>
    <message>
        <source>Maximum bytes per second read from a device.</source>
        <translation>Nombre maximal d&apos;octets lus par seconde sur un périphérique.</translation>
    </message>
    <message>
        <source>Write bandwidth limits</source>
        <translation>Limites de débit en écriture</translation>
    </message>
    <message>
        <source>Maximum bytes per second written to a device.</source>
        <translation>Nombre maximal d&apos;octets écrits par seconde sur un périphérique.</translation>
    </message>
    <message>
        <source>Read IOPS limits</source>
        <translation>Limites d&apos;IOPS en lecture</translation>
    </message>
    <message>
        <source>Maximum read operations per second on a device.</source>
        <translation>Nombre maximal d&apos;opérations de lecture par seconde sur un périphérique.</translation>
    </message>
    <message>
        <source>Write IOPS limits</source>
        <translation>Limites d&apos;IOPS en écriture</translation>
    </message>
    <message>
        <source>Maximum write operations per second on a device.</source>
        <translation>Nombre maximal d&apos;opérations d&apos;écriture par seconde sur un périphérique.</translation>
    </message>
    <message>
        <source>Hard caps per block device, applied no matter how idle the disk is.</source>
        <translation>Plafonds stricts par périphérique bloc, appliqués quel que soit le degré d&apos;inactivité du disque.</translation>
    </message>
    <message>
        <source>Device limit</source>
        <translation>Limite de périphérique</translation>
    </message>
    <message>
        <source>Limit for one device.</source>
        <translation>Limite pour un périphérique.</translation>
    </message>
    <message>
        <source>A block device by major and minor number with its rate.</source>
        <translation>Un périphérique bloc désigné par ses numéros majeur et mineur, avec son débit.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Allowed rate on the device.</source>
        <translation>Débit autorisé sur le périphérique.</translation>
    </message>
    <message>
        <source>The most the container may do per second on this device.</source>
        <translation>Le maximum que le conteneur peut effectuer par seconde sur ce périphérique.</translation>
    </message>
    <message>
        <source>Driver number of the block device.</source>
        <translation>Numéro du pilote du périphérique bloc.</translation>
    </message>
    <message>
        <source>Together with the minor number it names the disk, as shown by lsblk.</source>
        <translation>Avec le numéro mineur, il désigne le disque, tel qu&apos;affiché par lsblk.</translation>
    </message>
    <message>
        <source>Unit number of the block device.</source>
        <translation>Numéro d&apos;unité du périphérique bloc.</translation>
    </message>
    <message>
        <source>Together with the major number it names the disk or partition.</source>
        <translation>Avec le numéro majeur, il désigne le disque ou la partition.</translation>
    </message>
    <message>
        <source>Seccomp</source>
        <translation>Seccomp</translation>
    </message>
    <message>
        <source>System call filter.</source>
        <translation>Filtre d&apos;appels système.</translation>
    </message>
    <message>
        <source>A filter the kernel applies to every system call of the container: a default action plus rules for particular calls and arguments. It shrinks the kernel surface a container can attack.</source>
        <translation>Un filtre que le noyau applique à chaque appel système du conteneur&#xa0;: une action par défaut plus des règles pour certains appels et arguments. Il réduit la surface du noyau qu&apos;un conteneur peut attaquer.</translation>
    </message>
    <message>
        <source>Default action</source>
        <translation>Action par défaut</translation>
    </message>
    <message>
        <source>What happens to calls no rule matches.</source>
        <translation>Ce qui arrive aux appels qu&apos;aucune règle ne couvre.</translation>
    </message>
    <message>
        <source>Usually SCMP_ACT_ERRNO (fail the call) for an allowlist, or SCMP_ACT_ALLOW for a denylist.</source>
        <translation>Généralement SCMP_ACT_ERRNO (faire échouer l&apos;appel) pour une liste d&apos;autorisation, ou SCMP_ACT_ALLOW pour une liste de refus.</translation>
    </message>
    <message>
        <source>Default errno</source>
        <translation>Errno par défaut</translation>
    </message>
    <message>
        <source>Error number returned by the default action.</source>
        <translation>Numéro d&apos;erreur renvoyé par l&apos;action par défaut.</translation>
    </message>
    <message>
        <source>The errno a blocked call returns when the default action is SCMP_ACT_ERRNO or SCMP_ACT_TRACE; EPERM when absent.</source>
        <translation>L&apos;errno que renvoie un appel bloqué quand l&apos;action par défaut est SCMP_ACT_ERRNO ou SCMP_ACT_TRACE&#xa0;; EPERM s&apos;il est absent.</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>Architectures</translation>
    </message>
    <message>
        <source>System call ABIs the filter covers.</source>
        <translation>ABI d&apos;appels système couvertes par le filtre.</translation>
    </message>
    <message>
        <source>Lets the filter also handle calls made through secondary ABIs, e.g. 32-bit x86 programs on x86_64. Calls from other ABIs are killed.</source>
        <translation>Permet au filtre de traiter aussi les appels effectués via des ABI secondaires, p. ex. des programmes x86 32 bits sur x86_64. Les appels provenant d&apos;autres ABI sont tués.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>One SCMP_ARCH_* name.</source>
        <translation>Un nom SCMP_ARCH_*.</translation>
    </message>
    <message>
        <source>An architecture constant from libseccomp.</source>
        <translation>Une constante d&apos;architecture de libseccomp.</translation>
    </message>
    <message>
        <source>Flags for loading the filter.</source>
        <translation>Drapeaux de chargement du filtre.</translation>
    </message>
    <message>
        <source>Options passed to seccomp(2) when the filter is installed, such as logging or synchronising all threads.</source>
        <translation>Options transmises à seccomp(2) lors de l&apos;installation du filtre, comme la journalisation ou la synchronisation de tous les threads.</translation>
    </message>
    <message>
        <source>One SECCOMP_FILTER_FLAG_* name.</source>
        <translation>Un nom SECCOMP_FILTER_FLAG_*.</translation>
    </message>
    <message>
        <source>A filter flag constant from seccomp(2).</source>
        <translation>Une constante de drapeau de filtre de seccomp(2).</translation>
    </message>
    <message>
        <source>Listener socket</source>
        <translation>Socket d&apos;écoute</translation>
    </message>
    <message>
        <source>Unix socket of a seccomp agent.</source>
        <translation>Socket Unix d&apos;un agent seccomp.</translation>
    </message>
    <message>
        <source>Needed for SCMP_ACT_NOTIFY: the runtime sends the filter&apos;s notification file descriptor and the container state to the agent listening here.</source>
        <translation>Nécessaire pour SCMP_ACT_NOTIFY&#xa0;: le runtime envoie le descripteur de fichier de notification du filtre et l&apos;état du conteneur à l&apos;agent qui écoute ici.</translation>
    </message>
    <message>
        <source>Listener metadata</source>
        <translation>Métadonnées de l&apos;écouteur</translation>
    </message>
    <message>
        <source>Opaque text for the seccomp agent.</source>
        <translation>Texte opaque pour l&apos;agent seccomp.</translation>
    </message>
    <message>
        <source>Passed to the agent along with the file descriptor. Only allowed together with a listener socket.</source>
        <translation>Transmis à l&apos;agent avec le descripteur de fichier. Autorisé uniquement avec un socket d&apos;écoute.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Actions for particular system calls.</source>
        <translation>Actions pour certains appels système.</translation>
    </message>
    <message>
        <source>Each rule names system calls, optionally conditions on their arguments, and the action taken when they match.</source>
        <translation>Chaque règle nomme des appels système, éventuellement des conditions sur leurs arguments, et l&apos;action entreprise quand ils correspondent.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>One system call rule.</source>
        <translation>Une règle d&apos;appel système.</translation>
    </message>
    <message>
        <source>Names, action, optional errno and argument conditions.</source>
        <translation>Noms, action, errno facultatif et conditions sur les arguments.</translation>
    </message>
    <message>
        <source>System calls</source>
        <translation>Appels système</translation>
    </message>
    <message>
        <source>Names of the calls, at least one.</source>
        <translation>Noms des appels, au moins un.</translation>
    </message>
    <message>
        <source>System call names such as openat or clone; the rule applies to each of them.</source>
        <translation>Noms d&apos;appels système tels que openat ou clone&#xa0;; la règle s&apos;applique à chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>System call</source>
        <translation>Appel système</translation>
    </message>
    <message>
        <source>One system call name.</source>
        <translation>Un nom d&apos;appel système.</translation>
    </message>
    <message>
        <source>A name libseccomp knows; unknown names are skipped by most runtimes.</source>
        <translation>Un nom que libseccomp connaît&#xa0;; les noms inconnus sont ignorés par la plupart des runtimes.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What happens when the rule matches.</source>
        <translation>Ce qui se passe quand la règle correspond.</translation>
    </message>
    <message>
        <source>Allow, log, fail with an errno, trap, notify an agent, or kill the thread or process.</source>
        <translation>Autoriser, journaliser, échouer avec un errno, déclencher un trap, notifier un agent, ou tuer le thread ou le processus.</translation>
    </message>
    <message>
        <source>Errno</source>
        <translation>Errno</translation>
    </message>
    <message>
        <source>Error number for SCMP_ACT_ERRNO or SCMP_ACT_TRACE.</source>
        <translation>Numéro d&apos;erreur pour SCMP_ACT_ERRNO ou SCMP_ACT_TRACE.</translation>
    </message>
    <message>
        <source>The error the call returns; only meaningful for actions that return an error.</source>
        <translation>L&apos;erreur que renvoie l&apos;appel&#xa0;; n&apos;a de sens que pour les actions qui renvoient une erreur.</translation>
    </message>
    <message>
        <source>Argument conditions</source>
        <translation>Conditions sur les arguments</translation>
    </message>
    <message>
        <source>Conditions on the call&apos;s arguments.</source>
        <translation>Conditions sur les arguments de l&apos;appel.</translation>
    </message>
    <message>
        <source>The rule matches only when all conditions hold, e.g. only clone calls without CLONE_NEWUSER.</source>
        <translation>La règle ne correspond que si toutes les conditions sont remplies, p. ex. seulement les appels clone sans CLONE_NEWUSER.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Compare one argument.</source>
        <translation>Comparer un argument.</translation>
    </message>
    <message>
        <source>Compares the argument at index with value using op.</source>
        <translation>Compare l&apos;argument situé à index avec value en utilisant op.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Argument position, from 0.</source>
        <translation>Position de l&apos;argument, à partir de 0.</translation>
    </message>
    <message>
        <source>Which argument to look at; system calls have at most six.</source>
        <translation>L&apos;argument à examiner&#xa0;; les appels système en ont au plus six.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Value to compare with.</source>
        <translation>Valeur de comparaison.</translation>
    </message>
    <message>
        <source>The right-hand side of the comparison; for SCMP_CMP_MASKED_EQ the mask.</source>
        <translation>Le membre de droite de la comparaison&#xa0;; pour SCMP_CMP_MASKED_EQ, le masque.</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>Seconde valeur</translation>
    </message>
    <message>
        <source>Expected value for SCMP_CMP_MASKED_EQ.</source>
        <translation>Valeur attendue pour SCMP_CMP_MASKED_EQ.</translation>
    </message>
    <message>
        <source>With SCMP_CMP_MASKED_EQ the argument, masked with value, must equal this.</source>
        <translation>Avec SCMP_CMP_MASKED_EQ, l&apos;argument, masqué avec value, doit être égal à celle-ci.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Comparison operator.</source>
        <translation>Opérateur de comparaison.</translation>
    </message>
    <message>
        <source>Equal, not equal, less or greater (or equal), or equal after masking.</source>
        <translation>Égal, différent, inférieur ou supérieur (ou égal), ou égal après masquage.</translation>
    </message>
    <message>
        <source>Rootfs propagation</source>
        <translation>Propagation du rootfs</translation>
    </message>
    <message>
        <source>Mount propagation of the root filesystem.</source>
        <translation>Propagation des montages du système de fichiers racine.</translation>
    </message>
    <message>
        <source>Decides whether mounts made on the host show up in the container (slave), travel both ways (shared), stay apart (private) or whether the root cannot even be bind-mounted (unbindable).</source>
        <translation>Détermine si les montages effectués sur l&apos;hôte apparaissent dans le conteneur (slave), circulent dans les deux sens (shared), restent séparés (private) ou si la racine ne peut même pas être montée en bind (unbindable).</translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation>Chemins masqués</translation>
    </message>
    <message>
        <source>Paths made unreadable in the container.</source>
        <translation>Chemins rendus illisibles dans le conteneur.</translation>
    </message>
    <message>
        <source>Each path is covered (with /dev/null or an empty read-only tmpfs) so the container cannot read it; typical for sensitive files under /proc and /sys.</source>
        <translation>Chaque chemin est recouvert (par /dev/null ou un tmpfs vide en lecture seule) pour que le conteneur ne puisse pas le lire&#xa0;; typique pour les fichiers sensibles sous /proc et /sys.</translation>
    </message>
    <message>
        <source>Masked path</source>
        <translation>Chemin masqué</translation>
    </message>
    <message>
        <source>Absolute path inside the container.</source>
        <translation>Chemin absolu à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>A file or directory to hide, e.g. /proc/kcore.</source>
        <translation>Un fichier ou répertoire à cacher, p. ex. /proc/kcore.</translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation>Chemins en lecture seule</translation>
    </message>
    <message>
        <source>Paths made read-only in the container.</source>
        <translation>Chemins rendus accessibles en lecture seule dans le conteneur.</translation>
    </message>
    <message>
        <source>Each path is bind-mounted onto itself read-only, e.g. /proc/sys, so the container can look but not change.</source>
        <translation>Chaque chemin est monté en bind sur lui-même en lecture seule, p. ex. /proc/sys, pour que le conteneur puisse consulter sans modifier.</translation>
    </message>
    <message>
        <source>Read-only path</source>
        <translation>Chemin en lecture seule</translation>
    </message>
    <message>
        <source>A file or directory to protect from writes.</source>
        <translation>Un fichier ou répertoire à protéger contre l&apos;écriture.</translation>
    </message>
    <message>
        <source>Mount label</source>
        <translation>Étiquette de montage</translation>
    </message>
    <message>
        <source>SELinux context for the container&apos;s mounts.</source>
        <translation>Contexte SELinux des montages du conteneur.</translation>
    </message>
    <message>
        <source>The SELinux label given to files of the mounts the runtime creates; only used on hosts with SELinux.</source>
        <translation>L&apos;étiquette SELinux donnée aux fichiers des montages que crée le runtime&#xa0;; utilisée uniquement sur les hôtes avec SELinux.</translation>
    </message>
    <message>
        <source>Intel RDT</source>
        <translation>Intel RDT</translation>
    </message>
    <message>
        <source>Cache and memory bandwidth allocation.</source>
        <translation>Allocation du cache et de la bande passante mémoire.</translation>
    </message>
    <message>
        <source>Places the container in a resctrl class of service, which partitions the last-level cache and memory bandwidth on Intel (and compatible) CPUs.</source>
        <translation>Place le conteneur dans une classe de service resctrl, qui partitionne le cache de dernier niveau et la bande passante mémoire sur les CPU Intel (et compatibles).</translation>
    </message>
    <message>
        <source>Class of service</source>
        <translation>Classe de service</translation>
    </message>
    <message>
        <source>resctrl group name; / is the default group.</source>
        <translation>Nom du groupe resctrl&#xa0;; / est le groupe par défaut.</translation>
    </message>
    <message>
        <source>Names the resctrl directory the container joins, so several containers can share one class. Without it the container ID is used.</source>
        <translation>Désigne le répertoire resctrl que rejoint le conteneur, pour que plusieurs conteneurs puissent partager une classe. Sans lui, l&apos;ID du conteneur est utilisé.</translation>
    </message>
    <message>
        <source>L3 cache schema</source>
        <translation>Schéma du cache L3</translation>
    </message>
    <message>
        <source>Cache allocation, e.g. L3:0=ffff0.</source>
        <translation>Allocation du cache, p. ex. L3:0=ffff0.</translation>
    </message>
    <message>
        <source>One schemata line giving, per cache ID, the bit mask of L3 cache ways the container may fill.</source>
        <translation>Une ligne schemata donnant, pour chaque ID de cache, le masque de bits des voies du cache L3 que le conteneur peut remplir.</translation>
    </message>
    <message>
        <source>Memory bandwidth schema</source>
        <translation>Schéma de bande passante mémoire</translation>
    </message>
    <message>
        <source>Bandwidth allocation, e.g. MB:0=20.</source>
        <translation>Allocation de bande passante, p. ex. MB:0=20.</translation>
    </message>
    <message>
        <source>One schemata line starting with MB: that gives, per cache ID, the share of memory bandwidth.</source>
        <translation>Une ligne schemata commençant par MB: qui donne, pour chaque ID de cache, la part de bande passante mémoire.</translation>
    </message>
    <message>
        <source>Schemata</source>
        <translation>Schemata</translation>
    </message>
    <message>
        <source>Free-form schemata lines.</source>
        <translation>Lignes schemata libres.</translation>
    </message>
    <message>
        <source>Lines written to the resctrl schemata file after the two schema fields, for any resource the kernel supports.</source>
        <translation>Lignes écrites dans le fichier schemata de resctrl après les deux champs de schéma, pour toute ressource prise en charge par le noyau.</translation>
    </message>
    <message>
        <source>Schemata line</source>
        <translation>Ligne schemata</translation>
    </message>
    <message>
        <source>One line, without newline.</source>
        <translation>Une ligne, sans saut de ligne.</translation>
    </message>
    <message>
        <source>A single resource allocation line.</source>
        <translation>Une seule ligne d&apos;allocation de ressource.</translation>
    </message>
    <message>
        <source>Enable monitoring</source>
        <translation>Activer la surveillance</translation>
    </message>
    <message>
        <source>Create a resctrl monitoring group.</source>
        <translation>Créer un groupe de surveillance resctrl.</translation>
    </message>
    <message>
        <source>Gives the container its own monitoring group so cache occupancy and bandwidth can be measured for it alone.</source>
        <translation>Donne au conteneur son propre groupe de surveillance, pour que l&apos;occupation du cache et la bande passante puissent être mesurées pour lui seul.</translation>
    </message>
    <message>
        <source>Enable CMT (removed)</source>
        <translation>Activer CMT (supprimé)</translation>
    </message>
    <message>
        <source>Cache monitoring; replaced by enableMonitoring in 1.3.0.</source>
        <translation>Surveillance du cache&#xa0;; remplacé par enableMonitoring dans la 1.3.0.</translation>
    </message>
    <message>
        <source>Asked for cache occupancy monitoring in versions 1.1.0 to 1.2.1. Use enableMonitoring instead.</source>
        <translation>Demandait la surveillance de l&apos;occupation du cache dans les versions 1.1.0 à 1.2.1. Utilisez plutôt enableMonitoring.</translation>
    </message>
    <message>
        <source>Enable MBM (removed)</source>
        <translation>Activer MBM (supprimé)</translation>
    </message>
    <message>
        <source>Bandwidth monitoring; replaced by enableMonitoring in 1.3.0.</source>
        <translation>Surveillance de la bande passante&#xa0;; remplacé par enableMonitoring dans la 1.3.0.</translation>
    </message>
    <message>
        <source>Asked for memory bandwidth monitoring in versions 1.1.0 to 1.2.1. Use enableMonitoring instead.</source>
        <translation>Demandait la surveillance de la bande passante mémoire dans les versions 1.1.0 à 1.2.1. Utilisez plutôt enableMonitoring.</translation>
    </message>
    <message>
        <source>Memory policy</source>
        <translation>Politique mémoire</translation>
    </message>
    <message>
        <source>NUMA placement of the container&apos;s memory.</source>
        <translation>Placement NUMA de la mémoire du conteneur.</translation>
    </message>
    <message>
        <source>Applied with set_mempolicy: decides from which NUMA nodes the container&apos;s memory is allocated.</source>
        <translation>Appliquée avec set_mempolicy&#xa0;: détermine sur quels nœuds NUMA la mémoire du conteneur est allouée.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>How nodes are chosen, e.g. MPOL_BIND.</source>
        <translation>Comment les nœuds sont choisis, p. ex. MPOL_BIND.</translation>
    </message>
    <message>
        <source>BIND restricts to the nodes, INTERLEAVE spreads over them, PREFERRED tries them first, LOCAL uses the node the task runs on, DEFAULT falls back to the system policy.</source>
        <translation>BIND restreint aux nœuds, INTERLEAVE répartit sur ceux-ci, PREFERRED les essaie en premier, LOCAL utilise le nœud sur lequel s&apos;exécute la tâche, DEFAULT revient à la politique du système.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>NUMA nodes, e.g. 0-1,3.</source>
        <translation>Nœuds NUMA, p. ex. 0-1,3.</translation>
    </message>
    <message>
        <source>The node list the mode works on. MPOL_DEFAULT and MPOL_LOCAL take none; BIND and the interleave modes need at least one.</source>
        <translation>La liste de nœuds sur laquelle le mode agit. MPOL_DEFAULT et MPOL_LOCAL n&apos;en prennent aucun&#xa0;; BIND et les modes d&apos;entrelacement en exigent au moins un.</translation>
    </message>
    <message>
        <source>Mode flags for set_mempolicy.</source>
        <translation>Drapeaux de mode pour set_mempolicy.</translation>
    </message>
    <message>
        <source>Refine how node numbers are read (static or relative) or enable NUMA balancing.</source>
        <translation>Précisent comment les numéros de nœuds sont interprétés (statiques ou relatifs) ou activent l&apos;équilibrage NUMA.</translation>
    </message>
    <message>
        <source>One MPOL_F_* flag.</source>
        <translation>Un drapeau MPOL_F_*.</translation>
    </message>
    <message>
        <source>A flag constant from set_mempolicy(2).</source>
        <translation>Une constante de drapeau de set_mempolicy(2).</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personnalité</translation>
    </message>
    <message>
        <source>Execution domain, e.g. pretend to be 32-bit.</source>
        <translation>Domaine d&apos;exécution, p. ex. se faire passer pour du 32 bits.</translation>
    </message>
    <message>
        <source>Sets the process personality with personality(2); LINUX32 makes uname report a 32-bit machine, useful for old 32-bit build environments.</source>
        <translation>Définit la personnalité du processus avec personality(2)&#xa0;; LINUX32 fait annoncer par uname une machine 32 bits, utile pour d&apos;anciens environnements de compilation 32 bits.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>LINUX or LINUX32.</source>
        <translation>LINUX ou LINUX32.</translation>
    </message>
    <message>
        <source>LINUX is the normal domain; LINUX32 makes uname claim a 32-bit machine.</source>
        <translation>LINUX est le domaine normal&#xa0;; LINUX32 fait prétendre à uname que la machine est 32 bits.</translation>
    </message>
    <message>
        <source>Extra personality flags (none defined yet).</source>
        <translation>Drapeaux de personnalité supplémentaires (aucun n&apos;est encore défini).</translation>
    </message>
    <message>
        <source>Reserved for further personality bits; the specification does not define any values yet.</source>
        <translation>Réservé à d&apos;autres bits de personnalité&#xa0;; la spécification ne définit encore aucune valeur.</translation>
    </message>
    <message>
        <source>One personality flag.</source>
        <translation>Un drapeau de personnalité.</translation>
    </message>
    <message>
        <source>A personality flag name.</source>
        <translation>Un nom de drapeau de personnalité.</translation>
    </message>
    <message>
        <source>Settings for Windows containers.</source>
        <translation>Paramètres des conteneurs Windows.</translation>
    </message>
    <message>
        <source>Image layers, devices, resource limits, networking and isolation for containers that the Windows Host Compute Service runs. A configuration meant for Windows must contain this section.</source>
        <translation>Couches d&apos;image, périphériques, limites de ressources, réseau et isolation pour les conteneurs qu&apos;exécute le Host Compute Service de Windows. Une configuration destinée à Windows doit contenir cette section.</translation>
    </message>
    <message>
        <source>Layer folders</source>
        <translation>Dossiers de couches</translation>
    </message>
    <message>
        <source>Image layers from the top down, the scratch folder last.</source>
        <translation>Couches d&apos;image de haut en bas, le dossier scratch en dernier.</translation>
    </message>
    <message>
        <source>The host folders of the image&apos;s layers, ordered from the topmost layer to the base layer, followed by the writable scratch folder. The list needs at least one entry.</source>
        <translation>Les dossiers de l&apos;hôte contenant les couches de l&apos;image, ordonnés de la couche supérieure à la couche de base, suivis du dossier scratch accessible en écriture. La liste nécessite au moins une entrée.</translation>
    </message>
    <message>
        <source>Layer folder</source>
        <translation>Dossier de couche</translation>
    </message>
    <message>
        <source>One folder on the host, e.g. C:\layers\base.</source>
        <translation>Un dossier sur l&apos;hôte, p. ex. C:\layers\base.</translation>
    </message>
    <message>
        <source>A directory holding one layer of the image; the last entry of the list is the container&apos;s scratch folder instead.</source>
        <translation>Un répertoire contenant une couche de l&apos;image&#xa0;; la dernière entrée de la liste est en revanche le dossier scratch du conteneur.</translation>
    </message>
    <message>
        <source>Host devices the container must be able to use.</source>
        <translation>Périphériques de l&apos;hôte que le conteneur doit pouvoir utiliser.</translation>
    </message>
    <message>
        <source>Each entry names devices of the host, for example a graphics adapter, that the runtime has to expose inside the container.</source>
        <translation>Chaque entrée désigne des périphériques de l&apos;hôte, par exemple une carte graphique, que le runtime doit exposer à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>One device, by identifier.</source>
        <translation>Un périphérique, par identifiant.</translation>
    </message>
    <message>
        <source>An identifier and the kind of identifier it is; together they say which host devices to pass in.</source>
        <translation>Un identifiant et le type d&apos;identifiant dont il s&apos;agit&#xa0;; ensemble, ils indiquent quels périphériques de l&apos;hôte transmettre.</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID du périphérique</translation>
    </message>
    <message>
        <source>Which device, e.g. an interface class GUID.</source>
        <translation>Quel périphérique, p. ex. un GUID de classe d&apos;interface.</translation>
    </message>
    <message>
        <source>Read according to idType. With the type class it is a device interface class GUID, and the devices of that class become available in the container.</source>
        <translation>Interprété selon idType. Avec le type class, c&apos;est un GUID de classe d&apos;interface de périphérique, et les périphériques de cette classe deviennent disponibles dans le conteneur.</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Type d&apos;ID</translation>
    </message>
    <message>
        <source>How to read the ID; only class is defined.</source>
        <translation>Comment interpréter l&apos;ID&#xa0;; seul class est défini.</translation>
    </message>
    <message>
        <source>The value class marks the ID as a device interface class GUID. Windows defines no other kind of ID so far.</source>
        <translation>La valeur class indique que l&apos;ID est un GUID de classe d&apos;interface de périphérique. Windows ne définit pas d&apos;autre type d&apos;ID pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Memory, CPU and storage limits.</source>
        <translation>Limites de mémoire, de CPU et de stockage.</translation>
    </message>
    <message>
        <source>Limits that the Host Compute Service enforces on the container as a whole.</source>
        <translation>Limites que le Host Compute Service applique au conteneur dans son ensemble.</translation>
    </message>
    <message>
        <source>Memory limit of the container.</source>
        <translation>Limite de mémoire du conteneur.</translation>
    </message>
    <message>
        <source>Caps the memory the container may use; without it the container may use what the host has.</source>
        <translation>Plafonne la mémoire que le conteneur peut utiliser&#xa0;; sans elle, le conteneur peut utiliser ce dont dispose l&apos;hôte.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite de mémoire</translation>
    </message>
    <message>
        <source>Most memory the container may use, in bytes.</source>
        <translation>Quantité maximale de mémoire que le conteneur peut utiliser, en octets.</translation>
    </message>
    <message>
        <source>The upper bound for the memory of all the container&apos;s processes together, in bytes.</source>
        <translation>La borne supérieure de la mémoire de l&apos;ensemble des processus du conteneur, en octets.</translation>
    </message>
    <message>
        <source>Processor limit: count, shares or maximum.</source>
        <translation>Limite de processeur&#xa0;: nombre, parts ou maximum.</translation>
    </message>
    <message>
        <source>Count, shares and maximum are three different ways to cap processor time, so give at most one of them. Affinity may be added to any of them.</source>
        <translation>Le nombre, les parts et le maximum sont trois façons différentes de plafonner le temps processeur&#xa0;; indiquez-en donc au plus un. L&apos;affinité peut s&apos;ajouter à chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>CPU count</source>
        <translation>Nombre de CPU</translation>
    </message>
    <message>
        <source>Number of processors the container sees.</source>
        <translation>Nombre de processeurs que voit le conteneur.</translation>
    </message>
    <message>
        <source>How many processors the container may use. Measured against the host&apos;s processors, it also sets the share of processor cycles the container gets.</source>
        <translation>Combien de processeurs le conteneur peut utiliser. Rapporté aux processeurs de l&apos;hôte, il fixe aussi la part des cycles processeur que reçoit le conteneur.</translation>
    </message>
    <message>
        <source>CPU shares</source>
        <translation>Parts CPU</translation>
    </message>
    <message>
        <source>Relative weight, 0 to 10000.</source>
        <translation>Poids relatif, de 0 à 10000.</translation>
    </message>
    <message>
        <source>The container&apos;s weight against other work on the same processors, which Windows calls the CPU weight; it only matters when the processors are busy.</source>
        <translation>Le poids du conteneur par rapport aux autres tâches sur les mêmes processeurs, que Windows appelle le poids CPU&#xa0;; il ne compte que lorsque les processeurs sont occupés.</translation>
    </message>
    <message>
        <source>CPU maximum</source>
        <translation>Maximum CPU</translation>
    </message>
    <message>
        <source>Cycles out of every 10000, i.e. percent times 100.</source>
        <translation>Cycles sur 10000, c.-à-d. pourcentage multiplié par 100.</translation>
    </message>
    <message>
        <source>A hard cap on processor time: the container gets at most this many of every 10000 cycles, so 5000 means half of the processor time.</source>
        <translation>Un plafond strict du temps processeur&#xa0;: le conteneur reçoit au plus ce nombre de cycles sur 10000, donc 5000 correspond à la moitié du temps processeur.</translation>
    </message>
    <message>
        <source>CPU affinity</source>
        <translation>Affinité CPU</translation>
    </message>
    <message>
        <source>Processors the container may run on, per processor group.</source>
        <translation>Processeurs sur lesquels le conteneur peut s&apos;exécuter, par groupe de processeurs.</translation>
    </message>
    <message>
        <source>A list of mask and group pairs, one per processor group, as the specification text and the Go types of runtimes have it. The 1.3.0 JSON schema describes a single pair instead, which those runtimes cannot read.</source>
        <translation>Une liste de paires masque/groupe, une par groupe de processeurs, comme le prévoient le texte de la spécification et les types Go des runtimes. Le schéma JSON 1.3.0 décrit au contraire une seule paire, que ces runtimes ne savent pas lire.</translation>
    </message>
    <message>
        <source>Group affinity</source>
        <translation>Affinité de groupe</translation>
    </message>
    <message>
        <source>Allowed processors of one processor group.</source>
        <translation>Processeurs autorisés d&apos;un groupe de processeurs.</translation>
    </message>
    <message>
        <source>Windows numbers processors in groups of up to 64; this entry picks processors of one group by bit mask.</source>
        <translation>Windows numérote les processeurs par groupes de 64 au plus&#xa0;; cette entrée choisit des processeurs d&apos;un groupe au moyen d&apos;un masque de bits.</translation>
    </message>
    <message>
        <source>Processor mask</source>
        <translation>Masque de processeurs</translation>
    </message>
    <message>
        <source>Bit mask of processors within the group.</source>
        <translation>Masque de bits des processeurs du groupe.</translation>
    </message>
    <message>
        <source>Bit n allows processor n of the group, so 3 allows the first two. Like every JSON number the mask is written in decimal.</source>
        <translation>Le bit n autorise le processeur n du groupe, donc 3 autorise les deux premiers. Comme tout nombre JSON, le masque s&apos;écrit en décimal.</translation>
    </message>
    <message>
        <source>Processor group</source>
        <translation>Groupe de processeurs</translation>
    </message>
    <message>
        <source>Number of the processor group the mask refers to.</source>
        <translation>Numéro du groupe de processeurs auquel le masque se rapporte.</translation>
    </message>
    <message>
        <source>Group numbers as Windows reports them; hosts with at most 64 logical processors only have group 0.</source>
        <translation>Numéros de groupe tels que Windows les indique&#xa0;; les hôtes ayant au plus 64 processeurs logiques n&apos;ont que le groupe 0.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Limits for the container&apos;s system drive.</source>
        <translation>Limites pour le lecteur système du conteneur.</translation>
    </message>
    <message>
        <source>Throttles input and output on the container&apos;s system drive and sets its minimum size.</source>
        <translation>Limite les entrées et sorties sur le lecteur système du conteneur et fixe sa taille minimale.</translation>
    </message>
    <message>
        <source>IOPS limit</source>
        <translation>Limite d&apos;IOPS</translation>
    </message>
    <message>
        <source>Most I/O operations per second on the system drive.</source>
        <translation>Nombre maximal d&apos;opérations d&apos;E/S par seconde sur le lecteur système.</translation>
    </message>
    <message>
        <source>Caps how many read and write operations the container may issue per second to its system drive.</source>
        <translation>Plafonne le nombre d&apos;opérations de lecture et d&apos;écriture que le conteneur peut émettre par seconde vers son lecteur système.</translation>
    </message>
    <message>
        <source>Bandwidth limit</source>
        <translation>Limite de bande passante</translation>
    </message>
    <message>
        <source>Most bytes per second on the system drive.</source>
        <translation>Nombre maximal d&apos;octets par seconde sur le lecteur système.</translation>
    </message>
    <message>
        <source>Caps how many bytes per second the container may read from and write to its system drive.</source>
        <translation>Plafonne le nombre d&apos;octets par seconde que le conteneur peut lire et écrire sur son lecteur système.</translation>
    </message>
    <message>
        <source>Sandbox size</source>
        <translation>Taille du bac à sable</translation>
    </message>
    <message>
        <source>Minimum size of the system drive, in bytes.</source>
        <translation>Taille minimale du lecteur système, en octets.</translation>
    </message>
    <message>
        <source>The system drive (the sandbox on top of the image layers) is made at least this large.</source>
        <translation>Le lecteur système (le bac à sable au-dessus des couches de l&apos;image) a au moins cette taille.</translation>
    </message>
    <message>
        <source>Endpoints and name resolution of the container.</source>
        <translation>Points de terminaison et résolution de noms du conteneur.</translation>
    </message>
    <message>
        <source>Connects the container to Host Network Service endpoints or to another container&apos;s network, and sets how it resolves names.</source>
        <translation>Connecte le conteneur à des points de terminaison du Host Network Service ou au réseau d&apos;un autre conteneur, et définit sa façon de résoudre les noms.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>HNS endpoints to connect the container to.</source>
        <translation>Points de terminaison HNS auxquels connecter le conteneur.</translation>
    </message>
    <message>
        <source>IDs of network endpoints created with the Host Network Service; the container gets one network adapter for each.</source>
        <translation>ID de points de terminaison réseau créés avec le Host Network Service&#xa0;; le conteneur reçoit une carte réseau pour chacun.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>ID of one HNS endpoint.</source>
        <translation>ID d&apos;un point de terminaison HNS.</translation>
    </message>
    <message>
        <source>The GUID of an endpoint as the Host Network Service reports it.</source>
        <translation>Le GUID d&apos;un point de terminaison tel que l&apos;indique le Host Network Service.</translation>
    </message>
    <message>
        <source>Allow unqualified DNS queries</source>
        <translation>Autoriser les requêtes DNS non qualifiées</translation>
    </message>
    <message>
        <source>Resolve single-label names such as &quot;db&quot;.</source>
        <translation>Résoudre les noms à une seule étiquette tels que &quot;db&quot;.</translation>
    </message>
    <message>
        <source>When true, names without a domain part may be looked up, completed with the DNS search list.</source>
        <translation>Si true, les noms sans partie domaine peuvent être recherchés, complétés avec la liste de recherche DNS.</translation>
    </message>
    <message>
        <source>DNS search list</source>
        <translation>Liste de recherche DNS</translation>
    </message>
    <message>
        <source>Domain suffixes tried when resolving names.</source>
        <translation>Suffixes de domaine essayés lors de la résolution des noms.</translation>
    </message>
    <message>
        <source>Suffixes such as example.com that are appended in turn to a name that is not fully qualified.</source>
        <translation>Des suffixes tels que example.com, ajoutés tour à tour à un nom qui n&apos;est pas pleinement qualifié.</translation>
    </message>
    <message>
        <source>DNS suffix</source>
        <translation>Suffixe DNS</translation>
    </message>
    <message>
        <source>One domain suffix.</source>
        <translation>Un suffixe de domaine.</translation>
    </message>
    <message>
        <source>A domain name to try as the ending of short names.</source>
        <translation>Un nom de domaine à essayer comme terminaison des noms courts.</translation>
    </message>
    <message>
        <source>Share network of container</source>
        <translation>Partager le réseau du conteneur</translation>
    </message>
    <message>
        <source>Name or ID of a container whose network to join.</source>
        <translation>Nom ou ID d&apos;un conteneur dont rejoindre le réseau.</translation>
    </message>
    <message>
        <source>The container uses the network stack of the named container instead of getting its own, as the containers of one pod do.</source>
        <translation>Le conteneur utilise la pile réseau du conteneur désigné au lieu de recevoir la sienne, comme le font les conteneurs d&apos;un même pod.</translation>
    </message>
    <message>
        <source>Network namespace</source>
        <translation>Espace de noms réseau</translation>
    </message>
    <message>
        <source>ID of an HNS network namespace to join.</source>
        <translation>ID d&apos;un espace de noms réseau HNS à rejoindre.</translation>
    </message>
    <message>
        <source>Puts the container into an existing Host Network Service namespace, which brings its own endpoints. When it is given, the other network settings should be left out.</source>
        <translation>Place le conteneur dans un espace de noms existant du Host Network Service, qui apporte ses propres points de terminaison. Lorsqu&apos;il est indiqué, les autres paramètres réseau devraient être omis.</translation>
    </message>
    <message>
        <source>Credential spec</source>
        <translation>Spécification d&apos;identifiants</translation>
    </message>
    <message>
        <source>Group Managed Service Account of the container.</source>
        <translation>Compte de service administré de groupe (gMSA) du conteneur.</translation>
    </message>
    <message>
        <source>Lets the container act in an Active Directory domain under a gMSA. The content is the credential spec document of Windows tooling; its members are up to the runtime and are not checked.</source>
        <translation>Permet au conteneur d&apos;agir dans un domaine Active Directory sous un gMSA. Le contenu est le document de spécification d&apos;identifiants (credential spec) des outils Windows&#xa0;; ses membres relèvent du runtime et ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>Servicing</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Start only to apply pending Windows updates.</source>
        <translation>Démarrer uniquement pour appliquer les mises à jour Windows en attente.</translation>
    </message>
    <message>
        <source>When the Host Compute Service has reported a pending update servicing operation, true starts the container in the mode that applies it.</source>
        <translation>Quand le Host Compute Service a signalé une opération de maintenance de mise à jour en attente, true démarre le conteneur dans le mode qui l&apos;applique.</translation>
    </message>
    <message>
        <source>Ignore flushes during boot</source>
        <translation>Ignorer les vidages pendant le démarrage</translation>
    </message>
    <message>
        <source>Skip disk flushes while the container boots.</source>
        <translation>Ignorer les vidages sur disque pendant le démarrage du conteneur.</translation>
    </message>
    <message>
        <source>Trades safety for start-up speed: data written while the container boots is not flushed to disk.</source>
        <translation>Privilégie la vitesse de démarrage au détriment de la sûreté&#xa0;: les données écrites pendant le démarrage du conteneur ne sont pas vidées sur le disque.</translation>
    </message>
    <message>
        <source>Hyper-V isolation</source>
        <translation>Isolation Hyper-V</translation>
    </message>
    <message>
        <source>Run the container in a lightweight virtual machine.</source>
        <translation>Exécuter le conteneur dans une machine virtuelle légère.</translation>
    </message>
    <message>
        <source>Present, even empty, it asks for Hyper-V isolation: the container gets a kernel of its own in a utility VM. Absent, the container is a Windows Server container sharing the host&apos;s kernel.</source>
        <translation>S&apos;il est présent, même vide, il demande l&apos;isolation Hyper-V&#xa0;: le conteneur reçoit son propre noyau dans une VM utilitaire. S&apos;il est absent, le conteneur est un conteneur Windows Server qui partage le noyau de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Utility VM image</source>
        <translation>Image de la VM utilitaire</translation>
    </message>
    <message>
        <source>Folder of the utility VM image to boot.</source>
        <translation>Dossier de l&apos;image de VM utilitaire à démarrer.</translation>
    </message>
    <message>
        <source>Needed when the base image brings no utility VM. Without it the runtime looks for a UtilityVM folder in the layers, from the base layer upwards.</source>
        <translation>Nécessaire quand l&apos;image de base n&apos;apporte pas de VM utilitaire. Sans lui, le runtime cherche un dossier UtilityVM dans les couches, à partir de la couche de base en remontant.</translation>
    </message>
    <message>
        <source>Hypervisor, kernel and image for VM-based runtimes.</source>
        <translation>Hyperviseur, noyau et image pour les runtimes à base de VM.</translation>
    </message>
    <message>
        <source>For runtimes that start each container in a virtual machine of its own: which hypervisor to use, which kernel to boot and which disk image holds the machine&apos;s root filesystem.</source>
        <translation>Pour les runtimes qui démarrent chaque conteneur dans sa propre machine virtuelle&#xa0;: quel hyperviseur utiliser, quel noyau démarrer et quelle image disque contient le système de fichiers racine de la machine.</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hyperviseur</translation>
    </message>
    <message>
        <source>Program that runs the virtual machine.</source>
        <translation>Programme qui exécute la machine virtuelle.</translation>
    </message>
    <message>
        <source>The virtual machine monitor, such as QEMU or Cloud Hypervisor, and the arguments it is started with.</source>
        <translation>Le moniteur de machine virtuelle, tel que QEMU ou Cloud Hypervisor, et les arguments avec lesquels il est lancé.</translation>
    </message>
    <message>
        <source>Hypervisor path</source>
        <translation>Chemin de l&apos;hyperviseur</translation>
    </message>
    <message>
        <source>Absolute path of the hypervisor program.</source>
        <translation>Chemin absolu du programme de l&apos;hyperviseur.</translation>
    </message>
    <message>
        <source>Resolved on the host, in the runtime&apos;s mount namespace, so it must be absolute.</source>
        <translation>Résolu sur l&apos;hôte, dans l&apos;espace de noms de montage du runtime, il doit donc être absolu.</translation>
    </message>
    <message>
        <source>Hypervisor parameters</source>
        <translation>Paramètres de l&apos;hyperviseur</translation>
    </message>
    <message>
        <source>Arguments passed to the hypervisor.</source>
        <translation>Arguments transmis à l&apos;hyperviseur.</translation>
    </message>
    <message>
        <source>Extra arguments for the hypervisor program, one per entry.</source>
        <translation>Arguments supplémentaires pour le programme de l&apos;hyperviseur, un par entrée.</translation>
    </message>
    <message>
        <source>A single argument, passed as written.</source>
        <translation>Un argument unique, transmis tel qu&apos;écrit.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Kernel the virtual machine boots.</source>
        <translation>Noyau que démarre la machine virtuelle.</translation>
    </message>
    <message>
        <source>The guest kernel, its command line and an optional initial ramdisk. A vm section cannot do without it.</source>
        <translation>Le noyau invité, sa ligne de commande et un ramdisk initial facultatif. Une section vm ne peut pas s&apos;en passer.</translation>
    </message>
    <message>
        <source>Kernel path</source>
        <translation>Chemin du noyau</translation>
    </message>
    <message>
        <source>Absolute path of the kernel image.</source>
        <translation>Chemin absolu de l&apos;image du noyau.</translation>
    </message>
    <message>
        <source>The kernel file on the host, e.g. a vmlinuz; it must be absolute in the runtime&apos;s mount namespace.</source>
        <translation>Le fichier du noyau sur l&apos;hôte, p. ex. un vmlinuz&#xa0;; il doit être absolu dans l&apos;espace de noms de montage du runtime.</translation>
    </message>
    <message>
        <source>Kernel parameters</source>
        <translation>Paramètres du noyau</translation>
    </message>
    <message>
        <source>Kernel command line, one parameter per entry.</source>
        <translation>Ligne de commande du noyau, un paramètre par entrée.</translation>
    </message>
    <message>
        <source>Parameters such as console=hvc0 that the guest kernel receives on its command line.</source>
        <translation>Des paramètres tels que console=hvc0 que le noyau invité reçoit sur sa ligne de commande.</translation>
    </message>
    <message>
        <source>One kernel parameter.</source>
        <translation>Un paramètre du noyau.</translation>
    </message>
    <message>
        <source>A single entry of the kernel command line, e.g. quiet.</source>
        <translation>Une entrée unique de la ligne de commande du noyau, p. ex. quiet.</translation>
    </message>
    <message>
        <source>Initial ramdisk</source>
        <translation>Ramdisk initial</translation>
    </message>
    <message>
        <source>Absolute path of an initrd image.</source>
        <translation>Chemin absolu d&apos;une image initrd.</translation>
    </message>
    <message>
        <source>An initial ramdisk loaded together with the kernel; like the kernel path it must be absolute on the host.</source>
        <translation>Un ramdisk initial chargé avec le noyau&#xa0;; comme le chemin du noyau, il doit être absolu sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Disk image the virtual machine boots into.</source>
        <translation>Image disque sur laquelle démarre la machine virtuelle.</translation>
    </message>
    <message>
        <source>Holds the virtual machine&apos;s own root filesystem, which is not the container&apos;s: the runtime mounts root.path somewhere inside the machine.</source>
        <translation>Contient le propre système de fichiers racine de la machine virtuelle, qui n&apos;est pas celui du conteneur&#xa0;: le runtime monte root.path quelque part dans la machine.</translation>
    </message>
    <message>
        <source>Image path</source>
        <translation>Chemin de l&apos;image</translation>
    </message>
    <message>
        <source>Absolute path of the disk image.</source>
        <translation>Chemin absolu de l&apos;image disque.</translation>
    </message>
    <message>
        <source>The image file on the host; it must be absolute in the runtime&apos;s mount namespace.</source>
        <translation>Le fichier image sur l&apos;hôte&#xa0;; il doit être absolu dans l&apos;espace de noms de montage du runtime.</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>Format de l&apos;image</translation>
    </message>
    <message>
        <source>raw, qcow2, vdi, vmdk or vhd.</source>
        <translation>raw, qcow2, vdi, vmdk ou vhd.</translation>
    </message>
    <message>
        <source>The file format of the image: a plain disk (raw), QEMU&apos;s copy-on-write format (qcow2), or the formats of VirtualBox (vdi), VMware (vmdk) and Hyper-V (vhd).</source>
        <translation>Le format de fichier de l&apos;image&#xa0;: un disque brut (raw), le format copy-on-write de QEMU (qcow2), ou les formats de VirtualBox (vdi), VMware (vmdk) et Hyper-V (vhd).</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Virtual hardware and devices passed through.</source>
        <translation>Matériel virtuel et périphériques transmis directement.</translation>
    </message>
    <message>
        <source>Processors and memory of the virtual machine, plus host hardware it may use directly: device tree nodes, I/O memory and interrupts. The pass-through fields follow the Xen xl configuration.</source>
        <translation>Processeurs et mémoire de la machine virtuelle, plus le matériel de l&apos;hôte qu&apos;elle peut utiliser directement&#xa0;: nœuds de l&apos;arbre de périphériques, mémoire d&apos;E/S et interruptions. Les champs de transmission directe suivent la configuration xl de Xen.</translation>
    </message>
    <message>
        <source>Device tree</source>
        <translation>Arbre de périphériques</translation>
    </message>
    <message>
        <source>Device tree blob given to the virtual machine.</source>
        <translation>Blob d&apos;arbre de périphériques (device tree) fourni à la machine virtuelle.</translation>
    </message>
    <message>
        <source>Path of a compiled device tree (.dtb) describing the hardware, real and paravirtual, that the virtual machine should use.</source>
        <translation>Chemin d&apos;un arbre de périphériques compilé (.dtb) décrivant le matériel, réel et paravirtuel, que la machine virtuelle doit utiliser.</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>CPU virtuels</translation>
    </message>
    <message>
        <source>Number of virtual processors.</source>
        <translation>Nombre de processeurs virtuels.</translation>
    </message>
    <message>
        <source>How many processors the virtual machine gets.</source>
        <translation>Combien de processeurs reçoit la machine virtuelle.</translation>
    </message>
    <message>
        <source>Most memory of the virtual machine, in bytes.</source>
        <translation>Quantité maximale de mémoire de la machine virtuelle, en octets.</translation>
    </message>
    <message>
        <source>The largest amount of memory the virtual machine is given, in bytes.</source>
        <translation>La plus grande quantité de mémoire attribuée à la machine virtuelle, en octets.</translation>
    </message>
    <message>
        <source>Device tree nodes</source>
        <translation>Nœuds de l&apos;arbre de périphériques</translation>
    </message>
    <message>
        <source>Host device tree nodes passed through.</source>
        <translation>Nœuds de l&apos;arbre de périphériques de l&apos;hôte transmis directement.</translation>
    </message>
    <message>
        <source>Paths of nodes in the host&apos;s device tree whose devices the virtual machine may use directly.</source>
        <translation>Chemins de nœuds de l&apos;arbre de périphériques de l&apos;hôte dont la machine virtuelle peut utiliser directement les périphériques.</translation>
    </message>
    <message>
        <source>Device tree node</source>
        <translation>Nœud de l&apos;arbre de périphériques</translation>
    </message>
    <message>
        <source>Path of one node.</source>
        <translation>Chemin d&apos;un nœud.</translation>
    </message>
    <message>
        <source>A node of the host&apos;s device tree, written as its path.</source>
        <translation>Un nœud de l&apos;arbre de périphériques de l&apos;hôte, écrit sous forme de son chemin.</translation>
    </message>
    <message>
        <source>I/O memory</source>
        <translation>Mémoire d&apos;E/S</translation>
    </message>
    <message>
        <source>Hardware memory pages the machine may access.</source>
        <translation>Pages de mémoire matérielle auxquelles la machine peut accéder.</translation>
    </message>
    <message>
        <source>Ranges of physical I/O memory pages mapped into the virtual machine, for devices it drives itself.</source>
        <translation>Plages de pages physiques de mémoire d&apos;E/S mappées dans la machine virtuelle, pour les périphériques qu&apos;elle pilote elle-même.</translation>
    </message>
    <message>
        <source>I/O memory range</source>
        <translation>Plage de mémoire d&apos;E/S</translation>
    </message>
    <message>
        <source>One range of pages.</source>
        <translation>Une plage de pages.</translation>
    </message>
    <message>
        <source>A run of nrMFNs host pages starting at firstMFN, mapped into the guest at firstGFN.</source>
        <translation>Une suite de nrMFNs pages de l&apos;hôte commençant à firstMFN, mappée dans l&apos;invité à firstGFN.</translation>
    </message>
    <message>
        <source>First guest frame</source>
        <translation>Première trame invitée</translation>
    </message>
    <message>
        <source>Guest page number where the range appears.</source>
        <translation>Numéro de page de l&apos;invité où apparaît la plage.</translation>
    </message>
    <message>
        <source>Where in the guest&apos;s address space the pages are mapped, as a page number. Without it they appear at the same number as on the host.</source>
        <translation>L&apos;endroit de l&apos;espace d&apos;adressage de l&apos;invité où les pages sont mappées, sous forme de numéro de page. Sans lui, elles apparaissent au même numéro que sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>First machine frame</source>
        <translation>Première trame machine</translation>
    </message>
    <message>
        <source>Host page number where the range starts.</source>
        <translation>Numéro de page de l&apos;hôte où commence la plage.</translation>
    </message>
    <message>
        <source>The physical page number of the first page of the I/O memory region.</source>
        <translation>Le numéro de page physique de la première page de la région de mémoire d&apos;E/S.</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <source>Number of pages in the range.</source>
        <translation>Nombre de pages dans la plage.</translation>
    </message>
    <message>
        <source>How many consecutive pages, starting at firstMFN, are mapped.</source>
        <translation>Combien de pages consécutives, à partir de firstMFN, sont mappées.</translation>
    </message>
    <message>
        <source>Interrupts</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <source>Physical IRQs the machine may handle.</source>
        <translation>IRQ physiques que la machine peut traiter.</translation>
    </message>
    <message>
        <source>Interrupt lines of the host routed to the virtual machine, for devices passed through to it.</source>
        <translation>Lignes d&apos;interruption de l&apos;hôte acheminées vers la machine virtuelle, pour les périphériques qui lui sont transmis directement.</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>One IRQ number.</source>
        <translation>Un numéro d&apos;IRQ.</translation>
    </message>
    <message>
        <source>The number of a physical interrupt line.</source>
        <translation>Le numéro d&apos;une ligne d&apos;interruption physique.</translation>
    </message>
    <message>
        <source>Settings for Solaris application containers.</source>
        <translation>Paramètres des conteneurs d&apos;application Solaris.</translation>
    </message>
    <message>
        <source>Solaris runs containers as zones; apart from milestone these fields stand for properties of the zone&apos;s configuration (zonecfg).</source>
        <translation>Solaris exécute les conteneurs sous forme de zones&#xa0;; hormis milestone, ces champs représentent des propriétés de la configuration de la zone (zonecfg).</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon (milestone)</translation>
    </message>
    <message>
        <source>SMF service to wait for, as an FMRI.</source>
        <translation>Service SMF à attendre, sous forme de FMRI.</translation>
    </message>
    <message>
        <source>The process starts only once this Service Management Facility milestone is online, e.g. svc:/milestone/container:default.</source>
        <translation>Le processus ne démarre qu&apos;une fois ce jalon de la Service Management Facility en ligne, p. ex. svc:/milestone/container:default.</translation>
    </message>
    <message>
        <source>Privilege limit</source>
        <translation>Limite de privilèges</translation>
    </message>
    <message>
        <source>Most privileges a process in the zone can get.</source>
        <translation>Privilèges maximaux qu&apos;un processus de la zone peut obtenir.</translation>
    </message>
    <message>
        <source>A comma-separated privilege set, such as default or default,-net_rawaccess, in the syntax of priv_str_to_set(3C).</source>
        <translation>Un ensemble de privilèges séparés par des virgules, tel que default ou default,-net_rawaccess, dans la syntaxe de priv_str_to_set(3C).</translation>
    </message>
    <message>
        <source>Shared memory limit</source>
        <translation>Limite de mémoire partagée</translation>
    </message>
    <message>
        <source>Most System V shared memory, e.g. 512m.</source>
        <translation>Mémoire partagée System V maximale, p. ex. 512m.</translation>
    </message>
    <message>
        <source>Maps to the zone&apos;s max-shm-memory. The number may carry a scale letter K, M, G or T.</source>
        <translation>Correspond à max-shm-memory de la zone. Le nombre peut porter une lettre d&apos;échelle K, M, G ou T.</translation>
    </message>
    <message>
        <source>CPU cap</source>
        <translation>Plafond CPU</translation>
    </message>
    <message>
        <source>Limit on the CPU time of the zone.</source>
        <translation>Limite du temps CPU de la zone.</translation>
    </message>
    <message>
        <source>Maps to the zone&apos;s capped-cpu resource, which limits the processor time all its threads together may use.</source>
        <translation>Correspond à la ressource capped-cpu de la zone, qui limite le temps processeur que l&apos;ensemble de ses threads peut utiliser.</translation>
    </message>
    <message>
        <source>CPUs&apos; worth of time, e.g. 1.25.</source>
        <translation>L&apos;équivalent en temps d&apos;un nombre de CPU, p. ex. 1.25.</translation>
    </message>
    <message>
        <source>Written as a string: 1 stands for one whole processor, .75 for three quarters of one, 1.25 for one and a quarter.</source>
        <translation>Écrit sous forme de chaîne&#xa0;: 1 représente un processeur entier, .75 les trois quarts d&apos;un processeur, 1.25 un processeur et quart.</translation>
    </message>
    <message>
        <source>Memory cap</source>
        <translation>Plafond mémoire</translation>
    </message>
    <message>
        <source>Physical and swap memory caps.</source>
        <translation>Plafonds de mémoire physique et de swap.</translation>
    </message>
    <message>
        <source>Maps to the zone&apos;s capped-memory resource. Sizes may carry a scale letter K, M, G or T.</source>
        <translation>Correspond à la ressource capped-memory de la zone. Les tailles peuvent porter une lettre d&apos;échelle K, M, G ou T.</translation>
    </message>
    <message>
        <source>Physical memory</source>
        <translation>Mémoire physique</translation>
    </message>
    <message>
        <source>Cap on resident memory, e.g. 512m.</source>
        <translation>Plafond de la mémoire résidente, p. ex. 512m.</translation>
    </message>
    <message>
        <source>The most physical memory the zone may occupy.</source>
        <translation>La quantité maximale de mémoire physique que la zone peut occuper.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Cap on swap space, e.g. 512m.</source>
        <translation>Plafond de l&apos;espace de swap, p. ex. 512m.</translation>
    </message>
    <message>
        <source>The most swap space the zone may reserve.</source>
        <translation>La quantité maximale d&apos;espace de swap que la zone peut réserver.</translation>
    </message>
    <message>
        <source>Automatic networks</source>
        <translation>Réseaux automatiques</translation>
    </message>
    <message>
        <source>Virtual NICs created for the zone.</source>
        <translation>Cartes réseau virtuelles (VNIC) créées pour la zone.</translation>
    </message>
    <message>
        <source>For each entry the zone administration daemon creates a temporary virtual NIC when the container starts and removes it when the container is torn down.</source>
        <translation>Pour chaque entrée, le démon d&apos;administration des zones crée une carte réseau virtuelle temporaire au démarrage du conteneur et la supprime lorsque le conteneur est démantelé.</translation>
    </message>
    <message>
        <source>Automatic network</source>
        <translation>Réseau automatique</translation>
    </message>
    <message>
        <source>One virtual NIC.</source>
        <translation>Une carte réseau virtuelle.</translation>
    </message>
    <message>
        <source>An anet resource of the zone: its link, addresses and protection.</source>
        <translation>Une ressource anet de la zone&#xa0;: son lien, ses adresses et sa protection.</translation>
    </message>
    <message>
        <source>Link name</source>
        <translation>Nom du lien</translation>
    </message>
    <message>
        <source>Name of the virtual NIC, e.g. net0.</source>
        <translation>Nom de la carte réseau virtuelle, p. ex. net0.</translation>
    </message>
    <message>
        <source>The datalink name the automatically created VNIC gets.</source>
        <translation>Le nom de liaison de données que reçoit la VNIC créée automatiquement.</translation>
    </message>
    <message>
        <source>Lower link</source>
        <translation>Lien inférieur</translation>
    </message>
    <message>
        <source>Physical link the VNIC is created on.</source>
        <translation>Lien physique sur lequel la VNIC est créée.</translation>
    </message>
    <message>
        <source>The host link over which the virtual NIC is made; maps to lower-link.</source>
        <translation>Le lien de l&apos;hôte sur lequel la carte réseau virtuelle est créée&#xa0;; correspond à lower-link.</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Adresses autorisées</translation>
    </message>
    <message>
        <source>IP addresses the zone may use, e.g. 172.17.0.2/16.</source>
        <translation>Adresses IP que la zone peut utiliser, p. ex. 172.17.0.2/16.</translation>
    </message>
    <message>
        <source>Restricts the zone to these addresses on the link; without it any address may be used. Maps to allowed-address.</source>
        <translation>Restreint la zone à ces adresses sur le lien&#xa0;; sans cela, n&apos;importe quelle adresse peut être utilisée. Correspond à allowed-address.</translation>
    </message>
    <message>
        <source>Configure allowed addresses</source>
        <translation>Configurer les adresses autorisées</translation>
    </message>
    <message>
        <source>&quot;true&quot; or &quot;false&quot;, as a string.</source>
        <translation>&quot;true&quot; ou &quot;false&quot;, sous forme de chaîne.</translation>
    </message>
    <message>
        <source>With &quot;true&quot; the allowed addresses are set up on the interface each time the container starts; with &quot;false&quot; they are not.</source>
        <translation>Avec &quot;true&quot;, les adresses autorisées sont configurées sur l&apos;interface à chaque démarrage du conteneur&#xa0;; avec &quot;false&quot;, elles ne le sont pas.</translation>
    </message>
    <message>
        <source>Default router</source>
        <translation>Routeur par défaut</translation>
    </message>
    <message>
        <source>Default gateway of the interface.</source>
        <translation>Passerelle par défaut de l&apos;interface.</translation>
    </message>
    <message>
        <source>The router the zone sends traffic for other networks to.</source>
        <translation>Le routeur auquel la zone envoie le trafic destiné aux autres réseaux.</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>A unicast MAC address or a keyword.</source>
        <translation>Une adresse MAC unicast ou un mot-clé.</translation>
    </message>
    <message>
        <source>Either a MAC address such as 02:42:f8:52:c7:16 or one of the keywords zonecfg knows, e.g. random or auto.</source>
        <translation>Soit une adresse MAC telle que 02:42:f8:52:c7:16, soit l&apos;un des mots-clés que connaît zonecfg, p. ex. random ou auto.</translation>
    </message>
    <message>
        <source>Link protection</source>
        <translation>Protection du lien</translation>
    </message>
    <message>
        <source>Protections, e.g. mac-nospoof, ip-nospoof.</source>
        <translation>Protections, p. ex. mac-nospoof, ip-nospoof.</translation>
    </message>
    <message>
        <source>A comma-separated list of the link protection types of dladm, which stop the zone from spoofing addresses.</source>
        <translation>Une liste, séparée par des virgules, des types de protection de lien de dladm, qui empêchent la zone d&apos;usurper des adresses.</translation>
    </message>
    <message>
        <source>Settings for containers on IBM z/OS.</source>
        <translation>Paramètres des conteneurs sous IBM z/OS.</translation>
    </message>
    <message>
        <source>z/OS UNIX isolates containers with namespaces and filesystem jails; this section lists the namespaces.</source>
        <translation>z/OS UNIX isole les conteneurs avec des espaces de noms et des jails de système de fichiers&#xa0;; cette section liste les espaces de noms.</translation>
    </message>
    <message>
        <source>z/OS UNIX namespaces the container gets or joins.</source>
        <translation>Espaces de noms z/OS UNIX que le conteneur reçoit ou rejoint.</translation>
    </message>
    <message>
        <source>Like Linux namespaces: each listed type is new for the container or, with a path, an existing one. Types not listed are shared with the runtime.</source>
        <translation>Comme les espaces de noms Linux&#xa0;: chaque type listé est nouveau pour le conteneur ou, avec un chemin, un espace existant. Les types non listés sont partagés avec le runtime.</translation>
    </message>
    <message>
        <source>A namespace type, and optionally the namespace file of one to join; each type may appear once.</source>
        <translation>Un type d&apos;espace de noms et, éventuellement, le fichier d&apos;espace de noms d&apos;un espace à rejoindre&#xa0;; chaque type ne peut apparaître qu&apos;une fois.</translation>
    </message>
    <message>
        <source>pid, mount, ipc or uts.</source>
        <translation>pid, mount, ipc ou uts.</translation>
    </message>
    <message>
        <source>pid hides other processes, mount gives a mount table of its own, ipc separates inter-process communication and uts allows an own host and domain name.</source>
        <translation>pid masque les autres processus, mount donne une table de montages propre, ipc sépare la communication inter-processus et uts permet un nom d&apos;hôte et un nom de domaine propres.</translation>
    </message>
    <message>
        <source>Namespace file to join instead of creating one.</source>
        <translation>Fichier d&apos;espace de noms à rejoindre au lieu d&apos;en créer un.</translation>
    </message>
    <message>
        <source>An absolute path on the host to the file of an existing namespace of the same type. Without it a new namespace is created.</source>
        <translation>Un chemin absolu sur l&apos;hôte vers le fichier d&apos;un espace de noms existant du même type. Sans lui, un nouvel espace de noms est créé.</translation>
    </message>
    <message>
        <source>Devices (removed)</source>
        <translation>Périphériques (supprimé)</translation>
    </message>
    <message>
        <source>Device files to create; removed in 1.2.1.</source>
        <translation>Fichiers de périphérique à créer&#xa0;; supprimé dans la 1.2.1.</translation>
    </message>
    <message>
        <source>Listed device nodes for the container in versions 1.1.0 and 1.2.0. Version 1.2.1 dropped them in favour of namespaces.</source>
        <translation>Listait les nœuds de périphérique du conteneur dans les versions 1.1.0 et 1.2.0. La version 1.2.1 les a abandonnés au profit des espaces de noms.</translation>
    </message>
    <message>
        <source>One device node of the removed devices list.</source>
        <translation>Un nœud de périphérique de la liste de périphériques supprimée.</translation>
    </message>
    <message>
        <source>Described a special file like a Linux device entry does: type, path, numbers, mode and owner.</source>
        <translation>Décrivait un fichier spécial comme le fait une entrée de périphérique Linux&#xa0;: type, chemin, numéros, mode et propriétaire.</translation>
    </message>
    <message>
        <source>c, b, u or p.</source>
        <translation>c, b, u ou p.</translation>
    </message>
    <message>
        <source>Character, block, unbuffered character or FIFO device.</source>
        <translation>Périphérique caractère, bloc, caractère sans tampon ou FIFO.</translation>
    </message>
    <message>
        <source>Where the device appears in the container.</source>
        <translation>L&apos;endroit où apparaît le périphérique dans le conteneur.</translation>
    </message>
    <message>
        <source>The full path of the device file inside the container.</source>
        <translation>Le chemin complet du fichier de périphérique à l&apos;intérieur du conteneur.</translation>
    </message>
    <message>
        <source>Device class number.</source>
        <translation>Numéro de classe du périphérique.</translation>
    </message>
    <message>
        <source>Selects the driver; needed for every type except p.</source>
        <translation>Sélectionne le pilote&#xa0;; nécessaire pour tous les types sauf p.</translation>
    </message>
    <message>
        <source>Device instance number.</source>
        <translation>Numéro d&apos;instance du périphérique.</translation>
    </message>
    <message>
        <source>Selects the device among those of the driver; needed for every type except p.</source>
        <translation>Sélectionne le périphérique parmi ceux du pilote&#xa0;; nécessaire pour tous les types sauf p.</translation>
    </message>
    <message>
        <source>Permission bits, in decimal.</source>
        <translation>Bits de permission, en décimal.</translation>
    </message>
    <message>
        <source>The access mode of the device file; JSON has no octal numbers, so 0666 is written as 438.</source>
        <translation>Le mode d&apos;accès du fichier de périphérique&#xa0;; JSON n&apos;a pas de nombres octaux, donc 0666 s&apos;écrit 438.</translation>
    </message>
    <message>
        <source>User ID owning the device file.</source>
        <translation>ID de l&apos;utilisateur propriétaire du fichier de périphérique.</translation>
    </message>
    <message>
        <source>The numeric owner given to the device file in the container.</source>
        <translation>Le propriétaire numérique attribué au fichier de périphérique dans le conteneur.</translation>
    </message>
    <message>
        <source>Group ID owning the device file.</source>
        <translation>ID du groupe propriétaire du fichier de périphérique.</translation>
    </message>
    <message>
        <source>The numeric group given to the device file in the container.</source>
        <translation>Le groupe numérique attribué au fichier de périphérique dans le conteneur.</translation>
    </message>
    <message>
        <source>Settings for FreeBSD jails.</source>
        <translation>Paramètres des jails FreeBSD.</translation>
    </message>
    <message>
        <source>FreeBSD runs each container in a jail; this section adds devices and sets the jail&apos;s parameters.</source>
        <translation>FreeBSD exécute chaque conteneur dans une jail&#xa0;; cette section ajoute des périphériques et définit les paramètres de la jail.</translation>
    </message>
    <message>
        <source>Extra devfs devices exposed to the jail.</source>
        <translation>Périphériques devfs supplémentaires exposés à la jail.</translation>
    </message>
    <message>
        <source>The container&apos;s /dev is a devfs mount, usually limited by a ruleset given as a mount option; these entries make further devices visible.</source>
        <translation>Le /dev du conteneur est un montage devfs, généralement restreint par un jeu de règles indiqué comme option de montage&#xa0;; ces entrées rendent d&apos;autres périphériques visibles.</translation>
    </message>
    <message>
        <source>One device and its mode.</source>
        <translation>Un périphérique et son mode.</translation>
    </message>
    <message>
        <source>A device named by its path below /dev, optionally with the file mode it should get.</source>
        <translation>Un périphérique désigné par son chemin sous /dev, éventuellement avec le mode de fichier qu&apos;il doit recevoir.</translation>
    </message>
    <message>
        <source>Device path relative to /dev, e.g. pf.</source>
        <translation>Chemin du périphérique relatif à /dev, p. ex. pf.</translation>
    </message>
    <message>
        <source>Written without /dev in front: pf stands for /dev/pf.</source>
        <translation>Écrit sans /dev devant&#xa0;: pf représente /dev/pf.</translation>
    </message>
    <message>
        <source>File mode of the device, in decimal.</source>
        <translation>Mode de fichier du périphérique, en décimal.</translation>
    </message>
    <message>
        <source>JSON has no octal numbers, so rwx------ (octal 0700) is written as 448.</source>
        <translation>JSON n&apos;a pas de nombres octaux, donc rwx------ (0700 en octal) s&apos;écrit 448.</translation>
    </message>
    <message>
        <source>Jail</source>
        <translation>Jail</translation>
    </message>
    <message>
        <source>Parameters of the container&apos;s jail.</source>
        <translation>Paramètres de la jail du conteneur.</translation>
    </message>
    <message>
        <source>Passed to the kernel when the jail is created; they correspond to parameters of jail(8) such as vnet, enforce_statfs and allow.*.</source>
        <translation>Transmis au noyau lors de la création de la jail&#xa0;; ils correspondent aux paramètres de jail(8) tels que vnet, enforce_statfs et allow.*.</translation>
    </message>
    <message>
        <source>Parent jail</source>
        <translation>Jail parente</translation>
    </message>
    <message>
        <source>Jail to create this one in.</source>
        <translation>Jail dans laquelle créer celle-ci.</translation>
    </message>
    <message>
        <source>The name of another container&apos;s jail to nest this one in, for instance to share its vnet. Without it the host is the parent.</source>
        <translation>Le nom de la jail d&apos;un autre conteneur dans laquelle imbriquer celle-ci, par exemple pour partager son vnet. Sans lui, l&apos;hôte est le parent.</translation>
    </message>
    <message>
        <source>Host identity</source>
        <translation>Identité d&apos;hôte</translation>
    </message>
    <message>
        <source>Own host name and IDs (new) or the parent&apos;s (inherit).</source>
        <translation>Nom d&apos;hôte et ID propres (new) ou ceux du parent (inherit).</translation>
    </message>
    <message>
        <source>With new the jail has its own host name, domain name, host UUID and host ID, taken from hostname and domainname where given; with inherit it sees those of its parent.</source>
        <translation>Avec new, la jail a ses propres nom d&apos;hôte, nom de domaine, UUID d&apos;hôte et ID d&apos;hôte, tirés de hostname et domainname s&apos;ils sont indiqués&#xa0;; avec inherit, elle voit ceux de son parent.</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>Use of IPv4 addresses: new, inherit or disable.</source>
        <translation>Utilisation des adresses IPv4&#xa0;: new, inherit ou disable.</translation>
    </message>
    <message>
        <source>new limits the jail to the addresses of ip4Addr, inherit gives it those of the host or parent, disable forbids IPv4 altogether. Usually left out when the jail has its own vnet.</source>
        <translation>new restreint la jail aux adresses de ip4Addr, inherit lui donne celles de l&apos;hôte ou du parent, disable interdit complètement IPv4. Généralement omis quand la jail a son propre vnet.</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Use of IPv6 addresses: new, inherit or disable.</source>
        <translation>Utilisation des adresses IPv6&#xa0;: new, inherit ou disable.</translation>
    </message>
    <message>
        <source>Works like ip4, for IPv6 and the addresses of ip6Addr.</source>
        <translation>Fonctionne comme ip4, pour IPv6 et les adresses de ip6Addr.</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Réseau virtuel</translation>
    </message>
    <message>
        <source>Own network stack (new) or the parent&apos;s (inherit).</source>
        <translation>Pile réseau propre (new) ou celle du parent (inherit).</translation>
    </message>
    <message>
        <source>new creates a network stack for the jail alone, the usual choice for a container with networking of its own; inherit uses the stack of the parent or host. It cannot be disabled.</source>
        <translation>new crée une pile réseau pour la jail seule, le choix habituel pour un conteneur disposant de son propre réseau&#xa0;; inherit utilise la pile du parent ou de l&apos;hôte. Il ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>System V message queues</source>
        <translation>Files de messages System V</translation>
    </message>
    <message>
        <source>Message queues: new, inherit or disable.</source>
        <translation>Files de messages&#xa0;: new, inherit ou disable.</translation>
    </message>
    <message>
        <source>new gives the jail its own key namespace, so it sees only the queues it made; inherit shows it all queues of the host or parent; disable forbids the calls.</source>
        <translation>new donne à la jail son propre espace de clés, de sorte qu&apos;elle ne voit que les files qu&apos;elle a créées&#xa0;; inherit lui montre toutes les files de l&apos;hôte ou du parent&#xa0;; disable interdit les appels.</translation>
    </message>
    <message>
        <source>System V semaphores</source>
        <translation>Sémaphores System V</translation>
    </message>
    <message>
        <source>Semaphores: new, inherit or disable.</source>
        <translation>Sémaphores&#xa0;: new, inherit ou disable.</translation>
    </message>
    <message>
        <source>Works like sysvmsg, for semaphore sets.</source>
        <translation>Fonctionne comme sysvmsg, pour les ensembles de sémaphores.</translation>
    </message>
    <message>
        <source>System V shared memory</source>
        <translation>Mémoire partagée System V</translation>
    </message>
    <message>
        <source>Shared memory: new, inherit or disable.</source>
        <translation>Mémoire partagée&#xa0;: new, inherit ou disable.</translation>
    </message>
    <message>
        <source>Works like sysvmsg, for shared memory segments.</source>
        <translation>Fonctionne comme sysvmsg, pour les segments de mémoire partagée.</translation>
    </message>
    <message>
        <source>IPv4 addresses</source>
        <translation>Adresses IPv4</translation>
    </message>
    <message>
        <source>IPv4 addresses the jail may use.</source>
        <translation>Adresses IPv4 que la jail peut utiliser.</translation>
    </message>
    <message>
        <source>Limits the jail to these addresses of the host network, e.g. aliases on a loopback interface, one set per jail.</source>
        <translation>Restreint la jail à ces adresses du réseau de l&apos;hôte, p. ex. des alias sur une interface de bouclage, un ensemble par jail.</translation>
    </message>
    <message>
        <source>One IPv4 address in numeric form, e.g. 10.11.12.13.</source>
        <translation>Une adresse IPv4 sous forme numérique, p. ex. 10.11.12.13.</translation>
    </message>
    <message>
        <source>IPv6 addresses</source>
        <translation>Adresses IPv6</translation>
    </message>
    <message>
        <source>IPv6 addresses the jail may use.</source>
        <translation>Adresses IPv6 que la jail peut utiliser.</translation>
    </message>
    <message>
        <source>Limits the jail to these IPv6 addresses of the host network.</source>
        <translation>Restreint la jail à ces adresses IPv6 du réseau de l&apos;hôte.</translation>
    </message>
    <message>
        <source>One IPv6 address in numeric form, e.g. fd10::11:12:13.</source>
        <translation>Une adresse IPv6 sous forme numérique, p. ex. fd10::11:12:13.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>An address written as digits, not as a host name.</source>
        <translation>Une adresse écrite en chiffres, et non sous forme de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Host interface that carries the jail&apos;s addresses.</source>
        <translation>Interface de l&apos;hôte qui porte les adresses de la jail.</translation>
    </message>
    <message>
        <source>An alias for each address of ip4Addr and ip6Addr is added to this interface while the container exists; used when the jail has no vnet of its own.</source>
        <translation>Un alias pour chaque adresse de ip4Addr et ip6Addr est ajouté à cette interface tant que le conteneur existe&#xa0;; utilisé quand la jail n&apos;a pas son propre vnet.</translation>
    </message>
    <message>
        <source>Vnet interfaces</source>
        <translation>Interfaces vnet</translation>
    </message>
    <message>
        <source>Interfaces moved into the jail&apos;s vnet.</source>
        <translation>Interfaces déplacées dans le vnet de la jail.</translation>
    </message>
    <message>
        <source>Network interfaces that are moved into the jail&apos;s own network stack for as long as the container lives, e.g. one end of an epair.</source>
        <translation>Interfaces réseau déplacées dans la pile réseau propre à la jail pendant toute la durée de vie du conteneur, p. ex. une extrémité d&apos;un epair.</translation>
    </message>
    <message>
        <source>Name of one interface.</source>
        <translation>Nom d&apos;une interface.</translation>
    </message>
    <message>
        <source>An interface name of the host, e.g. epair0b.</source>
        <translation>Un nom d&apos;interface de l&apos;hôte, p. ex. epair0b.</translation>
    </message>
    <message>
        <source>Mount visibility</source>
        <translation>Visibilité des montages</translation>
    </message>
    <message>
        <source>Which mounts the jail sees: 0, 1 or 2.</source>
        <translation>Les montages que voit la jail&#xa0;: 0, 1 ou 2.</translation>
    </message>
    <message>
        <source>0 shows every mount of the host, 1 only those below the jail&apos;s root, 2 only the root itself.</source>
        <translation>0 montre tous les montages de l&apos;hôte, 1 uniquement ceux situés sous la racine de la jail, 2 uniquement la racine elle-même.</translation>
    </message>
    <message>
        <source>Allowed actions</source>
        <translation>Actions autorisées</translation>
    </message>
    <message>
        <source>Restrictions of the jail to lift.</source>
        <translation>Restrictions de la jail à lever.</translation>
    </message>
    <message>
        <source>Each switch lifts one of the restrictions a jail normally has, such as changing its host name or using raw sockets.</source>
        <translation>Chaque option lève l&apos;une des restrictions qu&apos;une jail a normalement, comme changer son nom d&apos;hôte ou utiliser des sockets raw.</translation>
    </message>
    <message>
        <source>Set host name</source>
        <translation>Définir le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Let the jail change its host name.</source>
        <translation>Permettre à la jail de changer son nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Corresponds to allow.set_hostname of jail(8).</source>
        <translation>Correspond à allow.set_hostname de jail(8).</translation>
    </message>
    <message>
        <source>Raw sockets</source>
        <translation>Sockets raw</translation>
    </message>
    <message>
        <source>Allow raw sockets, e.g. for ping.</source>
        <translation>Autoriser les sockets raw, p. ex. pour ping.</translation>
    </message>
    <message>
        <source>Tools such as ping and traceroute need raw sockets; they also let a process forge packets.</source>
        <translation>Des outils tels que ping et traceroute ont besoin de sockets raw&#xa0;; ils permettent aussi à un processus de forger des paquets.</translation>
    </message>
    <message>
        <source>Change file flags</source>
        <translation>Modifier les drapeaux de fichier</translation>
    </message>
    <message>
        <source>Allow changing system file flags.</source>
        <translation>Autoriser la modification des drapeaux de fichier système.</translation>
    </message>
    <message>
        <source>Lets root in the jail change system flags such as schg (immutable) with chflags.</source>
        <translation>Permet à root dans la jail de modifier des drapeaux système tels que schg (immuable) avec chflags.</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Allow changing file system quotas.</source>
        <translation>Autoriser la modification des quotas de système de fichiers.</translation>
    </message>
    <message>
        <source>Lets root in the jail administer the quotas of file systems.</source>
        <translation>Permet à root dans la jail d&apos;administrer les quotas des systèmes de fichiers.</translation>
    </message>
    <message>
        <source>Other socket families</source>
        <translation>Autres familles de sockets</translation>
    </message>
    <message>
        <source>Allow sockets besides IPv4, IPv6 and Unix.</source>
        <translation>Autoriser d&apos;autres sockets qu&apos;IPv4, IPv6 et Unix.</translation>
    </message>
    <message>
        <source>Without it the jail may only create IPv4, IPv6 and Unix domain sockets.</source>
        <translation>Sans cela, la jail ne peut créer que des sockets IPv4, IPv6 et de domaine Unix.</translation>
    </message>
    <message>
        <source>Lock memory</source>
        <translation>Verrouiller la mémoire</translation>
    </message>
    <message>
        <source>Allow mlock and munlock.</source>
        <translation>Autoriser mlock et munlock.</translation>
    </message>
    <message>
        <source>Lets processes in the jail keep memory from being paged out.</source>
        <translation>Permet aux processus de la jail d&apos;empêcher que leur mémoire soit évincée.</translation>
    </message>
    <message>
        <source>Reserved ports</source>
        <translation>Ports réservés</translation>
    </message>
    <message>
        <source>Allow binding to ports below 1024.</source>
        <translation>Autoriser la liaison aux ports inférieurs à 1024.</translation>
    </message>
    <message>
        <source>Lets root in the jail listen on the privileged ports, as servers such as web servers do.</source>
        <translation>Permet à root dans la jail d&apos;écouter sur les ports privilégiés, comme le font les serveurs web par exemple.</translation>
    </message>
    <message>
        <source>Super-user</source>
        <translation>Super-utilisateur</translation>
    </message>
    <message>
        <source>Whether root in the jail has its privileges.</source>
        <translation>Indique si root dans la jail dispose de ses privilèges.</translation>
    </message>
    <message>
        <source>Sets the jail&apos;s security.bsd.suser_enabled. If the parent has disabled the super-user, the jail cannot enable it.</source>
        <translation>Définit security.bsd.suser_enabled de la jail. Si le parent a désactivé le super-utilisateur, la jail ne peut pas l&apos;activer.</translation>
    </message>
    <message>
        <source>Mountable file systems</source>
        <translation>Systèmes de fichiers montables</translation>
    </message>
    <message>
        <source>File system types the jail may mount.</source>
        <translation>Types de système de fichiers que la jail peut monter.</translation>
    </message>
    <message>
        <source>Each type listed, e.g. tmpfs, may be mounted and unmounted from inside the jail; runtimes usually do the container&apos;s mounts from the host instead.</source>
        <translation>Chaque type listé, p. ex. tmpfs, peut être monté et démonté depuis l&apos;intérieur de la jail&#xa0;; les runtimes effectuent généralement plutôt les montages du conteneur depuis l&apos;hôte.</translation>
    </message>
    <message>
        <source>File system type</source>
        <translation>Type de système de fichiers</translation>
    </message>
    <message>
        <source>One file system type.</source>
        <translation>Un type de système de fichiers.</translation>
    </message>
    <message>
        <source>A file system name such as nullfs or tmpfs.</source>
        <translation>Un nom de système de fichiers tel que nullfs ou tmpfs.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation>octets par seconde</translation>
    </message>
    <message>
        <source>operations per second</source>
        <translation>opérations par seconde</translation>
    </message>
    <message>
        <source>microseconds</source>
        <translation>microsecondes</translation>
    </message>
    <message>
        <source>nanoseconds</source>
        <translation>nanosecondes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>object (free-form)</source>
        <translation>objet (libre)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>file mode (0 to 4095)</source>
        <translation>mode de fichier (0 à 4095)</translation>
    </message>
    <message>
        <source>integer of at least 1</source>
        <translation>entier supérieur ou égal à 1</translation>
    </message>
</context>
<context>
    <name>SpecDiff</name>
    <message>
        <source>Added</source>
        <extracomment>A field or list element the other config has and this one lacks.</extracomment>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Moved</source>
        <extracomment>A list element found at another position.</extracomment>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Reordered</source>
        <extracomment>An object whose members are in another order.</extracomment>
        <translation>Réordonné</translation>
    </message>
</context>
<context>
    <name>SpecDiffModel</name>
    <message>
        <source>This bundle</source>
        <translation>Ce bundle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Configuration entière</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <extracomment>A group of changes in a diff: the section&apos;s title and how many changes it has.</extracomment>
        <translation>
            <numerusform>%1 (%n changement)</numerusform>
            <numerusform>%1 (%n changements)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The tooltip of a change: its kind (&quot;Added&quot;) and where it is (&quot;Mounts › /data&quot;).</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a moved list element is on this side: &quot;at /mounts/0&quot;.</extracomment>
        <translation>en %1</translation>
    </message>
    <message>
        <source>(absent)</source>
        <extracomment>A value that one side of a diff does not have.</extracomment>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Pointeur</translation>
    </message>
</context>
<context>
    <name>SpecDiffReport</name>
    <message>
        <source>(top level)</source>
        <extracomment>Where a change is when it concerns the whole config (its empty JSON pointer).</extracomment>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>(%1 → %2)</source>
        <extracomment>After a changed value whose JSON type changed: &quot;(boolean → string)&quot;.</extracomment>
        <translation>(%1 → %2)</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <extracomment>A list element now elsewhere; %1 is the pointer where it was.</extracomment>
        <translation>déplacé depuis %1</translation>
    </message>
    <message>
        <source>member order %1 → %2</source>
        <extracomment>An object&apos;s members in another order; %1 and %2 list their names.</extracomment>
        <translation>ordre des membres %1 → %2</translation>
    </message>
</context>
<context>
    <name>SpecDocument</name>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Le document n&apos;a pas encore de nom de fichier.</translation>
    </message>
</context>
<context>
    <name>SpecFile</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a bundle: it has no config.json.</source>
        <translation>%1 n&apos;est pas un bundle&#xa0;: il n&apos;a pas de config.json.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; the editor opens files of up to %3 MiB.</source>
        <translation>%1 fait %2 Mio&#xa0;; l&apos;éditeur ouvre les fichiers jusqu&apos;à %3 Mio.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside the bundle directory; saving does not write through it.</source>
        <translation>%1 est un lien vers %2, hors du répertoire du bundle&#xa0;; l&apos;enregistrement n&apos;écrit pas à travers ce lien.</translation>
    </message>
    <message>
        <source>config.json</source>
        <translation>config.json</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1&#xa0;: ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: a runtime configuration is a JSON object, but this file holds %2.</source>
        <translation>%1&#xa0;: une configuration d&apos;exécution est un objet JSON, mais ce fichier contient %2.</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: the values are nested more than %4 levels deep.</source>
        <translation>%1&#xa0;: ligne %2, colonne %3&#xa0;: les valeurs sont imbriquées sur plus de %4 niveaux.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; appears more than once in %3. The last value counts, as runc reads it, and saving writes the key once.</source>
        <translation>%1&#xa0;: la clé «&#xa0;%2&#xa0;» apparaît plusieurs fois dans %3. La dernière valeur compte, comme runc la lit, et l&apos;enregistrement n&apos;écrit la clé qu&apos;une fois.</translation>
    </message>
    <message>
        <source>%1: the layout of the file could not be followed; saving keeps its indentation only.</source>
        <translation>%1&#xa0;: la mise en forme du fichier n&apos;a pas pu être suivie&#xa0;; l&apos;enregistrement ne conserve que son indentation.</translation>
    </message>
    <message>
        <source>The file has no name yet.</source>
        <translation>Le fichier n&apos;a pas encore de nom.</translation>
    </message>
</context>
<context>
    <name>SpecModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
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
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>StateRootFinder</name>
    <message>
        <source>this editor</source>
        <translation>cet éditeur</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Docker (containerd namespace moby)</source>
        <translation>Docker (espace de noms containerd moby)</translation>
    </message>
    <message>
        <source>containerd (namespace %1)</source>
        <translation>containerd (espace de noms %1)</translation>
    </message>
    <message>
        <source>CRI-O or Podman</source>
        <translation>CRI-O ou Podman</translation>
    </message>
    <message>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
    <message>
        <source>%1, rootless</source>
        <translation>%1, sans privilèges</translation>
    </message>
</context>
<context>
    <name>StatsChartView</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
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
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervalle&#xa0;:</translation>
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
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuels</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>E/S bloc</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>Kio/s</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>pas de limite</translation>
    </message>
    <message>
        <source>No samples yet.</source>
        <translation>Pas encore d&apos;échantillons.</translation>
    </message>
    <message>
        <source>CPU: collecting…</source>
        <translation>CPU&#xa0;: collecte…</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>Memory: %1 of %2</source>
        <translation>Mémoire&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>PIDs: %1 of %2</source>
        <translation>PID&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Block I/O: collecting…</source>
        <translation>E/S bloc&#xa0;: collecte…</translation>
    </message>
    <message>
        <source>Block I/O: read %1, write %2</source>
        <translation>E/S bloc&#xa0;: lecture %1, écriture %2</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 Kio/s</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>How often the container&apos;s statistics are read</source>
        <translation>Fréquence de lecture des statistiques du conteneur</translation>
    </message>
    <message>
        <source>Saves every sample of the history as a CSV file</source>
        <translation>Enregistre chaque échantillon de l&apos;historique dans un fichier CSV</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: no limit</source>
        <translation>%1&#xa0;: aucune limite</translation>
    </message>
    <message>
        <source>%1: %2, peak %3</source>
        <translation>%1&#xa0;: %2, pic %3</translation>
    </message>
</context>
<context>
    <name>StringSetModel</name>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Supprimer %1 %2</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Ajouter %1 %2</translation>
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
        <translation>Le terminal du conteneur&#xa0;: les touches vont au programme qui s&apos;y exécute. Ctrl+Tab et Ctrl+Maj+Tab font sortir le focus.</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move in %1</source>
        <translation>Déplacer dans %1</translation>
    </message>
</context>
<context>
    <name>UnifiedDiff</name>
    <message>
        <source>The program diff is not installed (Debian package diffutils).</source>
        <translation>Le programme diff n&apos;est pas installé (paquet Debian diffutils).</translation>
    </message>
    <message>
        <source>Cannot write temporary files for the comparison.</source>
        <translation>Impossible d&apos;écrire les fichiers temporaires pour la comparaison.</translation>
    </message>
    <message>
        <source>diff failed: %1</source>
        <translation>diff a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Double-click a finding to go to the field it is about.</source>
        <translation>Double-cliquez sur un constat pour aller au champ qu&apos;il concerne.</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Validation findings</source>
        <translation>Constats de validation</translation>
    </message>
    <message>
        <source>Errors and warnings about the configuration; Enter goes to the field</source>
        <translation>Erreurs et avertissements sur la configuration&#xa0;; Entrée va au champ</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Annotation keys must not be empty.</source>
        <translation>Les clés d&apos;annotation ne doivent pas être vides.</translation>
    </message>
    <message>
        <source>%1 uses the reserved org.opencontainers namespace but is not one of the keys the OCI specifications define; runtimes ignore it.</source>
        <translation>%1 utilise l&apos;espace de noms réservé org.opencontainers mais ne fait pas partie des clés que définissent les spécifications OCI&#xa0;; les runtimes l&apos;ignorent.</translation>
    </message>
    <message>
        <source>A FIFO (type p) has no device numbers; they are ignored.</source>
        <translation>Une FIFO (type p) n&apos;a pas de numéros de périphérique&#xa0;; ils sont ignorés.</translation>
    </message>
    <message>
        <source>A device of type %1 needs a %2 number.</source>
        <translation>Un périphérique de type %1 a besoin d&apos;un numéro %2.</translation>
    </message>
    <message>
        <source>Device numbers cannot be negative.</source>
        <translation>Les numéros de périphérique ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>Device %1 is already listed as device %2.</source>
        <translation>Le périphérique %1 figure déjà comme périphérique %2.</translation>
    </message>
    <message>
        <source>Device %1 already creates %2.</source>
        <translation>Le périphérique %1 crée déjà %2.</translation>
    </message>
    <message>
        <source>The file mode %1 has bits above the permission and file type bits (the largest mode is 65535, octal 0177777).</source>
        <translation>Le mode de fichier %1 a des bits au-delà des bits de permission et de type de fichier (le plus grand mode est 65535, octal 0177777).</translation>
    </message>
    <message>
        <source>The file mode %1 carries the file type bits octal %2, which do not match the device type %3; runc ignores them and creates the node the type names.</source>
        <translation>Le mode de fichier %1 porte les bits de type de fichier octal %2, qui ne correspondent pas au type de périphérique %3&#xa0;; runc les ignore et crée le nœud indiqué par le type.</translation>
    </message>
    <message>
        <source>runc refuses a device rule without access; use &quot;rwm&quot; for all of read, write and mknod.</source>
        <translation>runc refuse une règle de périphérique sans accès&#xa0;; utilisez &quot;rwm&quot; pour lecture, écriture et mknod à la fois.</translation>
    </message>
    <message>
        <source>Listing %1 replaces runc&apos;s own, together with its device cgroup rule; allow it in linux.resources.devices, or runc fails to open it and refuses to start.</source>
        <translation>Lister %1 remplace celui de runc, avec sa règle de cgroup devices&#xa0;; autorisez-le dans linux.resources.devices, sinon runc ne parvient pas à l&apos;ouvrir et refuse de démarrer.</translation>
    </message>
    <message>
        <source>Listing %1 replaces runc&apos;s own, together with its device cgroup rule; allow it in linux.resources.devices, or the container cannot open it.</source>
        <translation>Lister %1 remplace celui de runc, avec sa règle de cgroup devices&#xa0;; autorisez-le dans linux.resources.devices, sinon le conteneur ne peut pas l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>machine %1</translation>
    </message>
    <message>
        <source>The root filesystem %1 does not exist; runc refuses to start.</source>
        <translation>Le système de fichiers racine %1 n&apos;existe pas&#xa0;; runc refuse de démarrer.</translation>
    </message>
    <message>
        <source>The root filesystem %1 is not a directory; runc refuses to start.</source>
        <translation>Le système de fichiers racine %1 n&apos;est pas un répertoire&#xa0;; runc refuse de démarrer.</translation>
    </message>
    <message>
        <source>The path to the root filesystem %1 passes through a symbolic link (it is really %2); runc refuses that.</source>
        <translation>Le chemin du système de fichiers racine %1 passe par un lien symbolique (c&apos;est en réalité %2)&#xa0;; runc le refuse.</translation>
    </message>
    <message>
        <source>The container&apos;s root is host user %1 in its user namespace, and it may not enter %2; runc fails to mount the root filesystem.</source>
        <translation>Le root du conteneur est l&apos;utilisateur %1 de l&apos;hôte dans son espace de noms utilisateur, et il ne peut pas entrer dans %2&#xa0;; runc ne parvient pas à monter le système de fichiers racine.</translation>
    </message>
    <message>
        <source>The namespace file %1 does not exist on this machine; runc refuses to join it.</source>
        <translation>Le fichier d&apos;espace de noms %1 n&apos;existe pas sur cette machine&#xa0;; runc refuse de le rejoindre.</translation>
    </message>
    <message>
        <source>The bind source %1 does not exist on this machine; runc refuses to start.</source>
        <translation>La source bind %1 n&apos;existe pas sur cette machine&#xa0;; runc refuse de démarrer.</translation>
    </message>
    <message>
        <source>This kernel does not know the file system type %1 (see /proc/filesystems); the mount will fail.</source>
        <translation>Ce noyau ne connaît pas le type de système de fichiers %1 (voir /proc/filesystems)&#xa0;; le montage échouera.</translation>
    </message>
    <message>
        <source>The hook program %1 is not an executable file on this machine.</source>
        <translation>Le programme de hook %1 n&apos;est pas un fichier exécutable sur cette machine.</translation>
    </message>
    <message>
        <source>This configuration is rootful and needs root to run. Run the editor as root, or take the rootless route: add a user namespace with UID and GID mappings for your user, and run with --rootless and a state directory under $XDG_RUNTIME_DIR.</source>
        <translation>Cette configuration est avec privilèges (rootful) et nécessite root pour s&apos;exécuter. Lancez l&apos;éditeur en tant que root, ou prenez la voie sans privilèges (rootless)&#xa0;: ajoutez un espace de noms utilisateur avec des correspondances UID et GID pour votre utilisateur, et exécutez avec --rootless et un répertoire d&apos;état sous $XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <source>SELinux is not enabled on this machine; runc refuses a configuration with an SELinux label.</source>
        <translation>SELinux n&apos;est pas activé sur cette machine&#xa0;; runc refuse une configuration avec une étiquette SELinux.</translation>
    </message>
    <message>
        <source>AppArmor is not enabled on this machine; runc cannot apply the profile and refuses to start.</source>
        <translation>AppArmor n&apos;est pas activé sur cette machine&#xa0;; runc ne peut pas appliquer le profil et refuse de démarrer.</translation>
    </message>
    <message>
        <source>runc runs here without CAP_SYS_RESOURCE and cannot set an OOM score below its own (%1).</source>
        <translation>runc s&apos;exécute ici sans CAP_SYS_RESOURCE et ne peut pas définir un score OOM inférieur au sien (%1).</translation>
    </message>
    <message>
        <source>runc runs here without CAP_SYS_RESOURCE and cannot raise the hard limit above its own (%1).</source>
        <translation>runc s&apos;exécute ici sans CAP_SYS_RESOURCE et ne peut pas relever la limite stricte au-dessus de la sienne (%1).</translation>
    </message>
    <message>
        <source>This machine does not use cgroup v2 alone; runc refuses unified settings here.</source>
        <translation>Cette machine n&apos;utilise pas uniquement cgroup v2&#xa0;; runc refuse ici les réglages unified.</translation>
    </message>
    <message>
        <source>The block I/O controller of this machine has no %1 file (its I/O scheduler keeps no weights); runc refuses to start.</source>
        <translation>Le contrôleur d&apos;E/S bloc de cette machine n&apos;a pas de fichier %1 (son ordonnanceur d&apos;E/S ne gère pas de poids)&#xa0;; runc refuse de démarrer.</translation>
    </message>
    <message>
        <source>This machine has no memory node %1; runc refuses to start.</source>
        <translation>Cette machine n&apos;a pas de nœud mémoire %1&#xa0;; runc refuse de démarrer.</translation>
    </message>
    <message>
        <source>This machine has no CPU %1 online; runc refuses to start.</source>
        <translation>Cette machine n&apos;a pas de CPU %1 en ligne&#xa0;; runc refuse de démarrer.</translation>
    </message>
    <message>
        <source>This kernel has no setting %1 under /proc/sys; runc will fail to write it.</source>
        <translation>Ce noyau n&apos;a pas de réglage %1 sous /proc/sys&#xa0;; runc ne parviendra pas à l&apos;écrire.</translation>
    </message>
    <message>
        <source>Mounting on %1 hides mount %2, which was mounted earlier at or below it.</source>
        <translation>Monter sur %1 masque le montage %2, monté plus tôt à cet endroit ou en dessous.</translation>
    </message>
    <message>
        <source>An ID-mapped mount needs both uidMappings and gidMappings.</source>
        <translation>Un montage idmapped a besoin à la fois de uidMappings et de gidMappings.</translation>
    </message>
    <message>
        <source>Add the idmap or ridmap option, otherwise older runtimes silently ignore the mappings.</source>
        <translation>Ajoutez l&apos;option idmap ou ridmap, sinon les runtimes plus anciens ignorent silencieusement les correspondances.</translation>
    </message>
    <message>
        <source>An idmap mount without its own mappings borrows the container&apos;s user namespace, but there is none.</source>
        <translation>Un montage idmap sans ses propres correspondances emprunte l&apos;espace de noms utilisateur du conteneur, mais il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>runc only mounts a proc file system on /proc and refuses anything else there.</source>
        <translation>runc ne monte qu&apos;un système de fichiers proc sur /proc et y refuse toute autre chose.</translation>
    </message>
    <message>
        <source>runc refuses mounts inside /proc, except on the few files lxcfs emulates such as /proc/meminfo.</source>
        <translation>runc refuse les montages à l&apos;intérieur de /proc, sauf sur les quelques fichiers qu&apos;émule lxcfs comme /proc/meminfo.</translation>
    </message>
    <message>
        <source>The %1 namespace is listed more than once.</source>
        <translation>L&apos;espace de noms %1 figure plusieurs fois dans la liste.</translation>
    </message>
    <message>
        <source>runc 1.1 does not know the time namespace and refuses the configuration; crun supports it.</source>
        <translation>runc 1.1 ne connaît pas l&apos;espace de noms temps et refuse la configuration&#xa0;; crun le prend en charge.</translation>
    </message>
    <message>
        <source>ID mappings only take effect in a user namespace, and runc ignores them without one; add one to linux.namespaces.</source>
        <translation>Les correspondances d&apos;ID ne prennent effet que dans un espace de noms utilisateur, et runc les ignore sans lui&#xa0;; ajoutez-en un à linux.namespaces.</translation>
    </message>
    <message>
        <source>Setting %1 needs a UTS namespace of the container&apos;s own; add one to linux.namespaces.</source>
        <translation>Définir %1 nécessite un espace de noms UTS propre au conteneur&#xa0;; ajoutez-en un à linux.namespaces.</translation>
    </message>
    <message>
        <source>The kernel takes host names of at most 64 bytes; runc refuses a longer one.</source>
        <translation>Le noyau accepte des noms d&apos;hôte de 64 octets au plus&#xa0;; runc refuse un nom plus long.</translation>
    </message>
    <message>
        <source>Setting domainname needs a UTS namespace of the container&apos;s own; runc 1.1 ignores domainname, newer runtimes refuse it.</source>
        <translation>Définir domainname nécessite un espace de noms UTS propre au conteneur&#xa0;; runc 1.1 ignore domainname, les runtimes plus récents le refusent.</translation>
    </message>
    <message>
        <source>Masked and read-only paths need a mount namespace of the container&apos;s own; runc refuses them without one.</source>
        <translation>Les chemins masqués et en lecture seule nécessitent un espace de noms de montage propre au conteneur&#xa0;; runc les refuse sans lui.</translation>
    </message>
    <message>
        <source>Time offsets need a time namespace; add one to linux.namespaces.</source>
        <translation>Les décalages d&apos;horloge nécessitent un espace de noms temps&#xa0;; ajoutez-en un à linux.namespaces.</translation>
    </message>
    <message>
        <source>%1 would change the host&apos;s network settings; it needs a network namespace.</source>
        <translation>%1 modifierait les réglages réseau de l&apos;hôte&#xa0;; il faut un espace de noms réseau.</translation>
    </message>
    <message>
        <source>%1 would change the host&apos;s IPC settings; it needs an IPC namespace.</source>
        <translation>%1 modifierait les réglages IPC de l&apos;hôte&#xa0;; il faut un espace de noms IPC.</translation>
    </message>
    <message>
        <source>runc refuses kernel.hostname because it competes with the hostname field; set hostname instead.</source>
        <translation>runc refuse kernel.hostname car il fait concurrence au champ hostname&#xa0;; définissez plutôt hostname.</translation>
    </message>
    <message>
        <source>%1 would change the host&apos;s name; it needs a UTS namespace.</source>
        <translation>%1 modifierait le nom de l&apos;hôte&#xa0;; il faut un espace de noms UTS.</translation>
    </message>
    <message>
        <source>%1 is not isolated by any namespace; setting it would affect the whole host, and runc refuses it.</source>
        <translation>%1 n&apos;est isolé par aucun espace de noms&#xa0;; le définir affecterait tout l&apos;hôte, et runc le refuse.</translation>
    </message>
    <message>
        <source>The configuration has no root filesystem; only Hyper-V containers on Windows go without root.</source>
        <translation>La configuration n&apos;a pas de système de fichiers racine&#xa0;; seuls les conteneurs Hyper-V sous Windows s&apos;en passent.</translation>
    </message>
    <message>
        <source>layerFolders needs at least one entry: the container&apos;s scratch folder, after the image&apos;s layers.</source>
        <translation>layerFolders a besoin d&apos;au moins une entrée&#xa0;: le dossier de travail (scratch) du conteneur, après les couches de l&apos;image.</translation>
    </message>
    <message>
        <source>%1 and %2 are alternative ways to limit the processors; Windows takes only one of count, shares and maximum.</source>
        <translation>%1 et %2 sont deux façons alternatives de limiter les processeurs&#xa0;; Windows n&apos;accepte qu&apos;un seul de count, shares et maximum.</translation>
    </message>
    <message>
        <source>CPU shares range from 0 to 10000.</source>
        <translation>Les parts CPU vont de 0 à 10000.</translation>
    </message>
    <message>
        <source>The CPU maximum counts processor cycles out of every 10000 and cannot exceed 10000.</source>
        <translation>Le maximum CPU compte les cycles processeur sur 10000 et ne peut pas dépasser 10000.</translation>
    </message>
    <message>
        <source>Write affinity as a list of mask and group entries: runtimes built on the specification&apos;s Go types cannot read the single object the JSON schema allows.</source>
        <translation>Écrivez l&apos;affinité sous forme de liste d&apos;entrées mask et group&#xa0;: les runtimes fondés sur les types Go de la spécification ne peuvent pas lire l&apos;objet unique que permet le schéma JSON.</translation>
    </message>
    <message>
        <source>A network namespace brings its own endpoints and settings; leave the other network fields out when networkNamespace is set.</source>
        <translation>Un espace de noms réseau apporte ses propres points de terminaison et réglages&#xa0;; omettez les autres champs réseau quand networkNamespace est défini.</translation>
    </message>
    <message>
        <source>A Hyper-V container must not set root: its filesystem is assembled inside the utility VM from the layer folders.</source>
        <translation>Un conteneur Hyper-V ne doit pas définir root&#xa0;: son système de fichiers est assemblé dans la VM utilitaire à partir des dossiers de couches.</translation>
    </message>
    <message>
        <source>On Windows root.path must be a volume GUID path such as \\?\Volume{GUID}\, not &quot;%1&quot;.</source>
        <translation>Sous Windows, root.path doit être un chemin de GUID de volume comme \\?\Volume{GUID}\, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Windows cannot make the root filesystem read-only; leave readonly out or set it to false.</source>
        <translation>Windows ne peut pas mettre le système de fichiers racine en lecture seule&#xa0;; omettez readonly ou mettez-le à false.</translation>
    </message>
    <message>
        <source>The process has nothing to run: a Windows process needs commandLine or at least one entry in args.</source>
        <translation>Le processus n&apos;a rien à exécuter&#xa0;: un processus Windows a besoin de commandLine ou d&apos;au moins une entrée dans args.</translation>
    </message>
    <message>
        <source>Windows mounts only local directories of the host; the network path %1 is not supported.</source>
        <translation>Windows ne monte que des répertoires locaux de l&apos;hôte&#xa0;; le chemin réseau %1 n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Windows does not allow mount destinations inside one another, but %1 and the destination of mount %2 are nested.</source>
        <translation>Windows n&apos;autorise pas des destinations de montage imbriquées, mais %1 et la destination du montage %2 le sont.</translation>
    </message>
    <message>
        <source>enforceStatfs takes 0 (all mounts visible), 1 (mounts below the jail&apos;s root) or 2 (only the root).</source>
        <translation>enforceStatfs prend 0 (tous les montages visibles), 1 (montages sous la racine du jail) ou 2 (seulement la racine).</translation>
    </message>
    <message>
        <source>The configuration has no root filesystem; Linux runtimes need root.path.</source>
        <translation>La configuration n&apos;a pas de système de fichiers racine&#xa0;; les runtimes Linux ont besoin de root.path.</translation>
    </message>
    <message>
        <source>The configuration has no process; runc refuses to create a container without one.</source>
        <translation>La configuration n&apos;a pas de processus&#xa0;; runc refuse de créer un conteneur sans processus.</translation>
    </message>
    <message>
        <source>The process needs at least one argument: the program to run.</source>
        <translation>Le processus a besoin d&apos;au moins un argument&#xa0;: le programme à exécuter.</translation>
    </message>
    <message>
        <source>oomScoreAdj must lie between -1000 and 1000; the kernel rejects %1.</source>
        <translation>oomScoreAdj doit être compris entre -1000 et 1000&#xa0;; le noyau rejette %1.</translation>
    </message>
    <message>
        <source>The I/O priority level must lie between 0 and 7.</source>
        <translation>Le niveau de priorité d&apos;E/S doit être compris entre 0 et 7.</translation>
    </message>
    <message>
        <source>runc accepts user and group IDs up to %1 only and refuses to start.</source>
        <translation>runc n&apos;accepte que des ID utilisateur et de groupe jusqu&apos;à %1 et refuse de démarrer.</translation>
    </message>
    <message>
        <source>%1 needs a priority between 1 and 99.</source>
        <translation>%1 a besoin d&apos;une priorité entre 1 et 99.</translation>
    </message>
    <message>
        <source>%1 only accepts priority 0.</source>
        <translation>%1 n&apos;accepte que la priorité 0.</translation>
    </message>
    <message>
        <source>The nice value must lie between -20 and 19.</source>
        <translation>La valeur nice doit être comprise entre -20 et 19.</translation>
    </message>
    <message>
        <source>SCHED_DEADLINE needs runtime ≤ deadline ≤ period.</source>
        <translation>SCHED_DEADLINE exige runtime ≤ deadline ≤ period.</translation>
    </message>
    <message>
        <source>The variable contains a NUL character; runc refuses to start the process.</source>
        <translation>La variable contient un caractère NUL&#xa0;; runc refuse de démarrer le processus.</translation>
    </message>
    <message>
        <source>The variable %1 is set more than once; only one value takes effect.</source>
        <translation>La variable %1 est définie plusieurs fois&#xa0;; une seule valeur prend effet.</translation>
    </message>
    <message>
        <source>%1 is effective but not permitted; the kernel refuses such a capability set.</source>
        <translation>%1 est effective mais pas permise&#xa0;; le noyau refuse un tel ensemble de capacités.</translation>
    </message>
    <message>
        <source>%1 is ambient but not both permitted and inheritable; the kernel will drop it.</source>
        <translation>%1 est ambiante mais pas à la fois permise et héritable&#xa0;; le noyau la retirera.</translation>
    </message>
    <message>
        <source>%1 is limited more than once; the specification forbids that (runc 1.1 sets each in turn, so the last one counts).</source>
        <translation>%1 est limité plusieurs fois&#xa0;; la spécification l&apos;interdit (runc 1.1 les applique l&apos;un après l&apos;autre, donc la dernière compte).</translation>
    </message>
    <message>
        <source>The soft limit %1 is above the hard limit %2.</source>
        <translation>La limite souple %1 dépasse la limite stricte %2.</translation>
    </message>
    <message>
        <source>Memory sizes cannot be negative; only -1 (unlimited) is allowed.</source>
        <translation>Les tailles mémoire ne peuvent pas être négatives&#xa0;; seul -1 (illimité) est autorisé.</translation>
    </message>
    <message>
        <source>A memory limit below %1 bytes is smaller than runc&apos;s own start-up process, and runc fails to set it.</source>
        <translation>Une limite de mémoire inférieure à %1 octets est plus petite que le propre processus de démarrage de runc, et runc ne parvient pas à l&apos;appliquer.</translation>
    </message>
    <message>
        <source>swap limits memory plus swap and needs a memory limit; runc refuses it without one.</source>
        <translation>swap limite la mémoire plus le swap et nécessite une limite de mémoire&#xa0;; runc le refuse sans elle.</translation>
    </message>
    <message>
        <source>swap counts memory plus swap, so it must be at least the memory limit (%1).</source>
        <translation>swap compte la mémoire plus le swap, il doit donc être au moins égal à la limite de mémoire (%1).</translation>
    </message>
    <message>
        <source>The reservation is above the memory limit (%1) and can never be reached.</source>
        <translation>La réservation dépasse la limite de mémoire (%1) et ne peut jamais être atteinte.</translation>
    </message>
    <message>
        <source>Swappiness must lie between 0 and 100.</source>
        <translation>Swappiness doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>CPU shares must lie between 2 and 262144; runc refuses %1.</source>
        <translation>Les parts CPU doivent être comprises entre 2 et 262144&#xa0;; runc refuse %1.</translation>
    </message>
    <message>
        <source>The CPU period must lie between 1000 and 1000000 microseconds; the kernel refuses %1.</source>
        <translation>La période CPU doit être comprise entre 1000 et 1000000 microsecondes&#xa0;; le noyau refuse %1.</translation>
    </message>
    <message>
        <source>The CPU quota must be at least 1000 microseconds (or negative for no limit); the kernel refuses %1.</source>
        <translation>Le quota CPU doit être d&apos;au moins 1000 microsecondes (ou négatif pour aucune limite)&#xa0;; le noyau refuse %1.</translation>
    </message>
    <message>
        <source>The burst must not be larger than the quota (%1).</source>
        <translation>La rafale (burst) ne doit pas dépasser le quota (%1).</translation>
    </message>
    <message>
        <source>Block I/O weights must lie between 10 and 1000; the kernel refuses %1.</source>
        <translation>Les poids d&apos;E/S bloc doivent être compris entre 10 et 1000&#xa0;; le noyau refuse %1.</translation>
    </message>
    <message>
        <source>The task limit cannot be negative; runc treats it as no limit. Use -1 for that.</source>
        <translation>La limite de tâches ne peut pas être négative&#xa0;; runc la traite comme une absence de limite. Utilisez -1 pour cela.</translation>
    </message>
    <message>
        <source>A device weight entry needs weight, leafWeight or both.</source>
        <translation>Une entrée de poids de périphérique a besoin de weight, de leafWeight ou des deux.</translation>
    </message>
    <message>
        <source>An RDMA entry needs hcaHandles, hcaObjects or both.</source>
        <translation>Une entrée RDMA a besoin de hcaHandles, de hcaObjects ou des deux.</translation>
    </message>
    <message>
        <source>%1 takes no nodes.</source>
        <translation>%1 ne prend aucun nœud.</translation>
    </message>
    <message>
        <source>%1 needs at least one node.</source>
        <translation>%1 a besoin d&apos;au moins un nœud.</translation>
    </message>
    <message>
        <source>MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES exclude each other.</source>
        <translation>MPOL_F_STATIC_NODES et MPOL_F_RELATIVE_NODES s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>The root filesystem %1 is empty; it may be mounted at run time, so its contents are not checked.</source>
        <translation>Le système de fichiers racine %1 est vide&#xa0;; il est peut-être monté à l&apos;exécution, son contenu n&apos;est donc pas vérifié.</translation>
    </message>
    <message>
        <source>The mount point %1 leads through the link %2, which points out of the root filesystem; runc keeps it inside and mounts on %3.</source>
        <translation>Le point de montage %1 passe par le lien %2, qui pointe hors du système de fichiers racine&#xa0;; runc le garde à l&apos;intérieur et monte sur %3.</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not a directory, so runc cannot create the mount point %2 under it.</source>
        <translation>%1 dans le système de fichiers racine n&apos;est pas un répertoire, runc ne peut donc pas y créer le point de montage %2.</translation>
    </message>
    <message>
        <source>The mount point %1 is not an ordinary directory in the root filesystem; runc refuses to mount %2 there.</source>
        <translation>Le point de montage %1 n&apos;est pas un répertoire ordinaire dans le système de fichiers racine&#xa0;; runc refuse d&apos;y monter %2.</translation>
    </message>
    <message>
        <source>The mount point %1 is a file in the root filesystem, and a %2 file system can only be mounted on a directory; runc fails with &quot;not a directory&quot;.</source>
        <translation>Le point de montage %1 est un fichier dans le système de fichiers racine, et un système de fichiers %2 ne peut être monté que sur un répertoire&#xa0;; runc échoue avec &quot;not a directory&quot;.</translation>
    </message>
    <message>
        <source>The mount point %1 is a file in the root filesystem, and the bind source %2 is a directory; a directory cannot be mounted on a file, so runc fails with &quot;not a directory&quot;.</source>
        <translation>Le point de montage %1 est un fichier dans le système de fichiers racine, et la source bind %2 est un répertoire&#xa0;; un répertoire ne peut pas être monté sur un fichier, donc runc échoue avec &quot;not a directory&quot;.</translation>
    </message>
    <message>
        <source>The mount point %1 is a directory in the root filesystem, and the bind source %2 is a file; a file cannot be mounted on a directory, so runc fails with &quot;not a directory&quot;.</source>
        <translation>Le point de montage %1 est un répertoire dans le système de fichiers racine, et la source bind %2 est un fichier&#xa0;; un fichier ne peut pas être monté sur un répertoire, donc runc échoue avec &quot;not a directory&quot;.</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not a directory, so runc cannot create the working directory %2 under it.</source>
        <translation>%1 dans le système de fichiers racine n&apos;est pas un répertoire, runc ne peut donc pas y créer le répertoire de travail %2.</translation>
    </message>
    <message>
        <source>The working directory %1 is a file in the root filesystem; runc fails to create or enter it.</source>
        <translation>Le répertoire de travail %1 est un fichier dans le système de fichiers racine&#xa0;; runc ne parvient ni à le créer ni à y entrer.</translation>
    </message>
    <message>
        <source>process.env sets no PATH, and runc looks for %1 only in the process&apos;s own PATH; it fails with &quot;executable file not found in $PATH&quot;. Give the full path or set PATH.</source>
        <translation>process.env ne définit pas PATH, et runc ne cherche %1 que dans le PATH propre au processus&#xa0;; il échoue avec &quot;executable file not found in $PATH&quot;. Indiquez le chemin complet ou définissez PATH.</translation>
    </message>
    <message>
        <source>runc finds %1 as %2 through the relative PATH directory %3, and refuses to run a program found relative to the working directory. Use absolute directories in PATH.</source>
        <translation>runc trouve %1 sous la forme %2 via le répertoire relatif %3 du PATH, et refuse d&apos;exécuter un programme trouvé relativement au répertoire de travail. Utilisez des répertoires absolus dans PATH.</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not an executable file (mode %2), and no other directory of the process&apos;s PATH has %3; runc fails with &quot;executable file not found in $PATH&quot;.</source>
        <translation>%1 dans le système de fichiers racine n&apos;est pas un fichier exécutable (mode %2), et aucun autre répertoire du PATH du processus ne contient %3&#xa0;; runc échoue avec &quot;executable file not found in $PATH&quot;.</translation>
    </message>
    <message>
        <source>%1 is in no directory of the process&apos;s PATH (%2) in the root filesystem; runc fails with &quot;executable file not found in $PATH&quot;.</source>
        <translation>%1 ne se trouve dans aucun répertoire du PATH du processus (%2) dans le système de fichiers racine&#xa0;; runc échoue avec &quot;executable file not found in $PATH&quot;.</translation>
    </message>
    <message>
        <source>%1 does not exist in the root filesystem; runc fails with &quot;no such file or directory&quot;.</source>
        <translation>%1 n&apos;existe pas dans le système de fichiers racine&#xa0;; runc échoue avec &quot;no such file or directory&quot;.</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not a directory, so %2 cannot exist; runc fails with &quot;not a directory&quot;.</source>
        <translation>%1 dans le système de fichiers racine n&apos;est pas un répertoire, donc %2 ne peut pas exister&#xa0;; runc échoue avec &quot;not a directory&quot;.</translation>
    </message>
    <message>
        <source>Looking up %1 in the root filesystem follows more than %2 links; runc fails with &quot;too many levels of symbolic links&quot;.</source>
        <translation>La recherche de %1 dans le système de fichiers racine suit plus de %2 liens&#xa0;; runc échoue avec &quot;too many levels of symbolic links&quot;.</translation>
    </message>
    <message>
        <source>%1 is a directory in the root filesystem, not a program; runc fails with &quot;permission denied&quot;.</source>
        <translation>%1 est un répertoire dans le système de fichiers racine, pas un programme&#xa0;; runc échoue avec &quot;permission denied&quot;.</translation>
    </message>
    <message>
        <source>%1 in the root filesystem has no execute permission (mode %2); runc fails with &quot;permission denied&quot;.</source>
        <translation>%1 dans le système de fichiers racine n&apos;a pas la permission d&apos;exécution (mode %2)&#xa0;; runc échoue avec &quot;permission denied&quot;.</translation>
    </message>
    <message>
        <source>User %1 may not execute %2 (mode %3, owner %4, group %5), and the process lacks CAP_DAC_OVERRIDE; runc fails with &quot;permission denied&quot;.</source>
        <translation>L&apos;utilisateur %1 ne peut pas exécuter %2 (mode %3, propriétaire %4, groupe %5), et le processus n&apos;a pas CAP_DAC_OVERRIDE&#xa0;; runc échoue avec &quot;permission denied&quot;.</translation>
    </message>
    <message>
        <source>%1 is a script for %2, which does not exist in the root filesystem; the kernel fails to start it with &quot;no such file or directory&quot;.</source>
        <translation>%1 est un script pour %2, qui n&apos;existe pas dans le système de fichiers racine&#xa0;; le noyau ne parvient pas à le lancer et renvoie &quot;no such file or directory&quot;.</translation>
    </message>
    <message>
        <source>%1 is a script for %2, which is not an executable file in the root filesystem; the kernel fails to start it with &quot;permission denied&quot;.</source>
        <translation>%1 est un script pour %2, qui n&apos;est pas un fichier exécutable dans le système de fichiers racine&#xa0;; le noyau ne parvient pas à le lancer et renvoie &quot;permission denied&quot;.</translation>
    </message>
    <message>
        <source>%1 is neither an ELF program nor a script starting with #!, and no binfmt_misc handler takes it; the kernel refuses to run it (exec format error).</source>
        <translation>%1 n&apos;est ni un programme ELF ni un script commençant par #!, et aucun gestionnaire binfmt_misc ne le prend en charge&#xa0;; le noyau refuse de l&apos;exécuter (exec format error).</translation>
    </message>
    <message>
        <source>%1 ends inside its ELF headers; the kernel refuses to run it (exec format error).</source>
        <translation>%1 se termine à l&apos;intérieur de ses en-têtes ELF&#xa0;; le noyau refuse de l&apos;exécuter (exec format error).</translation>
    </message>
    <message>
        <source>%1 has ELF headers the kernel refuses; it does not run (exec format error).</source>
        <translation>%1 a des en-têtes ELF que le noyau refuse&#xa0;; il ne s&apos;exécute pas (exec format error).</translation>
    </message>
    <message>
        <source>%1 is an ELF object or core file, not a program; the kernel refuses to run it (exec format error).</source>
        <translation>%1 est un objet ELF ou un fichier core, pas un programme&#xa0;; le noyau refuse de l&apos;exécuter (exec format error).</translation>
    </message>
    <message>
        <source>%1 is a program for %2; this machine is %3 and has no binfmt_misc handler for it, so the kernel refuses to run it (exec format error).</source>
        <translation>%1 est un programme pour %2&#xa0;; cette machine est %3 et n&apos;a pas de gestionnaire binfmt_misc pour lui, donc le noyau refuse de l&apos;exécuter (exec format error).</translation>
    </message>
    <message>
        <source>%1 is a program for %2, which this machine runs through the binfmt_misc handler %3. That handler lacks the F flag, so its interpreter %4 must exist in the root filesystem, and it does not.</source>
        <translation>%1 est un programme pour %2, que cette machine exécute via le gestionnaire binfmt_misc %3. Ce gestionnaire n&apos;a pas le drapeau F, son interpréteur %4 doit donc exister dans le système de fichiers racine, et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>%1 is a program for %2; this machine is %3 and runs it only through the binfmt_misc handler %4 (%5), emulated and slower.</source>
        <translation>%1 est un programme pour %2&#xa0;; cette machine est %3 et ne l&apos;exécute que via le gestionnaire binfmt_misc %4 (%5), en émulation et plus lentement.</translation>
    </message>
    <message>
        <source>%1 needs the program interpreter %2, which does not exist in the root filesystem; the kernel fails to start it with &quot;no such file or directory&quot;.</source>
        <translation>%1 a besoin de l&apos;interpréteur de programme %2, qui n&apos;existe pas dans le système de fichiers racine&#xa0;; le noyau ne parvient pas à le lancer et renvoie &quot;no such file or directory&quot;.</translation>
    </message>
    <message>
        <source>User ID %1 has no entry in /etc/passwd of the root filesystem; runc runs the process with that ID all the same, with HOME=/ unless process.env sets HOME.</source>
        <translation>L&apos;ID utilisateur %1 n&apos;a pas d&apos;entrée dans le /etc/passwd du système de fichiers racine&#xa0;; runc exécute quand même le processus avec cet ID, avec HOME=/ sauf si process.env définit HOME.</translation>
    </message>
    <message>
        <source>Group ID %1 has no entry in /etc/group of the root filesystem; runc runs the process with that ID all the same.</source>
        <translation>L&apos;ID de groupe %1 n&apos;a pas d&apos;entrée dans le /etc/group du système de fichiers racine&#xa0;; runc exécute quand même le processus avec cet ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the runtime specification; runtimes will ignore it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ de la spécification d&apos;exécution&#xa0;; les runtimes l&apos;ignoreront.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation>Le champ obligatoire «&#xa0;%1&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deprecated by the runtime specification.</source>
        <translation>«&#xa0;%1&#xa0;» est obsolète selon la spécification d&apos;exécution.</translation>
    </message>
    <message>
        <source>This field was removed in runtime-spec %1; the document declares a later version.</source>
        <translation>Ce champ a été supprimé dans runtime-spec %1&#xa0;; le document déclare une version ultérieure.</translation>
    </message>
    <message>
        <source>This field was added in runtime-spec %1, but ociVersion is %2; older runtimes may ignore it.</source>
        <translation>Ce champ a été ajouté dans runtime-spec %1, mais ociVersion vaut %2&#xa0;; des runtimes plus anciens peuvent l&apos;ignorer.</translation>
    </message>
    <message>
        <source>The value does not fit the allowed range (%1).</source>
        <translation>La valeur ne tient pas dans la plage autorisée (%1).</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Attendu&#xa0;: %1&#xa0;; trouvé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The value %1 is outside the allowed range (%2).</source>
        <translation>La valeur %1 est hors de la plage autorisée (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs autorisées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added in runtime-spec %2, but ociVersion is %3; older runtimes may not know it.</source>
        <translation>«&#xa0;%1&#xa0;» a été ajouté dans runtime-spec %2, mais ociVersion vaut %3&#xa0;; des runtimes plus anciens peuvent ne pas le connaître.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SemVer 2.0.0 version such as 1.2.0.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une version SemVer 2.0.0 comme 1.2.0.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; must be absolute.</source>
        <translation>Le chemin «&#xa0;%1&#xa0;» doit être absolu.</translation>
    </message>
    <message>
        <source>The mount destination &quot;%1&quot; is relative; it is taken as relative to / but should be written as an absolute path.</source>
        <translation>La destination de montage «&#xa0;%1&#xa0;» est relative&#xa0;; elle est prise comme relative à /, mais devrait être écrite comme un chemin absolu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form NAME=value.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme NOM=valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of numbers and ranges such as 0-3,7.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une liste de nombres et de plages comme 0-3,7.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page size such as 2MB or 1GB.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une taille de page comme 2MB ou 1GB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only contain the letters r, w and m.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut contenir que les lettres r, w et m.</translation>
    </message>
    <message>
        <source>The memory bandwidth schema must be one line starting with &quot;MB:&quot;.</source>
        <translation>Le schéma de bande passante mémoire doit tenir sur une ligne commençant par &quot;MB:&quot;.</translation>
    </message>
    <message>
        <source>The value must not contain a line break.</source>
        <translation>La valeur ne doit pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>The L3 cache schema should start with &quot;L3:&quot;.</source>
        <translation>Le schéma du cache L3 devrait commencer par &quot;L3:&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capability name; names look like CAP_NET_BIND_SERVICE.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de capacité&#xa0;; les noms ressemblent à CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capability this editor knows. The specification requires runtimes to refuse it; runc 1.1 only warns and skips it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une capacité que connaît cet éditeur. La spécification exige que les runtimes la refusent&#xa0;; runc 1.1 se contente d&apos;avertir et l&apos;ignore.</translation>
    </message>
    <message>
        <source>listenerMetadata may only be set together with listenerPath.</source>
        <translation>listenerMetadata ne peut être défini qu&apos;avec listenerPath.</translation>
    </message>
    <message>
        <source>SCMP_ACT_NOTIFY cannot be the default action: the agent would be asked about every system call.</source>
        <translation>SCMP_ACT_NOTIFY ne peut pas être l&apos;action par défaut&#xa0;: l&apos;agent serait interrogé pour chaque appel système.</translation>
    </message>
    <message>
        <source>%1 does not return an error number; runtimes refuse defaultErrnoRet with it.</source>
        <translation>%1 ne renvoie pas de numéro d&apos;erreur&#xa0;; les runtimes refusent defaultErrnoRet avec cette action.</translation>
    </message>
    <message>
        <source>A rule must name at least one system call.</source>
        <translation>Une règle doit nommer au moins un appel système.</translation>
    </message>
    <message>
        <source>SCMP_ACT_NOTIFY needs listenerPath, the socket of the agent to notify.</source>
        <translation>SCMP_ACT_NOTIFY a besoin de listenerPath, le socket de l&apos;agent à notifier.</translation>
    </message>
    <message>
        <source>%1 does not return an error number; runtimes refuse errnoRet with it.</source>
        <translation>%1 ne renvoie pas de numéro d&apos;erreur&#xa0;; les runtimes refusent errnoRet avec cette action.</translation>
    </message>
    <message>
        <source>System calls have at most six arguments (index 0 to 5).</source>
        <translation>Les appels système ont au plus six arguments (index 0 à 5).</translation>
    </message>
    <message>
        <source>runc 1.1 supports no seccomp flags and refuses the configuration; remove them or use crun.</source>
        <translation>runc 1.1 ne prend en charge aucun drapeau seccomp et refuse la configuration&#xa0;; supprimez-les ou utilisez crun.</translation>
    </message>
    <message>
        <source>runc 1.1 does not know the architecture %1 and refuses the configuration.</source>
        <translation>runc 1.1 ne connaît pas l&apos;architecture %1 et refuse la configuration.</translation>
    </message>
    <message>
        <source>An empty system call name is not valid; runc refuses it.</source>
        <translation>Un nom d&apos;appel système vide n&apos;est pas valide&#xa0;; runc le refuse.</translation>
    </message>
    <message>
        <source>runc writes to its parent after installing the filter, so it refuses SCMP_ACT_NOTIFY for write.</source>
        <translation>runc écrit à son parent après avoir installé le filtre, il refuse donc SCMP_ACT_NOTIFY pour write.</translation>
    </message>
    <message>
        <source>No listed architecture has a system call named %1; runc ignores it without a word.</source>
        <translation>Aucune architecture listée n&apos;a d&apos;appel système nommé %1&#xa0;; runc l&apos;ignore sans rien dire.</translation>
    </message>
    <message>
        <source>The file starts with a byte order mark. runc reads config.json with Go&apos;s JSON decoder, which refuses it; save the file as UTF-8 without one.</source>
        <translation>Le fichier commence par une marque d&apos;ordre des octets (BOM). runc lit config.json avec le décodeur JSON de Go, qui la refuse&#xa0;; enregistrez le fichier en UTF-8 sans BOM.</translation>
    </message>
    <message>
        <source>runc reads config.json with Go&apos;s JSON decoder, which refuses -0 for a field without a sign; write 0.</source>
        <translation>runc lit config.json avec le décodeur JSON de Go, qui refuse -0 pour un champ non signé&#xa0;; écrivez 0.</translation>
    </message>
    <message>
        <source>The container has a user namespace but no %1; runc refuses to start without them.</source>
        <translation>Le conteneur a un espace de noms utilisateur mais pas de %1&#xa0;; runc refuse de démarrer sans.</translation>
    </message>
    <message>
        <source>%1 gives the container&apos;s %2 0 no host ID; runc needs it for the container&apos;s root and refuses to start.</source>
        <translation>%1 ne donne au %2 0 du conteneur aucun ID de l&apos;hôte&#xa0;; runc en a besoin pour le root du conteneur et refuse de démarrer.</translation>
    </message>
    <message>
        <source>The process runs as %1 %2, which %3 does not map; runc refuses to start it.</source>
        <translation>Le processus s&apos;exécute en tant que %1 %2, que %3 ne fait pas correspondre&#xa0;; runc refuse de le démarrer.</translation>
    </message>
    <message>
        <source>Version %1 is not a 1.x release; this editor only knows the rules of runtime-spec 1.x.</source>
        <translation>La version %1 n&apos;est pas une version 1.x&#xa0;; cet éditeur ne connaît que les règles de runtime-spec 1.x.</translation>
    </message>
    <message>
        <source>Version %1 is newer than %2, the latest this editor knows; newer fields are reported as unknown.</source>
        <translation>La version %1 est plus récente que %2, la dernière que connaît cet éditeur&#xa0;; les champs plus récents sont signalés comme inconnus.</translation>
    </message>
</context>
<context>
    <name>ValuePlacement</name>
    <message>
        <source>The whole configuration must be a JSON object.</source>
        <translation>La configuration entière doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Cannot set a value %1 levels deep: a configuration nests at most %2 levels.</source>
        <translation>Impossible de définir une valeur à %1 niveaux de profondeur&#xa0;: une configuration s&apos;imbrique sur %2 niveaux au plus.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot set %1: the array has %n element(s); use an index below that, or &quot;-&quot; to append.</source>
        <translation>
            <numerusform>Impossible de définir %1&#xa0;: le tableau a %n élément&#xa0;; utilisez un index inférieur, ou &quot;-&quot; pour ajouter à la fin.</numerusform>
            <numerusform>Impossible de définir %1&#xa0;: le tableau a %n éléments&#xa0;; utilisez un index inférieur, ou &quot;-&quot; pour ajouter à la fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot set %1: %2 holds a %3 value, not an object or array.</source>
        <translation>Impossible de définir %1&#xa0;: %2 contient une valeur de type %3, pas un objet ni un tableau.</translation>
    </message>
    <message>
        <source>Cannot set %1: &quot;-&quot; appends to an array, and there is none at %2 yet.</source>
        <translation>Impossible de définir %1&#xa0;: &quot;-&quot; ajoute à la fin d&apos;un tableau, et il n&apos;y en a pas encore en %2.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;OCI Bundle Editor&lt;/h2&gt;&lt;p&gt;A bundle is a directory with a config.json, which says how to run a container, and the root filesystem it runs in. Open one to edit, check and run it, or start a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OCI Bundle Editor&lt;/h2&gt;&lt;p&gt;Un bundle est un répertoire contenant un config.json, qui indique comment exécuter un conteneur, et le système de fichiers racine dans lequel il s&apos;exécute. Ouvrez-en un pour le modifier, le vérifier et l&apos;exécuter, ou commencez-en un nouveau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Open Bundle…</source>
        <translation>Ouvrir un bundle…</translation>
    </message>
    <message>
        <source>A bundle directory or its config.json</source>
        <translation>Un répertoire de bundle ou son config.json</translation>
    </message>
    <message>
        <source>New from Template: %1</source>
        <extracomment>%1 is a template&apos;s name, e.g. &quot;runc spec&quot;.</extracomment>
        <translation>Nouveau à partir du modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>New from Image…</source>
        <translation>Nouveau depuis une image…</translation>
    </message>
    <message>
        <source>An OCI image layout, an image archive or a registry image, unpacked into a bundle</source>
        <translation>Une disposition d&apos;image OCI, une archive d&apos;image ou une image de registre, décompressée dans un bundle</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Learn OCI</source>
        <translation>Découvrir OCI</translation>
    </message>
    <message>
        <source>Bundles, the lifecycle, namespaces, capabilities, mounts, cgroups and hooks, shown with the open bundle&apos;s own values</source>
        <translation>Les bundles, le cycle de vie, les espaces de noms, les capacités, les montages, les cgroups et les hooks, illustrés par les valeurs du bundle ouvert</translation>
    </message>
    <message>
        <source>Recent Bundles</source>
        <translation>Bundles récents</translation>
    </message>
    <message>
        <source>Recent bundles</source>
        <translation>Bundles récents</translation>
    </message>
    <message>
        <source>Double-click a bundle to open it.</source>
        <translation>Double-cliquez sur un bundle pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Bundles opened before; Enter opens the current one</source>
        <translation>Bundles ouverts précédemment&#xa0;; Entrée ouvre le bundle courant</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>oci-bundle-editor: cannot load the editor window (%1).
The headless subcommands still work; see oci-bundle-editor --help.
</source>
        <translation>oci-bundle-editor&#xa0;: impossible de charger la fenêtre de l&apos;éditeur (%1).
Les sous-commandes sans interface fonctionnent toujours&#xa0;; voir oci-bundle-editor --help.
</translation>
    </message>
</context>
</TS>
