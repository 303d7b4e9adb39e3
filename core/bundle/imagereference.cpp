// SPDX-License-Identifier: Apache-2.0
#include "imagereference.h"

#include <QCoreApplication>

namespace {

// Splits "path:tag" at a colon after the last slash, so a path with colons
// in a directory name still works.
std::pair<QString, QString> splitTag(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= text.lastIndexOf(QLatin1Char('/')))
        return {text, QString()};
    return {text.left(colon), text.mid(colon + 1)};
}

} // namespace

Result<ImageReference> ImageReference::parse(const QString &text)
{
    ImageReference reference;
    reference.m_text = text;
    QString rest = text;
    if (text.startsWith(QLatin1String("oci-archive:"))) {
        reference.m_kind = Kind::OciArchive;
        rest = text.mid(12);
    } else if (text.startsWith(QLatin1String("docker-archive:"))) {
        reference.m_kind = Kind::DockerArchive;
        rest = text.mid(15);
    } else if (text.startsWith(QLatin1String("docker://"))) {
        reference.m_kind = Kind::Registry;
        reference.m_location = text.mid(9);
    }
    if (reference.m_kind != Kind::Registry) {
        const auto [path, tag] = splitTag(rest);
        reference.m_location = path;
        reference.m_tag = tag;
    }
    if (reference.m_location.isEmpty()) {
        return Result<ImageReference>::failure(
            QCoreApplication::translate("ImageReference", "\"%1\" names no image.").arg(text));
    }
    if (reference.m_kind == Kind::Layout && reference.m_tag.isEmpty())
        reference.m_tag = QStringLiteral("latest");
    return reference;
}
