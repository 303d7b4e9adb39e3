// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The hardening standards the security review maps its checks to.
enum class SecurityStandard {
    DockerBench,   // Docker Bench for Security, section 5 (CIS Docker Benchmark 1.6.0 numbering)
    PssBaseline,   // Kubernetes Pod Security Standards, baseline profile
    PssRestricted, // the same, restricted profile (includes baseline's controls)
    Kubesec,       // kubesec.io's rules
    Trivy,         // Trivy's Kubernetes checks (KSV IDs)
};

// One control of one standard: "5.4", "Capabilities", "CapSysAdmin", "KSV005".
// Controls are the standards' own identifiers and stay untranslated.
struct SecurityReference
{
    SecurityStandard standard;
    const char *control;
};

// One check of the review. The table in securityrules.cpp holds them all;
// SecurityReview finds the places in a document that fail them.
struct SecurityRule
{
    const char *code; // "security.…", stable
    Finding::Severity severity;
    QList<SecurityReference> references;
    const char *explanation; // why it matters and what to do, for QCoreApplication::translate("SecurityReview", …)
    bool fixable;            // whether its findings come with a fix
};

namespace SecurityRules {

const QList<SecurityRule> &all();
// nullptr for a code that is no rule's.
const SecurityRule *find(const QString &code);

QList<SecurityStandard> standards();
// "Docker Bench §5", "PSS baseline", …, translated.
QString standardName(SecurityStandard standard);
// "docker-bench", "pss-baseline", …: stable, for JSON.
QString standardId(SecurityStandard standard);
// "Docker Bench 5.4", "PSS baseline: Capabilities", "kubesec CapSysAdmin", "Trivy KSV005".
QString referenceText(const SecurityReference &reference);
QStringList referenceTexts(const SecurityRule &rule);
bool references(const SecurityRule &rule, SecurityStandard standard);
QString explanation(const SecurityRule &rule);

// --- facts the rules compare a configuration with ---------------------------

// runc spec's capability set (bounding, effective, permitted).
QStringList runcDefaultCapabilities();
// Docker's default capability set; Docker Bench 5.4 counts what goes beyond it.
QStringList dockerDefaultCapabilities();
// What PSS baseline lets a container add; restricted allows NET_BIND_SERVICE alone.
QStringList pssBaselineCapabilities();
// runc spec's linux.maskedPaths and linux.readonlyPaths (runc 1.1).
QStringList runcMaskedPaths();
QStringList runcReadonlyPaths();
// The sysctls Kubernetes calls safe (namespaced, isolated from other pods), as of 1.29.
QStringList safeSysctls();
// SELinux types PSS baseline allows.
QStringList pssSelinuxTypes();

} // namespace SecurityRules
