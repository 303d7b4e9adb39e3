// SPDX-License-Identifier: Apache-2.0
#include "speccatalogue.h"

#include "catalogueentries.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {

constexpr std::string_view kAnyIndex = "*";
constexpr std::string_view kAnyKey = "{}";

bool isArrayIndex(std::string_view token)
{
    if (token.empty() || (token.size() > 1 && token.front() == '0'))
        return false;
    for (const char c : token) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

IntBounds IntBounds::of(IntRange range)
{
    constexpr quint64 u64max = std::numeric_limits<quint64>::max();
    constexpr qint64 i64min = std::numeric_limits<qint64>::min();
    constexpr quint64 i64max = quint64(std::numeric_limits<qint64>::max());
    switch (range) {
    case IntRange::Any: return {true, i64min, u64max};
    case IntRange::Int32:
        return {true, std::numeric_limits<qint32>::min(), quint64(std::numeric_limits<qint32>::max())};
    case IntRange::Int64: return {true, i64min, i64max};
    case IntRange::UInt8: return {false, 0, 255};
    case IntRange::UInt16: return {false, 0, 65535};
    case IntRange::UInt32: return {false, 0, std::numeric_limits<quint32>::max()};
    case IntRange::UInt64: return {false, 0, u64max};
    case IntRange::FileMode: return {false, 0, 07777};
    case IntRange::Positive: return {false, 1, i64max};
    }
    return {true, i64min, u64max};
}

namespace {

// value == text, with a first-letter test in front that settles most
// comparisons without measuring `text`.
bool sameText(std::string_view value, const char *text)
{
    const char first = value.empty() ? '\0' : value.front();
    return *text == first && value == text;
}

} // namespace

bool FieldInfo::isAllowedValue(std::string_view value) const
{
    if (allowed.empty() || openEnum)
        return true;
    return std::any_of(allowed.begin(), allowed.end(),
                       [value](const char *candidate) { return sameText(value, candidate); });
}

// Lets the trie be searched with a string_view, without building a std::string.
struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

SpecVersion FieldInfo::valueSince(std::string_view value) const
{
    for (const ValueSince &v : newerValues) {
        if (sameText(value, v.value))
            return v.since;
    }
    return since;
}

struct SpecCatalogue::Data
{
    // One trie node per field, in table order; fields[i] belongs to nodes[i].
    struct Node
    {
        int parent = -1;
        int anyIndex = -1;
        int anyKey = -1;
        std::unordered_map<std::string, int, StringHash, std::equal_to<>> named;
        // Built once; returned by value, which only copies a reference.
        QList<const FieldInfo *> children;
        QList<const FieldInfo *> required;
        std::vector<std::string_view> requiredKeys;
    };

    std::vector<FieldInfo> fields;
    std::vector<Node> nodes;
    QHash<QString, int> byPattern;
    QHash<QString, int> capabilityIndex;
    std::unordered_set<std::string_view> capabilityNames;

    int indexOf(const FieldInfo *field) const
    {
        if (!field || fields.empty() || field < fields.data() || field >= fields.data() + fields.size())
            return -1;
        return int(field - fields.data());
    }

    void build()
    {
        fields = CatalogueEntries::fields();
        nodes.resize(fields.size());
        for (size_t i = 0; i < fields.size(); ++i)
            byPattern.insert(QString::fromUtf8(fields[i].pattern), int(i));
        for (size_t i = 0; i < fields.size(); ++i) {
            const std::string pattern = fields[i].pattern;
            if (pattern.empty())
                continue;
            const size_t slash = pattern.rfind('/');
            const QString parentPattern = QString::fromUtf8(pattern.substr(0, slash));
            const std::string token = pattern.substr(slash + 1);
            const int parent = byPattern.value(parentPattern, -1);
            Q_ASSERT_X(parent >= 0, "SpecCatalogue", "a catalogue row must follow its parent's");
            if (parent < 0)
                continue;
            Node &p = nodes[size_t(parent)];
            nodes[i].parent = parent;
            p.children.append(&fields[i]);
            if (token == kAnyIndex)
                p.anyIndex = int(i);
            else if (token == kAnyKey)
                p.anyKey = int(i);
            else
                p.named.emplace(token, int(i));
            if (fields[i].required && token != kAnyIndex && token != kAnyKey) {
                p.required.append(&fields[i]);
                const std::string_view fullPattern(fields[i].pattern);
                p.requiredKeys.push_back(fullPattern.substr(slash + 1));
            }
        }
        const std::span<const CapabilityInfo> caps = CatalogueEntries::capabilities();
        for (size_t i = 0; i < caps.size(); ++i) {
            capabilityIndex.insert(QString::fromLatin1(caps[i].name), int(i));
            capabilityNames.insert(caps[i].name);
        }
    }

    const FieldInfo *at(int index) const { return index < 0 ? nullptr : &fields[size_t(index)]; }
};

SpecCatalogue::SpecCatalogue() : m_data(std::make_unique<Data>())
{
    m_data->build();
}

SpecCatalogue::~SpecCatalogue() = default;

const SpecCatalogue &SpecCatalogue::instance()
{
    static const SpecCatalogue catalogue;
    return catalogue;
}

const FieldInfo *SpecCatalogue::root() const
{
    return m_data->at(m_data->byPattern.value(QString(), -1));
}

const FieldInfo *SpecCatalogue::memberOf(const FieldInfo *parent, std::string_view key) const
{
    const int index = m_data->indexOf(parent);
    if (index < 0)
        return nullptr;
    const Data::Node &node = m_data->nodes[size_t(index)];
    const auto it = node.named.find(key);
    if (it != node.named.end())
        return m_data->at(it->second);
    return m_data->at(node.anyKey);
}

const FieldInfo *SpecCatalogue::elementOf(const FieldInfo *parent) const
{
    const int index = m_data->indexOf(parent);
    return index < 0 ? nullptr : m_data->at(m_data->nodes[size_t(index)].anyIndex);
}

const FieldInfo *SpecCatalogue::lookup(const JsonPointer &pointer) const
{
    const FieldInfo *field = root();
    for (const std::string &token : JsonUtil::tokens(pointer)) {
        if (!field)
            return nullptr;
        // Without the document at hand, a numeric token is taken as an array
        // index where the catalogue expects an array.
        if (field->accepts(JsonKind::Array) && isArrayIndex(token)) {
            field = elementOf(field);
            continue;
        }
        field = memberOf(field, token);
    }
    return field;
}

const FieldInfo *SpecCatalogue::lookup(const QString &pointer) const
{
    const Result<JsonPointer> parsed = JsonUtil::parsePointer(pointer);
    return parsed ? lookup(*parsed) : nullptr;
}

// The member that tells the elements of a list apart, by the list's pattern:
// a mount's destination, a namespace's or rlimit's type, a device's or hook's
// path (a device's type is one letter), else a name.
static const char *namingMember(std::string_view elementPattern)
{
    if (elementPattern == "/mounts/*")
        return "destination";
    if (elementPattern.ends_with("/namespaces/*") || elementPattern.ends_with("/rlimits/*"))
        return "type";
    if (elementPattern.starts_with("/hooks/") || elementPattern == "/linux/devices/*")
        return "path";
    return "name";
}

// What names an element of a list better than its number, if anything: the
// string itself (up to the "=" of an env entry), or its naming member.
static QString naturalName(const Json &element, const FieldInfo *elementField)
{
    QString name;
    if (element.is_string()) {
        name = JsonUtil::toQString(element.get_ref<const std::string &>()).section(QLatin1Char('='), 0, 0);
    } else if (element.is_object()) {
        const auto found = element.find(namingMember(elementField ? elementField->pattern : ""));
        if (found != element.end() && found->is_string())
            name = JsonUtil::toQString(found->get_ref<const std::string &>());
    }
    constexpr qsizetype MaxLength = 40;
    name = name.simplified();
    return name.size() > MaxLength ? name.left(MaxLength - 1) + QChar(0x2026) : name;
}

QString SpecCatalogue::locationText(const QString &pointer, const Json *document) const
{
    const Result<JsonPointer> parsed = JsonUtil::parsePointer(pointer);
    if (!parsed)
        return pointer;
    const std::vector<std::string> tokens = JsonUtil::tokens(*parsed);
    QStringList parts;
    const FieldInfo *field = root();
    const Json *node = document;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string &token = tokens[i];
        const bool array = node ? node->is_array() : field && field->accepts(JsonKind::Array) && isArrayIndex(token);
        const Json *child = nullptr;
        bool numeric = false;
        const qulonglong index = isArrayIndex(token) ? JsonUtil::toQString(token).toULongLong(&numeric) : 0;
        if (node && node->is_array() && numeric) {
            child = index < node->size() ? &(*node)[size_t(index)] : nullptr;
        } else if (node && node->is_object()) {
            const auto found = node->find(token);
            child = found != node->end() ? &*found : nullptr;
        }
        field = !field ? nullptr : array ? elementOf(field) : memberOf(field, token);
        QString part;
        if (array) {
            part = child ? naturalName(*child, field) : QString();
            if (part.isEmpty())
                part = numeric ? QString::number(index + 1) : JsonUtil::toQString(token);
        } else if (field && *field->title && std::string_view(field->pattern).ends_with("/" + token)) {
            part = title(*field);
        } else {
            // A key the catalogue has no name for: a map's own key or an unknown member.
            part = JsonUtil::toQString(token);
        }
        // The tabs edit Linux containers: "Linux ›" in front of most paths would say nothing.
        if (!(i == 0 && token == "linux" && tokens.size() > 1))
            parts << part;
        node = child;
    }
    return parts.join(QStringLiteral(" \u203a "));
}

const FieldInfo *SpecCatalogue::field(const QString &pattern) const
{
    return m_data->at(m_data->byPattern.value(pattern, -1));
}

const FieldInfo *SpecCatalogue::parent(const FieldInfo *field) const
{
    const int index = m_data->indexOf(field);
    return index < 0 ? nullptr : m_data->at(m_data->nodes[size_t(index)].parent);
}

QList<const FieldInfo *> SpecCatalogue::children(const FieldInfo *field) const
{
    const int index = m_data->indexOf(field);
    return index < 0 ? QList<const FieldInfo *>() : m_data->nodes[size_t(index)].children;
}

QList<const FieldInfo *> SpecCatalogue::requiredChildren(const FieldInfo *field) const
{
    const int index = m_data->indexOf(field);
    return index < 0 ? QList<const FieldInfo *>() : m_data->nodes[size_t(index)].required;
}

std::span<const std::string_view> SpecCatalogue::requiredKeys(const FieldInfo *field) const
{
    const int index = m_data->indexOf(field);
    if (index < 0)
        return {};
    return m_data->nodes[size_t(index)].requiredKeys;
}

QList<const FieldInfo *> SpecCatalogue::fields() const
{
    QList<const FieldInfo *> result;
    result.reserve(qsizetype(m_data->fields.size()));
    for (const FieldInfo &f : m_data->fields)
        result.append(&f);
    return result;
}

QString SpecCatalogue::title(const FieldInfo &field)
{
    return QCoreApplication::translate("SpecCatalogue", field.title);
}

QString SpecCatalogue::summary(const FieldInfo &field)
{
    return QCoreApplication::translate("SpecCatalogue", field.summary);
}

QString SpecCatalogue::explanation(const FieldInfo &field)
{
    return QCoreApplication::translate("SpecCatalogue", field.explanation);
}

QString SpecCatalogue::section(const FieldInfo &field)
{
    return QCoreApplication::translate("SpecCatalogue", field.section);
}

QString SpecCatalogue::unitName(Unit unit)
{
    switch (unit) {
    case Unit::None: return {};
    case Unit::Bytes: return QCoreApplication::translate("SpecCatalogue", "bytes");
    case Unit::BytesPerSecond: return QCoreApplication::translate("SpecCatalogue", "bytes per second");
    case Unit::OperationsPerSecond: return QCoreApplication::translate("SpecCatalogue", "operations per second");
    case Unit::Microseconds: return QCoreApplication::translate("SpecCatalogue", "microseconds");
    case Unit::Nanoseconds: return QCoreApplication::translate("SpecCatalogue", "nanoseconds");
    case Unit::Seconds: return QCoreApplication::translate("SpecCatalogue", "seconds");
    case Unit::Characters: return QCoreApplication::translate("SpecCatalogue", "characters");
    }
    return {};
}

QString SpecCatalogue::typeDescription(const FieldInfo &field)
{
    QStringList kinds;
    if (field.accepts(JsonKind::Object))
        kinds << (field.freeForm ? QCoreApplication::translate("SpecCatalogue", "object (free-form)")
                                 : QCoreApplication::translate("SpecCatalogue", "object"));
    if (field.accepts(JsonKind::Array))
        kinds << QCoreApplication::translate("SpecCatalogue", "array");
    if (field.accepts(JsonKind::String))
        kinds << QCoreApplication::translate("SpecCatalogue", "string");
    if (field.accepts(JsonKind::Boolean))
        kinds << QCoreApplication::translate("SpecCatalogue", "boolean");
    if (field.accepts(JsonKind::Number))
        kinds << QCoreApplication::translate("SpecCatalogue", "number");
    if (field.accepts(JsonKind::Integer)) {
        switch (field.range) {
        case IntRange::Any: kinds << QCoreApplication::translate("SpecCatalogue", "integer"); break;
        case IntRange::Int32: kinds << QStringLiteral("int32"); break;
        case IntRange::Int64: kinds << QStringLiteral("int64"); break;
        case IntRange::UInt8: kinds << QStringLiteral("uint8"); break;
        case IntRange::UInt16: kinds << QStringLiteral("uint16"); break;
        case IntRange::UInt32: kinds << QStringLiteral("uint32"); break;
        case IntRange::UInt64: kinds << QStringLiteral("uint64"); break;
        case IntRange::FileMode: kinds << QCoreApplication::translate("SpecCatalogue", "file mode (0 to 4095)"); break;
        case IntRange::Positive: kinds << QCoreApplication::translate("SpecCatalogue", "integer of at least 1"); break;
        }
    }
    if (field.accepts(JsonKind::Null))
        kinds << QStringLiteral("null");
    return kinds.join(QLatin1String(" | "));
}

QStringList SpecCatalogue::allowedValues(const FieldInfo &field)
{
    QStringList values;
    for (const char *value : field.allowed)
        values << QString::fromUtf8(value);
    return values;
}

std::optional<Json> SpecCatalogue::defaultValue(const FieldInfo &field)
{
    if (!field.defaultValue)
        return std::nullopt;
    Json value = Json::parse(field.defaultValue, nullptr, false);
    if (value.is_discarded())
        return std::nullopt;
    return value;
}

QStringList SpecCatalogue::platformNames(Platforms platforms)
{
    // Names of products and systems, the same in every language.
    static const std::pair<Platform, const char *> names[] = {{Platform::Linux, "Linux"},
                                                              {Platform::Windows, "Windows"},
                                                              {Platform::Solaris, "Solaris"},
                                                              {Platform::ZOS, "z/OS"},
                                                              {Platform::FreeBSD, "FreeBSD"}};
    QStringList result;
    for (const auto &[platform, name] : names) {
        if (platforms.testFlag(platform))
            result << QString::fromLatin1(name);
    }
    return result;
}

QList<CapabilityInfo> SpecCatalogue::capabilities() const
{
    const std::span<const CapabilityInfo> caps = CatalogueEntries::capabilities();
    return QList<CapabilityInfo>(caps.begin(), caps.end());
}

const CapabilityInfo *SpecCatalogue::capability(const QString &name) const
{
    const int index = m_data->capabilityIndex.value(name, -1);
    return index < 0 ? nullptr : &CatalogueEntries::capabilities()[size_t(index)];
}

bool SpecCatalogue::isKnownCapability(std::string_view name) const
{
    return m_data->capabilityNames.contains(name);
}

QString SpecCatalogue::capabilitySummary(const CapabilityInfo &info)
{
    return QCoreApplication::translate("SpecCatalogue", info.summary);
}

QList<SpecVersion> SpecCatalogue::versions()
{
    return SpecVersions::all();
}

SpecVersion SpecCatalogue::bestVersion()
{
    return SpecVersions::best();
}
