// SPDX-License-Identifier: Apache-2.0
#include "imagelayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>

namespace {

const char *const RefNameAnnotation = "org.opencontainers.image.ref.name";
const char *const IndexMediaType = "application/vnd.oci.image.index.v1+json";

QString tr(const char *text)
{
    return QCoreApplication::translate("ImageLayout", text);
}

QString stringMember(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? JsonUtil::toQString(it->get<std::string>()) : QString();
}

} // namespace

Result<Json> ImageLayout::readJson(const QString &relativePath) const
{
    const QString path = QDir(m_directory).filePath(relativePath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Json>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    Json json = Json::parse(file.readAll().toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return Result<Json>::failure(tr("%1 is not a JSON object.").arg(path));
    return json;
}

Result<Json> ImageLayout::readBlob(const Json &descriptor) const
{
    // Only a well-formed digest becomes a path, so none leads out of blobs/.
    static const QRegularExpression digestPattern(QStringLiteral("^([a-z0-9]+):([a-f0-9]{32,128})$"));
    const QString digest = descriptor.is_object() ? stringMember(descriptor, "digest") : QString();
    const QRegularExpressionMatch match = digestPattern.match(digest);
    if (!match.hasMatch())
        return Result<Json>::failure(
            tr("The image layout has a descriptor without a valid digest (\"%1\").").arg(digest));
    return readJson(QStringLiteral("blobs/%1/%2").arg(match.captured(1), match.captured(2)));
}

Result<Json> ImageLayout::manifestFrom(const Json &index, const QString &tag, bool nested) const
{
    const auto manifests = index.find("manifests");
    if (manifests == index.end() || !manifests->is_array() || manifests->empty())
        return Result<Json>::failure(tr("The image index lists no manifests."));
    const Json *chosen = nullptr;
    for (const Json &descriptor : *manifests) {
        if (!descriptor.is_object())
            continue;
        const auto annotations = descriptor.find("annotations");
        const bool tagged = annotations != descriptor.end() && annotations->is_object()
            && stringMember(*annotations, RefNameAnnotation) == tag;
        // A nested index (a multi-platform image) has untagged entries: take
        // the one for this machine's platform, or the first.
        if (tagged || (nested && !chosen))
            chosen = &descriptor;
        if (nested) {
            const auto platform = descriptor.find("platform");
            if (platform != descriptor.end() && platform->is_object()
                && stringMember(*platform, "os") == QLatin1String("linux")
                && stringMember(*platform, "architecture")
                    == QSysInfo::buildCpuArchitecture().replace(QLatin1String("x86_64"), QLatin1String("amd64"))) {
                chosen = &descriptor;
                break;
            }
        } else if (tagged) {
            break;
        }
    }
    if (!chosen)
        return Result<Json>::failure(tr("The image layout has no image tagged \"%1\".").arg(tag));
    Result<Json> blob = readBlob(*chosen);
    if (!blob)
        return blob;
    if (stringMember(*chosen, "mediaType") == QLatin1String(IndexMediaType)) {
        if (nested)
            return Result<Json>::failure(tr("The image index nests more than one level deep."));
        return manifestFrom(blob.value(), tag, true);
    }
    return blob;
}

Result<Json> ImageLayout::imageConfig(const QString &tag) const
{
    const Result<Json> index = readJson(QStringLiteral("index.json"));
    if (!index)
        return index;
    const Result<Json> manifest = manifestFrom(index.value(), tag, false);
    if (!manifest)
        return manifest;
    const auto config = manifest->find("config");
    if (config == manifest->end())
        return Result<Json>::failure(tr("The image's manifest names no configuration."));
    return readBlob(*config);
}
