#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

// The headless interface: `oci-bundle-editor check|get|set|new ...`, plus
// --help and --version. It runs inside a QCoreApplication (for translations
// and QProcess) and needs no display. Exit codes: 0 success, 1 the bundle has
// validation errors, 2 nothing could be done (bad use, unreadable bundle,
// bad pointer or value, write failure).
class CommandLine
{
public:
    enum ExitCode { Success = 0, InvalidBundle = 1, Failure = 2 };

    // True when argv asks for a subcommand, help or the version, so that
    // main() can skip creating a QApplication (and needing a display).
    static bool isCommandLineInvocation(int argc, char **argv);

    // arguments as QCoreApplication::arguments() gives them, program first.
    static int run(const QStringList &arguments);

    static QString usage();

    // Organization, application name and version, the same for the window
    // and the subcommands, so both share QSettings and the data directory.
    static void setApplicationNames();
};
