// SPDX-License-Identifier: Apache-2.0
#include "document/specdocument.h"
#include "document/undotext.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// Lines that differ between two texts of the same line count; -1 when the
// line counts differ.
int changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    if (a.size() != b.size())
        return -1;
    int changed = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        changed += a[i] != b[i];
    return changed;
}

bool runTool(const QString &program, const QStringList &arguments, const QString &workingDirectory)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return false;
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestSpecDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void oneFieldEdit_data();
    void oneFieldEdit();
    void editsKeepHandSpacing_data();
    void editsKeepHandSpacing();
    void exactIntegers();
    void badInput_data();
    void badInput();
    void duplicateKeysStillSaveValidJson();
    void duplicateKeysAreReported_data();
    void duplicateKeysAreReported();
    void missingBundle();
    void oversizedFileIsRefused();
    void saveKeepsPermissions();
    void failedSaveKeepsOldFile();
    void setValueCreatesParentsAndUndoes();
    void insertRemoveMoveUndo();
    void signalsAnnounceStructure();
    void undoTextsNameTheField_data();
    void undoTextsNameTheField();

private:
    QTemporaryDir m_tools;
    QStringList m_configs; // every config that must round-trip exactly
};

void TestSpecDocument::initTestCase()
{
    QVERIFY(m_tools.isValid());
    const QDir data(QStringLiteral(OBE_TEST_DATA "/roundtrip"));
    for (const QString &name : data.entryList({QStringLiteral("*.json")}, QDir::Files))
        m_configs << data.filePath(name);
    QVERIFY(m_configs.size() >= 4);

    // Configs written by the real tools, generated fresh so that the test
    // follows whatever versions are installed.
    struct Generator
    {
        QString name;
        QString program;
        QStringList arguments;
    };
    const QList<Generator> generators = {
        {QStringLiteral("runc"), QStringLiteral("runc"), {QStringLiteral("spec")}},
        {QStringLiteral("runc-rootless"),
         QStringLiteral("runc"),
         {QStringLiteral("spec"), QStringLiteral("--rootless")}},
        {QStringLiteral("crun"), QStringLiteral("crun"), {QStringLiteral("spec")}},
        {QStringLiteral("crun-rootless"),
         QStringLiteral("crun"),
         {QStringLiteral("spec"), QStringLiteral("--rootless")}},
    };
    for (const Generator &generator : generators) {
        const QString dir = m_tools.filePath(generator.name);
        QDir().mkpath(dir);
        if (runTool(generator.program, generator.arguments, dir))
            m_configs << dir + QStringLiteral("/config.json");
        else
            qWarning("%s is not installed or failed; its config is not round-tripped", qPrintable(generator.program));
    }
    const QString image = m_tools.filePath(QStringLiteral("image"));
    if (runTool(QStringLiteral("umoci"), {QStringLiteral("init"), QStringLiteral("--layout"), image}, m_tools.path())
        && runTool(QStringLiteral("umoci"),
                   {QStringLiteral("new"), QStringLiteral("--image"), image + QStringLiteral(":latest")},
                   m_tools.path())
        && runTool(QStringLiteral("umoci"),
                   {QStringLiteral("unpack"), QStringLiteral("--image"), image + QStringLiteral(":latest"),
                    m_tools.filePath(QStringLiteral("umoci"))},
                   m_tools.path()))
        m_configs << m_tools.filePath(QStringLiteral("umoci/config.json"));
    else
        qWarning("umoci is not installed or failed; its config is not round-tripped");
}

void TestSpecDocument::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : m_configs)
        QTest::newRow(qPrintable(QDir(m_tools.path()).relativeFilePath(path))) << path;
}

void TestSpecDocument::roundTrip()
{
    QFETCH(QString, path);
    const QByteArray original = readFile(path);
    QVERIFY(!original.isEmpty());

    SpecDocument document;
    QVERIFY2(document.load(path), qPrintable(document.errorString()));
    QCOMPARE(document.toJson(), original);

    const QString copy = m_tools.filePath(QStringLiteral("copy.json"));
    QVERIFY2(document.save(copy), qPrintable(document.errorString()));
    QCOMPARE(readFile(copy), original);
    QVERIFY(!document.isModified());
}

void TestSpecDocument::oneFieldEdit_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("value");
    for (const QString &path : m_configs) {
        const QString name = QFileInfo(path).dir().dirName() + QLatin1Char('/') + QFileInfo(path).fileName();
        QTest::newRow(qPrintable(name + QStringLiteral(" ociVersion")))
            << path << QStringLiteral("/ociVersion") << QByteArray("\"1.3.0\"");
        QTest::newRow(qPrintable(name + QStringLiteral(" root path")))
            << path << QStringLiteral("/root/path") << QByteArray("\"other-rootfs\"");
        QTest::newRow(qPrintable(name + QStringLiteral(" first arg")))
            << path << QStringLiteral("/process/args/0") << QByteArray("\"/bin/ash\"");
    }
}

void TestSpecDocument::oneFieldEdit()
{
    QFETCH(QString, path);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, value);

    SpecDocument document;
    QVERIFY2(document.load(path), qPrintable(document.errorString()));
    const QByteArray before = document.toJson();
    const Result<JsonPointer> parsedPointer = JsonUtil::parsePointer(pointer);
    QVERIFY2(parsedPointer, qPrintable(parsedPointer.error()));
    const JsonPointer p = *parsedPointer;
    if (!document.contains(p))
        QSKIP("this config does not have the field");
    document.setValue(p, Json::parse(value.toStdString()));
    const QByteArray after = document.toJson();
    if (before.count('\n') <= 1) {
        // A one-line document: the edit is the only difference in the line.
        qsizetype head = 0;
        while (head < before.size() && head < after.size() && before[head] == after[head])
            ++head;
        qsizetype tail = 0;
        while (tail < before.size() - head && tail < after.size() - head
               && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
            ++tail;
        const QByteArray inserted = after.mid(head, after.size() - head - tail);
        QVERIFY2(value.contains(inserted), inserted.constData());
    } else {
        QCOMPARE(changedLines(before, after), 1);
    }

    document.undoStack()->undo();
    QCOMPARE(document.toJson(), before);
}

// Spacing a hand-written file has around its commas and colons stays with
// the members it belongs to when other members are set, added or removed.
void TestSpecDocument::editsKeepHandSpacing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("edit"); // set, append, remove
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("set keeps odd colons") << QByteArray(R"({"a" :1 , "b":  2, "c": 3})") << "set"
                                          << "/c" << QByteArray("4") << QByteArray(R"({"a" :1 , "b":  2, "c": 4})");
    QTest::newRow("remove keeps the others' colons") << QByteArray(R"({"x" : 1, "y":2})") << "remove"
                                                     << "/x" << QByteArray() << QByteArray(R"({"y":2})");
    QTest::newRow("remove keeps the space before a later comma")
        << QByteArray(R"({"x": 1, "y": 2 , "z": 3})") << "remove"
        << "/x" << QByteArray() << QByteArray(R"({"y": 2 , "z": 3})");
    QTest::newRow("append to a one-member list of a one-line document")
        << QByteArray(R"({"args": ["sh"], "cwd": "/"})") << "append"
        << "/args" << QByteArray(R"("-c")") << QByteArray(R"({"args": ["sh", "-c"], "cwd": "/"})");
    QTest::newRow("append to a compact one-line document")
        << QByteArray(R"({"args":["sh"],"cwd":"/"})") << "append"
        << "/args" << QByteArray(R"("-c")") << QByteArray(R"({"args":["sh","-c"],"cwd":"/"})");
    QTest::newRow("inner compact list in a spaced one-line document")
        << QByteArray(R"({"args": ["sh","-c"], "cwd": "/"})") << "set"
        << "/cwd" << QByteArray(R"("/tmp")") << QByteArray(R"({"args": ["sh","-c"], "cwd": "/tmp"})");
    QTest::newRow("space before commas in a list")
        << QByteArray("{\n  \"args\": [ \"sh\" , \"-c\" ],\n  \"cwd\" :  \"/\"\n}\n") << "set"
        << "/cwd" << QByteArray(R"("/tmp")")
        << QByteArray("{\n  \"args\": [ \"sh\" , \"-c\" ],\n  \"cwd\" :  \"/tmp\"\n}\n");
}

void TestSpecDocument::editsKeepHandSpacing()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, edit);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    SpecDocument document;
    QVERIFY2(document.loadFromData(text), qPrintable(document.errorString()));
    QCOMPARE(document.toJson(), text);
    const Result<JsonPointer> parsedPointer = JsonUtil::parsePointer(pointer);
    QVERIFY2(parsedPointer, qPrintable(parsedPointer.error()));
    const JsonPointer p = *parsedPointer;
    if (edit == QLatin1String("set"))
        document.setValue(p, Json::parse(value.toStdString()));
    else if (edit == QLatin1String("append"))
        document.insertValue(p, -1, Json::parse(value.toStdString()));
    else
        document.removeValue(p);
    QCOMPARE(document.toJson(), expected);
    document.undoStack()->undo();
    QCOMPARE(document.toJson(), text);
}

void TestSpecDocument::exactIntegers()
{
    SpecDocument document;
    QVERIFY(document.load(QStringLiteral(OBE_TEST_DATA "/roundtrip/two-spaces.json")));
    const Json *hard = document.value(JsonPointer("/process/rlimits/0/hard"));
    QVERIFY(hard && hard->is_number_unsigned());
    QCOMPARE(hard->get<std::uint64_t>(), std::numeric_limits<std::uint64_t>::max());
    const Json *low = document.value(JsonPointer("/process/rlimits/1/hard"));
    QVERIFY(low && low->is_number_integer());
    QCOMPARE(low->get<std::int64_t>(), std::numeric_limits<std::int64_t>::min());

    // Editing a neighbour keeps the big numbers exactly as they were written.
    document.setValue(JsonPointer("/process/rlimits/0/soft"), Json(1024));
    QVERIFY(document.toJson().contains("\"hard\": 18446744073709551615"));
    QVERIFY(document.toJson().contains("\"hard\": -9223372036854775808"));
}

void TestSpecDocument::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("syntax error names line and column")
        << QByteArray("{\n  \"ociVersion\": \"1.0.0\",\n  \"root\": }\n") << QStringLiteral("line 3, column 11");
    QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << QStringLiteral("line 1, column ");
    QTest::newRow("truncated") << QByteArray("{\"process\": {\"args\": [") << QStringLiteral("line 1");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("line 1, column 1");
    QTest::newRow("array instead of object") << QByteArray("[1, 2]") << QStringLiteral("array");
    QTest::newRow("string instead of object") << QByteArray("\"config\"") << QStringLiteral("string");
    QTest::newRow("not UTF-8") << QByteArray("{\"hostname\": \"caf\xe9\"}") << QStringLiteral("UTF-8");
    QTest::newRow("nesting 10000 deep") << QByteArray("{\"a\":") + QByteArray(10000, '[') + QByteArray(10000, ']')
            + QByteArray("}") << QStringLiteral("nested more than");
}

void TestSpecDocument::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("config.json")), content));

    SpecDocument document;
    QVERIFY(document.loadFromData("{\"hostname\": \"kept\"}"));
    QSignalSpy resets(&document, &SpecDocument::reset);
    QVERIFY(!document.load(dir.path()));
    QVERIFY2(document.errorString().contains(expected), qPrintable(document.errorString()));
    QVERIFY(document.errorString().contains(QStringLiteral("config.json")));
    // The document that was open stays as it was, and nothing was written.
    QCOMPARE(resets.count(), 0);
    QCOMPARE(document.value(JsonPointer("/hostname"))->get<std::string>(), std::string("kept"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("config.json"))), content);
}

void TestSpecDocument::duplicateKeysStillSaveValidJson()
{
    // The parser keeps one of two equal keys, so text and tree disagree; the
    // saved file must still be the tree, in the file's indentation.
    SpecDocument document;
    QVERIFY(document.loadFromData("{\n  \"a\": [1,2],\n  \"b\": \"x\",\n  \"a\": {\"c\" : true}\n ,  \"d\": 1}"));
    const QByteArray saved = document.toJson();
    QVERIFY(Json::parse(saved.toStdString()) == document.root());
    QVERIFY(saved.startsWith("{\n  \""));
}

void TestSpecDocument::duplicateKeysAreReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected"); // key and object of each warning, in order
    QTest::newRow("none") << QByteArray(R"({"a": 1, "b": {"a": 2}})") << QStringList{};
    QTest::newRow("top level") << QByteArray(R"({"hostname": "a", "hostname": "b"})")
                               << QStringList{"\"hostname\"", " in /."};
    QTest::newRow("in an array element") << QByteArray(
        R"({"mounts": [{"type": "proc"}, {"type": "bind", "options": [], "type": "tmpfs"}]})")
                                         << QStringList{"\"type\"", " in /mounts/1."};
    QTest::newRow("escaped pointer") << QByteArray(R"({"annotations": {"a/b": {"k": 1, "k": 2}}})")
                                     << QStringList{"\"k\"", " in /annotations/a~1b."};
}

// A key given twice cannot survive a save; opening such a file says so.
void TestSpecDocument::duplicateKeysAreReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    SpecDocument document;
    QVERIFY(document.loadFromData(content));
    const QStringList warnings = document.loadWarnings();
    QCOMPARE(warnings.size(), expected.size() / 2);
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        QVERIFY2(warnings.at(i).contains(expected.at(2 * i)) && warnings.at(i).contains(expected.at(2 * i + 1)),
                 qPrintable(warnings.at(i)));
    }
    // Content built in code has nothing to report.
    document.setRoot(Json::object());
    QVERIFY(document.loadWarnings().isEmpty());
}

void TestSpecDocument::missingBundle()
{
    QTemporaryDir dir;
    SpecDocument document;
    QVERIFY(!document.load(dir.path()));
    QVERIFY2(document.errorString().contains(QStringLiteral("no config.json")), qPrintable(document.errorString()));
    QVERIFY(!document.load(dir.filePath(QStringLiteral("nowhere/config.json"))));
    QVERIFY(document.errorString().contains(QStringLiteral("does not exist")));
}

void TestSpecDocument::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(200 * 1024 * 1024)); // sparse: costs no disk
    file.close();
    SpecDocument document;
    QVERIFY(!document.load(path));
    QVERIFY2(document.errorString().contains(QStringLiteral("200 MiB")), qPrintable(document.errorString()));
}

void TestSpecDocument::saveKeepsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, "{\n\t\"hostname\": \"a\"\n}\n"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));

    SpecDocument document;
    QVERIFY(document.load(path));
    document.setValue(JsonPointer("/hostname"), Json("b"));
    QVERIFY(document.isModified());
    QVERIFY(document.save());
    QVERIFY(!document.isModified());
    QCOMPARE(readFile(path), QByteArray("{\n\t\"hostname\": \"b\"\n}\n"));
    struct stat info;
    QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0640));
}

void TestSpecDocument::failedSaveKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, "{\"hostname\": \"old\"}"));
    SpecDocument document;
    QVERIFY(document.load(path));
    document.setValue(JsonPointer("/hostname"), Json("new"));
    // A directory where the file should be makes the atomic rename fail.
    QVERIFY(!document.save(dir.filePath(QStringLiteral("missing-dir/config.json"))));
    QVERIFY(!document.errorString().isEmpty());
    QVERIFY(document.isModified());
    QCOMPARE(readFile(path), QByteArray("{\"hostname\": \"old\"}"));
}

void TestSpecDocument::setValueCreatesParentsAndUndoes()
{
    SpecDocument document;
    const QByteArray original = "{\n\t\"ociVersion\": \"1.0.2\",\n\t\"linux\": {}\n}";
    QVERIFY(document.loadFromData(original));
    document.setValue(JsonPointer("/linux/resources/pids/limit"), Json(64), QStringLiteral("Set pids limit"));
    QCOMPARE(document.value(JsonPointer("/linux/resources/pids/limit"))->get<int>(), 64);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set pids limit"));
    QCOMPARE(document.toJson(),
             QByteArray("{\n\t\"ociVersion\": \"1.0.2\",\n\t\"linux\": {\n\t\t\"resources\": {\n\t\t\t\"pids\": {\n"
                        "\t\t\t\t\"limit\": 64\n\t\t\t}\n\t\t}\n\t}\n}"));
    document.undoStack()->undo();
    QCOMPARE(document.toJson(), original);
    document.undoStack()->redo();
    QCOMPARE(document.value(JsonPointer("/linux/resources/pids/limit"))->get<int>(), 64);

    // A path through a scalar cannot be created: nothing happens.
    const int count = document.undoStack()->count();
    document.setValue(JsonPointer("/ociVersion/major"), Json(1));
    QCOMPARE(document.undoStack()->count(), count);
}

void TestSpecDocument::insertRemoveMoveUndo()
{
    SpecDocument document;
    const QByteArray original = "{\n  \"mounts\": [\n    {\n      \"destination\": \"/a\"\n    },\n"
                                "    {\n      \"destination\": \"/b\"\n    }\n  ]\n}\n";
    QVERIFY(document.loadFromData(original));
    const JsonPointer mounts("/mounts");
    document.insertValue(mounts, 1, Json::object({{"destination", "/c"}}));
    QCOMPARE(document.value(JsonPointer("/mounts/1/destination"))->get<std::string>(), std::string("/c"));
    document.moveValue(mounts, 0, 2);
    QCOMPARE(document.value(JsonPointer("/mounts/2/destination"))->get<std::string>(), std::string("/a"));
    document.removeValue(JsonPointer("/mounts/0"));
    QCOMPARE(document.value(mounts)->size(), size_t(2));
    QCOMPARE(document.undoStack()->count(), 3);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.toJson(), original);

    // Inserting into a list that does not exist yet creates it.
    document.insertValue(JsonPointer("/linux/devices"), -1, Json::object({{"path", "/dev/fuse"}}));
    QCOMPARE(document.value(JsonPointer("/linux/devices/0/path"))->get<std::string>(), std::string("/dev/fuse"));
    document.undoStack()->undo();
    QCOMPARE(document.toJson(), original);
}

void TestSpecDocument::signalsAnnounceStructure()
{
    SpecDocument document;
    QVERIFY(document.loadFromData("{\"args\": [\"a\", \"b\"]}"));
    QSignalSpy aboutToInsert(&document, &SpecDocument::aboutToInsert);
    QSignalSpy removed(&document, &SpecDocument::removed);
    QSignalSpy changed(&document, &SpecDocument::valueChanged);
    QSignalSpy contents(&document, &SpecDocument::contentsChanged);

    document.insertValue(JsonPointer("/args"), 0, Json("z"));
    QCOMPARE(aboutToInsert.count(), 1);
    QCOMPARE(aboutToInsert.at(0).at(0).value<JsonPointer>(), JsonPointer("/args"));
    QCOMPARE(aboutToInsert.at(0).at(1).toInt(), 0);
    document.setValue(JsonPointer("/args/1"), Json("x"));
    QCOMPARE(changed.count(), 1);
    document.removeValue(JsonPointer("/args/2"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 2);
    QCOMPARE(contents.count(), 3);
}

void TestSpecDocument::undoTextsNameTheField_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("name");
    // The catalogue's title where it knows the field, in the user's language.
    QTest::newRow("top level") << "/hostname"
                               << "Hostname";
    QTest::newRow("under process") << "/process/cwd"
                                   << "Working directory";
    QTest::newRow("under root") << "/root/path"
                                << "Root path";
    QTest::newRow("under linux") << "/linux/mountLabel"
                                 << "Mount label";
    QTest::newRow("element member") << "/mounts/0/destination"
                                    << "Destination";
    QTest::newRow("map member") << "/annotations/org.example.key"
                                << "Annotation";
    // Else the pointer, which names any field exactly.
    QTest::newRow("vendor field") << "/x-vendor/level"
                                  << "/x-vendor/level";
    QTest::newRow("escaped key") << "/x-vendor/a~1b"
                                 << "/x-vendor/a~1b";
}

void TestSpecDocument::undoTextsNameTheField()
{
    QFETCH(QString, pointer);
    QFETCH(QString, name);
    const Result<JsonPointer> parsed = JsonUtil::parsePointer(pointer);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const JsonPointer p = *parsed;
    QCOMPARE(UndoText::fieldName(p), name);
    QCOMPARE(UndoText::set(p), QStringLiteral("Set %1").arg(name));
    QCOMPARE(UndoText::clear(p), QStringLiteral("Clear %1").arg(name));

    // Edits given no text of their own name the field the same way.
    SpecDocument document;
    QVERIFY(document.loadFromData("{\"mounts\": [{}]}"));
    document.setValue(p, Json("1"));
    QCOMPARE(document.undoStack()->undoText(), UndoText::set(p));
    document.removeValue(p);
    QCOMPARE(document.undoStack()->undoText(), UndoText::remove(p));
    document.insertValue(p.parent_pointer(), -1, Json("2"), QString(), "added");
    QCOMPARE(document.undoStack()->undoText(), UndoText::addTo(p.parent_pointer()));
}

QTEST_GUILESS_MAIN(TestSpecDocument)
#include "tst_specdocument.moc"
