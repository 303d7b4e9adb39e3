// SPDX-License-Identifier: Apache-2.0
#include "conceptpage.h"

#include "idmapping.h"
#include "ocispec/jsonaccess.h"
#include "ocispec/speccatalogue.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <map>

namespace {

using JsonAccess::member;
using JsonAccess::memberPath;
using JsonAccess::stringOf;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString code(const QString &text)
{
    return QStringLiteral("<code>%1</code>").arg(escaped(text));
}

QString paragraph(const QString &html)
{
    return QStringLiteral("<p>%1</p>").arg(html);
}

QString fieldLink(const QString &pointer)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(ConceptTopics::fieldUrl(pointer).toString(QUrl::FullyEncoded),
             escaped(SpecCatalogue::instance().locationText(pointer)));
}

QString topicLink(ConceptTopic topic)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(ConceptTopics::topicUrl(topic).toString(), escaped(ConceptTopics::title(topic)));
}

// The links to the tabs that edit what the page explains.
QString editLinks(const QStringList &pointers)
{
    QStringList links;
    for (const QString &pointer : pointers)
        links << fieldLink(pointer);
    return paragraph(ConceptPage::tr("<b>Where to edit it:</b> %1").arg(links.join(QStringLiteral(" · "))));
}

QString thisBundleHeading()
{
    return QStringLiteral("<h3>%1</h3>").arg(escaped(ConceptPage::tr("In This Bundle")));
}

// cells are HTML already.
QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    for (const QString &header : headers)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(header));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td valign=\"top\">%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// A two-column table of labels (HTML) and values (HTML).
QString factTable(const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const QStringList &row : rows)
        html +=
            QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>").arg(row.at(0), row.at(1));
    return html + QStringLiteral("</table>");
}

QString notSet()
{
    return escaped(ConceptPage::tr("not set"));
}

QString yesNo(bool value)
{
    return escaped(value ? ConceptPage::tr("yes") : ConceptPage::tr("no"));
}

// A value as the page shows it: strings as they are, others as JSON.
QString valueText(const Json *value)
{
    if (!value)
        return notSet();
    if (const std::optional<QString> text = stringOf(value))
        return code(*text);
    return code(JsonUtil::toDisplayString(*value));
}

QStringList strings(const Json *array)
{
    QStringList list;
    if (!array || !array->is_array())
        return list;
    for (const Json &element : *array) {
        if (const std::optional<QString> text = stringOf(&element))
            list << *text;
    }
    return list;
}

bool boolOf(const Json *value)
{
    return value && value->is_boolean() && value->get<bool>();
}

QString bundleDirectoryText(const QString &bundleDirectory)
{
    return bundleDirectory.isEmpty() ? escaped(ConceptPage::tr("not saved yet"))
                                     : code(QDir::toNativeSeparators(bundleDirectory));
}

// --- the pages -----------------------------------------------------------------

QString bundlePage(const Json &root, const QString &bundleDirectory)
{
    QString html = paragraph(ConceptPage::tr(
        "A <b>bundle</b> is a directory that holds all a runtime such as runc needs to start a container: a file "
        "named <code>config.json</code>, which describes the process, its environment and its isolation, and a "
        "<b>root filesystem</b>, the directory tree the process sees as <code>/</code>."));
    html += paragraph(ConceptPage::tr(
        "A runtime knows nothing about images or layers: unpacking an image into a root filesystem is the job of "
        "tools such as umoci, and the bundle is what they leave behind. <code>root.path</code> names the root "
        "filesystem, usually relative to the bundle directory; with <code>root.readonly</code> the container "
        "cannot write to it."));

    html += thisBundleHeading();
    const std::optional<QString> rootPath = stringOf(memberPath(root, {"root", "path"}));
    QString rootText = notSet();
    QString status = escaped(ConceptPage::tr("unknown until a root filesystem is named"));
    if (rootPath) {
        const QString absolute =
            bundleDirectory.isEmpty() ? *rootPath : QDir(bundleDirectory).absoluteFilePath(*rootPath);
        rootText = code(*rootPath);
        if (absolute != *rootPath)
            rootText += QStringLiteral(" → ") + code(QDir::toNativeSeparators(absolute));
        const QFileInfo info(absolute);
        if (bundleDirectory.isEmpty() && QDir::isRelativePath(*rootPath))
            status = escaped(ConceptPage::tr("unknown until the bundle is saved"));
        else if (!info.exists())
            status = escaped(ConceptPage::tr("missing: the container cannot start until it exists"));
        else if (!info.isDir())
            status = escaped(ConceptPage::tr("not a directory: the container cannot start"));
        else {
            const qsizetype entries =
                QDir(absolute).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).size();
            status = escaped(ConceptPage::tr("a directory with %n entries at its top", nullptr, int(entries)));
        }
    }
    html += factTable({
        {escaped(ConceptPage::tr("Bundle directory")), bundleDirectoryText(bundleDirectory)},
        {escaped(ConceptPage::tr("Specification version")), valueText(member(root, "ociVersion"))},
        {escaped(ConceptPage::tr("Root filesystem")), rootText},
        {escaped(ConceptPage::tr("Its state")), status},
        {escaped(ConceptPage::tr("Read-only")), yesNo(boolOf(memberPath(root, {"root", "readonly"})))},
    });
    html += paragraph(
        ConceptPage::tr("Next: %1, what a runtime does with the bundle.").arg(topicLink(ConceptTopic::Lifecycle)));
    html += editLinks({QStringLiteral("/root/path"), QStringLiteral("/root/readonly"), QStringLiteral("/ociVersion")});
    return html;
}

QString hookCount(const Json &root, const char *phase)
{
    const Json *hooks = memberPath(root, {"hooks", phase});
    const int count = hooks && hooks->is_array() ? int(hooks->size()) : 0;
    //: %1 is the hook phase, e.g. createRuntime.
    return escaped(ConceptPage::tr("%n %1 hook(s) of this bundle", nullptr, count).arg(QString::fromLatin1(phase)));
}

QString lifecyclePage(const Json &root, const QString &bundleDirectory)
{
    const QString id =
        bundleDirectory.isEmpty() ? QStringLiteral("mycontainer") : QFileInfo(bundleDirectory).fileName();
    const QString directory =
        bundleDirectory.isEmpty() ? QStringLiteral(".") : QDir::toNativeSeparators(bundleDirectory);
    QString html = paragraph(ConceptPage::tr(
        "A container created from a bundle passes through four states, and the runtime keeps track of them in "
        "its state directory (<code>runc list</code> shows them). Each runtime command moves it one step on."));

    // The states left to right, each arrow labelled with its command.
    const auto state = [](const QString &name) {
        return QStringLiteral("<td align=\"center\" style=\"border: 1px solid\"><b>%1</b></td>").arg(escaped(name));
    };
    const auto arrow = [](const QString &command) {
        return QStringLiteral("<td align=\"center\">%1<br>→</td>").arg(code(command));
    };
    html += QStringLiteral("<table cellspacing=\"4\" cellpadding=\"6\"><tr>") + state(ConceptPage::tr("creating"))
        + arrow(QStringLiteral("create")) + state(ConceptPage::tr("created")) + arrow(QStringLiteral("start"))
        + state(ConceptPage::tr("running")) + arrow(QStringLiteral("kill")) + state(ConceptPage::tr("stopped"))
        + arrow(QStringLiteral("delete")) + state(ConceptPage::tr("gone")) + QStringLiteral("</tr></table>");

    const QStringList args = strings(memberPath(root, {"process", "args"}));
    const QString program = args.isEmpty() ? escaped(ConceptPage::tr("(no program: process.args is empty)"))
                                           : code(args.join(QLatin1Char(' ')));
    html += thisBundleHeading();
    html +=
        table({ConceptPage::tr("Command"), ConceptPage::tr("What happens")},
              {
                  {code(QStringLiteral("runc create --bundle %1 %2").arg(directory, id)),
                   escaped(ConceptPage::tr("The state is creating while the runtime builds the namespaces, mounts and "
                                           "cgroup, and created once the environment is ready. The program has not run "
                                           "yet; the runtime's helper process waits in its place."))
                       + QStringLiteral("<br>") + hookCount(root, "createRuntime") + QStringLiteral(", ")
                       + hookCount(root, "createContainer")},
                  {code(QStringLiteral("runc start %1").arg(id)),
                   ConceptPage::tr("The state becomes running: the waiting process executes %1.").arg(program)
                       + QStringLiteral("<br>") + hookCount(root, "startContainer") + QStringLiteral(", ")
                       + hookCount(root, "poststart")},
                  {code(QStringLiteral("runc kill %1 SIGTERM").arg(id)),
                   escaped(ConceptPage::tr("Sends a signal. When the program ends, by a signal or by itself, the state "
                                           "is stopped; the container's resources still exist."))},
                  {code(QStringLiteral("runc delete %1").arg(id)),
                   escaped(ConceptPage::tr("Removes what create built; the container is gone."))
                       + QStringLiteral("<br>") + hookCount(root, "poststop")},
              });
    html += paragraph(ConceptPage::tr("<code>runc run</code> is create and start in one, and it waits for the "
                                      "program to end: %1. The Run mode does the same with its buttons.")
                          .arg(code(QStringLiteral("runc run --bundle %1 %2").arg(directory, id))));
    html += paragraph(
        ConceptPage::tr("See %1 for the programs that run between these steps.").arg(topicLink(ConceptTopic::Hooks)));
    html += paragraph(ConceptPage::tr("Every step of these commands for this bundle, in order and with the field "
                                      "that causes it, is in the Run mode's %1; it lights up as a container runs.")
                          .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                   .arg(ConceptTopics::timelineUrl().toString(), escaped(ConceptPage::tr("Timeline")))));
    html += editLinks({QStringLiteral("/process/args"), QStringLiteral("/hooks")});
    return html;
}

struct NamespaceKind
{
    const char *type;
    QString isolates;
};

QList<NamespaceKind> namespaceKinds()
{
    return {
        {"pid",
         escaped(ConceptPage::tr("process IDs: the container's first process is PID 1 and sees only the "
                                 "processes of its own namespace"))},
        {"network",
         escaped(ConceptPage::tr("network devices, addresses, routes, firewall rules and ports; a new "
                                 "one has only a loopback device"))},
        {"mount",
         escaped(ConceptPage::tr("the list of mounts, so that the container's mounts stay out of the "
                                 "host's view and the host's out of its view"))},
        {"ipc", escaped(ConceptPage::tr("System V IPC objects and POSIX message queues"))},
        {"uts", ConceptPage::tr("the host name and domain name (<code>hostname</code>, <code>domainname</code>)")},
        {"user",
         ConceptPage::tr("user and group IDs and the capabilities that come with them (see %1)")
             .arg(topicLink(ConceptTopic::UserNamespaces))},
        {"cgroup",
         escaped(ConceptPage::tr("the view of the cgroup tree: the container sees its own cgroup as the "
                                 "root"))},
        {"time", escaped(ConceptPage::tr("the monotonic and boot-time clocks"))},
    };
}

// What the bundle does with one namespace type: new, joined or the host's.
QString namespaceChoice(const Json &root, const QString &type)
{
    const Json *list = memberPath(root, {"linux", "namespaces"});
    if (list && list->is_array()) {
        for (const Json &entry : *list) {
            if (stringOf(member(entry, "type")) != type)
                continue;
            if (const std::optional<QString> path = stringOf(member(entry, "path")); path && !path->isEmpty())
                return ConceptPage::tr("joins %1").arg(code(*path));
            return escaped(ConceptPage::tr("new"));
        }
    }
    return escaped(ConceptPage::tr("shared with the host"));
}

QString namespacesPage(const Json &root)
{
    QString html = paragraph(ConceptPage::tr(
        "A namespace gives the processes inside it their own instance of one kind of system resource. For each "
        "entry of <code>linux.namespaces</code> without a path the container gets a new namespace of that type; "
        "an entry with a path joins a namespace that already exists, another container's for instance; a type "
        "that is not listed stays shared with the host."));
    html += thisBundleHeading();
    QList<QStringList> rows;
    for (const NamespaceKind &kind : namespaceKinds()) {
        const QString type = QString::fromLatin1(kind.type);
        rows.append({code(type), kind.isolates, namespaceChoice(root, type)});
    }
    html += table({ConceptPage::tr("Type"), ConceptPage::tr("What it isolates"), ConceptPage::tr("This bundle")}, rows);
    html += editLinks({QStringLiteral("/linux/namespaces"), QStringLiteral("/hostname")});
    return html;
}

QString idRange(quint64 first, quint64 size)
{
    if (size == 0)
        return escaped(ConceptPage::tr("none"));
    if (size == 1)
        return QString::number(first);
    return QStringLiteral("%1–%2").arg(first).arg(first + size - 1);
}

bool hasNamespace(const Json &root, const char *type)
{
    const Json *list = memberPath(root, {"linux", "namespaces"});
    if (!list || !list->is_array())
        return false;
    for (const Json &entry : *list) {
        if (stringOf(member(entry, "type")) == QLatin1String(type))
            return true;
    }
    return false;
}

// One line of the worked example: where container id `id` lands on the host.
QString mappedLine(const QList<IdMapping> &mappings, quint64 id, bool group)
{
    if (const std::optional<quint64> host = IdMapping::toHost(mappings, id)) {
        return group ? ConceptPage::tr("Container GID <b>%1</b> is host GID <b>%2</b>.").arg(id).arg(*host)
                     : ConceptPage::tr("Container UID <b>%1</b> is host UID <b>%2</b>.").arg(id).arg(*host);
    }
    return group ? ConceptPage::tr("Container GID <b>%1</b> has no mapping.").arg(id)
                 : ConceptPage::tr("Container UID <b>%1</b> has no mapping.").arg(id);
}

QString userNamespacesPage(const Json &root)
{
    QString html = paragraph(ConceptPage::tr(
        "In a user namespace every user and group ID has two values: the one the container's processes see and "
        "the one the host's kernel checks. <code>linux.uidMappings</code> and <code>linux.gidMappings</code> "
        "list ranges: <i>size</i> IDs from <i>containerID</i> on stand for as many IDs from <i>hostID</i> on. "
        "Root in the container can then be an ordinary user on the host, and its capabilities count only for "
        "what the namespace owns."));
    html += thisBundleHeading();
    const QList<IdMapping> uids = IdMapping::fromJson(memberPath(root, {"linux", "uidMappings"}));
    const QList<IdMapping> gids = IdMapping::fromJson(memberPath(root, {"linux", "gidMappings"}));
    const std::optional<quint64> processUid = JsonAccess::uint64Of(memberPath(root, {"process", "user", "uid"}));
    const std::optional<quint64> processGid = JsonAccess::uint64Of(memberPath(root, {"process", "user", "gid"}));

    if (!hasNamespace(root, "user")) {
        html += paragraph(escaped(ConceptPage::tr(
            "This bundle has no user namespace: the container's IDs are the host's, so UID 0 in the container is "
            "root on the host.")));
        if (processUid)
            html += paragraph(
                ConceptPage::tr("Its process runs as UID <b>%1</b>, which is host UID <b>%1</b>.").arg(*processUid));
        if (!uids.isEmpty() || !gids.isEmpty())
            html += paragraph(escaped(ConceptPage::tr("Its ID mappings take effect only once a user namespace is "
                                                      "added.")));
    } else {
        QList<QStringList> rows;
        for (const IdMapping &mapping : uids)
            rows.append({QStringLiteral("UID"), idRange(mapping.containerId, mapping.size),
                         idRange(mapping.hostId, mapping.size), QString::number(mapping.size)});
        for (const IdMapping &mapping : gids)
            rows.append({QStringLiteral("GID"), idRange(mapping.containerId, mapping.size),
                         idRange(mapping.hostId, mapping.size), QString::number(mapping.size)});
        if (rows.isEmpty()) {
            html += paragraph(escaped(ConceptPage::tr(
                "The bundle has a user namespace but no ID mappings: unless it joins an existing namespace by "
                "its path, the runtime has nothing to map and refuses to create the container.")));
        } else {
            html += table({ConceptPage::tr("Kind"), ConceptPage::tr("Container IDs"), ConceptPage::tr("Host IDs"),
                           ConceptPage::tr("Count")},
                          rows);
            html += QStringLiteral("<h3>%1</h3>").arg(escaped(ConceptPage::tr("Worked Example")));
            QStringList lines;
            lines << mappedLine(uids, 0, false);
            if (processUid && *processUid != 0)
                lines << mappedLine(uids, *processUid, false);
            lines << mappedLine(gids, 0, true);
            if (processGid && *processGid != 0)
                lines << mappedLine(gids, *processGid, true);
            if (processUid)
                lines << ConceptPage::tr("The process runs as container UID %1, so files it creates belong to "
                                         "the host UID it maps to.")
                             .arg(*processUid);
            html += QStringLiteral("<ul><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>")));
            if (const std::optional<quint64> unmapped = IdMapping::firstUnmapped(uids)) {
                html += paragraph(
                    ConceptPage::tr("UID <b>%1</b> is the first container UID without a mapping. No process in the "
                                    "container can switch to it, so a process user "
                                    "without a mapping makes the start fail. The other way round, a file owned by a "
                                    "host UID outside the mappings shows up inside as 65534, the overflow ID "
                                    "(usually named nobody), and cannot be changed.")
                        .arg(*unmapped));
            }
        }
    }
    html += editLinks({QStringLiteral("/linux/uidMappings"), QStringLiteral("/linux/gidMappings"),
                       QStringLiteral("/process/user/uid"), QStringLiteral("/linux/namespaces")});
    return html;
}

constexpr const char *capabilitySets[] = {"bounding", "effective", "inheritable", "permitted", "ambient"};

QString capabilitiesPage(const Json &root)
{
    QString html = paragraph(escaped(ConceptPage::tr(
        "Linux divides root's power into capabilities such as CAP_NET_ADMIN or CAP_SYS_ADMIN, each allowing one "
        "kind of privileged operation. A process holds five sets of them:")));
    html += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ul>")
                .arg(ConceptPage::tr("<b>Bounding</b>: the ceiling. A capability outside it can never be gained, "
                                     "not even by running a setuid program."),
                     ConceptPage::tr("<b>Effective</b>: what the kernel checks at this moment."),
                     ConceptPage::tr("<b>Inheritable</b>: what may pass on to a program the process executes, "
                                     "when that program's file allows it."),
                     ConceptPage::tr("<b>Permitted</b>: what the process may switch on in its effective set."),
                     ConceptPage::tr("<b>Ambient</b>: what passes on to executed programs without any file "
                                     "capabilities; this is how a process that is not root keeps capabilities "
                                     "across exec."));
    html += paragraph(escaped(ConceptPage::tr(
        "The kernel keeps a capability in the ambient set only while it is in both the permitted and the "
        "inheritable set, and drops it as soon as either loses it: ambient only carries along what the process "
        "could inherit anyway.")));

    html += thisBundleHeading();
    const Json *capabilities = memberPath(root, {"process", "capabilities"});
    std::map<QString, QList<bool>> matrix; // sorted by name
    QList<QSet<QString>> sets;
    for (const char *set : capabilitySets) {
        const QStringList names = strings(capabilities ? member(*capabilities, set) : nullptr);
        sets.append(QSet<QString>(names.begin(), names.end()));
    }
    for (qsizetype i = 0; i < sets.size(); ++i) {
        for (const QString &name : std::as_const(sets.at(i))) {
            QList<bool> &row = matrix[name];
            row.resize(sets.size());
            row[i] = true;
        }
    }
    if (matrix.empty()) {
        html += paragraph(escaped(ConceptPage::tr("This bundle lists no capabilities: its process starts with "
                                                  "none, even as root.")));
    } else {
        QList<QStringList> rows;
        for (const auto &[name, in] : matrix) {
            QStringList row{code(name)};
            for (bool held : in)
                row << (held ? QStringLiteral("✓") : QString());
            rows.append(row);
        }
        QStringList headers{ConceptPage::tr("Capability")};
        for (const char *set : capabilitySets)
            headers << QString::fromLatin1(set);
        html += table(headers, rows);
    }
    QStringList orphans;
    for (const QString &name : std::as_const(sets.at(4))) {
        if (!sets.at(3).contains(name) || !sets.at(2).contains(name))
            orphans << name;
    }
    orphans.sort();
    if (!orphans.isEmpty())
        html += paragraph(ConceptPage::tr("Ambient without being both permitted and inheritable: %1. The runtime "
                                          "cannot raise them.")
                              .arg(code(orphans.join(QStringLiteral(", ")))));
    QStringList pointers;
    for (const char *set : capabilitySets)
        pointers << QStringLiteral("/process/capabilities/") + QString::fromLatin1(set);
    html += editLinks(pointers);
    return html;
}

QString mountsPage(const Json &root)
{
    QString html = paragraph(ConceptPage::tr(
        "The container's filesystem starts as its root filesystem. The runtime then mounts the entries of "
        "<code>mounts</code> one after the other, each at its destination inside the container, so a later "
        "mount on the same path or on a parent path hides what an earlier one put there. A <code>bind</code> "
        "mount shows a host directory or file inside; other types such as <code>proc</code> or "
        "<code>tmpfs</code> make a new filesystem of that type."));
    html += thisBundleHeading();
    const Json *mounts = member(root, "mounts");
    QList<QStringList> rows;
    if (mounts && mounts->is_array()) {
        int number = 0;
        for (const Json &mount : *mounts) {
            ++number;
            const std::optional<QString> destination = stringOf(member(mount, "destination"));
            const std::optional<QString> type = stringOf(member(mount, "type"));
            const std::optional<QString> source = stringOf(member(mount, "source"));
            rows.append({QString::number(number), destination ? code(*destination) : QString(),
                         type ? code(*type) : QString(), source ? code(*source) : QString(),
                         escaped(strings(member(mount, "options")).join(QStringLiteral(", ")))});
        }
    }
    if (rows.isEmpty())
        html += paragraph(escaped(ConceptPage::tr("This bundle has no mounts: the container sees its root "
                                                  "filesystem alone, without /proc.")));
    else
        html += table({ConceptPage::tr("Order"), ConceptPage::tr("Destination"), ConceptPage::tr("Type"),
                       ConceptPage::tr("Source"), ConceptPage::tr("Options")},
                      rows);
    html += paragraph(escaped(ConceptPage::tr(
        "After the mounts, masked paths are covered so that nothing can be read there, and read-only paths are "
        "mounted again read-only: both keep the container away from parts of /proc and /sys.")));
    const QStringList masked = strings(memberPath(root, {"linux", "maskedPaths"}));
    const QStringList readOnly = strings(memberPath(root, {"linux", "readonlyPaths"}));
    html += factTable({
        {escaped(ConceptPage::tr("Root filesystem read-only")), yesNo(boolOf(memberPath(root, {"root", "readonly"})))},
        {escaped(ConceptPage::tr("Root propagation")), valueText(memberPath(root, {"linux", "rootfsPropagation"}))},
        {escaped(ConceptPage::tr("Masked paths")),
         masked.isEmpty() ? escaped(ConceptPage::tr("none")) : code(masked.join(QStringLiteral(", ")))},
        {escaped(ConceptPage::tr("Read-only paths")),
         readOnly.isEmpty() ? escaped(ConceptPage::tr("none")) : code(readOnly.join(QStringLiteral(", ")))},
    });
    html +=
        editLinks({QStringLiteral("/mounts"), QStringLiteral("/root/readonly"), QStringLiteral("/linux/maskedPaths"),
                   QStringLiteral("/linux/readonlyPaths"), QStringLiteral("/linux/rootfsPropagation")});
    return html;
}

// The limits the page lists, in the order a reader looks for them.
constexpr const char *resourceFields[] = {
    "/linux/cgroupsPath",
    "/linux/resources/memory/limit",
    "/linux/resources/memory/reservation",
    "/linux/resources/memory/swap",
    "/linux/resources/cpu/shares",
    "/linux/resources/cpu/quota",
    "/linux/resources/cpu/period",
    "/linux/resources/cpu/cpus",
    "/linux/resources/pids/limit",
    "/linux/resources/blockIO/weight",
};

// 268435456 as "256 MiB", 1610612736 as "1.5 GiB": decimals only where the
// size is no whole number of its unit.
QString dataSize(qint64 bytes)
{
    qint64 unit = 1;
    while (unit <= bytes / 1024)
        unit *= 1024;
    return QLocale().formattedDataSize(bytes, bytes % unit == 0 ? 0 : 1);
}

QString resourceValue(const Json &root, const QString &pointer)
{
    const Json *value = JsonUtil::find(root, JsonPointer(JsonUtil::toStd(pointer)));
    if (!value)
        return escaped(ConceptPage::tr("not set: no limit"));
    const FieldInfo *field = SpecCatalogue::instance().field(pointer);
    const std::optional<qint64> number = JsonAccess::int64Of(value);
    if (field && number && *number > 0 && field->unit == Unit::Bytes)
        return ConceptPage::tr("%1 bytes (%2)").arg(code(QString::number(*number)), escaped(dataSize(*number)));
    QString text = valueText(value);
    if (field && field->unit != Unit::None)
        text += QLatin1Char(' ') + escaped(SpecCatalogue::unitName(field->unit));
    return text;
}

QString cgroupsPage(const Json &root)
{
    QString html = paragraph(ConceptPage::tr(
        "Control groups (cgroups) gather processes so that the kernel can account for what they use together "
        "and limit it. The runtime puts the container's processes into a cgroup, the one named by "
        "<code>linux.cgroupsPath</code> or one it names itself, and writes the limits of "
        "<code>linux.resources</code> into it. A limit that is not set leaves that resource unlimited."));
    html += thisBundleHeading();
    QList<QStringList> rows;
    for (const char *pointer : resourceFields) {
        const QString text = QString::fromLatin1(pointer);
        rows.append({fieldLink(text), resourceValue(root, text)});
    }
    const Json *devices = memberPath(root, {"linux", "resources", "devices"});
    const int deviceRules = devices && devices->is_array() ? int(devices->size()) : 0;
    rows.append({fieldLink(QStringLiteral("/linux/resources/devices")),
                 escaped(ConceptPage::tr("%n rule(s) allowing or denying device access", nullptr, deviceRules))});
    html += table({ConceptPage::tr("Limit"), ConceptPage::tr("This bundle")}, rows);

    const std::optional<qint64> quota = JsonAccess::int64Of(memberPath(root, {"linux", "resources", "cpu", "quota"}));
    const std::optional<quint64> period =
        JsonAccess::uint64Of(memberPath(root, {"linux", "resources", "cpu", "period"}));
    if (quota && *quota > 0 && period && *period > 0) {
        html += paragraph(ConceptPage::tr("The CPU quota allows %1 µs of CPU time in every %2 µs: as much as "
                                          "%3 CPUs could do.")
                              .arg(*quota)
                              .arg(*period)
                              .arg(QLocale().toString(double(*quota) / double(*period), 'g', 3)));
    }
    html += paragraph(ConceptPage::tr("The Run mode charts what the running container uses against these "
                                      "limits."));
    return html;
}

QString securityPage(const Json &root)
{
    QString html = paragraph(ConceptPage::tr(
        "<b>Seccomp</b> filters system calls: the kernel compares every call with a list of rules and allows "
        "it, fails it with an error or stops the process. <code>linux.seccomp</code> names the action for calls "
        "that no rule matches and the rules for the others."));
    html += paragraph(ConceptPage::tr(
        "<b>AppArmor</b> and <b>SELinux</b> are mandatory access control: a profile or a label, loaded on the "
        "host, decides which files, network operations and capabilities the process may use, even as root. "
        "Which of the two a host has depends on its distribution."));
    html += paragraph(ConceptPage::tr(
        "<b>noNewPrivileges</b> means that executing a program can never add privileges: setuid bits and file "
        "capabilities are ignored. It also lets a process install a seccomp filter without CAP_SYS_ADMIN."));
    html += thisBundleHeading();

    const Json *seccomp = memberPath(root, {"linux", "seccomp"});
    QString seccompText = escaped(ConceptPage::tr("none: every system call is allowed"));
    if (seccomp && seccomp->is_object()) {
        const Json *syscalls = member(*seccomp, "syscalls");
        const int rules = syscalls && syscalls->is_array() ? int(syscalls->size()) : 0;
        const std::optional<QString> action = stringOf(member(*seccomp, "defaultAction"));
        seccompText = ConceptPage::tr("%n rule(s); calls without a rule get %1", nullptr, rules)
                          .arg(action ? code(*action) : notSet());
        const QStringList architectures = strings(member(*seccomp, "architectures"));
        if (!architectures.isEmpty())
            seccompText += QStringLiteral("<br>")
                + ConceptPage::tr("Architectures: %1").arg(code(architectures.join(QStringLiteral(", "))));
    }
    QList<QStringList> rows = {
        {fieldLink(QStringLiteral("/linux/seccomp")), seccompText},
        {fieldLink(QStringLiteral("/process/apparmorProfile")),
         valueText(memberPath(root, {"process", "apparmorProfile"}))},
        {fieldLink(QStringLiteral("/process/selinuxLabel")), valueText(memberPath(root, {"process", "selinuxLabel"}))},
        {fieldLink(QStringLiteral("/process/noNewPrivileges")),
         yesNo(boolOf(memberPath(root, {"process", "noNewPrivileges"})))},
    };
    html += table({ConceptPage::tr("Setting"), ConceptPage::tr("This bundle")}, rows);
    return html;
}

struct HookPhase
{
    const char *name;
    QString when;
    QString where;
};

QList<HookPhase> hookPhases()
{
    const QString runtime = ConceptPage::tr("the runtime's namespaces");
    const QString container = ConceptPage::tr("the container's namespaces");
    return {
        {"prestart", ConceptPage::tr("during create, once the namespaces exist (deprecated: use createRuntime)"),
         runtime},
        {"createRuntime", ConceptPage::tr("during create, once the namespaces exist, before the root changes"),
         runtime},
        {"createContainer", ConceptPage::tr("during create, before the root changes"), container},
        {"startContainer", ConceptPage::tr("during start, just before the program runs"), container},
        {"poststart", ConceptPage::tr("after the program has started, before start returns"), runtime},
        {"poststop", ConceptPage::tr("after the container is deleted"), runtime},
    };
}

QString hooksPage(const Json &root)
{
    QString html = paragraph(escaped(ConceptPage::tr(
        "Hooks are programs the runtime runs at fixed points of the lifecycle, for work the container cannot "
        "do for itself, such as connecting it to a network. Each hook reads the container's state as JSON on "
        "its standard input. A hook that fails or runs past its timeout makes the runtime give up on the "
        "container, except poststart and poststop hooks, whose failures are only logged.")));
    html += thisBundleHeading();
    QList<QStringList> rows;
    QStringList pointers;
    for (const HookPhase &phase : hookPhases()) {
        const QString name = QString::fromLatin1(phase.name);
        pointers << QStringLiteral("/hooks/") + name;
        QStringList hooks;
        const Json *list = memberPath(root, {"hooks", phase.name});
        if (list && list->is_array()) {
            for (const Json &hook : *list) {
                QStringList command = strings(member(hook, "args"));
                const std::optional<QString> path = stringOf(member(hook, "path"));
                if (command.isEmpty() && path)
                    command << *path;
                QString line = code(path && !command.isEmpty() && command.first() != *path
                                        ? *path + QLatin1String(": ") + command.join(QLatin1Char(' '))
                                        : command.join(QLatin1Char(' ')));
                if (const std::optional<qint64> timeout = JsonAccess::int64Of(member(hook, "timeout")))
                    line += QLatin1Char(' ') + escaped(ConceptPage::tr("(timeout %1 s)").arg(*timeout));
                hooks << line;
            }
        }
        rows.append({code(name), escaped(phase.when), escaped(phase.where),
                     hooks.isEmpty() ? QStringLiteral("—") : hooks.join(QStringLiteral("<br>"))});
    }
    html += table({ConceptPage::tr("Phase"), ConceptPage::tr("When"), ConceptPage::tr("Where it runs"),
                   ConceptPage::tr("This bundle")},
                  rows);
    html += paragraph(
        ConceptPage::tr("See %1 for the states these phases lie between.").arg(topicLink(ConceptTopic::Lifecycle)));
    html += editLinks(pointers);
    return html;
}

} // namespace

QString ConceptPage::html(ConceptTopic topic, const Json &root, const QString &bundleDirectory)
{
    QString body;
    switch (topic) {
    case ConceptTopic::Bundle: body = bundlePage(root, bundleDirectory); break;
    case ConceptTopic::Lifecycle: body = lifecyclePage(root, bundleDirectory); break;
    case ConceptTopic::Namespaces: body = namespacesPage(root); break;
    case ConceptTopic::UserNamespaces: body = userNamespacesPage(root); break;
    case ConceptTopic::Capabilities: body = capabilitiesPage(root); break;
    case ConceptTopic::Mounts: body = mountsPage(root); break;
    case ConceptTopic::Cgroups: body = cgroupsPage(root); break;
    case ConceptTopic::Security: body = securityPage(root); break;
    case ConceptTopic::Hooks: body = hooksPage(root); break;
    }
    return QStringLiteral("<h2>%1</h2>").arg(escaped(ConceptTopics::title(topic))) + body;
}
