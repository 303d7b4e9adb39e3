// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <string_view>
#include <utility>
#include <vector>

// The first position at which each text turned up, for rules that report
// repeats (mount destinations, device paths). Open addressing over views of
// the texts: a pass allocates a few times in all, not once per entry. The
// texts must outlive the index.
class FirstSeenIndex
{
public:
    explicit FirstSeenIndex(size_t expected);

    // Records `position` for `text` unless the text is known already.
    // Returns the position recorded for it and whether this call added it.
    std::pair<qsizetype, bool> add(std::string_view text, qsizetype position);

private:
    struct Slot
    {
        std::string_view text;
        qsizetype position = -1; // negative: empty
    };

    Slot &slotFor(std::string_view text);
    void grow();

    std::vector<Slot> m_slots; // a power of two in size, at most half full
    size_t m_used = 0;
};
