// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The headless interface: `oci-bundle-editor check|get|set|new|diff|help
// ...`, plus --help and --version. It runs inside a QCoreApplication (for
// translations) and needs no display. Exit codes: 0 success, 1 the bundle
// has validation errors (for diff: the configs differ), 2 nothing could be
// done (bad use, unreadable bundle, bad pointer or value, write failure).
class CommandLine
{
public:
    enum ExitCode { Success = 0, InvalidBundle = 1, Different = 1, Failure = 2 };

    // False only for what opens the window: no argument, or one existing
    // bundle directory or config.json, with Qt's and the window's own
    // options around it. Everything else -- a subcommand, help, the version,
    // and any mistake -- runs headless, so that a typo is a usage error
    // rather than a window that needs a display.
    static bool isCommandLineInvocation(int argc, char **argv);

    // Why the window would not take these arguments (the program's name
    // excluded); empty when it would.
    static QString windowArgumentsProblem(const QStringList &arguments);

    // argv as the process got it, program first. Raw bytes, because an
    // argument that is not UTF-8 must be refused, not decoded with
    // replacement characters and stored.
    static int run(const QList<QByteArray> &arguments);

    // The help of every command, or of one ("set").
    static QString usage(const QString &command = QString());
};
