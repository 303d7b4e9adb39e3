// SPDX-License-Identifier: Apache-2.0
#include "specdiff.h"

#include "ocispec/speccatalogue.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace {

// Beyond this many cells (about 2,000 by 2,000 elements) a list is compared
// index by index: the longest common subsequence costs n·m time and memory.
constexpr size_t MaxLcsCells = 4'000'000;

// How the elements of a list are told apart, by the list's catalogue pattern.
struct ListKey
{
    const char *member = nullptr; // the naming member of an object element
    bool envName = false;         // a "NAME=value" string, by NAME
    bool withArgs = false;        // hooks: a path runs once per argument list
    bool orderMatters = false;    // mounts are mounted, hooks run, in order
};

std::optional<ListKey> listKeyOf(const FieldInfo *field)
{
    if (!field)
        return std::nullopt;
    const std::string_view pattern = field->pattern;
    if (pattern == "/mounts")
        return ListKey{.member = "destination", .orderMatters = true};
    if (pattern.ends_with("/namespaces") || pattern == "/process/rlimits")
        return ListKey{.member = "type"};
    if (pattern == "/process/env")
        return ListKey{.envName = true};
    if (pattern == "/linux/devices")
        return ListKey{.member = "path"};
    if (pattern.starts_with("/hooks/") && pattern.find('/', 7) == std::string_view::npos)
        return ListKey{.member = "path", .withArgs = true, .orderMatters = true};
    return std::nullopt;
}

// The element's key for matching, and the text that names it for people.
// Elements without one are matched by their whole value.
std::pair<std::string, QString> elementKey(const ListKey &key, const Json &element)
{
    if (key.envName && element.is_string()) {
        const std::string &text = element.get_ref<const std::string &>();
        const std::string name = text.substr(0, text.find('='));
        return {"k" + name, JsonUtil::toQString(name)};
    }
    if (key.member && element.is_object()) {
        const auto found = element.find(key.member);
        if (found != element.end() && found->is_string()) {
            std::string match = "k" + found->get<std::string>();
            if (key.withArgs) {
                const auto args = element.find("args");
                if (args != element.end())
                    match += '\0' + args->dump();
            }
            return {match,
                    QLatin1String(key.member) + QLatin1Char(' ')
                        + JsonUtil::toQString(found->get_ref<const std::string &>())};
        }
    }
    return {"v" + element.dump(-1, ' ', false, Json::error_handler_t::replace), QString()};
}

bool numbersEqual(const Json &a, const Json &b)
{
    if (a.is_number_float() && b.is_number_float())
        return a.get<double>() == b.get<double>();
    if (a.is_number_float() || b.is_number_float()) {
        const Json &floating = a.is_number_float() ? a : b;
        const Json &integer = a.is_number_float() ? b : a;
        const double d = floating.get<double>();
        if (!std::isfinite(d) || d != std::trunc(d))
            return false;
        if (integer.is_number_unsigned())
            return d >= 0 && d < 18446744073709551616.0 && quint64(d) == integer.get<quint64>();
        return d >= -9223372036854775808.0 && d < 9223372036854775808.0 && qint64(d) == integer.get<qint64>();
    }
    if (a.is_number_unsigned() && b.is_number_unsigned())
        return a.get<quint64>() == b.get<quint64>();
    if (!a.is_number_unsigned() && !b.is_number_unsigned())
        return a.get<qint64>() == b.get<qint64>();
    const Json &signedOne = a.is_number_unsigned() ? b : a;
    const Json &unsignedOne = a.is_number_unsigned() ? a : b;
    return signedOne.get<qint64>() >= 0 && quint64(signedOne.get<qint64>()) == unsignedOne.get<quint64>();
}

size_t mix(size_t seed, size_t value)
{
    return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

// A hash that agrees with sameValue(): member order does not count, and a
// number hashes by its value whatever its spelling.
size_t valueHash(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::object: {
        size_t sum = 1;
        for (const auto &[key, member] : value.items())
            sum += mix(std::hash<std::string>()(key), valueHash(member)); // a sum ignores order
        return sum;
    }
    case Json::value_t::array: {
        size_t seed = 2;
        for (const Json &element : value)
            seed = mix(seed, valueHash(element));
        return seed;
    }
    case Json::value_t::number_integer: return mix(3, size_t(value.get<qint64>()));
    case Json::value_t::number_unsigned: return mix(3, size_t(value.get<quint64>()));
    case Json::value_t::number_float: {
        const double d = value.get<double>();
        if (std::isfinite(d) && d == std::trunc(d)) {
            if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
                return mix(3, size_t(qint64(d)));
            if (d >= 0 && d < 18446744073709551616.0)
                return mix(3, size_t(quint64(d)));
        }
        return mix(4, std::hash<double>()(d));
    }
    case Json::value_t::string: return mix(5, std::hash<std::string>()(value.get_ref<const std::string &>()));
    case Json::value_t::boolean: return value.get<bool>() ? 6 : 7;
    default: return 8;
    }
}

// The longest increasing subsequence of `sequence`, as a mark per position:
// the elements that keep their relative order; the others moved.
std::vector<bool> longestIncreasing(const std::vector<size_t> &sequence)
{
    std::vector<size_t> tails; // positions in sequence, by length
    std::vector<ptrdiff_t> previous(sequence.size(), -1);
    for (size_t i = 0; i < sequence.size(); ++i) {
        const auto place =
            std::lower_bound(tails.begin(), tails.end(), sequence[i],
                             [&sequence](size_t position, size_t value) { return sequence[position] < value; });
        if (place != tails.begin())
            previous[i] = ptrdiff_t(*(place - 1));
        if (place == tails.end())
            tails.push_back(i);
        else
            *place = i;
    }
    std::vector<bool> kept(sequence.size(), false);
    for (ptrdiff_t i = tails.empty() ? -1 : ptrdiff_t(tails.back()); i >= 0; i = previous[size_t(i)])
        kept[size_t(i)] = true;
    return kept;
}

class Differ
{
public:
    Differ(const Json &before, const Json &after, SpecDiff::Options options)
        : m_before(before), m_after(after), m_options(options)
    { }

    QList<SpecChange> run()
    {
        diff(m_before, m_after, std::string(), std::string(), SpecCatalogue::instance().root(), QString());
        return std::move(m_changes);
    }

private:
    void diff(const Json &a, const Json &b, const std::string &pa, const std::string &pb, const FieldInfo *field,
              const QString &key)
    {
        if (a.is_object() && b.is_object())
            diffObject(a, b, pa, pb, field, key);
        else if (a.is_array() && b.is_array())
            diffArray(a, b, pa, pb, field, key);
        else if (!SpecDiff::sameValue(a, b))
            report(SpecChange::Kind::Changed, pa, pb, &a, &b, key);
    }

    void diffObject(const Json &a, const Json &b, const std::string &pa, const std::string &pb, const FieldInfo *field,
                    const QString &key)
    {
        if (m_options.reportOrder && orderDiffers(a, b)) {
            Json before = Json::array();
            Json after = Json::array();
            for (const auto &member : a.items())
                before.push_back(member.key());
            for (const auto &member : b.items())
                after.push_back(member.key());
            report(SpecChange::Kind::Reordered, pa, pb, &before, &after, key);
        }
        const SpecCatalogue &catalogue = SpecCatalogue::instance();
        for (const auto &[name, value] : a.items()) {
            std::string childA = pa;
            JsonUtil::appendPointerToken(childA, name);
            const auto other = b.find(name);
            if (other == b.end()) {
                report(SpecChange::Kind::Removed, childA, pb, &value, nullptr, key);
                continue;
            }
            std::string childB = pb;
            JsonUtil::appendPointerToken(childB, name);
            diff(value, *other, childA, childB, field ? catalogue.memberOf(field, name) : nullptr, key);
        }
        for (const auto &[name, value] : b.items()) {
            if (a.contains(name))
                continue;
            std::string childB = pb;
            JsonUtil::appendPointerToken(childB, name);
            report(SpecChange::Kind::Added, pa, childB, nullptr, &value, key);
        }
    }

    static bool orderDiffers(const Json &a, const Json &b)
    {
        std::vector<std::string_view> commonA;
        std::vector<std::string_view> commonB;
        for (const auto &[name, value] : a.items()) {
            if (b.contains(name))
                commonA.push_back(name);
        }
        for (const auto &[name, value] : b.items()) {
            if (a.contains(name))
                commonB.push_back(name);
        }
        return commonA != commonB;
    }

    void diffArray(const Json &a, const Json &b, const std::string &pa, const std::string &pb, const FieldInfo *field,
                   const QString &key)
    {
        const FieldInfo *elementField = field ? SpecCatalogue::instance().elementOf(field) : nullptr;
        if (const std::optional<ListKey> listKey = listKeyOf(field))
            diffKeyed(a, b, pa, pb, elementField, *listKey);
        else
            diffSequence(a, b, pa, pb, elementField, key);
    }

    static std::string element(const std::string &pointer, size_t index)
    {
        std::string child = pointer;
        JsonUtil::appendPointerToken(child, std::to_string(index));
        return child;
    }

    // Lists matched by key: the n-th element with a key in one list is the
    // n-th with that key in the other.
    void diffKeyed(const Json &a, const Json &b, const std::string &pa, const std::string &pb,
                   const FieldInfo *elementField, const ListKey &listKey)
    {
        const auto keysOf = [&listKey](const Json &list) {
            std::vector<std::pair<std::string, QString>> keys;
            std::unordered_map<std::string, int> seen;
            for (const Json &item : list) {
                auto key = elementKey(listKey, item);
                key.first += '\x01' + std::to_string(seen[key.first]++);
                keys.push_back(std::move(key));
            }
            return keys;
        };
        const auto keysA = keysOf(a);
        const auto keysB = keysOf(b);
        std::unordered_map<std::string, size_t> indexInA;
        for (size_t i = 0; i < keysA.size(); ++i)
            indexInA.emplace(keysA[i].first, i);

        std::vector<ptrdiff_t> matchOfB(keysB.size(), -1);
        std::vector<bool> matchedA(keysA.size(), false);
        std::vector<size_t> matchedOrder; // A's indices of the matched elements, in B's order
        for (size_t j = 0; j < keysB.size(); ++j) {
            const auto found = indexInA.find(keysB[j].first);
            if (found == indexInA.end())
                continue;
            matchOfB[j] = ptrdiff_t(found->second);
            matchedA[found->second] = true;
            matchedOrder.push_back(found->second);
        }
        const std::vector<bool> inPlace = longestIncreasing(matchedOrder);
        const bool reportMoves = listKey.orderMatters || m_options.reportOrder;

        for (size_t i = 0; i < keysA.size(); ++i) {
            if (!matchedA[i])
                report(SpecChange::Kind::Removed, element(pa, i), pb, &a[i], nullptr, keysA[i].second);
        }
        size_t matched = 0;
        for (size_t j = 0; j < keysB.size(); ++j) {
            if (matchOfB[j] < 0) {
                report(SpecChange::Kind::Added, pa, element(pb, j), nullptr, &b[j], keysB[j].second);
                continue;
            }
            const size_t i = size_t(matchOfB[j]);
            const std::string childA = element(pa, i);
            const std::string childB = element(pb, j);
            if (reportMoves && !inPlace[matched])
                report(SpecChange::Kind::Moved, childA, childB, &a[i], &b[j], keysB[j].second);
            ++matched;
            diff(a[i], b[j], childA, childB, elementField, keysB[j].second);
        }
    }

    // Other lists: aligned by their longest common subsequence; in each gap
    // between equal elements, old and new are paired up as changes and the
    // rest removed or added. One element changed in place is one change.
    void diffSequence(const Json &a, const Json &b, const std::string &pa, const std::string &pb,
                      const FieldInfo *elementField, const QString &key)
    {
        const size_t n = a.size();
        const size_t m = b.size();
        size_t prefix = 0;
        while (prefix < n && prefix < m && SpecDiff::sameValue(a[prefix], b[prefix]))
            ++prefix;
        size_t suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && SpecDiff::sameValue(a[n - 1 - suffix], b[m - 1 - suffix]))
            ++suffix;
        const size_t rows = n - prefix - suffix;
        const size_t columns = m - prefix - suffix;

        // Pairs (i, j) of equal elements, in order, ending with (n, m).
        std::vector<std::pair<size_t, size_t>> anchors;
        if (rows > 0 && columns > 0 && rows * columns <= MaxLcsCells) {
            std::vector<size_t> hashA(rows);
            std::vector<size_t> hashB(columns);
            for (size_t i = 0; i < rows; ++i)
                hashA[i] = valueHash(a[prefix + i]);
            for (size_t j = 0; j < columns; ++j)
                hashB[j] = valueHash(b[prefix + j]);
            const auto equal = [&](size_t i, size_t j) {
                return hashA[i] == hashB[j] && SpecDiff::sameValue(a[prefix + i], b[prefix + j]);
            };
            // length[i][j]: the LCS of the rows from i and the columns from j.
            std::vector<quint32> length((rows + 1) * (columns + 1), 0);
            const auto at = [columns](size_t i, size_t j) { return i * (columns + 1) + j; };
            for (size_t i = rows; i-- > 0;) {
                for (size_t j = columns; j-- > 0;) {
                    length[at(i, j)] = equal(i, j) ? length[at(i + 1, j + 1)] + 1
                                                   : std::max(length[at(i + 1, j)], length[at(i, j + 1)]);
                }
            }
            size_t i = 0;
            size_t j = 0;
            while (i < rows && j < columns) {
                if (equal(i, j)) {
                    anchors.emplace_back(prefix + i, prefix + j);
                    ++i;
                    ++j;
                } else if (length[at(i + 1, j)] >= length[at(i, j + 1)]) {
                    ++i;
                } else {
                    ++j;
                }
            }
        }
        anchors.emplace_back(n - suffix, m - suffix);

        size_t i = prefix;
        size_t j = prefix;
        for (const auto &[anchorA, anchorB] : anchors) {
            // The gap before this anchor: pair what was there with what is there.
            while (i < anchorA && j < anchorB) {
                diff(a[i], b[j], element(pa, i), element(pb, j), elementField, key);
                ++i;
                ++j;
            }
            for (; i < anchorA; ++i)
                report(SpecChange::Kind::Removed, element(pa, i), pb, &a[i], nullptr, key);
            for (; j < anchorB; ++j)
                report(SpecChange::Kind::Added, pa, element(pb, j), nullptr, &b[j], key);
            i = anchorA + 1;
            j = anchorB + 1;
        }
    }

    void report(SpecChange::Kind kind, const std::string &pa, const std::string &pb, const Json *before,
                const Json *after, const QString &key)
    {
        SpecChange change;
        change.kind = kind;
        change.oldPointer = JsonPointer(pa);
        change.newPointer = JsonPointer(pb);
        if (before)
            change.oldValue = *before;
        if (after)
            change.newValue = *after;
        change.key = key;
        const SpecCatalogue &catalogue = SpecCatalogue::instance();
        const JsonPointer &pointer = change.pointer();
        const FieldInfo *field = catalogue.lookup(pointer);
        if (field && *field->title) {
            change.title = SpecCatalogue::title(*field);
        } else {
            const std::vector<std::string> tokens = JsonUtil::tokens(pointer);
            change.title = tokens.empty() ? QString() : JsonUtil::toQString(tokens.back());
        }
        change.location = catalogue.locationText(JsonUtil::pointerString(pointer),
                                                 kind == SpecChange::Kind::Removed ? &m_before : &m_after);
        m_changes.append(std::move(change));
    }

    const Json &m_before;
    const Json &m_after;
    SpecDiff::Options m_options;
    QList<SpecChange> m_changes;
};

} // namespace

bool SpecChange::typeChanged() const
{
    return kind == Kind::Changed && !(oldValue.is_number() && newValue.is_number())
        && oldValue.type() != newValue.type();
}

QList<SpecChange> SpecDiff::compute(const Json &before, const Json &after, Options options)
{
    return Differ(before, after, options).run();
}

bool SpecDiff::sameValue(const Json &a, const Json &b)
{
    if (a.is_number() && b.is_number())
        return numbersEqual(a, b);
    if (a.type() != b.type())
        return false;
    if (a.is_object()) {
        if (a.size() != b.size())
            return false;
        for (const auto &[name, value] : a.items()) {
            const auto other = b.find(name);
            if (other == b.end() || !sameValue(value, *other))
                return false;
        }
        return true;
    }
    if (a.is_array()) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (!sameValue(a[i], b[i]))
                return false;
        }
        return true;
    }
    return a == b;
}

QString SpecDiff::opName(SpecChange::Kind kind)
{
    switch (kind) {
    case SpecChange::Kind::Added: return QStringLiteral("add");
    case SpecChange::Kind::Removed: return QStringLiteral("remove");
    case SpecChange::Kind::Changed: return QStringLiteral("change");
    case SpecChange::Kind::Moved: return QStringLiteral("move");
    case SpecChange::Kind::Reordered: return QStringLiteral("reorder");
    }
    return QString();
}

QString SpecDiff::kindText(SpecChange::Kind kind)
{
    switch (kind) {
    case SpecChange::Kind::Added:
        //: A field or list element the other config has and this one lacks.
        return tr("Added");
    case SpecChange::Kind::Removed: return tr("Removed");
    case SpecChange::Kind::Changed: return tr("Changed");
    case SpecChange::Kind::Moved:
        //: A list element found at another position.
        return tr("Moved");
    case SpecChange::Kind::Reordered:
        //: An object whose members are in another order.
        return tr("Reordered");
    }
    return QString();
}
