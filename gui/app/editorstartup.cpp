// SPDX-License-Identifier: Apache-2.0
#include "editorstartup.h"

#include "demobundle.h"
#include "indicatorcontraststyle.h"
#include "mainwindow.h"
#include "preferences.h"

#include "application/applicationidentity.h"
#include "application/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

void EditorStartup::configure(QApplication &app)
{
    QApplication::setStyle(new IndicatorContrastStyle);
    ApplicationIdentity::install();
    QGuiApplication::setApplicationDisplayName(QObject::tr("OCI Bundle Editor"));
    QGuiApplication::setDesktopFileName(QStringLiteral("oci-bundle-editor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/oci-bundle-editor.svg")));
    TranslationLoader::install(&app, Preferences::language());
}

void EditorStartup::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QObject::tr("Author, inspect and run OCI runtime bundles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("bundle"), QObject::tr("A bundle directory or its config.json."));
}

void EditorStartup::openInitialBundle(MainWindow &window, const QStringList &positional, bool interactive)
{
    if (!positional.isEmpty()) {
        window.openBundle(positional.first(), interactive);
        return;
    }
    const Result<QString> demo = DemoBundle::ensure();
    if (demo)
        window.openBundle(demo.value(), interactive);
    else if (interactive)
        QMessageBox::warning(&window, QObject::tr("Cannot Create the Demo Bundle"), demo.error());
}
