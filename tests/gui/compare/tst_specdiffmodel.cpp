// SPDX-License-Identifier: Apache-2.0
// SpecDiffModel over the diff of the runc and rootless templates.

#include "compare/diffcolors.h"
#include "compare/specdiffmodel.h"

#include "bundle/bundletemplates.h"
#include "document/specfile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

namespace {

Json templateConfig(const QString &id)
{
    SpecFile file;
    const Result<QByteArray> data = BundleTemplates::configData(id);
    if (!data || !file.parse(*data))
        return Json();
    return file.root();
}

// The change row whose pointer column reads `pointer`.
QModelIndex rowOf(const SpecDiffModel &model, const QString &pointer)
{
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, SpecDiffModel::PointerColumn, parent);
            if (index.data().toString() == pointer)
                return model.index(row, 0, parent);
        }
    }
    return QModelIndex();
}

} // namespace

class tst_SpecDiffModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groupsBySection();
    void changeRows_data();
    void changeRows();
    void kindsHaveTheirOwnColours();
    void emptiesAndHeaders();

private:
    QList<SpecChange> m_changes; // runc → rootless
};

void tst_SpecDiffModel::initTestCase()
{
    const Json runc = templateConfig(QStringLiteral("runc"));
    const Json rootless = templateConfig(QStringLiteral("rootless"));
    QVERIFY(runc.is_object() && rootless.is_object());
    m_changes = SpecDiff::compute(runc, rootless);
    QVERIFY(m_changes.size() >= 9);
}

void tst_SpecDiffModel::groupsBySection()
{
    SpecDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setChanges(m_changes);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SpecDiffModel::PointerColumn).data().toString(), QStringLiteral("/mounts"));
    // "Mounts (4 changes)" once the English plurals are loaded.
    QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("Mounts (4 change")));
    QCOMPARE(model.index(1, SpecDiffModel::PointerColumn).data().toString(), QStringLiteral("/linux"));
    int changes = 0;
    for (int group = 0; group < model.rowCount(); ++group) {
        QVERIFY(!model.change(model.index(group, 0)));
        changes += model.rowCount(model.index(group, 0));
        QCOMPARE(model.rowCount(model.index(group, 1)), 0); // only column 0 has children
    }
    QCOMPARE(changes, int(m_changes.size()));
}

void tst_SpecDiffModel::changeRows_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("thisSide");
    QTest::addColumn<QString>("otherSide");
    QTest::addColumn<QString>("thisPointer"); // where a double-click goes in this document

    QTest::newRow("changed") << "/mounts/5/type"
                             << "~ Filesystem type (destination /sys)"
                             << "\"sysfs\""
                             << "\"none\""
                             << "/mounts/5/type";
    QTest::newRow("removed") << "/linux/resources"
                             << "- Resources"
                             << "{\"devices\":[{\"allow\":false,\"access\":\"rwm\"}]}"
                             << "(absent)"
                             << "/linux/resources";
    QTest::newRow("added") << "/linux/namespaces/4"
                           << "+ Namespace (type user)"
                           << "(absent)"
                           << "{\"type\":\"user\"}"
                           << "/linux/namespaces";
    QTest::newRow("added, long") << "/linux/uidMappings"
                                 << "+ UID mappings"
                                 << "(absent)"
                                 << "[{\"containerID\":0,\"hostID\":0,\"size\":1}]"
                                 << "/linux";
}

void tst_SpecDiffModel::changeRows()
{
    QFETCH(QString, pointer);
    QFETCH(QString, field);
    QFETCH(QString, thisSide);
    QFETCH(QString, otherSide);
    QFETCH(QString, thisPointer);
    SpecDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(m_changes);
    const QModelIndex index = rowOf(model, pointer);
    QVERIFY2(index.isValid(), qPrintable(pointer));
    QCOMPARE(index.data().toString(), field);
    QCOMPARE(index.siblingAtColumn(SpecDiffModel::ThisColumn).data().toString(), thisSide);
    QCOMPARE(index.siblingAtColumn(SpecDiffModel::OtherColumn).data().toString(), otherSide);
    QCOMPARE(JsonUtil::pointerString(index.data(SpecDiffModel::ThisPointerRole).value<JsonPointer>()), thisPointer);
    // The kind is said in words too, not by colour alone.
    const SpecChange *change = model.change(index);
    QVERIFY(change);
    QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(SpecDiff::kindText(change->kind) + QLatin1Char(':')));
    QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), DiffColors::color(change->kind, QApplication::palette()));
}

void tst_SpecDiffModel::kindsHaveTheirOwnColours()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    for (const QPalette &palette : {light, dark}) {
        const QColor added = DiffColors::color(SpecChange::Kind::Added, palette);
        const QColor removed = DiffColors::color(SpecChange::Kind::Removed, palette);
        const QColor changed = DiffColors::color(SpecChange::Kind::Changed, palette);
        QVERIFY(added != removed && removed != changed && added != changed);
        // Readable on the base: far from its lightness.
        const int base = palette.color(QPalette::Base).lightness();
        for (const QColor &colour : {added, removed, changed})
            QVERIFY2(qAbs(colour.lightness() - base) > 80, qPrintable(colour.name()));
    }
}

void tst_SpecDiffModel::emptiesAndHeaders()
{
    SpecDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(m_changes);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setSideTitles(QStringLiteral("On disk"), QStringLiteral("In the editor"));
    QCOMPARE(headers.count(), 1);
    QCOMPARE(model.headerData(SpecDiffModel::FieldColumn, Qt::Horizontal).toString(), QStringLiteral("Field"));
    QCOMPARE(model.headerData(SpecDiffModel::ThisColumn, Qt::Horizontal).toString(), QStringLiteral("On disk"));
    QCOMPARE(model.headerData(SpecDiffModel::OtherColumn, Qt::Horizontal).toString(), QStringLiteral("In the editor"));
    model.setChanges({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_SpecDiffModel)
#include "tst_specdiffmodel.moc"
