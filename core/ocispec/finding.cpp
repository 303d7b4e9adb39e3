// SPDX-License-Identifier: Apache-2.0
#include "finding.h"

#include <QCoreApplication>

#include <algorithm>

namespace Findings {

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return QStringLiteral("error");
    case Finding::Severity::Warning: return QStringLiteral("warning");
    case Finding::Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString severityDisplayName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return QCoreApplication::translate("Findings", "Error");
    case Finding::Severity::Warning: return QCoreApplication::translate("Findings", "Warning");
    case Finding::Severity::Info: return QCoreApplication::translate("Findings", "Info");
    }
    return {};
}

bool hasErrors(const QList<Finding> &findings)
{
    return count(findings, Finding::Severity::Error) > 0;
}

qsizetype count(const QList<Finding> &findings, Finding::Severity severity)
{
    return std::count_if(findings.begin(), findings.end(),
                         [severity](const Finding &f) { return f.severity == severity; });
}

Json toJson(const Finding &finding)
{
    Json object = Json::object();
    object["severity"] = JsonUtil::toStd(severityName(finding.severity));
    object["code"] = JsonUtil::toStd(finding.code);
    object["pointer"] = JsonUtil::toStd(finding.pointer);
    object["message"] = JsonUtil::toStd(finding.message);
    if (finding.host)
        object["host"] = true;
    return object;
}

Json toJson(const QList<Finding> &findings)
{
    Json list = Json::array();
    for (const Finding &finding : findings)
        list.push_back(toJson(finding));
    Json result = Json::object();
    result["errors"] = count(findings, Finding::Severity::Error);
    result["warnings"] = count(findings, Finding::Severity::Warning);
    result["infos"] = count(findings, Finding::Severity::Info);
    result["findings"] = std::move(list);
    return result;
}

QString toText(const Finding &finding)
{
    const QString where = finding.pointer.isEmpty() ? QStringLiteral("/") : finding.pointer;
    return QStringLiteral("%1: %2: %3 [%4]").arg(severityName(finding.severity), where, finding.message, finding.code);
}

} // namespace Findings
