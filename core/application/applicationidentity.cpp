// SPDX-License-Identifier: Apache-2.0
#include "applicationidentity.h"

#include <QCoreApplication>

void ApplicationIdentity::install()
{
    QCoreApplication::setOrganizationName(QStringLiteral("oci-bundle-editor"));
    QCoreApplication::setApplicationName(QStringLiteral("oci-bundle-editor"));
    QCoreApplication::setApplicationVersion(version());
}

QString ApplicationIdentity::version()
{
    return QStringLiteral(OBE_VERSION);
}
