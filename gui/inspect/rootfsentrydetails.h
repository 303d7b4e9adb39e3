// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QModelIndex;
class QPlainTextEdit;

// The selected entry of the root filesystem browser: what the columns say,
// in full, why it is worth a look, and for a file its first 64 KiB as text
// or as a hex view, with the ELF header's class, machine and interpreter.
class RootfsEntryDetails : public QWidget
{
    Q_OBJECT

public:
    explicit RootfsEntryDetails(QWidget *parent = nullptr);

    // index: of RootfsModel; invalid shows the hint. totals: a line about
    // the folder's contents, for top-level folders once counted. A file's
    // start is read at previewPath inside rootDirectory, else at its path.
    void showEntry(const QModelIndex &index, const QString &rootDirectory, const QString &totals = QString(),
                   const QByteArray &previewPath = QByteArray());

    QString previewText() const;
    QString elfText() const;

private:
    void showPreview(const QString &rootDirectory, const QByteArray &path);
    QLabel *addRow(const QString &label);

    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_fields;
    QFormLayout *m_form;
    QLabel *m_path;
    QLabel *m_type;
    QLabel *m_size;
    QLabel *m_mode;
    QLabel *m_owner;
    QLabel *m_group;
    QLabel *m_target;
    QLabel *m_totals;
    QLabel *m_flags;
    QLabel *m_elf;
    QLabel *m_previewNote;
    QPlainTextEdit *m_preview;
};
