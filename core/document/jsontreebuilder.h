// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json.h"

#include <string>
#include <vector>

// Builds the tree nlohmann's parser would, from its SAX events, with each
// value moved into place once. nlohmann's own builder grows every object
// member by member, and ordered_map's const keys make each growth copy the
// members, subtrees and all: for a config of 10,000 mounts that copying and
// its allocations are a third of the parse. Same result, key for key: a key
// given twice keeps its first place and its last value.
class JsonTreeBuilder
{
public:
    // Parses text; throws Json::parse_error as Json::parse does.
    static Json parse(const char *begin, const char *end);

    // The SAX interface (nlohmann::json_sax).
    bool null();
    bool boolean(bool value);
    bool number_integer(Json::number_integer_t value);
    bool number_unsigned(Json::number_unsigned_t value);
    bool number_float(Json::number_float_t value, const std::string &text);
    bool string(std::string &value);
    bool binary(Json::binary_t &value);
    bool start_object(std::size_t size);
    bool key(std::string &value);
    bool end_object();
    bool start_array(std::size_t size);
    bool end_array();
    // Rethrown as its own type: SpecFile reads a parse_error's byte offset.
    template<class Exception>
    [[noreturn]] bool parse_error(std::size_t, const std::string &, const Exception &error)
    {
        throw error;
    }

private:
    // An open object or array. Frames are kept when closed, so their
    // vectors' room is reused by the next container at that depth.
    struct Frame
    {
        bool isObject = false;
        std::vector<std::pair<std::string, Json>> members;
        std::vector<Json> elements;
        std::string key;
    };

    void add(Json &&value);
    Frame &open(bool isObject);

    std::vector<Frame> m_frames;
    std::size_t m_depth = 0;
    Json m_result;
};
