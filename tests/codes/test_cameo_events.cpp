// SPDX-License-Identifier: BSL-1.0
// Compile-time facts and table invariants of include/bilateral/codes/cameo_events.hpp.
#include <bilateral/codes/cameo_events.hpp>

#include <doctest/doctest.h>

#include <string_view>

#include "table_checks.hpp"

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;
using q = bc::cameo_quad_class;

// CAMEO codes are strings: "010" (Make statement) is not "10" (DEMAND).
static_assert(bc::cameo_events.size() == 311);
static_assert(bc::find_cameo_event("010") != nullptr && bc::find_cameo_event("10") != nullptr);
static_assert(bc::find_cameo_event("010") != bc::find_cameo_event("10"));
static_assert(bc::find_cameo_event("10")->label == "DEMAND");
static_assert(bc::find_cameo_event("010")->root == "01");
static_assert(bc::find_cameo_event("1") == nullptr && bc::find_cameo_event("0") == nullptr);
static_assert(bc::find_cameo_event("00") == nullptr && bc::find_cameo_event("21") == nullptr);
static_assert(bc::find_cameo_event("") == nullptr && bc::find_cameo_event("01 ") == nullptr);

// The three Goldstein tables disagree on 016: GDELT -2.0, ICEWS -5.0, Phoenix +3.4.
static_assert(bc::find_cameo_event("016")->goldstein_gdelt == -20);
static_assert(bc::find_cameo_event("016")->goldstein_icews == -50);
static_assert(bc::find_cameo_event("016")->goldstein_phoenix == 34);
static_assert(bc::goldstein_value(bc::find_cameo_event("016")->goldstein_phoenix) == 3.4);
static_assert(bc::goldstein_value(bc::find_cameo_event("016")->goldstein_gdelt) == -2.0);
static_assert(bc::goldstein_value(bc::find_cameo_event("1823")->goldstein_gdelt) == -10.0);
static_assert(bc::find_cameo_event("022")->goldstein_gdelt == 32 && bc::find_cameo_event("022")->goldstein_icews == 34);
static_assert(bc::find_cameo_event("164")->goldstein_icews == -65 && bc::find_cameo_event("164")->goldstein_gdelt == -70);
// A code the Phoenix table lacks.
static_assert(!bc::has_goldstein(bc::find_cameo_event("019")->goldstein_phoenix));
static_assert(bc::has_goldstein(bc::find_cameo_event("019")->goldstein_gdelt));

// The 106 line merged into 1056 in GDELT's newer copy is split back.
static_assert(bc::find_cameo_event("106")->label == "Demand withdrawal");
static_assert(bc::find_cameo_event("106")->goldstein_gdelt == -50);
static_assert(bc::find_cameo_event("1056")->label == "Demand de-escalation of military engagement");
// Mojibake of both GDELT copies replaced by the ICEWS label.
static_assert(bc::find_cameo_event("044")->label == "Meet at a 'third' location");
// Trailing blanks dropped.
static_assert(bc::find_cameo_event("080")->label == "Yield, not specified below");

// Root, base and quad class.
static_assert(bc::find_cameo_event("0211")->root == "02" && bc::find_cameo_event("0211")->base == "021");
static_assert(bc::find_cameo_event("02")->base.empty());
static_assert(bc::find_cameo_event("05")->quad == q::verbal_cooperation);
static_assert(bc::find_cameo_event("0834")->quad == q::material_cooperation);
static_assert(bc::find_cameo_event("13")->quad == q::verbal_conflict);
static_assert(bc::find_cameo_event("16")->quad == q::material_conflict);
static_assert(bc::find_cameo_event("2042")->quad == q::material_conflict);

// Invariants: sorted unique codes; fields consistent with the code.
static_assert(bt::strictly_increasing(bc::cameo_events, [](const bc::cameo_event& e) { return e.code; }));
constexpr q quad_of(std::string_view root) {
    int r = (root[0] - '0') * 10 + (root[1] - '0');
    return r <= 5 ? q::verbal_cooperation : r <= 8 ? q::material_cooperation : r <= 13 ? q::verbal_conflict
                                                                                      : q::material_conflict;
}
constexpr bool digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}
constexpr bool in_range(std::int16_t t) { return !bc::has_goldstein(t) || (t >= -100 && t <= 100); }
static_assert(bt::all_of(bc::cameo_events, [](const bc::cameo_event& e) {
    return e.code.size() >= 2 && e.code.size() <= 4 && digits(e.code) && e.root == e.code.substr(0, 2) &&
           e.root >= "01" && e.root <= "20" && e.base == (e.code.size() == 2 ? "" : e.code.substr(0, 3)) &&
           bc::find_cameo_event(e.root) != nullptr && (e.base.empty() || bc::find_cameo_event(e.base) != nullptr) &&
           e.quad == quad_of(e.root) && !e.label.empty() && bt::valid_utf8(e.label) &&
           e.label.back() != ' ' && in_range(e.goldstein_gdelt) && in_range(e.goldstein_icews) &&
           in_range(e.goldstein_phoenix);
}));
// GDELT and ICEWS give every code a value; Phoenix lacks 30.
static_assert(bt::all_of(bc::cameo_events, [](const bc::cameo_event& e) {
    return bc::has_goldstein(e.goldstein_gdelt) && bc::has_goldstein(e.goldstein_icews);
}));
static_assert(bt::count_if(bc::cameo_events, [](const bc::cameo_event& e) {
                  return !bc::has_goldstein(e.goldstein_phoenix);
              }) == 30);
static_assert(bt::count_if(bc::cameo_events, [](const bc::cameo_event& e) { return e.code.size() == 2; }) == 20);

TEST_CASE("cameo_events: every code is found and an unknown or unpadded code is not") {
    for (const auto& e : bc::cameo_events) CHECK(bc::find_cameo_event(e.code) == &e);
    for (std::string_view code : {"", "0", "1", "9", "00", "21", "99", "000", "0100", "1057", "20420", "O1", "x"}) {
        CHECK_MESSAGE(bc::find_cameo_event(code) == nullptr, code);
    }
}

TEST_CASE("cameo_events: Goldstein values in tenths convert to the exact decimal doubles") {
    CHECK(bc::goldstein_value(34) == 3.4);
    CHECK(bc::goldstein_value(-1) == -0.1);
    CHECK(bc::goldstein_value(-56) == -5.6);
    CHECK(bc::goldstein_value(83) == 8.3);
    CHECK(bc::goldstein_value(-100) == -10.0);
    CHECK_FALSE(bc::has_goldstein(bc::goldstein_none));
    CHECK(bc::has_goldstein(0));
}

TEST_CASE("cameo_events: the three Goldstein tables disagree only on the codes the header names") {
    int disagreements = 0;
    for (const auto& e : bc::cameo_events) {
        bool differ = e.goldstein_gdelt != e.goldstein_icews ||
                      (bc::has_goldstein(e.goldstein_phoenix) && e.goldstein_phoenix != e.goldstein_gdelt);
        disagreements += differ;
    }
    CHECK(disagreements == 9);  // 016 022 124 1241 1246 163 164 165 166
}
