// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What a program did: its exit code and everything it printed.
struct ProcessOutcome
{
    int exitCode = -1; // -1 when it crashed or did not finish (err says which)
    QByteArray out;
    QByteArray err;
};

// Runs a program to its end, two minutes at the most.
ProcessOutcome runProcess(const QString &program, const QStringList &arguments,
                          const QString &workingDirectory = QString(),
                          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// This process's environment as on a server: no display for Qt to find.
QProcessEnvironment withoutDisplay();
