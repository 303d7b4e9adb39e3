#include "schemachecker.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

QString kindName(const Json &value)
{
    return JsonUtil::typeName(value);
}

bool isRelative(const QString &path)
{
    return !path.startsWith(QLatin1Char('/'));
}

// "0-3,7": numbers and ascending ranges separated by commas; empty is fine.
bool isCpuList(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const QStringList bounds = part.split(QLatin1Char('-'));
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

SchemaChecker::SchemaChecker(const SpecCatalogue &catalogue, std::optional<SpecVersion> documentVersion,
                             FindingSink *sink)
    : m_catalogue(catalogue)
    , m_documentVersion(documentVersion)
    , m_sink(sink)
{
}

void SchemaChecker::check(const Json &root)
{
    m_pointer.clear();
    if (const FieldInfo *field = m_catalogue.root())
        visit(root, *field, false);
}

void SchemaChecker::visit(const Json &value, const FieldInfo &field, bool versionReported)
{
    checkLifecycle(field, &versionReported);
    if (!checkType(value, field))
        return;
    if (value.is_number())
        checkRange(value, field);
    else if (value.is_string())
        checkString(value.get_ref<const std::string &>(), field, versionReported);
    else if (value.is_object() || value.is_array())
        visitChildren(value, field, versionReported);
}

void SchemaChecker::visitChildren(const Json &value, const FieldInfo &field, bool versionReported)
{
    const size_t mark = m_pointer.size();
    if (value.is_array()) {
        const FieldInfo *element = m_catalogue.elementOf(&field);
        if (!element)
            return;
        size_t index = 0;
        for (const Json &item : value) {
            push(index++);
            visit(item, *element, versionReported);
            pop(mark);
        }
        return;
    }
    checkRequired(value, field);
    for (auto it = value.begin(); it != value.end(); ++it) {
        const FieldInfo *member = m_catalogue.memberOf(&field, it.key());
        push(it.key());
        if (member) {
            visit(it.value(), *member, versionReported);
        } else if (!field.rawSection) {
            // Vendor extensions are legal; mention them so typos stand out.
            m_sink->info(QStringLiteral("field.unknown"), pointer(),
                         tr("\"%1\" is not a field of the runtime specification; runtimes will ignore it.")
                             .arg(JsonUtil::toQString(it.key())));
        }
        pop(mark);
    }
}

void SchemaChecker::checkRequired(const Json &object, const FieldInfo &field)
{
    for (const FieldInfo *child : m_catalogue.requiredChildren(&field)) {
        const std::string_view pattern(child->pattern);
        const std::string key(pattern.substr(pattern.rfind('/') + 1));
        if (object.contains(key))
            continue;
        m_sink->error(QStringLiteral("field.required"), childPointer(child->pattern),
                      tr("The required field \"%1\" is missing.").arg(JsonUtil::toQString(key)));
    }
}

void SchemaChecker::checkLifecycle(const FieldInfo &field, bool *versionReported)
{
    if (field.deprecated) {
        m_sink->warning(QStringLiteral("field.deprecated"), pointer(),
                        tr("\"%1\" is deprecated by the runtime specification.").arg(SpecCatalogue::title(field)));
    }
    if (!m_documentVersion)
        return;
    if (field.removedIn && *m_documentVersion >= *field.removedIn) {
        m_sink->warning(QStringLiteral("field.removed"), pointer(),
                        tr("This field was removed in runtime-spec %1; the document declares a later version.")
                            .arg(SpecVersions::toString(*field.removedIn)));
    }
    if (!*versionReported && field.since > *m_documentVersion) {
        *versionReported = true; // once per subtree: its children are newer too
        m_sink->warning(QStringLiteral("field.newer-than-version"), pointer(),
                        tr("This field was added in runtime-spec %1, but ociVersion is %2; older runtimes may ignore it.")
                            .arg(SpecVersions::toString(field.since), SpecVersions::toString(*m_documentVersion)));
    }
}

bool SchemaChecker::checkType(const Json &value, const FieldInfo &field)
{
    bool ok = false;
    switch (value.type()) {
    case Json::value_t::null:
        ok = field.accepts(JsonKind::Null);
        break;
    case Json::value_t::boolean:
        ok = field.accepts(JsonKind::Boolean);
        break;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        ok = field.accepts(JsonKind::Integer) || field.accepts(JsonKind::Number);
        break;
    case Json::value_t::number_float: {
        ok = field.accepts(JsonKind::Number);
        const double d = value.get<double>();
        // An integer too large for 64 bits arrives as a double: a range problem, not a type problem.
        if (!ok && field.accepts(JsonKind::Integer) && std::isfinite(d) && std::trunc(d) == d
            && std::fabs(d) >= 9223372036854775808.0) {
            m_sink->error(QStringLiteral("value.out-of-range"), pointer(),
                          tr("The value does not fit the allowed range (%1).").arg(SpecCatalogue::typeDescription(field)));
            return false;
        }
        break;
    }
    case Json::value_t::string:
        ok = field.accepts(JsonKind::String);
        break;
    case Json::value_t::array:
        ok = field.accepts(JsonKind::Array);
        break;
    case Json::value_t::object:
        ok = field.accepts(JsonKind::Object);
        break;
    case Json::value_t::binary:
    case Json::value_t::discarded:
        ok = false;
        break;
    }
    if (!ok) {
        m_sink->error(QStringLiteral("type.mismatch"), pointer(),
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
        m_sink->error(QStringLiteral("value.out-of-range"), pointer(),
                      tr("The value %1 is outside the allowed range (%2).")
                          .arg(JsonUtil::toQString(value.dump()), SpecCatalogue::typeDescription(field)));
    }
}

void SchemaChecker::checkString(const std::string &text, const FieldInfo &field, bool versionReported)
{
    if (!field.isAllowedValue(text)) {
        const QStringList allowed = SpecCatalogue::allowedValues(field);
        m_sink->error(QStringLiteral("value.not-allowed"), pointer(),
                      tr("\"%1\" is not one of the allowed values: %2.")
                          .arg(JsonUtil::toQString(text), allowed.join(QLatin1String(", "))));
        return;
    }
    if (m_documentVersion && !versionReported && !field.newerValues.empty()) {
        const SpecVersion since = field.valueSince(text);
        if (since > *m_documentVersion && since > field.since) {
            m_sink->warning(QStringLiteral("value.newer-than-version"), pointer(),
                            tr("\"%1\" was added in runtime-spec %2, but ociVersion is %3; older runtimes may not know it.")
                                .arg(JsonUtil::toQString(text), SpecVersions::toString(since),
                                     SpecVersions::toString(*m_documentVersion)));
        }
    }
    if (field.format != ValueFormat::None)
        checkFormat(JsonUtil::toQString(text), field);
}

void SchemaChecker::checkFormat(const QString &text, const FieldInfo &field)
{
    switch (field.format) {
    case ValueFormat::None:
        return;
    case ValueFormat::SemVer:
        if (!SemVer::parse(text)) {
            m_sink->error(QStringLiteral("value.not-semver"), pointer(),
                          tr("\"%1\" is not a SemVer 2.0.0 version such as 1.2.0.").arg(text));
        }
        return;
    case ValueFormat::AbsolutePath:
        if (isRelative(text))
            m_sink->error(QStringLiteral("path.not-absolute"), pointer(), tr("The path \"%1\" must be absolute.").arg(text));
        return;
    case ValueFormat::PreferAbsolutePath:
        if (isRelative(text)) {
            m_sink->warning(QStringLiteral("mount.destination.relative"), pointer(),
                            tr("The mount destination \"%1\" is relative; it is taken as relative to / but should be written as an absolute path.")
                                .arg(text));
        }
        return;
    case ValueFormat::EnvVar: {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            m_sink->error(QStringLiteral("env.malformed"), pointer(),
                          tr("\"%1\" is not of the form NAME=value.").arg(text));
        }
        return;
    }
    case ValueFormat::Capability:
        checkCapability(text);
        return;
    case ValueFormat::CpuList:
        if (!isCpuList(text)) {
            m_sink->error(QStringLiteral("cpulist.malformed"), pointer(),
                          tr("\"%1\" is not a list of numbers and ranges such as 0-3,7.").arg(text));
        }
        return;
    case ValueFormat::HugepageSize: {
        static const QRegularExpression size(QStringLiteral("^[1-9][0-9]*[KMG]B$"));
        if (!size.match(text).hasMatch()) {
            m_sink->error(QStringLiteral("hugepage.pagesize.malformed"), pointer(),
                          tr("\"%1\" is not a page size such as 2MB or 1GB.").arg(text));
        }
        return;
    }
    case ValueFormat::DeviceAccess: {
        static const QRegularExpression access(QStringLiteral("^[rwm]*$"));
        if (!access.match(text).hasMatch()) {
            m_sink->error(QStringLiteral("device.access.malformed"), pointer(),
                          tr("\"%1\" may only contain the letters r, w and m.").arg(text));
        }
        return;
    }
    case ValueFormat::MemBwSchema:
        if (!text.startsWith(QLatin1String("MB:")) || text.contains(QLatin1Char('\n'))) {
            m_sink->error(QStringLiteral("intelrdt.membwschema.malformed"), pointer(),
                          tr("The memory bandwidth schema must be one line starting with \"MB:\"."));
        }
        return;
    case ValueFormat::L3CacheSchema:
        if (text.contains(QLatin1Char('\n'))) {
            m_sink->error(QStringLiteral("value.multiline"), pointer(), tr("The value must not contain a line break."));
        } else if (!text.startsWith(QLatin1String("L3:"))) {
            m_sink->warning(QStringLiteral("intelrdt.l3cacheschema.prefix"), pointer(),
                            tr("The L3 cache schema should start with \"L3:\"."));
        }
        return;
    case ValueFormat::SingleLine:
        if (text.contains(QLatin1Char('\n')))
            m_sink->error(QStringLiteral("value.multiline"), pointer(), tr("The value must not contain a line break."));
        return;
    }
}

void SchemaChecker::checkCapability(const QString &name)
{
    if (m_catalogue.capability(name))
        return;
    static const QRegularExpression wellFormed(QStringLiteral("^CAP_[A-Z0-9_]+$"));
    if (!wellFormed.match(name).hasMatch()) {
        m_sink->error(QStringLiteral("capability.invalid"), pointer(),
                      tr("\"%1\" is not a capability name; names look like CAP_NET_BIND_SERVICE.").arg(name));
        return;
    }
    // Possibly a capability of a newer kernel: runtimes skip it with a warning.
    m_sink->warning(QStringLiteral("capability.unknown"), pointer(),
                    tr("\"%1\" is not a capability this editor knows; runtimes will skip it if the kernel does not know it either.")
                        .arg(name));
}

QString SchemaChecker::pointer() const
{
    return JsonUtil::toQString(m_pointer);
}

QString SchemaChecker::childPointer(const char *pattern) const
{
    const std::string_view p(pattern);
    std::string key(p.substr(p.rfind('/') + 1));
    return pointer() + QLatin1Char('/') + JsonUtil::toQString(key);
}

void SchemaChecker::push(std::string_view token)
{
    m_pointer.push_back('/');
    for (const char c : token) {
        if (c == '~')
            m_pointer.append("~0");
        else if (c == '/')
            m_pointer.append("~1");
        else
            m_pointer.push_back(c);
    }
}

void SchemaChecker::push(size_t index)
{
    m_pointer.push_back('/');
    m_pointer.append(std::to_string(index));
}
