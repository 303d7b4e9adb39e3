// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Differences between two texts as a unified diff, made by diff(1) from
// Debian's diffutils (part of every Debian system) rather than by hand.
class UnifiedDiff
{
    Q_DECLARE_TR_FUNCTIONS(UnifiedDiff)

public:
    // The diff of before and after, headed by the two labels; empty when the
    // texts are equal.
    static Result<QByteArray> compute(const QByteArray &before, const QByteArray &after, const QString &beforeLabel,
                                      const QString &afterLabel);
};
