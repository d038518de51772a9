// SPDX-License-Identifier: BSL-1.0
// Tests of core/country.hpp: countries by ISO 3166-1 code.
#include <bilateral/core/country.hpp>

#include <doctest/doctest.h>

#include <type_traits>

using bilateral::country;

static_assert(!std::is_convertible_v<const char*, country>, "a string is not silently a country");
static_assert(std::is_trivially_copyable_v<country> && sizeof(country) == 2);
static_assert(country{"KZ"}.ok() && country{"KZ"}.alpha3() == "KAZ" && country{"KZ"}.numeric() == 398);
static_assert(country{"CN"}.alpha3() == "CHN" && country{"CN"}.name() == "China");
static_assert(country::from_alpha3("KAZ") == country{"KZ"});
static_assert(country::from_numeric(156) == country{"CN"});
static_assert(!country{"XX"}.ok() && country{"XX"}.known());
static_assert(!country{"KAZ"}.ok(), "alpha-3 text is not an alpha-2 code");
static_assert(!country{}.known() && !country{}.ok() && country{}.alpha2().empty());

TEST_CASE("country: unknown codes keep their text but are not ok") {
    const country c{"QQ"};
    CHECK(c.alpha2() == "QQ");
    CHECK_FALSE(c.ok());
    CHECK(c.alpha3().empty());
    CHECK(c.numeric() == 0);
    CHECK_FALSE(country::from_alpha3("QQQ").ok());
    CHECK_FALSE(country::from_numeric(999).ok());
}

TEST_CASE("country: codes of every table entry round-trip") {
    for (const auto& e : bilateral::codes::iso3166) {
        CAPTURE(e.alpha2);
        const country c{e.alpha2};
        CHECK(c.ok());
        CHECK(c.alpha3() == e.alpha3);
        CHECK(country::from_alpha3(e.alpha3) == c);
        CHECK(country::from_numeric(e.numeric) == c);
    }
}
