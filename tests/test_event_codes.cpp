// SPDX-License-Identifier: BSL-1.0
// Tests of core/event_codes.hpp: CAMEO codes, quad classes, Goldstein values, PLOVER words.
#include <bilateral/core/event_codes.hpp>

#include <doctest/doctest.h>

#include <type_traits>

using namespace bilateral;

// A CAMEO code is text: "010" is not "10", and no integer converts to a code.
static_assert(!std::is_constructible_v<cameo_code, int>);
static_assert(!std::is_constructible_v<cameo_code, long>);
static_assert(!std::is_convertible_v<const char*, cameo_code>);
static_assert(cameo_code{"010"} != cameo_code{"10"});
static_assert(cameo_code{"010"}.ok() && cameo_code{"10"}.ok(), "both are codes: 010 makes a statement, 10 demands");
static_assert(cameo_code{"042"}.root() == cameo_code{"04"});
static_assert(!cameo_code{"00"}.ok() && !cameo_code{"21"}.ok() && !cameo_code{"0"}.ok() && !cameo_code{"04201"}.ok());
static_assert(!cameo_code{"04a"}.ok() && !cameo_code{}.ok());
static_assert(quad_class_of(cameo_code{"057"}) == quad_class::verbal_cooperation);
static_assert(quad_class_of(cameo_code{"061"}) == quad_class::material_cooperation);
static_assert(quad_class_of(cameo_code{"112"}) == quad_class::verbal_conflict);
static_assert(quad_class_of(cameo_code{"190"}) == quad_class::material_conflict);
static_assert(quad_class_of(cameo_code{"x"}) == quad_class::unknown);
// GDELT's rule differs in roots 09 and 14 only.
static_assert(gdelt_quad_class_of(cameo_code{"057"}) == quad_class::verbal_cooperation);
static_assert(gdelt_quad_class_of(cameo_code{"090"}) == quad_class::material_cooperation);
static_assert(quad_class_of(cameo_code{"090"}) == quad_class::verbal_conflict);
static_assert(gdelt_quad_class_of(cameo_code{"100"}) == quad_class::verbal_conflict);
static_assert(gdelt_quad_class_of(cameo_code{"141"}) == quad_class::verbal_conflict);
static_assert(quad_class_of(cameo_code{"141"}) == quad_class::material_conflict);
static_assert(gdelt_quad_class_of(cameo_code{"150"}) == quad_class::material_conflict);
static_assert(gdelt_quad_class_of(cameo_code{"x"}) == quad_class::unknown);
// Goldstein values carry their table; the same number from two tables is not the same value.
static_assert(goldstein{.tenths = -20, .table = goldstein_table::gdelt} != goldstein{.tenths = -20, .table = goldstein_table::icews});
static_assert(goldstein{.tenths = 34, .table = goldstein_table::phoenix}.value() == 3.4);
static_assert(!goldstein{.tenths = 101}.ok() && goldstein{.tenths = -100}.ok());
static_assert(plover_word{"third-party"}.ok() && plover_word{"political_institutions"}.ok());
static_assert(!plover_word{"Visit"}.ok() && !plover_word{"-visit"}.ok() && !plover_word{""}.ok());
static_assert(sector_code{"GOV"}.ok() && !sector_code{"gov"}.ok() && !sector_code{"GOVT"}.ok());

TEST_CASE("cameo_code: keeps the digits as written, leading zeros included") {
    CHECK(cameo_code{"0231"}.str() == "0231");
    CHECK(cameo_code{"043"}.str() == "043");
    CHECK(cameo_code{"12345"}.str() == "12345");  // kept as written, and...
    CHECK_FALSE(cameo_code{"12345"}.ok());        // ...reported as not a code
}

TEST_CASE("cameo_code: an over-long code keeps what was written and is not ok") {
    CHECK(cameo_code{"04211"}.str() == "04211");
    CHECK(cameo_code{"0421100"}.str() == "0421100");
    CHECK_FALSE(cameo_code{"04211"}.ok());
    CHECK(cameo_code{"04211"} != cameo_code{"0421"});
}

TEST_CASE("cameo_code: two different over-long codes are not equal") {
    CHECK(cameo_code{"01234"} != cameo_code{"01235"});
    CHECK(cameo_code{"01234"} == cameo_code{"01234"});
    // Beyond the capacity the length still tells codes apart.
    CHECK(cameo_code{"012345678"} != cameo_code{"0123456789"});
}

TEST_CASE("quad_class_of: follows the root ranges 01-05, 06-08, 09-13, 14-20") {
    const struct {
        const char* code;
        quad_class expected;
    } cases[] = {{"01", quad_class::verbal_cooperation},   {"05", quad_class::verbal_cooperation},
                 {"06", quad_class::material_cooperation}, {"08", quad_class::material_cooperation},
                 {"09", quad_class::verbal_conflict},      {"13", quad_class::verbal_conflict},
                 {"14", quad_class::material_conflict},    {"20", quad_class::material_conflict}};
    for (const auto& c : cases) {
        CAPTURE(c.code);
        CHECK(quad_class_of(cameo_code{c.code}) == c.expected);
    }
}

TEST_CASE("plover_event: names are the PLOVER manual's upper-case types") {
    CHECK(to_string(plover_event::consult) == "CONSULT");
    CHECK(enum_from_string<plover_event>("ASSAULT") == plover_event::assault);
    CHECK_FALSE(enum_from_string<plover_event>("consult").has_value());
    CHECK(enum_names<plover_event>.size() == 17);  // "none" and the sixteen types
}
