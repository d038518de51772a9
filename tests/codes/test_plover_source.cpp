// SPDX-License-Identifier: BSL-1.0
// plover.hpp against its source, BILATERAL_DATA_DIR/plover/plover_CAMEO2PLOVER-2021.txt.
#include <bilateral/codes/plover.hpp>

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "source_reader.hpp"

#ifndef BILATERAL_DATA_DIR
#error "BILATERAL_DATA_DIR must name the shared data folder"
#endif

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;

namespace {

struct mapping_line {
    std::string code, event, mode, context;
};

// Every mapping line of the file, in file order: `CODE: EVENT[, MODE, CONTEXT] # description`.
std::vector<mapping_line> read_mapping() {
    auto lines = bt::split_lines(bt::read_file(std::string(BILATERAL_DATA_DIR) + "/plover/plover_CAMEO2PLOVER-2021.txt"));
    std::vector<mapping_line> out;
    for (const std::string& raw : lines) {
        std::string line = bt::trim(raw);
        if (line.empty() || line[0] == '#' || line.find_first_not_of('~') == std::string::npos) continue;
        auto colon = line.find(':');
        REQUIRE_MESSAGE(colon != std::string::npos, line);
        std::string code = line.substr(0, colon);
        std::string rest = line.substr(colon + 1);
        rest = rest.substr(0, rest.find('#'));
        auto fields = bt::split(rest, ',');
        REQUIRE_MESSAGE((fields.size() == 1 || fields.size() == 3), line);
        mapping_line m{code, bt::trim(fields[0]), "", ""};
        if (fields.size() == 3) {
            m.mode = bt::trim(fields[1]);
            for (const std::string& c : bt::split(fields[2], ';')) {
                std::string t = bt::trim(c);
                if (t.empty()) continue;
                m.context += (m.context.empty() ? "" : "; ") + t;
            }
        }
        out.push_back(m);
    }
    return out;
}

}  // namespace

TEST_CASE("plover: every line of the CAMEO-to-PLOVER file is in the table, and nothing else") {
    auto lines = read_mapping();
    std::set<std::string> codes;
    for (const auto& m : lines) {
        const bc::cameo_plover_entry* e = bc::find_cameo_to_plover(m.code);
        REQUIRE_MESSAGE(e != nullptr, m.code);
        codes.insert(m.code);
        if (m.code == "08" && m.event == "RETREAT") {
            // "08" opens both the CONCEDE and the RETREAT section; the table keeps CONCEDE.
            CHECK(e->event == "CONCEDE");
            continue;
        }
        CHECK_MESSAGE(e->event == m.event, m.code);
        CHECK_MESSAGE(e->mode == m.mode, m.code);
        CHECK_MESSAGE(e->context == m.context, m.code);
    }
    CHECK(codes.size() == bc::cameo_to_plover.size());
    for (const auto& e : bc::cameo_to_plover) CHECK_MESSAGE(codes.count(std::string(e.cameo)) == 1, e.cameo);
    // Of the repeated codes, only 08 differs; 175 repeats the same mapping.
    CHECK(lines.size() == codes.size() + 2);
}

TEST_CASE("plover: the event types, modes and contexts are exactly those the file uses") {
    std::set<std::string> events, modes, contexts;
    for (const auto& m : read_mapping()) {
        events.insert(m.event);
        if (!m.mode.empty()) modes.insert(m.mode);
        for (const std::string& c : bt::split(m.context, ';')) {
            if (!bt::trim(c).empty()) contexts.insert(bt::trim(c));
        }
    }
    CHECK(events.size() == bc::plover_event_types.size());
    for (std::string_view t : bc::plover_event_types) CHECK_MESSAGE(events.count(std::string(t)) == 1, t);
    CHECK(modes.size() == bc::plover_modes.size());
    for (std::string_view m : bc::plover_modes) CHECK_MESSAGE(modes.count(std::string(m)) == 1, m);
    CHECK(contexts.size() == bc::plover_contexts.size());
    for (std::string_view c : bc::plover_contexts) CHECK_MESSAGE(contexts.count(std::string(c)) == 1, c);
}
