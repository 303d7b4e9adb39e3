// SPDX-License-Identifier: Apache-2.0
#include "validator.h"

#include "binfmthandlers.h"
#include "hostrules.h"
#include "jsonaccess.h"
#include "rootfscheckcache.h"
#include "rootfsinspector.h"
#include "rootfsrules.h"
#include "schemachecker.h"
#include "semanticchecker.h"
#include "sourcetextrules.h"
#include "speccatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

// The release whose fields a document may use, judged by its ociVersion;
// nullopt when that cannot be told (then no version warnings are given).
std::optional<SpecVersion> documentVersion(const Json &root, FindingSink *sink)
{
    if (!root.is_object())
        return std::nullopt;
    const auto it = root.find("ociVersion");
    if (it == root.end() || !it->is_string())
        return std::nullopt;
    const QString text = JsonUtil::toQString(it->get_ref<const std::string &>());
    const std::optional<SemVer> version = SemVer::parse(text);
    if (!version)
        return std::nullopt; // SchemaChecker reports the malformed version
    const std::optional<SpecVersion> effective = SpecVersions::effectiveFor(*version);
    const QString pointer = QStringLiteral("/ociVersion");
    if (!effective) {
        sink->warning(
            FindingCode::OciVersionUnknownMajor, pointer,
            QCoreApplication::translate(
                "Validator", "Version %1 is not a 1.x release; this editor only knows the rules of runtime-spec 1.x.")
                .arg(text));
        return std::nullopt;
    }
    const QString best = SpecVersions::toString(SpecVersions::best());
    if (version->minor > 3) {
        sink->info(
            FindingCode::OciVersionNewerThanKnown, pointer,
            QCoreApplication::translate(
                "Validator",
                "Version %1 is newer than %2, the latest this editor knows; newer fields are reported as unknown.")
                .arg(text, best));
    }
    return effective;
}

// The root filesystem rules, through the cache when the context has one.
// Only for a root filesystem that is a directory: the host findings say
// what is wrong with any other.
void checkRootfs(const Json &root, const ValidationContext &context, FindingSink *sink)
{
    const std::optional<QString> path = JsonAccess::stringOf(JsonAccess::memberPath(root, {"root", "path"}));
    if (!path || path->isEmpty())
        return;
    const QString rootfs = QDir::cleanPath(QDir(context.bundleDirectory).absoluteFilePath(*path));
    if (!QFileInfo(rootfs).isDir())
        return;
    const std::string input =
        QDir(context.bundleDirectory).absolutePath().toStdString() + '\n' + RootfsRules::inputOf(root);
    const BinfmtHandlers binfmt;
    std::optional<QList<Finding>> cached;
    if (context.rootfsCache)
        cached = context.rootfsCache->find(rootfs, input, binfmt.signature());
    QList<Finding> findings = cached.value_or(QList<Finding>());
    if (!cached) {
        RootfsInspector inspector(rootfs);
        FindingSink rulesSink(&findings);
        RootfsRules rules(root, context.bundleDirectory, &inspector, binfmt, &rulesSink);
        rules.setCanceled(context.canceled);
        rules.check();
        if (context.canceled && context.canceled())
            return;
        if (context.rootfsCache)
            context.rootfsCache->store(rootfs, input,
                                       {findings, inspector.trail(), rules.hostTrail(), binfmt.signature()});
    }
    for (const Finding &finding : std::as_const(findings))
        sink->append(finding);
}

} // namespace

Validator::Validator(const SpecCatalogue &catalogue) : m_catalogue(catalogue) { }

Validator::Validator() : Validator(SpecCatalogue::instance()) { }

QList<Finding> Validator::run(const Json &root, const ValidationContext &context) const
{
    QList<Finding> findings = checkDocument(root, context);
    findings += checkBundle(root, context);
    return findings;
}

QList<Finding> Validator::checkDocument(const Json &root, const ValidationContext &context) const
{
    QList<Finding> findings;
    FindingSink sink(&findings);
    if (!context.sourceText.isEmpty())
        SourceTextRules(m_catalogue, &sink).check(context.sourceText);
    const std::optional<SpecVersion> version = documentVersion(root, &sink);
    SchemaChecker(m_catalogue, version, &sink).check(root);
    SemanticChecker(root, &sink).check();
    return findings;
}

QList<Finding> Validator::checkBundle(const Json &root, const ValidationContext &context) const
{
    QList<Finding> findings;
    if (context.bundleDirectory.isEmpty() || !root.is_object())
        return findings;
    FindingSink sink(&findings);
    HostRules(root, context.bundleDirectory, &sink).check();
    if (context.canceled && context.canceled())
        return findings;
    checkRootfs(root, context, &sink);
    return findings;
}

QList<Finding> Validator::validate(const Json &root, const ValidationContext &context)
{
    return Validator().run(root, context);
}
