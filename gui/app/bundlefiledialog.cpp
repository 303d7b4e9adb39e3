// SPDX-License-Identifier: Apache-2.0
#include "bundlefiledialog.h"

#include <QDir>
#include <QFileInfo>

BundleFileDialog::BundleFileDialog(QWidget *parent, const QString &directory)
    : QFileDialog(parent, tr("Open Bundle"), directory)
{
    setObjectName(QStringLiteral("bundleFileDialog"));
    // Qt's own dialog: the native ones cannot take a directory in file mode.
    setOption(QFileDialog::DontUseNativeDialog);
    setFileMode(QFileDialog::ExistingFile);
    setAcceptMode(QFileDialog::AcceptOpen);
    setNameFilters({tr("Bundle configuration (config.json)"), tr("JSON files (*.json)")});
    setLabelText(QFileDialog::FileName, tr("Bundle:"));
}

void BundleFileDialog::accept()
{
    const QStringList selected = selectedFiles();
    if (selected.size() == 1) {
        const QFileInfo info(selected.first());
        if (info.isDir() && QFileInfo(QDir(info.absoluteFilePath()).filePath(QStringLiteral("config.json"))).isFile()) {
            m_chosen = info.absoluteFilePath();
            done(QDialog::Accepted);
            return;
        }
        if (info.isFile())
            m_chosen = info.absoluteFilePath();
    }
    QFileDialog::accept();
}
