// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QList>
#include <QString>

// One result of validating a configuration.
struct Finding
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;    // stable identifier, e.g. "mount.destination.relative"
    QString pointer; // RFC 6901 pointer of the offending value, e.g. "/mounts/3/destination"
    QString message; // translated, for people
    // About this machine rather than the configuration (a bind source, a
    // namespace path, a CPU it lacks): another host may run the bundle.
    // Such findings are warnings, and their codes start with "host.".
    bool host = false;

    bool operator==(const Finding &other) const = default;
};

namespace Findings {

// "error", "warning", "info": stable, for machine-readable output.
QString severityName(Finding::Severity severity);
// The same, translated for display.
QString severityDisplayName(Finding::Severity severity);
bool hasErrors(const QList<Finding> &findings);
qsizetype count(const QList<Finding> &findings, Finding::Severity severity);

// {"severity": "...", "code": "...", "pointer": "...", "message": "..."},
// plus "host": true for findings about this machine.
Json toJson(const Finding &finding);
// {"errors": n, "warnings": n, "infos": n, "findings": [...]}, for `check --format json`.
Json toJson(const QList<Finding> &findings);
// "error: /mounts/3/destination: message [code]", one finding per line.
QString toText(const Finding &finding);

} // namespace Findings
