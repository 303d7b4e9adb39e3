// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class TextFindField;

// The stdio of a terminal: false container: its stdout and stderr (marked)
// and a line input for its stdin, with a way to send end of file.
class ConsoleView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleView(QWidget *parent = nullptr);

    void appendOutput(const QByteArray &data);
    void appendError(const QByteArray &data);
    // A note from the editor itself ("container exited"), not from the container.
    void appendNote(const QString &text);
    void clear();
    // The text shown, stderr lines included.
    QString text() const;
    // Ctrl+F shows it: the output searched, Enter next, Shift+Enter previous.
    TextFindField *findField() const { return m_find; }
    void setInputEnabled(bool enabled);

Q_SIGNALS:
    // A line the user typed, with its newline.
    void inputSubmitted(const QByteArray &data);
    void endOfFileRequested();

private:
    void append(const QString &text, const QColor &color, bool marked);
    void submit();

    QPlainTextEdit *m_output;
    QLineEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_eof;
    TextFindField *m_find;
};
