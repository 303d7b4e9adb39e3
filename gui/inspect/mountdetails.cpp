// SPDX-License-Identifier: Apache-2.0
#include "mountdetails.h"

#include "inspect/containerviewmodel.h"
#include "inspect/mountoverlay.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

MountDetails::MountDetails(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_edit(new QPushButton(this))
{
    setObjectName(QStringLiteral("mountDetails"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_providedBy = addRow(tr("Provided by:"));
    m_providedBy->setObjectName(QStringLiteral("providedBy"));
    m_hostPath = addRow(tr("On the host:"));
    m_note = addRow(tr("Note:"));
    m_destination = addRow(tr("Destination:"));
    m_type = addRow(tr("Mount type:"));
    m_source = addRow(tr("Source:"));
    m_options = addRow(tr("Options:"));
    m_hides = addRow(tr("Hides:"));
    m_hides->setObjectName(QStringLiteral("mountHides"));
    m_edit->setObjectName(QStringLiteral("editMount"));
    auto editRow = new QHBoxLayout;
    editRow->addWidget(m_edit);
    editRow->addStretch(1);
    m_form->addRow(editRow);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT mountRequested(m_mount); });
    showEntry(QModelIndex(), MountOverlay());
}

QLabel *MountDetails::addRow(const QString &label)
{
    auto value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    m_form->addRow(label, value);
    return value;
}

void MountDetails::showRow(QLabel *value, const QString &text)
{
    value->setText(text);
    m_form->setRowVisible(value, !text.isEmpty());
}

void MountDetails::showEntry(const QModelIndex &index, const MountOverlay &overlay)
{
    const bool valid = index.isValid();
    m_mount = valid ? index.data(ContainerViewModel::MountIndexRole).toInt() : -1;
    const MountOverlay::Mount *mount = overlay.mount(m_mount);
    const auto origin = ContainerViewModel::Origin(index.data(ContainerViewModel::OriginRole).toInt());
    showRow(m_providedBy,
            valid ? index.siblingAtColumn(ContainerViewModel::ProvidedByColumn).data().toString() : QString());
    showRow(m_hostPath, index.data(ContainerViewModel::HostPathRole).toString());
    showRow(m_note, index.data(ContainerViewModel::NoteRole).toString());
    // A masked path's mount is what lies under the mask; the fields are the mask's.
    const bool showMount = mount && origin != ContainerViewModel::Masked;
    showRow(m_destination, showMount ? QFile::decodeName(mount->destination) : QString());
    showRow(m_type, showMount ? mount->type : QString());
    showRow(m_source, showMount ? mount->source : QString());
    showRow(m_options, showMount ? mount->options.join(QStringLiteral(", ")) : QString());
    QStringList hides;
    if (showMount && index.data(ContainerViewModel::MountPointRole).toBool()) {
        const MountOverlay::Hidden hidden = overlay.hiddenBy(mount->index);
        // A mount point the runtime makes had nothing below it to hide.
        if (hidden.rootFilesystem && !index.data(ContainerViewModel::CreatedMountPointRole).toBool())
            hides << tr("the root filesystem's %1").arg(QFile::decodeName(mount->destination));
        for (int earlier : hidden.mounts) {
            if (const MountOverlay::Mount *under = overlay.mount(earlier))
                hides << tr("mount %1 on %2").arg(earlier + 1).arg(QFile::decodeName(under->destination));
        }
    }
    showRow(m_hides, hides.join(QStringLiteral("; ")));
    m_edit->setText(showMount ? tr("Edit mount %1").arg(mount->index + 1) : QString());
    m_edit->setVisible(showMount);
}
