// SPDX-License-Identifier: BSL-1.0
// Compile-time facts and table invariants of include/bilateral/codes/fips.hpp.
#include <bilateral/codes/fips.hpp>
#include <bilateral/codes/iso3166.hpp>

#include <doctest/doctest.h>

#include <string_view>

#include "table_checks.hpp"

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;

// GDELT's geography codes are FIPS 10-4: CH is China, not Switzerland; KZ is Kazakhstan.
static_assert(bc::fips_countries.size() == 274);
static_assert(bc::find_fips("CH")->name == "China");
static_assert(bc::find_fips("CH")->iso_alpha3 == "CHN" && bc::find_fips("CH")->iso_alpha2 == "CN");
static_assert(bc::find_fips("SZ")->iso_alpha3 == "CHE");
static_assert(bc::find_fips("KZ")->iso_alpha3 == "KAZ" && bc::find_fips("KZ")->name == "Kazakhstan");
static_assert(bc::find_fips("GM")->iso_alpha3 == "DEU");  // Germany (ISO GM is Gambia)
static_assert(bc::find_fips("GA")->iso_alpha3 == "GMB");
static_assert(bc::find_fips("UK")->iso_alpha2 == "GB");
static_assert(bc::find_fips_by_iso_alpha3("CHN")->fips == "CH");
static_assert(bc::find_fips_by_iso_alpha3("CHE")->fips == "SZ");
static_assert(bc::find_fips_by_iso_alpha3("KAZ")->fips == "KZ");
// Corrected GDELT labels.
static_assert(bc::find_fips("GV")->name == "Guinea" && bc::find_fips("GV")->iso_alpha3 == "GIN");
static_assert(bc::find_fips("EK")->iso_alpha3 == "GNQ");
static_assert(bc::find_fips("LO")->name == "Slovakia" && bc::find_fips("LO")->iso_alpha3 == "SVK");
// Kept with no ISO equivalent.
static_assert(bc::find_fips("KV") != nullptr && bc::find_fips("KV")->iso_alpha3.empty());  // Kosovo
static_assert(bc::find_fips("OS") != nullptr && bc::find_fips("OS")->iso_alpha2.empty());  // Oceans
// West Bank and Gaza Strip share ISO's PSE; the reverse lookup gives the first in FIPS order.
static_assert(bc::find_fips("WE")->iso_alpha3 == "PSE" && bc::find_fips("GZ")->iso_alpha3 == "PSE");
static_assert(bc::find_fips_by_iso_alpha3("PSE")->fips == "GZ");
static_assert(bc::find_fips("") == nullptr && bc::find_fips("ch") == nullptr && bc::find_fips("XX") == nullptr);
static_assert(bc::find_fips_by_iso_alpha3("") == nullptr && bc::find_fips_by_iso_alpha3("XKX") == nullptr);

// Sorted, unique FIPS codes; the ISO index is complete and ordered.
static_assert(bt::strictly_increasing(bc::fips_countries, [](const bc::fips_country& e) { return e.fips; }));
static_assert(bt::distinct_indices<274>(bc::fips_countries_by_iso_alpha3));
static_assert(bc::fips_countries_by_iso_alpha3.size() ==
              bt::count_if(bc::fips_countries, [](const bc::fips_country& e) { return !e.iso_alpha3.empty(); }));
static_assert(bt::non_decreasing(bc::fips_countries_by_iso_alpha3,
                                 [](auto i) { return bc::fips_countries[i].iso_alpha3; }));
// Every ISO code is a current ISO 3166-1 entry, alpha-2 and alpha-3 of the same country.
static_assert(bt::all_of(bc::fips_countries, [](const bc::fips_country& e) {
    if (e.fips.size() != 2 || e.name.empty() || !bt::valid_utf8(e.name)) return false;
    if (e.iso_alpha3.empty()) return e.iso_alpha2.empty();
    const auto* iso = bc::find_iso3166_alpha3(e.iso_alpha3);
    return iso != nullptr && iso->alpha2 == e.iso_alpha2;
}));

TEST_CASE("fips: every FIPS code is found, and its ISO code leads back to a FIPS code of the same ISO code") {
    for (const auto& e : bc::fips_countries) {
        CHECK(bc::find_fips(e.fips) == &e);
        if (e.iso_alpha3.empty()) continue;
        const bc::fips_country* back = bc::find_fips_by_iso_alpha3(e.iso_alpha3);
        REQUIRE(back != nullptr);
        CHECK(back->iso_alpha3 == e.iso_alpha3);
        CHECK(back->fips <= e.fips);
    }
}

TEST_CASE("fips: only PSE is shared by two FIPS codes") {
    int shared = 0;
    for (const auto& e : bc::fips_countries) {
        if (!e.iso_alpha3.empty() && bc::find_fips_by_iso_alpha3(e.iso_alpha3) != &e) {
            ++shared;
            CHECK(e.fips == "WE");
        }
    }
    CHECK(shared == 1);
}

TEST_CASE("fips: ISO countries newer than GDELT's FIPS list have no FIPS entry") {
    CHECK(bc::find_fips_by_iso_alpha3("ATA")->fips == "AY");  // Antarctica is listed
    for (std::string_view iso : {"CUW", "SXM", "BES", "ALA", "UMI", "ZZZ"}) {
        CHECK_MESSAGE(bc::find_fips_by_iso_alpha3(iso) == nullptr, iso);
    }
}
