// SPDX-License-Identifier: BSL-1.0
// Tests of io/json_reader.hpp: the reflection-driven JSON reader, the mirror of io/json.hpp.
#include <bilateral/io/json_reader.hpp>

#include <bilateral/core/validate.hpp>
#include <bilateral/data/astana_2024.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/query.hpp>

#include <doctest/doctest.h>

#include "user_record.hpp"

#include <boost/hana/adapt_struct.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace user {
struct note {
    std::string_view text;
    std::optional<int> rank;
    bilateral::list_view<bilateral::date> days;
    bilateral::actor_id author;
    friend bool operator==(const note&, const note&) = default;
};
}  // namespace user
BOOST_HANA_ADAPT_STRUCT(user::note, text, rank, days, author);

using namespace bilateral;

// A dataset owns its storage, so a read result moves but does not copy.
static_assert(!std::is_copy_constructible_v<json_read_result> && std::is_move_constructible_v<json_read_result>);
static_assert(std::is_same_v<decltype(read_json(std::string_view{})), json_read_result>);
static_assert(std::is_same_v<decltype(read_json_value<user::note>(std::string_view{}, std::declval<dataset&>())),
                             json_value_result<user::note>>);
// The unknown-field policy has JSON names like every other enum.
static_assert(named_enum<unknown_fields> && to_string(unknown_fields::ignore) == "ignore");
static_assert(json_read_options{}.unknown == unknown_fields::error);
// Every value type the writer writes as a string has a reader.
static_assert(requires(dataset& d) { value_traits<date>::parse("2024", d); });
static_assert(requires(dataset& d) { value_traits<event_id>::parse("talks", d); });
static_assert(requires(dataset& d) { value_traits<sector_code>::parse("GOV", d); });

namespace {

/// `text` with its one occurrence of `from` replaced by `to`.
std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "not found: " << from);
    REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "found twice: " << from);
    return text.replace(at, from.size(), to);
}

std::vector<std::string> described(const std::vector<problem>& problems) {
    std::vector<std::string> out;
    for (const problem& p : problems) out.push_back(describe(p));
    return out;
}

// A small dataset of each kind of value, written by the writer; the tests break it in one place.
constexpr source sample_sources[] = {{.id = source_id{"notes"},
                                      .publisher = "Our desk",
                                      .title = "Notes",
                                      .date = date{2024, 7, 3},
                                      .language = "en"}};
constexpr sector_code gov[] = {sector_code{"GOV"}};
constexpr actor sample_actors[] = {{.id = actor_id{"tokayev"},
                                    .kind = actor_kind::person,
                                    .name = "Kassym-Jomart Tokayev",
                                    .country = country{"KZ"},
                                    .sectors = gov},
                                   {.id = actor_id{"xi"}, .kind = actor_kind::person, .name = "Xi Jinping",
                                    .country = country{"CN"}}};
constexpr actor_id both[] = {actor_id{"tokayev"}, actor_id{"xi"}};
constexpr event sample_events[] = {{.id = event_id{"talks"},
                                    .date = date{2024, 7, 3},
                                    .participants = both,
                                    .cameo = cameo_code{"046"},
                                    .plover = plover_event::consult,
                                    .plover_context = plover_word{"diplomatic"},
                                    .goldstein = goldstein{.tenths = 70, .table = goldstein_table::gdelt},
                                    .quad_class = quad_class::verbal_cooperation,
                                    .evidence = {.source = source_id{"notes"}, .paragraph = 2}}};
constexpr statement sample_statements[] = {{.id = statement_id{"s1"},
                                            .speaker = actor_id{"tokayev"},
                                            .date = date{2024, 7, 3},
                                            .form = statement_form::verbatim,
                                            .text = "Welcome.",
                                            .evidence = {.source = source_id{"notes"}, .paragraph = 3}}};
constexpr indicator sample_indicators[] = {
    {.id = indicator_id{"trade"},
     .measure = indicator_measure::trade_turnover,
     .reporter = country{"KZ"},
     .counterpart = country{"CN"},
     .period = period_of(date{2023}),
     .amount = {.value = any_money{currencies::usd, 4'100'000'000'000},
                .qualifier = amount_qualifier::more_than,
                .scale = amount_scale::billion,
                .as_reported = "exceeded $41 billion"},
     .stated_by = actor_id{"tokayev"},
     .evidence = {.source = source_id{"notes"}, .paragraph = 4}}};
constexpr dataset_view sample{.sources = sample_sources,
                              .actors = sample_actors,
                              .events = sample_events,
                              .statements = sample_statements,
                              .indicators = sample_indicators};

const std::string sample_json = to_json(sample);

/// The problems of reading `json` as a dataset, as text.
std::vector<std::string> problems_of(const std::string& json, json_read_options options = {}) {
    return described(read_json(json, options).problems);
}

}  // namespace

TEST_CASE("json reader: the Astana dataset written, read and written again is byte-identical") {
    for (const int indent : {2, 0}) {
        CAPTURE(indent);
        const std::string written = to_json(data::astana_2024, {.indent = indent});
        const json_read_result read = read_json(written);
        CHECK(described(read.problems).empty());
        CHECK(to_json(read.data.view(), {.indent = indent}) == written);
    }
}

TEST_CASE("json reader: the Astana dataset read back equals the constexpr one, field by field") {
    const json_read_result read = read_json(to_json(data::astana_2024));
    REQUIRE(read.ok());
    const dataset_view got = read.data.view();
    const dataset_view& want = data::astana_2024;
    CHECK(got == want);
    const auto same = [](const auto& a, const auto& b, std::string_view kind) {
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            CAPTURE(kind);
            CAPTURE(b[i].id.str());
            CHECK_MESSAGE(a[i] == b[i], "read: " << to_json(a[i], {.indent = 0}) << "\nwant: " << to_json(b[i], {.indent = 0}));
        }
    };
    same(got.sources, want.sources, "source");
    same(got.actors, want.actors, "actor");
    same(got.places, want.places, "place");
    same(got.events, want.events, "event");
    same(got.statements, want.statements, "statement");
    same(got.agreements, want.agreements, "agreement");
    same(got.indicators, want.indicators, "indicator");
    same(got.relations, want.relations, "relation");
    CHECK(is_valid(got));
}

TEST_CASE("json reader: the read dataset owns its text; the input can go away") {
    json_read_result read;
    {
        std::string written = to_json(data::astana_2024);
        read = read_json(written);
        std::fill(written.begin(), written.end(), 'x');
    }
    REQUIRE(read.ok());
    CHECK(read.data.view() == data::astana_2024);
}

TEST_CASE("json reader: fields may come in any order") {
    dataset storage;
    const auto result = read_json_value<actor>(
        R"({"wikidata": "Q15031", "name": "Xi Jinping", "sectors": ["GOV"], "part_of": null, "office": "",
            "country": "CN", "kind": "person", "id": "xi"})",
        storage);
    CHECK(described(result.problems).empty());
    CHECK(result.value == actor{.id = actor_id{"xi"}, .kind = actor_kind::person, .name = "Xi Jinping",
                                .country = country{"CN"}, .sectors = gov, .wikidata = "Q15031"});
}

TEST_CASE("json reader: a value of the wrong JSON type is reported at its path, with what was expected") {
    CHECK(problems_of(replaced(sample_json, R"("speaker": "tokayev")", R"("speaker": 12)")) ==
          std::vector<std::string>{"$.statements[0].speaker: expected an id (a string of a-z, 0-9, '.', '_', '-') "
                                   "or null, got 12"});
    CHECK(problems_of(replaced(sample_json, R"("text": "Welcome.")", R"("text": 12)")) ==
          std::vector<std::string>{"$.statements[0].text: expected a string, got 12"});
    CHECK(problems_of(replaced(sample_json, R"("paragraph": 2)", R"("paragraph": "2")")) ==
          std::vector<std::string>{"$.events[0].evidence.paragraph: expected an integer from 0 to 65535, got \"2\""});
    CHECK(problems_of(replaced(sample_json, R"("events": [)", R"("events": [true, )")) ==
          std::vector<std::string>{"$.events[0]: expected an object, got true"});
    CHECK(problems_of("[]") == std::vector<std::string>{"$: expected an object, got []"});
}

TEST_CASE("json reader: text that is not a value of its vocabulary type is an error at its path") {
    const auto problem = [](std::string_view from, std::string_view to) {
        const auto found = problems_of(replaced(sample_json, from, to));
        REQUIRE(found.size() == 1);
        return found.front();
    };
    CHECK(problem(R"("date": "2024-07-03",
      "place")", R"("date": "2024-02-30",
      "place")") == "$.events[0].date: expected a calendar date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\" "
                    "(years 0001-9999), or null, got \"2024-02-30\"");
    CHECK(problem(R"("reporter": "KZ")", R"("reporter": "KAZ")") ==
          "$.indicators[0].reporter: expected an ISO 3166-1 alpha-2 code (two upper-case letters) or null, got \"KAZ\"");
    CHECK(problem(R"("amount": "41000000000.00")", R"("amount": "41000000000.001")") ==
          "$.indicators[0].amount.value.amount: expected an exact decimal amount in USD (at most 2 decimals, no "
          "exponent), got \"41000000000.001\"");
    CHECK(problem(R"("amount": "41000000000.00")", R"("amount": "4.1e10")").starts_with(
        "$.indicators[0].amount.value.amount: expected an exact decimal amount"));
    CHECK(problem(R"("currency": "USD")", R"("currency": "usd")") ==
          "$.indicators[0].amount.value.currency: expected an ISO 4217 code (three upper-case letters) or null, got "
          "\"usd\"");
    CHECK(problem(R"("cameo": "046")", R"("cameo": "46")").starts_with("$.events[0].cameo: expected a CAMEO event code"));
    CHECK(problem(R"("cameo": "046")", R"("cameo": "04600")").starts_with("$.events[0].cameo: expected a CAMEO"));
    CHECK(problem(R"("id": "tokayev")", R"("id": "Tokayev")").starts_with("$.actors[0].id: expected an id"));
    CHECK(problem(R"("sectors": [
        "GOV"
      ])", R"("sectors": ["gov"])") ==
          "$.actors[0].sectors[0]: expected a CAMEO sector code (three upper-case letters) or null, got \"gov\"");
    CHECK(problem(R"("plover_context": "diplomatic")", R"("plover_context": "Diplomatic")")
              .starts_with("$.events[0].plover_context: expected a PLOVER mode or context"));
    CHECK(problem(R"("form": "verbatim")", R"("form": "quoted")") ==
          "$.statements[0].form: expected one of \"verbatim\", \"paraphrase\", \"headline\", got \"quoted\"");
    CHECK(problem(R"("paragraph": 2)", R"("paragraph": 70000)") ==
          "$.events[0].evidence.paragraph: expected an integer from 0 to 65535, got 70000");
    CHECK(problem(R"("paragraph": 2)", R"("paragraph": -1)").ends_with("got -1"));
    CHECK(problem(R"("paragraph": 2)", R"("paragraph": 2.0)").ends_with("got 2.0"));
    CHECK(problem(R"("value": 7.0)", R"("value": 7.05)") ==
          "$.events[0].goldstein.value: expected a number from -10 to 10 with at most one decimal, got 7.05");
    CHECK(problem(R"("value": 7.0)", R"("value": 11)").ends_with("got 11"));
    CHECK(problem(R"("table": "gdelt")", R"("table": "cameo")").starts_with("$.events[0].goldstein.table: expected one of"));
}

TEST_CASE("json reader: values that are not given are null, and read back as not given") {
    dataset storage;
    const auto result = read_json_value<event>(to_json(event{.id = event_id{"e1"}}), storage);
    CHECK(described(result.problems).empty());
    CHECK(result.value == event{.id = event_id{"e1"}});
    // A text-valued field without a value must still be there, as null.
    CHECK(read_json_value<source>(R"({"id": null, "publisher": "", "title": "", "date": null, "language": "",
                                      "url": ""})", storage).ok());
}

TEST_CASE("json reader: every problem is reported, not just the first, up to a cap") {
    std::string broken = replaced(sample_json, R"("speaker": "tokayev")", R"("speaker": 12)");
    broken = replaced(broken, R"("reporter": "KZ")", R"("reporter": "KAZ")");
    broken = replaced(broken, R"("form": "verbatim")", R"("form": "quoted")");
    broken = replaced(broken, R"("kind": "person",
      "name": "Xi Jinping")", R"("kind": "leader",
      "name": "Xi Jinping")");
    const json_read_result all = read_json(broken);
    CHECK(all.problems.size() == 4);
    CHECK(all.unlisted_problems == 0);
    CHECK(all.problems[0].path == "$.actors[1].kind");
    CHECK(all.problems[1].path == "$.statements[0].speaker");
    CHECK(all.problems[2].path == "$.statements[0].form");
    CHECK(all.problems[3].path == "$.indicators[0].reporter");

    const json_read_result capped = read_json(broken, {.max_problems = 2});
    CHECK(capped.problems.size() == 2);
    CHECK(capped.unlisted_problems == 2);
    CHECK(!capped.ok());
}

TEST_CASE("json reader: unknown fields are errors by default, and skipped on request") {
    const std::string extra = replaced(sample_json, R"("speaker": "tokayev",)", R"("speaker": "tokayev", "speakr": "xi", "mood": {"x": [1, 2]},)");
    CHECK(problems_of(extra) ==
          std::vector<std::string>{"$.statements[0].speakr: unknown field (the record has no field of this name)",
                                   "$.statements[0].mood: unknown field (the record has no field of this name)"});
    const json_read_result ignored = read_json(extra, {.unknown = unknown_fields::ignore});
    CHECK(described(ignored.problems).empty());
    CHECK(ignored.data.view() == sample);
    // A member name that is not an identifier is quoted in the path.
    CHECK(problems_of(replaced(sample_json, R"("publisher": "Our desk",)", R"("publisher": "Our desk", "pub lisher": 1,)")) ==
          std::vector<std::string>{R"($.sources[0]["pub lisher"]: unknown field (the record has no field of this name))"});
}

TEST_CASE("json reader: a field given twice and missing fields are reported") {
    CHECK(problems_of(replaced(sample_json, R"("speaker": "tokayev",)", R"("speaker": "tokayev", "speaker": "xi",)")) ==
          std::vector<std::string>{"$.statements[0].speaker: field given more than once"});
    CHECK(problems_of(replaced(sample_json, R"("audience": "",)", "")) ==
          std::vector<std::string>{"$.statements[0]: missing field \"audience\""});
    CHECK(problems_of(R"({"sources": [], "actors": []})") ==
          std::vector<std::string>{"$: missing fields \"places\", \"events\", \"statements\", \"agreements\", "
                                   "\"indicators\", \"relations\""});
}

TEST_CASE("json reader: every problem has a stable code, and is an error") {
    // The one problem of `json`, checked to be an error.
    const auto only = [](const std::string& json) {
        const json_read_result r = read_json(json);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].severity == severity::error);
        return r.problems[0];
    };
    const auto code_of = [&](std::string_view from, std::string_view to) {
        return only(replaced(sample_json, from, to)).code;
    };
    // Invalid JSON, bytes that are not UTF-8.
    CHECK(only("{\"sources\": [1,,2]}").code == problem_code::invalid_syntax);
    CHECK(only("").code == problem_code::invalid_syntax);
    CHECK(only("{\"sources\": [\"\xff\"]}").code == problem_code::invalid_utf8);
    // A value of the wrong JSON type: with what the place holds.
    const problem speaker = only(replaced(sample_json, R"("speaker": "tokayev")", R"("speaker": 12)"));
    CHECK(speaker.code == problem_code::wrong_type);
    CHECK(speaker.path == "$.statements[0].speaker");
    CHECK(speaker.expected == "an id (a string of a-z, 0-9, '.', '_', '-') or null");
    CHECK(code_of(R"("text": "Welcome.")", R"("text": 12)") == problem_code::wrong_type);
    CHECK(code_of(R"("paragraph": 2)", R"("paragraph": "2")") == problem_code::wrong_type);
    CHECK(code_of(R"("events": [)", R"("events": [true, )") == problem_code::wrong_type);
    // Fields unknown, given twice, missing.
    CHECK(code_of(R"("speaker": "tokayev",)", R"("speaker": "tokayev", "speakr": "xi",)") == problem_code::unknown_field);
    CHECK(code_of(R"("speaker": "tokayev",)", R"("speaker": "tokayev", "speaker": "xi",)") == problem_code::repeated_field);
    CHECK(code_of(R"("audience": "",)", "") == problem_code::missing_field);
    // Numbers out of range: of the parser, of the field's type, of the Goldstein scale.
    std::string beyond = to_json(dataset_view{});
    beyond.insert(beyond.rfind('}'), ",\n  \"extra\": 123456789012345678901234567890");
    CHECK(only(beyond).code == problem_code::out_of_range);
    CHECK(code_of(R"("paragraph": 2)", R"("paragraph": 70000)") == problem_code::out_of_range);
    CHECK(code_of(R"("value": 7.0)", R"("value": 11)") == problem_code::out_of_range);
    // Text not of its type's form.
    CHECK(code_of(R"("date": "2024-07-03",
      "place")", R"("date": "2024-02-30",
      "place")") == problem_code::invalid_date);
    CHECK(code_of(R"("reporter": "KZ")", R"("reporter": "KAZ")") == problem_code::malformed_code);
    CHECK(code_of(R"("currency": "USD")", R"("currency": "usd")") == problem_code::malformed_code);
    CHECK(code_of(R"("cameo": "046")", R"("cameo": "46")") == problem_code::malformed_code);
    CHECK(code_of(R"("id": "tokayev")", R"("id": "Tokayev")") == problem_code::malformed_id);
    CHECK(code_of(R"("form": "verbatim")", R"("form": "quoted")") == problem_code::malformed_value);
    CHECK(code_of(R"("amount": "41000000000.00")", R"("amount": "41000000000.001")") == problem_code::malformed_value);
    CHECK(code_of(R"("value": 7.0)", R"("value": 7.05)") == problem_code::malformed_value);
}

TEST_CASE("json reader: invalid JSON is one problem, located by line and column") {
    const auto located = [](std::string_view json) {
        const json_read_result r = read_json(json);
        REQUIRE(r.problems.size() == 1);
        return r.problems.front();
    };
    // A missing comma, in the 3rd line.
    problem p = located("{\n  \"sources\": [],\n  \"actors\": [] \"places\": []\n}");
    CHECK(p.line == 3);
    CHECK(p.column == 16);
    CHECK(describe(p).starts_with("line 3, column 16: invalid JSON: "));
    // A doubled comma.
    p = located("{\"sources\": [1,,2]}");
    CHECK(p.line == 1);
    CHECK(p.column == 16);
    // A misspelt literal.
    p = located("{\"sources\":\n  tru}");
    CHECK((p.line == 2 && p.column == 3));
    CHECK(p.message.view().find("'t'") != std::string::npos);
    // A bad number.
    p = located("{\"sources\": [1.]}");
    CHECK((p.line == 1 && p.column == 14));
    CHECK(p.message.view().find("number") != std::string::npos);
    // A bad escape in a string.
    p = located("{\"sources\": [\"a\\qb\"]}");
    CHECK(p.line == 1);
    CHECK(p.message.view().find("string") != std::string::npos);
    // A string that is never closed: it runs to the end.
    p = located("{\"sources\": [\"abc]}\n");
    CHECK(p.line == 2);
    CHECK(p.message.view().find("never closed") != std::string::npos);
    // Trailing content after the document.
    p = located("{\"sources\": []}\n}");
    CHECK((p.line == 2 && p.column == 1));
    // Bytes that are not UTF-8.
    p = located("{\"sources\": [\"\xff\"]}");
    CHECK((p.line == 1 && p.column == 15));
    CHECK(p.message.view().find("UTF-8") != std::string::npos);
    // Nothing at all.
    p = located("");
    CHECK(p.line == 0);
    CHECK(p.message == "invalid JSON: the input is empty");
    p = located("   \n ");
    CHECK(p.message == "invalid JSON: the input is empty");
}

TEST_CASE("json reader: a number beyond what the parser reads is a problem at its path, line and column; the rest is read") {
    // Valid JSON, but an integer beyond 64 bits and a number beyond a double's range.
    std::string json = to_json(dataset_view{});
    json.insert(json.rfind('}'), ",\n  \"extra\": 123456789012345678901234567890");
    for (const unknown_fields unknown : {unknown_fields::error, unknown_fields::ignore}) {
        const json_read_result r = read_json(json, {.unknown = unknown});
        REQUIRE(r.problems.size() == 1);
        const auto line = std::count(json.begin(), json.end(), '\n') + 1;  // the last line
        CHECK(describe(r.problems[0]) == "line " + std::to_string(line) + ", column 12 ($.extra): number out of range for extra");
    }
    dataset storage;
    const auto g = read_json_value<goldstein>("{\"value\": 1e400,\n \"table\": \"gdelt\"}", storage);
    REQUIRE(g.problems.size() == 1);
    CHECK(describe(g.problems[0]) == "line 1, column 11 ($.value): number out of range for value");
    // Several, and a negative one in a list; what is in range is read.
    const auto list = read_json_value<list_view<std::optional<std::int64_t>>>("[1, -1e999, 2, -99999999999999999999]", storage);
    CHECK(list.problems ==
          std::vector<problem>{
              {.code = problem_code::out_of_range, .line = 1, .column = 5, .path = "$[1]", .message = "number out of range for $"},
              {.code = problem_code::out_of_range, .line = 1, .column = 16, .path = "$[3]", .message = "number out of range for $"}});
    // A number that is small, not large, is zero to the parser, and no problem.
    CHECK(list.value.size() == 4);
    CHECK((list.value[0] == 1 && !list.value[1] && list.value[2] == 2 && !list.value[3]));
    CHECK(read_json_value<goldstein>("{\"value\": 1e-400, \"table\": \"gdelt\"}", storage).ok());
}

TEST_CASE("json reader: a raw control character in a string is located, and named") {
    using namespace std::string_view_literals;
    json_read_result r = read_json("{\"sources\": [\n  \"a\0b\"]}"sv);
    REQUIRE(r.problems.size() == 1);
    CHECK(describe(r.problems[0]) == "line 2, column 5: invalid JSON: a control character (U+0000) in a string; write it as \\u0000");
    r = read_json("{\"sources\": [\"a\x1f\"]}");
    REQUIRE(r.problems.size() == 1);
    CHECK((r.problems[0].line == 1 && r.problems[0].column == 16));
    CHECK(r.problems[0].message.view().find("U+001F") != std::string::npos);
}

TEST_CASE("json reader: a byte order mark at the start is skipped; one in mid-file is a located error") {
    const std::string json = to_json(data::astana_2024);
    const json_read_result with_bom = read_json("\xEF\xBB\xBF" + json);
    CHECK(with_bom.ok());
    CHECK(with_bom.data.view() == read_json(json).data.view());
    const json_read_result mid = read_json("{\"sources\": [],\n\xEF\xBB\xBF\"actors\": []}");
    REQUIRE(mid.problems.size() == 1);
    CHECK(describe(mid.problems[0]) ==
          "line 2, column 1: invalid JSON: a byte order mark (U+FEFF) in mid-file; only the first bytes of the input may be one");
    // Columns count the bytes of the input, the mark's among them.
    const json_read_result after_bom = read_json("\xEF\xBB\xBF{\"sources\": [1,,2]}");
    REQUIRE(after_bom.problems.size() == 1);
    CHECK((after_bom.problems[0].line == 1 && after_bom.problems[0].column == 19));
}

TEST_CASE("json reader: users' own reflectable records are read without any code of theirs") {
    static constexpr date days[] = {date{2024, 7, 3}, date{2023}};
    const user::note written{.text = "met \"twice\"", .rank = 3, .days = days, .author = actor_id{"me"}};
    dataset storage;
    const auto read = read_json_value<user::note>(to_json(written), storage);
    CHECK(described(read.problems).empty());
    CHECK(read.value == written);
    const auto empty = read_json_value<user::note>(R"({"text": "", "rank": null, "days": [], "author": null})", storage);
    CHECK(empty.ok());
    CHECK(empty.value == user::note{});
    CHECK(described(read_json_value<user::note>(R"({"text": "", "rank": 1.5, "days": ["2024-7-3"], "author": null})",
                                                storage).problems) ==
          std::vector<std::string>{"$.rank: expected an integer from -2147483648 to 2147483647, got 1.5",
                                   "$.days[0]: expected a calendar date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\" "
                                   "(years 0001-9999), or null, got \"2024-7-3\""});
}

TEST_CASE("json reader: single values of every leaf type read back as written") {
    dataset storage;
    const auto round_trip = [&]<class T>(const T& value) {
        const auto read = read_json_value<T>(to_json(value), storage);
        CHECK(described(read.problems).empty());
        CHECK(read.value == value);
    };
    round_trip(date{2024, 7});
    round_trip(date{});
    round_trip(country{"KZ"});
    round_trip(cameo_code{"0874"});
    round_trip(goldstein{.tenths = -100, .table = goldstein_table::icews});
    round_trip(goldstein{.tenths = 34, .table = goldstein_table::phoenix});
    round_trip(any_money{currencies::usd, -150});
    round_trip(any_money{currency{"JPY"}, 1200});
    // Money without a currency, or in a currency without a minor unit, is written in whole units.
    round_trip(any_money{});
    round_trip(any_money{currency{"XAU"}, 3});
    // The most negative amount, in both forms the writer uses.
    round_trip(any_money{currencies::usd, INT64_MIN});
    round_trip(any_money{currency{"XAU"}, INT64_MIN});
    round_trip(std::optional<std::uint32_t>{45});
    round_trip(std::optional<std::uint32_t>{});
    round_trip(period{.first = date{2009, 7}, .last = date{2024, 7}});
    round_trip(plover_event::assault);
    CHECK(read_json_value<any_money>(R"({"currency": null, "amount": "1.5"})", storage).problems.front().message ==
          "expected a whole amount (the currency is not given), got \"1.5\"");
}

TEST_CASE("json reader: a dataset with part_of cycles reads, validates with the cycles reported, and briefs") {
    // Written by hand, as a user's file would be: Tokayev is part of Xi and Xi of Tokayev; the
    // palace lies in the city, which lies in the palace.
    std::string json = replaced(sample_json, R"("name": "Kassym-Jomart Tokayev",)",
                                R"("name": "Kassym-Jomart Tokayev", "part_of": "xi",)");
    json = replaced(json, R"("name": "Xi Jinping",)", R"("name": "Xi Jinping", "part_of": "tokayev",)");
    json = replaced(json, R"("places": [])",
                    R"("places": [{"id": "palace", "kind": "building", "name": "Palace", "country": "KZ",)"
                    R"( "part_of": "city", "wikidata": ""}, {"id": "city", "kind": "city", "name": "City",)"
                    R"( "country": "KZ", "part_of": "palace", "wikidata": ""}])");
    // Each actor then has its part_of twice: drop the writer's nulls.
    for (int i = 0; i < 2; ++i) {
        const std::size_t at = json.find(R"("part_of": null)");
        REQUIRE(at != std::string::npos);
        const std::size_t line_start = json.rfind('\n', at);
        json.erase(line_start, json.find('\n', at) - line_start);
    }
    const json_read_result read = read_json(json);
    REQUIRE(described(read.problems).empty());
    std::vector<std::string> cycles;
    for (const problem& p : problems(read.data.view()))
        if (p.field == "part_of") cycles.push_back(describe(p));
    const std::string cycle = " leads, through part_of, back to this record (a cycle: each record on it is reported)";
    CHECK(cycles == std::vector<std::string>{"actor `tokayev`: part_of `xi`" + cycle, "actor `xi`: part_of `tokayev`" + cycle,
                                             "place `palace`: part_of `city`" + cycle, "place `city`: part_of `palace`" + cycle});
    std::string path;
    walk_part_of(read.data.view(), place_id{"palace"}, [&](const place& p) { path += std::string{p.name} + ";"; });
    CHECK(path == "Palace;City;");
}

TEST_CASE("json reader: one reader reads many documents") {
    json_reader reader;
    for (int i = 0; i < 3; ++i) {
        const json_read_result r = reader.read(to_json(data::astana_2024));
        CHECK(r.ok());
        CHECK(r.data.view() == data::astana_2024);
        CHECK(reader.read("{").problems.size() == 1);
    }
}

TEST_CASE("json: a user's struct of std::string, double, bool, integers, vectors, optionals, nested structs and a "
          "value_traits type round-trips exactly") {
    const user::survey written = user::full_survey();
    const std::string json = to_json(written);
    dataset storage;
    const auto read = read_json_value<user::survey>(json, storage);
    CHECK(described(read.problems).empty());
    CHECK(read.value == written);
    CHECK(std::signbit(read.value.samples[1]));  // -0.0 == 0.0, so == alone would not see the sign
    CHECK(to_json(read.value) == json);
    // What the text says: exact integers at the edges of 64 bits, the shortest doubles (a whole one
    // with ".0", so that 2^64 reads as a double, not as an integer out of range), the user's text.
    CHECK(json.find("\"smallest\": -9223372036854775808,") != std::string::npos);
    CHECK(json.find("\"largest\": 9223372036854775807,") != std::string::npos);
    CHECK(json.find("\"count\": 18446744073709551615,") != std::string::npos);
    CHECK(json.find("\"score\": 0.1,") != std::string::npos);
    CHECK(json.find("18446744073709551616.0") != std::string::npos);  // 2^64, beyond uint64
    CHECK(json.find("123456789.0") != std::string::npos);
    CHECK(json.find("5e-324") != std::string::npos);
    CHECK(json.find("\"logo\": \"#12abff\"") != std::string::npos);
    CHECK(json.find("\"title\": \"Trade \\\"turnover\\\" — Қазақстан\"") != std::string::npos);
}

TEST_CASE("json: an empty optional member is left out, and read back from absent or null") {
    const user::survey sparse{.title = "x", .office = {.city = "Astana"}, .branches = {{.city = "Almaty"}}};
    const std::string json = to_json(sparse, {.indent = 0});
    CHECK(json == R"({"title":"x","score":0.0,"published":false,"smallest":0,"largest":0,"count":0,"small":0,)"
                  R"("samples":[],"tags":[],"office":{"city":"Astana"},"branches":[{"city":"Almaty"}],"logo":null})");
    dataset storage;
    const auto absent = read_json_value<user::survey>(json, storage);
    CHECK(described(absent.problems).empty());
    CHECK(absent.value == sparse);
    // Other programs may write null: it means empty too.
    const auto null = read_json_value<user::survey>(
        replaced(json, R"("logo":null)", R"("logo":null,"weight":null,"rank":null,"head_office":null)"), storage);
    CHECK(described(null.problems).empty());
    CHECK(null.value == sparse);
    // A member that is not optional is still required.
    CHECK(described(read_json_value<user::survey>(replaced(json, R"("title":"x",)", ""), storage).problems) ==
          std::vector<std::string>{"$: missing field \"title\""});
}

TEST_CASE("json: a double that is not finite is written as null, which the reader reports at its path") {
    user::survey s = user::full_survey();
    s.score = std::numeric_limits<double>::infinity();
    s.samples = {std::nan("")};
    const std::string json = to_json(s, {.indent = 0});
    CHECK(json.find(R"("score":null)") != std::string::npos);
    CHECK(json.find(R"("samples":[null])") != std::string::npos);
    dataset storage;
    CHECK(described(read_json_value<user::survey>(json, storage).problems) ==
          std::vector<std::string>{"$.score: expected a number, got null", "$.samples[0]: expected a number, got null"});
}

TEST_CASE("json: members of a user's types are checked and located like the library's") {
    const std::string json = to_json(user::full_survey(), {.indent = 0});
    dataset storage;
    std::string bad = replaced(json, R"("logo":"#12abff")", R"("logo":"red")");
    bad = replaced(bad, R"("small":255)", R"("small":256)");
    bad = replaced(bad, R"("published":true)", R"("published":"yes")");
    bad = replaced(bad, R"("tags":["energy",)", R"("tags":[7,)");
    bad = replaced(bad, R"("head_office":{"city":"Beijing"})", R"("head_office":{"city":"Beijing","town":"x"})");
    CHECK(described(read_json_value<user::survey>(bad, storage).problems) ==
          std::vector<std::string>{"$.published: expected true or false, got \"yes\"",
                                   "$.small: expected an integer from 0 to 255, got 256",
                                   "$.tags[0]: expected a string, got 7",
                                   "$.head_office.town: unknown field (the record has no field of this name)",
                                   "$.logo: expected a colour as \"#rrggbb\" (lower-case hex) or null, got \"red\""});
}
