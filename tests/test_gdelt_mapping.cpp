// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/mapping.hpp: GDELT rows into the model's events, and the Astana dataset's events into GDELT rows.
#include <bilateral/io/gdelt/mapping.hpp>

#include <bilateral/core/validate.hpp>
#include <bilateral/data/astana_2024.hpp>
#include <bilateral/io/gdelt/reader.hpp>
#include <bilateral/io/gdelt/writer.hpp>

#include "test_gdelt_fixtures.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace bilateral;
using namespace bilateral::gdelt;
using namespace gdelt_fixtures;

static_assert(detail::gdelt::url_host("https://example.org/news/a?b") == "example.org");
static_assert(detail::gdelt::url_host("example.org") == "example.org" && detail::gdelt::url_host("").empty());
static_assert(detail::gdelt::fraction_date(date{2014, 10, 27}) == *decimal::parse("2014.8137"));  // as GDELT computes it
static_assert(detail::gdelt::fraction_date(date{2004, 11, 26}) == *decimal::parse("2004.8932"));
static_assert(detail::gdelt::fraction_date(date{1982, 1, 2}) == *decimal::parse("1982.0055"));

namespace {
const event* find_event(const dataset& ds, std::string_view id) {
    for (const event& e : ds.view().events)
        if (e.id.str() == id) return &e;
    return nullptr;
}
}  // namespace

TEST_CASE("gdelt mapping: a row becomes an event with its actors, place and source, each added once") {
    const std::string text = lines({v2_row(), join(with(with(v2_fields(), 1, "1000009"), 27, "043")), v1_historical_row()});
    dataset ds;
    {
        dataset_builder builder{ds, {.file_title = "fixture rows"}};
        reader r{text};
        while (const record* row = r.next()) CHECK(builder.add(*row) == import_skip::none);
        CHECK(builder.events() == 3u);
        CHECK(builder.skipped() == 0u);
    }
    const dataset_view v = ds.view();
    CHECK(v.events.size() == 3);
    CHECK(v.actors.size() == 2);   // CHNGOV and KAZ, once each
    CHECK(v.places.size() == 1);   // Astana
    CHECK(v.sources.size() == 2);  // the URL, and the file for the backfile row
    CHECK(problems(v).empty());

    const event* e = find_event(ds, "gdelt-1000001");
    REQUIRE(e != nullptr);
    CHECK(e->date == date{2024, 7, 3});
    CHECK(e->cameo == cameo_code{"042"});
    CHECK(e->plover == plover_event::consult);
    CHECK(e->plover_mode == plover_word{"visit"});
    CHECK(e->goldstein == goldstein{.tenths = 19, .table = goldstein_table::gdelt});
    CHECK(e->quad_class == quad_class::verbal_cooperation);
    CHECK(e->description == "Make a visit");
    REQUIRE(e->participants.size() == 1);
    CHECK(e->participants[0] == actor_id{"cameo-chngov"});
    REQUIRE(e->recipients.size() == 1);
    CHECK(e->recipients[0] == actor_id{"cameo-kaz"});
    CHECK(e->place == place_id{"geo-4--1234567"});
    CHECK(e->evidence.basis == evidence_basis::inferred);

    const actor& china = v.actors[0];
    CHECK(china.name == "CHINESE GOVERNMENT");
    CHECK(china.kind == actor_kind::government_body);
    CHECK(china.country == country{"CN"});
    REQUIRE(china.sectors.size() == 1);
    CHECK(china.sectors[0] == sector_code{"GOV"});
    CHECK(v.actors[1].kind == actor_kind::state);
    CHECK(v.actors[1].country == country{"KZ"});
    CHECK(v.places[0].kind == place_kind::city);
    CHECK(v.places[0].country == country{"KZ"});
    CHECK(v.sources[0].publisher == "example.org");
    CHECK(v.sources[0].url == "https://example.org/news/2024/07/03/visit");
    CHECK(v.sources[1].title == "fixture rows");
    CHECK(find_event(ds, "gdelt-1000009")->plover_mode == plover_word{"visit"});
}

TEST_CASE("gdelt mapping: the dataset owns its text; the input can go") {
    dataset ds;
    {
        std::string text = v2_row() + "\n";
        dataset_builder builder{ds};
        reader r{text};
        REQUIRE(builder.add(*r.next()) == import_skip::none);
        text.assign(text.size(), '#');  // the buffer the row viewed is overwritten
    }
    CHECK(ds.view().actors[0].name == "CHINESE GOVERNMENT");
    CHECK(ds.view().events[0].id == event_id{"gdelt-1000001"});
}

TEST_CASE("gdelt mapping: rows the model cannot hold are skipped and counted") {
    dataset ds;
    dataset_builder builder{ds};
    const auto add = [&](std::vector<std::string> fields) {
        const std::string text = join(fields);
        const read_result r = read_all(text);
        REQUIRE(r.records.size() == 1);
        return builder.add(r.records[0]);
    };
    CHECK(add(with(v2_fields(), 6, "")) == import_skip::no_actor);
    CHECK(add(with(v2_fields(), 2, "")) == import_skip::no_date);
    CHECK(add(with(v2_fields(), 27, "")) == import_skip::no_code);
    CHECK(add(with(v2_fields(), 6, "")) == import_skip::no_actor);
    CHECK(builder.skipped() == 4u);
    CHECK(builder.events() == 0u);
    CHECK(ds.view().events.empty());
    CHECK(ds.view().actors.empty());
    // The same skips as problems, counted per reason, as every reader reports what it leaves out.
    const std::vector<problem> losses = builder.losses().sorted();
    REQUIRE(losses.size() == 3);
    CHECK(losses[0].code == problem_code::not_written);
    CHECK(losses[0].severity == severity::loss);
    CHECK(losses[0].field == "Actor1Code");
    CHECK(losses[0].count == 2);
    CHECK(losses[0].value == "GLOBALEVENTID 1000001");
    CHECK(describe(losses[0]) ==
          "Actor1Code: `GLOBALEVENTID 1000001`: row not written: no Actor1 (an event needs a participant) (2 times)");
    CHECK(losses[1].field == "EventCode");
    CHECK(losses[2].field == "SQLDATE");
}

TEST_CASE("gdelt mapping: several PLOVER contexts keep the first; a missing Goldstein comes from GDELT's table") {
    dataset ds;
    dataset_builder builder{ds};
    const std::string text = join(with(with(with(v2_fields(), 27, "091"), 31, ""), 30, ""));
    const read_result r = read_all(text);
    REQUIRE(r.records.size() == 1);
    REQUIRE(builder.add(r.records[0]) == import_skip::none);
    const event& e = ds.view().events[0];
    CHECK(e.plover == plover_event::accuse);
    CHECK(e.plover_context == plover_word{"crime"});  // the table says "crime; corruption"
    CHECK(e.goldstein == goldstein{.tenths = -20, .table = goldstein_table::gdelt});
    CHECK(e.quad_class == quad_class::verbal_conflict);
    CHECK(problems(ds.view()).empty());
}

TEST_CASE("gdelt mapping: the Astana events become GDELT rows where GDELT has the fields") {
    const exported_rows rows = to_records(data::astana_2024, {.first_id = 900001});
    REQUIRE(rows.records.size() == data::astana_2024.events.size());
    const record& visit = rows.records[0];
    CHECK(visit.id == 900001u);
    CHECK(visit.format == format::v2);
    CHECK(visit.dates.day == date{2024, 7, 3});
    CHECK(visit.dates.month == date{2024, 7});
    CHECK(visit.dates.year == date{2024});
    CHECK(visit.dates.fraction == *decimal::parse("2024.5014"));
    CHECK(visit.actor1.code == "CHNGOV");
    CHECK(visit.actor1.name == "XI JINPING");
    CHECK(visit.actor1.country == actor_code{"CHN"});
    CHECK(visit.actor1.type1 == actor_code{"GOV"});
    CHECK(visit.actor2.code == "KAZ");
    CHECK(visit.actor2.name == "KAZAKHSTAN");
    CHECK(visit.event.code == cameo_code{"042"});
    CHECK(visit.event.base == cameo_code{"042"});
    CHECK(visit.event.root == cameo_code{"04"});
    CHECK(visit.event.quad_class == quad_class::verbal_cooperation);
    CHECK(visit.event.goldstein == goldstein{.tenths = 19, .table = goldstein_table::gdelt});
    CHECK_FALSE(visit.event.mentions.has_value());
    CHECK(visit.action_geo.type == geo_type::country);
    CHECK(visit.action_geo.full_name == "Kazakhstan");
    CHECK(visit.action_geo.fips == "KZ");
    CHECK(visit.actor1_geo.type == geo_type::none);
    // The talks happened in the Akorda, a building: GDELT resolves to its city.
    const record& talks = rows.records[3];
    CHECK(talks.event.code == cameo_code{"046"});
    CHECK(talks.actor2.name == "XI JINPING");  // reciprocal: the second participant
    CHECK(talks.action_geo.type == geo_type::world_city);
    CHECK(talks.action_geo.full_name == "Astana, Kazakhstan");
    CHECK(talks.action_geo.country == country{"KZ"});
    // The flypast's actor is an air-defence force: its sector is MIL.
    CHECK(rows.records[2].actor1.code == "KAZMIL");
    // An event without a place keeps an unresolved ActionGeo.
    CHECK(rows.records[7].action_geo.type == geo_type::none);
    CHECK(rows.records[7].action_geo.full_name.empty());
}

TEST_CASE("gdelt mapping: a place on a part_of cycle ends the walk, each place named once") {
    // A building in a city that lies in the building: the walk must end.
    static constexpr place places[] = {
        {.id = place_id{"hall"}, .kind = place_kind::building, .name = "Hall", .country = country{"KZ"}, .part_of = place_id{"town"}},
        {.id = place_id{"town"}, .kind = place_kind::city, .name = "Town", .country = country{"KZ"}, .part_of = place_id{"hall"}},
        {.id = place_id{"annex"}, .kind = place_kind::building, .name = "Annex", .country = country{"KZ"}, .part_of = place_id{"annex"}},
    };
    static constexpr actor actors[] = {{.id = actor_id{"kz"}, .kind = actor_kind::state, .name = "Kazakhstan", .country = country{"KZ"}}};
    static constexpr actor_id kz[] = {actor_id{"kz"}};
    static constexpr event events[] = {
        {.id = event_id{"met"}, .date = date{2024, 7, 3}, .place = place_id{"hall"}, .participants = kz, .cameo = cameo_code{"040"}},
        {.id = event_id{"annexed"}, .date = date{2024, 7, 3}, .place = place_id{"annex"}, .participants = kz, .cameo = cameo_code{"040"}},
    };
    static constexpr dataset_view data{.actors = actors, .places = places, .events = events};
    const exported_rows rows = to_records(data);
    REQUIRE(rows.records.size() == 2);
    CHECK(rows.records[0].action_geo.type == geo_type::world_city);
    CHECK(rows.records[0].action_geo.full_name == "Town");  // the hall was visited already
    // A building that lies only in itself has no place a gazetteer knows.
    CHECK(rows.records[1].action_geo.type == geo_type::none);
}

TEST_CASE("gdelt mapping: Astana rows written, read back and mapped again keep date, actors' countries and coding") {
    const exported_rows rows = to_records(data::astana_2024);
    std::string text;
    for (const record& r : rows.records) write_row(text, r);
    dataset ds;
    dataset_builder builder{ds};
    reader r{text};
    std::size_t i = 0;
    while (const record* row = r.next()) {
        CHECK(*row == rows.records[i]);  // the written row reads back to the same record
        CHECK(builder.add(*row) == import_skip::none);
        ++i;
    }
    CHECK(r.summary().ok());
    REQUIRE(i == data::astana_2024.events.size());
    for (std::size_t k = 0; k < i; ++k) {
        const event& original = data::astana_2024.events[k];
        const event& again = ds.view().events[k];
        CAPTURE(original.id.str());
        CHECK(again.date == original.date);
        CHECK(again.cameo == original.cameo);
        CHECK(again.plover == original.plover);
        CHECK(again.goldstein == original.goldstein);
        CHECK(again.quad_class == original.quad_class);
    }
    CHECK(problems(ds.view()).empty());
}

TEST_CASE("gdelt mapping: codes that differ only in case are two actors (GDELT's ethnic code ner is not Niger, NER)") {
    dataset ds;
    dataset_builder builder{ds};
    const std::string text = lines({join(with(with(with(with(v2_fields(), 1, "1"), 16, "NER"), 17, "NIGER"), 18, "NER")),
                                    join(with(with(with(with(v2_fields(), 1, "2"), 16, "ner"), 17, "NUER"), 18, ""))});
    reader r{text};
    while (const record* row = r.next()) REQUIRE(builder.add(*row) == import_skip::none);
    const dataset_view v = ds.view();
    REQUIRE(v.actors.size() == 3);  // CHNGOV, NER, ner
    CHECK(v.actors[1].id == actor_id{"cameo-ner"});
    CHECK(v.actors[1].name == "NIGER");
    CHECK(v.actors[1].kind == actor_kind::state);
    CHECK(v.actors[2].id == actor_id{"cameo-ner.2"});
    CHECK(v.actors[2].name == "NUER");
    CHECK(v.actors[2].kind == actor_kind::organisation);
    CHECK(find_event(ds, "gdelt-2")->recipients[0] == actor_id{"cameo-ner.2"});
    CHECK(problems(v).empty());
}

TEST_CASE("gdelt mapping: places whose ids would be cut to one are two places") {
    dataset ds;
    dataset_builder builder{ds};
    const std::string stem(70, 'x');
    const std::string text = lines({join(with(with(with(v2_fields(), 1, "1"), 53, stem + " North"), 59, "")),
                                    join(with(with(with(v2_fields(), 1, "2"), 53, stem + " South"), 59, ""))});
    reader r{text};
    while (const record* row = r.next()) REQUIRE(builder.add(*row) == import_skip::none);
    const dataset_view v = ds.view();
    REQUIRE(v.places.size() == 2);
    CHECK(v.places[0].id.str() == ("geo-4-" + stem).substr(0, 64));
    CHECK(v.places[1].id.str() == ("geo-4-" + stem).substr(0, 62) + ".2");
    CHECK(v.places[1].name == stem + " South");
    CHECK(problems(v).empty());
}

TEST_CASE("gdelt mapping: an actor's kind follows the shared rule of sector codes (MED and JRN are media)") {
    dataset ds;
    dataset_builder builder{ds};
    const std::string text = lines({join(with(with(with(v2_fields(), 1, "1"), 6, "CHNMED"), 13, "MED")),
                                    join(with(with(with(v2_fields(), 1, "2"), 6, "CHNJRN"), 13, "JRN"))});
    reader r{text};
    while (const record* row = r.next()) REQUIRE(builder.add(*row) == import_skip::none);
    const dataset_view v = ds.view();
    REQUIRE(v.actors.size() == 3);  // CHNMED, KAZ, CHNJRN
    CHECK(v.actors[0].kind == actor_kind::media);
    CHECK(v.actors[2].id == actor_id{"cameo-chnjrn"});
    CHECK(v.actors[2].kind == actor_kind::media);  // was an organisation before the rule was shared
}
