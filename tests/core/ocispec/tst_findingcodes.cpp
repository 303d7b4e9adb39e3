// SPDX-License-Identifier: Apache-2.0
// The registry of finding codes against what the rules emit: every code of
// the validator and of the security review has a sample bundle, and each
// sample makes its code appear, with the kind the registry gives it.

#include "findingsamples.h"
#include "ocispec/findingcodes.h"
#include "ocispec/securityreview.h"
#include "ocispec/validator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << Findings::toText(f);
    return lines.isEmpty() ? QStringLiteral("(no findings)") : lines.join(QLatin1Char('\n'));
}

bool fits(FindingKind kind, const Finding &finding)
{
    using S = Finding::Severity;
    switch (kind) {
    case FindingKind::Error: return finding.severity == S::Error && !finding.host;
    case FindingKind::Warning: return finding.severity == S::Warning && !finding.host;
    case FindingKind::Info: return finding.severity == S::Info && !finding.host;
    case FindingKind::HostWarning: return finding.severity == S::Warning && finding.host;
    case FindingKind::ErrorOrWarning: return finding.severity != S::Info && !finding.host;
    }
    return false;
}

void addSampleRows(const QList<FindingSample> &samples)
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < samples.size(); ++i)
        QTest::newRow(samples[i].code) << int(i);
}

} // namespace

class tst_FindingCodes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryIsConsistent();
    void everyCodeHasASample();
    void validatorSample_data();
    void validatorSample();
    void securitySample_data();
    void securitySample();
};

void tst_FindingCodes::registryIsConsistent()
{
    static const QRegularExpression form(QStringLiteral("^[a-zA-Z0-9]+([.-][a-zA-Z0-9]+)+$"));
    QCOMPARE(qsizetype(FindingCodes::all().size()), qsizetype(FindingCode::Count));
    for (const FindingCodeInfo &info : FindingCodes::all()) {
        const QString id = QString::fromLatin1(info.id);
        QVERIFY2(form.match(id).hasMatch(), info.id);
        QCOMPARE(FindingCodes::id(info.code), id);
        QCOMPARE(&FindingCodes::info(info.code), &info);
        QCOMPARE(FindingCodes::find(id), &info);
        // The families the README and `check` promise: host.* are host
        // warnings from HostRules, rootfs.* come from the root filesystem.
        QCOMPARE(id.startsWith(QLatin1String("host.")), info.kind == FindingKind::HostWarning);
        QCOMPARE(id.startsWith(QLatin1String("host.")), qstrcmp(info.rules, "HostRules") == 0);
        QCOMPARE(id.startsWith(QLatin1String("rootfs.")), qstrcmp(info.rules, "RootfsRules") == 0);
        QVERIFY2(!id.startsWith(QLatin1String("security.")), info.id);
    }
    QVERIFY(!FindingCodes::find(u"security.root.writable"));
    QVERIFY(!FindingCodes::find(u"mount.destination"));
}

void tst_FindingCodes::everyCodeHasASample()
{
    QSet<QString> sampled;
    for (const FindingSample &sample : FindingSamples::validator()) {
        const QString code = QString::fromLatin1(sample.code);
        QVERIFY2(FindingCodes::find(code), qPrintable(code + QStringLiteral(" is no code of the validator")));
        QVERIFY2(!sampled.contains(code), qPrintable(code + QStringLiteral(" has two samples")));
        sampled.insert(code);
    }
    QSet<QString> excluded;
    for (const auto &[code, reason] : FindingSamples::unproducible()) {
        QVERIFY2(FindingCodes::find(code), qPrintable(code));
        QVERIFY2(!reason.isEmpty(), qPrintable(code));
        QVERIFY2(!sampled.contains(code), qPrintable(code + QStringLiteral(" has a sample after all")));
        excluded.insert(code);
    }
    for (const FindingCodeInfo &info : FindingCodes::all()) {
        const QString code = QString::fromLatin1(info.id);
        QVERIFY2(sampled.contains(code) || excluded.contains(code),
                 qPrintable(code + QStringLiteral(" has no sample")));
    }

    QSet<QString> securitySampled;
    for (const FindingSample &sample : FindingSamples::security()) {
        const QString code = QString::fromLatin1(sample.code);
        QVERIFY2(SecurityRules::find(code), qPrintable(code + QStringLiteral(" is no rule of the security review")));
        QVERIFY2(!securitySampled.contains(code), qPrintable(code + QStringLiteral(" has two samples")));
        securitySampled.insert(code);
    }
    for (const SecurityRule &rule : SecurityRules::all())
        QVERIFY2(securitySampled.contains(QString::fromLatin1(rule.code)), rule.code);
}

void tst_FindingCodes::validatorSample_data()
{
    addSampleRows(FindingSamples::validator());
}

// Checked as `check` checks a bundle: its bytes, the directory, the root
// filesystem beside it. Every finding of the run, not only the sample's,
// must be a registered code of the kind the registry gives it.
void tst_FindingCodes::validatorSample()
{
    QFETCH(int, index);
    const FindingSample &sample = FindingSamples::validator().at(index);
    if (const QString unmet = FindingSamples::unmetNeed(sample); !unmet.isEmpty())
        QSKIP(qPrintable(unmet));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(FindingSamples::write(sample, dir.path(), &error), qPrintable(error));
    const QByteArray text = FindingSamples::configText(sample);
    const Json config = Json::parse(text.constData(), text.constData() + text.size());

    const QList<Finding> findings = Validator::validate(config, {dir.path(), text});
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding &f) {
        return f.code == QLatin1String(sample.code) && f.pointer == QLatin1String(sample.pointer);
    });
    QVERIFY2(it != findings.end(), qPrintable(describe(findings)));
    for (const Finding &finding : findings) {
        const FindingCodeInfo *info = FindingCodes::find(finding.code);
        QVERIFY2(info, qPrintable(Findings::toText(finding)));
        QVERIFY2(fits(info->kind, finding), qPrintable(Findings::toText(finding)));
    }
}

void tst_FindingCodes::securitySample_data()
{
    addSampleRows(FindingSamples::security());
}

void tst_FindingCodes::securitySample()
{
    QFETCH(int, index);
    const FindingSample &sample = FindingSamples::security().at(index);
    const QByteArray text = FindingSamples::configText(sample);
    const QList<SecurityFinding> findings =
        SecurityReview::run(Json::parse(text.constData(), text.constData() + text.size()));
    QList<Finding> plain;
    for (const SecurityFinding &f : findings)
        plain << f.finding;
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const SecurityFinding &f) {
        return f.finding.code == QLatin1String(sample.code) && f.finding.pointer == QLatin1String(sample.pointer);
    });
    QVERIFY2(it != findings.end(), qPrintable(describe(plain)));
    QCOMPARE(it->finding.severity, SecurityRules::find(it->finding.code)->severity);
}

QTEST_GUILESS_MAIN(tst_FindingCodes)
#include "tst_findingcodes.moc"
