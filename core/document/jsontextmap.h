// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json.h"

#include <QList>
#include <QStringView>

#include <string>
#include <unordered_map>

// Which range of a JSON text holds which pointer: the text view's hover,
// squiggles, Ctrl+click and completion all ask it. Offsets are UTF-16
// positions in the text, as QTextDocument counts them.
//
// The scan is tolerant: it stops at the first thing that is not JSON and
// keeps what it found before, so that a half-typed document still maps.
class JsonTextMap
{
public:
    struct Entry
    {
        std::string pointer;     // escaped, as JsonUtil::pointerString() writes it
        qsizetype keyStart = -1; // the key's opening quote; -1 for elements and the root
        qsizetype keyEnd = -1;   // after its closing quote
        qsizetype valueStart = -1;
        qsizetype valueEnd = -1; // after the value; the text's end when it never closes
    };

    // What a completion at some position must offer.
    struct Context
    {
        enum class Expect { Nothing, Key, Value };
        Expect expect = Expect::Nothing;
        // Key: the object whose member names fit; Value: the value's own pointer.
        std::string pointer;
    };

    static JsonTextMap scan(QStringView text);
    // Scans text up to offset and says what may stand there.
    static Context contextAt(QStringView text, qsizetype offset);

    // In text order, containers before their children.
    const QList<Entry> &entries() const { return m_entries; }
    // True when the scan reached the end of the text without an error.
    bool isComplete() const { return m_complete; }
    // Where the scan found something that is not JSON (the start of the
    // token); -1 when it found nothing wrong.
    qsizetype errorOffset() const { return m_errorOffset; }

    // The innermost entry whose key or value holds offset; nullptr for none.
    const Entry *entryAt(qsizetype offset) const;
    // The entry whose key holds offset; nullptr when offset is on no key.
    const Entry *keyAt(qsizetype offset) const;
    const Entry *entryFor(const std::string &pointer) const;
    // The innermost entry whose value holds the whole of [start, end], as an
    // index into entries(); -1 for none.
    qsizetype valueHolding(qsizetype start, qsizetype end) const;

    // Follows the text after the value of entries()[index] became
    // valueText (complete JSON): that value's entries are scanned again and
    // every later offset moves by the change in length, so that one edited
    // value costs a scan of that value rather than of the text. False, with
    // the map unchanged, when valueText is not one whole JSON value.
    bool replaceValue(qsizetype index, QStringView valueText);

private:
    QList<Entry> m_entries;
    // pointer -> entry, built when first asked for: a replaced value that
    // changes which pointers there are only drops it.
    mutable std::unordered_map<std::string, qsizetype> m_index;
    mutable bool m_indexed = false;
    bool m_complete = false;
    qsizetype m_errorOffset = -1;
};
