// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>

class QPlainTextEdit;

// A find field for a text view, hidden until Ctrl+F anywhere in scope:
// Enter selects the next match, Shift+Enter the one before (wrapping round
// once), Esc hides the field and hands the focus back to the text.
class TextFindField : public QLineEdit
{
    Q_OBJECT

public:
    TextFindField(QPlainTextEdit *text, QWidget *scope, QWidget *parent = nullptr);

    // Selects the next (or previous) match; false when there is none.
    bool find(bool backward);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPlainTextEdit *m_text;
};
