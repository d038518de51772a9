// SPDX-License-Identifier: BSL-1.0
// Compile-time facts of include/bilateral/codes/cameo_event_codes.hpp: the codes of cameo_events.hpp,
// which validation checks event codes against, are exactly the table's.
#include <bilateral/codes/cameo_event_codes.hpp>
#include <bilateral/codes/cameo_events.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <string_view>

#include "table_checks.hpp"

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;

// The list is the table's codes in the table's order, each padded with blanks to five characters.
constexpr bool same_codes_as_the_table() {
    constexpr std::size_t width = 5;
    if (bc::cameo_event_codes.size() != width * bc::cameo_events.size()) return false;
    for (std::size_t i = 0; i < bc::cameo_events.size(); ++i) {
        const std::string_view code = bc::cameo_events[i].code;
        const std::string_view padded = bc::cameo_event_codes.substr(i * width, width);
        if (padded.substr(0, code.size()) != code) return false;
        if (padded.find_first_not_of(' ', code.size()) != std::string_view::npos) return false;
    }
    return true;
}
static_assert(same_codes_as_the_table());

// The lookup answers as find_cameo_event does: every code of the table, nothing else.
static_assert(bt::all_of(bc::cameo_events, [](const bc::cameo_event& e) { return bc::is_cameo_event_code(e.code); }));
static_assert(bc::is_cameo_event_code("010") && bc::is_cameo_event_code("10") && bc::is_cameo_event_code("2042"));
static_assert(bc::is_cameo_event_code("01") && bc::is_cameo_event_code("0211"));
static_assert(!bc::is_cameo_event_code("1") && !bc::is_cameo_event_code("0") && !bc::is_cameo_event_code(""));
static_assert(!bc::is_cameo_event_code("00") && !bc::is_cameo_event_code("21") && !bc::is_cameo_event_code("01 "));
static_assert(!bc::is_cameo_event_code("0100") && !bc::is_cameo_event_code("20420") && !bc::is_cameo_event_code("01   "));

TEST_CASE("cameo_event_codes: a code is in the list exactly when find_cameo_event finds it") {
    for (const auto& e : bc::cameo_events) CHECK(bc::is_cameo_event_code(e.code));
    for (std::string_view code : {"", " ", "0", "1", "9", "00", "21", "99", "000", "0100", "1057", "20420", "O1", "x",
                                  "01 ", " 01", "01   ", "2042 ", "9999"}) {
        CHECK_MESSAGE(bc::is_cameo_event_code(code) == (bc::find_cameo_event(code) != nullptr), code);
        CHECK_MESSAGE(!bc::is_cameo_event_code(code), code);
    }
}
