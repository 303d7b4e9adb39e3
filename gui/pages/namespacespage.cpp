// SPDX-License-Identifier: Apache-2.0
#include "namespacespage.h"

#include "document/specdocument.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

const JsonPointer kNamespaces("/linux/namespaces");

struct NamespaceText
{
    const char *type;
    const char *label;
    const char *sharing;
    const char *isolated;
};

// What each type isolates, as the consequence of not isolating it.
const NamespaceText kTexts[] = {
    {"pid", QT_TRANSLATE_NOOP("NamespacesPage", "&PID"),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "Shared with the host, the container sees every host process and can "
                       "signal those its user may signal."),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "A new namespace: the container sees only its own processes, and its first process is PID 1.")},
    {"network", QT_TRANSLATE_NOOP("NamespacesPage", "&Network"),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "Shared with the host, the container uses the host's interfaces, "
                       "addresses, routes and ports."),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "A new namespace: the container starts with only a loopback interface; give it a network with a "
                       "hook or another tool.")},
    {"mount", QT_TRANSLATE_NOOP("NamespacesPage", "&Mount"),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "Shared with the host, every mount the container makes lands in the "
                       "host's mount table; runtimes refuse to do that."),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "A new namespace: the container's mounts stay its own, and the host does not see them.")},
    {"ipc", QT_TRANSLATE_NOOP("NamespacesPage", "&IPC"),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "Shared with the host, the container can reach the host's shared "
                       "memory segments, semaphores and message queues."),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "A new namespace: the container's shared memory, semaphores and message queues are its own.")},
    {"uts", QT_TRANSLATE_NOOP("NamespacesPage", "&UTS"),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "Shared with the host, setting the container's hostname renames the "
                       "host itself."),
     QT_TRANSLATE_NOOP("NamespacesPage", "A new namespace: the container's hostname and domain name are its own.")},
    {"user", QT_TRANSLATE_NOOP("NamespacesPage", "U&ser"),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "Shared with the host, user and group IDs are not translated, so root "
                       "in the container is root on the host."),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "A new namespace: user and group IDs are translated by the ID mappings, so root in the "
                       "container can be an ordinary user on the host.")},
    {"cgroup", QT_TRANSLATE_NOOP("NamespacesPage", "&Cgroup"),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "Shared with the host, the container sees the host's whole cgroup tree "
                       "and its own full path in it."),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "A new namespace: the container sees its own cgroup as the root of the tree.")},
    {"time", QT_TRANSLATE_NOOP("NamespacesPage", "&Time"),
     QT_TRANSLATE_NOOP("NamespacesPage",
                       "Shared with the host, the container's monotonic and boot-time clocks "
                       "read the same as the host's and cannot be offset."),
     QT_TRANSLATE_NOOP(
         "NamespacesPage",
         "A new namespace: the container's monotonic and boot-time clocks can be offset from the host's.")},
};

} // namespace

NamespacesPage::NamespacesPage(SpecDocument *document, QWidget *parent) : EditorPage(document, parent)
{
    // Each row edits the element of its type, which it finds by "type".
    addNamedPointer(kNamespaces / size_t(0) / "type");
    addNamedPointer(kNamespaces / size_t(0) / "path");
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    auto *intro = new QLabel(tr("A namespace gives the container its own view of one kind of system "
                                "resource. Choose for each kind whether the container gets a new one, joins "
                                "an existing one (a path such as /proc/1234/ns/net), or shares the host's."),
                             content);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 3);
    int line = 1;
    for (const NamespaceText &text : kTexts) {
        const QString type = QString::fromLatin1(text.type);
        auto *label = new QLabel(tr(text.label), content);
        auto *choice = new QComboBox(content);
        choice->setObjectName(QStringLiteral("choice_") + type);
        choice->addItems({tr("Shared with the host"), tr("New namespace"), tr("Join the namespace at")});
        label->setBuddy(choice);
        auto *path = new QLineEdit(content);
        path->setObjectName(QStringLiteral("path_") + type);
        path->setPlaceholderText(tr("/proc/<pid>/ns/…"));
        path->setAccessibleName(tr("%1 namespace to join").arg(label->text().remove(QLatin1Char('&'))));
        path->setAccessibleDescription(
            tr("A path such as /proc/1234/ns/net; used when the choice is \"Join the namespace at\""));
        auto *sharing = new QLabel(content);
        sharing->setObjectName(QStringLiteral("hint_") + type);
        sharing->setWordWrap(true);
        sharing->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(label, line, 0);
        grid->addWidget(choice, line, 1);
        grid->addWidget(path, line, 2);
        grid->addWidget(sharing, line + 1, 1, 1, 2);
        grid->setRowMinimumHeight(line + 2, fontMetrics().height() / 2);
        line += 3;

        const Row row{type, choice, path, sharing, text.sharing, text.isolated};
        m_rows.append(row);
        choice->installEventFilter(this);
        path->installEventFilter(this);
        connect(choice, &QComboBox::activated, this, [this, row](int index) { choose(row, index); });
        connect(path, &QLineEdit::textEdited, this, [this, row](const QString &text) { writePath(row, text); });
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(line, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(document, &SpecDocument::contentsChanged, this, &NamespacesPage::refresh);
    connect(document, &SpecDocument::reset, this, &NamespacesPage::refresh);
    refresh();
}

QString NamespacesPage::title() const
{
    return tr("Namespaces");
}

QList<JsonPointer> NamespacesPage::coveredPointers() const
{
    return {kNamespaces};
}

QStringList NamespacesPage::types()
{
    QStringList result;
    for (const NamespaceText &text : kTexts)
        result << QString::fromLatin1(text.type);
    return result;
}

QComboBox *NamespacesPage::choiceBox(const QString &type) const
{
    for (const Row &row : m_rows) {
        if (row.type == type)
            return row.choice;
    }
    return nullptr;
}

QLineEdit *NamespacesPage::pathEdit(const QString &type) const
{
    for (const Row &row : m_rows) {
        if (row.type == type)
            return row.path;
    }
    return nullptr;
}

bool NamespacesPage::focusPointer(const JsonPointer &pointer)
{
    if (!JsonUtil::startsWith(pointer, kNamespaces))
        return false;
    const std::vector<std::string> tokens = JsonUtil::tokens(pointer);
    const size_t depth = JsonUtil::tokens(kNamespaces).size();
    const Json *list = document()->value(kNamespaces);
    const int index = tokens.size() > depth ? JsonUtil::arrayIndex(tokens[depth]) : -1;
    if (list && list->is_array() && index >= 0 && size_t(index) < list->size()) {
        // Each row edits the first element of its type; a second one of
        // that type, or one of a type without a row, only the JSON tree shows.
        const QString type = JsonUtil::toQString((*list)[size_t(index)].value("type", std::string()));
        if (indexOf(type) != index || !choiceBox(type))
            return false;
        const bool pathField = tokens.size() > depth + 1 && tokens[depth + 1] == "path";
        QWidget *widget = pathField ? static_cast<QWidget *>(pathEdit(type)) : choiceBox(type);
        widget->setFocus(Qt::OtherFocusReason);
        return true;
    }
    // The list as a whole: what it lacks matters, so the first type it
    // shares with the host.
    for (const Row &row : std::as_const(m_rows)) {
        if (indexOf(row.type) < 0) {
            row.choice->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    m_rows.first().choice->setFocus(Qt::OtherFocusReason);
    return true;
}

bool NamespacesPage::eventFilter(QObject *watched, QEvent *event)
{
    // The Explain panel shows the namespace element, or the list for a
    // type that is shared and so has no element.
    if (event->type() == QEvent::FocusIn) {
        for (const Row &row : std::as_const(m_rows)) {
            if (watched != row.choice && watched != row.path)
                continue;
            const int index = indexOf(row.type);
            JsonPointer pointer = index < 0 ? kNamespaces : kNamespaces / size_t(index);
            if (index >= 0 && watched == row.path)
                pointer /= "path";
            Q_EMIT fieldFocused(pointer);
        }
    }
    return EditorPage::eventFilter(watched, event);
}

int NamespacesPage::indexOf(const QString &type) const
{
    const Json *list = document()->value(kNamespaces);
    if (!list || !list->is_array())
        return -1;
    const std::string wanted = JsonUtil::toStd(type);
    for (size_t i = 0; i < list->size(); ++i) {
        const Json &element = (*list)[i];
        if (element.is_object() && element.value("type", Json()) == wanted)
            return int(i);
    }
    return -1;
}

void NamespacesPage::choose(const Row &row, int choice)
{
    const int index = indexOf(row.type);
    const JsonPointer element = kNamespaces / size_t(qMax(index, 0));
    const QString path = row.path->text();
    m_writing = true;
    switch (choice) {
    case Shared:
        if (index >= 0)
            document()->removeValue(element, tr("Share the %1 namespace with the host").arg(row.type));
        break;
    case New:
        if (index < 0)
            document()->insertValue(kNamespaces, -1, Json::object({{"type", JsonUtil::toStd(row.type)}}),
                                    tr("Create a new %1 namespace").arg(row.type));
        else
            document()->removeValue(element / "path", tr("Create a new %1 namespace").arg(row.type));
        break;
    case Join:
        // The path may still be empty: the field is focused for the user to fill.
        if (index < 0)
            document()->insertValue(
                kNamespaces, -1, Json::object({{"type", JsonUtil::toStd(row.type)}, {"path", JsonUtil::toStd(path)}}),
                tr("Join a %1 namespace").arg(row.type));
        else
            document()->setValue(element / "path", Json(JsonUtil::toStd(path)),
                                 tr("Join a %1 namespace").arg(row.type));
        row.path->setFocus(Qt::OtherFocusReason);
        break;
    }
    m_writing = false;
    refresh();
}

void NamespacesPage::writePath(const Row &row, const QString &path)
{
    const int index = indexOf(row.type);
    m_writing = true;
    if (index < 0)
        document()->insertValue(kNamespaces, -1,
                                Json::object({{"type", JsonUtil::toStd(row.type)}, {"path", JsonUtil::toStd(path)}}),
                                tr("Join a %1 namespace").arg(row.type));
    else
        document()->setValue(kNamespaces / size_t(index) / "path", Json(JsonUtil::toStd(path)),
                             tr("Set the %1 namespace path").arg(row.type));
    m_writing = false;
}

void NamespacesPage::refresh()
{
    const Json *list = document()->value(kNamespaces);
    for (const Row &row : std::as_const(m_rows)) {
        const int index = indexOf(row.type);
        const Json *element = index >= 0 ? &(*list)[size_t(index)] : nullptr;
        const Json *path = element ? JsonUtil::find(*element, JsonPointer("/path")) : nullptr;
        const Choice choice = !element ? Shared : path ? Join : New;
        row.choice->setCurrentIndex(choice);
        row.path->setEnabled(choice == Join);
        switch (choice) {
        case Shared: row.hint->setText(tr(row.sharing)); break;
        case New: row.hint->setText(tr(row.isolated)); break;
        case Join:
            row.hint->setText(tr("Joined: the container shares this namespace with the processes already in it, "
                                 "which must exist on the host when the container starts."));
            break;
        }
        // While typing, the text stays as the user left it.
        if (m_writing && row.path->hasFocus())
            continue;
        const QString text =
            path && path->is_string() ? JsonUtil::toQString(path->get_ref<const std::string &>()) : QString();
        if (choice == Join && row.path->text() != text)
            row.path->setText(text);
    }
}
