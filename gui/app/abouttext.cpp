// SPDX-License-Identifier: Apache-2.0
#include "abouttext.h"

#include <QStringList>

QString AboutText::html(const QList<InstalledRuntime> &runtimes)
{
    QStringList versions;
    versions << tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    for (const InstalledRuntime &runtime : runtimes)
        versions << runtimeLine(runtime).toHtmlEscaped();
    return tr("<h3>OCI Bundle Editor %1</h3>"
              "<p>Author, inspect and run OCI runtime bundles: a config.json and its root "
              "filesystem.</p><p>Follows the OCI runtime specification 1.0.0 to 1.3.0.</p>")
               .arg(QCoreApplication::applicationVersion())
        + QStringLiteral("<p>") + versions.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QString AboutText::runtimeLine(const InstalledRuntime &runtime)
{
    if (runtime.path.isEmpty())
        return tr("%1: not installed").arg(runtime.name);
    if (runtime.version.isEmpty())
        return tr("%1 at %2 (it did not say its version)").arg(runtime.name, runtime.path);
    if (runtime.specVersion.isEmpty())
        return tr("%1 %2 at %3").arg(runtime.name, runtime.version, runtime.path);
    return tr("%1 %2 at %3, built for runtime-spec %4")
        .arg(runtime.name, runtime.version, runtime.path, runtime.specVersion);
}
