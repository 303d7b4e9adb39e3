// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "finding.h"

// Appends findings to a list; shared by the checkers of one validation run.
class FindingSink
{
public:
    explicit FindingSink(QList<Finding> *out) : m_out(out) { }

    void error(const QString &code, const QString &pointer, const QString &message)
    {
        m_out->append({Finding::Severity::Error, code, pointer, message});
    }
    void warning(const QString &code, const QString &pointer, const QString &message)
    {
        m_out->append({Finding::Severity::Warning, code, pointer, message});
    }
    // A finding about this machine (see Finding::host); `code` starts with "host.".
    void hostWarning(const QString &code, const QString &pointer, const QString &message)
    {
        m_out->append({Finding::Severity::Warning, code, pointer, message, true});
    }
    void info(const QString &code, const QString &pointer, const QString &message)
    {
        m_out->append({Finding::Severity::Info, code, pointer, message});
    }
    // A finding made elsewhere (a cached run's).
    void append(const Finding &finding) { m_out->append(finding); }

private:
    QList<Finding> *m_out;
};
