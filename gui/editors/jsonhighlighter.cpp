// SPDX-License-Identifier: Apache-2.0
#include "jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

// A colour between two palette roles, so that it follows light and dark themes.
QColor blend(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share, a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor link = palette.color(QPalette::Link);
    const QColor visited = palette.color(QPalette::LinkVisited);
    m_key.setForeground(link);
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(blend(text, visited, 0.75));
    m_number.setForeground(blend(text, link, 0.5));
    m_literal.setForeground(blend(text, visited, 0.5));
    m_literal.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(palette.color(QPalette::PlaceholderText));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < size && text[end] != u'"')
                end += text[end] == u'\\' ? 2 : 1;
            end = qMin(end + 1, size);
            // A string followed by ':' is a key.
            qsizetype next = end;
            while (next < size && text[next].isSpace())
                ++next;
            const bool key = next < size && text[next] == u':';
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < size && (text[end].isDigit() || QStringView(u".eE+-").contains(text[end])))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < size && text[end].isLetter())
                ++end;
            setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}
