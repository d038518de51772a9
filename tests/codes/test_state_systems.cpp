// SPDX-License-Identifier: BSL-1.0
// Invariants of the generated table codes/state_systems.hpp (COW and Gleditsch–Ward spells).
#include <bilateral/codes/iso3166.hpp>
#include <bilateral/codes/state_systems.hpp>

#include <doctest/doctest.h>

#include <span>

using namespace bilateral::codes;

static_assert(cow_states.size() == 243 && gw_states.size() == 239);

namespace {
bool valid_day(std::int32_t d) {
    if (d == 99991231) return true;
    const int y = d / 10000, m = d / 100 % 100, day = d % 100;
    return y >= 1800 && y <= 2100 && m >= 1 && m <= 12 && day >= 1 && day <= 31;
}
}  // namespace

TEST_CASE("spells are sorted by code then start, with valid days, letters and ISO codes") {
    for (const std::span<const state_spell> spells : {std::span<const state_spell>{cow_states}, std::span<const state_spell>{gw_states}}) {
        for (std::size_t i = 0; i < spells.size(); ++i) {
            const state_spell& s = spells[i];
            CAPTURE(s.name);
            CHECK(valid_day(s.start));
            CHECK(valid_day(s.end));
            CHECK(s.start <= s.end);
            CHECK(s.letters.size() == 3);
            CHECK(!s.name.empty());
            CHECK((s.iso_alpha3.empty() || find_iso3166_alpha3(s.iso_alpha3) != nullptr));
            if (i > 0) {
                const state_spell& before = spells[i - 1];
                CHECK((before.code < s.code || (before.code == s.code && before.end < s.start)));
            }
        }
    }
}

TEST_CASE("the fixes of CountryInfo's crosswalk are in the table") {
    const auto iso_of = [](std::span<const state_spell> spells, std::uint16_t code) {
        for (const state_spell& s : spells)
            if (s.code == code) return s.iso_alpha3;
        return std::string_view{"?"};
    };
    CHECK(iso_of(cow_states, 90) == "GTM");   // CountryInfo: GLP (Guadeloupe)
    CHECK(iso_of(cow_states, 775) == "MMR");  // CountryInfo: MOZ
    CHECK(iso_of(cow_states, 484) == "COG");  // CountryInfo: 490 for both Congos
    CHECK(iso_of(cow_states, 490) == "COD");
    CHECK(iso_of(cow_states, 2) == "USA");    // CountryInfo: 000
    CHECK(iso_of(cow_states, 265).empty());   // the German Democratic Republic has no ISO code today
    CHECK(iso_of(gw_states, 340) == "SRB");
}
