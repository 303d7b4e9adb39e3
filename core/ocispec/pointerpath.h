// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

// The way from the root of a document to the node being visited, kept as
// steps that refer to the document's own keys. Walking costs no string
// work; the RFC 6901 text is only spelled when a finding needs it.
class PointerPath
{
public:
    // `key` must outlive the step: walkers pass the document's own keys.
    void pushKey(std::string_view key) { m_steps.push_back({key, 0}); }
    void pushIndex(size_t index) { m_steps.push_back({{}, index}); }
    void pop() { m_steps.pop_back(); }
    void clear() { m_steps.clear(); }

    // "/mounts/3/destination", with "~" and "/" in keys escaped.
    QString toString() const;
    // This pointer plus one more token, appended as it is (catalogue names
    // need no escaping).
    QString child(std::string_view name) const;

private:
    struct Step
    {
        std::string_view key; // null data for an array index
        size_t index;
    };

    std::string spell() const;

    std::vector<Step> m_steps;
};
