// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "document/jsontextmap.h"
#include "ocispec/finding.h"

#include <QPlainTextEdit>

class JsonCompletion;
class JsonHighlighter;
class SpecDocument;
class QTimer;

// config.json exactly as Save writes it, editable. A pause in typing
// (300 ms) parses the text; when it parses, the difference to the document
// becomes one command on the document's undo stack (JsonTextDiff), and the
// text is brought back to what Save writes, changing only the bytes that
// differ so that the cursor stays. When everything typed lies inside one
// value, that value alone is parsed, applied and written back, and the map
// of the text moves its later ranges instead of scanning again (the common
// keystroke then costs far less than a parse of the whole text). Text that
// does not parse is kept as typed, applied to nothing and reported through
// statusChanged(); changes made elsewhere meanwhile do not overwrite it.
// Edits elsewhere replace only the range of the text that changed.
//
// Ctrl+Z and Ctrl+Y undo and redo on the document's stack: the text has no
// undo history of its own.
class JsonTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int TypingPause = 300; // ms

    explicit JsonTextEdit(SpecDocument *document, QWidget *parent = nullptr);

    SpecDocument *specDocument() const { return m_document; }
    JsonCompletion *completion() const { return m_completion; }
    JsonHighlighter *highlighter() const { return m_highlighter; }

    // Parses and applies what was typed now rather than after the pause.
    void applyTypedText();
    // True while the text does not parse and so is not in the document.
    bool hasUnappliedText() const { return !m_parseError.isEmpty(); }
    // Why the text does not parse, or a note about typed text (white space);
    // empty when the text is what Save writes.
    QString status() const { return m_status; }

    // Takes the window's findings: wavy underlines, the message on hover.
    void showFindings(const QList<Finding> &findings);
    // The map of the text as it is now: kept up to date through applied
    // edits, scanned again when asked for after typing.
    const JsonTextMap &textMap() const;
    // Selects the key (or value) of pointer; false when the text has none.
    bool selectPointer(const JsonPointer &pointer);

Q_SIGNALS:
    // The status text changed; error is true for a parse error.
    void statusChanged(const QString &status, bool error);
    // Ctrl+click on a key or value.
    void pointerActivated(const JsonPointer &pointer);
    // The cursor moved into another value.
    void pointerFocused(const JsonPointer &pointer);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void typed();
    void trackChange(int position, int removed, int added);
    bool applyTypedValue();
    void documentChanged();
    void followDocument();
    void replaceMiddle(qsizetype offset, const QString &current, const QString &wanted);
    void markSynced();
    QString jsonText() const;
    QString jsonText(qsizetype start, qsizetype end) const;
    void setStatus(const QString &status, bool error);
    void updateUnderlines();
    void reportCursor();
    QString savedText() const;
    qsizetype offsetAt(const QPoint &position) const;
    QString hoverText(const JsonTextMap::Entry &entry, bool onKey) const;

    SpecDocument *m_document;
    JsonHighlighter *m_highlighter;
    JsonCompletion *m_completion;
    QTimer *m_typingTimer;
    QList<Finding> m_findings;
    // The map of the text as last brought to what Save writes.
    JsonTextMap m_syncMap;
    // The map of typed text, scanned when asked for.
    mutable JsonTextMap m_typedMap;
    mutable bool m_typedMapStale = true;
    // What changed since the text was last what Save writes: [start, end)
    // in the text as it is now; -1 when nothing did. Outside it the text is
    // still m_syncMap's, so a change within one value is parsed, applied
    // and written back as that value alone.
    qsizetype m_dirtyStart = -1;
    qsizetype m_dirtyEnd = -1;
    qsizetype m_syncedLength = 0;
    // The document has not changed since that text was written from it.
    bool m_inSync = false;
    QString m_status;
    QString m_parseError;
    qsizetype m_parseErrorOffset = -1;
    std::string m_focused = "\x01"; // no pointer yet
    bool m_typed = false;           // typed text not yet applied
    bool m_syncing = false;         // the text is being changed to the document's
    bool m_applying = false;        // the document is changing for typed text
    bool m_documentStale = true;    // follow the document when next shown
};
