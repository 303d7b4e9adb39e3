// SPDX-License-Identifier: Apache-2.0
// The Runtime support table: rows follow the config, columns the runtimes the
// reader finds on this machine (real runc and crun where installed).
#include "runtime/runcbinary.h"
#include "runtime/runtimefeaturesreader.h"
#include "runtime/runtimesupportmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

static const char Features[] = R"({
  "ociVersionMin": "1.0.0", "ociVersionMax": "1.0.2-dev",
  "hooks": ["prestart"],
  "linux": {"namespaces": ["mount", "pid"], "capabilities": ["CAP_KILL"]}
})";

class tst_RuntimeSupportModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data();
    void cells();
    void followsConfig();
    void replacesRuntimeColumn();
    void installedRuntimes();

private:
    static RuntimeFeatures features(const char *json, const QString &name = QStringLiteral("runc"));
};

RuntimeFeatures tst_RuntimeSupportModel::features(const char *json, const QString &name)
{
    return *RuntimeFeatures::fromJson(json, name);
}

void tst_RuntimeSupportModel::cells_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("aspect");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("pointer");

    QTest::newRow("ociVersion in range") << QByteArray(R"({"ociVersion":"1.0.0"})") << 0 << "ociVersion"
                                         << "1.0.0"
                                         << "✓ supported" << int(RuntimeSupportVerdict::Supported) << "/ociVersion";
    QTest::newRow("ociVersion newer") << QByteArray(R"({"ociVersion":"1.2.0"})") << 0 << "ociVersion"
                                      << "1.2.0"
                                      << "⚠ caution (newer than 1.0.2-dev)" << int(RuntimeSupportVerdict::Caution)
                                      << "/ociVersion";
    QTest::newRow("capability unsupported")
        << QByteArray(R"({"process":{"capabilities":{"bounding":["CAP_KILL","CAP_BPF"]}}})") << 1 << "Capabilities"
        << "CAP_KILL, CAP_BPF"
        << "✗ unsupported (CAP_BPF)" << int(RuntimeSupportVerdict::Unsupported) << "/process/capabilities/bounding/0";
    QTest::newRow("mount options unknown")
        << QByteArray(R"({"mounts":[{"options":["ro"]}]})") << 1 << "Mount options"
        << "ro"
        << "? unknown" << int(RuntimeSupportVerdict::Unknown) << "/mounts/0/options/0";
}

void tst_RuntimeSupportModel::cells()
{
    QFETCH(QByteArray, config);
    QFETCH(int, row);
    QFETCH(QString, aspect);
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QFETCH(int, verdict);
    QFETCH(QString, pointer);

    RuntimeSupportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuntime(features(Features));
    model.setConfig(Json::parse(config.toStdString()));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("runc"));
    QCOMPARE(model.index(row, RuntimeSupportModel::AspectColumn).data().toString(), aspect);
    QCOMPARE(model.index(row, RuntimeSupportModel::ValueColumn).data().toString(), value);
    const QModelIndex index = model.index(row, RuntimeSupportModel::FirstRuntimeColumn);
    QCOMPARE(index.data().toString(), cell);
    QCOMPARE(index.data(RuntimeSupportModel::VerdictRole).toInt(), verdict);
    QCOMPARE(index.data(RuntimeSupportModel::PointerRole).toString(), pointer);
    QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
}

void tst_RuntimeSupportModel::followsConfig()
{
    RuntimeSupportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1); // ociVersion always
    model.setRuntime(features(Features));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setConfig(Json::parse(R"({"ociVersion":"1.0.0","linux":{"namespaces":[{"type":"pid"}]}})"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("✓ supported"));

    // The same aspects with other values: the rows stay, their data changes.
    model.setConfig(Json::parse(R"({"ociVersion":"1.0.0","linux":{"namespaces":[{"type":"time"}]}})"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("✗ unsupported (time)"));

    model.setConfig(Json::parse(R"({"ociVersion":"1.0.0"})"));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 1);
}

void tst_RuntimeSupportModel::replacesRuntimeColumn()
{
    RuntimeSupportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setConfig(Json::parse(R"({"ociVersion":"1.0.0"})"));
    model.setRuntime(features(Features));
    model.setRuntime(RuntimeFeatures::fromVersionText(QStringLiteral("crun"), "crun version 1.8.1\nspec: 1.0.0\n"));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.columnCount(), 4);
    model.setRuntime(RuntimeFeatures::fromVersionText(QStringLiteral("crun"), "crun version 1.9\nspec: 1.0.0\n"));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(header.size(), 1);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("crun 1.9"));
    model.clearRuntimes();
    QCOMPARE(model.columnCount(), 2);
}

void tst_RuntimeSupportModel::installedRuntimes()
{
    QStringList installed;
    for (const QString &name : {QStringLiteral("runc"), QStringLiteral("crun")}) {
        if (!RuncBinary::locate(name).isEmpty())
            installed << name;
    }
    if (installed.isEmpty())
        QSKIP("neither runc nor crun is installed");

    RuntimeSupportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConfig(Json::parse(R"({"ociVersion":"1.0.2-dev","process":{"capabilities":{"bounding":["CAP_KILL"]}}})"));
    RuntimeFeaturesReader reader;
    connect(&reader, &RuntimeFeaturesReader::runtimeRead, &model, &RuntimeSupportModel::setRuntime);
    QSignalSpy finished(&reader, &RuntimeFeaturesReader::finished);
    // A name twice (runc and its path) and one that is not installed.
    reader.read({QStringLiteral("runc"), QStringLiteral("crun"), RuncBinary::locate(QStringLiteral("runc")),
                 QStringLiteral("no-such-runtime")});
    QVERIFY(reader.isReading());
    QVERIFY(finished.wait(20000));
    QCOMPARE(model.runtimes().size(), installed.size());
    for (int i = 0; i < installed.size(); ++i) {
        const RuntimeFeatures &runtime = model.runtimes().at(i);
        QCOMPARE(runtime.name(), installed.at(i));
        // Each reports a version, through features or --version.
        QVERIFY2(runtime.label().startsWith(installed.at(i) + QLatin1Char(' ')), qPrintable(runtime.label()));
        QVERIFY(!runtime.rawText().isEmpty());
        const int verdict =
            model.index(1, RuntimeSupportModel::FirstRuntimeColumn + i).data(RuntimeSupportModel::VerdictRole).toInt();
        // Every runtime knows CAP_KILL; one without a features command cannot say.
        QCOMPARE(verdict,
                 runtime.hasDocument() ? int(RuntimeSupportVerdict::Supported) : int(RuntimeSupportVerdict::Unknown));
    }
}

QTEST_GUILESS_MAIN(tst_RuntimeSupportModel)
#include "tst_runtimesupportmodel.moc"
