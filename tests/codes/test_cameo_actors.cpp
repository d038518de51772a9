// SPDX-License-Identifier: BSL-1.0
// Compile-time facts and table invariants of include/bilateral/codes/cameo_actors.hpp.
#include <bilateral/codes/cameo_actors.hpp>
#include <bilateral/codes/iso3166.hpp>

#include <doctest/doctest.h>

#include <string_view>

#include "table_checks.hpp"

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;

static_assert(bc::cameo_countries.size() == 261);
static_assert(bc::find_cameo_country("KAZ")->iso_alpha3 == "KAZ");
static_assert(bc::find_cameo_country("KAZ")->label == "Kazakhstan");
static_assert(bc::find_cameo_country("CHN")->iso_alpha3 == "CHN");
static_assert(bc::find_cameo_country("ROM")->iso_alpha3 == "ROU");  // CAMEO's older codes
static_assert(bc::find_cameo_country("TMP")->iso_alpha3 == "TLS");
static_assert(bc::find_cameo_country("IMY")->iso_alpha3 == "IMN");
static_assert(bc::find_cameo_country("MTN")->iso_alpha3 == "MNE");
static_assert(bc::find_cameo_country("WSB")->iso_alpha3 == "PSE" && bc::find_cameo_country("GZS")->iso_alpha3 == "PSE");
static_assert(bc::find_cameo_country("AFR")->iso_alpha3.empty());  // a region
static_assert(bc::find_cameo_country("BAG")->iso_alpha3.empty());  // Baghdad
static_assert(bc::find_cameo_country("ANT")->iso_alpha3.empty());  // Netherlands Antilles, withdrawn from ISO
static_assert(bc::find_cameo_country("REU")->label == "R\u00e9union");
static_assert(bc::find_cameo_country_by_iso_alpha3("ROU")->code == "ROM");
static_assert(bc::find_cameo_country_by_iso_alpha3("PSE")->code == "PSE");
static_assert(bc::find_cameo_country_by_iso_alpha3("KAZ")->code == "KAZ");
static_assert(bc::find_cameo_country("kaz") == nullptr && bc::find_cameo_country("") == nullptr);
static_assert(bc::find_cameo_country("ROU") == nullptr && bc::find_cameo_country("KSV") == nullptr);
static_assert(bc::find_cameo_country_by_iso_alpha3("") == nullptr);

static_assert(bc::cameo_actor_types.size() == 39);
static_assert(bc::find_cameo_actor_type("GOV")->label == "Government");
static_assert(bc::find_cameo_actor_type("MIL")->label == "Military");
static_assert(bc::find_cameo_actor_type("EDU")->label == "Education");
static_assert(bc::find_cameo_actor_type("BUS")->label == "Business");
static_assert(bc::find_cameo_actor_type("MED")->label == "Media");
static_assert(bc::find_cameo_actor_type("gov") == nullptr && bc::find_cameo_actor_type("USA") == nullptr);
static_assert(bc::cameo_known_groups.size() == 115);
static_assert(bc::find_cameo_known_group("UNO")->label == "United Nations");
static_assert(bc::cameo_ethnic_groups.size() == 641);
static_assert(bc::find_cameo_ethnic_group("kur")->label == "Kurd" && bc::find_cameo_ethnic_group("KUR")->label == "Kurd");
static_assert(bc::find_cameo_ethnic_group("por")->label == "Portuguese");  // trailing blank dropped
static_assert(bc::find_cameo_ethnic_group("zza")->label == "Zaza");
static_assert(bc::cameo_religions.size() == 31);
static_assert(bc::find_cameo_religion("MOS")->label == "Muslim");
static_assert(bc::find_cameo_religion("SUN")->label == "Sunni");
static_assert(bc::find_cameo_religion("XYZ") == nullptr);

// Sorted, unique; labels non-empty UTF-8 without surrounding blanks.
constexpr bool good_label(std::string_view s) {
    return !s.empty() && s.front() != ' ' && s.back() != ' ' && bt::valid_utf8(s);
}
constexpr auto by_code = [](const bc::cameo_code_label& e) { return e.code; };
constexpr auto good = [](const bc::cameo_code_label& e) { return e.code.size() == 3 && good_label(e.label); };
static_assert(bt::strictly_increasing(bc::cameo_countries, [](const bc::cameo_country& e) { return e.code; }));
static_assert(bt::strictly_increasing(bc::cameo_actor_types, by_code) && bt::all_of(bc::cameo_actor_types, good));
static_assert(bt::strictly_increasing(bc::cameo_known_groups, by_code) && bt::all_of(bc::cameo_known_groups, good));
static_assert(bt::strictly_increasing(bc::cameo_ethnic_groups, by_code) && bt::all_of(bc::cameo_ethnic_groups, good));
static_assert(bt::strictly_increasing(bc::cameo_religions, by_code) && bt::all_of(bc::cameo_religions, good));
static_assert(bt::distinct_indices<261>(bc::cameo_countries_by_iso_alpha3));
static_assert(bc::cameo_countries_by_iso_alpha3.size() ==
              bt::count_if(bc::cameo_countries, [](const bc::cameo_country& e) { return !e.iso_alpha3.empty(); }));
static_assert(bt::non_decreasing(bc::cameo_countries_by_iso_alpha3,
                                 [](auto i) { return bc::cameo_countries[i].iso_alpha3; }));
// Every ISO code is current ISO 3166-1; a code that is itself an ISO alpha-3 maps to itself.
static_assert(bt::all_of(bc::cameo_countries, [](const bc::cameo_country& e) {
    return e.code.size() == 3 && good_label(e.label) &&
           (e.iso_alpha3.empty() || bc::find_iso3166_alpha3(e.iso_alpha3) != nullptr) &&
           (bc::find_iso3166_alpha3(e.code) == nullptr || e.iso_alpha3 == e.code);
}));

TEST_CASE("cameo_actors: every code of every list is found by its lookup") {
    for (const auto& e : bc::cameo_countries) CHECK(bc::find_cameo_country(e.code) == &e);
    for (const auto& e : bc::cameo_actor_types) CHECK(bc::find_cameo_actor_type(e.code) == &e);
    for (const auto& e : bc::cameo_known_groups) CHECK(bc::find_cameo_known_group(e.code) == &e);
    for (const auto& e : bc::cameo_ethnic_groups) CHECK(bc::find_cameo_ethnic_group(e.code) == &e);
    for (const auto& e : bc::cameo_religions) CHECK(bc::find_cameo_religion(e.code) == &e);
}

TEST_CASE("cameo_actors: the reverse ISO lookup prefers the CAMEO code equal to the ISO code") {
    int shared = 0;
    for (const auto& e : bc::cameo_countries) {
        if (e.iso_alpha3.empty()) continue;
        const bc::cameo_country* back = bc::find_cameo_country_by_iso_alpha3(e.iso_alpha3);
        REQUIRE(back != nullptr);
        CHECK(back->iso_alpha3 == e.iso_alpha3);
        if (back != &e) {
            ++shared;
            CHECK(back->code == e.iso_alpha3);  // only PSE: WSB and GZS lead to PSE
        }
    }
    CHECK(shared == 2);
}

TEST_CASE("cameo_actors: the 39 actor types include the GDELT sector codes") {
    for (std::string_view t : {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
                               "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
                               "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "MNC",
                               "NGM", "NGO", "SET"}) {
        CHECK_MESSAGE(bc::find_cameo_actor_type(t) != nullptr, t);
    }
}
