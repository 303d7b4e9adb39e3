// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "runtime/containersession.h"

#include <QPointer>
#include <QWidget>

class LaunchTimelineModel;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;
class SpecDocument;

// The Run view's Timeline tab: what the runtime will do with the open
// bundle on create, start and delete, in order, each step with the field
// that causes it. While the session runs a container the steps it is seen
// reaching light up (from runc's debug log, the commands' results and the
// container's state); a failure marks the step it stopped at.
class LaunchTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit LaunchTimelineView(QWidget *parent = nullptr);

    // The plan follows the document, except while a container made from it
    // exists (its steps stay as they were observed).
    void setDocument(SpecDocument *document);
    void setRuntimeName(const QString &name);
    // Observes the session's lifecycle actions, log and state.
    void follow(ContainerSession *session);

    LaunchTimelineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void pointerActivated(const JsonPointer &pointer);

private:
    void rebuild();
    void showCurrent();
    void activate(const QModelIndex &index);

    QPointer<SpecDocument> m_document;
    QString m_runtime = QStringLiteral("runc");
    LaunchTimelineModel *m_model;
    QTreeView *m_view;
    QLabel *m_details;
    QPushButton *m_goToField;
    QTimer *m_follow;
};
