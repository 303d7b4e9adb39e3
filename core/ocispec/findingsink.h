// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "finding.h"
#include "findingcodes.h"

// Appends findings to a list; shared by the checkers of one validation run.
// Codes come from the registry (findingcodes.h), never as free text.
class FindingSink
{
public:
    explicit FindingSink(QList<Finding> *out) : m_out(out) { }

    void error(FindingCode code, const QString &pointer, const QString &message)
    {
        m_out->append({Finding::Severity::Error, FindingCodes::id(code), pointer, message});
    }
    void warning(FindingCode code, const QString &pointer, const QString &message)
    {
        m_out->append({Finding::Severity::Warning, FindingCodes::id(code), pointer, message});
    }
    // A finding about this machine (see Finding::host); its code starts with "host.".
    void hostWarning(FindingCode code, const QString &pointer, const QString &message)
    {
        m_out->append({Finding::Severity::Warning, FindingCodes::id(code), pointer, message, true});
    }
    void info(FindingCode code, const QString &pointer, const QString &message)
    {
        m_out->append({Finding::Severity::Info, FindingCodes::id(code), pointer, message});
    }
    // A finding made elsewhere (a cached run's).
    void append(const Finding &finding) { m_out->append(finding); }

private:
    QList<Finding> *m_out;
};
