// SPDX-License-Identifier: Apache-2.0
#include "devicerules.h"

#include "firstseenindex.h"
#include "jsonaccess.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

#include <charconv>
#include <string_view>
#include <unordered_map>

using namespace JsonAccess;

namespace {

// "c 1:3": the device's type and numbers, as people read them.
QString deviceId(const QString &type, qint64 major, qint64 minor)
{
    return QStringLiteral("%1 %2:%3").arg(type).arg(major).arg(minor);
}

// deviceId in UTF-8, for hashing: spelled directly in the usual case, where
// the type is ASCII and holds no "%" for QString::arg to fill in.
std::string deviceKey(std::string_view type, qint64 major, qint64 minor)
{
    if (!isAscii(type) || type.find('%') != std::string_view::npos)
        return JsonUtil::toStd(deviceId(JsonUtil::toQString(std::string(type)), major, minor));
    std::string key(type);
    char digits[24];
    key.push_back(' ');
    key.append(digits, std::to_chars(digits, digits + sizeof digits, major).ptr);
    key.push_back(':');
    key.append(digits, std::to_chars(digits, digits + sizeof digits, minor).ptr);
    return key;
}

} // namespace

DeviceRules::DeviceRules(const Json &root, FindingSink *sink) : m_root(root), m_sink(sink) { }

void DeviceRules::check()
{
    checkCgroupRules();
    const Json *devices = memberPath(m_root, {"linux", "devices"});
    if (!devices || !devices->is_array())
        return;
    // Keyed by the UTF-8 of what the messages show, so that two keys are
    // equal exactly when the texts are; views of the document where possible.
    StringArena keptKeys;
    FirstSeenIndex byPath(devices->size());
    std::unordered_map<std::string, qsizetype> byNumber;
    byNumber.reserve(devices->size());
    qsizetype index = 0;
    for (const Json &device : *devices) {
        const auto [typeJson, path, major, minor] = members(device, {"type", "path", "major", "minor"});
        const std::string *type =
            typeJson && typeJson->is_string() ? &typeJson->get_ref<const std::string &>() : nullptr;
        const bool fifo = type && (isAscii(*type) ? *type == "p" : JsonUtil::toQString(*type) == QLatin1String("p"));
        if (fifo) {
            if (major || minor) {
                m_sink->warning(FindingCode::DeviceFifoNumbers,
                                pointerOf(index) + (major ? QLatin1String("/major") : QLatin1String("/minor")),
                                tr("A FIFO (type p) has no device numbers; they are ignored."));
            }
        } else if (type) {
            for (const auto &[json, key] : {std::pair{major, "major"}, std::pair{minor, "minor"}}) {
                if (!json) {
                    m_sink->error(FindingCode::DeviceNumberMissing,
                                  pointerOf(index) + QLatin1Char('/') + QLatin1String(key),
                                  tr("A device of type %1 needs a %2 number.")
                                      .arg(JsonUtil::toQString(*type), QLatin1String(key)));
                } else if (const std::optional<qint64> n = int64Of(json); n && *n < 0) {
                    m_sink->error(FindingCode::DeviceNumberNegative,
                                  pointerOf(index) + QLatin1Char('/') + QLatin1String(key),
                                  tr("Device numbers cannot be negative."));
                }
            }
            const std::optional<qint64> majorNumber = int64Of(major);
            const std::optional<qint64> minorNumber = int64Of(minor);
            if (majorNumber && minorNumber) {
                const auto [earlier, added] = byNumber.try_emplace(deviceKey(*type, *majorNumber, *minorNumber), index);
                if (!added) {
                    const QString id = deviceId(JsonUtil::toQString(*type), *majorNumber, *minorNumber);
                    m_sink->warning(FindingCode::DeviceDuplicate, pointerOf(index),
                                    tr("Device %1 is already listed as device %2.").arg(id).arg(earlier->second));
                }
            }
        }
        checkFileMode(member(device, "fileMode"), type, index);
        if (path && path->is_string() && type)
            checkDefaultDevice(path->get_ref<const std::string &>(), *type, int64Of(major), int64Of(minor), index);
        if (path && path->is_string()) {
            std::string_view normalized = normalizedPathView(path->get_ref<const std::string &>(), &keptKeys);
            if (!isAscii(normalized))
                normalized =
                    keptKeys.keep(JsonUtil::toStd(QString::fromUtf8(normalized.data(), qsizetype(normalized.size()))));
            const auto [earlier, added] = byPath.add(normalized, index);
            if (!added) {
                const QString text = QString::fromUtf8(normalized.data(), qsizetype(normalized.size()));
                m_sink->error(FindingCode::DevicePathDuplicate, pointerOf(index) + QLatin1String("/path"),
                              tr("Device %1 already creates %2.").arg(earlier).arg(text));
            }
        }
        ++index;
    }
}

// Podman writes a node's mode as stat(2) gives it, file type bits included
// (8630 is S_IFCHR | 0666); runc 1.1 drops those bits and takes the type from
// "type". Bits above the file type are no file mode at all.
void DeviceRules::checkFileMode(const Json *mode, const std::string *type, qsizetype index)
{
    const std::optional<quint64> value = uint64Of(mode);
    if (!value)
        return; // the schema check reports a mode that is no unsigned number
    constexpr quint64 TypeMask = 0170000;
    const QString pointer = pointerOf(index) + QLatin1String("/fileMode");
    if (*value > 0177777) {
        m_sink->error(FindingCode::DeviceFilemodeRange, pointer,
                      tr("The file mode %1 has bits above the permission and file type bits (the largest mode is "
                         "65535, octal 0177777).")
                          .arg(*value));
        return;
    }
    const quint64 typeBits = *value & TypeMask;
    if (typeBits == 0 || !type)
        return;
    static const std::unordered_map<std::string, quint64> typeOf = {
        {"c", 0020000}, {"u", 0020000}, {"b", 0060000}, {"p", 0010000}};
    const auto expected = typeOf.find(*type);
    if (expected == typeOf.end() || expected->second == typeBits)
        return;
    m_sink->warning(FindingCode::DeviceFilemodeType, pointer,
                    tr("The file mode %1 carries the file type bits octal %2, which do not match the device type %3; "
                       "runc ignores them and creates the node the type names.")
                        .arg(*value)
                        .arg(typeBits, 6, 8, QLatin1Char('0'))
                        .arg(JsonUtil::toQString(*type)));
}

QString DeviceRules::pointerOf(qsizetype index)
{
    return join(QStringLiteral("/linux/devices"), index);
}

void DeviceRules::checkCgroupRules()
{
    const Json *rules = memberPath(m_root, {"linux", "resources", "devices"});
    if (!rules || !rules->is_array())
        return;
    qsizetype index = 0;
    for (const Json &rule : *rules) {
        const Json *access = member(rule, "access");
        if (rule.is_object() && (!access || (access->is_string() && access->get_ref<const std::string &>().empty()))) {
            m_sink->error(
                FindingCode::DeviceRuleAccessEmpty,
                join(QStringLiteral("/linux/resources/devices"), index) + QLatin1String("/access"),
                tr("runc refuses a device rule without access; use \"rwm\" for all of read, write and mknod."));
        }
        ++index;
    }
}

// runc gives every container /dev/null, /dev/zero and a few others and
// allows them in the device cgroup. A device listed at one of those paths
// replaces runc's, allow rule included: unless linux.resources.devices
// allows it, the container cannot open it, and runc itself fails on
// /dev/null.
void DeviceRules::checkDefaultDevice(std::string_view path, std::string_view type, std::optional<qint64> major,
                                     std::optional<qint64> minor, qsizetype index)
{
    static const std::string_view defaults[] = {"/dev/null", "/dev/random", "/dev/full",
                                                "/dev/tty",  "/dev/zero",   "/dev/urandom"};
    if (std::find(std::begin(defaults), std::end(defaults), path) == std::end(defaults))
        return;
    if (isAllowedByCgroup(type == "u" ? "c" : type, major, minor))
        return;
    const QString pointer = pointerOf(index) + QLatin1String("/path");
    const QString text = QString::fromUtf8(path.data(), qsizetype(path.size()));
    if (path == "/dev/null") {
        m_sink->error(FindingCode::DeviceDefaultNotAllowed, pointer,
                      tr("Listing %1 replaces runc's own, together with its device cgroup rule; allow it in "
                         "linux.resources.devices, or runc fails to open it and refuses to start.")
                          .arg(text));
    } else {
        m_sink->warning(FindingCode::DeviceDefaultNotAllowed, pointer,
                        tr("Listing %1 replaces runc's own, together with its device cgroup rule; allow it in "
                           "linux.resources.devices, or the container cannot open it.")
                            .arg(text));
    }
}

// The device cgroup's verdict as runc builds it: the last matching rule counts.
bool DeviceRules::isAllowedByCgroup(std::string_view type, std::optional<qint64> major,
                                    std::optional<qint64> minor) const
{
    const Json *rules = memberPath(m_root, {"linux", "resources", "devices"});
    if (!rules || !rules->is_array())
        return true; // no rules: runc leaves the device cgroup open
    bool allowed = false;
    for (const Json &rule : *rules) {
        const std::optional<QString> ruleType = stringOf(member(rule, "type"));
        const std::optional<qint64> ruleMajor = int64Of(member(rule, "major"));
        const std::optional<qint64> ruleMinor = int64Of(member(rule, "minor"));
        const bool typeMatches = !ruleType || *ruleType == QLatin1String("a") || ruleType->toStdString() == type;
        const bool majorMatches = !ruleMajor || *ruleMajor == -1 || ruleMajor == major;
        const bool minorMatches = !ruleMinor || *ruleMinor == -1 || ruleMinor == minor;
        const bool opens =
            stringOf(member(rule, "access")).value_or(QString()).contains(QRegularExpression(QStringLiteral("[rw]")));
        if (typeMatches && majorMatches && minorMatches && opens)
            allowed =
                member(rule, "allow") && member(rule, "allow")->is_boolean() && member(rule, "allow")->get<bool>();
    }
    return allowed;
}
