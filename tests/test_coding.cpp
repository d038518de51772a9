// SPDX-License-Identifier: BSL-1.0
// Tests of core/coding.hpp: a CAMEO code's coding, read from the tables through the model's types.
#include <bilateral/core/coding.hpp>

#include <doctest/doctest.h>

using namespace bilateral;

namespace {

// 042 "Make a visit": GDELT's Goldstein 1.9, CONSULT with mode "visit" in the 2021 mapping.
constexpr auto visit = coding_of(cameo_code{"042"});
static_assert(visit.has_value());
static_assert(visit->cameo == cameo_code{"042"});
static_assert(visit->label == "Make a visit");
static_assert(visit->quad_class == quad_class::verbal_cooperation);
static_assert(visit->goldstein == goldstein{.tenths = 19, .table = goldstein_table::gdelt});
static_assert(visit->plover == plover_event::consult);
static_assert(visit->plover_mode == plover_word{"visit"});
static_assert(visit->plover_context.empty());

// The value is tagged with the table it was taken from.
static_assert(coding_of(cameo_code{"042"}, goldstein_table::icews)->goldstein->table == goldstein_table::icews);

// A code outside the codebook has no coding; "10" is not "010".
static_assert(!coding_of(cameo_code{"099"}).has_value());
static_assert(!coding_of(cameo_code{}).has_value());
static_assert(coding_of(cameo_code{"010"}).has_value());

// Root 01 has no PLOVER type in the mapping: the coding says none, with no mode or context.
static_assert(coding_of(cameo_code{"017"})->plover == plover_event::none);
static_assert(coding_of(cameo_code{"017"})->plover_mode.empty());

}  // namespace

TEST_CASE("coding: every code of the codebook has a coding that agrees with its table row") {
    for (const codes::cameo_event& row : codes::cameo_events) {
        CAPTURE(row.code);
        const auto c = coding_of(cameo_code{row.code});
        REQUIRE(c.has_value());
        CHECK(c->label == row.label);
        CHECK(static_cast<int>(c->quad_class) == static_cast<int>(row.quad));
        CHECK(c->goldstein.has_value() == codes::has_goldstein(row.goldstein_gdelt));
        if (c->goldstein) CHECK(c->goldstein->tenths == row.goldstein_gdelt);
        const auto phoenix = coding_of(cameo_code{row.code}, goldstein_table::phoenix);
        CHECK(phoenix->goldstein.has_value() == codes::has_goldstein(row.goldstein_phoenix));
    }
}

TEST_CASE("coding: a code's PLOVER coding is the mapping's, with the first of several contexts") {
    for (const codes::cameo_plover_entry& m : codes::cameo_to_plover) {
        CAPTURE(m.cameo);
        const auto c = coding_of(cameo_code{m.cameo});
        if (!c) continue;  // the mapping also covers a few codes GDELT's codebook lacks
        CHECK(to_string(c->plover) == (m.event.empty() ? std::string_view{"none"} : m.event));
        CHECK(c->plover_mode.str() == m.mode);
        CHECK(m.context.starts_with(c->plover_context.str()));
        CHECK(c->plover_context.str().find(';') == std::string_view::npos);
    }
}
