// SPDX-License-Identifier: Apache-2.0
// The input of `set` as a user types it: a JSON pointer (the first line)
// and a JSON value (the rest). Checks that nothing crashes; that a refusal
// says why, in words a terminal shows without acting on them; that an
// accepted pointer prints back as typed and resolves consistently; and that
// an accepted value saves as text that is accepted again as the same value;
// and that placing the value at the pointer is refused in words or puts it
// where the placement says, the document staying an object.
#include "cli/terminaltext.h"
#include "document/json.h"
#include "document/jsonformat.h"
#include "document/jsoninput.h"
#include "document/valueplacement.h"

#include <cstdint>
#include <cstdlib>

namespace {

const Json &document()
{
    static const Json root = Json::parse(R"({"a": {"b": [1, {"c~/": 2}]}, "": {"": 3}})");
    return root;
}

void checkShown(const QString &message)
{
    if (message.isEmpty())
        std::abort(); // a refusal must say why
    for (const QChar c : TerminalText::visible(message)) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            std::abort();
    }
}

void checkPointer(const QString &text)
{
    const Result<JsonPointer> parsed = JsonUtil::parsePointer(text);
    if (!parsed) {
        checkShown(parsed.error());
        return;
    }
    const JsonPointer &pointer = *parsed;
    if (JsonUtil::pointerString(pointer) != text)
        std::abort(); // only ~0 and ~1 escapes exist, so the text comes back as typed
    const size_t length = JsonUtil::tokens(pointer).size();
    const size_t resolved = JsonUtil::resolvedDepth(document(), pointer);
    if (resolved > length || (JsonUtil::find(document(), pointer) != nullptr) != (resolved == length))
        std::abort();
}

void checkValue(QByteArrayView text)
{
    const int maxDepth = 64;
    const Result<Json> value = JsonInput::parseValue(text, maxDepth);
    if (!value) {
        checkShown(value.error());
        return;
    }
    // What `set` would write, one level deeper inside the config.
    Json config = Json::object();
    config["v"] = *value;
    const std::string saved = JsonFormat().serialize(config);
    const Result<Json> reread =
        JsonInput::parseValue(QByteArrayView(saved.data(), qsizetype(saved.size())), maxDepth + 1);
    if (!reread)
        std::abort(); // saved text the editor itself would refuse
    if (!reread->contains("v") || (*reread)["v"] != *value)
        std::abort(); // saving changed the value
}

void checkPlacement(const QString &pointerText, QByteArrayView valueText)
{
    const Result<JsonPointer> pointer = JsonUtil::parsePointer(pointerText);
    const Result<Json> value = JsonInput::parseValue(valueText, 64);
    if (!pointer || !value)
        return;
    Json root = document();
    const Result<ValuePlacement> placement = ValuePlacement::plan(root, *pointer, *value);
    if (!placement) {
        checkShown(placement.error());
        return;
    }
    placement->applyTo(root, *value);
    const Json *placed = JsonUtil::find(root, placement->placed());
    if (!root.is_object() || !placed || *placed != placement->wrap(*value))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString pointer = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QByteArrayView value = newline < 0 ? QByteArrayView() : QByteArrayView(input).sliced(newline + 1);
    checkPointer(pointer);
    checkValue(value);
    checkPlacement(pointer, value);
    return 0;
}
