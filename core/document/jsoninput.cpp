// SPDX-License-Identifier: Apache-2.0
#include "jsoninput.h"

#include "jsonformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace JsonInput {

namespace {

// A number spelling as digits x 10^exponent, without leading or trailing zeros.
struct Decimal
{
    bool negative = false;
    std::string digits; // empty for zero
    long long exponent = 0;
};

Decimal decimalOf(std::string_view text)
{
    Decimal d;
    size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        d.negative = text[i++] == '-';
    bool fraction = false;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        if (text[i] == '.') {
            fraction = true;
            continue;
        }
        d.digits += text[i];
        if (fraction)
            --d.exponent;
    }
    if (i < text.size()) {
        ++i; // 'e' or 'E'
        bool negativeExponent = false;
        if (i < text.size() && (text[i] == '-' || text[i] == '+'))
            negativeExponent = text[i++] == '-';
        long long exponent = 0;
        // Saturates: an exponent this large makes the value infinite or zero anyway.
        for (; i < text.size(); ++i)
            exponent = std::min(exponent * 10 + (text[i] - '0'), 1000000000LL);
        d.exponent += negativeExponent ? -exponent : exponent;
    }
    const size_t first = d.digits.find_first_not_of('0');
    if (first == std::string::npos) {
        d = Decimal(); // every zero is the same zero
        return d;
    }
    d.digits.erase(0, first);
    const size_t last = d.digits.find_last_not_of('0');
    d.exponent += (long long)(d.digits.size() - 1 - last);
    d.digits.erase(last + 1);
    return d;
}

bool looksIntegral(std::string_view text)
{
    return text.find_first_of(".eE") == std::string_view::npos;
}

// Checks every number while nlohmann reads the text: only its SAX
// interface sees a number's spelling, and only a parse error event tells
// an overflowing number from a syntax error.
class Checker : public nlohmann::json_sax<Json>
{
public:
    Checker(const QString &text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) { }

    QString error;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool key(string_t &) override { return true; }
    bool start_object(std::size_t) override { return enter(); }
    bool start_array(std::size_t) override { return enter(); }
    bool end_object() override { return leave(); }
    bool end_array() override { return leave(); }

    bool number_float(number_float_t value, const string_t &text) override
    {
        // nlohmann turns an integer beyond 64 bits into a double, silently.
        if (looksIntegral(text)) {
            error = QCoreApplication::translate("JsonInput",
                                                "%1 is outside the range of integers a configuration holds exactly "
                                                "(-9223372036854775808 to 18446744073709551615).")
                        .arg(JsonUtil::toQString(text));
            return false;
        }
        std::string written;
        JsonFormat::appendScalar(written, Json(value));
        if (!sameDecimal(text, written)) {
            error = QCoreApplication::translate("JsonInput",
                                                "The number %1 cannot be stored exactly: it would be saved as %2.")
                        .arg(JsonUtil::toQString(text), JsonUtil::toQString(written));
            return false;
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string &token,
                     const nlohmann::detail::exception &exception) override
    {
        if (exception.id == 406) { // out_of_range: the number overflows a double
            error = QCoreApplication::translate(
                        "JsonInput",
                        "%1 is out of the range of a JSON number a runtime can read (about -1.8e308 to 1.8e308).")
                        .arg(JsonUtil::toQString(token));
        } else {
            error =
                QCoreApplication::translate(
                    "JsonInput", "The value %1 is not valid JSON (at character %2). Strings need quotes: '\"text\"'.")
                    .arg(m_text)
                    .arg(position);
        }
        return false;
    }

private:
    bool enter()
    {
        if (++m_depth <= m_maxDepth)
            return true;
        error =
            QCoreApplication::translate("JsonInput", "The value is nested more than %1 levels deep.").arg(m_maxDepth);
        return false;
    }
    bool leave()
    {
        --m_depth;
        return true;
    }

    QString m_text;
    int m_maxDepth;
    int m_depth = 0;
};

} // namespace

bool sameDecimal(std::string_view a, std::string_view b)
{
    const Decimal x = decimalOf(a);
    const Decimal y = decimalOf(b);
    if (x.digits.empty() && y.digits.empty())
        return true;
    return x.negative == y.negative && x.digits == y.digits && x.exponent == y.exponent;
}

Result<Json> parseValue(QByteArrayView text, int maxDepth)
{
    if (!text.isValidUtf8()) {
        return Result<Json>::failure(
            QCoreApplication::translate("JsonInput",
                                        "The value is not valid UTF-8 text; a configuration holds UTF-8 only, and the "
                                        "invalid bytes would be lost."));
    }
    Checker checker(QString::fromUtf8(text), maxDepth);
    if (!Json::sax_parse(text.begin(), text.end(), &checker))
        return Result<Json>::failure(checker.error);
    // The checker accepted it, so the same parser cannot throw now.
    return Json::parse(text.begin(), text.end());
}

} // namespace JsonInput
