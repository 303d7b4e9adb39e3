// SPDX-License-Identifier: Apache-2.0
#include "shellwords.h"

#include <algorithm>

Result<QStringList> ShellWords::split(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote; // '\'' or '"' while inside quotes
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == u'\'') {
            if (c == u'\'')
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (c == u'\\') {
            if (i + 1 == line.size())
                return Result<QStringList>::failure(tr("The command ends with a backslash."));
            const QChar next = line.at(++i);
            // Inside double quotes a backslash escapes only what the shell would.
            if (quote == u'"' && next != u'"' && next != u'\\' && next != u'$' && next != u'`')
                word += c;
            word += next;
            inWord = true;
            continue;
        }
        if (quote == u'"') {
            if (c == u'"')
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true; // '' is an empty word
        } else if (c == u' ' || c == u'\t' || c == u'\n') {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return Result<QStringList>::failure(quote == u'\'' ? tr("A single quote (') is not closed.")
                                                           : tr("A double quote (\") is not closed."));
    if (inWord)
        words << word;
    return words;
}

QString ShellWords::join(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words) {
        static const QString plain =
            QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%");
        const bool needsQuotes =
            word.isEmpty() || std::any_of(word.cbegin(), word.cend(), [](QChar c) { return !plain.contains(c); });
        if (!needsQuotes) {
            quoted << word;
            continue;
        }
        // Single quotes keep everything but a single quote, which closes,
        // escapes and reopens: it's -> 'it'\''s'.
        QString text = word;
        text.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        quoted << QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    return quoted.join(QLatin1Char(' '));
}
