// SPDX-License-Identifier: Apache-2.0
#include "idmappingspage.h"

#include "editors/cellfocusreporter.h"
#include "editors/idmapdiagram.h"
#include "editors/idmappingtable.h"

#include "document/specdocument.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const JsonPointer kUidMappings("/linux/uidMappings");
const JsonPointer kGidMappings("/linux/gidMappings");
const JsonPointer kNamespaces("/linux/namespaces"); // read for the note on the user namespace
} // namespace

IdMappingsPage::IdMappingsPage(SpecDocument *document, QWidget *parent)
    : EditorPage(document, parent), m_uidTable(new IdMappingTable(document, kUidMappings, tr("UID mapping"), this)),
      m_gidTable(new IdMappingTable(document, kGidMappings, tr("GID mapping"), this)),
      m_uidDiagram(new IdMapDiagram(document, kUidMappings, this)),
      m_gidDiagram(new IdMapDiagram(document, kGidMappings, this)), m_note(new QLabel(this))
{
    m_uidTable->setObjectName(QStringLiteral("uidMappings"));
    m_gidTable->setObjectName(QStringLiteral("gidMappings"));
    m_uidDiagram->setAccessibleName(tr("User ID mappings as a diagram"));
    m_gidDiagram->setAccessibleName(tr("Group ID mappings as a diagram"));
    registerListView(kUidMappings, m_uidTable->view());
    registerListView(kGidMappings, m_gidTable->view());
    addNamedPointer(kNamespaces);
    CellFocusReporter::watch(m_uidTable->view(), this);
    CellFocusReporter::watch(m_gidTable->view(), this);

    auto *intro = new QLabel(tr("Inside a user namespace, each range of container IDs stands for a range of "
                                "host IDs of the same size. IDs outside every range show up as the overflow "
                                "ID (usually 65534, \"nobody\")."),
                             this);
    intro->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("userNamespaceNote"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createGroup(tr("User IDs"), m_uidTable, m_uidDiagram));
    splitter->addWidget(createGroup(tr("Group IDs"), m_gidTable, m_gidDiagram));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    connect(document, &SpecDocument::contentsChanged, this, &IdMappingsPage::updateNote);
    connect(document, &SpecDocument::reset, this, &IdMappingsPage::updateNote);
    updateNote();
}

QWidget *IdMappingsPage::createGroup(const QString &title, IdMappingTable *table, IdMapDiagram *diagram)
{
    auto *group = new QGroupBox(title, this);
    auto *layout = new QHBoxLayout(group);
    layout->addWidget(table, 1);
    layout->addWidget(diagram, 1);
    return group;
}

QString IdMappingsPage::title() const
{
    return tr("ID mappings");
}

QList<JsonPointer> IdMappingsPage::coveredPointers() const
{
    return {kUidMappings, kGidMappings};
}

void IdMappingsPage::updateNote()
{
    // Mappings only take effect in a new user namespace; say so where it matters.
    bool userNamespace = false;
    if (const Json *namespaces = document()->value(kNamespaces); namespaces && namespaces->is_array()) {
        for (const Json &element : *namespaces)
            userNamespace = userNamespace || (element.is_object() && element.value("type", Json()) == "user");
    }
    const bool hasMappings = document()->contains(kUidMappings) || document()->contains(kGidMappings);
    m_note->setVisible(hasMappings && !userNamespace);
    m_note->setText(tr("These mappings take effect only with a new user namespace; add one on the "
                       "Namespaces tab."));
}
