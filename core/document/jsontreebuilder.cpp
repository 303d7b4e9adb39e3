// SPDX-License-Identifier: Apache-2.0
#include "jsontreebuilder.h"

#include <string_view>
#include <unordered_map>

Json JsonTreeBuilder::parse(const char *begin, const char *end)
{
    JsonTreeBuilder builder;
    Json::sax_parse(begin, end, &builder);
    return std::move(builder.m_result);
}

void JsonTreeBuilder::add(Json &&value)
{
    if (m_depth == 0) {
        m_result = std::move(value);
        return;
    }
    Frame &frame = m_frames[m_depth - 1];
    if (frame.isObject)
        frame.members.emplace_back(std::move(frame.key), std::move(value));
    else
        frame.elements.push_back(std::move(value));
}

JsonTreeBuilder::Frame &JsonTreeBuilder::open(bool isObject)
{
    if (m_depth == m_frames.size())
        m_frames.emplace_back();
    Frame &frame = m_frames[m_depth++];
    frame.isObject = isObject;
    return frame;
}

bool JsonTreeBuilder::null()
{
    add(Json(nullptr));
    return true;
}

bool JsonTreeBuilder::boolean(bool value)
{
    add(Json(value));
    return true;
}

bool JsonTreeBuilder::number_integer(Json::number_integer_t value)
{
    add(Json(value));
    return true;
}

bool JsonTreeBuilder::number_unsigned(Json::number_unsigned_t value)
{
    add(Json(value));
    return true;
}

bool JsonTreeBuilder::number_float(Json::number_float_t value, const std::string &)
{
    add(Json(value));
    return true;
}

bool JsonTreeBuilder::string(std::string &value)
{
    add(Json(std::move(value)));
    return true;
}

bool JsonTreeBuilder::binary(Json::binary_t &value)
{
    add(Json(std::move(value)));
    return true;
}

bool JsonTreeBuilder::start_object(std::size_t)
{
    open(true).members.clear();
    return true;
}

bool JsonTreeBuilder::key(std::string &value)
{
    m_frames[m_depth - 1].key = std::move(value);
    return true;
}

bool JsonTreeBuilder::end_object()
{
    Frame &frame = m_frames[m_depth - 1];
    Json object(Json::value_t::object);
    // The vector under ordered_map: its operator[] takes an index.
    Json::object_t::Container &members = object.get_ref<Json::object_t &>();
    members.reserve(frame.members.size());
    // A key given twice keeps its first place and its last value, as
    // ordered_map's operator[] gives nlohmann's own builder.
    constexpr std::size_t ScanLimit = 16;
    std::unordered_map<std::string_view, std::size_t> placed;
    for (auto &[name, value] : frame.members) {
        std::size_t at = members.size();
        if (members.size() < ScanLimit) {
            for (std::size_t i = 0; i < members.size(); ++i) {
                if (members[i].first == name) {
                    at = i;
                    break;
                }
            }
        } else {
            if (placed.empty()) {
                for (std::size_t i = 0; i < members.size(); ++i)
                    placed.emplace(members[i].first, i);
            }
            const auto found = placed.find(name);
            if (found != placed.end())
                at = found->second;
        }
        if (at < members.size()) {
            members[at].second = std::move(value);
            continue;
        }
        // Room was reserved: no growth, so the views in placed stay valid.
        members.emplace_back(std::move(name), std::move(value));
        if (!placed.empty())
            placed.emplace(members.back().first, at);
    }
    frame.members.clear();
    --m_depth;
    add(std::move(object));
    return true;
}

bool JsonTreeBuilder::start_array(std::size_t)
{
    open(false).elements.clear();
    return true;
}

bool JsonTreeBuilder::end_array()
{
    Frame &frame = m_frames[m_depth - 1];
    Json array(Json::value_t::array);
    auto &elements = array.get_ref<Json::array_t &>();
    elements.reserve(frame.elements.size());
    for (Json &element : frame.elements)
        elements.push_back(std::move(element));
    frame.elements.clear();
    --m_depth;
    add(std::move(array));
    return true;
}
