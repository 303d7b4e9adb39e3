// SPDX-License-Identifier: Apache-2.0
#include "app/editorstartup.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

// The editor window, called by the executable's main() (see cli/main.cpp).
extern "C" Q_DECL_EXPORT int obe_editor_main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    EditorStartup::configure(app);
    QCommandLineParser parser;
    EditorStartup::addOptions(parser);
    parser.process(app);

    MainWindow window;
    EditorStartup::openInitialBundle(window, parser.positionalArguments(), true);
    window.show();
    return app.exec();
}
