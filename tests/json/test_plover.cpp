// SPDX-License-Identifier: BSL-1.0
// Tests of io/plover_writer.hpp and io/plover_reader.hpp: events as PLOVER JSONL, and PLOVER's
// dialects (the manual's fields, the gold standard's camelCase, ICEWS-derived records) read back.
// The records in this file are written for the tests; the real files are read only from
// BILATERAL_DATA_DIR.
#include <bilateral/io/plover_reader.hpp>
#include <bilateral/io/plover_writer.hpp>

#include <bilateral/codes/plover.hpp>
#include <bilateral/core/validate.hpp>
#include <bilateral/data/astana_2024.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/query.hpp>

#include <doctest/doctest.h>

#include "../test_files.hpp"

#include <simdjson.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

using namespace bilateral;

static_assert(is_plover_nonstate_code("IGO") && is_plover_nonstate_code("MNC"));
static_assert(!is_plover_nonstate_code("USA") && !is_plover_nonstate_code("GOV"));
static_assert(geonames_feature_class(place_kind::city) == "P" && geonames_feature_class(place_kind::country) == "A");
static_assert(named_enum<plover_dialect> && to_string(plover_dialect::plover_gsr) == "plover_gsr");
static_assert(named_enum<plover_framing> && to_string(plover_framing::concatenated) == "concatenated");
static_assert(!std::is_copy_constructible_v<plover_read_result>);
static_assert(std::is_same_v<decltype(to_plover(std::declval<const dataset_view&>())), std::string>);

namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        out.push_back(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    }
    return out;
}

std::vector<std::string> described(const std::vector<problem>& problems) {
    std::vector<std::string> out;
    for (const problem& p : problems) out.push_back(describe(p));
    return out;
}

const actor* actor_named(const dataset_view& data, std::string_view name) {
    for (const actor& a : data.actors)
        if (a.name == name) return &a;
    return nullptr;
}

const problem* loss_of(const plover_read_result& r, std::string_view field, std::string_view what_starts) {
    for (const problem& l : r.losses)
        if (l.field == field && l.message.view().starts_with(what_starts)) return &l;
    return nullptr;
}

// Two records in the gold standard's camelCase dialect, written for these tests.
constexpr std::string_view camel_case_records =
    R"({"id": "TEST-GSR-DEMAND-0001", "date": "2001-05-04", "source": [{"actorText": "Kazakh officials", "code": "KAZ", "sector": "GOV"}], "target": [{"actorText": "the Chinese delegation", "code": "CHN", "sector": "GOVkaz"}], "event": "DEMAND", "eventText": "asked for talks", "context": "diplomatic, economic", "mode": "", "text": "Kazakh officials asked the Chinese delegation for talks.", "textInfo": {"markup": "(SRC: Kazakh officials) (EVT: asked) ..."}, "language": "en", "publication": "Test wire", "coder": "by hand", "version": "0.1", "dateCoded": "2024-01-02"})"
    "\n"
    R"({"id": "TEST-GSR-AGREE-0002", "date": "2001-05-05", "source": [{"actorText": "UN", "code": "IGO"}, {"actorText": "Kazakh officials", "code": "KAZ", "sector": "GOV"}], "target": "", "event": "AGREE", "eventText": "agreed", "eventLoc": {"name": "Geneva", "country code": "CH"}, "text": "They agreed.", "language": "en", "publication": "Test wire", "coder": "by hand", "dateCoded": "2024-01-02"})"
    "\n";

// An ICEWS-derived record, indented over many lines as the OEDA converter writes them.
constexpr std::string_view icews_records = R"({
  "ccode": "KAZ",
  "citation": null,
  "codedDate": "2024-01-03",
  "coder": "by hand",
  "comment": "",
  "country": "Kazakhstan",
  "date": "2024-01-01",
  "enddate": "2024-01-01",
  "event": "141",
  "eventText": "Demonstrate or rally",
  "headline": "A rally in Almaty",
  "id": "1001",
  "language": [
    "en"
  ],
  "location": [
    {
      "city": "Almaty",
      "country": "Kazakhstan",
      "district": "NULL",
      "lat": "43.25",
      "long": "76.95",
      "province": "Almaty Region"
    }
  ],
  "publication": "Test wire",
  "size": null,
  "text": "People rallied in Almaty.",
  "year": "2024"
}
{
  "ccode": "KAZ",
  "date": "2024-01-02",
  "event": "042",
  "id": "1002",
  "location": [],
  "publication": "Test wire",
  "headline": "A visit"
}
)";

}  // namespace

TEST_CASE("plover jsonl: the Astana events are written one record per line with the PLOVER manual's field names") {
    plover_write_report report;
    const std::string text = to_plover(data::astana_2024, &report);
    const auto lines = lines_of(text);
    CHECK(text.ends_with('\n'));
    const auto typed = std::count_if(data::astana_2024.events.begin(), data::astana_2024.events.end(),
                                     [](const event& e) { return e.plover != plover_event::none; });
    CHECK(lines.size() == static_cast<std::size_t>(typed));
    CHECK(report.written == lines.size());
    REQUIRE(report.without_type.size() == 1);
    CHECK(report.without_type.front() == data::astana_2024_ids::flypast);  // CAMEO 017: PLOVER drops root 01
    CHECK(report.unresolved_references == 0);
    REQUIRE(report.problems().size() == 1);
    CHECK(report.problems()[0].id == data::astana_2024_ids::flypast.str());
    CHECK(report.problems()[0].count == 1);

    simdjson::dom::parser parser;
    for (std::string_view line : lines) {
        CAPTURE(line);
        simdjson::dom::object record;
        REQUIRE(parser.parse(line).get_object().get(record) == simdjson::SUCCESS);
        std::vector<std::string_view> keys;
        for (const auto field : record) keys.push_back(field.key);
        for (std::string_view required : {"id", "date", "actor", "event"})
            CHECK(std::find(keys.begin(), keys.end(), required) != keys.end());
        for (std::string_view key : keys)
            CHECK(std::string_view{"id date actor recipient event mode context event_text quad_code event_scale "
                                   "event_scale_table cameo_code event_loc cite_info"}
                      .find(key) != std::string_view::npos);
        for (const auto entity : record["actor"].get_array())
            for (const auto field : entity.get_object())
                CHECK(std::string_view{"code sector entity_text identifier_id"}.find(field.key) != std::string_view::npos);
    }
    CHECK(lines.front().starts_with(R"({"id": "xi-visit-to-kazakhstan", "date": "2024-07-03", "actor": [{"code": "CHN", "sector": "GOV", "entity_text": "Xi Jinping", "identifier_id": "Q15031"}], "recipient": [{"code": "KAZ", "entity_text": "Kazakhstan", "identifier_id": "Q232"}], "event": "CONSULT", "mode": "visit", )"));
    CHECK(lines.front().find(R"("quad_code": 1, "event_scale": 1.9, "event_scale_table": "gdelt", "cameo_code": "042", "event_loc": {"name": "Kazakhstan", "country code": "KZ", "feature class": "A"}, "cite_info": {"citation": "akorda-2024-07-03-xi-tokayev", "publication": "Akorda press service")") != std::string_view::npos);
}

TEST_CASE("plover jsonl: an entity's code is its country's alpha-3 code, or a non-state code; sectors run together") {
    static constexpr sector_code igo[] = {sector_code{"IGO"}, sector_code{"GOV"}};
    static constexpr sector_code gov_media[] = {sector_code{"GOV"}, sector_code{"MED"}};
    static constexpr actor actors[] = {
        {.id = actor_id{"un"}, .kind = actor_kind::organisation, .name = "UN", .sectors = igo, .wikidata = "Q1065"},
        {.id = actor_id{"press"}, .kind = actor_kind::media, .name = "Akorda press service", .country = country{"KZ"},
         .sectors = gov_media}};
    static constexpr actor_id who[] = {actor_id{"press"}};
    static constexpr actor_id whom[] = {actor_id{"un"}, actor_id{"nobody"}};
    static constexpr event events[] = {{.id = event_id{"e"}, .date = date{2024, 7, 3}, .place = place_id{"nowhere"},
                                        .participants = who, .recipients = whom, .plover = plover_event::support}};
    static constexpr dataset_view data{.actors = actors, .events = events};
    plover_write_report report;
    const std::string text = to_plover(data, &report);
    CHECK(text == R"({"id": "e", "date": "2024-07-03", "actor": [{"code": "KAZ", "sector": "GOVMED", "entity_text": "Akorda press service"}], )"
                  R"("recipient": [{"code": "IGO", "sector": "GOV", "entity_text": "UN", "identifier_id": "Q1065"}, {"entity_text": "nobody"}], )"
                  R"("event": "SUPPORT", "event_loc": {"name": "nowhere"}})" "\n");
    CHECK(report.unresolved_references == 2);  // the actor "nobody" and the place "nowhere"
    const std::vector<problem> left_out = report.problems();
    REQUIRE(left_out.size() == 1);
    CHECK(left_out[0] == problem{.code = problem_code::unknown_reference,
                                 .severity = severity::loss,
                                 .message = "written as text: not a record of the dataset",
                                 .count = 2});
    CHECK(describe(left_out[0]) == "written as text: not a record of the dataset (2 times)");
    const plover_read_result read = read_plover(text);
    CHECK(read.ok());
    const actor* press = actor_named(read.data.view(), "Akorda press service");
    REQUIRE(press != nullptr);
    CHECK(press->sectors == list_view<sector_code>{gov_media});
    const actor* un = actor_named(read.data.view(), "UN");
    REQUIRE(un != nullptr);
    CHECK(un->sectors == list_view<sector_code>{igo});
    CHECK(un->wikidata == "Q1065");
    CHECK(un->kind == actor_kind::organisation);
}

TEST_CASE("plover jsonl: an actor's country that is not an ISO code is not written, and the report counts it") {
    static constexpr actor actors[] = {{.id = actor_id{"kz"}, .kind = actor_kind::state, .name = "Kazakhstan", .country = country{"kz"}},
                                       {.id = actor_id{"cn"}, .kind = actor_kind::state, .name = "China", .country = country{"CN"}}};
    static constexpr actor_id who[] = {actor_id{"kz"}, actor_id{"cn"}};
    static constexpr event events[] = {{.id = event_id{"e"}, .date = date{2024, 7, 3}, .participants = who, .plover = plover_event::consult}};
    plover_write_report report;
    const std::string text = to_plover(dataset_view{.actors = actors, .events = events}, &report);
    CHECK(text.find(R"({"entity_text": "Kazakhstan"})") != std::string::npos);
    CHECK(report.countries_not_written == 1);
    const std::vector<problem> left_out = report.problems();
    REQUIRE(left_out.size() == 1);
    CHECK(left_out[0].code == problem_code::not_held);
    CHECK(left_out[0].severity == severity::loss);
    CHECK(left_out[0].field == "actor.country");
    CHECK(left_out[0].count == 1);
    CHECK(describe(left_out[0]) == "actor.country: not written: not an ISO 3166-1 code (PLOVER's code is an alpha-3 code)");
}

TEST_CASE("plover jsonl: events without an id, a PLOVER type or a date are not written, and the report lists them") {
    static constexpr event events[] = {
        {.id = event_id{"ok"}, .date = date{2023}, .plover = plover_event::agree},
        {.id = event_id{"no-type"}, .date = date{2024, 7, 3}, .cameo = cameo_code{"017"}},
        {.id = event_id{"no-date"}, .plover = plover_event::agree},
        {.id = event_id{"bad-date"}, .date = date{2024, 2, 30}, .plover = plover_event::agree},
        {.date = date{2024, 7, 3}, .plover = plover_event::agree}};
    plover_write_report report;
    const std::string text = to_plover(dataset_view{.events = events}, &report);
    CHECK(text == R"({"id": "ok", "date": "2023", "actor": [], "event": "AGREE"})" "\n");
    CHECK(report.written == 1);
    CHECK(report.without_type == std::vector<event_id>{event_id{"no-type"}});
    CHECK(report.without_date == std::vector<event_id>{event_id{"no-date"}, event_id{"bad-date"}});
    CHECK(report.without_id == 1);
    CHECK(read_plover(text).data.view().events[0].date == date{2023});  // a partial date is read back as such

    // The same, through the one problem type: one loss per kind, counted, with the first id.
    const std::vector<problem> left_out = report.problems();
    REQUIRE(left_out.size() == 3);
    CHECK(left_out[0] == problem{.code = problem_code::not_written,
                                 .severity = severity::loss,
                                 .record = "event",
                                 .id = "no-type",
                                 .field = "plover",
                                 .message = "not written: no PLOVER event type"});
    CHECK(left_out[1] == problem{.code = problem_code::not_written,
                                 .severity = severity::loss,
                                 .record = "event",
                                 .id = "no-date",
                                 .field = "date",
                                 .message = "not written: no date, or not a calendar date",
                                 .count = 2});
    CHECK(left_out[2] == problem{.code = problem_code::not_written,
                                 .severity = severity::loss,
                                 .record = "event",
                                 .field = "id",
                                 .message = "not written: no id"});
    CHECK(describe(left_out[0]) == "event `no-type`: plover not written: no PLOVER event type");
    CHECK(describe(left_out[1]) == "event `no-date`: date not written: no date, or not a calendar date (2 times)");
    // Nothing left out, no problem.
    plover_write_report clean;
    CHECK(to_plover(dataset_view{.events = std::span{events, 1}}, &clean) == text);
    CHECK(clean.problems().empty());
}

TEST_CASE("plover jsonl: events written, read and written again are the same records") {
    const std::string written = to_plover(data::astana_2024);
    const plover_read_result read = read_plover(written);
    CHECK(described(read.problems).empty());
    CHECK(read.losses.empty());
    CHECK(read.dialect() == "plover");
    CHECK(read.framing == plover_framing::jsonl);
    CHECK(to_plover(read.data.view()) == written);
    CHECK(is_valid(read.data.view()));
}

TEST_CASE("plover jsonl: read events keep their ids, dates, codes, Goldstein values, places and sources") {
    const plover_read_result read = read_plover(to_plover(data::astana_2024));
    const dataset_view got = read.data.view();
    CHECK(got.events.size() == data::astana_2024.events.size() - 1);
    for (const event& e : got.events) {
        CAPTURE(e.id.str());
        const event* want = find(data::astana_2024, e.id);
        REQUIRE(want != nullptr);
        CHECK(e.date == want->date);
        CHECK(e.cameo == want->cameo);
        CHECK(e.plover == want->plover);
        CHECK(e.plover_mode == want->plover_mode);
        CHECK(e.plover_context == want->plover_context);
        CHECK(e.goldstein == want->goldstein);
        CHECK(e.quad_class == want->quad_class);
        CHECK(e.description == want->description);
        CHECK(e.evidence.source == want->evidence.source);
        REQUIRE(e.participants.size() == want->participants.size());
        for (std::size_t i = 0; i < e.participants.size(); ++i)
            CHECK(find(got, e.participants[i])->name == find(data::astana_2024, want->participants[i])->name);
        if (!want->place.empty()) CHECK(find(got, e.place)->name == find(data::astana_2024, want->place)->name);
    }
    const actor* xi = actor_named(got, "Xi Jinping");
    REQUIRE(xi != nullptr);
    CHECK(xi->id == actor_id{"xi-jinping"});
    CHECK(xi->country == country{"CN"});
    CHECK(xi->wikidata == "Q15031");
    CHECK(xi->kind == actor_kind::government_body);  // PLOVER has no actor kind; the GOV sector says this much
    const source* report = find(got, data::astana_2024_ids::akorda_report);
    REQUIRE(report != nullptr);
    CHECK(report->publisher == "Akorda press service");
    CHECK(report->language == "en");
}

TEST_CASE("plover jsonl: JSONL, a JSON array and concatenated indented records are all read") {
    const std::string jsonl = to_plover(data::astana_2024);
    std::string array = "[\n";
    std::string concatenated;
    for (std::string_view line : lines_of(jsonl)) {
        array += (array.size() > 2 ? ",\n  " : "  ") + std::string{line};
        // The same record over several lines: a line break after each comma between members.
        std::string spread{line};
        for (std::size_t at = 0; (at = spread.find(R"(", ")", at)) != std::string::npos; at += 3) spread.insert(at + 2, "\n  ");
        concatenated += spread + "\n";
    }
    array += "\n]\n";
    const plover_read_result from_jsonl = read_plover(jsonl);
    const plover_read_result from_array = read_plover(array);
    const plover_read_result from_concatenated = read_plover(concatenated);
    CHECK(from_jsonl.framing == plover_framing::jsonl);
    CHECK(from_array.framing == plover_framing::json_array);
    CHECK(from_concatenated.framing == plover_framing::concatenated);
    for (const plover_read_result* r : {&from_array, &from_concatenated}) {
        CHECK(described(r->problems).empty());
        CHECK(r->records == from_jsonl.records);
        CHECK(r->data.view() == from_jsonl.data.view());
    }
    const plover_read_result nothing = read_plover("\n \n");
    CHECK(nothing.ok());
    CHECK(nothing.records == 0);
}

TEST_CASE("plover jsonl: the gold standard's camelCase dialect is read, and what it loses is counted") {
    const plover_read_result r = read_plover(camel_case_records);
    CHECK(described(r.problems).empty());
    CHECK(r.dialect() == "plover_gsr");
    CHECK(r.records == 2);
    REQUIRE(r.events == 2);
    const dataset_view got = r.data.view();
    const event& demand = got.events[0];
    CHECK(demand.id == event_id{"test-gsr-demand-0001"});
    CHECK(demand.date == date{2001, 5, 4});
    CHECK(demand.plover == plover_event::request);  // PLOVER 0.5 DEMAND is CAMEO 10, REQUEST in 2021
    CHECK(demand.evidence.basis == evidence_basis::inferred);
    CHECK(demand.evidence.note.find("DEMAND") != std::string_view::npos);
    CHECK(demand.plover_context == plover_word{"diplomatic"});
    CHECK(demand.description == "asked for talks");
    REQUIRE(demand.participants.size() == 1);
    CHECK(find(got, demand.participants[0])->name == "Kazakh officials");
    CHECK(find(got, demand.participants[0])->country == country{"KZ"});
    REQUIRE(demand.recipients.size() == 1);
    CHECK(find(got, demand.recipients[0])->sectors.size() == 1);  // "GOVkaz": GOV, and an ethnic code it cannot hold
    const source* wire = find(got, demand.evidence.source);
    REQUIRE(wire != nullptr);
    CHECK(wire->publisher == "Test wire");
    CHECK(wire->language == "en");

    const event& agree = got.events[1];
    CHECK(agree.participants.size() == 2);
    CHECK(agree.recipients.empty());                 // "target": "" is no recipient, and loses nothing
    CHECK(agree.participants[1] == demand.participants[0]);  // one actor per distinct entity
    const actor* un = find(got, agree.participants[0]);
    CHECK(un->sectors[0] == sector_code{"IGO"});
    CHECK(!un->country.known());
    CHECK(find(got, agree.place)->name == "Geneva");
    CHECK(find(got, agree.place)->country == country{"CH"});

    CHECK(r.lost("text") == 2);
    CHECK(r.lost("textInfo") == 1);
    CHECK(r.lost("coder") == 2);
    CHECK(r.lost("version") == 1);
    CHECK(r.lost("dateCoded") == 2);
    CHECK(r.lost("id") == 2);  // lower-cased
    const problem* second_context = loss_of(r, "context", "not held: a second context");
    REQUIRE(second_context != nullptr);
    CHECK(second_context->value == "economic");
    const problem* ethnic = loss_of(r, "target[].sector", "not held: a part");
    REQUIRE(ethnic != nullptr);
    CHECK(ethnic->value == "kaz");
    const problem* legacy = loss_of(r, "event", "changed: a PLOVER 0.5 type");
    REQUIRE(legacy != nullptr);
    CHECK(legacy->value == "DEMAND -> REQUEST");
    CHECK(r.lost("eventLoc.feature class") == 1);
    CHECK(r.lost("mode") == 0);  // "" is no mode, not a loss
}

TEST_CASE("plover jsonl: a scale value without a known table is a loss, reported with its sign") {
    const plover_read_result r = read_plover(
        R"({"id": "e1", "date": "2024-07-03", "actor": [{"code": "KAZ"}], "event": "CONSULT", "event_scale": -0.5, "event_scale_table": "unknown"})"
        "\n");
    CHECK(described(r.problems).empty());
    REQUIRE(r.data.view().events.size() == 1);
    CHECK_FALSE(r.data.view().events[0].goldstein.has_value());
    const problem* lost = loss_of(r, "event_scale", "not held");
    REQUIRE(lost != nullptr);
    CHECK(lost->value == "-0.5");
    // A loss is a problem of its own code and severity, counted, with an example.
    CHECK(lost->code == problem_code::not_held);
    CHECK(lost->severity == severity::loss);
    CHECK(lost->count == 1);
    CHECK(describe(*lost) ==
          "event_scale: `-0.5`: not held: a scale value without a Goldstein table the model knows (event_scale_table)");
}

TEST_CASE("plover jsonl: ICEWS-derived records are read, their CAMEO code mapped to PLOVER") {
    const plover_read_result r = read_plover(icews_records);
    CHECK(described(r.problems).empty());
    CHECK(r.framing == plover_framing::concatenated);
    CHECK(r.dialect() == "icews_derived");
    REQUIRE(r.events == 2);
    const dataset_view got = r.data.view();
    const event& rally = got.events[0];
    CHECK(rally.id == event_id{"1001"});
    CHECK(rally.cameo == cameo_code{"141"});
    const auto* mapped = codes::find_cameo_to_plover("141");
    REQUIRE(mapped != nullptr);
    CHECK(to_string(rally.plover) == mapped->event);
    CHECK(rally.plover_mode.str() == mapped->mode);
    CHECK(rally.quad_class == quad_class::material_conflict);
    CHECK(rally.evidence.basis == evidence_basis::inferred);
    const place* almaty = find(got, rally.place);
    REQUIRE(almaty != nullptr);
    CHECK(almaty->name == "Almaty");
    CHECK(almaty->kind == place_kind::city);
    CHECK(almaty->country == country{"KZ"});
    CHECK(find(got, almaty->part_of)->name == "Almaty Region");
    const source* wire = find(got, rally.evidence.source);
    REQUIRE(wire != nullptr);
    CHECK(wire->title == "A rally in Almaty");
    CHECK(wire->language == "en");
    CHECK(r.lost("location[].lat") == 1);
    CHECK(r.lost("location[].long") == 1);
    CHECK(r.lost("location[].district") == 0);  // "NULL" is ICEWS's "not given"
    CHECK(r.lost("enddate") == 0);              // the same as the date
    CHECK(r.lost("year") == 0);
    CHECK(r.lost("text") == 1);
    // Without a location, the place is the country of "ccode".
    CHECK(find(got, got.events[1].place)->kind == place_kind::country);
    CHECK(got.events[1].plover == plover_event::consult);
}

TEST_CASE("plover jsonl: a DOCUMENT record documents the file: it is read as a source, not an event") {
    const plover_read_result r = read_plover(
        R"({"id": "TEST-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "Records written for a test.", "publication": "Test desk", "dateCoded": "2024-01-02", "license": "none"})"
        "\n");
    CHECK(described(r.problems).empty());
    CHECK(r.events == 0);
    CHECK(r.documents == 1);
    const source* doc = find(r.data.view(), source_id{"test-document-0001"});
    REQUIRE(doc != nullptr);
    CHECK(doc->title == "Records written for a test.");
    CHECK(doc->publisher == "Test desk");
    CHECK(doc->date == date{2024, 1, 2});
    CHECK(r.lost("license") == 1);
}

TEST_CASE("plover jsonl: records that cannot be events are problems, located by line or path; reading goes on") {
    const plover_read_result r = read_plover(
        R"({"id": "a", "date": "2024-01-01", "actor": [], "event": "AGREE"})" "\n"
        R"({"id": "b", "date": "2024-01-01" "event": "AGREE"})" "\n"
        R"({"date": "2024-01-01", "event": "AGREE"})" "\n"
        R"({"id": "c", "date": "2024-02-30", "event": "AGREE"})" "\n"
        R"({"id": "d", "date": "2024-01-01", "event": "FROLIC"})" "\n"
        R"([1, 2])" "\n"
        "\n"
        R"({"id": 7, "date": "2024-01-01", "event": ["AGREE", "CONSULT"]})" "\n"
        R"({"id": "e", "event": "AGREE"})" "\n");
    CHECK(described(r.problems) ==
          std::vector<std::string>{
              "line 2, column 34: invalid JSON: The JSON document has an improper structure: missing or superfluous "
              "commas, braces, missing keys, etc.",
              "line 3 ($.id): missing field \"id\"",
              "line 4 ($.date): expected a date \"YYYY-MM-DD\" that exists, got \"2024-02-30\"",
              "line 5 ($.event): expected a PLOVER event type (AGREE, CONSULT, \u2026 ASSAULT) or a CAMEO code, got "
              "\"FROLIC\"",
              "line 6 ($): expected a PLOVER record (an object), got [1,2]",
              "line 9 ($.date): missing field \"date\" (YYYY-MM-DD)"});
    // Each has a stable code, and is an error.
    std::vector<problem_code> codes;
    for (const problem& p : r.problems) {
        CHECK(p.severity == severity::error);
        codes.push_back(p.code);
    }
    CHECK(codes == std::vector<problem_code>{problem_code::invalid_syntax, problem_code::missing_field,
                                             problem_code::invalid_date, problem_code::unknown_code,
                                             problem_code::wrong_type, problem_code::missing_field});
    CHECK(r.records == 8);
    CHECK(r.events == 2);  // a record with a problem adds nothing to the dataset
    CHECK(r.data.view().events.size() == 2);
    CHECK(find(r.data.view(), event_id{"7"}) != nullptr);  // a numeric id is text too
    CHECK(r.lost("event") == 1);  // the second event type

    const plover_read_result in_array =
        read_plover(R"([{"id": "a", "date": "2024-01-01", "event": "AGREE"}, {"id": "b", "date": 2024, "event": "AGREE"}])");
    CHECK(described(in_array.problems) == std::vector<std::string>{"$[1].date: expected a date \"YYYY-MM-DD\", got 2024"});
    CHECK(in_array.problems[0].code == problem_code::wrong_type);
    CHECK(read_plover("{\"id\": true, \"date\": \"2024-01-01\", \"event\": \"AGREE\"}\n").problems.at(0).code ==
          problem_code::wrong_type);
    CHECK(read_plover("{\"id\": \"--\", \"date\": \"2024-01-01\", \"event\": \"AGREE\"}\n").problems.at(0).code ==
          problem_code::malformed_id);
    CHECK(read_plover("{\"id\": \"a\", \"date\": \"2024-01-01\", \"event\": 7}\n").problems.at(0).code ==
          problem_code::wrong_type);
    CHECK(read_plover("{\"id\": \"a\", \"date\": \"2024-01-01\", \"event\": \"AGREE\"}\n\xff\n").problems.at(0).code ==
          problem_code::invalid_utf8);
    CHECK(read_plover("{\"id\": \"a\"}").problems.at(0).code == problem_code::missing_field);
    CHECK(read_plover(R"({"x": 1})").problems.size() == 3);  // no id, no event type, no date

    const plover_read_result broken_stream = read_plover("{\n  \"id\": \"a\",\n  \"date\": \"2024-01-01\",\n  \"event\": \"AGREE\"\n}\n{\n  \"id\": \"b\",\n  \"date\": tru\n}\n");
    REQUIRE(broken_stream.problems.size() == 1);
    CHECK(broken_stream.problems.front().line == 8);
    CHECK(broken_stream.problems.front().code == problem_code::invalid_syntax);
    CHECK(broken_stream.events == 1);

    const plover_read_result capped = read_plover("[1, 2, 3, 4]", {.max_problems = 2});
    CHECK(capped.problems.size() == 2);
    CHECK(capped.unlisted_problems == 2);
}

TEST_CASE("plover jsonl: 100,000 records with one id are read in linear time, each given its own suffix") {
    // Before the suffix search remembered where it stopped, this took hours (10,000: 2.9 s).
    constexpr std::size_t n = 100'000;
    std::string text;
    for (std::size_t i = 0; i < n; ++i)
        text += R"({"id": "same", "date": "2024-01-01", "event": "AGREE", "actor": [{"entity_text": "Astana", "code": "KAZ"}], "cite_info": {"citation": "wire", "publication": "Wire", "title": "T"}})" "\n";
    const plover_read_result r = read_plover(text);
    CHECK(r.ok());
    REQUIRE(r.data.view().events.size() == n);
    CHECK(r.data.view().events[0].id == event_id{"same"});
    CHECK(r.data.view().events[1].id == event_id{"same.2"});
    CHECK(r.data.view().events[n - 1].id.str() == "same." + std::to_string(n));
    CHECK(loss_of(r, "id", "changed: an id given before")->count == n - 1);
    CHECK(problems(r.data.view()).empty());
}

TEST_CASE("plover jsonl: an id that is a suffixed form of another still gets a unique one") {
    const plover_read_result r = read_plover(
        R"({"id": "a", "date": "2024-01-01", "event": "AGREE", "actor": [{"entity_text": "X"}], "publication": "W", "headline": "T"})" "\n"
        R"({"id": "a.2", "date": "2024-01-01", "event": "AGREE", "actor": [{"entity_text": "X"}], "publication": "W", "headline": "T"})" "\n"
        R"({"id": "a", "date": "2024-01-01", "event": "AGREE", "actor": [{"entity_text": "X"}], "publication": "W", "headline": "T"})" "\n"
        R"({"id": "a", "date": "2024-01-01", "event": "AGREE", "actor": [{"entity_text": "X"}], "publication": "W", "headline": "T"})" "\n");
    REQUIRE(r.data.view().events.size() == 4);
    CHECK(r.data.view().events[2].id == event_id{"a.3"});
    CHECK(r.data.view().events[3].id == event_id{"a.4"});
    CHECK(problems(r.data.view()).empty());
}

TEST_CASE("plover jsonl: only CAMEO actor types are held as sectors; religions, ethnic groups and unknown codes are counted losses") {
    const plover_read_result r = read_plover(
        R"({"id": "e", "date": "2024-01-01", "event": "ACCUSE", "actor": [{"entity_text": "Paper", "code": "LBN", "sector": "JRNCHR"}, {"entity_text": "Hackers", "code": "ISM", "sector": "MOS"}, {"entity_text": "Ministry", "code": "KAZ", "sector": "GOVPTY"}], "publication": "W", "headline": "T"})" "\n");
    CHECK(r.ok());
    const actor* paper = actor_named(r.data.view(), "Paper");
    const actor* hackers = actor_named(r.data.view(), "Hackers");
    const actor* ministry = actor_named(r.data.view(), "Ministry");
    REQUIRE((paper && hackers && ministry));
    CHECK(paper->sectors.empty());
    CHECK(paper->kind == actor_kind::media);  // JRN still says what kind of actor it is
    CHECK(hackers->sectors.empty());
    static constexpr sector_code gov[] = {sector_code{"GOV"}};
    CHECK(ministry->sectors == list_view<sector_code>{gov});
    CHECK(ministry->kind == actor_kind::government_body);
    CHECK(loss_of(r, "actor[].sector", "not held: not a CAMEO actor type")->count == 4);  // JRN CHR MOS PTY
    CHECK(loss_of(r, "actor[].code", "not held: a PLOVER non-state code")->value == "ISM");
    CHECK(problems(r.data.view()).empty());
}

TEST_CASE("plover jsonl: a name, place or citation that is already a well-formed id is its id as written") {
    const plover_read_result r = read_plover(
        R"({"id": "e", "date": "2024-01-01", "event": "CONSULT", "actor": [{"entity_text": "unit--7", "code": "KAZ"}, {"entity_text": "Unit 7", "code": "KAZ"}], "event_loc": {"name": "site-", "feature class": "P"}, "cite_info": {"citation": "wire--1", "publication": "W", "title": "T"}})" "\n");
    CHECK(r.ok());
    const dataset_view v = r.data.view();
    REQUIRE(v.actors.size() == 2);
    CHECK(v.actors[0].id == actor_id{"unit--7"});  // kept as written, as every reader keeps ids
    CHECK(v.actors[1].id == actor_id{"unit-7"});   // words: the space is one '-'
    REQUIRE(v.places.size() == 1);
    CHECK(v.places[0].id == place_id{"site-"});
    CHECK(v.sources[0].id == source_id{"wire--1"});
    CHECK(problems(v).empty());
}

TEST_CASE("plover jsonl: a lower-case country code is read upper-cased, with a counted note") {
    const plover_read_result r = read_plover(
        R"({"id": "e", "date": "2024-01-01", "event": "AGREE", "actor": [{"entity_text": "Syria", "code": "syr"}], "recipient": [{"entity_text": "Kazakhstan", "code": "Kaz"}], "event_loc": {"name": "Astana", "country code": "kz", "feature class": "P"}, "publication": "W", "headline": "T"})" "\n");
    CHECK(r.ok());
    REQUIRE(actor_named(r.data.view(), "Syria") != nullptr);
    CHECK(actor_named(r.data.view(), "Syria")->country == country{"SY"});
    CHECK(actor_named(r.data.view(), "Kazakhstan")->country == country{"KZ"});
    REQUIRE(r.data.view().places.size() == 1);
    CHECK(r.data.view().places[0].country == country{"KZ"});
    const problem* note = loss_of(r, "country", "normalised to upper case");
    REQUIRE(note != nullptr);
    CHECK(note->count == 3);
    CHECK((note->code == problem_code::not_held && note->severity == severity::loss));
    CHECK(describe(*note) == "country: `syr`: normalised to upper case (3 times)");
    CHECK(note->value == "syr");
    CHECK(problems(r.data.view()).empty());
}

TEST_CASE("plover jsonl: what a valid dataset needs and a record lacks is filled in, and the note counts it") {
    // No actor, no source, an entity with only a code, a source without a title, a quad code
    // that disagrees with the CAMEO code, and a CAMEO code that is not in the codebook.
    const plover_read_result r = read_plover(
        R"({"id": "a", "date": "2024-01-01", "event": "ASSAULT", "recipient": [{"code": "IRQ"}]})" "\n"
        R"({"id": "b", "date": "2024-01-01", "event": "AGREE", "actor": [{"code": "KAZ"}], "publication": "Wire", "quad_code": 4, "cameo_code": "057"})" "\n"
        R"({"id": "c", "date": "2024-01-01", "event": "AGREE", "actor": [{"code": "KAZ"}], "cite_info": {"title": "Talks"}, "cameo_code": "0999"})" "\n");
    CHECK(r.ok());
    REQUIRE(r.data.view().events.size() == 3);
    CHECK(problems(r.data.view()).empty());
    const event& a = r.data.view().events[0];
    REQUIRE(a.participants.size() == 1);
    CHECK(a.participants[0] == actor_id{"unknown-actor"});
    CHECK(a.evidence.source == source_id{"unknown-source"});
    CHECK(loss_of(r, "actor", "missing: no actor")->count == 1);
    CHECK(loss_of(r, "cite_info", "missing: no source")->count == 1);
    CHECK(actor_named(r.data.view(), "Iraq") != nullptr);
    CHECK(loss_of(r, "recipient[].entity_text", "missing: an entity without a name")->value == "Iraq");
    const event& b = r.data.view().events[1];
    CHECK(b.cameo == cameo_code{"057"});
    CHECK(b.quad_class == quad_class::verbal_cooperation);
    CHECK(loss_of(r, "quad_code", "not held: a quad code other than the CAMEO code's") != nullptr);
    CHECK(loss_of(r, "title", "missing: a source without a title")->value == "Wire");
    CHECK(r.data.view().events[2].cameo.empty());
    CHECK(loss_of(r, "cameo_code", "not held: not a code of the CAMEO codebook")->value == "\"0999\"");
    CHECK(loss_of(r, "publication", "missing: a source without a publisher")->value == "Talks");
}

TEST_CASE("plover jsonl: a number out of range is a counted loss of its field, or in the id a located problem") {
    const std::string rest = R"("date": "2024-01-01", "event": "AGREE", "actor": [{"entity_text": "A", "code": "KAZ"}], "publication": "W", "headline": "T")";
    const std::string jsonl = "{\"id\": \"a\", " + rest + ", \"score\": 123456789012345678901234567890}\n" +
                              "{\"id\": 123456789012345678901234567890, " + rest + "}\n" +
                              "{\"id\": \"c\", " + rest + ", \"event_scale\": 1e400}\n";
    const std::string array = "[{\"id\": \"a\", " + rest + ", \"score\": 123456789012345678901234567890},\n" +
                              " {\"id\": 123456789012345678901234567890, " + rest + "},\n" +
                              " {\"id\": \"c\", " + rest + ", \"event_scale\": 1e400}]";
    const std::string concatenated = "{\n \"id\": \"a\", " + rest + ", \"score\": 123456789012345678901234567890}\n" +
                                     "{\n \"id\": 123456789012345678901234567890, " + rest + "}\n" +
                                     "{\n \"id\": \"c\", " + rest + ", \"event_scale\": 1e400}\n";
    const std::string problem_of[] = {"line 2, column 8 ($.id): number out of range for id",
                                      "line 2, column 9 ($[1].id): number out of range for id",
                                      "line 4, column 8 ($.id): number out of range for id"};
    std::size_t i = 0;
    for (const std::string& text : {jsonl, array, concatenated}) {
        CAPTURE(text);
        const plover_read_result r = read_plover(text);
        CHECK(r.records == 3);
        CHECK(r.events == 2);  // a and c: the record whose id cannot be read is the only one lost
        CHECK(described(r.problems) == std::vector<std::string>{problem_of[i++]});
        CHECK(r.problems.at(0).code == problem_code::out_of_range);
        REQUIRE(loss_of(r, "score", "not held: a number out of range") != nullptr);
        CHECK(loss_of(r, "score", "not held: a number out of range")->value == "123456789012345678901234567890");
        CHECK(loss_of(r, "event_scale", "not held: a number out of range")->value == "1e400");
        CHECK(problems(r.data.view()).empty());
    }
}

TEST_CASE("plover jsonl: a byte order mark at the start is skipped in every framing; in mid-file it is located") {
    const std::string record = R"({"id": "a", "date": "2024-01-01", "event": "AGREE", "actor": [{"entity_text": "A", "code": "KAZ"}], "publication": "W", "headline": "T"})";
    for (const std::string& text : {record + "\n", "[" + record + "]", "{\n" + record.substr(1) + "\n"}) {
        const plover_read_result r = read_plover("\xEF\xBB\xBF" + text);
        CHECK(described(r.problems).empty());
        CHECK(r.events == 1);
    }
    const plover_read_result mid = read_plover(record + "\n\xEF\xBB\xBF" + record + "\n");
    CHECK(mid.events == 1);
    CHECK(described(mid.problems) ==
          std::vector<std::string>{"line 2, column 1: invalid JSON: a byte order mark (U+FEFF) in mid-file; only the first bytes of the input may be one"});
}

TEST_CASE("plover jsonl: a raw control character in a string is located by line and column") {
    using namespace std::string_view_literals;
    const plover_read_result r = read_plover("{\"id\": \"a\"}\n{\"id\": \"b\0\"}\n"sv);
    REQUIRE(r.problems.size() == 3);  // the first record has no date and no type
    CHECK(describe(r.problems.back()) == "line 2, column 10: invalid JSON: a control character (U+0000) in a string; write it as \\u0000");
}

#ifdef BILATERAL_DATA_DIR

namespace {
std::string data_file(std::string_view name) {
    return bilateral_test::file_bytes(std::string{BILATERAL_DATA_DIR} + "/plover/" + std::string{name});
}
}  // namespace

TEST_CASE("plover jsonl (real data): all 322 gold-standard events are read from the JSONL and the JSON array") {
    const plover_read_result jsonl = read_plover(data_file("plover_PLOVER_GSR_CAMEO.jsonl"));
    const plover_read_result array = read_plover(data_file("plover_PLOVER_GSR_CAMEO.json"));
    CHECK(jsonl.framing == plover_framing::jsonl);
    CHECK(array.framing == plover_framing::json_array);
    for (const plover_read_result* r : {&jsonl, &array}) {
        CHECK(described(r->problems).empty());
        CHECK(r->dialect() == "plover_gsr");
        CHECK(r->records == 323);
        CHECK(r->events == 322);
        CHECK(r->documents == 1);  // PLOVER-GSR01-DOCUMENT-0001, read as a source
        CHECK(r->data.view().events.size() == 322);
        // What the model cannot hold is counted by field: the sentence and its markup above all.
        CHECK(r->lost("text") == 322);
        CHECK(r->lost("textInfo") == 322);
        CHECK(r->lost("dateCoded") == 322);
        CHECK(loss_of(*r, "id", "changed: an id given before") != nullptr);  // PLOVER-GSR01-COERCE-0004 twice
        CHECK(loss_of(*r, "event", "changed: a PLOVER 0.5 type")->count == 76);
        CHECK(loss_of(*r, "target", "not held: neither a list")->value == "\"diplomatic\"");
    }
    CHECK(jsonl.data.view() == array.data.view());
    // Every event has a PLOVER type of 2021 and a date; ids are unique.
    for (const event& e : jsonl.data.view().events) {
        CHECK(e.plover != plover_event::none);
        CHECK(e.date == date{2000, 1, 1});
    }
    CHECK(find(jsonl.data.view(), event_id{"plover-gsr01-coerce-0004.2"}) != nullptr);
    // Written as PLOVER and read again, the events are the same.
    const std::string written = to_plover(jsonl.data.view());
    CHECK(lines_of(written).size() == 322);
    CHECK(to_plover(read_plover(written).data.view()) == written);
}

TEST_CASE("plover jsonl (real data): the ICEWS-derived samples are read as concatenated records") {
    for (const auto& file : {std::pair{"icews_derived_sample_output_philip-schrodt-ICEWS-to-jsonl.json", 4},
                             std::pair{"icews_derived_DEDI-input-sample_openeventdata-plovigy.json", 30}}) {
        const std::string_view name = file.first;
        const int count = file.second;  // clang 14 cannot capture structured bindings (CAPTURE does)
        CAPTURE(name);
        const plover_read_result r = read_plover(data_file(name));
        CHECK(described(r.problems).empty());
        CHECK(r.framing == plover_framing::concatenated);
        CHECK(r.dialect() == "icews_derived");
        CHECK(r.events == static_cast<std::size_t>(count));
        for (const event& e : r.data.view().events) {
            CHECK(e.cameo.ok());
            CHECK(e.date.ok());
            CHECK(find(r.data.view(), e.evidence.source) != nullptr);
        }
        CHECK(r.lost("text") == static_cast<std::size_t>(count));
        CHECK(r.lost("location[].lat") == static_cast<std::size_t>(count));
    }
}

TEST_CASE("plover jsonl (real data): every real PLOVER file reads into a valid dataset, which stays valid through JSON") {
    for (const std::string_view name : {"plover_PLOVER_GSR_CAMEO.jsonl", "plover_PLOVER_GSR_CAMEO.json",
                                        "icews_derived_sample_output_philip-schrodt-ICEWS-to-jsonl.json",
                                        "icews_derived_DEDI-input-sample_openeventdata-plovigy.json"}) {
        CAPTURE(name);
        const plover_read_result r = read_plover(data_file(name));
        CHECK(described(r.problems).empty());
        CHECK(r.events == r.data.view().events.size());
        std::vector<std::string> found;
        for (const problem& p : problems(r.data.view())) found.emplace_back(describe(p));
        CHECK(found == std::vector<std::string>{});
        const json_read_result back = read_json(to_json(r.data.view()));
        CHECK(described(back.problems).empty());
        CHECK(back.data.view() == r.data.view());
        CHECK(problems(back.data.view()).empty());
    }
}

#endif
