// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "specversion.h"

#include <QFlags>

#include <optional>
#include <span>
#include <string_view>

// The JSON types a field accepts. "Integer" is any JSON number without a
// fraction; its range is given separately (IntRange).
enum class JsonKind : quint8 {
    Null = 0x01,
    Boolean = 0x02,
    Integer = 0x04,
    Number = 0x08,
    String = 0x10,
    Array = 0x20,
    Object = 0x40,
};
Q_DECLARE_FLAGS(JsonKinds, JsonKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(JsonKinds)

// Integer ranges used by the spec. Kept symbolic so editors can pick a widget.
enum class IntRange : quint8 {
    Any,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    FileMode, // 0..07777 (permissions plus setuid/setgid/sticky), written in decimal
    Positive, // 1..int64 max (hook timeouts)
};

struct IntBounds
{
    bool negativeAllowed = true;
    qint64 min = 0; // meaningful when negativeAllowed
    quint64 max = 0;
    static IntBounds of(IntRange range);
};

enum class Unit : quint8 {
    None,
    Bytes,
    BytesPerSecond,
    OperationsPerSecond,
    Microseconds,
    Nanoseconds,
    Seconds,
    Characters,
};

// Checks on string values beyond type and enum, carried out by the validator.
enum class ValueFormat : quint8 {
    None,
    SemVer,
    AbsolutePath,       // MUST be absolute
    PreferAbsolutePath, // SHOULD be absolute (Linux mount destinations)
    EnvVar,             // KEY=VALUE
    Capability,         // CAP_*, checked against the known list
    CpuList,            // "0-3,7"
    HugepageSize,       // "2MB", "1GB"
    DeviceAccess,       // subset of "rwm"
    MemBwSchema,        // starts with "MB:", one line
    L3CacheSchema,      // should start with "L3:", one line
    SingleLine,
};

// The operating systems the specification has a section for.
enum class Platform : quint8 {
    Linux = 0x01,
    Windows = 0x02,
    Solaris = 0x04,
    ZOS = 0x08,
    FreeBSD = 0x10,
};
Q_DECLARE_FLAGS(Platforms, Platform)
Q_DECLARE_OPERATORS_FOR_FLAGS(Platforms)

inline constexpr Platforms kAllPlatforms =
    Platform::Linux | Platform::Windows | Platform::Solaris | Platform::ZOS | Platform::FreeBSD;
inline constexpr Platforms kPosixPlatforms = Platform::Linux | Platform::Solaris | Platform::ZOS | Platform::FreeBSD;

// An allowed value that appeared later than the field itself.
struct ValueSince
{
    const char *value;
    SpecVersion since;
};

// One row of the catalogue. `pattern` is a JSON pointer in which "*" stands
// for any array index and "{}" for any object key. The four text members
// are untranslated source strings of the context "SpecCatalogue"; use the
// SpecCatalogue accessors to get them translated.
struct FieldInfo
{
    const char *pattern = "";
    JsonKinds kinds;
    IntRange range = IntRange::Any;
    std::span<const char *const> allowed = {};
    // true: `allowed` only lists well-known values (mount options), others are fine.
    bool openEnum = false;
    // Values of `allowed` added after `since`, e.g. the time namespace.
    std::span<const ValueSince> newerValues = {};
    // Where `allowed` is the complete list; on other platforms its values
    // are only suggestions (every system names its rlimits differently).
    Platforms allowedValuesOn = kAllPlatforms;
    ValueFormat format = ValueFormat::None;
    Unit unit = Unit::None;
    const char *defaultValue = nullptr; // JSON text, nullptr when the spec gives none
    SpecVersion since = SpecVersion::V1_0_0;
    std::optional<SpecVersion> removedIn = {};
    bool required = false;
    // The platforms whose configurations must have the field when its
    // parent is there, e.g. uid on POSIX systems but not on Windows.
    Platforms requiredOn = kAllPlatforms;
    bool deprecated = false;
    // An object whose members the specification leaves to others (the
    // Windows credential spec): none of them is checked or reported as unknown.
    bool freeForm = false;
    const char *section = "";
    const char *title = "";
    const char *summary = "";
    const char *explanation = "";

    bool accepts(JsonKind kind) const { return kinds.testFlag(kind); }
    bool isAllowedValue(std::string_view value) const;
    // The version that introduced `value`: its entry in newerValues, else `since`.
    SpecVersion valueSince(std::string_view value) const;
};

struct CapabilityInfo
{
    const char *name;
    int number;     // the kernel's bit number, as in <linux/capability.h>
    bool dangerous; // grants (close to) host-level control when given to a container
    const char *summary;
};
