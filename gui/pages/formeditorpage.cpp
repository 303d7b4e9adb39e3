// SPDX-License-Identifier: Apache-2.0
#include "formeditorpage.h"

#include "editors/cellfocusreporter.h"

#include "editors/arraytableeditor.h"
#include "editors/fieldbinder.h"
#include "ocispec/speccatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

FormEditorPage::FormEditorPage(SpecDocument *document, QWidget *parent)
    : EditorPage(document, parent), m_scrollArea(new QScrollArea(this)), m_content(new QWidget)
{
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(m_content); // the scroll area owns the content
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);
}

ArrayTableEditor *FormEditorPage::tableEditor(const QString &pointer) const
{
    for (ArrayTableEditor *editor : m_tables) {
        if (JsonUtil::pointerString(editor->model()->containerPointer()) == pointer)
            return editor;
    }
    return nullptr;
}

void FormEditorPage::setColumns(const QList<QWidget *> &left, const QList<QWidget *> &right, int twoColumnChars)
{
    m_twoColumnChars = twoColumnChars;
    m_grid = new QGridLayout(m_content);
    for (int column = 0; column < 2; ++column) {
        m_columns[column] = new QVBoxLayout;
        for (QWidget *group : column == 0 ? left : right)
            m_columns[column]->addWidget(group);
        m_columns[column]->addStretch();
    }
    m_twoColumns = true; // so that the first arrangement always lays out
    arrangeColumns();
}

void FormEditorPage::resizeEvent(QResizeEvent *event)
{
    EditorPage::resizeEvent(event);
    arrangeColumns();
}

void FormEditorPage::arrangeColumns()
{
    if (!m_grid)
        return;
    const bool two = width() >= fontMetrics().averageCharWidth() * m_twoColumnChars;
    if (two == m_twoColumns && m_grid->count() > 0)
        return;
    m_twoColumns = two;
    for (QVBoxLayout *column : m_columns)
        m_grid->removeItem(column);
    m_grid->addLayout(m_columns[0], 0, 0);
    m_grid->addLayout(m_columns[1], two ? 0 : 1, two ? 1 : 0);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, two ? 1 : 0);
}

QLineEdit *FormEditorPage::addIntegerField(QFormLayout *form, const QString &label, const char *pointer, qint64 minimum,
                                           quint64 maximum)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QString::fromLatin1(pointer));
    edit->setPlaceholderText(tr("not set"));
    binder()->bindInteger(edit, JsonPointer(pointer), minimum, maximum);
    form->addRow(label, edit);
    return edit;
}

QLineEdit *FormEditorPage::addTextField(QFormLayout *form, const QString &label, const char *pointer)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QString::fromLatin1(pointer));
    edit->setPlaceholderText(tr("not set"));
    binder()->bindText(edit, JsonPointer(pointer));
    form->addRow(label, edit);
    return edit;
}

QComboBox *FormEditorPage::addChoiceField(QFormLayout *form, const QString &label, const char *pointer)
{
    auto *box = new QComboBox(form->parentWidget());
    box->setObjectName(QString::fromLatin1(pointer));
    binder()->bindChoice(box, JsonPointer(pointer), allowedValues(pointer));
    form->addRow(label, box);
    return box;
}

QCheckBox *FormEditorPage::addBoolField(QFormLayout *form, const QString &text, const char *pointer)
{
    auto *box = new QCheckBox(text, form->parentWidget());
    box->setObjectName(QString::fromLatin1(pointer));
    binder()->bindBool(box, JsonPointer(pointer));
    form->addRow(box);
    return box;
}

ArrayTableEditor *FormEditorPage::createTable(const char *pointer, const QString &itemName,
                                              const QList<ArrayTableModel::Column> &columns,
                                              std::function<Json()> newElement, QWidget *parent)
{
    auto *model = new ArrayTableModel(document(), JsonPointer(pointer), columns, this);
    model->setItemName(itemName);
    auto *editor = new ArrayTableEditor(model, parent);
    editor->setObjectName(QString::fromLatin1(pointer));
    editor->setNewElement(std::move(newElement));
    editor->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    editor->view()->setMinimumHeight(editor->view()->verticalHeader()->defaultSectionSize() * 5);
    registerListView(JsonPointer(pointer), editor->view());
    CellFocusReporter::watch(editor->view(), this);
    m_tables.append(editor);
    return editor;
}
