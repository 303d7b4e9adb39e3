// SPDX-License-Identifier: Apache-2.0
#include "comparemenu.h"

#include "comparedialog.h"

#include "app/bundlefiledialog.h"
#include "bundle/bundletemplates.h"
#include "document/specdocument.h"
#include "document/specfile.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

CompareMenu::CompareMenu(SpecDocument *document, QWidget *window)
    : QMenu(tr("Compare &With"), window), m_document(document), m_window(window),
      m_fileAction(addAction(tr("&Bundle or config.json…"))), m_diskAction(addAction(tr("The File on &Disk")))
{
    setObjectName(QStringLiteral("compareMenu"));
    m_fileAction->setObjectName(QStringLiteral("compareWithFileAction"));
    m_fileAction->setStatusTip(tr("Compare this bundle field by field with another bundle or config.json"));
    m_diskAction->setObjectName(QStringLiteral("compareWithDiskAction"));
    m_diskAction->setStatusTip(tr("Compare this bundle with its config.json as saved"));
    connect(m_fileAction, &QAction::triggered, this, &CompareMenu::compareWithFile);
    connect(m_diskAction, &QAction::triggered, this, &CompareMenu::compareWithDisk);
    addSeparator();
    const QList<BundleTemplates::Template> templates = BundleTemplates::all();
    for (const BundleTemplates::Template &entry : templates) {
        //: A menu entry of File › Compare With; %1 is a template's title, as in File › New.
        QAction *action = addAction(tr("Template: %1").arg(entry.title));
        action->setStatusTip(entry.description);
        const QString id = entry.id;
        connect(action, &QAction::triggered, this, [this, id] { compareWithTemplate(id); });
    }
    // Only a document read from a file has one on disk.
    connect(this, &QMenu::aboutToShow, this,
            [this] { m_diskAction->setEnabled(QFileInfo::exists(m_document->filePath())); });
}

CompareDialog *CompareMenu::compareWith(const Json &other, const QString &otherName)
{
    if (!m_dialog) {
        m_dialog = new CompareDialog(m_document, m_window);
        connect(m_dialog, &CompareDialog::fieldRequested, this, &CompareMenu::fieldRequested);
    }
    m_dialog->setOther(other, otherName);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void CompareMenu::compareWithFile()
{
    BundleFileDialog chooser(m_window, m_document->bundleDirectory());
    chooser.setWindowTitle(tr("Compare With"));
    if (chooser.exec() == QDialog::Accepted)
        compareWithPath(chooser.chosenPath());
}

void CompareMenu::compareWithDisk()
{
    compareWithPath(m_document->filePath());
}

void CompareMenu::compareWithPath(const QString &path)
{
    SpecFile file;
    if (!file.read(path)) {
        QMessageBox::warning(m_window, tr("Cannot Compare"), file.errorString());
        return;
    }
    compareWith(file.root(), QDir::toNativeSeparators(file.filePath()));
}

CompareDialog *CompareMenu::compareWithTemplate(const QString &id)
{
    QString title = id;
    for (const BundleTemplates::Template &entry : BundleTemplates::all()) {
        if (entry.id == id)
            title = entry.title;
    }
    const Result<QByteArray> data = BundleTemplates::configData(id);
    SpecFile file;
    if (!data || !file.parse(*data, title)) {
        QMessageBox::warning(m_window, tr("Cannot Compare"), data ? file.errorString() : data.error());
        return nullptr;
    }
    //: Names the other side of a comparison; %1 is a template's title.
    return compareWith(file.root(), tr("the template “%1”").arg(title));
}
