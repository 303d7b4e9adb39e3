// SPDX-License-Identifier: Apache-2.0
// "runc features" asked of the installed runtimes: each answer is kept under
// the runtime it came from, also when a second runtime is asked while the
// first is still answering.
#include "runtime/runtimefeaturescache.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QFile>

class tst_RuntimeFeaturesCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answersAreKeptPerRuntime_data();
    void answersAreKeptPerRuntime();
    void missingRuntimeIsNotAsked();

private:
    QTemporaryDir m_dir;
    QString m_runc;
    QString m_withoutFeatures;
};

void tst_RuntimeFeaturesCache::initTestCase()
{
    m_runc = RuncBinary::locate(QStringLiteral("runc"));
    if (m_runc.isEmpty())
        QSKIP("runc is not installed");
    // A runtime without the features command answers as crun 1.8 does.
    m_withoutFeatures = m_dir.filePath(QStringLiteral("old-runtime"));
    QFile script(m_withoutFeatures);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho \"unknown command $1\" >&2\nexit 1\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
}

void tst_RuntimeFeaturesCache::answersAreKeptPerRuntime_data()
{
    QTest::addColumn<bool>("runcFirst");
    QTest::newRow("runc, then one without features") << true;
    QTest::newRow("one without features, then runc") << false;
}

void tst_RuntimeFeaturesCache::answersAreKeptPerRuntime()
{
    QFETCH(bool, runcFirst);
    RuntimeFeaturesCache cache;
    QSignalSpy changed(&cache, &RuntimeFeaturesCache::changed);
    const RuncBinary runc(m_runc);
    const RuncBinary old(m_withoutFeatures);
    // Asked back to back: the second waits for the first, it is not dropped.
    cache.query(runcFirst ? runc : old, 10000);
    cache.query(runcFirst ? old : runc, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(cache.isKnown(m_runc) && cache.isKnown(m_withoutFeatures), 15000);
    QCOMPARE(changed.size(), 2);
    const std::optional<RuntimeFeatures> features = cache.features(m_runc);
    QVERIFY(features);
    QVERIFY(features->namespaces().contains(QStringLiteral("pid")));
    QVERIFY(!cache.features(m_withoutFeatures));

    // Known answers are not asked again, but still announced.
    cache.query(runc, 10000);
    QCOMPARE(changed.size(), 3);
}

void tst_RuntimeFeaturesCache::missingRuntimeIsNotAsked()
{
    RuntimeFeaturesCache cache;
    QSignalSpy changed(&cache, &RuntimeFeaturesCache::changed);
    cache.query(RuncBinary(QStringLiteral("/nonexistent/runc")), 1000);
    QVERIFY(!changed.wait(300));
    QVERIFY(!cache.isKnown(QStringLiteral("/nonexistent/runc")));
}

QTEST_GUILESS_MAIN(tst_RuntimeFeaturesCache)
#include "tst_runtimefeaturescache.moc"
