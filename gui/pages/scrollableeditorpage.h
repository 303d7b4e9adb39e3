#pragma once

#include "editors/editorpage.h"

class QScrollArea;

// An editor page whose content scrolls, for tabs taller than a small window
// (Resources, Security). Subclasses fill content().
class ScrollableEditorPage : public EditorPage
{
    Q_OBJECT

public:
    ScrollableEditorPage(SpecDocument *document, QWidget *parent = nullptr);

protected:
    QWidget *content() const { return m_content; }
    QScrollArea *scrollArea() const { return m_scrollArea; }

private:
    QScrollArea *m_scrollArea;
    QWidget *m_content;
};
