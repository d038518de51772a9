// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/codes.hpp: the direct-indexed FIPS and CAMEO country lookups agree with the code tables.
#include <bilateral/io/gdelt/codes.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace bilateral;

// GDELT's FIPS codes are not ISO: CH is China, SZ Switzerland, KZ Kazakhstan.
static_assert(gdelt::country_of_fips("CH") == country{"CN"} && gdelt::country_of_fips("SZ") == country{"CH"});
static_assert(gdelt::country_of_fips("KZ") == country{"KZ"} && gdelt::country_of_fips("US") == country{"US"});
static_assert(!gdelt::country_of_fips("KV").known() && !gdelt::country_of_fips("").known());  // no ISO code of its own
static_assert(!gdelt::country_of_fips("ch").known() && !gdelt::country_of_fips("CHN").known());
// CAMEO country codes map to ISO alpha-3; regions map to nothing.
static_assert(gdelt::iso_alpha3_of_cameo("CHN") == "CHN" && gdelt::iso_alpha3_of_cameo("ROM") == "ROU");
static_assert(gdelt::iso_alpha3_of_cameo("WSB") == "PSE" && gdelt::iso_alpha3_of_cameo("AFR").empty());
static_assert(gdelt::iso_alpha3_of_cameo("XYZ").empty() && gdelt::iso_alpha3_of_cameo("chn").empty() && gdelt::iso_alpha3_of_cameo("").empty());

TEST_CASE("gdelt codes: every FIPS code maps as codes::find_fips does") {
    for (const auto& f : codes::fips_countries) {
        CAPTURE(std::string{f.fips});
        CHECK(gdelt::country_of_fips(f.fips) == (f.iso_alpha2.empty() ? country{} : country{f.iso_alpha2}));
    }
}

TEST_CASE("gdelt codes: every CAMEO country code maps as codes::find_cameo_country does") {
    for (const auto& c : codes::cameo_countries) {
        CAPTURE(std::string{c.code});
        CHECK(gdelt::iso_alpha3_of_cameo(c.code) == c.iso_alpha3);
    }
    // And nothing else maps: every other three-letter code gives "".
    std::size_t mapped = 0;
    char code[3];
    for (char a = 'A'; a <= 'Z'; ++a)
        for (char b = 'A'; b <= 'Z'; ++b)
            for (char c = 'A'; c <= 'Z'; ++c) {
                code[0] = a, code[1] = b, code[2] = c;
                const std::string_view s{code, 3};
                const auto* entry = codes::find_cameo_country(s);
                CHECK(gdelt::iso_alpha3_of_cameo(s) == (entry != nullptr ? entry->iso_alpha3 : std::string_view{}));
                if (!gdelt::iso_alpha3_of_cameo(s).empty()) ++mapped;
            }
    CHECK(mapped == codes::cameo_countries_by_iso_alpha3.size());
}
