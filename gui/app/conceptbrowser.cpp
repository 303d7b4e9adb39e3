// SPDX-License-Identifier: Apache-2.0
#include "conceptbrowser.h"

#include "document/specdocument.h"
#include "learn/conceptpage.h"

#include <QTextDocument>

ConceptBrowser::ConceptBrowser(const SpecDocument *document, QWidget *parent)
    : QTextBrowser(parent), m_document(document)
{
    setObjectName(QStringLiteral("conceptText"));
    setAccessibleName(tr("Topic"));
    setAccessibleDescription(tr("The chosen concept explained; Tab moves between its links"));
    // Links are followed here: topics in the browser, fields by the window.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ConceptBrowser::followLink);
}

void ConceptBrowser::showTopic(ConceptTopic topic)
{
    setSource(ConceptTopics::topicUrl(topic), QTextDocument::HtmlResource);
}

std::optional<ConceptTopic> ConceptBrowser::topic() const
{
    return ConceptTopics::topicOfUrl(source());
}

QVariant ConceptBrowser::loadResource(int type, const QUrl &name)
{
    if (const std::optional<ConceptTopic> topic = ConceptTopics::topicOfUrl(name))
        return ConceptPage::html(*topic, m_document->root(), m_document->bundleDirectory());
    return QTextBrowser::loadResource(type, name);
}

void ConceptBrowser::followLink(const QUrl &url)
{
    if (const std::optional<ConceptTopic> topic = ConceptTopics::topicOfUrl(url))
        showTopic(*topic);
    else if (const std::optional<JsonPointer> pointer = ConceptTopics::pointerOfUrl(url))
        Q_EMIT fieldRequested(*pointer);
    else if (ConceptTopics::isTimelineUrl(url))
        Q_EMIT timelineRequested();
}
