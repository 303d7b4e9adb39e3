// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "securityrules.h"

#include "document/jsonedit.h"

#include <QList>

// One place in a configuration that fails a hardening check. Its Finding
// carries the rule's code and severity, the pointer and a message about this
// place; the rule adds the standards and the explanation. fix, when not
// empty, is an ordinary edit that removes the finding.
struct SecurityFinding
{
    Finding finding;
    const SecurityRule *rule = nullptr;
    QList<JsonEdit> fix;
    QString fixDescription; // what the fix does, translated: "Remove CAP_SYS_ADMIN from every capability set"

    bool hasFix() const { return !fix.isEmpty(); }
    bool operator==(const SecurityFinding &other) const;
};

// The head of a review: counts per severity and, per standard, how many
// findings fail one of its controls (none: the configuration passes it).
// PSS restricted counts the findings of baseline's controls too.
struct SecuritySummary
{
    struct Verdict
    {
        SecurityStandard standard;
        qsizetype failures = 0;
        bool passed() const { return failures == 0; }
    };

    qsizetype errors = 0;
    qsizetype warnings = 0;
    qsizetype infos = 0;
    QList<Verdict> verdicts; // every standard, in SecurityRules::standards() order

    const Verdict *verdict(SecurityStandard standard) const;
};

// Reviews a configuration against established container hardening checks
// (see SecurityRules). Apart from validation: a valid bundle may well be
// weakly hardened, so its findings are warnings and notes, never errors, and
// `check` shows them only with --security. Linear in the document size; reads
// only the document, never the machine.
class SecurityReview
{
    Q_DECLARE_TR_FUNCTIONS(SecurityReview)

public:
    static QList<SecurityFinding> run(const Json &root);
    static SecuritySummary summarize(const QList<SecurityFinding> &findings);

    // "2 warnings, 1 note" or "No hardening findings".
    static QString countsText(const SecuritySummary &summary);
    // "PSS baseline: passed" or "PSS baseline: 2 findings", one per standard.
    static QStringList verdictTexts(const SecuritySummary &summary);

    // {"severity", "code", "pointer", "message", "explanation", "standards": [...],
    //  "fix": {"available": bool, "description", "edits": [...]}}
    static Json toJson(const SecurityFinding &finding);
    // {"summary": {"errors", "warnings", "infos", "standards": [{"id", "name", "passed", "findings"}]},
    //  "findings": [...]}
    static Json toJson(const QList<SecurityFinding> &findings);
};
