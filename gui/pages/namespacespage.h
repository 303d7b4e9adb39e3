// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

class QComboBox;
class QLabel;
class QLineEdit;

// The Namespaces tab: one row per namespace type. Each is either shared with
// the host (absent from /linux/namespaces), new, or joined through a path.
class NamespacesPage : public EditorPage
{
    Q_OBJECT

public:
    enum Choice { Shared, New, Join };

    NamespacesPage(SpecDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;
    bool focusPointer(const JsonPointer &pointer) override;

    static QStringList types();
    QComboBox *choiceBox(const QString &type) const;
    QLineEdit *pathEdit(const QString &type) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QString type;
        QComboBox *choice;
        QLineEdit *path;
        QLabel *hint; // what the current choice means
        const char *sharing;
        const char *isolated;
    };
    // Index of the element of this type in /linux/namespaces, or -1.
    int indexOf(const QString &type) const;
    void choose(const Row &row, int choice);
    void writePath(const Row &row, const QString &path);
    void refresh();

    QList<Row> m_rows;
    bool m_writing = false;
};
