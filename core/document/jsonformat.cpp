// SPDX-License-Identifier: Apache-2.0
#include "jsonformat.h"

#include <algorithm>

#include <charconv>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string repeat(const std::string &unit, int count)
{
    std::string s;
    for (int i = 0; i < count; ++i)
        s += unit;
    return s;
}

// Calls visit(key, child) for each member of an object (key its name) or
// element of an array (key nullptr), in order.
template<typename Visit>
void forEachChild(const Json &node, Visit &&visit)
{
    if (node.is_object()) {
        for (const auto &[key, child] : node.get_ref<const Json::object_t &>())
            visit(&key, child);
    } else {
        for (const Json &child : node.get_ref<const Json::array_t &>())
            visit(nullptr, child);
    }
}

void appendIndex(std::string &path, size_t index)
{
    char buffer[24];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, index);
    path += '/';
    path.append(buffer, result.ptr);
}

} // namespace

void JsonFormat::appendEscaped(std::string &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    size_t plainStart = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + plainStart, i - plainStart);
        plainStart = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(text.data() + plainStart, text.size() - plainStart);
    out += '"';
}

void JsonFormat::appendScalar(std::string &out, const Json &value)
{
    char buffer[64];
    switch (value.type()) {
    case Json::value_t::string: appendEscaped(out, value.get_ref<const std::string &>()); return;
    case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case Json::value_t::number_integer: {
        auto r = std::to_chars(buffer, buffer + sizeof buffer, value.get<std::int64_t>());
        out.append(buffer, r.ptr);
        return;
    }
    case Json::value_t::number_unsigned: {
        auto r = std::to_chars(buffer, buffer + sizeof buffer, value.get<std::uint64_t>());
        out.append(buffer, r.ptr);
        return;
    }
    case Json::value_t::number_float: {
        auto r = std::to_chars(buffer, buffer + sizeof buffer, value.get<double>());
        const std::string_view digits(buffer, size_t(r.ptr - buffer));
        out += digits;
        // Keep a whole float recognisable as a float, as nlohmann and most writers do.
        if (digits.find_first_of(".eEn") == std::string_view::npos)
            out += ".0";
        return;
    }
    default: out += "null";
    }
}

// Walks the text of a valid JSON document in step with its parsed tree and
// records every place where the text differs from the plain rendering. It
// runs on every load, so the common case (a plain token, a container in the
// usual layout) allocates nothing; paths are only spelled out for the rare
// places that are recorded.
class JsonFormat::Detector
{
public:
    struct TooDeep
    {
        size_t offset;
    };
    // The text and the tree disagree: duplicate keys (the parser keeps one
    // of them) leave the walk out of step. The layout is then unreliable.
    struct OutOfStep
    { };

    // knownInline: the layout of a one-line document's containers, when a
    // first walk has learned it (from the root, which ends last).
    Detector(std::string_view text, JsonFormat &format, int maxDepth, const Layout *knownInline = nullptr)
        : m_text(text), m_format(format), m_maxDepth(maxDepth)
    {
        if (knownInline)
            m_format.m_inline = *knownInline;
    }

    void run(const Json &root)
    {
        m_format.m_prefix = std::string(whitespace());
        value(root, 0);
        m_format.m_suffix = std::string(m_text.substr(m_pos));
    }

private:
    // One step of the path from the root: a member key or an array index.
    struct Step
    {
        const std::string *key;
        size_t index;
    };

    std::string path() const
    {
        std::string result;
        for (const Step &step : m_steps) {
            if (step.key)
                JsonUtil::appendPointerToken(result, *step.key);
            else
                appendIndex(result, step.index);
        }
        return result;
    }

    void expect(char c) const
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != c)
            throw OutOfStep{};
    }

    std::string_view whitespace()
    {
        const size_t start = m_pos;
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
        return m_text.substr(start, m_pos - start);
    }

    // A string token, quotes included; *plain is false when it has an escape.
    std::string_view stringToken(bool *plain)
    {
        const size_t start = m_pos++;
        *plain = true;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\') {
                *plain = false;
                m_pos += 2;
            } else {
                ++m_pos;
            }
        }
        ++m_pos;
        return m_text.substr(start, m_pos - start);
    }

    std::string_view numberToken()
    {
        const size_t start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')
                ++m_pos;
            else
                break;
        }
        return m_text.substr(start, m_pos - start);
    }

    void rememberSpelling(const Json &node, std::string_view raw)
    {
        m_scratch.clear();
        appendScalar(m_scratch, node);
        if (raw != m_scratch)
            m_format.m_values.emplace(path(), Spelling{node, std::string(raw)});
    }

    // Valid JSON without a backslash is spelled the way the writer spells
    // it; so is an integer without a fraction, exponent or "-0".
    void scalar(const Json &node)
    {
        if (node.is_string()) {
            bool plain;
            const std::string_view raw = stringToken(&plain);
            if (!plain)
                rememberSpelling(node, raw);
            return;
        }
        const std::string_view raw = numberToken();
        const bool plainInteger = (node.is_number_integer() || node.is_number_unsigned())
            && raw.find_first_of(".eE") == std::string_view::npos && raw != "-0";
        if (!plainInteger)
            rememberSpelling(node, raw);
    }

    void value(const Json &node, int depth)
    {
        switch (node.type()) {
        case Json::value_t::object:
        case Json::value_t::array: container(node, depth); return;
        case Json::value_t::boolean:
        case Json::value_t::null: m_pos += node.is_boolean() && !node.get<bool>() ? 5 : 4; return;
        default: scalar(node);
        }
    }

    // The white space before and after the key's ':'.
    std::pair<std::string_view, std::string_view> key(const std::string &key)
    {
        bool plain;
        expect('"');
        const std::string_view raw = stringToken(&plain);
        if (plain && raw.substr(1, raw.size() - 2) != key)
            throw OutOfStep{};
        if (!plain) {
            m_scratch.clear();
            appendEscaped(m_scratch, key);
            if (raw != m_scratch)
                m_format.m_keys.emplace(path(), std::string(raw));
        }
        const std::string_view before = whitespace();
        ++m_pos; // ':'
        const std::string_view after = whitespace();
        if (!m_sawColon) {
            m_format.m_beforeColon = std::string(before);
            m_format.m_afterColon = std::string(after);
            m_sawColon = true;
        }
        return {before, after};
    }

    void container(const Json &node, int depth)
    {
        const bool isObject = node.is_object();
        if (depth >= m_maxDepth)
            throw TooDeep{m_pos};
        expect(isObject ? '{' : '[');
        ++m_pos; // '{' or '['
        const std::string_view open = whitespace();
        if (node.empty()) {
            if (!open.empty())
                m_format.m_emptyContainers.emplace(path(), std::string(open));
            ++m_pos;
            return;
        }
        const bool multiline = open.find('\n') != std::string_view::npos;
        if (depth == 0)
            learnDocumentLayout(open, multiline);

        std::string_view firstSeparator;
        std::vector<std::string_view> separators; // filled only once they differ
        std::string_view close;                   // after the latest value: before a ',' or the end
        size_t index = 0;
        auto member = [&](const std::string *key, const Json &child) {
            if (index > 0) {
                expect(',');
                ++m_pos;
                const std::string_view separator = whitespace();
                if (index == 1) {
                    firstSeparator = separator;
                } else if (separators.empty() && separator != firstSeparator) {
                    separators.assign(index - 1, firstSeparator);
                }
                if (!separators.empty())
                    separators.push_back(separator);
            }
            m_steps.push_back({key, index});
            if (key) {
                const auto [before, after] = this->key(*key);
                if (before != m_format.m_beforeColon || after != m_format.m_afterColon)
                    m_format.m_colons.emplace(path(), std::pair(std::string(before), std::string(after)));
            }
            value(child, depth + 1);
            close = whitespace();
            if (!close.empty() && m_pos < m_text.size() && m_text[m_pos] == ',')
                m_format.m_beforeCommas.emplace(path(), std::string(close));
            m_steps.pop_back();
            ++index;
        };
        forEachChild(node, member);
        expect(isObject ? '}' : ']');
        ++m_pos;

        if (index == 1)
            firstSeparator = multiline ? open : guessedSeparator(depth);
        // A one-line document's containers are written like its root, so
        // the root's layout is the usual one (see detect()).
        if (depth == 0 && !multiline)
            m_format.m_inline = Layout{std::string(open), std::string(firstSeparator), std::string(close), {}};
        if (separators.empty() && isUsual(open, firstSeparator, close, depth))
            return;
        Layout layout{std::string(open), std::string(firstSeparator), std::string(close), {}};
        layout.separators.assign(separators.begin(), separators.end());
        m_format.m_layouts.emplace(path(), std::move(layout));
    }

    // A one-line container with one member shows no separator. A member
    // added to it gets the root's in a one-line document; elsewhere a space
    // when colons have one after them ("a": [1, 2]), else none ("a":[1,2]).
    std::string_view guessedSeparator(int depth) const
    {
        if (!m_format.m_multiline && depth > 0)
            return m_format.m_inline.separator;
        return m_format.m_afterColon.empty() ? std::string_view() : std::string_view(" ");
    }

    // Whether the writer would produce this layout by itself.
    bool isUsual(std::string_view open, std::string_view separator, std::string_view close, int depth)
    {
        if (!m_format.m_multiline) {
            const Layout &usual = m_format.m_inline;
            return open == usual.open && separator == usual.separator && close == usual.close;
        }
        return open == indent(depth + 1) && separator == open && close == indent(depth);
    }

    const std::string &indent(int depth)
    {
        while (int(m_indents.size()) <= depth)
            m_indents.push_back(m_format.m_newline + repeat(m_format.m_indent, int(m_indents.size())));
        return m_indents[size_t(depth)];
    }

    void learnDocumentLayout(std::string_view open, bool multiline)
    {
        m_format.m_multiline = multiline;
        if (!multiline)
            return;
        const size_t lastNewline = open.rfind('\n');
        m_format.m_indent = std::string(open.substr(lastNewline + 1));
        m_format.m_newline = (lastNewline > 0 && open[lastNewline - 1] == '\r') ? "\r\n" : "\n";
    }

    std::string_view m_text;
    JsonFormat &m_format;
    const int m_maxDepth;
    size_t m_pos = 0;
    std::vector<Step> m_steps;
    std::vector<std::string> m_indents;
    std::string m_scratch;
    bool m_sawColon = false;
};

JsonFormat JsonFormat::runcSpec()
{
    JsonFormat format;
    format.m_suffix.clear();
    return format;
}

JsonFormat JsonFormat::detect(std::string_view text, const Json &root, int maxDepth, size_t *tooDeepAt)
{
    JsonFormat format;
    format.m_suffix.clear();
    try {
        Detector(text, format, maxDepth).run(root);
        // A one-line document's usual layout is its root's, learned only
        // when the root ends; its inner containers were measured against
        // none. Walk once more, measuring them against the root's.
        if (!format.m_multiline && root.is_structured() && !root.empty()) {
            const Layout rootLayout = format.m_inline;
            format = JsonFormat();
            format.m_suffix.clear();
            Detector(text, format, maxDepth, &rootLayout).run(root);
        }
    } catch (const Detector::TooDeep &tooDeep) {
        if (tooDeepAt)
            *tooDeepAt = tooDeep.offset;
        return JsonFormat();
    } catch (const Detector::OutOfStep &) {
        // Keep the indentation learned so far; forget the per-value details.
        JsonFormat plain;
        plain.m_indent = format.m_indent;
        plain.m_newline = format.m_newline;
        plain.m_multiline = format.m_multiline;
        plain.m_inline = format.m_inline;
        plain.m_beforeColon = format.m_beforeColon;
        plain.m_afterColon = format.m_afterColon;
        plain.m_sourceSize = text.size();
        plain.m_exact = false;
        return plain;
    }
    format.m_sourceSize = text.size();
    return format;
}

class JsonFormat::Writer
{
public:
    // With a sink, the text goes there in pieces of about ChunkSize as it grows.
    Writer(const JsonFormat &format, std::string &out, const Sink *sink = nullptr)
        : m_format(format), m_out(out), m_sink(sink),
          m_trackPaths(!format.m_values.empty() || !format.m_keys.empty() || !format.m_layouts.empty()
                       || !format.m_emptyContainers.empty() || !format.m_colons.empty()
                       || !format.m_beforeCommas.empty())
    { }

    // Writes from the value at pointer rather than from the root.
    void startAt(const std::string &pointer)
    {
        if (m_trackPaths)
            m_path = pointer;
    }

    void value(const Json &node, int depth)
    {
        if (!node.is_structured()) {
            const Spelling *spelling = find(m_format.m_values);
            if (spelling && spelling->value == node && spelling->value.type() == node.type()) {
                m_out += spelling->text;
                return;
            }
            appendScalar(m_out, node);
            return;
        }
        container(node, depth);
    }

    // Hands what was written so far to the sink.
    void flush()
    {
        (*m_sink)(m_out);
        m_out.clear();
    }

private:
    const std::string &indent(int depth)
    {
        while (int(m_indents.size()) <= depth)
            m_indents.push_back(m_format.m_newline + repeat(m_format.m_indent, int(m_indents.size())));
        return m_indents[size_t(depth)];
    }

    const Layout *inlineLayout() const
    {
        if (const Layout *layout = find(m_format.m_layouts))
            return layout;
        if (!m_format.m_multiline)
            return &m_format.m_inline;
        return nullptr;
    }

    void container(const Json &node, int depth)
    {
        const bool isObject = node.is_object();
        m_out += isObject ? '{' : '[';
        if (node.empty()) {
            if (const std::string *inner = find(m_format.m_emptyContainers))
                m_out += *inner;
            m_out += isObject ? '}' : ']';
            return;
        }
        const Layout *layout = inlineLayout();
        m_out += layout ? layout->open : indent(depth + 1);
        const size_t pathLength = m_path.size();
        size_t index = 0;
        const std::string *beforeComma = nullptr; // after the previous value
        auto member = [&](const std::string *key, const Json &child) {
            if (index > 0) {
                if (beforeComma)
                    m_out += *beforeComma;
                m_out += ',';
                if (!layout)
                    m_out += indent(depth + 1);
                else if (index <= layout->separators.size())
                    m_out += layout->separators[index - 1];
                else
                    m_out += layout->separator;
            }
            if (key) {
                if (m_trackPaths)
                    JsonUtil::appendPointerToken(m_path, *key);
                writeKey(*key);
            } else if (m_trackPaths) {
                appendIndex(m_path, index);
            }
            value(child, depth + 1);
            beforeComma = find(m_format.m_beforeCommas);
            if (m_trackPaths)
                m_path.resize(pathLength);
            ++index;
            if (m_sink && m_out.size() >= ChunkSize)
                flush();
        };
        forEachChild(node, member);
        m_out += layout ? layout->close : indent(depth);
        m_out += isObject ? '}' : ']';
    }

    // What map has for the current path, if anything (nothing when paths
    // are not tracked: then every map is empty).
    template<typename Value>
    const Value *find(const std::unordered_map<std::string, Value> &map) const
    {
        if (!m_trackPaths || map.empty())
            return nullptr;
        const auto it = map.find(m_path);
        return it == map.end() ? nullptr : &it->second;
    }

    void writeKey(const std::string &key)
    {
        const std::pair<std::string, std::string> *colon = find(m_format.m_colons);
        if (const std::string *spelling = find(m_format.m_keys))
            m_out += *spelling;
        else
            appendEscaped(m_out, key);
        m_out += colon ? colon->first : m_format.m_beforeColon;
        m_out += ':';
        m_out += colon ? colon->second : m_format.m_afterColon;
    }

    static constexpr size_t ChunkSize = 1 << 16;

    const JsonFormat &m_format;
    std::string &m_out;
    const Sink *m_sink;
    const bool m_trackPaths;
    std::string m_path;
    std::vector<std::string> m_indents;
};

std::string JsonFormat::serialize(const Json &root) const
{
    std::string text;
    text.reserve(std::max<size_t>(1 << 16, m_sourceSize + m_sourceSize / 16));
    serialize(root, [&text](std::string_view piece) { text += piece; });
    return text;
}

void JsonFormat::serialize(const Json &root, const Sink &sink) const
{
    std::string out;
    out.reserve(1 << 17);
    out += m_prefix;
    Writer writer(*this, out, &sink);
    writer.value(root, 0);
    out += m_suffix;
    writer.flush();
}

std::string JsonFormat::serializeValue(const Json &value, const std::string &pointer, int depth) const
{
    std::string out;
    Writer writer(*this, out);
    writer.startAt(pointer);
    writer.value(value, depth);
    return out;
}
