// SPDX-License-Identifier: BSL-1.0
// Tests of core/problem.hpp: the one problem type. Its text (owned or borrowed), `describe` in each
// form of location, the codes' stable numbers and names, and a program that switches on the code
// of problems from the validator, a JSON reader, a row reader, the PLOVER writer's report and an
// import's losses.
#include <bilateral/core/problem.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/core/dataset.hpp>
#include <bilateral/core/validate.hpp>
#include <bilateral/io/gdelt.hpp>
#include <bilateral/io/import/losses.hpp>
#include <bilateral/io/json_reader.hpp>
#include <bilateral/io/plover_writer.hpp>

#include "test_gdelt_fixtures.hpp"

using namespace bilateral;

// problem_text -----------------------------------------------------------------------------------

static_assert(problem_text{}.empty());
static_assert(problem_text{"kz"} == "kz");
static_assert(problem_text{"kz"} == problem_text::borrow("kz"));
static_assert(problem_text{"kz"} != "KZ");

TEST_CASE("problem_text: a copy by default, so a problem outlives the text it was found in") {
    problem p;
    {
        std::string line = "20241331";  // dies at the end of the block
        p.value = std::string_view{line};
        line.assign("overwritten");
    }
    CHECK(p.value == "20241331");  // under ASan a view of `line` would be a use after scope
    const problem copy = p;        // NOLINT(performance-unnecessary-copy-initialization): the copy is the test
    CHECK(copy.value == "20241331");
    CHECK(copy.value.view().data() != p.value.view().data());
    CHECK(copy.value.str() == std::string{"20241331"});
}

TEST_CASE("problem_text: borrow keeps a view, for text that outlives the problem") {
    static constexpr std::string_view stable = "tokayv";
    const problem_text t = problem_text::borrow(stable);
    CHECK(t.view().data() == stable.data());
    CHECK(t.size() == 6);
}

// describe ---------------------------------------------------------------------------------------

TEST_CASE("describe: a problem in a dataset names record, id, field and value") {
    const problem p{.code = problem_code::unknown_reference,
                    .record = "statement",
                    .id = "s4",
                    .field = "speaker",
                    .value = "tokayv",
                    .message = "is not an actor of this dataset"};
    CHECK(describe(p) == "statement `s4`: speaker `tokayv` is not an actor of this dataset");
    // A record without an id (a writer's report of events that have none) is named without one.
    CHECK(describe(problem{.code = problem_code::not_written,
                           .severity = severity::loss,
                           .record = "event",
                           .field = "id",
                           .message = "not written: no id",
                           .count = 2}) == "event: id not written: no id (2 times)");
}

TEST_CASE("describe: a problem in a delimited text names line, column and its label") {
    problem p{.code = problem_code::malformed_value,
              .line = 2,
              .column = 2,
              .column_name = "SQLDATE",
              .value = "20141331",
              .expected = "a date as YYYYMMDD"};
    CHECK(describe(p) == "line 2, column 2 (SQLDATE): `20141331`: expected a date as YYYYMMDD");
    p.value = "";
    CHECK(describe(p) == "line 2, column 2 (SQLDATE): nothing: expected a date as YYYYMMDD");
    p.message = "invalid UTF-8 at byte 3 of the field";  // a message says it where `expected` would not
    p.value = "K\uFFFDZ";
    CHECK(describe(p) == "line 2, column 2 (SQLDATE): `K\uFFFDZ`: invalid UTF-8 at byte 3 of the field");
}

TEST_CASE("describe: a problem in JSON names its path, and for invalid JSON its line and column") {
    CHECK(describe(problem{.code = problem_code::wrong_type, .path = "$.events[2].date", .message = "expected a string, got 12"}) ==
          "$.events[2].date: expected a string, got 12");
    CHECK(describe(problem{.code = problem_code::invalid_syntax, .line = 3, .column = 7, .message = "invalid JSON: x"}) ==
          "line 3, column 7: invalid JSON: x");
    CHECK(describe(problem{.code = problem_code::unknown_field, .line = 4, .path = "$.event", .message = "unknown field"}) ==
          "line 4 ($.event): unknown field");
}

TEST_CASE("describe: a problem of a whole input is its message; a count is said") {
    CHECK(describe(problem{.code = problem_code::read_failed, .message = "read failed after line 12: Is a directory"}) ==
          "read failed after line 12: Is a directory");
    CHECK(describe(problem{.code = problem_code::not_held,
                           .severity = severity::loss,
                           .field = "source[].sector",
                           .value = "GOV",
                           .message = "not held: the model has no field for it",
                           .count = 3}) == "source[].sector: `GOV`: not held: the model has no field for it (3 times)");
}

// Codes ------------------------------------------------------------------------------------------

// The numbers are part of the interface (programs store them, other languages read them): pinned.
static_assert(static_cast<std::uint16_t>(problem_code::malformed_id) == 101);
static_assert(static_cast<std::uint16_t>(problem_code::duplicate_id) == 102);
static_assert(static_cast<std::uint16_t>(problem_code::missing_value) == 103);
static_assert(static_cast<std::uint16_t>(problem_code::unknown_reference) == 104);
static_assert(static_cast<std::uint16_t>(problem_code::invalid_date) == 105);
static_assert(static_cast<std::uint16_t>(problem_code::malformed_code) == 106);
static_assert(static_cast<std::uint16_t>(problem_code::unknown_code) == 107);
static_assert(static_cast<std::uint16_t>(problem_code::out_of_range) == 108);
static_assert(static_cast<std::uint16_t>(problem_code::inconsistent_values) == 109);
static_assert(static_cast<std::uint16_t>(problem_code::part_of_cycle) == 110);
static_assert(static_cast<std::uint16_t>(problem_code::unexplained_inference) == 111);
static_assert(static_cast<std::uint16_t>(problem_code::invalid_syntax) == 201);
static_assert(static_cast<std::uint16_t>(problem_code::invalid_utf8) == 202);
static_assert(static_cast<std::uint16_t>(problem_code::wrong_type) == 203);
static_assert(static_cast<std::uint16_t>(problem_code::malformed_value) == 204);
static_assert(static_cast<std::uint16_t>(problem_code::unknown_field) == 205);
static_assert(static_cast<std::uint16_t>(problem_code::repeated_field) == 206);
static_assert(static_cast<std::uint16_t>(problem_code::missing_field) == 207);
static_assert(static_cast<std::uint16_t>(problem_code::wrong_field_count) == 208);
static_assert(static_cast<std::uint16_t>(problem_code::too_long) == 209);
static_assert(static_cast<std::uint16_t>(problem_code::read_failed) == 210);
static_assert(static_cast<std::uint16_t>(problem_code::unknown_layout) == 211);
static_assert(static_cast<std::uint16_t>(problem_code::repaired_value) == 212);
static_assert(static_cast<std::uint16_t>(problem_code::several_values) == 213);
static_assert(static_cast<std::uint16_t>(problem_code::not_held) == 301);
static_assert(static_cast<std::uint16_t>(problem_code::not_written) == 302);

TEST_CASE("problem codes: every code has a name, and names are unique") {
    for (std::size_t i = 0; i < enum_names<problem_code>.size(); ++i) {
        const auto& entry = enum_names<problem_code>[i];
        CHECK(enum_from_string<problem_code>(entry.name) == entry.value);
        for (std::size_t j = i + 1; j < enum_names<problem_code>.size(); ++j) {
            CHECK(entry.name != enum_names<problem_code>[j].name);
            CHECK(entry.value != enum_names<problem_code>[j].value);
        }
    }
    CHECK(enum_names<problem_code>.size() == 26);  // a new code needs a name (and a pinned number above)
    CHECK(to_string(problem_code::unknown_reference) == "unknown_reference");
    CHECK(to_string(severity::loss) == "loss");
}

// One program, every source ----------------------------------------------------------------------

namespace {

// What a program does with a problem, by its code alone. No `default:`: with -Wswitch (on, and an
// error, in the tests) a code added to the library without a decision here stops the build.
enum class action { fix_data, fix_input_file, retry, accept };

action action_for(const problem& p) {
    switch (p.code) {
        case problem_code::malformed_id:
        case problem_code::duplicate_id:
        case problem_code::missing_value:
        case problem_code::unknown_reference:
        case problem_code::invalid_date:
        case problem_code::malformed_code:
        case problem_code::unknown_code:
        case problem_code::out_of_range:
        case problem_code::inconsistent_values:
        case problem_code::part_of_cycle:
        case problem_code::unexplained_inference: return action::fix_data;
        case problem_code::invalid_syntax:
        case problem_code::invalid_utf8:
        case problem_code::wrong_type:
        case problem_code::malformed_value:
        case problem_code::unknown_field:
        case problem_code::repeated_field:
        case problem_code::missing_field:
        case problem_code::wrong_field_count:
        case problem_code::too_long:
        case problem_code::unknown_layout: return action::fix_input_file;
        case problem_code::read_failed: return action::retry;
        case problem_code::repaired_value:
        case problem_code::several_values:
        case problem_code::not_held:
        case problem_code::not_written: return action::accept;
    }
    return action::fix_data;  // a value outside the enumeration (read from elsewhere)
}

}  // namespace

TEST_CASE("problems from the validator, a JSON reader, a row reader, a writer and an import switch on one code") {
    // The validator: a statement whose speaker is not an actor.
    dataset data;
    data.add(source{.id = source_id{"notes"}, .publisher = "Desk", .title = "Notes"});
    data.add(statement{.id = statement_id{"s4"},
                       .speaker = actor_id{"tokayv"},
                       .date = date{2024, 7, 3},
                       .text = "Thanks.",
                       .evidence = {.source = source_id{"notes"}, .paragraph = 1}});
    const std::vector<problem> invalid = problems(data.view());
    REQUIRE(invalid.size() == 1);
    CHECK(invalid[0].code == problem_code::unknown_reference);
    CHECK(invalid[0].severity == severity::error);
    CHECK(invalid[0].field == "speaker");
    CHECK(action_for(invalid[0]) == action::fix_data);

    // A JSON reader: a field of the wrong type, and one the record does not have.
    const json_read_result json = read_json(R"({"sources": [{"id": "a", "publisher": 7, "titel": "x"}]})");
    REQUIRE(json.problems.size() >= 2);
    bool wrong_type = false, unknown_field = false;
    for (const problem& p : json.problems) {
        wrong_type |= p.code == problem_code::wrong_type && p.path == "$.sources[0].publisher";
        unknown_field |= p.code == problem_code::unknown_field && p.path == "$.sources[0].titel";
        CHECK(action_for(p) == action::fix_input_file);
    }
    CHECK(wrong_type);
    CHECK(unknown_field);

    // A row reader: a GDELT row with a date that is not one, read leniently.
    const std::string text = gdelt_fixtures::lines(
        {gdelt_fixtures::join(gdelt_fixtures::with(gdelt_fixtures::v2_fields(), 2, "20241331")), gdelt_fixtures::v2_row()});
    const gdelt::read_result rows = gdelt::read_all(text, {.mode = gdelt::mode::lenient});
    CHECK(rows.records.size() == 1);
    REQUIRE(rows.summary.messages.size() == 1);
    const problem& bad_date = rows.summary.messages[0];
    CHECK(bad_date.line == 1);
    CHECK(bad_date.column == 2);
    CHECK(bad_date.column_name == "SQLDATE");
    CHECK(bad_date.code == problem_code::invalid_date);  // digits of a date, but no such day: the data is wrong
    CHECK(action_for(bad_date) == action::fix_data);

    // The PLOVER writer's report: an event without a PLOVER type (CAMEO root 01) is left out.
    dataset events;
    events.add(source{.id = source_id{"notes"}, .publisher = "Desk", .title = "Notes"});
    events.add(actor{.id = actor_id{"kz"}, .kind = actor_kind::state, .name = "Kazakhstan", .country = country{"KZ"}});
    events.add(event{.id = event_id{"statement"},
                     .date = date{2024, 7, 3},
                     .participants = events.list(std::vector<actor_id>{actor_id{"kz"}}),
                     .cameo = cameo_code{"010"},
                     .evidence = {.source = source_id{"notes"}, .paragraph = 1}});
    plover_write_report report;
    (void)to_plover(events.view(), &report);
    const std::vector<problem> left_out = report.problems();
    REQUIRE(left_out.size() == 1);
    CHECK(left_out[0].code == problem_code::not_written);
    CHECK(left_out[0].severity == severity::loss);
    CHECK(left_out[0].id == "statement");
    CHECK(action_for(left_out[0]) == action::accept);

    // An import's losses: counted per field, with an example.
    loss_tally tally;
    tally.count("source[].sector", "not held: the model has no field for it", [] { return std::string{"GOV"}; });
    tally.count("source[].sector", "not held: the model has no field for it", [] { return std::string{"MIL"}; });
    const std::vector<problem> losses = tally.sorted();
    REQUIRE(losses.size() == 1);
    CHECK(losses[0].code == problem_code::not_held);
    CHECK(losses[0].severity == severity::loss);
    CHECK(losses[0].count == 2);
    CHECK(losses[0].value == "GOV");
    CHECK(action_for(losses[0]) == action::accept);
}
