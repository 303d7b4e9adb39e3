// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The layout of a JSON file: indentation, separators, line ending, which
// containers were written on one line, and the original spelling of every
// string, number or key whose plain rendering would differ (escapes such as
// "\u00e9" or "\/", "1e3", "1.50"). detect() learns it from a file; serialize()
// writes any tree back in it, so an unedited document saves byte-identical
// and an edit changes only the lines of the edited value.
//
// Spellings and one-line layouts are remembered by JSON pointer. A remembered
// spelling is used only while the value at that pointer still equals the
// original value, so a structural edit can never write a stale value.
class JsonFormat
{
public:
    JsonFormat() = default;
    // The layout `runc spec` writes (Go's json.MarshalIndent with a tab):
    // tab indentation and no newline after the closing brace.
    static JsonFormat runcSpec();

    // text must be the valid JSON that root was parsed from. When values
    // nest deeper than maxDepth, the walk stops there and *tooDeepAt gets
    // the offset of the first container too deep.
    static JsonFormat detect(std::string_view text, const Json &root, int maxDepth = 1 << 30,
                             size_t *tooDeepAt = nullptr);

    // False when the text could not be followed value by value (an object
    // with a key twice, whose first value the tree no longer has): only the
    // indentation was learned, and saving rewrites the rest plainly.
    bool isExact() const { return m_exact; }

    std::string serialize(const Json &root) const;
    // The same text, handed to sink piece by piece as it is written: saving
    // a large document then needs no buffer of the whole file.
    using Sink = std::function<void(std::string_view)>;
    void serialize(const Json &root, const Sink &sink) const;
    // The text serialize() writes for value at pointer (escaped, as
    // JsonUtil::pointerString() writes it; depth is its number of tokens):
    // a view of the whole file can then rewrite one value alone.
    std::string serializeValue(const Json &value, const std::string &pointer, int depth) const;

    // Renders one scalar the way serialize() would without a remembered spelling.
    static void appendScalar(std::string &out, const Json &value);
    static void appendEscaped(std::string &out, std::string_view text);

private:
    // The white space inside one container, when it is not the document's
    // usual one: one-line containers, stray spaces in a hand-written file.
    struct Layout
    {
        std::string open;                    // after '[' or '{'
        std::string separator;               // after ','
        std::string close;                   // before ']' or '}'
        std::vector<std::string> separators; // after each ',', only when they differ
    };
    struct Spelling
    {
        Json value;
        std::string text;
    };

    class Detector;
    class Writer;

    std::string m_indent = "\t";
    std::string m_newline = "\n";
    std::string m_beforeColon;
    std::string m_afterColon = " ";
    std::string m_prefix;
    std::string m_suffix = "\n";
    bool m_multiline = true;
    bool m_exact = true;
    size_t m_sourceSize = 0; // the saved text is about as long: reserve once
    Layout m_inline;         // the layout of every container when !m_multiline

    std::unordered_map<std::string, Layout> m_layouts;
    std::unordered_map<std::string, std::string> m_emptyContainers; // inner white space
    std::unordered_map<std::string, Spelling> m_values;
    std::unordered_map<std::string, std::string> m_keys; // member pointer -> key spelling
    // By the pointer of the member or element they follow, so that they stay
    // with it when others are added or removed: the white space around a
    // member's ':' when it is not the document's usual one, and any white
    // space between a value and the ',' after it.
    std::unordered_map<std::string, std::pair<std::string, std::string>> m_colons;
    std::unordered_map<std::string, std::string> m_beforeCommas;
};
