// SPDX-License-Identifier: BSL-1.0
// Tests of io/phoenix/mapping.hpp: Phoenix rows into the model.
#include <bilateral/core/validate.hpp>
#include <bilateral/io/phoenix/mapping.hpp>
#include <bilateral/io/phoenix/reader.hpp>
#include <bilateral/query.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

using namespace bilateral;

namespace {

/// Rows written with '|' between fields, for legibility; Phoenix's files have tabs.
std::string tabs(std::string_view rows) {
    std::string out{rows};
    std::replace(out.begin(), out.end(), '|', '\t');
    return out;
}

// EventID|Date|Year|Month|Day|SourceActorFull|Entity|Role|Attribute|TargetActorFull|Entity|Role|Attribute|
// EventCode|EventRootCode|QuadClass|GoldsteinScore|Issues|Lat|Lon|LocationName|StateName|CountryCode|SentenceID|URLs|NewsSources
const std::string text = tabs(R"(1|20240703|2024|07|03|CHNGOV|CHN|GOV||KAZGOV|KAZ|GOV||042|04|1|1.9||51.1801|71.446|Astana||KAZ|6685a1f2c1a2b3c4d5e6f701_1|https://news.example.com/xi-astana|example_world
2|20240703|2024|07|03|KAZGOV|KAZ|GOV||CHNGOV|CHN|GOV||043|04|1|2.8|FOREIGN_AFFAIRS,1|51.1801|71.446|Astana||KAZ|6685a1f2c1a2b3c4d5e6f701_2|https://news.example.com/xi-astana|example_world
3|20240703|2024|07|03|KAZ|KAZ|||CHN|CHN|||57|5|1|8.0||||Kazakhstan||KAZ|6685a1f2c1a2b3c4d5e6f702_1||
4|20240704|2024|07|04|IGOUNO|IGO||UNO|SYRGOV|SYR|GOV||070|07|2|7.0||36.2021|37.1343|Aleppo|Aleppo Governorate|SYR|6686b0e1c1a2b3c4d5e6f705_1;6686b0e1c1a2b3c4d5e6f706_3|https://news.example.com/un-aid;https://wire.example.net/un-aid|example_world;example_wire
5|20240705|2024|07|05|IND|IND|||INDPTY|IND|PTY||010|01|0|0.0||28.6139|77.209|New Delhi|National Capital Territory of Delhi|IND|6687c2d3c1a2b3c4d5e6f707_2|https://wire.example.net/india|example_wire
6|20240705|2024|07|05|ROUGOV|ROU|GOV||MDAGOV|MDA|GOV||160|16|3|-4.0|||||||||
7|20240706|2024|07|06|SYRMIL|SYR|MIL||IMGMUSISI|IMG||MUS;ISI|190|19|4|-10.0|SECURITY_SERVICES,1|||||XKX|||
)");

struct imported_data {
    dataset data;
    std::map<std::string, std::size_t> losses;  // "field: what" -> count
};

imported_data imported() {
    imported_data out;
    phoenix::dataset_builder b{out.data, {.file_title = "fixture.tsv"}};
    phoenix::reader r{std::string_view{text}};
    while (const phoenix::record* row = r.next()) CHECK(b.add(*row));
    CHECK(r.summary().ok());
    CHECK(b.events() == 7);
    CHECK(b.skipped() == 0);
    for (const problem& l : b.losses().sorted()) out.losses[l.field.str() + ": " + l.message.str()] += l.count;
    return out;
}

}  // namespace

TEST_CASE("each row is an event: code, PLOVER, the Phoenix table's Goldstein, the CAMEO quad class; the dataset validates") {
    const imported_data d = imported();
    const dataset_view v = d.data.view();
    REQUIRE(v.events.size() == 7);
    const event& visit = v.events[0];
    CHECK(visit.id.str() == "phoenix-1");
    CHECK(visit.date == date{2024, 7, 3});
    CHECK(visit.cameo == cameo_code{"042"});
    CHECK(visit.plover == plover_event::consult);
    CHECK(visit.plover_mode.str() == "visit");
    CHECK(visit.description == "Make a visit");
    REQUIRE(visit.goldstein);
    CHECK(*visit.goldstein == goldstein{.tenths = 19, .table = goldstein_table::phoenix});
    CHECK(visit.quad_class == quad_class::verbal_cooperation);
    CHECK(visit.evidence.basis == evidence_basis::inferred);
    CHECK(v.events[2].cameo == cameo_code{"057"});  // its leading zero restored by the reader
    CHECK(v.events[2].goldstein->tenths == 80);
    // Phoenix's 0 (neutral) and its 3 for root 16 are not the model's: the CAMEO rule is.
    CHECK(v.events[4].quad_class == quad_class::verbal_cooperation);
    CHECK(v.events[5].quad_class == quad_class::material_conflict);
    CHECK(v.events[5].goldstein->tenths == -40);
    for (const problem& p : problems(v)) FAIL_CHECK(describe(p));
}

TEST_CASE("actors: one per CAMEO actor code; country from the entity, sectors from role, root actor and types") {
    const imported_data d = imported();
    const dataset_view v = d.data.view();
    const actor* china = find(v, v.events[0].participants[0]);
    REQUIRE(china);
    CHECK(china->id.str() == "phoenix-chngov");
    CHECK(china->name == "CHNGOV");
    CHECK(china->country.alpha3() == "CHN");
    CHECK(china->kind == actor_kind::government_body);
    REQUIRE(china->sectors.size() == 1);
    CHECK(china->sectors[0].str() == "GOV");
    CHECK(v.events[1].recipients[0] == v.events[0].participants[0]);  // the same actor, once
    const actor* kazakhstan = find(v, v.events[2].participants[0]);
    REQUIRE(kazakhstan);
    CHECK(kazakhstan->kind == actor_kind::state);  // the country code alone
    CHECK(kazakhstan->sectors.empty());
    const actor* un = find(v, v.events[3].participants[0]);
    REQUIRE(un);
    CHECK_FALSE(un->country.known());
    CHECK(un->kind == actor_kind::organisation);
    REQUIRE(un->sectors.size() == 2);
    CHECK(un->sectors[0].str() == "IGO");
    CHECK(un->sectors[1].str() == "UNO");
    const actor* party = find(v, v.events[4].recipients[0]);
    REQUIRE(party);
    CHECK(party->kind == actor_kind::organisation);
    CHECK(party->sectors.empty());  // PTY is no CAMEO actor type of the library's table
    CHECK(party->country.alpha3() == "IND");
    const actor* romania = find(v, v.events[5].participants[0]);
    REQUIRE(romania);
    CHECK(romania->country.alpha3() == "ROU");  // an ISO code GDELT's CAMEO list lacks
    const actor* army = find(v, v.events[6].participants[0]);
    REQUIRE(army);
    CHECK(army->kind == actor_kind::armed_forces);
    const actor* militants = find(v, v.events[6].recipients[0]);
    REQUIRE(militants);
    REQUIRE(militants->sectors.size() == 1);
    CHECK(militants->sectors[0].str() == "IMG");  // MUS (a religion) and ISI (a group) are no sectors
    CHECK(v.actors.size() == 12);
}

TEST_CASE("places: a name with a state is a city in it, the country's own name the country, another name a city") {
    const imported_data d = imported();
    const dataset_view v = d.data.view();
    const place* astana = find(v, v.events[0].place);
    REQUIRE(astana);
    CHECK(astana->name == "Astana");
    CHECK(astana->kind == place_kind::city);
    CHECK(astana->country.alpha3() == "KAZ");
    CHECK(astana->part_of.empty());
    CHECK(v.events[1].place == v.events[0].place);
    const place* kz = find(v, v.events[2].place);
    REQUIRE(kz);
    CHECK(kz->kind == place_kind::country);
    const place* delhi = find(v, v.events[4].place);
    REQUIRE(delhi);
    CHECK(delhi->kind == place_kind::city);
    const place* state = find(v, delhi->part_of);
    REQUIRE(state);
    CHECK(state->name == "National Capital Territory of Delhi");
    CHECK(state->kind == place_kind::region);
    CHECK(state->country.alpha3() == "IND");
    CHECK(v.events[5].place.empty());  // no geocoding
    CHECK(v.events[6].place.empty());  // XKX is no ISO country, and there is no name
}

TEST_CASE("sources: the first report (URL and news source), one per report; rows naming none cite the file") {
    const imported_data d = imported();
    const dataset_view v = d.data.view();
    CHECK(v.events[0].evidence.source == v.events[1].evidence.source);
    const source* report = find(v, v.events[0].evidence.source);
    REQUIRE(report);
    CHECK(report->id.str() == "phoenix-story-6685a1f2c1a2b3c4d5e6f701");
    CHECK(report->publisher == "example_world");
    CHECK(report->url == "https://news.example.com/xi-astana");
    CHECK(report->title == "https://news.example.com/xi-astana");
    const source* aid = find(v, v.events[3].evidence.source);
    REQUIRE(aid);
    CHECK(aid->url == "https://news.example.com/un-aid");  // the first of two
    const source* file = find(v, v.events[2].evidence.source);
    REQUIRE(file);
    CHECK(file->id.str() == "phoenix-file");
    CHECK(file->title == "fixture.tsv");
    CHECK(v.events[5].evidence.source == v.events[2].evidence.source);
    CHECK(v.sources.size() == 4);
}

TEST_CASE("what the model cannot hold is counted by Phoenix column") {
    const imported_data d = imported();
    const auto count = [&](const std::string& key) {
        const auto it = d.losses.find(key);
        return it == d.losses.end() ? std::size_t{0} : it->second;
    };
    CHECK(count("TargetActorAttribute: not held: a code that is no CAMEO actor type (religion, ethnic or known group)") == 2);
    CHECK(count("SourceActorAttribute: not held: a code that is no CAMEO actor type (religion, ethnic or known group)") == 0);
    CHECK(count("QuadClass: not held: Phoenix's class differs from the CAMEO codebook's, which the model keeps") == 2);
    CHECK(count("TargetActorRole: not held: a role that is no CAMEO actor type") == 1);  // PTY
    CHECK(count("CountryCode: not held: not an ISO 3166-1 alpha-3 code") == 1);
    CHECK(count("URLs: not held: the event cites one report, the first") == 1);
    CHECK(count("NewsSources: not held: the event cites one report, the first") == 1);
    CHECK(count("Issues: not held: the model has no field for it") == 2);
    CHECK(count("Lat, Lon: not held: the model has no field for it") == 4);
    CHECK(count("SentenceID: not held: the model has no field for it") == 5);
    CHECK(d.losses.size() == 9);
}

TEST_CASE("entities without an ISO country and codes outside the codebook are counted; the code is kept") {
    const std::string rows = tabs(
        "1|20240703|2024|07|03|AFRGOV|AFR|GOV||SUN|SUN|||0357|03|1|7.0|||||||||\n"
        "2|20240703|2024|07|03|KSVGOV|KSV|GOV||SRB|SRB|||036|03|1|4.0|||||||||\n");
    dataset data;
    phoenix::dataset_builder b{data};
    phoenix::reader r{std::string_view{rows}};
    while (const phoenix::record* row = r.next()) b.add(*row);
    std::map<std::string, std::size_t> losses;
    for (const problem& l : b.losses().sorted()) losses[l.field.str() + ": " + l.message.str()] = l.count;
    CHECK(losses["SourceActorEntity: not held: a country code without an ISO 3166-1 country"] == 2);  // AFR, KSV
    CHECK(losses["TargetActorEntity: not held: a country code without an ISO 3166-1 country"] == 1);  // SUN; SRB is ISO
    CHECK(losses["EventCode: held, but outside the CAMEO codebook: no label, PLOVER type or table value"] == 1);
    REQUIRE(data.view().events.size() == 2);
    CHECK(data.view().events[0].cameo == cameo_code{"0357"});
    CHECK(data.view().events[0].description.empty());
    CHECK(find(data.view(), data.view().events[1].recipients[0])->country.alpha3() == "SRB");
}

TEST_CASE("a row without a source actor adds nothing, and is counted") {
    const std::string rows = tabs("9|20240703|2024|07|03|||||KAZ|KAZ|||043|04|1|2.8|||||||||\n");
    dataset data;
    phoenix::dataset_builder b{data};
    phoenix::reader r{std::string_view{rows}};
    const phoenix::record* row = r.next();
    REQUIRE(row);
    CHECK_FALSE(b.add(*row));
    CHECK(b.events() == 0);
    CHECK(b.skipped() == 1);
    CHECK(data.view().events.empty());
    CHECK(data.view().actors.empty());
    REQUIRE(b.losses().sorted().size() == 1);
    CHECK(b.losses().sorted()[0].field == "SourceActorFull");
    CHECK(b.losses().sorted()[0].value == "9");
}

TEST_CASE("batches: event ids stay unique over datasets, a repeated EventID gets a suffix, losses go on counting") {
    dataset first, second;
    phoenix::dataset_builder b{first};
    phoenix::reader r{std::string_view{text}};
    const phoenix::record* row = r.next();
    REQUIRE(row);
    b.add(*row);
    b.add(*row);  // the same EventID again
    b.continue_into(second);
    b.add(*row);
    CHECK(first.view().events[1].id.str() == "phoenix-1.2");
    CHECK(second.view().events[0].id.str() == "phoenix-1.3");
    CHECK(problems(first.view()).empty());
    CHECK(problems(second.view()).empty());  // its actors, place and source are in the second dataset too
    std::size_t lat_lon = 0;
    for (const problem& l : b.losses().sorted())
        if (l.field == "Lat, Lon") lat_lon = l.count;
    CHECK(lat_lon == 3);
}
