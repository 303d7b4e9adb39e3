#include "app/demobundle.h"
#include "app/mainwindow.h"
#include "app/preferences.h"
#include "app/screenrenderer.h"
#include "app/translationloader.h"
#include "cli/commandline.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("oci-bundle-editor"));
    QCoreApplication::setApplicationName(QStringLiteral("oci-bundle-editor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBE_VERSION));
}

// The headless subcommands: no display, no widgets, nothing else to start.
int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    TranslationLoader::install(&app, QString());
    return CommandLine::run(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::isCommandLineInvocation(argc, argv))
        return runCommandLine(argc, argv);

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QObject::tr("OCI Bundle Editor"));
    QGuiApplication::setDesktopFileName(QStringLiteral("oci-bundle-editor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/oci-bundle-editor.svg")));
    TranslationLoader::install(&app, Preferences::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Author, inspect and run OCI runtime bundles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("bundle"), QObject::tr("A bundle directory or its config.json."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("dir"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    // Rendering screens runs unattended: no message box may wait for a click.
    const bool interactive = !parser.isSet(screenshot);
    MainWindow window;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        window.openBundle(positional.first(), interactive);
    } else {
        const Result<QString> demo = DemoBundle::ensure();
        if (demo)
            window.openBundle(demo.value(), interactive);
        else if (interactive)
            QMessageBox::warning(&window, QObject::tr("Cannot Create the Demo Bundle"), demo.error());
    }

    if (parser.isSet(screenshot)) {
        ScreenRenderer renderer(&window);
        return renderer.renderAll(parser.value(screenshot)) > 0 ? 0 : 1;
    }
    window.show();
    return app.exec();
}
