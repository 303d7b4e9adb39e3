#include "scrollableeditorpage.h"

#include <QScrollArea>
#include <QVBoxLayout>

ScrollableEditorPage::ScrollableEditorPage(SpecDocument *document, QWidget *parent)
    : EditorPage(document, parent), m_scrollArea(new QScrollArea(this)), m_content(new QWidget)
{
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(m_content); // the scroll area owns the content
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);
}
