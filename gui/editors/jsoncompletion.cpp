// SPDX-License-Identifier: Apache-2.0
#include "jsoncompletion.h"

#include "document/jsontextmap.h"
#include "ocispec/speccatalogue.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace {

// The last token of a catalogue pattern, "" for "*" and "{}" (no fixed name).
QString memberName(const FieldInfo &field)
{
    const QString pattern = QString::fromLatin1(field.pattern);
    QString name = pattern.mid(pattern.lastIndexOf(QLatin1Char('/')) + 1);
    if (name == QLatin1String("*") || name == QLatin1String("{}"))
        return {};
    return name.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
}

const FieldInfo *fieldAt(const std::string &pointer)
{
    const SpecCatalogue &catalogue = SpecCatalogue::instance();
    return pointer.empty() ? catalogue.root() : catalogue.lookup(JsonUtil::toQString(pointer));
}

} // namespace

JsonCompletion::JsonCompletion(QPlainTextEdit *editor)
    : QObject(editor), m_editor(editor), m_model(new QStandardItemModel(this)), m_completer(new QCompleter(this)),
      m_panel(new QLabel(editor, Qt::ToolTip))
{
    m_completer->setModel(m_model);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->popup()->setObjectName(QStringLiteral("jsonCompletionList"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &JsonCompletion::insert);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::highlighted), this, &JsonCompletion::explain);

    m_panel->setObjectName(QStringLiteral("jsonCompletionExplanation"));
    m_panel->setWordWrap(true);
    m_panel->setTextFormat(Qt::RichText);
    m_panel->setMargin(6);
    m_panel->setFrameShape(QFrame::Box);
    m_panel->setFixedWidth(editor->fontMetrics().averageCharWidth() * 48);
    // The panel lives as long as the list is open.
    m_completer->popup()->installEventFilter(this);
    connect(m_completer->popup()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { explain(current); });
}

int JsonCompletion::wordStart() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    // Inside a string when an odd number of unescaped quotes precede the cursor.
    int quote = -1;
    bool inside = false;
    for (int i = 0; i < line.size(); ++i) {
        if (line[i] == u'\\') {
            ++i;
        } else if (line[i] == u'"') {
            inside = !inside;
            quote = i;
        }
    }
    return inside ? cursor.block().position() + quote : cursor.position();
}

bool JsonCompletion::complete()
{
    m_start = wordStart();
    if (!fill(m_start)) {
        m_completer->popup()->hide();
        return false;
    }
    const QTextCursor cursor = m_editor->textCursor();
    const int from = qMin(m_start + 1, cursor.position());
    m_completer->setCompletionPrefix(m_editor->toPlainText().mid(from, cursor.position() - from));
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    return true;
}

bool JsonCompletion::fill(int start)
{
    m_model->clear();
    const JsonTextMap::Context context = JsonTextMap::contextAt(m_editor->toPlainText(), start);
    const FieldInfo *field =
        context.expect == JsonTextMap::Context::Expect::Nothing ? nullptr : fieldAt(context.pointer);
    if (!field)
        return false;
    if (context.expect == JsonTextMap::Context::Expect::Key) {
        const QList<const FieldInfo *> children = SpecCatalogue::instance().children(field);
        for (const FieldInfo *child : children) {
            const QString name = memberName(*child);
            if (name.isEmpty())
                continue;
            auto item = new QStandardItem(name);
            item->setData(QStringLiteral("<b>%1</b> <i>%2</i><br>%3")
                              .arg(SpecCatalogue::title(*child).toHtmlEscaped(),
                                   SpecCatalogue::typeDescription(*child).toHtmlEscaped(),
                                   SpecCatalogue::explanation(*child).toHtmlEscaped()),
                          ExplanationRole);
            item->setData(QStringLiteral("\"%1\": ").arg(name), InsertRole);
            m_model->appendRow(item);
        }
    } else if (field->accepts(JsonKind::String)) {
        const QStringList values = SpecCatalogue::allowedValues(*field);
        for (const QString &value : values) {
            auto item = new QStandardItem(value);
            item->setData(
                QStringLiteral("<b>%1</b><br>%2")
                    .arg(SpecCatalogue::title(*field).toHtmlEscaped(), SpecCatalogue::summary(*field).toHtmlEscaped()),
                ExplanationRole);
            item->setData(QStringLiteral("\"%1\"").arg(value), InsertRole);
            m_model->appendRow(item);
        }
    }
    return m_model->rowCount() > 0;
}

bool JsonCompletion::handleKey(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers().testFlag(Qt::ControlModifier)) {
        complete();
        return true;
    }
    if (!m_completer->popup()->isVisible())
        return false;
    switch (event->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab: event->ignore(); return true; // the list's event filter takes them
    default: return false;
    }
}

void JsonCompletion::typed(QKeyEvent *event)
{
    const QString text = event->text();
    if (m_completer->popup()->isVisible()) {
        const int position = m_editor->textCursor().position();
        if (position <= m_start || text.contains(u'"') || text.contains(u':')) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(m_editor->toPlainText().mid(m_start + 1, position - m_start - 1));
        if (m_completer->completionCount() == 0)
            m_completer->popup()->hide();
        else
            m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
        return;
    }
    // An opening quote where a key belongs.
    if (text == QLatin1String("\"") && wordStart() != m_editor->textCursor().position()) {
        const int start = wordStart();
        if (JsonTextMap::contextAt(m_editor->toPlainText(), start).expect == JsonTextMap::Context::Expect::Key)
            complete();
    }
}

void JsonCompletion::insert(const QModelIndex &index)
{
    QTextCursor cursor = m_editor->textCursor();
    const QString text = m_editor->toPlainText();
    int end = cursor.position();
    // The closing quote of the string being completed goes too.
    if (m_start < end && end < text.size() && text[end] == u'"')
        ++end;
    cursor.setPosition(m_start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(index.data(InsertRole).toString());
    m_editor->setTextCursor(cursor);
    m_panel->hide();
}

void JsonCompletion::explain(const QModelIndex &index)
{
    const QString text = index.data(ExplanationRole).toString();
    if (text.isEmpty() || !m_completer->popup()->isVisible()) {
        m_panel->hide();
        return;
    }
    m_panel->setText(text);
    m_panel->adjustSize();
    const QRect list = m_completer->popup()->geometry();
    m_panel->move(list.topRight() + QPoint(4, 0));
    m_panel->show();
}

bool JsonCompletion::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::Hide)
        m_panel->hide();
    return QObject::eventFilter(watched, event);
}
