// SPDX-License-Identifier: Apache-2.0
#include "valueplacement.h"

#include "specfile.h"

namespace {

// Levels of containers in a value: 0 for a scalar, 1 for [] or [1].
int nestingOf(const Json &value)
{
    int deepest = 0;
    if (value.is_structured()) {
        for (const Json &child : value)
            deepest = std::max(deepest, nestingOf(child));
        return deepest + 1;
    }
    return 0;
}

QString shown(const JsonPointer &pointer)
{
    return pointer.empty() ? QStringLiteral("/") : JsonUtil::pointerString(pointer);
}

} // namespace

Result<ValuePlacement> ValuePlacement::plan(const Json &root, const JsonPointer &pointer, const Json &value)
{
    ValuePlacement placement;
    placement.m_placed = pointer;
    if (pointer.empty()) {
        if (!value.is_object())
            return Result<ValuePlacement>::failure(tr("The whole configuration must be a JSON object."));
        placement.m_replaces = true;
        return placement;
    }
    const std::vector<std::string> tokens = JsonUtil::tokens(pointer);
    // The root object and one container per token above the value: what
    // SpecFile would refuse to read back is refused before it is written.
    const size_t levels = tokens.size() + size_t(nestingOf(value));
    if (levels > size_t(SpecFile::MaxDepth)) {
        return Result<ValuePlacement>::failure(
            tr("Cannot set a value %1 levels deep: a configuration nests at most %2 levels.")
                .arg(levels)
                .arg(SpecFile::MaxDepth));
    }

    const Json *node = &root;
    size_t existing = 0;
    while (existing < tokens.size()) {
        const Json *child = JsonUtil::childAt(*node, JsonUtil::childRow(*node, tokens[existing]));
        if (!child)
            break;
        node = child;
        ++existing;
    }
    if (existing == tokens.size()) {
        placement.m_replaces = true;
        return placement;
    }

    // Built token by token: prefixes of a long pointer would cost its square.
    JsonPointer container;
    for (size_t i = 0; i < existing; ++i)
        container /= tokens[i];
    const auto pointerText = [&pointer] { return JsonUtil::pointerString(pointer); };
    const std::string &first = tokens[existing];
    if (node->is_array()) {
        const size_t size = node->size();
        if (first != "-" && first != std::to_string(size)) {
            return Result<ValuePlacement>::failure(
                tr("Cannot set %1: the array has %n element(s); use an index below that, or \"-\" to append.", nullptr,
                   int(size))
                    .arg(pointerText()));
        }
        placement.m_placed = container / size;
    } else if (node->is_object()) {
        placement.m_key = first;
        placement.m_placed = container / first;
    } else {
        return Result<ValuePlacement>::failure(tr("Cannot set %1: %2 holds a %3 value, not an object or array.")
                                                   .arg(pointerText(), shown(container), JsonUtil::typeName(*node)));
    }
    // The missing parents are created as objects, where "-" would be a key
    // named "-": surely meant to append to an array, which is not there.
    JsonPointer parent = placement.m_placed;
    for (size_t i = existing + 1; i < tokens.size(); ++i) {
        if (tokens[i] == "-") {
            return Result<ValuePlacement>::failure(
                tr("Cannot set %1: \"-\" appends to an array, and there is none at %2 yet.")
                    .arg(pointerText(), shown(parent)));
        }
        placement.m_missing.push_back(tokens[i]);
        parent /= tokens[i];
    }
    placement.m_container = std::move(container);
    return placement;
}

Json ValuePlacement::wrap(Json value) const
{
    for (auto key = m_missing.rbegin(); key != m_missing.rend(); ++key)
        value = Json::object({{*key, std::move(value)}});
    return value;
}

void ValuePlacement::applyTo(Json &root, Json value) const
{
    if (m_replaces) {
        *JsonUtil::find(root, m_placed) = std::move(value);
        return;
    }
    Json &container = *JsonUtil::find(root, m_container);
    // New members and elements go last, as SpecDocument::insert() puts them.
    if (container.is_array())
        container.push_back(wrap(std::move(value)));
    else
        container[m_key] = wrap(std::move(value));
}
