// SPDX-License-Identifier: BSL-1.0
// Tests of io/icews/countries.hpp: ICEWS country names to ISO 3166-1 alpha-3.
#include <bilateral/io/icews/countries.hpp>

#include <doctest/doctest.h>

using namespace bilateral;

TEST_CASE("ICEWS's names map to ISO alpha-3; a name outside the list is nullopt; NULL is no country") {
    static_assert(icews::country_alpha3("Russian Federation") == "RUS");
    static_assert(icews::country_alpha3("Occupied Palestinian Territory") == "PSE");
    static_assert(icews::country_alpha3("Kazakhstan") == "KAZ");
    CHECK(icews::country_alpha3("NULL") == std::string_view{});
    CHECK_FALSE(icews::country_alpha3("Atlantis"));
    CHECK_FALSE(icews::country_alpha3("russian federation"));  // the spelling is exact
}
