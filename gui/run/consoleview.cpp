// SPDX-License-Identifier: Apache-2.0
#include "consoleview.h"

#include "editors/findingmarks.h"
#include "editors/textfindfield.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace {
// Enough for long runs; older output is dropped rather than eat memory.
constexpr int MaximumLines = 20000;
} // namespace

ConsoleView::ConsoleView(QWidget *parent)
    : QWidget(parent), m_output(new QPlainTextEdit(this)), m_input(new QLineEdit(this)),
      m_send(new QPushButton(tr("Send"), this)), m_eof(new QPushButton(tr("Send EOF"), this))
{
    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_eof->setObjectName(QStringLiteral("eofButton"));
    m_output->setReadOnly(true);
    m_output->setAccessibleName(tr("Console output"));
    m_output->setAccessibleDescription(tr("What the container wrote to stdout and stderr"));
    // Read-only: Tab has nothing to type, so it moves on.
    m_output->setTabChangesFocus(true);
    // Ctrl+F anywhere in the console, the input line included.
    m_find = new TextFindField(m_output, this, this);
    m_find->setObjectName(QStringLiteral("consoleFindField"));
    m_find->setPlaceholderText(tr("Find in the output (Enter: next, Shift+Enter: previous, Esc: close)"));
    m_output->setMaximumBlockCount(MaximumLines);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr("Input for the container's stdin"));
    m_input->setAccessibleName(tr("Console input"));
    m_input->setAccessibleDescription(m_input->placeholderText());
    m_eof->setToolTip(tr("Close the container's stdin"));
    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleView::submit);
    connect(m_send, &QPushButton::clicked, this, &ConsoleView::submit);
    connect(m_eof, &QPushButton::clicked, this, &ConsoleView::endOfFileRequested);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send);
    inputRow->addWidget(m_eof);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_find);
    layout->addLayout(inputRow);
}

void ConsoleView::append(const QString &text, const QColor &color, bool marked)
{
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    if (color.isValid())
        format.setForeground(color);
    if (marked)
        format.setFontItalic(true);
    cursor.insertText(text, format);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void ConsoleView::appendOutput(const QByteArray &data)
{
    append(QString::fromUtf8(data), QColor(), false);
}

void ConsoleView::appendError(const QByteArray &data)
{
    // stderr in the error colour made for the palette, readable light or dark.
    append(QString::fromUtf8(data), FindingMarks::textColor(Finding::Severity::Error, palette()), true);
}

void ConsoleView::appendNote(const QString &text)
{
    append(QStringLiteral("[%1]\n").arg(text), palette().color(QPalette::PlaceholderText), true);
}

void ConsoleView::clear()
{
    m_output->clear();
}

QString ConsoleView::text() const
{
    return m_output->toPlainText();
}

void ConsoleView::setInputEnabled(bool enabled)
{
    m_input->setEnabled(enabled);
    m_send->setEnabled(enabled);
    m_eof->setEnabled(enabled);
}

void ConsoleView::submit()
{
    const QString line = m_input->text();
    m_input->clear();
    Q_EMIT inputSubmitted(line.toUtf8() + '\n');
}
