// SPDX-License-Identifier: Apache-2.0
// The editor as a desktop citizen: what cmake --install puts where, the
// desktop entry and metainfo as their validators see them, a man page that
// covers every command, and completions that complete commands, options and
// the JSON pointers of the bundle given, in bash, zsh and fish.
#include "processrun.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString source = QStringLiteral(OBE_SOURCE_DIR);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = QString(),
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The tools the checks need; tools/dev.sh installs them.
QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

// PATH with the built editor first, as a shell would find it once installed.
QProcessEnvironment withEditorOnPath(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("PATH"),
                       QFileInfo(QStringLiteral(OBE_EDITOR)).absolutePath() + QLatin1Char(':')
                           + environment.value(QStringLiteral("PATH")));
    return environment;
}

// A word for a shell script, inside single quotes.
QString shellQuoted(QString word)
{
    return QLatin1Char('\'') + word.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

QStringList lines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        result << line.section(u'\t', 0, 0).trimmed(); // fish adds a description after a tab
    result.removeAll(QString());
    return result;
}

} // namespace

class tst_DesktopIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installs_data();
    void installs();
    void installedEditorRuns();
    void validators_data();
    void validators();
    void manPageCoversEveryCommand();
    void completions_data();
    void completions();

private:
    QTemporaryDir m_root; // the installation's DESTDIR
    QTemporaryDir m_work; // a bundle and the shells' working directory
    QString m_prefix;
};

void tst_DesktopIntegration::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY(m_work.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESTDIR"), m_root.path());
    const Run install = run(QStringLiteral(OBE_CMAKE),
                            {QStringLiteral("--install"), QStringLiteral(OBE_BUILD_DIR), QStringLiteral("--prefix"),
                             QStringLiteral("/usr")},
                            QString(), environment);
    QVERIFY2(install.exitCode == 0, qPrintable(install.err));
    m_prefix = m_root.path() + QStringLiteral("/usr");

    // A bundle whose pointers the completions offer; a key with a space stays one word.
    QVERIFY(QDir(m_work.path()).mkpath(QStringLiteral("box")));
    QVERIFY(QDir(m_work.path()).mkpath(QStringLiteral("my box")));
    const QByteArray config = "{\n  \"ociVersion\": \"1.0.2\",\n  \"process\": {\"args\": [\"sh\"], \"cwd\": \"/\"},\n"
                              "  \"root\": {\"path\": \"rootfs\", \"readonly\": true},\n"
                              "  \"annotations\": {\"a b\": \"c\"}\n}\n";
    QVERIFY(writeFile(m_work.filePath(QStringLiteral("box/config.json")), config));
    QVERIFY(writeFile(m_work.filePath(QStringLiteral("my box/config.json")), config));
}

void tst_DesktopIntegration::installs_data()
{
    QTest::addColumn<QString>("path"); // below the prefix; * for the library directory
    QTest::newRow("editor") << "bin/oci-bundle-editor";
    QTest::newRow("window module") << "*/oci-bundle-editor/oci-bundle-editor-window.so";
    QTest::newRow("desktop entry") << "share/applications/oci-bundle-editor.desktop";
    QTest::newRow("metainfo") << "share/metainfo/io.github.oci_bundle_editor.OciBundleEditor.metainfo.xml";
    QTest::newRow("scalable icon") << "share/icons/hicolor/scalable/apps/oci-bundle-editor.svg";
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%dpx icon", size)
            << QStringLiteral("share/icons/hicolor/%1x%1/apps/oci-bundle-editor.png").arg(size);
    QTest::newRow("man page") << "share/man/man1/oci-bundle-editor.1";
    QTest::newRow("bash completion") << "share/bash-completion/completions/oci-bundle-editor";
    QTest::newRow("zsh completion") << "share/zsh/vendor-completions/_oci-bundle-editor";
    QTest::newRow("fish completion") << "share/fish/vendor_completions.d/oci-bundle-editor.fish";
    QTest::newRow("Bundle API") << "include/oci-bundle-editor/bundle/bundle.h";
}

void tst_DesktopIntegration::installs()
{
    QFETCH(QString, path);
    if (path.startsWith(QLatin1Char('*'))) {
        const QStringList libraries = QDir(m_prefix).entryList({QStringLiteral("lib*")}, QDir::Dirs);
        QStringList found;
        for (const QString &library : libraries) {
            const QString candidate = m_prefix + QLatin1Char('/') + library + path.mid(1);
            if (QFileInfo::exists(candidate))
                found << candidate;
        }
        QCOMPARE(found.size(), 1);
        return;
    }
    const QFileInfo file(m_prefix + QLatin1Char('/') + path);
    QVERIFY2(file.isFile(), qPrintable(file.filePath()));
    QVERIFY(file.size() > 0);
    if (path.endsWith(QLatin1String(".png")))
        QVERIFY(readFile(file.filePath()).startsWith("\x89PNG"));
}

// The installed executable finds what it needs where it was installed.
void tst_DesktopIntegration::installedEditorRuns()
{
    const Run version = run(m_prefix + QStringLiteral("/bin/oci-bundle-editor"), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QLatin1String("oci-bundle-editor")), qPrintable(version.out));
    const Run pointers =
        run(m_prefix + QStringLiteral("/bin/oci-bundle-editor"),
            {QStringLiteral("pointers"), m_work.filePath(QStringLiteral("box")), QStringLiteral("/root")});
    QCOMPARE(pointers.exitCode, 0);
    QCOMPARE(lines(pointers.out),
             (QStringList{QStringLiteral("/root"), QStringLiteral("/root/path"), QStringLiteral("/root/readonly")}));
}

void tst_DesktopIntegration::validators_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("appstreamcli validate")
        << "appstreamcli"
        << QStringList{"validate", "--no-net",
                       source + "/resources/io.github.oci_bundle_editor.OciBundleEditor.metainfo.xml"};
    QTest::newRow("desktop-file-validate")
        << "desktop-file-validate" << QStringList{source + "/resources/oci-bundle-editor.desktop"};
    QTest::newRow("groff, all warnings") << "groff"
                                         << QStringList{"-man", "-ww", "-z",
                                                        source + "/resources/man/oci-bundle-editor.1"};
    QTest::newRow("bash -n") << "bash" << QStringList{"-n", source + "/resources/completions/oci-bundle-editor.bash"};
    QTest::newRow("zsh -n") << "zsh" << QStringList{"-n", source + "/resources/completions/_oci-bundle-editor"};
    QTest::newRow("fish -n") << "fish" << QStringList{"-n", source + "/resources/completions/oci-bundle-editor.fish"};
}

void tst_DesktopIntegration::validators()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const QString found = tool(program.toLatin1().constData());
    QVERIFY2(!found.isEmpty(), qPrintable(program + QStringLiteral(" is missing; tools/dev.sh installs it")));
    const Run result = run(found, arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    // groff says nothing when the page is clean; the desktop validator only hints.
    if (program == QLatin1String("groff"))
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

// Every command the editor's own help lists has its section in the man page.
void tst_DesktopIntegration::manPageCoversEveryCommand()
{
    const Run help = run(QStringLiteral(OBE_EDITOR), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QStringList commands;
    const QRegularExpression synopsis(QStringLiteral("^  oci-bundle-editor ([a-z]+) "),
                                      QRegularExpression::MultilineOption);
    for (auto match = synopsis.globalMatch(help.out); match.hasNext();)
        commands << match.next().captured(1);
    commands.removeDuplicates();
    QVERIFY2(commands.size() >= 7, qPrintable(commands.join(u' ')));
    const QString page = QString::fromUtf8(readFile(source + QStringLiteral("/resources/man/oci-bundle-editor.1")));
    for (const QString &command : std::as_const(commands)) {
        QVERIFY2(page.contains(QStringLiteral("\n.B oci-bundle-editor ") + command), qPrintable(command));
        QVERIFY2(page.contains(QRegularExpression(QStringLiteral("\\n\\.(BI|BR) \"?%1[ \"]").arg(command))),
                 qPrintable(command));
        // Each completion offers it: bash's and fish's lists of commands, zsh's described list.
        const auto completion = [](const char *name) {
            return QString::fromUtf8(
                readFile(source + QStringLiteral("/resources/completions/") + QLatin1String(name)));
        };
        const QString word = QStringLiteral("\\b%1\\b").arg(command);
        QVERIFY2(completion("oci-bundle-editor.bash")
                     .contains(QRegularExpression(QStringLiteral("commands=\"[^\"]*") + word)),
                 qPrintable(command));
        QVERIFY2(completion("oci-bundle-editor.fish")
                     .contains(QRegularExpression(QStringLiteral("set -l commands [^\\n]*") + word)),
                 qPrintable(command));
        QVERIFY2(
            completion("_oci-bundle-editor").contains(QRegularExpression(QStringLiteral("\\n    '%1:").arg(command))),
            qPrintable(command));
    }
}

void tst_DesktopIntegration::completions_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("line"); // what was typed, the cursor at its end; words split at "|"
    QTest::addColumn<QStringList>("expected");
    const QStringList rootPointers{"/root", "/root/path", "/root/readonly"};
    for (const char *shell : {"bash", "fish", "zsh"}) {
        QTest::addRow("%s: pointers of the bundle", shell) << shell << "oci-bundle-editor|get|box|/ro" << rootPointers;
        // bash inserts what it is given, so the pointer comes quoted for the command line.
        QTest::addRow("%s: a key with a space", shell)
            << shell << "oci-bundle-editor|set|box|/annotations/"
            << QStringList{
                   QString::fromLatin1(qstrcmp(shell, "bash") == 0 ? "/annotations/a\\ b" : "/annotations/a b")};
        QTest::addRow("%s: a bundle path with a space", shell)
            << shell << "oci-bundle-editor|get|my\\ box|/ro" << rootPointers;
        QTest::addRow("%s: a bundle below ~", shell) << shell << "oci-bundle-editor|get|~/box|/ro" << rootPointers;
    }
    QTest::newRow("bash: a quoted bundle path") << "bash"
                                                << "oci-bundle-editor|get|'my box'|/ro" << rootPointers;
    QTest::newRow("bash: a directory with a space") << "bash"
                                                    << "oci-bundle-editor|check|my" << QStringList{"my box"};
    for (const char *shell : {"bash", "fish"}) {
        QTest::addRow("%s: commands", shell) << shell << "oci-bundle-editor|p" << QStringList{"pointers"};
        QTest::addRow("%s: options of check", shell)
            << shell << "oci-bundle-editor|check|box|--f" << QStringList{"--fix", "--format"};
        QTest::addRow("%s: templates", shell)
            << shell << "oci-bundle-editor|new|fresh|--template|" << QStringList{"demo", "rootless", "runc"};
        QTest::addRow("%s: templates for an image", shell)
            << shell << "oci-bundle-editor|new|fresh|--from-image|img.tar|--template|"
            << QStringList{"rootless", "runc"};
        QTest::addRow("%s: formats", shell)
            << shell << "oci-bundle-editor|diff|--format|" << QStringList{"json", "text"};
        QTest::addRow("%s: help", shell) << shell << "oci-bundle-editor|help|s" << QStringList{"set"};
    }
}

void tst_DesktopIntegration::completions()
{
    QFETCH(QString, shell);
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    const QString program = tool(shell.toLatin1().constData());
    QVERIFY2(!program.isEmpty(), qPrintable(shell + QStringLiteral(" is missing; tools/dev.sh installs it")));
    const QString completions = source + QStringLiteral("/resources/completions/");
    const QStringList words = line.split(u'|');
    Run result;
    if (shell == QLatin1String("bash")) {
        // As bash calls the function: the words, and the index of the current one.
        QString script = QStringLiteral("source '%1oci-bundle-editor.bash'; COMP_WORDS=(").arg(completions);
        for (const QString &word : std::as_const(words))
            script += shellQuoted(word) + QLatin1Char(' ');
        script += QStringLiteral("); COMP_CWORD=%1; _oci_bundle_editor; printf '%s\\n' \"${COMPREPLY[@]}\"")
                      .arg(words.size() - 1);
        result = run(program, {QStringLiteral("-c"), script}, m_work.path(), withEditorOnPath(m_work.path()));
    } else if (shell == QLatin1String("fish")) {
        result = run(
            program,
            {QStringLiteral("-c"),
             QStringLiteral("source '%1oci-bundle-editor.fish'; complete -C '%2'").arg(completions, words.join(u' '))},
            m_work.path(), withEditorOnPath(m_work.path()));
    } else {
        // zsh's completion system needs a terminal; its functions are called
        // here as _arguments calls them, with the completion builtins stubbed.
        const QString script =
            QStringLiteral(
                "_arguments() { for spec in \"$@\"; do [[ $spec == 2:*:* ]] && ${spec##*:}; done; return 0; }; "
                "_alternative() { :; }; _call_program() { shift; eval \"$@\"; }; "
                "compadd() { print -rl -- \"${(@P)argv[-1]}\"; }; "
                "words=(%1); CURRENT=%2; PREFIX=%3; source '%4_oci-bundle-editor'")
                .arg([&words] {
                    QStringList quoted;
                    for (const QString &word : words)
                        quoted << shellQuoted(word);
                    return quoted.join(u' ');
                }())
                .arg(words.size())
                .arg(shellQuoted(words.last()), completions);
        result = run(program, {QStringLiteral("-f"), QStringLiteral("-c"), script}, m_work.path(),
                     withEditorOnPath(m_work.path()));
    }
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QStringList offered = lines(result.out);
    offered.sort();
    QCOMPARE(offered, expected);
}

QTEST_MAIN(tst_DesktopIntegration)
#include "tst_desktopintegration.moc"
