// SPDX-License-Identifier: Apache-2.0
#include "firstseenindex.h"

#include <algorithm>
#include <bit>
#include <functional>

FirstSeenIndex::FirstSeenIndex(size_t expected) : m_slots(std::bit_ceil(std::max<size_t>(expected * 2, 16))) { }

std::pair<qsizetype, bool> FirstSeenIndex::add(std::string_view text, qsizetype position)
{
    Slot *slot = &slotFor(text);
    if (slot->position >= 0)
        return {slot->position, false};
    if ((m_used + 1) * 2 > m_slots.size()) {
        grow();
        slot = &slotFor(text);
    }
    *slot = {text, position};
    ++m_used;
    return {position, true};
}

FirstSeenIndex::Slot &FirstSeenIndex::slotFor(std::string_view text)
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = std::hash<std::string_view>{}(text)&mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.position < 0 || slot.text == text)
            return slot;
    }
}

void FirstSeenIndex::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    for (const Slot &slot : old) {
        if (slot.position >= 0)
            slotFor(slot.text) = slot;
    }
}
