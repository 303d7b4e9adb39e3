// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class MainWindow;
class QApplication;
class QCommandLineParser;

// What the window's entry point does before the event loop, shared with the
// test tools that drive the same window (tests/test-support/windowprobe).
namespace EditorStartup {

// Style, names, icon and translations, once the application object exists.
void configure(QApplication &app);
// --help, --version and the optional bundle argument.
void addOptions(QCommandLineParser &parser);
// Opens the bundle named on the command line, or else the demo bundle. An
// unattended run (interactive == false) never waits on a message box.
void openInitialBundle(MainWindow &window, const QStringList &positional, bool interactive);

} // namespace EditorStartup
