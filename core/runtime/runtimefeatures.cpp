// SPDX-License-Identifier: Apache-2.0
#include "runtimefeatures.h"

#include "runtimesupportcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The lists of the features document (runtime-spec features.md and
// features-linux.md) that a config's values are looked up in.
const char *const ListPointers[] = {"/hooks",
                                    "/mountOptions",
                                    "/linux/namespaces",
                                    "/linux/capabilities",
                                    "/linux/seccomp/actions",
                                    "/linux/seccomp/operators",
                                    "/linux/seccomp/archs",
                                    "/linux/seccomp/knownFlags",
                                    "/linux/seccomp/supportedFlags"};

const char *const FlagPointers[] = {
    "/linux/seccomp/enabled",    "/linux/apparmor/enabled", "/linux/selinux/enabled",
    "/linux/cgroup/v1",          "/linux/cgroup/v2",        "/linux/cgroup/systemd",
    "/linux/cgroup/systemdUser", "/linux/intelRdt/enabled", "/linux/mountExtensions/idmap/enabled",
    "/linux/netDevices/enabled"};

QString text(const Json &root, const char *pointer)
{
    const JsonPointer path(pointer);
    return root.contains(path) && root.at(path).is_string() ? JsonUtil::toQString(root.at(path).get<std::string>())
                                                            : QString();
}

// "1.1.5+ds1" -> "1.1.5": the distribution's suffix says nothing about support.
QString shortVersion(const QString &version)
{
    return version.section(QLatin1Char('+'), 0, 0);
}

} // namespace

Result<RuntimeFeatures> RuntimeFeatures::fromJson(const QByteArray &json, const QString &runtimeName)
{
    const Json root = Json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (!root.is_object() || !root.contains("ociVersionMax")) {
        return Result<RuntimeFeatures>::failure(
            QCoreApplication::translate("RuntimeFeatures", "The runtime's features are not a features document."));
    }
    RuntimeFeatures result;
    result.m_document = json;
    result.m_name = runtimeName;
    result.m_ociVersionMin = text(root, "/ociVersionMin");
    result.m_ociVersionMax = text(root, "/ociVersionMax");
    const QString version = text(root, "/annotations/org.opencontainers.runc.version");
    result.m_version = shortVersion(version);
    result.m_label = version.isEmpty() ? runtimeName : runtimeName + QLatin1Char(' ') + result.m_version;
    for (const char *pointer : ListPointers) {
        const JsonPointer path(pointer);
        if (!root.contains(path) || !root.at(path).is_array())
            continue;
        QSet<QString> set;
        for (const Json &item : root.at(path)) {
            if (item.is_string())
                set.insert(JsonUtil::toQString(item.get<std::string>()));
        }
        result.m_lists.insert(QString::fromLatin1(pointer), set);
    }
    for (const char *pointer : FlagPointers) {
        const JsonPointer path(pointer);
        if (root.contains(path) && root.at(path).is_boolean())
            result.m_flags.insert(QString::fromLatin1(pointer), root.at(path).get<bool>());
    }
    return result;
}

RuntimeFeatures RuntimeFeatures::fromVersionText(const QString &runtimeName, const QByteArray &versionText)
{
    RuntimeFeatures result;
    result.m_versionText = versionText;
    result.m_name = runtimeName;
    result.m_label = runtimeName;
    const QString textValue = QString::fromUtf8(versionText);
    static const QRegularExpression versionLine(QStringLiteral("^\\S+ version (\\S+)"),
                                                QRegularExpression::MultilineOption);
    static const QRegularExpression specLine(QStringLiteral("^spec: (\\S+)"), QRegularExpression::MultilineOption);
    if (const auto match = versionLine.match(textValue); match.hasMatch()) {
        result.m_version = shortVersion(match.captured(1));
        result.m_label = runtimeName + QLatin1Char(' ') + result.m_version;
    }
    // The spec version a runtime was written against is the newest it declares.
    if (const auto match = specLine.match(textValue); match.hasMatch())
        result.m_ociVersionMax = match.captured(1);
    // crun's build flags; a flag it does not print stays unknown.
    static const QHash<QString, QString> flags{{QStringLiteral("SECCOMP"), QStringLiteral("/linux/seccomp/enabled")},
                                               {QStringLiteral("APPARMOR"), QStringLiteral("/linux/apparmor/enabled")},
                                               {QStringLiteral("SELINUX"), QStringLiteral("/linux/selinux/enabled")},
                                               {QStringLiteral("SYSTEMD"), QStringLiteral("/linux/cgroup/systemd")}};
    static const QRegularExpression flagWord(QStringLiteral("(?:^|\\s)([+-])([A-Z0-9_]+)(?=\\s|$)"));
    for (auto it = flagWord.globalMatch(textValue); it.hasNext();) {
        const auto match = it.next();
        const QString pointer = flags.value(match.captured(2));
        if (!pointer.isEmpty())
            result.m_flags.insert(pointer, match.captured(1) == QLatin1String("+"));
    }
    return result;
}

std::optional<QSet<QString>> RuntimeFeatures::list(const QString &pointer) const
{
    const auto it = m_lists.constFind(pointer);
    return it == m_lists.constEnd() ? std::nullopt : std::optional<QSet<QString>>(*it);
}

std::optional<bool> RuntimeFeatures::flag(const QString &pointer) const
{
    const auto it = m_flags.constFind(pointer);
    return it == m_flags.constEnd() ? std::nullopt : std::optional<bool>(*it);
}

QStringList RuntimeFeatures::unsupportedIn(const Json &config) const
{
    QStringList warnings;
    for (const RuntimeSupportRow &row : RuntimeSupportCheck::rows(config)) {
        const RuntimeSupportVerdict verdict = RuntimeSupportCheck::judge(row, *this);
        if (verdict.kind == RuntimeSupportVerdict::Unsupported)
            warnings << QCoreApplication::translate("RuntimeFeatures", "%1: %2").arg(row.title(), verdict.reason);
    }
    return warnings;
}
