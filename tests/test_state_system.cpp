// SPDX-License-Identifier: BSL-1.0
// Tests of core/state_system.hpp: COW and Gleditsch–Ward codes of a country on a date, on both
// sides of the changes of the state system.
#include <bilateral/core/state_system.hpp>

#include <doctest/doctest.h>

using namespace bilateral;

namespace {
constexpr int cow(std::string_view iso, date d) {
    const codes::state_spell* s = member_on(state_system::cow, iso, d);
    return s == nullptr ? -1 : s->code;
}
constexpr int gw(std::string_view iso, date d) {
    const codes::state_spell* s = member_on(state_system::gw, iso, d);
    return s == nullptr ? -1 : s->code;
}
}  // namespace

// Serbia: Yugoslavia (345) in both lists until Montenegro left; then GW 340, COW still 345.
static_assert(cow("SRB", date{2005, 1, 1}) == 345 && gw("SRB", date{2005, 1, 1}) == 345);
static_assert(gw("SRB", date{2006, 6, 4}) == 345 && gw("SRB", date{2006, 6, 5}) == 340);
static_assert(cow("SRB", date{2007, 1, 1}) == 345 && gw("SRB", date{2007, 1, 1}) == 340);
// Germany: West Germany (260) until unification, then COW 255; GW keeps 260.
static_assert(cow("DEU", date{1985, 6, 1}) == 260 && gw("DEU", date{1985, 6, 1}) == 260);
static_assert(cow("DEU", date{1990, 10, 2}) == 260 && cow("DEU", date{1990, 10, 3}) == 255);
static_assert(cow("DEU", date{1995, 6, 1}) == 255 && gw("DEU", date{1995, 6, 1}) == 260);
static_assert(cow("DEU", date{1990}) == -1);   // 1990 as a whole was two COW members
static_assert(cow("DEU", date{1950, 1, 1}) == -1 && gw("DEU", date{1950, 1, 1}) == 260);  // COW from 1955
static_assert(cow("DEU", date{1930, 1, 1}) == 255 && gw("DEU", date{1930, 1, 1}) == 255);
// Yemen: the Yemen Arab Republic (678) until 1990-05-21, then COW 679; GW keeps 678.
static_assert(cow("YEM", date{1990, 5, 21}) == 678 && cow("YEM", date{1990, 5, 22}) == 679);
static_assert(gw("YEM", date{1985, 1, 1}) == 678 && gw("YEM", date{1995, 1, 1}) == 678);
// Russia: 365 in both, the Soviet Union included.
static_assert(cow("RUS", date{1985, 1, 1}) == 365 && cow("RUS", date{1995, 1, 1}) == 365);
static_assert(gw("RUS", date{1985, 1, 1}) == 365 && gw("RUS", date{2024, 7, 3}) == 365);
// South Sudan exists from 2011-07-09; Kazakhstan from 1991.
static_assert(cow("SSD", date{2011, 7, 8}) == -1 && cow("SSD", date{2011, 7, 9}) == 626);
static_assert(cow("KAZ", date{2024, 7, 3}) == 705 && gw("KAZ", date{1990, 1, 1}) == -1);
// By code.
static_assert(spell_on(state_system::cow, 265, date{1980})->letters == "GDR");
static_assert(spell_on(state_system::cow, 265, date{1991}) == nullptr);
static_assert(spell_on(state_system::cow, 260, date{1980})->iso_alpha3 == "DEU");

TEST_CASE("every code of a country on a date") {
    const std::optional<country_codes> kz = codes_on("KAZ", date{2024, 7, 3});
    REQUIRE(kz);
    CHECK(kz->iso_alpha2 == "KZ");
    CHECK(kz->fips == "KZ");
    CHECK(kz->cameo == "KAZ");
    REQUIRE(kz->cow != nullptr);
    CHECK(kz->cow->letters == "KZK");
    REQUIRE(kz->gw != nullptr);
    CHECK(kz->gw->code == 705);
    const std::optional<country_codes> cn = codes_on("CHN", date{2024});
    REQUIRE(cn);
    CHECK(cn->fips == "CH");
    CHECK(cn->cow->code == 710);
    CHECK(!codes_on("XXX", date{2024}));
    CHECK(codes_on("DEU", date{1950, 1, 1})->cow == nullptr);
}

TEST_CASE("no ISO code belongs to two members of one system on the same day") {
    for (const state_system system : {state_system::cow, state_system::gw}) {
        const auto spells = spells_of(system);
        for (const codes::state_spell& a : spells)
            for (const codes::state_spell& b : spells)
                if (&a != &b && !a.iso_alpha3.empty() && a.iso_alpha3 == b.iso_alpha3)
                    CHECK_MESSAGE((a.end < b.start || b.end < a.start), a.name << " and " << b.name);
    }
}
