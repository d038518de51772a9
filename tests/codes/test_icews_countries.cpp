// SPDX-License-Identifier: BSL-1.0
// Compile-time facts and table invariants of include/bilateral/codes/icews_countries.hpp.
#include <bilateral/codes/icews_countries.hpp>
#include <bilateral/codes/iso3166.hpp>

#include <doctest/doctest.h>

#include <string_view>

#include "table_checks.hpp"

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;

namespace {

constexpr std::string_view alpha3_of(std::string_view name) {
    const bc::icews_country_entry* e = bc::find_icews_country(name);
    return e == nullptr ? std::string_view("?") : e->alpha3;
}

constexpr bool upper3(std::string_view s) {
    return s.size() == 3 && bt::all_of(s, [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

static_assert(bc::icews_countries.size() == 260);
// Names as ICEWS spells them; several names share one code.
static_assert(alpha3_of("Russian Federation") == "RUS" && alpha3_of("Russia") == "RUS");
static_assert(alpha3_of("Occupied Palestinian Territory") == "PSE" && alpha3_of("Palestine") == "PSE");
static_assert(alpha3_of("United States") == "USA" && alpha3_of("China") == "CHN" && alpha3_of("Kazakhstan") == "KAZ");
static_assert(alpha3_of("Curaçao") == "CUW" && alpha3_of("Cote d'Ivoire") == "CIV");
// No country.
static_assert(alpha3_of("NULL").empty() && bc::find_icews_country("NULL")->note.empty());
// ICEWS's own codes replaced: Kosovo, Timor-Leste, Antarctica, Gaza.
static_assert(alpha3_of("Kosovo") == "XKX" && !bc::find_icews_country("Kosovo")->note.empty());
static_assert(alpha3_of("Timor Leste") == "TLS" && alpha3_of("Timor-Leste") == "TLS");
static_assert(alpha3_of("Antarctica") == "ATA");
static_assert(alpha3_of("Gaza") == "PSE");
// Territories written as sovereign + territory get their own code (GBRIMY: IMY is a typo for IMN).
static_assert(alpha3_of("American Samoa") == "ASM" && alpha3_of("Isle Of Man") == "IMN");
static_assert(alpha3_of("Faeroe Islands") == "FRO" && alpha3_of("Faroe Islands") == "FRO");
static_assert(alpha3_of("Wallis and Futuna") == "WLF" && alpha3_of("U.S. Virgin Islands") == "VIR");
// Territories ICEWS files under their sovereign get their own code too.
static_assert(alpha3_of("Jersey") == "JEY" && alpha3_of("Mayotte") == "MYT" && alpha3_of("Saint Barthelemy") == "BLM");
static_assert(alpha3_of("United Kingdom") == "GBR" && alpha3_of("France") == "FRA");
// No current code; a dissolved state coded with its successor, as ICEWS does.
static_assert(alpha3_of("Netherlands Antilles").empty() &&
              !bc::find_icews_country("Netherlands Antilles")->note.empty());
static_assert(alpha3_of("Serbia and Montenegro") == "SRB" && alpha3_of("Serbia") == "SRB");
static_assert(!bc::find_icews_country("Serbia and Montenegro")->note.empty() &&
              bc::find_icews_country("Serbia")->note.empty());
// Exact, case-sensitive names.
static_assert(bc::find_icews_country("") == nullptr && bc::find_icews_country("russia") == nullptr &&
              bc::find_icews_country("Isle of Man") == nullptr && bc::find_icews_country("RUS") == nullptr);

// Sorted bytewise and unique by name, as the binary search needs.
static_assert(bt::strictly_increasing(bc::icews_countries, [](const bc::icews_country_entry& e) { return e.name; }));
// Every code is three upper-case letters and, but for Kosovo's user-assigned XKX, a current ISO 3166-1 entry;
// exactly two names have none (NULL, Netherlands Antilles); a note says why wherever ICEWS's code was not kept.
static_assert(bt::all_of(bc::icews_countries, [](const bc::icews_country_entry& e) {
    if (e.name.empty() || !bt::valid_utf8(e.name)) return false;
    if (e.alpha3.empty()) return e.name == "NULL" || !e.note.empty();
    return upper3(e.alpha3) && (e.alpha3 == "XKX" || bc::find_iso3166_alpha3(e.alpha3) != nullptr);
}));
static_assert(bt::count_if(bc::icews_countries, [](const bc::icews_country_entry& e) { return e.alpha3.empty(); }) ==
              2);
static_assert(bt::count_if(bc::icews_countries, [](const bc::icews_country_entry& e) { return e.alpha3 == "XKX"; }) ==
              1);

TEST_CASE("icews_countries: every name is found, and its code names an ISO 3166-1 country but for Kosovo") {
    for (const auto& e : bc::icews_countries) {
        CAPTURE(e.name);
        CHECK(bc::find_icews_country(e.name) == &e);
        if (e.alpha3.empty() || e.alpha3 == "XKX") continue;
        const bc::iso3166_entry* iso = bc::find_iso3166_alpha3(e.alpha3);
        REQUIRE(iso != nullptr);
        CHECK(!iso->name.empty());
    }
}

TEST_CASE("icews_countries: a name between two entries is not found") {
    for (std::string_view name : {"A", "Afghanistan ", "Zz", "the", "Kosovo\n", "Serbia and"}) {
        CHECK_MESSAGE(bc::find_icews_country(name) == nullptr, name);
    }
}
