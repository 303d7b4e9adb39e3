// SPDX-License-Identifier: Apache-2.0
#include "rootfsentrydetails.h"

#include "inspect/filepreview.h"
#include "inspect/rootfsmodel.h"
#include "inspect/rootfsreader.h"

#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <sys/stat.h>

RootfsEntryDetails::RootfsEntryDetails(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_hint(new QLabel(this)), m_fields(new QWidget(this)),
      m_form(new QFormLayout(m_fields)), m_previewNote(new QLabel(this)), m_preview(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("rootfsEntryDetails"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Select an entry to see its details and, for a file, its first 64 KiB."));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_path = addRow(tr("Path:"));
    m_type = addRow(tr("Type:"));
    m_size = addRow(tr("Size:"));
    m_mode = addRow(tr("Mode:"));
    m_owner = addRow(tr("Owner:"));
    m_group = addRow(tr("Group:"));
    m_target = addRow(tr("Target:"));
    m_totals = addRow(tr("Contents:"));
    m_flags = addRow(tr("Worth a look:"));
    m_elf = addRow(tr("ELF:"));
    m_elf->setObjectName(QStringLiteral("elfSummary"));
    m_previewNote->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("filePreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // The fields beside the file's start, so that a hex view's 16 bytes a
    // line fit under the tree at 1024 pixels.
    auto fields = new QVBoxLayout;
    fields->addWidget(m_title);
    fields->addWidget(m_hint);
    fields->addWidget(m_fields);
    fields->addStretch(1);
    auto preview = new QVBoxLayout;
    preview->addWidget(m_previewNote);
    preview->addWidget(m_preview, 1);
    auto layout = new QHBoxLayout(this);
    layout->addLayout(fields, 1);
    layout->addLayout(preview, 2);
    showEntry(QModelIndex(), QString());
}

QLabel *RootfsEntryDetails::addRow(const QString &label)
{
    auto value = new QLabel(m_fields);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    m_form->addRow(label, value);
    return value;
}

void RootfsEntryDetails::showEntry(const QModelIndex &index, const QString &rootDirectory, const QString &totals,
                                   const QByteArray &previewPath)
{
    const bool valid = index.isValid();
    m_hint->setVisible(!valid);
    m_fields->setVisible(valid);
    m_title->setVisible(valid);
    m_preview->clear();
    m_preview->hide();
    m_previewNote->hide();
    if (!valid)
        return;
    const auto text = [&](int column) { return index.siblingAtColumn(column).data().toString(); };
    const quint32 mode = quint32(index.data(RootfsModel::ModeRole).toInt());
    const QByteArray path = index.data(RootfsModel::PathRole).toByteArray();
    m_title->setText(text(RootfsModel::NameColumn));
    m_path->setText(QFile::decodeName(path));
    m_type->setText(text(RootfsModel::TypeColumn));
    const qint64 size = index.data(RootfsModel::SizeRole).toLongLong();
    m_size->setText(tr("%1 (%2 bytes)").arg(QLocale().formattedDataSize(size), QLocale().toString(size)));
    m_mode->setText(
        QStringLiteral("%1 (%2)").arg(text(RootfsModel::ModeColumn)).arg(mode & 07777, 4, 8, QLatin1Char('0')));
    m_owner->setText(text(RootfsModel::OwnerColumn));
    m_group->setText(text(RootfsModel::GroupColumn));
    QString target = text(RootfsModel::TargetColumn);
    if (S_ISLNK(mode)) {
        const QString inside = QFile::decodeName(index.data(RootfsModel::ResolvedTargetRole).toByteArray());
        if (inside != target)
            target = tr("%1 (in the root filesystem: %2)").arg(target, inside);
    }
    m_target->setText(target);
    m_totals->setText(totals);
    const QStringList reasons = index.data(RootfsModel::FlagReasonsRole).toStringList();
    const QString error = index.data(RootfsModel::ErrorRole).toString();
    m_flags->setText(reasons.isEmpty() ? tr("Nothing") : reasons.join(QLatin1Char('\n')));
    m_elf->clear();
    const auto showRow = [this](QLabel *value, bool show) { m_form->setRowVisible(value, show); };
    showRow(m_size, !S_ISDIR(mode));
    showRow(m_target, !target.isEmpty());
    showRow(m_totals, !totals.isEmpty() || !error.isEmpty());
    if (!error.isEmpty())
        m_totals->setText(tr("Cannot be listed: %1").arg(error));
    showRow(m_elf, false);
    if (S_ISREG(mode) && !rootDirectory.isEmpty())
        showPreview(rootDirectory, previewPath.isEmpty() ? path : previewPath);
}

void RootfsEntryDetails::showPreview(const QString &rootDirectory, const QByteArray &path)
{
    const RootfsReader reader(rootDirectory);
    const Result<FilePreview> preview = FilePreview::read(reader, path);
    m_previewNote->show();
    if (!preview) {
        m_previewNote->setText(tr("Cannot open the file: %1").arg(preview.error()));
        return;
    }
    const QString elf = preview->elfSummary();
    m_elf->setText(elf);
    m_form->setRowVisible(m_elf, !elf.isEmpty());
    const QString shown = QLocale().formattedDataSize(preview->head.size());
    if (preview->head.isEmpty())
        m_previewNote->setText(tr("The file is empty."));
    else if (preview->isText)
        m_previewNote->setText(preview->isTruncated() ? tr("Text, the first %1:").arg(shown) : tr("Text:"));
    else
        m_previewNote->setText(preview->isTruncated() ? tr("Bytes, the first %1:").arg(shown) : tr("Bytes:"));
    if (preview->head.isEmpty())
        return;
    m_preview->setPlainText(preview->isText ? QString::fromUtf8(preview->head) : FilePreview::hexDump(preview->head));
    m_preview->show();
}

QString RootfsEntryDetails::previewText() const
{
    return m_preview->isVisibleTo(this) ? m_preview->toPlainText() : QString();
}

QString RootfsEntryDetails::elfText() const
{
    return m_elf->text();
}
