#include "validator.h"

#include "hostrules.h"
#include "schemachecker.h"
#include "semanticchecker.h"
#include "sourcetextrules.h"
#include "speccatalogue.h"

#include <QCoreApplication>

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
        sink->warning(QStringLiteral("ociVersion.unknown-major"), pointer,
                      QCoreApplication::translate("Validator", "Version %1 is not a 1.x release; this editor only knows the rules of runtime-spec 1.x.")
                          .arg(text));
        return std::nullopt;
    }
    const QString best = SpecVersions::toString(SpecVersions::best());
    if (version->minor > 3) {
        sink->info(QStringLiteral("ociVersion.newer-than-known"), pointer,
                   QCoreApplication::translate("Validator", "Version %1 is newer than %2, the latest this editor knows; newer fields are reported as unknown.")
                       .arg(text, best));
    }
    return effective;
}

} // namespace

Validator::Validator(const SpecCatalogue &catalogue)
    : m_catalogue(catalogue)
{
}

Validator::Validator()
    : Validator(SpecCatalogue::instance())
{
}

QList<Finding> Validator::run(const Json &root, const ValidationContext &context) const
{
    QList<Finding> findings;
    FindingSink sink(&findings);
    if (!context.sourceText.isEmpty())
        SourceTextRules(m_catalogue, &sink).check(context.sourceText);
    const std::optional<SpecVersion> version = documentVersion(root, &sink);
    SchemaChecker(m_catalogue, version, &sink).check(root);
    SemanticChecker(root, &sink).check();
    if (!context.bundleDirectory.isEmpty())
        HostRules(root, context.bundleDirectory, &sink).check();
    return findings;
}

QList<Finding> Validator::validate(const Json &root, const ValidationContext &context)
{
    return Validator().run(root, context);
}
