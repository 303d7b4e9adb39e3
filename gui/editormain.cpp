#include "app/demobundle.h"
#include "app/indicatorcontraststyle.h"
#include "app/mainwindow.h"
#include "app/preferences.h"
#include "app/screenrenderer.h"
#include "editors/editorpage.h"
#include "cli/commandline.h"
#include "firstpaintprobe.h"
#include "i18n/translationloader.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

// The editor window, called by the executable's main() (see main.cpp).
extern "C" Q_DECL_EXPORT int obe_editor_main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new IndicatorContrastStyle);
    CommandLine::setApplicationNames();
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
    // For the start-up benchmark: show the tab that edits POINTER, quit once it has painted.
    QCommandLineOption benchmarkPaint(QStringLiteral("benchmark-paint"), QString(), QStringLiteral("pointer"));
    benchmarkPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmarkPaint);
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
    if (parser.isSet(benchmarkPaint)) {
        JsonPointer pointer;
        if (!JsonUtil::parsePointer(parser.value(benchmarkPaint), &pointer) || !window.goToPointer(pointer))
            return 2;
        // The list's table is what costs with 10,000 rows: wait for its viewport.
        EditorPage *page = window.pageFor(pointer);
        QTimer::singleShot(0, page, [page] {
            QAbstractItemView *largest = nullptr;
            const auto views = page->findChildren<QAbstractItemView *>();
            for (QAbstractItemView *view : views) {
                if (view->isVisible() && (!largest || view->model()->rowCount() > largest->model()->rowCount()))
                    largest = view;
            }
            QWidget *target = largest ? largest->viewport() : page;
            new FirstPaintProbe(target);
            target->update();
        });
    }
    window.show();
    return app.exec();
}
