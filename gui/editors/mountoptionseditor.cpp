// SPDX-License-Identifier: Apache-2.0
#include "mountoptionseditor.h"

#include "document/specdocument.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace {

struct FlagGroup
{
    const char *title;
    QStringList flags;
    bool exclusive;
};

// The option flags offered as check boxes, grouped as the kernel reads them.
const QList<FlagGroup> &flagGroups()
{
    static const QList<FlagGroup> groups{
        {QT_TRANSLATE_NOOP("MountOptionsEditor", "Access:"), {QStringLiteral("ro"), QStringLiteral("rw")}, true},
        {QT_TRANSLATE_NOOP("MountOptionsEditor", "Restrictions:"),
         {QStringLiteral("nosuid"), QStringLiteral("nodev"), QStringLiteral("noexec"), QStringLiteral("nosymfollow")},
         false},
        {QT_TRANSLATE_NOOP("MountOptionsEditor", "Access times:"),
         {QStringLiteral("relatime"), QStringLiteral("strictatime"), QStringLiteral("noatime")},
         true},
        {QT_TRANSLATE_NOOP("MountOptionsEditor", "Bind:"), {QStringLiteral("bind"), QStringLiteral("rbind")}, true},
        {QT_TRANSLATE_NOOP("MountOptionsEditor", "ID mapping:"),
         {QStringLiteral("idmap"), QStringLiteral("ridmap")},
         true},
        {QT_TRANSLATE_NOOP("MountOptionsEditor", "Propagation:"),
         {QStringLiteral("private"), QStringLiteral("rprivate"), QStringLiteral("shared"), QStringLiteral("rshared"),
          QStringLiteral("slave"), QStringLiteral("rslave"), QStringLiteral("unbindable"),
          QStringLiteral("runbindable")},
         true},
    };
    return groups;
}

const FlagGroup *groupOf(const QString &flag)
{
    for (const FlagGroup &group : flagGroups()) {
        if (group.flags.contains(flag))
            return &group;
    }
    return nullptr;
}

} // namespace

MountOptionsEditor::MountOptionsEditor(SpecDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_other(new QLineEdit(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (const FlagGroup &group : flagGroups()) {
        auto *row = new QHBoxLayout;
        QString label = tr(group.title);
        for (const QString &flag : group.flags) {
            // Four to a line keeps the form narrow enough for a small window.
            if (row->count() == 4) {
                row->addStretch();
                form->addRow(label, row);
                label.clear();
                row = new QHBoxLayout;
            }
            // The option names are the kernel's words and stay untranslated.
            auto *box = new QCheckBox(flag, this);
            box->setObjectName(QStringLiteral("option_") + flag);
            box->installEventFilter(this);
            m_flags.insert(flag, box);
            row->addWidget(box);
            connect(box, &QCheckBox::clicked, this,
                    [this, flag](bool on) { write(withFlag(currentOptions(), flag, on)); });
        }
        row->addStretch();
        form->addRow(label, row);
    }
    // The text field was made first but comes after the check boxes.
    QWidget::setTabOrder(m_flags.value(flagGroups().last().flags.last()), m_other);
    m_other->setObjectName(QStringLiteral("otherOptions"));
    m_other->setPlaceholderText(tr("e.g. mode=755,size=65536k"));
    m_other->setToolTip(tr("Options without a check box, separated by commas; filesystems take their own "
                           "options here."));
    m_other->installEventFilter(this);
    form->addRow(tr("&Other:"), m_other);
    connect(m_other, &QLineEdit::textEdited, this, [this](const QString &text) {
        QStringList others;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                others << part.trimmed();
        }
        write(withOtherOptions(currentOptions(), others));
    });
    connect(document, &SpecDocument::contentsChanged, this, &MountOptionsEditor::refresh);
    connect(document, &SpecDocument::reset, this, &MountOptionsEditor::refresh);
}

void MountOptionsEditor::setPointer(const JsonPointer &pointer)
{
    m_pointer = pointer;
    m_other->clear();
    refresh();
}

QStringList MountOptionsEditor::knownFlags()
{
    QStringList flags;
    for (const FlagGroup &group : flagGroups())
        flags << group.flags;
    return flags;
}

QStringList MountOptionsEditor::withFlag(const QStringList &options, const QString &flag, bool on)
{
    QStringList result;
    const FlagGroup *group = groupOf(flag);
    for (const QString &option : options) {
        const bool excluded = option == flag || (on && group && group->exclusive && group->flags.contains(option));
        if (!excluded)
            result << option;
    }
    if (on)
        result << flag;
    return result;
}

QStringList MountOptionsEditor::withOtherOptions(const QStringList &options, const QStringList &others)
{
    const QStringList flags = knownFlags();
    QStringList result;
    qsizetype next = 0;
    for (const QString &option : options) {
        if (flags.contains(option))
            result << option;
        else if (next < others.size())
            result << others[next++];
    }
    result << others.mid(next);
    return result;
}

QStringList MountOptionsEditor::currentOptions() const
{
    QStringList options;
    const Json *value = m_document->value(m_pointer);
    if (!value || !value->is_array())
        return options;
    for (const Json &option : *value)
        options << (option.is_string() ? JsonUtil::toQString(option.get_ref<const std::string &>())
                                       : JsonUtil::toDisplayString(option));
    return options;
}

void MountOptionsEditor::refresh()
{
    const QStringList options = currentOptions();
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        it.value()->setChecked(options.contains(it.key()));
    if (m_writing)
        return; // keep the text as typed, spaces after commas included
    QStringList others;
    const QStringList flags = knownFlags();
    for (const QString &option : options) {
        if (!flags.contains(option))
            others << option;
    }
    const QString text = others.join(QLatin1Char(','));
    if (m_other->text() != text)
        m_other->setText(text);
}

void MountOptionsEditor::write(const QStringList &options)
{
    m_writing = true;
    if (options.isEmpty()) {
        m_document->removeValue(m_pointer, tr("Clear mount options"));
    } else {
        Json list = Json::array();
        for (const QString &option : options)
            list.push_back(JsonUtil::toStd(option));
        m_document->setValue(m_pointer, list, tr("Set mount options"));
    }
    m_writing = false;
}

bool MountOptionsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && watched->isWidgetType())
        Q_EMIT fieldFocused(m_pointer);
    return QWidget::eventFilter(watched, event);
}
