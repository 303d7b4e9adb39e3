// SPDX-License-Identifier: Apache-2.0
#include "jsontextmap.h"

#include <QString>

#include <vector>

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'+' || c == u'.';
}

// The UTF-8 text of a key's characters between its quotes, escapes decoded.
std::string decodeKey(QStringView inner)
{
    QString out;
    out.reserve(inner.size());
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner[i];
        if (c != u'\\' || i + 1 >= inner.size()) {
            out += c;
            continue;
        }
        const QChar e = inner[++i];
        switch (e.unicode()) {
        case u'b': out += u'\b'; break;
        case u'f': out += u'\f'; break;
        case u'n': out += u'\n'; break;
        case u'r': out += u'\r'; break;
        case u't': out += u'\t'; break;
        case u'u': {
            bool ok = false;
            const ushort code = inner.mid(i + 1, 4).toUShort(&ok, 16);
            if (ok && i + 4 < inner.size()) {
                out += QChar(code); // surrogate halves pair up in out
                i += 4;
            }
            break;
        }
        default: out += e; // '"', '\\', '/'
        }
    }
    return JsonUtil::toStd(out);
}

// One pass over the text, with an explicit stack so that deep nesting
// cannot overflow the call stack and the state at any offset is at hand.
class Scanner
{
public:
    enum class State { Value, ValueOrEnd, Key, KeyOrEnd, Colon, CommaOrEnd, Done, Error };
    struct Frame
    {
        bool object = false;
        std::string pointer;
        int index = 0;
        std::string key;
        qsizetype keyStart = -1;
        qsizetype keyEnd = -1;
        qsizetype entry = -1;
    };

    Scanner(QStringView text, QList<JsonTextMap::Entry> *entries) : m_text(text), m_entries(entries) { }

    void run(qsizetype until)
    {
        const qsizetype end = qMin(until, m_text.size());
        while (m_state != State::Error) {
            while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
                ++m_pos;
            if (m_pos >= end)
                break;
            step(m_text[m_pos]);
        }
        for (JsonTextMap::Entry &entry : *m_entries) {
            if (entry.valueEnd < 0)
                entry.valueEnd = m_text.size();
        }
    }

    State state() const { return m_state; }
    qsizetype errorOffset() const { return m_state == State::Error ? m_pos : -1; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    // The pointer of the value that the current state expects or reads.
    std::string slotPointer() const
    {
        if (m_stack.empty())
            return {};
        const Frame &top = m_stack.back();
        std::string pointer = top.pointer;
        JsonUtil::appendPointerToken(pointer, top.object ? top.key : std::to_string(top.index));
        return pointer;
    }
    const std::string &containerPointer() const
    {
        static const std::string root;
        return m_stack.empty() ? root : m_stack.back().pointer;
    }

private:
    void step(QChar c)
    {
        switch (m_state) {
        case State::ValueOrEnd:
            if (c == u']')
                return close(c);
            [[fallthrough]];
        case State::Value: return readValue(c);
        case State::KeyOrEnd:
            if (c == u'}')
                return close(c);
            [[fallthrough]];
        case State::Key: return readKey(c);
        case State::Colon:
            if (c != u':')
                return fail();
            ++m_pos;
            m_state = State::Value;
            return;
        case State::CommaOrEnd:
            if (c == u'}' || c == u']')
                return close(c);
            if (c != u',')
                return fail();
            ++m_pos;
            if (m_stack.back().object) {
                m_state = State::Key;
            } else {
                ++m_stack.back().index;
                m_state = State::Value;
            }
            return;
        case State::Done:
        case State::Error: return fail();
        }
    }

    void readValue(QChar c)
    {
        JsonTextMap::Entry entry;
        entry.pointer = slotPointer();
        if (!m_stack.empty() && m_stack.back().object) {
            entry.keyStart = m_stack.back().keyStart;
            entry.keyEnd = m_stack.back().keyEnd;
        }
        entry.valueStart = m_pos;
        if (c == u'{' || c == u'[') {
            Frame frame;
            frame.object = c == u'{';
            frame.pointer = entry.pointer;
            frame.entry = m_entries->size();
            m_entries->append(std::move(entry));
            m_stack.push_back(std::move(frame));
            ++m_pos;
            m_state = c == u'{' ? State::KeyOrEnd : State::ValueOrEnd;
            return;
        }
        if (c == u'"') {
            const qsizetype end = stringEnd(m_pos);
            if (end < 0)
                return fail();
            m_pos = end;
        } else if (isTokenChar(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isTokenChar(m_text[m_pos]))
                ++m_pos;
            const QStringView token = m_text.sliced(start, m_pos - start);
            if (!(token == u"true" || token == u"false" || token == u"null" || c == u'-' || c.isDigit())) {
                m_pos = start;
                return fail();
            }
        } else {
            return fail();
        }
        entry.valueEnd = m_pos;
        m_entries->append(std::move(entry));
        afterValue();
    }

    void readKey(QChar c)
    {
        if (c != u'"')
            return fail();
        const qsizetype end = stringEnd(m_pos);
        if (end < 0)
            return fail();
        Frame &top = m_stack.back();
        top.key = decodeKey(m_text.sliced(m_pos + 1, end - m_pos - 2));
        top.keyStart = m_pos;
        top.keyEnd = end;
        m_pos = end;
        m_state = State::Colon;
    }

    void close(QChar c)
    {
        if (m_stack.back().object != (c == u'}'))
            return fail();
        (*m_entries)[m_stack.back().entry].valueEnd = ++m_pos;
        m_stack.pop_back();
        afterValue();
    }

    void afterValue() { m_state = m_stack.empty() ? State::Done : State::CommaOrEnd; }
    void fail() { m_state = State::Error; }

    // After the closing quote of the string opening at start; -1 when the
    // line ends first.
    qsizetype stringEnd(qsizetype start) const
    {
        for (qsizetype i = start + 1; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                return i + 1;
            else if (c == u'\n')
                return -1;
        }
        return -1;
    }

    QStringView m_text;
    QList<JsonTextMap::Entry> *m_entries;
    std::vector<Frame> m_stack;
    State m_state = State::Value;
    qsizetype m_pos = 0;
};

bool holds(qsizetype start, qsizetype end, qsizetype offset)
{
    return start >= 0 && start <= offset && offset < end;
}

} // namespace

JsonTextMap JsonTextMap::scan(QStringView text)
{
    JsonTextMap map;
    Scanner scanner(text, &map.m_entries);
    scanner.run(text.size());
    map.m_complete = scanner.state() == Scanner::State::Done && scanner.atEnd();
    map.m_errorOffset = scanner.errorOffset();
    return map;
}

qsizetype JsonTextMap::valueHolding(qsizetype start, qsizetype end) const
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if ((entry.keyStart >= 0 ? entry.keyStart : entry.valueStart) > start)
            break; // in text order: nothing later can hold start
        if (entry.valueStart <= start && end <= entry.valueEnd)
            found = i;
    }
    return found;
}

bool JsonTextMap::replaceValue(qsizetype index, QStringView valueText)
{
    QList<Entry> scanned;
    Scanner scanner(valueText, &scanned);
    scanner.run(valueText.size());
    if (scanner.state() != Scanner::State::Done || !scanner.atEnd() || scanned.isEmpty())
        return false;

    const Entry replaced = m_entries.at(index);
    const qsizetype delta = valueText.size() - (replaced.valueEnd - replaced.valueStart);
    // The value's old entries: the ones after it that start inside it.
    qsizetype end = index + 1;
    while (end < m_entries.size() && m_entries.at(end).valueStart < replaced.valueEnd)
        ++end;

    bool samePointers = scanned.size() == end - index;
    for (qsizetype i = 0; i < scanned.size(); ++i) {
        Entry &entry = scanned[i];
        entry.pointer.insert(0, replaced.pointer);
        for (qsizetype *offset : {&entry.keyStart, &entry.keyEnd, &entry.valueStart, &entry.valueEnd}) {
            if (*offset >= 0)
                *offset += replaced.valueStart;
        }
        if (samePointers && entry.pointer != m_entries.at(index + i).pointer)
            samePointers = false;
    }
    scanned.first().keyStart = replaced.keyStart;
    scanned.first().keyEnd = replaced.keyEnd;

    // The containers around the value end later or sooner; nothing else
    // before it moves.
    for (qsizetype i = 0; i < index; ++i) {
        Entry &entry = m_entries[i];
        if (entry.valueEnd >= replaced.valueEnd)
            entry.valueEnd += delta;
    }
    for (qsizetype i = end; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        for (qsizetype *offset : {&entry.keyStart, &entry.keyEnd, &entry.valueStart, &entry.valueEnd}) {
            if (*offset >= 0)
                *offset += delta;
        }
    }
    if (scanned.size() == end - index) {
        std::move(scanned.begin(), scanned.end(), m_entries.begin() + index);
    } else {
        m_entries.remove(index, end - index);
        m_entries.insert(index, scanned.size(), Entry());
        std::move(scanned.begin(), scanned.end(), m_entries.begin() + index);
    }
    if (!samePointers) {
        m_index.clear();
        m_indexed = false;
    }
    return true;
}

JsonTextMap::Context JsonTextMap::contextAt(QStringView text, qsizetype offset)
{
    QList<Entry> entries;
    Scanner scanner(text, &entries);
    scanner.run(offset);
    Context context;
    switch (scanner.state()) {
    case Scanner::State::Key:
    case Scanner::State::KeyOrEnd:
        context.expect = Context::Expect::Key;
        context.pointer = scanner.containerPointer();
        break;
    case Scanner::State::Value:
    case Scanner::State::ValueOrEnd:
        context.expect = Context::Expect::Value;
        context.pointer = scanner.slotPointer();
        break;
    default: break;
    }
    return context;
}

const JsonTextMap::Entry *JsonTextMap::entryAt(qsizetype offset) const
{
    const Entry *found = nullptr;
    for (const Entry &entry : m_entries) {
        if ((entry.keyStart >= 0 ? entry.keyStart : entry.valueStart) > offset)
            break; // in text order: nothing later can hold offset
        if (holds(entry.keyStart, entry.keyEnd, offset) || holds(entry.valueStart, entry.valueEnd, offset))
            found = &entry;
    }
    return found;
}

const JsonTextMap::Entry *JsonTextMap::keyAt(qsizetype offset) const
{
    const Entry *entry = entryAt(offset);
    return entry && holds(entry->keyStart, entry->keyEnd, offset) ? entry : nullptr;
}

const JsonTextMap::Entry *JsonTextMap::entryFor(const std::string &pointer) const
{
    if (!m_indexed) {
        m_index.reserve(size_t(m_entries.size()));
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            m_index.emplace(m_entries.at(i).pointer, i); // the first of a duplicate key wins
        m_indexed = true;
    }
    const auto found = m_index.find(pointer);
    return found == m_index.end() ? nullptr : &m_entries.at(found->second);
}
