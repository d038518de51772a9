// SPDX-License-Identifier: BSL-1.0
// Compile-time facts and table invariants of include/bilateral/codes/plover.hpp.
#include <bilateral/codes/cameo_events.hpp>
#include <bilateral/codes/plover.hpp>

#include <doctest/doctest.h>

#include <string_view>

#include "table_checks.hpp"

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;

static_assert(bc::plover_event_types.size() == 16);
static_assert(bc::plover_event_types.front() == "AGREE" && bc::plover_event_types.back() == "ASSAULT");
static_assert(bc::is_plover_event_type("CONSULT") && bc::is_plover_event_type("MOBILIZE"));
static_assert(!bc::is_plover_event_type("consult") && !bc::is_plover_event_type("DEMAND"));
static_assert(!bc::is_plover_event_type(""));
static_assert(bc::is_plover_mode("visit") && !bc::is_plover_mode("VISIT") && !bc::is_plover_mode(""));
static_assert(bc::is_plover_context("diplomatic") && bc::is_plover_context("crime"));
static_assert(!bc::is_plover_context("crime; corruption"));

static_assert(bc::find_cameo_to_plover("042")->event == "CONSULT");
static_assert(bc::find_cameo_to_plover("042")->mode == "visit");
static_assert(bc::find_cameo_to_plover("042")->context.empty());
static_assert(bc::find_cameo_to_plover("036")->context == "diplomatic");
static_assert(bc::find_cameo_to_plover("036")->mode.empty());
static_assert(bc::find_cameo_to_plover("0861")->mode == "access");  // "access " in the file
static_assert(bc::find_cameo_to_plover("091")->context == "crime; corruption");
static_assert(bc::find_cameo_to_plover("163")->event == "COERCE");     // in the SANCTION section
static_assert(bc::find_cameo_to_plover("1712")->event == "ASSAULT");   // in the COERCE section
static_assert(bc::find_cameo_to_plover("03")->event == "AGREE");
static_assert(bc::find_cameo_to_plover("08")->event == "CONCEDE");     // also "08: RETREAT" in the file
static_assert(bc::find_cameo_to_plover("084")->event == "RETREAT");
static_assert(bc::find_cameo_to_plover("010") == nullptr);             // PLOVER drops 01 and 02
static_assert(bc::find_cameo_to_plover("02") == nullptr);
static_assert(bc::find_cameo_to_plover("42") == nullptr);

// Sorted, unique; every field names a known type, mode and context.
static_assert(bt::strictly_increasing(bc::plover_event_types_by_name, [](auto i) { return bc::plover_event_types[i]; }));
static_assert(bt::distinct_indices<16>(bc::plover_event_types_by_name));
static_assert(bt::strictly_increasing(bc::plover_modes, [](std::string_view s) { return s; }));
static_assert(bt::strictly_increasing(bc::plover_contexts, [](std::string_view s) { return s; }));
static_assert(bt::strictly_increasing(bc::cameo_to_plover, [](const bc::cameo_plover_entry& e) { return e.cameo; }));
constexpr bool contexts_known(std::string_view ctx) {
    while (!ctx.empty()) {
        auto sep = ctx.find("; ");
        if (!bc::is_plover_context(ctx.substr(0, sep))) return false;
        ctx = sep == std::string_view::npos ? std::string_view() : ctx.substr(sep + 2);
    }
    return true;
}
static_assert(bt::all_of(bc::cameo_to_plover, [](const bc::cameo_plover_entry& e) {
    return bc::is_plover_event_type(e.event) && (e.mode.empty() || bc::is_plover_mode(e.mode)) &&
           contexts_known(e.context) && (e.cameo.size() != 2 || (e.mode.empty() && e.context.empty()));
}));
// Every mode and context of the lists is used by the mapping.
static_assert(bt::all_of(bc::plover_modes, [](std::string_view m) {
    return bt::count_if(bc::cameo_to_plover, [m](const bc::cameo_plover_entry& e) { return e.mode == m; }) > 0;
}));
static_assert(bt::all_of(bc::plover_contexts, [](std::string_view c) {
    return bt::count_if(bc::cameo_to_plover, [c](const bc::cameo_plover_entry& e) {
               return e.context == c || e.context.find(c) != std::string_view::npos;
           }) > 0;
}));
// Every GDELT CAMEO code from root 03 on has a PLOVER mapping; 01 and 02 have none.
static_assert(bt::all_of(bc::cameo_events, [](const bc::cameo_event& e) {
    return (bc::find_cameo_to_plover(e.code) != nullptr) == (e.root > "02");
}));

TEST_CASE("plover: every mapped CAMEO code is found, and unmapped codes are not") {
    for (const auto& e : bc::cameo_to_plover) CHECK(bc::find_cameo_to_plover(e.cameo) == &e);
    for (std::string_view code : {"", "01", "010", "0211", "3", "30", "0300", "999"}) {
        CHECK_MESSAGE(bc::find_cameo_to_plover(code) == nullptr, code);
    }
}

TEST_CASE("plover: each of the 16 event types is used by the mapping") {
    for (std::string_view t : bc::plover_event_types) {
        CHECK(bc::is_plover_event_type(t));
        int n = 0;
        for (const auto& e : bc::cameo_to_plover) n += e.event == t;
        CHECK_MESSAGE(n > 0, t);
    }
}

TEST_CASE("plover: a 4-digit code has its base code's event type, except 1712, 0813 and 0814") {
    // Documented exceptions of the 2021 table: 1712 (ASSAULT under COERCE 171), 0813/0814 (RETREAT under CONCEDE 081).
    for (const auto& e : bc::cameo_to_plover) {
        if (e.cameo.size() != 4) continue;
        const auto* base = bc::find_cameo_to_plover(e.cameo.substr(0, 3));
        if (base == nullptr) continue;
        bool exception = e.cameo == "1712" || e.cameo == "0813" || e.cameo == "0814";
        CHECK_MESSAGE((base->event == e.event) != exception, e.cameo);
    }
}
