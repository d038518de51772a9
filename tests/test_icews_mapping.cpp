// SPDX-License-Identifier: BSL-1.0
// Tests of io/icews/mapping.hpp: ICEWS rows into the model.
#include <bilateral/core/validate.hpp>
#include <bilateral/io/icews/mapping.hpp>
#include <bilateral/io/icews/reader.hpp>
#include <bilateral/query.hpp>

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace bilateral;

namespace {

const std::string text =
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\t"
    "Target Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n"
    "7\t2024-07-03\tXi Jinping\tGovernment,Executive\tChina\tConsult\t040\tNA\tKassym-Jomart Tokayev\t\"Executive,Government\"\t"
    "Kazakhstan\t900\t2\tXinhua\tAstana\tNA\tAstana\tKazakhstan\t51.18\t71.44\n"
    "7\t2024-07-03\tKazakhstan\tNA\tKazakhstan\tHost a visit\t043\t2.8\tXi Jinping\tGovernment,Executive\tChina\t900\t3\t"
    "Xinhua\tNA\tNA\tNA\tKazakhstan\tNA\tNA\n"
    "8\t2024-07-04\tArmy (Kazakhstan)\tElite,Military,Government\tKazakhstan\tMobilize\t152\t-7.2\tNA\tNA\tNA\tNA\tNA\tNA\t"
    "NA\tNA\tNA\tNA\tNA\tNA\n"
    "9\t2024-07-05\tSomeone\tNA\tAtlantis\tConsult\t040\t1\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n";

dataset imported() {
    dataset d;
    icews::dataset_builder b{d, {.file_title = "fixture.tab"}};
    icews::reader r{std::string_view{text}};
    while (const icews::record* row = r.next()) b.add(*row);
    CHECK(b.events() == 4);
    return d;
}

}  // namespace

TEST_CASE("each row is an event keyed by Event ID and date; a repeated key is kept with a suffix") {
    const dataset d = imported();
    const dataset_view v = d.view();
    REQUIRE(v.events.size() == 4);
    CHECK(v.events[0].id.str() == "icews-7-20240703");
    CHECK(v.events[1].id.str() == "icews-7-20240703.2");
    CHECK(v.events[0].date == date{2024, 7, 3});
    CHECK(v.events[0].cameo == cameo_code{"040"});
    CHECK(v.events[0].plover == plover_event::consult);
    CHECK(v.events[0].description == "Consult");
    // No Intensity: no Goldstein value (as in panels of the rows); with one: it, as the ICEWS table's.
    CHECK_FALSE(v.events[0].goldstein);
    REQUIRE(v.events[1].goldstein);
    CHECK(v.events[1].goldstein->table == goldstein_table::icews);
    CHECK(v.events[1].goldstein->tenths == 28);
    CHECK(v.events[2].quad_class == quad_class::material_conflict);
    CHECK(problems(v).empty());
}

TEST_CASE("actors: one per name, country and sectors; the kind from the sectors, a bare state a state") {
    const dataset d = imported();
    const dataset_view v = d.view();
    const actor* xi = find(v, v.events[0].participants[0]);
    REQUIRE(xi);
    CHECK(xi->name == "Xi Jinping");
    CHECK(xi->country.alpha3() == "CHN");
    CHECK(xi->kind == actor_kind::government_body);  // ICEWS does not tell persons apart
    REQUIRE(xi->sectors.size() == 1);
    CHECK(xi->sectors[0].str() == "GOV");
    CHECK(v.events[1].recipients[0] == v.events[0].participants[0]);  // the same actor, once
    const actor* kaz = find(v, v.events[1].participants[0]);
    REQUIRE(kaz);
    CHECK(kaz->kind == actor_kind::state);
    const actor* army = find(v, v.events[2].participants[0]);
    REQUIRE(army);
    CHECK(army->kind == actor_kind::armed_forces);  // Military comes first, wherever ICEWS lists it
    CHECK(v.events[2].recipients.empty());
    const actor* someone = find(v, v.events[3].participants[0]);
    REQUIRE(someone);
    CHECK_FALSE(someone->country.ok());  // Atlantis is no country of ICEWS's list
}

TEST_CASE("places and sources: the city (else province, else country); one source per story") {
    const dataset d = imported();
    const dataset_view v = d.view();
    const place* astana = find(v, v.events[0].place);
    REQUIRE(astana);
    CHECK(astana->name == "Astana");
    CHECK(astana->kind == place_kind::city);
    CHECK(astana->country.alpha3() == "KAZ");
    const place* kz = find(v, v.events[1].place);
    REQUIRE(kz);
    CHECK(kz->kind == place_kind::country);
    CHECK(v.events[2].place.empty());
    CHECK(v.events[0].evidence.source == v.events[1].evidence.source);
    const source* story = find(v, v.events[0].evidence.source);
    REQUIRE(story);
    CHECK(story->publisher == "Xinhua");
    CHECK(v.events[0].evidence.basis == evidence_basis::inferred);
    const source* file = find(v, v.events[2].evidence.source);
    REQUIRE(file);
    CHECK(file->title == "fixture.tab");
}

TEST_CASE("what the model cannot hold is counted by field") {
    dataset d;
    icews::dataset_builder b{d};
    icews::reader r{std::string_view{text}};
    while (const icews::record* row = r.next()) b.add(*row);
    std::map<std::string, std::size_t> by_field;
    for (const problem& l : b.losses().sorted()) by_field[l.field.str() + ": " + l.message.str()] += l.count;
    CHECK(by_field["Sentence Number: not held: the model has no field for it"] == 2);
    CHECK(by_field["Latitude, Longitude: not held: the model has no field for it"] == 1);
    CHECK(by_field["Source Sectors: not held: an ICEWS sector without a CAMEO code"] == 1);  // Elite
    CHECK(by_field["Source Country: not held: a country name outside ICEWS's list"] == 1);  // Atlantis
    CHECK(by_field["Province: not held: the place is the city"] == 1);
}

TEST_CASE("losses are counted per row, whatever the batches: an actor named 3 times loses its sector 3 times") {
    const std::string row =
        "1\t2024-07-04\tArmy (Kazakhstan)\tElite,Military\tKazakhstan\tMobilize\t152\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n";
    const std::string three = text.substr(0, text.find('\n') + 1) + row + row + row;
    dataset first, second;
    icews::dataset_builder b{first};
    icews::reader r{std::string_view{three}};
    b.add(*r.next());
    b.continue_into(second);  // the actor is made again in the second dataset
    b.add(*r.next());
    b.add(*r.next());
    REQUIRE(b.losses().sorted().size() == 1);
    CHECK(b.losses().sorted()[0].count == 3);
}

TEST_CASE("batches: event ids stay unique when the builder goes on into another dataset") {
    dataset first, second;
    icews::dataset_builder b{first};
    icews::reader r{std::string_view{text}};
    b.add(*r.next());
    b.continue_into(second);
    b.add(*r.next());
    CHECK(second.view().events[0].id.str() == "icews-7-20240703.2");
    CHECK(problems(second.view()).empty());  // its actors and source are in the second dataset too
}
