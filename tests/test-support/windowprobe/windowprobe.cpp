// SPDX-License-Identifier: Apache-2.0
// The editor window as the shipped module starts it, plus what tests and
// documentation need and users never do:
//   obe-window-probe --screenshot DIR [BUNDLE]      every screen to PNG files
//   obe-window-probe --benchmark-paint PTR [BUNDLE] quit once the tab that
//                                                   edits PTR has painted
#include "firstpaintprobe.h"
#include "screenrenderer.h"

#include "app/editorstartup.h"
#include "app/mainwindow.h"
#include "document/json.h"
#include "editors/editorpage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace {

// The list's table is what costs with 10,000 rows: wait for its viewport.
void quitAfterFirstPaint(EditorPage *page)
{
    QAbstractItemView *largest = nullptr;
    const auto views = page->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->isVisible() && (!largest || view->model()->rowCount() > largest->model()->rowCount()))
            largest = view;
    }
    QWidget *target = largest ? largest->viewport() : page;
    new FirstPaintProbe(target);
    target->update();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    EditorStartup::configure(app);
    QCommandLineParser parser;
    EditorStartup::addOptions(parser);
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Render every screen into DIR."),
                                        QStringLiteral("dir"));
    const QCommandLineOption benchmarkPaint(
        QStringLiteral("benchmark-paint"), QStringLiteral("Show the tab that edits POINTER; quit once it has painted."),
        QStringLiteral("pointer"));
    parser.addOption(screenshot);
    parser.addOption(benchmarkPaint);
    parser.process(app);

    // Rendering screens runs unattended: no message box may wait for a click.
    const bool interactive = !parser.isSet(screenshot);
    MainWindow window;
    EditorStartup::openInitialBundle(window, parser.positionalArguments(), interactive);

    if (parser.isSet(screenshot)) {
        ScreenRenderer renderer(&window);
        return renderer.renderAll(parser.value(screenshot)) > 0 ? 0 : 1;
    }
    if (parser.isSet(benchmarkPaint)) {
        const Result<JsonPointer> pointer = JsonUtil::parsePointer(parser.value(benchmarkPaint));
        if (!pointer || !window.goToPointer(*pointer))
            return 2;
        EditorPage *page = window.pageFor(*pointer);
        QTimer::singleShot(0, page, [page] { quitAfterFirstPaint(page); });
    }
    window.show();
    return app.exec();
}
