// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

// One runtime invocation: the program and its arguments, never a shell string.
struct RuntimeCommand
{
    QString program;
    QStringList arguments;

    bool operator==(const RuntimeCommand &other) const = default;
};
