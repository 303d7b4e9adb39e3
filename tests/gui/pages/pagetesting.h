// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small helpers shared by the editor page tests.

#include "document/specdocument.h"

#include <QAbstractButton>
#include <QTest>
#include <QWidget>

#include <memory>

namespace PageTesting {

// Where Tab leads from widget: the next visible, enabled tab stop.
inline QWidget *nextTabStop(QWidget *widget)
{
    for (QWidget *next = widget->nextInFocusChain(); next != widget; next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled())
            return next;
    }
    return nullptr;
}

// The button of a widget tree with exactly this text ("&Add").
inline QAbstractButton *button(QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *candidate : buttons) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

// The value at pointer as compact JSON text, or "absent".
inline QByteArray valueText(const SpecDocument &document, const char *pointer)
{
    const Json *value = document.value(JsonPointer(pointer));
    return value ? QByteArray::fromStdString(value->dump()) : QByteArrayLiteral("absent");
}

// Undoes the last edit and checks that exactly the original text is back.
inline bool undoRestores(SpecDocument &document, const QByteArray &original)
{
    if (!document.undoStack()->canUndo())
        return false;
    document.undoStack()->undo();
    return document.toJson() == original;
}

} // namespace PageTesting

namespace PageTesting {

// A document loaded from a config and a page over it, shown at the smallest
// window size the editor supports. Tests call open() in init() and close()
// in cleanup().
template<typename Page>
class PageFixture
{
public:
    bool open(const QByteArray &config)
    {
        m_document = std::make_unique<SpecDocument>();
        if (!m_document->loadFromData(config))
            return false;
        m_page = std::make_unique<Page>(m_document.get());
        m_page->resize(1024, 700);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get());
    }
    void close()
    {
        m_page.reset();
        m_document.reset();
    }
    SpecDocument *document() const { return m_document.get(); }
    Page *page() const { return m_page.get(); }

private:
    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<Page> m_page;
};

} // namespace PageTesting
