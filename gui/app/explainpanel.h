// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "learn/concepttopic.h"

#include <QWidget>

class QTextBrowser;
struct FieldInfo;

// "Explain this field": what the spec catalogue knows about the field the
// user is working on — its title, explanation, type, allowed values,
// default, unit, the spec version that added it and its spec section, and
// a link to the Learn OCI page of the concept behind it.
class ExplainPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainPanel(QWidget *parent = nullptr);

    JsonPointer pointer() const { return m_pointer; }
    // The panel's text as shown (for tests and screen readers).
    QString plainText() const;

    // The HTML shown for a pointer; public so the text can be tested.
    static QString describe(const JsonPointer &pointer);

public Q_SLOTS:
    void showPointer(const JsonPointer &pointer);

Q_SIGNALS:
    // The "Learn more" link under a field: the concept page it belongs to.
    void conceptRequested(ConceptTopic topic);

private:
    static QString describeField(const FieldInfo &field, const JsonPointer &pointer);

    QTextBrowser *m_text;
    JsonPointer m_pointer;
};
