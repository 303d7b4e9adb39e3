// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QString>
#include <QStringList>

// What the Exec form asks for, turned into the process.json "runc exec
// --process" reads.
struct ExecRequest
{
    QStringList args;
    QStringList env; // "NAME=value"
    QString cwd = QStringLiteral("/");
    quint32 uid = 0;
    quint32 gid = 0;
    bool terminal = false;

    // The container's own process object (capabilities, rlimits, ...) with
    // this request's fields on top, so that the new process gets the same
    // privileges as the container's init process rather than none.
    Json toProcessJson(const Json &baseProcess = Json::object()) const;
    // Empty when the request can run, else the reason.
    QString problem() const;
};
