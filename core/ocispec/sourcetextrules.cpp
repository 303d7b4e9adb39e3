// SPDX-License-Identifier: Apache-2.0
#include "sourcetextrules.h"

#include "jsonaccess.h"
#include "speccatalogue.h"

#include <QCoreApplication>

#include <vector>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The text of a key as JSON means it: escapes resolved.
QString decodedKey(std::string_view written)
{
    if (written.find('\\') == std::string_view::npos)
        return QString::fromUtf8(written.data(), qsizetype(written.size()));
    const Json decoded = Json::parse("\"" + std::string(written) + "\"", nullptr, false);
    return decoded.is_string() ? JsonUtil::toQString(decoded.get_ref<const std::string &>())
                               : QString::fromUtf8(written.data(), qsizetype(written.size()));
}

} // namespace

SourceTextRules::SourceTextRules(const SpecCatalogue &catalogue, FindingSink *sink)
    : m_catalogue(catalogue), m_sink(sink)
{ }

void SourceTextRules::check(const QByteArray &bytes)
{
    std::string_view text(bytes.constData(), size_t(bytes.size()));
    if (text.starts_with("\xEF\xBB\xBF")) {
        m_sink->error(FindingCode::FileByteOrderMark, QString(),
                      tr("The file starts with a byte order mark. runc reads config.json with Go's JSON decoder, which "
                         "refuses it; save the file as UTF-8 without one."));
        text.remove_prefix(3);
    }
    // The text parsed already, so a light scan that follows containers,
    // keys and indexes is enough to know where each number stands.
    std::vector<Step> path;
    bool expectKey = false;
    size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (isSpace(c) || c == ':') {
            ++i;
        } else if (c == '{' || c == '[') {
            // An object's step names its current member (a non-null view), an array's counts.
            path.push_back({c == '{' ? std::string_view("", 0) : std::string_view(), 0});
            expectKey = c == '{';
            ++i;
        } else if (c == '}' || c == ']') {
            if (!path.empty())
                path.pop_back();
            expectKey = false;
            ++i;
        } else if (c == ',') {
            if (!path.empty()) {
                if (path.back().key.data())
                    expectKey = true;
                else
                    ++path.back().index;
            }
            ++i;
        } else if (c == '"') {
            size_t end = i + 1;
            while (end < text.size() && text[end] != '"')
                end += text[end] == '\\' ? 2 : 1;
            if (expectKey) {
                if (!path.empty())
                    path.back().key = text.substr(i + 1, end - i - 1);
                expectKey = false;
            }
            i = end + 1;
        } else {
            size_t end = i;
            while (end < text.size() && !isSpace(text[end]) && text[end] != ',' && text[end] != ']' && text[end] != '}')
                ++end;
            if (c == '-')
                checkNumber(text.substr(i, end - i), path);
            i = std::max(end, i + 1);
        }
    }
}

void SourceTextRules::checkNumber(std::string_view token, const std::vector<Step> &path)
{
    // Any other spelling of zero with a sign has a fraction or an exponent:
    // a floating-point number, which the catalogue check already reports.
    if (token != "-0")
        return;
    const QString pointer = pointerOf(path);
    const FieldInfo *field = m_catalogue.lookup(pointer);
    if (!field || !field->accepts(JsonKind::Integer) || IntBounds::of(field->range).negativeAllowed)
        return;
    m_sink->error(
        FindingCode::NumberNegativeZero, pointer,
        tr("runc reads config.json with Go's JSON decoder, which refuses -0 for a field without a sign; write 0."));
}

QString SourceTextRules::pointerOf(const std::vector<Step> &path)
{
    QString pointer;
    for (const Step &step : path) {
        pointer = step.key.data() ? JsonAccess::join(pointer, decodedKey(step.key))
                                  : JsonAccess::join(pointer, qsizetype(step.index));
    }
    return pointer;
}
