// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

#include <optional>

// The runtime-spec releases the catalogue knows. Ordered, so that "added in"
// and "newer than the document" are plain comparisons.
enum class SpecVersion {
    V1_0_0,
    V1_0_1,
    V1_0_2,
    V1_1_0,
    V1_2_0,
    V1_2_1,
    V1_3_0,
};

// A parsed SemVer 2.0.0 version string ("1.0.2-dev", "1.1.0+build.5").
struct SemVer
{
    quint64 major = 0;
    quint64 minor = 0;
    quint64 patch = 0;
    QString preRelease;
    QString build;

    static std::optional<SemVer> parse(const QString &text);
};

namespace SpecVersions {

QList<SpecVersion> all();
// The version whose text and schema the catalogue follows most closely.
SpecVersion best();
QString toString(SpecVersion version);
std::optional<SpecVersion> fromString(const QString &text);

// The newest known release a document declaring `version` may use. Pre-release
// and build suffixes are ignored: "1.0.2-dev" already carries 1.0.2's fields.
// Returns nullopt for a major version other than 1, whose rules we do not know.
std::optional<SpecVersion> effectiveFor(const SemVer &version);

} // namespace SpecVersions
