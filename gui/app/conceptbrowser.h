// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "learn/concepttopic.h"

#include <QTextBrowser>

#include <optional>

class SpecDocument;

// Shows Learn OCI's pages: an "obe-topic:" source is written from the
// document each time it loads (reload() after an edit shows the new values),
// so Back and Forward keep QTextBrowser's own history. A click on an
// "obe-field:" link is handed on as fieldRequested().
class ConceptBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ConceptBrowser(const SpecDocument *document, QWidget *parent = nullptr);

    void showTopic(ConceptTopic topic);
    std::optional<ConceptTopic> topic() const;

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void fieldRequested(const JsonPointer &pointer);
    // The link to the Run mode's timeline was followed.
    void timelineRequested();

private:
    void followLink(const QUrl &url);

    const SpecDocument *m_document;
};
