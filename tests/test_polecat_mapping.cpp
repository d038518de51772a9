// SPDX-License-Identifier: BSL-1.0
// Tests of io/polecat/mapping.hpp: POLECAT rows into the model.
#include <bilateral/core/validate.hpp>
#include <bilateral/io/polecat/mapping.hpp>
#include <bilateral/io/polecat/reader.hpp>
#include <bilateral/query.hpp>

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace bilateral;

namespace {

// Header and rows in POLECAT's column order (invented values).
const std::string text =
    "Event ID\tEvent Date\tEvent Type\tEvent Mode\tIntensity\tQuad Code\tContexts\tActor Name\tActor Country\tActor COW\t"
    "Primary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\tWikipedia Actor ID\tRecipient Name\tRecipient Country\t"
    "Recipient COW\tPrimary Recipient Sector\tRecipient Sectors\tRecipient Title\tRecipient Name Raw\tWikipedia Recipient ID\t"
    "Placename\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\tGeoNames ID\tRaw Placename\tFeature Type\tSource\t"
    "Publication Date\tStory People\tStory Organizations\tStory Locations\tLanguage\tVersion\n"
    // line 2: the Kazakhstan–China row
    "e-1\t2024-07-03\tCONSULT\tVisit\t1.5\tVERBAL COOPERATION\tdiplomatic; economic\tXi Jinping\tCHN\t710\tGOV\tGOV; ELI\t"
    "President\tChinese President Xi Jinping\tQ15031\tKassym-Jomart Tokayev\tKAZ\t705\tGOV\tGOV\tPresident\tTokayev\t"
    "Kassym-Jomart_Tokayev\tAstana\tAstana\tNone\tAstana\tKAZ\t51.18\t71.44\t1526273\tAstana\tPPLC\tExample Wire\t2024-07-03\t"
    "Xi Jinping; Kassym-Jomart Tokayev\tNone\tAstana\ten\tcoder-1\n"
    // line 3: the same Event ID; the states as actors; the same place and source
    "e-1\t2024-07-03\tAGREE\tNone\tNone\tVERBAL COOPERATION\tNone\tKazakhstan\tKAZ\tNone\tNone\tNone\tNone\tNone\tNone\t"
    "Xi Jinping\tCHN\t710\tGOV\tGOV; ELI\tPresident\tXi\tQ15031\tAstana\tAstana\tNone\tAstana\tKAZ\tNone\tNone\tNone\tNone\t"
    "None\tExample Wire\t2024-07-03\tNone\tNone\tNone\ten\tNone\n"
    // line 4: two actor countries, a sector no CAMEO table has, a journalist, no place, no source
    "e-3\t2024-07-04\tMOBILIZE\ttroops\t-6.5\tMATERIAL CONFLICT\tmilitary\tUnion State Forces\tRUS; BLR\t365; 370\tMIL\tMIL; XYZ\t"
    "None\tNone\tNone\tReporter\tUKR\tNone\tJRN\tJRN\tNone\tNone\tNone\tNone\tNone\tNone\tNone\tNone\tNone\tNone\tNone\tNone\t"
    "None\tNone\tNone\tNone\tNone\tNone\tEnglish\tNone\n"
    // line 5: an actor known only by a country no ISO code has, a recipient only by its country;
    // a place name that is not the city
    "e-4\t2024-07-05\tAID\tNone\t7\tMATERIAL COOPERATION\thumanitarian\tNone\tIGO\tNone\tNone\tNone\tNone\tNone\tNone\t"
    "None\tSYR\t652\tNone\tNone\tNone\tNone\tNone\tOld City\tAleppo\tNone\tAleppo Governorate\tSYR\t36.2\t37.13\tNone\tNone\t"
    "None\tExample Daily\t2024-07-05\tNone\tUnited Nations\tNone\ten\tNone\n";

struct imported {
    dataset d;
    std::uint64_t events = 0;
    std::map<std::string, std::size_t> losses;
};

imported import_all() {
    imported out;
    polecat::dataset_builder b{out.d, {.file_title = "fixture.tsv"}};
    polecat::reader r{std::string_view{text}};
    while (const polecat::record* row = r.next()) b.add(*row);
    REQUIRE(r.summary().ok());
    out.events = b.events();
    for (const problem& l : b.losses().sorted()) out.losses[l.field.str() + ": " + l.message.str()] += l.count;
    return out;
}

}  // namespace

TEST_CASE("each row is an event: PLOVER type, mode and context as given, quad class, no CAMEO code, no Goldstein value") {
    const imported x = import_all();
    CHECK(x.events == 4);
    const dataset_view v = x.d.view();
    REQUIRE(v.events.size() == 4);
    CHECK(problems(v).empty());
    const event& e = v.events[0];
    CHECK(e.id.str() == "polecat-e-1");
    CHECK(v.events[1].id.str() == "polecat-e-1.2");  // a repeated Event ID is kept, with a suffix
    CHECK(e.date == date{2024, 7, 3});
    CHECK(e.plover == plover_event::consult);
    CHECK(e.plover_mode == plover_word{"visit"});     // lower-cased: the model's words are
    CHECK(e.plover_context == plover_word{"diplomatic"});  // the first; the second is a loss
    CHECK(e.quad_class == quad_class::verbal_cooperation);
    CHECK(e.cameo.empty());
    CHECK_FALSE(e.goldstein);  // Intensity is POLECAT's own scale
    CHECK(v.events[1].plover_mode.empty());
    CHECK(v.events[1].plover_context.empty());
    CHECK(v.events[2].quad_class == quad_class::material_conflict);
    CHECK(e.evidence.basis == evidence_basis::inferred);
    CHECK_FALSE(e.evidence.note.empty());
}

TEST_CASE("actors: one per name, country, title, id and sectors; the kind from the sectors, a bare state a state") {
    const imported x = import_all();
    const dataset_view v = x.d.view();
    const actor* xi = find(v, v.events[0].participants[0]);
    REQUIRE(xi);
    CHECK(xi->name == "Xi Jinping");
    CHECK(xi->country.alpha3() == "CHN");
    CHECK(xi->office == "President");
    CHECK(xi->wikidata == "Q15031");
    CHECK(xi->kind == actor_kind::government_body);  // GOV comes first
    REQUIRE(xi->sectors.size() == 2);
    CHECK(xi->sectors[0].str() == "GOV");
    CHECK(xi->sectors[1].str() == "ELI");
    CHECK(v.events[1].recipients[0] == v.events[0].participants[0]);  // the same actor, once
    const actor* tokayev = find(v, v.events[0].recipients[0]);
    REQUIRE(tokayev);
    CHECK(tokayev->wikidata.empty());  // a Wikipedia title is no Wikidata id
    const actor* kaz = find(v, v.events[1].participants[0]);
    REQUIRE(kaz);
    CHECK(kaz->kind == actor_kind::state);
    CHECK(kaz->country.alpha3() == "KAZ");
    const actor* forces = find(v, v.events[2].participants[0]);
    REQUIRE(forces);
    CHECK(forces->kind == actor_kind::armed_forces);
    CHECK(forces->country.alpha3() == "RUS");  // the first of the list
    REQUIRE(forces->sectors.size() == 1);      // XYZ is no CAMEO actor type
    const actor* reporter = find(v, v.events[2].recipients[0]);
    REQUIRE(reporter);
    CHECK(reporter->kind == actor_kind::media);  // PLOVER's JRN, though the model keeps no JRN
    CHECK(reporter->sectors.empty());
    const actor* stand_in = find(v, v.events[3].participants[0]);
    REQUIRE(stand_in);
    CHECK(stand_in->name == "unknown (POLECAT names no actor)");
    const actor* syria = find(v, v.events[3].recipients[0]);
    REQUIRE(syria);
    CHECK(syria->name == "Syrian Arab Republic");  // named after its country
    CHECK(syria->kind == actor_kind::state);
    CHECK(v.actors.size() == 7);
}

TEST_CASE("places nest city in province in country; sources are one per outlet, day and language") {
    const imported x = import_all();
    const dataset_view v = x.d.view();
    const place* astana = find(v, v.events[0].place);
    REQUIRE(astana);
    CHECK(astana->name == "Astana");
    CHECK(astana->kind == place_kind::city);
    CHECK(astana->country.alpha3() == "KAZ");
    const place* region = find(v, astana->part_of);
    REQUIRE(region);
    CHECK(region->name == "Astana");
    CHECK(region->kind == place_kind::region);
    const place* country = find(v, region->part_of);
    REQUIRE(country);
    CHECK(country->kind == place_kind::country);
    CHECK(country->name == "Kazakhstan");
    CHECK(v.events[1].place == v.events[0].place);
    CHECK(v.events[2].place.empty());
    const place* aleppo = find(v, v.events[3].place);
    REQUIRE(aleppo);
    CHECK(aleppo->name == "Aleppo");
    CHECK(v.places.size() == 6);
    CHECK(v.events[0].evidence.source == v.events[1].evidence.source);
    const source* wire = find(v, v.events[0].evidence.source);
    REQUIRE(wire);
    CHECK(wire->publisher == "Example Wire");
    CHECK(wire->title == "Example Wire, 2024-07-03");
    CHECK(wire->date == date{2024, 7, 3});
    CHECK(wire->language == "en");
    const source* file = find(v, v.events[2].evidence.source);
    REQUIRE(file);
    CHECK(file->title == "fixture.tsv");
    CHECK(v.sources.size() == 3);
}

TEST_CASE("what the model cannot hold is counted by column, per row and value") {
    const imported x = import_all();
    std::map<std::string, std::size_t> expected{
        {"Intensity: not held: POLECAT's intensity scale, which is no Goldstein value (the model has no field for it)", 3},
        {"Contexts: not held: a second context (an event has one)", 1},
        {"Actor Country: not held: a second country (an actor has one)", 1},
        {"Actor Country: not held: no ISO 3166-1 country", 1},
        {"Actor COW: not held: a COW number (the model keys states by ISO 3166-1)", 3},
        {"Recipient COW: not held: a COW number (the model keys states by ISO 3166-1)", 3},
        {"Actor Sectors: not held: not a CAMEO actor type (codes/cameo_actors.hpp)", 1},
        {"Primary Recipient Sector: not held: not a CAMEO actor type (codes/cameo_actors.hpp)", 1},
        {"Recipient Sectors: not held: not a CAMEO actor type (codes/cameo_actors.hpp)", 1},
        {"Actor Name Raw: not held: the model has no field for it", 1},
        {"Recipient Name Raw: not held: the model has no field for it", 2},
        {"Wikipedia Recipient ID: not held: not a Wikidata id (Q and digits)", 1},
        {"Actor Name: missing: an event without an actor, given a stand-in", 1},
        {"Recipient Name: missing: an actor without a name, named after its country, sector, title or Wikidata id", 1},
        {"Placename: not held: a place name other than the city, district, province or country", 1},
        {"Latitude, Longitude: not held: the model has no field for it", 2},
        {"GeoNames ID: not held: the model has no field for it", 1},
        {"Raw Placename: not held: the model has no field for it", 1},
        {"Feature Type: not held: the model has no field for it", 1},
        {"Story People: not held: the model has no field for it", 2},
        {"Story Organizations: not held: the model has no field for it", 1},
        {"Story Locations: not held: the model has no field for it", 1},
        {"Language: not held: not a BCP 47 language tag", 1},
        {"Version: not held: the model has no field for it", 1},
    };
    CHECK(x.losses == expected);
}

TEST_CASE("batches: event ids stay unique and losses go on counting when the builder goes on into another dataset") {
    dataset first, second;
    polecat::dataset_builder b{first};
    polecat::reader r{std::string_view{text}};
    b.add(*r.next());
    b.continue_into(second);
    b.add(*r.next());
    CHECK(second.view().events[0].id.str() == "polecat-e-1.2");
    CHECK(problems(second.view()).empty());  // its actors, place and source are in the second dataset too
    CHECK(first.view().events.size() == 1);
    std::size_t cow = 0;
    for (const problem& l : b.losses().sorted())
        if (l.field == "Recipient COW") cow += l.count;
    CHECK(cow == 2);
}
