// SPDX-License-Identifier: Apache-2.0
#include "diskconflictdialog.h"

#include "compare/specdiffmodel.h"
#include "document/specfile.h"
#include "io/unifieddiff.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

DiskConflictDialog::DiskConflictDialog(const QString &path, const QByteArray &onDisk, bool existsOnDisk,
                                       const QByteArray &mine, Moment moment, QWidget *parent)
    : QDialog(parent), m_onDisk(onDisk), m_mine(mine), m_differences(new QTabWidget(this)),
      m_fieldsModel(new SpecDiffModel(this)), m_fields(new QTreeView(this)), m_lines(new QPlainTextEdit(this)),
      m_showDifferences(new QPushButton(tr("Show &Differences"), this))
{
    setWindowTitle(tr("File Changed on Disk"));
    const QString file = QDir::toNativeSeparators(path);
    QString message;
    if (!existsOnDisk && moment == Moment::Saving)
        message = tr("%1 was removed by another program since you opened it. Save your version again?").arg(file);
    else if (!existsOnDisk)
        message = tr("%1 was removed by another program. Your version stays open; saving writes it again.").arg(file);
    else if (moment == Moment::Saving)
        message = tr("%1 was changed by another program since you opened it. Saving now would overwrite that change.")
                      .arg(file);
    else
        message =
            tr("%1 was changed by another program. Reload it, or keep your version and save it over the change later?")
                .arg(file);
    auto *text = new QLabel(message, this);
    text->setWordWrap(true);

    m_fieldsModel->setSideTitles(tr("On disk"), tr("In the editor"));
    m_fields->setObjectName(QStringLiteral("fieldDifferences"));
    m_fields->setModel(m_fieldsModel);
    m_fields->setUniformRowHeights(true);
    m_fields->setTextElideMode(Qt::ElideMiddle);
    m_fields->header()->setStretchLastSection(false);
    m_fields->header()->setSectionResizeMode(SpecDiffModel::ThisColumn, QHeaderView::Stretch);
    m_fields->header()->setSectionResizeMode(SpecDiffModel::OtherColumn, QHeaderView::Stretch);
    m_lines->setObjectName(QStringLiteral("differences"));
    m_lines->setReadOnly(true);
    m_lines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab-indented configs would otherwise run off to the right.
    m_lines->setTabStopDistance(QFontMetricsF(m_lines->font()).horizontalAdvance(QLatin1Char(' ')) * 4);
    m_differences->setObjectName(QStringLiteral("differenceTabs"));
    //: A tab of Show Differences: the changes field by field.
    m_differences->addTab(m_fields, tr("&Fields"));
    //: A tab of Show Differences: the changes line by line (diff -u).
    m_differences->addTab(m_lines, tr("&Lines"));
    m_differences->setMinimumSize(560, 260);
    m_differences->hide();

    auto *buttons = new QDialogButtonBox(this);
    auto *reload = buttons->addButton(tr("&Reload from Disk"), QDialogButtonBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    reload->setEnabled(existsOnDisk);
    auto *keep = buttons->addButton(moment == Moment::Saving ? tr("&Save My Version") : tr("&Keep My Version"),
                                    QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    m_showDifferences->setObjectName(QStringLiteral("showDifferencesButton"));
    m_showDifferences->setEnabled(existsOnDisk);
    buttons->addButton(m_showDifferences, QDialogButtonBox::ActionRole);
    auto *later =
        buttons->addButton(moment == Moment::Saving ? tr("Cancel") : tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    keep->setDefault(moment == Moment::Saving);
    later->setDefault(moment == Moment::Noticed);

    connect(reload, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Reload;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(m_showDifferences, &QPushButton::clicked, this, &DiskConflictDialog::showDifferences);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_differences, 1);
    layout->addWidget(buttons);
}

void DiskConflictDialog::showDifferences()
{
    showFieldDifferences();
    showLineDifferences();
    m_differences->show();
    m_showDifferences->setEnabled(false);
    adjustSize();
}

void DiskConflictDialog::showFieldDifferences()
{
    // The file on disk may be half-written or broken: then only lines compare.
    SpecFile disk;
    SpecFile mine;
    if (!disk.parse(m_onDisk, tr("on disk")) || !mine.parse(m_mine, tr("in the editor"))) {
        m_differences->setTabEnabled(0, false);
        m_differences->setTabToolTip(0, disk.errorString().isEmpty() ? mine.errorString() : disk.errorString());
        m_differences->setCurrentWidget(m_lines);
        return;
    }
    m_fieldsModel->setChanges(SpecDiff::compute(disk.root(), mine.root()));
    m_fields->expandAll();
    m_fields->resizeColumnToContents(SpecDiffModel::FieldColumn);
    m_fields->resizeColumnToContents(SpecDiffModel::PointerColumn);
}

void DiskConflictDialog::showLineDifferences()
{
    const Result<QByteArray> diff = UnifiedDiff::compute(m_onDisk, m_mine, tr("on disk"), tr("in the editor"));
    if (!diff)
        m_lines->setPlainText(diff.error());
    else if (diff->isEmpty())
        m_lines->setPlainText(tr("The two versions are the same."));
    else
        m_lines->setPlainText(QString::fromUtf8(*diff));
}
