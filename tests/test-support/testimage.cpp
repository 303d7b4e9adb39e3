// SPDX-License-Identifier: Apache-2.0
#include "testimage.h"

#include "processrun.h"

#include <QStandardPaths>

QString TestImage::build(const QString &directory)
{
    if (QStandardPaths::findExecutable(QStringLiteral("umoci")).isEmpty())
        return QStringLiteral("umoci is not installed");
    const ProcessOutcome outcome = runProcess(QStringLiteral("sh"), {QStringLiteral(OBE_MAKE_TEST_IMAGE), directory});
    if (outcome.exitCode != 0)
        return QStringLiteral("make-test-image.sh failed: ") + QString::fromUtf8(outcome.err);
    return QString();
}
