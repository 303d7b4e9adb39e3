// SPDX-License-Identifier: Apache-2.0
#include "execrequest.h"

#include <QCoreApplication>

static Json stringArray(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &item : list)
        array.push_back(JsonUtil::toStd(item));
    return array;
}

Json ExecRequest::toProcessJson(const Json &baseProcess) const
{
    Json process = baseProcess.is_object() ? baseProcess : Json::object();
    process["terminal"] = terminal;
    Json user = process.contains("user") && process["user"].is_object() ? process["user"] : Json::object();
    user["uid"] = uid;
    user["gid"] = gid;
    process["user"] = user;
    process["args"] = stringArray(args);
    if (!env.isEmpty() || !process.contains("env"))
        process["env"] = stringArray(env);
    process["cwd"] = JsonUtil::toStd(cwd.isEmpty() ? QStringLiteral("/") : cwd);
    // A console size belongs to the container's terminal, not to this one.
    process.erase("consoleSize");
    return process;
}

QString ExecRequest::problem() const
{
    if (args.isEmpty() || args.first().isEmpty())
        return QCoreApplication::translate("ExecRequest", "Enter the program to run.");
    if (!cwd.isEmpty() && !cwd.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("ExecRequest", "The working directory must be an absolute path.");
    for (const QString &entry : env) {
        if (!entry.contains(QLatin1Char('=')) || entry.startsWith(QLatin1Char('=')))
            return QCoreApplication::translate("ExecRequest", "The environment entry \"%1\" is not NAME=value.")
                .arg(entry);
    }
    return QString();
}
