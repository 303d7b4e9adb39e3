// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTranslator>

// Wraps every text of one context in <...>, so a test can tell which
// strings went through translation under that context.
class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context) : m_context(context) { }

    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return {};
        return QLatin1Char('<') + QString::fromUtf8(sourceText) + QLatin1Char('>');
    }
    bool isEmpty() const override { return false; }

private:
    const char *m_context;
};
