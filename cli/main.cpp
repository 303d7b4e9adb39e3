// SPDX-License-Identifier: Apache-2.0
// The executable. The headless subcommands run here with Qt Core alone; the
// editor window lives in a module that is loaded only when a window is
// wanted, because loading Widgets, Charts and their libraries takes longer
// than a whole `set` on a large config.
#include "cli/commandline.h"
#include "application/applicationidentity.h"
#include "application/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

namespace {

int runCommandLine(int argc, char *argv[])
{
    // Taken before the application object, which may remove options it knows.
    QList<QByteArray> arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QByteArray(argv[i]));
    QCoreApplication app(argc, argv);
    ApplicationIdentity::install();
    TranslationLoader::install(&app, QString());
    return CommandLine::run(arguments);
}

// Beside the executable in the build tree; under lib/ once installed.
QStringList editorModuleCandidates()
{
    const QDir here = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QString name = QStringLiteral(OBE_EDITOR_MODULE_NAME);
    return {here.filePath(name),
            QDir::cleanPath(here.filePath(QStringLiteral(OBE_EDITOR_MODULE_INSTALL_DIR "/") + name))};
}

int runEditor(int argc, char *argv[])
{
    QStringList errors;
    for (const QString &path : editorModuleCandidates()) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        using EditorMain = int (*)(int, char **);
        if (const auto editorMain = reinterpret_cast<EditorMain>(module.resolve("obe_editor_main")))
            return editorMain(argc, argv);
        errors << module.errorString();
    }
    // Only now, with the window out of reach, may an application object exist here.
    QCoreApplication app(argc, argv);
    TranslationLoader::install(&app, QString());
    if (errors.isEmpty())
        errors << QCoreApplication::translate("main", "%1 is missing")
                      .arg(editorModuleCandidates().join(QCoreApplication::translate("main", " or ")));
    const QString message =
        QCoreApplication::translate("main",
                                    "oci-bundle-editor: cannot load the editor window (%1).\n"
                                    "The headless subcommands still work; see oci-bundle-editor --help.\n")
            .arg(errors.join(QStringLiteral("; ")));
    std::fputs(qPrintable(message), stderr);
    return CommandLine::Failure;
}

} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::isCommandLineInvocation(argc, argv))
        return runCommandLine(argc, argv);
    return runEditor(argc, argv);
}
