// SPDX-License-Identifier: Apache-2.0
#include "mountspage.h"

#include "editors/cellfocusreporter.h"
#include "editors/currentrowbinding.h"
#include "editors/idmappingtable.h"
#include "editors/mountoptionseditor.h"
#include "editors/nestedtableslot.h"

#include "editors/arraytableeditor.h"
#include "editors/fieldbinder.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const JsonPointer kMounts("/mounts");
}

MountsPage::MountsPage(SpecDocument *document, QWidget *parent)
    : EditorPage(document, parent),
      m_model(new ArrayTableModel(document, kMounts,
                                  {{tr("Destination"), "destination"},
                                   {tr("Type"), "type"},
                                   {tr("Source"), "source"},
                                   {tr("Options"), "options", ArrayTableModel::Kind::StringList}},
                                  this)),
      m_table(new ArrayTableEditor(m_model, this))
{
    m_model->setItemName(tr("mount"));
    m_table->setObjectName(QStringLiteral("mountsTable"));
    m_table->setPrependEnabled(true);
    // A tmpfs needs nothing from the host, so a new row works as it is.
    m_table->setNewElement([] {
        return Json::object({{"destination", "/mnt"}, {"type", "tmpfs"}, {"source", "tmpfs"}});
    });
    registerListView(kMounts, m_table->view());
    CellFocusReporter::watch(m_table->view(), this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createDetail());
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

QWidget *MountsPage::createDetail()
{
    auto *detail = new QWidget;
    auto *fieldsBox = new QGroupBox(tr("Selected mount"), detail);
    auto *destination = new QLineEdit(fieldsBox);
    auto *type = new QLineEdit(fieldsBox);
    auto *source = new QLineEdit(fieldsBox);
    destination->setObjectName(QStringLiteral("destination"));
    type->setObjectName(QStringLiteral("type"));
    source->setObjectName(QStringLiteral("source"));
    type->setPlaceholderText(tr("e.g. proc, tmpfs, bind"));
    auto *form = new QFormLayout(fieldsBox);
    form->addRow(tr("&Destination:"), destination);
    form->addRow(tr("T&ype:"), type);
    form->addRow(tr("&Source:"), source);

    auto *optionsBox = new QGroupBox(tr("Options"), detail);
    m_options = new MountOptionsEditor(document(), optionsBox);
    (new QVBoxLayout(optionsBox))->addWidget(m_options);

    auto *idmapBox = new QGroupBox(tr("ID mappings of an idmapped mount"), detail);
    auto *idmapNote = new QLabel(tr("With the idmap option, file owners seen through this mount are "
                                    "translated by these ranges."),
                                 idmapBox);
    idmapNote->setWordWrap(true);
    m_uidMappings = new NestedTableSlot(
        [this](const JsonPointer &mount, QWidget *parent) {
            auto *table = new IdMappingTable(document(), mount / "uidMappings", tr("UID mapping"), parent);
            CellFocusReporter::watch(table->view(), this);
            return table;
        },
        idmapBox);
    m_gidMappings = new NestedTableSlot(
        [this](const JsonPointer &mount, QWidget *parent) {
            auto *table = new IdMappingTable(document(), mount / "gidMappings", tr("GID mapping"), parent);
            CellFocusReporter::watch(table->view(), this);
            return table;
        },
        idmapBox);
    m_uidMappings->setTabPredecessor([this] { return m_options->otherOptionsEdit(); });
    m_gidMappings->setTabPredecessor([this] { return m_uidMappings->lastTabStop(); });
    auto *uidLabel = new QLabel(tr("User IDs"), idmapBox);
    auto *gidLabel = new QLabel(tr("Group IDs"), idmapBox);
    auto *idmapGrid = new QGridLayout(idmapBox);
    idmapGrid->addWidget(idmapNote, 0, 0, 1, 2);
    idmapGrid->addWidget(uidLabel, 1, 0);
    idmapGrid->addWidget(gidLabel, 1, 1);
    idmapGrid->addWidget(m_uidMappings, 2, 0);
    idmapGrid->addWidget(m_gidMappings, 2, 1);

    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fieldsBox);
    layout->addWidget(optionsBox);
    layout->addWidget(idmapBox);
    layout->addStretch();

    m_current = new CurrentRowBinding(m_model, m_table->view(), detail);
    connect(m_current, &CurrentRowBinding::fieldFocused, this, &EditorPage::fieldFocused);
    addDetailBinder([this] { return m_current->binder(); });
    connect(m_current, &CurrentRowBinding::rowChanged, this, &EditorPage::remarkFindings);
    connect(m_options, &MountOptionsEditor::fieldFocused, this, &EditorPage::fieldFocused);
    m_current->addRebind([=, this](FieldBinder *binder, const JsonPointer &mount) {
        binder->bindText(destination, mount / "destination", false);
        binder->bindText(type, mount / "type");
        binder->bindText(source, mount / "source");
        m_options->setPointer(mount / "options");
        m_uidMappings->showElement(mount);
        m_gidMappings->showElement(mount);
    });
    return detail;
}

QString MountsPage::title() const
{
    return tr("Mounts");
}

QList<JsonPointer> MountsPage::coveredPointers() const
{
    return {kMounts};
}
