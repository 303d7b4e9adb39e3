// SPDX-License-Identifier: Apache-2.0
#include "schemachecker.h"

#include "targetplatforms.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

QString kindName(const Json &value)
{
    return JsonUtil::typeName(value);
}

// The kind a value of this JSON type is accepted as without further thought;
// none for a fractional number, whose range checkType judges.
JsonKinds plainKindOf(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null: return JsonKind::Null;
    case Json::value_t::boolean: return JsonKind::Boolean;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return JsonKind::Integer | JsonKind::Number;
    case Json::value_t::string: return JsonKind::String;
    case Json::value_t::array: return JsonKind::Array;
    case Json::value_t::object: return JsonKind::Object;
    case Json::value_t::number_float:
    case Json::value_t::binary:
    case Json::value_t::discarded: break;
    }
    return {};
}

// "0-3,7": numbers and ascending ranges separated by commas; empty is fine.
bool isCpuList(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    // The kernel skips empty items ("0,,2") and takes strides ("0-7:2/4").
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const QStringList bounds = part.section(QLatin1Char(':'), 0, 0).split(QLatin1Char('-'));
        if (bounds.size() > 2)
            return false;
        bool ok = false;
        const qulonglong first = bounds.first().trimmed().toULongLong(&ok);
        if (!ok)
            return false;
        if (bounds.size() == 2) {
            const qulonglong last = bounds.last().trimmed().toULongLong(&ok);
            if (!ok || last < first)
                return false;
        }
    }
    return true;
}

} // namespace

// Remembers, for each member position, the key the previous element of the
// same array had there and the field it resolved to: the elements of an
// array (10,000 mounts) usually share their keys and their order, so most
// catalogue look-ups become one string comparison.
class SchemaChecker::MemberCache
{
public:
    const FieldInfo *memberOf(const SpecCatalogue &catalogue, const FieldInfo &parent, size_t position,
                              std::string_view key)
    {
        if (position < m_count && m_entries[position].key == key)
            return m_entries[position].field;
        const FieldInfo *field = catalogue.memberOf(&parent, key);
        if (position < kCapacity) {
            m_entries[position] = {key, field};
            m_count = std::max(m_count, position + 1);
        }
        return field;
    }

private:
    static constexpr size_t kCapacity = 16;
    struct Entry
    {
        std::string_view key; // the document's own key, alive for the whole walk
        const FieldInfo *field;
    };
    Entry m_entries[kCapacity];
    size_t m_count = 0;
};

SchemaChecker::SchemaChecker(const SpecCatalogue &catalogue, std::optional<SpecVersion> documentVersion,
                             FindingSink *sink)
    : m_catalogue(catalogue), m_documentVersion(documentVersion), m_sink(sink)
{ }

void SchemaChecker::check(const Json &root)
{
    m_path.clear();
    m_platforms = TargetPlatform::of(root);
    if (const FieldInfo *field = m_catalogue.root())
        visit(root, *field, false, nullptr);
}

void SchemaChecker::visit(const Json &value, const FieldInfo &field, bool versionReported, MemberCache *siblings)
{
    // Most fields are current and most values have their field's type: the
    // full checks only run where they may have something to say.
    const bool lifecycleQuiet = !field.deprecated
        && (!m_documentVersion || (!field.removedIn && (versionReported || field.since <= *m_documentVersion)));
    if (!lifecycleQuiet)
        checkLifecycle(field, &versionReported);
    if (!(field.kinds & plainKindOf(value)) && !checkType(value, field))
        return;
    if (value.is_number())
        checkRange(value, field);
    else if (value.is_string())
        checkString(value.get_ref<const std::string &>(), field, versionReported);
    else if (value.is_object())
        visitObject(value, field, versionReported, siblings);
    else if (value.is_array())
        visitArray(value, field, versionReported);
}

void SchemaChecker::visitArray(const Json &value, const FieldInfo &field, bool versionReported)
{
    const FieldInfo *element = m_catalogue.elementOf(&field);
    if (!element)
        return;
    MemberCache siblings;
    size_t index = 0;
    for (const Json &item : value) {
        m_path.pushIndex(index++);
        visit(item, *element, versionReported, &siblings);
        m_path.pop();
    }
}

void SchemaChecker::visitObject(const Json &value, const FieldInfo &field, bool versionReported, MemberCache *siblings)
{
    const Json::object_t &members = value.get_ref<const Json::object_t &>();
    checkRequired(members, field);
    size_t position = 0;
    for (const auto &[key, child] : members) {
        const FieldInfo *member =
            siblings ? siblings->memberOf(m_catalogue, field, position, key) : m_catalogue.memberOf(&field, key);
        ++position;
        m_path.pushKey(key);
        if (member) {
            visit(child, *member, versionReported, nullptr);
        } else if (!field.freeForm) {
            // Vendor extensions are legal; mention them so typos stand out.
            m_sink->info(FindingCode::FieldUnknown, pointer(),
                         tr("\"%1\" is not a field of the runtime specification; runtimes will ignore it.")
                             .arg(JsonUtil::toQString(key)));
        }
        m_path.pop();
    }
}

void SchemaChecker::checkRequired(const Json::object_t &members, const FieldInfo &field)
{
    for (const std::string_view key : m_catalogue.requiredKeys(&field)) {
        const bool present =
            std::any_of(members.begin(), members.end(),
                        [key](const Json::object_t::value_type &member) { return member.first == key; });
        if (present)
            continue;
        // Rare: only now is it worth asking on which platforms the member is required.
        if (const FieldInfo *member = m_catalogue.memberOf(&field, key); member && !(member->requiredOn & m_platforms))
            continue;
        m_sink->error(
            FindingCode::FieldRequired, m_path.child(key),
            tr("The required field \"%1\" is missing.").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
    }
}

void SchemaChecker::checkLifecycle(const FieldInfo &field, bool *versionReported)
{
    if (field.deprecated) {
        m_sink->warning(FindingCode::FieldDeprecated, pointer(),
                        tr("\"%1\" is deprecated by the runtime specification.").arg(SpecCatalogue::title(field)));
    }
    if (!m_documentVersion)
        return;
    if (field.removedIn && *m_documentVersion >= *field.removedIn) {
        m_sink->warning(FindingCode::FieldRemoved, pointer(),
                        tr("This field was removed in runtime-spec %1; the document declares a later version.")
                            .arg(SpecVersions::toString(*field.removedIn)));
    }
    if (!*versionReported && field.since > *m_documentVersion) {
        *versionReported = true; // once per subtree: its children are newer too
        m_sink->warning(
            FindingCode::FieldNewerThanVersion, pointer(),
            tr("This field was added in runtime-spec %1, but ociVersion is %2; older runtimes may ignore it.")
                .arg(SpecVersions::toString(field.since), SpecVersions::toString(*m_documentVersion)));
    }
}

bool SchemaChecker::checkType(const Json &value, const FieldInfo &field)
{
    bool ok = bool(field.kinds & plainKindOf(value));
    if (value.is_number_float()) {
        ok = field.accepts(JsonKind::Number);
        const double d = value.get<double>();
        // An integer too large for 64 bits arrives as a double: a range problem, not a type problem.
        if (!ok && field.accepts(JsonKind::Integer) && std::isfinite(d) && std::trunc(d) == d
            && std::fabs(d) >= 9223372036854775808.0) {
            m_sink->error(
                FindingCode::ValueOutOfRange, pointer(),
                tr("The value does not fit the allowed range (%1).").arg(SpecCatalogue::typeDescription(field)));
            return false;
        }
    }
    if (!ok) {
        m_sink->error(FindingCode::TypeMismatch, pointer(),
                      tr("Expected %1, found %2.").arg(SpecCatalogue::typeDescription(field), kindName(value)));
    }
    return ok;
}

void SchemaChecker::checkRange(const Json &value, const FieldInfo &field)
{
    if (!value.is_number_integer())
        return;
    const IntBounds bounds = IntBounds::of(field.range);
    bool inRange = true;
    if (value.is_number_unsigned() || value.get<qint64>() >= 0) {
        const quint64 u = value.is_number_unsigned() ? value.get<quint64>() : quint64(value.get<qint64>());
        inRange = u <= bounds.max && (bounds.min <= 0 || u >= quint64(bounds.min));
    } else {
        inRange = bounds.negativeAllowed && value.get<qint64>() >= bounds.min;
    }
    if (!inRange) {
        m_sink->error(FindingCode::ValueOutOfRange, pointer(),
                      tr("The value %1 is outside the allowed range (%2).")
                          .arg(JsonUtil::toQString(value.dump()), SpecCatalogue::typeDescription(field)));
    }
}

void SchemaChecker::checkString(const std::string &text, const FieldInfo &field, bool versionReported)
{
    if (!field.isAllowedValue(text) && (field.allowedValuesOn & m_platforms)) {
        const QStringList allowed = SpecCatalogue::allowedValues(field);
        m_sink->error(FindingCode::ValueNotAllowed, pointer(),
                      tr("\"%1\" is not one of the allowed values: %2.")
                          .arg(JsonUtil::toQString(text), allowed.join(QLatin1String(", "))));
        return;
    }
    if (m_documentVersion && !versionReported && !field.newerValues.empty()) {
        const SpecVersion since = field.valueSince(text);
        if (since > *m_documentVersion && since > field.since) {
            m_sink->warning(
                FindingCode::ValueNewerThanVersion, pointer(),
                tr("\"%1\" was added in runtime-spec %2, but ociVersion is %3; older runtimes may not know it.")
                    .arg(JsonUtil::toQString(text), SpecVersions::toString(since),
                         SpecVersions::toString(*m_documentVersion)));
        }
    }
    if (field.format != ValueFormat::None && !isPlainlyWellFormed(text, field))
        checkFormat(JsonUtil::toQString(text), field);
}

// A check on the raw bytes that accepts the usual values without building a
// QString. It only ever says "fine" when checkFormat would find nothing;
// anything else, including the rarer formats, goes to checkFormat.
bool SchemaChecker::isPlainlyWellFormed(std::string_view text, const FieldInfo &field) const
{
    // QString::fromUtf8 drops a leading byte order mark, which would move the "=".
    constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";
    switch (field.format) {
    case ValueFormat::None: return true;
    case ValueFormat::AbsolutePath:
    case ValueFormat::PreferAbsolutePath: return text.starts_with('/');
    case ValueFormat::EnvVar: {
        const size_t equals = text.find('=');
        return equals != std::string_view::npos && equals > 0 && !text.starts_with(byteOrderMark);
    }
    case ValueFormat::Capability: return m_catalogue.isKnownCapability(text);
    case ValueFormat::DeviceAccess: return text.find_first_not_of("rwm") == std::string_view::npos;
    case ValueFormat::SingleLine: return text.find('\n') == std::string_view::npos;
    case ValueFormat::SemVer:
    case ValueFormat::CpuList:
    case ValueFormat::HugepageSize:
    case ValueFormat::MemBwSchema:
    case ValueFormat::L3CacheSchema: return false;
    }
    return false;
}

void SchemaChecker::checkFormat(const QString &text, const FieldInfo &field)
{
    switch (field.format) {
    case ValueFormat::None: return;
    case ValueFormat::SemVer:
        if (!SemVer::parse(text)) {
            m_sink->error(FindingCode::ValueNotSemver, pointer(),
                          tr("\"%1\" is not a SemVer 2.0.0 version such as 1.2.0.").arg(text));
        }
        return;
    case ValueFormat::AbsolutePath:
        if (!isAbsolute(text))
            m_sink->error(FindingCode::PathNotAbsolute, pointer(), tr("The path \"%1\" must be absolute.").arg(text));
        return;
    case ValueFormat::PreferAbsolutePath:
        if (isAbsolute(text))
            return;
        // Only Linux takes a relative mount destination, for old configurations.
        if (m_platforms.testFlag(Platform::Linux)) {
            m_sink->warning(FindingCode::MountDestinationRelative, pointer(),
                            tr("The mount destination \"%1\" is relative; it is taken as relative to / but should be "
                               "written as an absolute path.")
                                .arg(text));
        } else {
            m_sink->error(FindingCode::PathNotAbsolute, pointer(), tr("The path \"%1\" must be absolute.").arg(text));
        }
        return;
    case ValueFormat::EnvVar: {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            m_sink->error(FindingCode::EnvMalformed, pointer(), tr("\"%1\" is not of the form NAME=value.").arg(text));
        }
        return;
    }
    case ValueFormat::Capability: checkCapability(text); return;
    case ValueFormat::CpuList:
        if (!isCpuList(text)) {
            m_sink->error(FindingCode::CpulistMalformed, pointer(),
                          tr("\"%1\" is not a list of numbers and ranges such as 0-3,7.").arg(text));
        }
        return;
    case ValueFormat::HugepageSize: {
        static const QRegularExpression size(QStringLiteral("^[1-9][0-9]*[KMG]B$"));
        if (!size.match(text).hasMatch()) {
            m_sink->error(FindingCode::HugepagePagesizeMalformed, pointer(),
                          tr("\"%1\" is not a page size such as 2MB or 1GB.").arg(text));
        }
        return;
    }
    case ValueFormat::DeviceAccess: {
        static const QRegularExpression access(QStringLiteral("^[rwm]*$"));
        if (!access.match(text).hasMatch()) {
            m_sink->error(FindingCode::DeviceAccessMalformed, pointer(),
                          tr("\"%1\" may only contain the letters r, w and m.").arg(text));
        }
        return;
    }
    case ValueFormat::MemBwSchema:
        if (!text.startsWith(QLatin1String("MB:")) || text.contains(QLatin1Char('\n'))) {
            m_sink->error(FindingCode::IntelrdtMembwschemaMalformed, pointer(),
                          tr("The memory bandwidth schema must be one line starting with \"MB:\"."));
        }
        return;
    case ValueFormat::L3CacheSchema:
        if (text.contains(QLatin1Char('\n'))) {
            m_sink->error(FindingCode::ValueMultiline, pointer(), tr("The value must not contain a line break."));
        } else if (!text.startsWith(QLatin1String("L3:"))) {
            m_sink->warning(FindingCode::IntelrdtL3cacheschemaPrefix, pointer(),
                            tr("The L3 cache schema should start with \"L3:\"."));
        }
        return;
    case ValueFormat::SingleLine:
        if (text.contains(QLatin1Char('\n')))
            m_sink->error(FindingCode::ValueMultiline, pointer(), tr("The value must not contain a line break."));
        return;
    }
}

// A path starting at / is absolute everywhere; in a configuration for
// Windows so are drive letter, volume and UNC paths.
bool SchemaChecker::isAbsolute(const QString &path) const
{
    if (path.startsWith(QLatin1Char('/')))
        return true;
    return m_platforms.testFlag(Platform::Windows) && TargetPlatform::isWindowsAbsolute(path.toStdString());
}

void SchemaChecker::checkCapability(const QString &name)
{
    if (m_catalogue.capability(name))
        return;
    static const QRegularExpression wellFormed(QStringLiteral("^CAP_[A-Z0-9_]+$"));
    if (!wellFormed.match(name).hasMatch()) {
        m_sink->error(FindingCode::CapabilityInvalid, pointer(),
                      tr("\"%1\" is not a capability name; names look like CAP_NET_BIND_SERVICE.").arg(name));
        return;
    }
    // The specification says a value that cannot be mapped MUST fail; runc
    // 1.1 only warns and skips it, crun refuses.
    m_sink->error(FindingCode::CapabilityUnknown, pointer(),
                  tr("\"%1\" is not a capability this editor knows. The specification requires runtimes to refuse it; "
                     "runc 1.1 only warns and skips it.")
                      .arg(name));
}
