#pragma once

#include "json.h"

#include <optional>
#include <string>
#include <vector>

// Creates the missing tail of `target` with `value` at its end, in any tree
// that offers contains(), value() and insert() the way SpecDocument does. The
// undo commands run it on the document and JsonEdits on a file's tree, so an
// edit creates the same members in the window and on the command line.
// Returns the pointer of the topmost node it created, or nothing when the
// existing part of the path cannot hold it (a scalar, or an array index past
// the end).
template<class Tree>
std::optional<JsonPointer> createMissing(Tree *tree, const JsonPointer &target, const Json &value)
{
    const std::vector<std::string> tokens = JsonUtil::tokens(target);
    JsonPointer anchor;
    size_t existing = 0;
    while (existing < tokens.size() && tree->contains(anchor / tokens[existing])) {
        anchor /= tokens[existing];
        ++existing;
    }
    if (existing == tokens.size())
        return std::nullopt;
    const Json *container = tree->value(anchor);
    if (!container || !container->is_structured())
        return std::nullopt;

    Json nested = value;
    for (size_t i = tokens.size() - 1; i > existing; --i)
        nested = Json::object({{tokens[i], std::move(nested)}});

    const std::string &first = tokens[existing];
    if (container->is_array()) {
        const size_t size = container->size();
        if (first != "-" && first != std::to_string(size))
            return std::nullopt;
        tree->insert(anchor, int(size), std::string(), nested);
        return anchor / size;
    }
    tree->insert(anchor, -1, first, nested);
    return anchor / first;
}
