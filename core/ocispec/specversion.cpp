// SPDX-License-Identifier: Apache-2.0
#include "specversion.h"

#include <QRegularExpression>

namespace {

struct VersionName
{
    SpecVersion version;
    quint64 major, minor, patch;
};

constexpr VersionName kVersions[] = {
    {SpecVersion::V1_0_0, 1, 0, 0}, {SpecVersion::V1_0_1, 1, 0, 1}, {SpecVersion::V1_0_2, 1, 0, 2},
    {SpecVersion::V1_1_0, 1, 1, 0}, {SpecVersion::V1_2_0, 1, 2, 0}, {SpecVersion::V1_2_1, 1, 2, 1},
    {SpecVersion::V1_3_0, 1, 3, 0},
};

} // namespace

std::optional<SemVer> SemVer::parse(const QString &text)
{
    // The grammar of semver.org, section "Is there a suggested regular expression".
    static const QRegularExpression grammar(QStringLiteral(
        "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"));
    const QRegularExpressionMatch match = grammar.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    SemVer v;
    bool ok1 = false, ok2 = false, ok3 = false;
    v.major = match.captured(1).toULongLong(&ok1);
    v.minor = match.captured(2).toULongLong(&ok2);
    v.patch = match.captured(3).toULongLong(&ok3);
    if (!ok1 || !ok2 || !ok3)
        return std::nullopt;
    v.preRelease = match.captured(4);
    v.build = match.captured(5);
    return v;
}

namespace SpecVersions {

QList<SpecVersion> all()
{
    QList<SpecVersion> result;
    for (const VersionName &v : kVersions)
        result.append(v.version);
    return result;
}

SpecVersion best()
{
    return SpecVersion::V1_3_0;
}

QString toString(SpecVersion version)
{
    for (const VersionName &v : kVersions) {
        if (v.version == version)
            return QStringLiteral("%1.%2.%3").arg(v.major).arg(v.minor).arg(v.patch);
    }
    return {};
}

std::optional<SpecVersion> fromString(const QString &text)
{
    for (const VersionName &v : kVersions) {
        if (toString(v.version) == text)
            return v.version;
    }
    return std::nullopt;
}

std::optional<SpecVersion> effectiveFor(const SemVer &version)
{
    if (version.major != 1)
        return std::nullopt;
    std::optional<SpecVersion> result;
    for (const VersionName &v : kVersions) {
        const bool notNewer = v.minor < version.minor || (v.minor == version.minor && v.patch <= version.patch);
        if (notNewer)
            result = v.version;
    }
    return result;
}

} // namespace SpecVersions
