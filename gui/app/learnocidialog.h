// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "learn/concepttopic.h"

#include <QDialog>

class ConceptBrowser;
class QListView;
class QStringListModel;
class QTimer;
class QToolButton;
class SpecDocument;

// Help > Learn OCI: the concept pages, a list of topics beside the page,
// with Back and Forward. It stays open beside the window and follows the
// document, so an edit shows on the page a moment later.
class LearnOciDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LearnOciDialog(const SpecDocument *document, QWidget *parent = nullptr);

    void showTopic(ConceptTopic topic);
    ConceptBrowser *browser() const { return m_browser; }
    QListView *topicView() const { return m_topicView; }

Q_SIGNALS:
    // A link to the field that edits what the page explains.
    void fieldRequested(const JsonPointer &pointer);
    void timelineRequested();

private:
    void selectTopic(const QUrl &source);

    QStringListModel *m_topics;
    QListView *m_topicView;
    ConceptBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
    QTimer *m_refresh;
    bool m_followingBrowser = false;
};
