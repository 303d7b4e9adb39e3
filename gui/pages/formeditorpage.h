// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

#include "document/arraytablemodel.h"

#include <functional>

class ArrayTableEditor;
class QCheckBox;
class QGridLayout;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;

// A page of group boxes in two scrolling columns (Resources, Security), with
// helpers that add bound form rows and list tables. Each bound widget gets
// its JSON pointer as object name, so tests and focus requests find it.
class FormEditorPage : public EditorPage
{
    Q_OBJECT

public:
    FormEditorPage(SpecDocument *document, QWidget *parent = nullptr);

    // The table of a list or map such as "/linux/sysctl".
    ArrayTableEditor *tableEditor(const QString &pointer) const;

protected:
    QWidget *content() const { return m_content; }
    // Lays the groups out in two columns that share the width, or one above
    // the other when the page is narrower than twoColumnChars average
    // characters.
    void setColumns(const QList<QWidget *> &left, const QList<QWidget *> &right, int twoColumnChars = 140);
    void resizeEvent(QResizeEvent *event) override;

    QLineEdit *addIntegerField(QFormLayout *form, const QString &label, const char *pointer,
                               qint64 minimum = std::numeric_limits<qint64>::min(),
                               quint64 maximum = std::numeric_limits<quint64>::max());
    QLineEdit *addTextField(QFormLayout *form, const QString &label, const char *pointer);
    QComboBox *addChoiceField(QFormLayout *form, const QString &label, const char *pointer);
    QCheckBox *addBoolField(QFormLayout *form, const QString &text, const char *pointer);
    ArrayTableEditor *createTable(const char *pointer, const QString &itemName,
                                  const QList<ArrayTableModel::Column> &columns, std::function<Json()> newElement,
                                  QWidget *parent);

private:
    void arrangeColumns();

    QScrollArea *m_scrollArea;
    QWidget *m_content;
    QGridLayout *m_grid = nullptr;
    QVBoxLayout *m_columns[2] = {nullptr, nullptr};
    bool m_twoColumns = false;
    int m_twoColumnChars = 140;
    QList<ArrayTableEditor *> m_tables;
};
