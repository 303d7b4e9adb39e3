// SPDX-License-Identifier: Apache-2.0
#include "jsontextedit.h"

#include "findingmarks.h"

#include "jsoncompletion.h"
#include "jsonhighlighter.h"

#include "document/jsontextdiff.h"
#include "document/specdocument.h"
#include "ocispec/speccatalogue.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace {

// The colours the form pages frame fields with, made for the palette.
QColor findingColor(Finding::Severity severity, const QPalette &palette)
{
    return FindingMarks::color(severity, palette);
}

// At most this many findings are underlined: beyond that they only cost time.
constexpr qsizetype MaxUnderlines = 1000;

// Text of the QTextDocument as JSON reads it: its block and line separators
// become "\n", and a no-break space stays one (toPlainText() would make it
// an ordinary space, changing a string nobody edited).
QString asJson(QString text)
{
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0xfdd0: // QTextBeginningOfFrame
        case 0xfdd1: // QTextEndOfFrame
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator: c = u'\n'; break;
        default: break;
        }
    }
    return text;
}

} // namespace

JsonTextEdit::JsonTextEdit(SpecDocument *document, QWidget *parent)
    : QPlainTextEdit(parent), m_document(document), m_highlighter(new JsonHighlighter(this->document())),
      m_completion(new JsonCompletion(this)), m_typingTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("savedTextView"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Files indented with tabs would otherwise run off to the right.
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    setAccessibleDescription(tr("config.json as Save writes it, editable. Tab indents; Ctrl+Tab and "
                                "Ctrl+Shift+Tab move the focus out."));
    // Undo is the document's: one history for every view.
    this->document()->setUndoRedoEnabled(false);
    m_highlighter->setPalette(palette());

    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(TypingPause);
    connect(m_typingTimer, &QTimer::timeout, this, &JsonTextEdit::applyTypedText);
    connect(this, &QPlainTextEdit::textChanged, this, &JsonTextEdit::typed);
    connect(this->document(), &QTextDocument::contentsChange, this, &JsonTextEdit::trackChange);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &JsonTextEdit::reportCursor);
    connect(document, &SpecDocument::contentsChanged, this, &JsonTextEdit::documentChanged);
    connect(document, &SpecDocument::reset, this, [this] {
        // Another file: typed text that did not parse belongs to the old one.
        m_parseError.clear();
        m_parseErrorOffset = -1;
        m_typed = false;
        documentChanged();
    });
}

QString JsonTextEdit::savedText() const
{
    // QTextDocument knows only "\n"; a CRLF file shows as lines all the same.
    QString text = QString::fromUtf8(m_document->toJson());
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

QString JsonTextEdit::jsonText() const
{
    return asJson(document()->toRawText());
}

QString JsonTextEdit::jsonText(qsizetype start, qsizetype end) const
{
    QTextCursor cursor(document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    return asJson(cursor.selectedText());
}

const JsonTextMap &JsonTextEdit::textMap() const
{
    if (m_dirtyStart < 0)
        return m_syncMap;
    if (m_typedMapStale) {
        m_typedMap = JsonTextMap::scan(jsonText());
        m_typedMapStale = false;
    }
    return m_typedMap;
}

void JsonTextEdit::typed()
{
    if (m_syncing)
        return;
    m_typed = true;
    m_typingTimer->start();
}

void JsonTextEdit::trackChange(int position, int removed, int added)
{
    if (m_syncing)
        return;
    m_typedMapStale = true;
    if (m_dirtyStart < 0) {
        m_dirtyStart = position;
        m_dirtyEnd = position + added;
        return;
    }
    // The union of the earlier span, moved by this change, and this change.
    const qsizetype end =
        m_dirtyEnd >= position + removed ? m_dirtyEnd + added - removed : qMin<qsizetype>(m_dirtyEnd, position);
    m_dirtyStart = qMin<qsizetype>(m_dirtyStart, position);
    m_dirtyEnd = qMax<qsizetype>(end, position + added);
}

void JsonTextEdit::markSynced()
{
    m_dirtyStart = -1;
    m_dirtyEnd = -1;
    m_syncedLength = document()->characterCount() - 1;
    m_inSync = true;
    m_typedMapStale = true;
}

// The common case of typing: everything changed lies inside one value below
// the root, in a text that was what Save writes. Then that value alone is
// parsed, compared and written back, which gives what a parse of the whole
// text would: the text around it is unchanged and still reads a value
// there. False when that does not hold or the value alone does not parse
// (the whole text then decides, and reports any error).
bool JsonTextEdit::applyTypedValue()
{
    if (!m_inSync || m_dirtyStart < 0)
        return false;
    const qsizetype length = document()->characterCount() - 1;
    const qsizetype start = qBound<qsizetype>(0, m_dirtyStart, length);
    const qsizetype end = qBound<qsizetype>(start, m_dirtyEnd, length);
    const qsizetype delta = length - m_syncedLength;
    if (end - delta < start)
        return false;
    const qsizetype index = m_syncMap.valueHolding(start, end - delta);
    if (index <= 0)
        return false; // nothing or the root: the whole text
    const JsonTextMap::Entry entry = m_syncMap.entries().at(index);
    const QString typedValue = jsonText(entry.valueStart, entry.valueEnd + delta);
    const int depth = int(std::count(entry.pointer.begin(), entry.pointer.end(), '/'));
    Json parsed;
    if (!JsonTextDiff::parseValue(typedValue, SpecDocument::MaxDepth - depth, &parsed))
        return false;
    const auto pointer = JsonUtil::parsePointer(JsonUtil::toQString(entry.pointer));
    const Json *current = pointer ? m_document->value(*pointer) : nullptr;
    if (!current)
        return false;
    const QList<JsonEdit> edits = JsonTextDiff::edits(*current, parsed, *pointer);

    m_typed = false;
    m_parseError.clear();
    m_parseErrorOffset = -1;
    m_applying = true;
    JsonTextDiff::apply(m_document, edits);
    m_applying = false;
    QString wanted =
        QString::fromUtf8(m_document->format().serializeValue(*m_document->value(*pointer), entry.pointer, depth));
    wanted.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (edits.isEmpty() && wanted != typedValue) {
        // Only white space changed: as applyTypedText() says.
        setStatus(tr("Only the layout changed; saving keeps the file's own layout."), false);
        updateUnderlines();
        return true;
    }
    replaceMiddle(entry.valueStart, typedValue, wanted);
    if (!m_syncMap.replaceValue(index, wanted))
        m_syncMap = JsonTextMap::scan(jsonText());
    markSynced();
    setStatus(QString(), false);
    updateUnderlines();
    return true;
}

void JsonTextEdit::applyTypedText()
{
    m_typingTimer->stop();
    if (!m_typed)
        return;
    if (applyTypedValue())
        return;
    const QString text = jsonText();
    Json parsed;
    JsonTextDiff::ParseError error;
    if (!JsonTextDiff::parse(text, SpecDocument::MaxDepth, &parsed, &error)) {
        m_parseError = error.message;
        m_parseErrorOffset = error.offset;
        setStatus(m_parseError, true);
        updateUnderlines();
        return;
    }
    m_typed = false;
    m_parseError.clear();
    m_parseErrorOffset = -1;
    m_applying = true;
    const qsizetype edits = JsonTextDiff::apply(m_document, parsed);
    m_applying = false;
    if (edits == 0) {
        // Only white space changed. The file keeps its layout (it is learned
        // when a file is read), so say so instead of pretending to save it.
        setStatus(text == savedText() ? QString() : tr("Only the layout changed; saving keeps the file's own layout."),
                  false);
        updateUnderlines();
        return;
    }
    followDocument();
}

void JsonTextEdit::documentChanged()
{
    if (m_applying)
        return;
    m_inSync = false;
    m_documentStale = true;
    if (isVisible())
        followDocument();
}

void JsonTextEdit::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    if (m_documentStale)
        followDocument();
}

void JsonTextEdit::followDocument()
{
    if (hasUnappliedText()) {
        setStatus(tr("%1 The document changed elsewhere meanwhile; applying this text would undo those changes.")
                      .arg(m_parseError),
                  true);
        return;
    }
    m_documentStale = false;
    m_typingTimer->stop();
    m_typed = false;
    const QString wanted = savedText();
    replaceMiddle(0, jsonText(), wanted);
    m_syncMap = JsonTextMap::scan(wanted);
    markSynced();
    setStatus(QString(), false);
    updateUnderlines();
}

void JsonTextEdit::replaceMiddle(qsizetype offset, const QString &current, const QString &wanted)
{
    if (wanted == current)
        return;
    // Replace only the differing middle: QTextDocument moves the cursor
    // and keeps the highlighting of every line outside it.
    const qsizetype limit = qMin(wanted.size(), current.size());
    qsizetype prefix = 0;
    while (prefix < limit && wanted[prefix] == current[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < limit - prefix && wanted[wanted.size() - 1 - suffix] == current[current.size() - 1 - suffix])
        ++suffix;
    const int scroll = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    m_syncing = true;
    QTextCursor cursor(document());
    cursor.setPosition(int(offset + prefix));
    cursor.setPosition(int(offset + current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(wanted.mid(prefix, wanted.size() - prefix - suffix));
    m_syncing = false;
    verticalScrollBar()->setValue(scroll);
    horizontalScrollBar()->setValue(horizontal);
}

void JsonTextEdit::setStatus(const QString &status, bool error)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status, error);
}

void JsonTextEdit::showFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    updateUnderlines();
}

void JsonTextEdit::updateUnderlines()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto underline = [&](qsizetype start, qsizetype end, const QColor &color) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(start));
        selection.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(color);
        selections.append(selection);
    };
    const qsizetype length = document()->characterCount() - 1;
    if (m_parseErrorOffset >= 0) {
        const qsizetype start = qMin(m_parseErrorOffset, qMax<qsizetype>(length - 1, 0));
        underline(start, qMin(start + 1, length), findingColor(Finding::Severity::Error, palette()));
    }
    const JsonTextMap &map = textMap();
    for (const Finding &finding : std::as_const(m_findings)) {
        if (selections.size() >= MaxUnderlines)
            break;
        // A missing member is marked at the nearest value that is there.
        std::string pointer = JsonUtil::toStd(finding.pointer);
        const JsonTextMap::Entry *entry = map.entryFor(pointer);
        while (!entry && !pointer.empty()) {
            pointer.erase(pointer.rfind('/'));
            entry = map.entryFor(pointer);
        }
        if (!entry)
            continue;
        qsizetype start = entry->keyStart >= 0 ? entry->keyStart : entry->valueStart;
        qsizetype end = entry->keyStart >= 0 ? entry->keyEnd : entry->valueEnd;
        // A container's element: only its first line.
        const QTextBlock block = document()->findBlock(int(start));
        end = qMin(end, qsizetype(block.position() + block.length() - 1));
        if (end > start)
            underline(start, end, findingColor(finding.severity, palette()));
    }
    setExtraSelections(selections);
}

qsizetype JsonTextEdit::offsetAt(const QPoint &position) const
{
    const QTextCursor cursor = cursorForPosition(position);
    // cursorForPosition gives the nearest gap; the character is the one after it.
    return cursor.position() - (position.x() < cursorRect(cursor).x() ? 1 : 0);
}

QString JsonTextEdit::hoverText(const JsonTextMap::Entry &entry, bool onKey) const
{
    QStringList parts;
    const QString pointer = JsonUtil::toQString(entry.pointer);
    for (const Finding &finding : std::as_const(m_findings)) {
        if (finding.pointer == pointer)
            parts << finding.message.toHtmlEscaped();
    }
    if (onKey) {
        if (const FieldInfo *field = SpecCatalogue::instance().lookup(pointer)) {
            parts << QStringLiteral("<b>%1</b><br>%2")
                         .arg(SpecCatalogue::title(*field).toHtmlEscaped(),
                              SpecCatalogue::explanation(*field).toHtmlEscaped());
        }
    }
    return parts.join(QLatin1String("<hr>"));
}

bool JsonTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto help = static_cast<QHelpEvent *>(event);
        const QPoint position = viewport()->mapFromGlobal(help->globalPos());
        const qsizetype offset = offsetAt(position);
        const JsonTextMap::Entry *entry = textMap().entryAt(offset);
        const QString text = entry ? hoverText(*entry, textMap().keyAt(offset) == entry) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // The window's Undo and Redo must not fire: these keys are handled here.
        auto key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void JsonTextEdit::keyPressEvent(QKeyEvent *event)
{
    // Tab indents, so Ctrl+Tab leaves the text: the keyboard is never trapped.
    if ((event->modifiers() & Qt::ControlModifier)
        && (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)) {
        QWidget::focusNextPrevChild(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
        return;
    }
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)) {
        // What was typed becomes its own step first; text that does not
        // parse is given up, as undo asks for the document's earlier state.
        applyTypedText();
        m_parseError.clear();
        m_parseErrorOffset = -1;
        m_typed = false;
        if (event->matches(QKeySequence::Undo))
            m_document->undoStack()->undo();
        else
            m_document->undoStack()->redo();
        followDocument();
        return;
    }
    if (m_completion->handleKey(event))
        return;
    QPlainTextEdit::keyPressEvent(event);
    m_completion->typed(event);
}

void JsonTextEdit::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ControlModifier)) {
        if (const JsonTextMap::Entry *entry = textMap().entryAt(offsetAt(event->position().toPoint()))) {
            if (const auto pointer = JsonUtil::parsePointer(JsonUtil::toQString(entry->pointer))) {
                Q_EMIT pointerActivated(*pointer);
                return;
            }
        }
    }
    QPlainTextEdit::mouseReleaseEvent(event);
}

void JsonTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateUnderlines();
    }
}

void JsonTextEdit::reportCursor()
{
    const qsizetype position = textCursor().position();
    const JsonTextMap::Entry *entry = nullptr;
    if (m_dirtyStart < 0 || !m_typedMapStale) {
        entry = textMap().entryAt(position);
    } else {
        // While typing, the map of the text is stale, and scanning it again
        // for every key would cost more than the Explain panel is worth
        // (the keystroke itself costs less): outside the typed span the map
        // of the text last applied still holds.
        const qsizetype delta = document()->characterCount() - 1 - m_syncedLength;
        if (position < m_dirtyStart)
            entry = m_syncMap.entryAt(position);
        else if (position >= m_dirtyEnd)
            entry = m_syncMap.entryAt(position - delta);
    }
    if (!entry || entry->pointer == m_focused)
        return;
    m_focused = entry->pointer;
    if (const auto pointer = JsonUtil::parsePointer(JsonUtil::toQString(entry->pointer)))
        Q_EMIT pointerFocused(*pointer);
}

bool JsonTextEdit::selectPointer(const JsonPointer &pointer)
{
    applyTypedText();
    const JsonTextMap::Entry *entry = textMap().entryFor(JsonUtil::toStd(JsonUtil::pointerString(pointer)));
    if (!entry)
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(int(entry->keyStart >= 0 ? entry->keyStart : entry->valueStart));
    cursor.setPosition(int(entry->keyStart >= 0 ? entry->keyEnd : entry->valueStart + 1), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    return true;
}
