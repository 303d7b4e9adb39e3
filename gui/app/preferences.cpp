// SPDX-License-Identifier: Apache-2.0
#include "preferences.h"

#include <QSettings>

namespace Preferences {

QString language()
{
    return QSettings().value(QLatin1String(LanguageKey)).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(QLatin1String(LanguageKey), code);
}

QString runtimeProgram()
{
    return QSettings().value(QLatin1String(RuntimeProgramKey), QStringLiteral("runc")).toString();
}

void setRuntimeProgram(const QString &program)
{
    QSettings().setValue(QLatin1String(RuntimeProgramKey), program);
}

QString runtimeRoot()
{
    return QSettings().value(QLatin1String(RuntimeRootKey)).toString();
}

void setRuntimeRoot(const QString &directory)
{
    QSettings().setValue(QLatin1String(RuntimeRootKey), directory);
}

bool systemdCgroup()
{
    return QSettings().value(QLatin1String(SystemdCgroupKey), false).toBool();
}

void setSystemdCgroup(bool enabled)
{
    QSettings().setValue(QLatin1String(SystemdCgroupKey), enabled);
}

bool rootless()
{
    return QSettings().value(QLatin1String(RootlessKey), false).toBool();
}

void setRootless(bool enabled)
{
    QSettings().setValue(QLatin1String(RootlessKey), enabled);
}

} // namespace Preferences
