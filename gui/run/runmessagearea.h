// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "ocispec/finding.h"

#include <QWidget>

class FindingsModel;
class QLabel;
class QTableView;
class SpecDocument;

// What the run view has to say about the last action: one line with the
// icon of its severity (the palette has no error colour), and under it the
// findings behind it, each at the field it is about. Hidden while empty.
class RunMessageArea : public QWidget
{
    Q_OBJECT

public:
    explicit RunMessageArea(QWidget *parent = nullptr);

    // Names list elements in the findings' locations.
    void setDocument(const SpecDocument *document);
    // An empty text clears the line; the findings stay until replaced.
    void showMessage(const QString &text, Finding::Severity severity);
    void setFindings(const QList<Finding> &findings);
    void clear();

    QString text() const;
    QList<Finding> findings() const;
    QTableView *findingsView() const { return m_findingsView; }

Q_SIGNALS:
    // A finding was double-clicked (or Enter pressed on it).
    void findingActivated(const JsonPointer &pointer);

private:
    void updateVisibility();

    QLabel *m_icon;
    QLabel *m_text;
    FindingsModel *m_findings;
    QTableView *m_findingsView;
};
