// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFileDialog>

// Open for bundles: shows config.json files among the directories, and
// takes either a config.json or a directory that holds one — Open on a
// selected bundle directory opens it instead of stepping into it.
class BundleFileDialog : public QFileDialog
{
    Q_OBJECT

public:
    explicit BundleFileDialog(QWidget *parent = nullptr, const QString &directory = QString());

    // The bundle directory or config.json chosen; empty before accept.
    QString chosenPath() const { return m_chosen; }

    void accept() override;

private:
    QString m_chosen;
};
