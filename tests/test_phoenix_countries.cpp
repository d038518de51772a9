// SPDX-License-Identifier: BSL-1.0
// Tests of io/phoenix/countries.hpp: Phoenix actor entities to ISO 3166-1 alpha-3.
#include <bilateral/io/phoenix/countries.hpp>

#include <doctest/doctest.h>

using namespace bilateral;

TEST_CASE("entities: CAMEO country codes through the CAMEO table, ISO codes it lacks as they are, the rest none") {
    // Compile-time facts: the lookup is constexpr.
    static_assert(phoenix::country_alpha3("KAZ") == "KAZ");
    static_assert(phoenix::country_alpha3("CHN") == "CHN");
    // CAMEO codes that are not ISO's, by the table.
    CHECK(phoenix::country_alpha3("ROM") == "ROU");
    CHECK(phoenix::country_alpha3("WSB") == "PSE");
    CHECK(phoenix::country_alpha3("TMP") == "TLS");
    // Phoenix's list writes ISO codes GDELT's CAMEO list has not.
    CHECK(phoenix::country_alpha3("ROU") == "ROU");
    CHECK(phoenix::country_alpha3("SSD") == "SSD");
    CHECK(phoenix::country_alpha3("MNE") == "MNE");
    CHECK(phoenix::country_alpha3("TLS") == "TLS");
    // Regions, root actors, former states, Kosovo, nothing.
    CHECK(phoenix::country_alpha3("AFR").empty());
    CHECK(phoenix::country_alpha3("EUR").empty());
    CHECK(phoenix::country_alpha3("IGO").empty());
    CHECK(phoenix::country_alpha3("IMG").empty());
    CHECK(phoenix::country_alpha3("SUN").empty());
    CHECK(phoenix::country_alpha3("YUG").empty());
    CHECK(phoenix::country_alpha3("KSV").empty());
    CHECK(phoenix::country_alpha3("kaz").empty());
    CHECK(phoenix::country_alpha3("").empty());
}
