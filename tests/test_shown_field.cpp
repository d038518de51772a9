// SPDX-License-Identifier: BSL-1.0
// Tests of io/import/shown_field.hpp, and of the row readers' problems (core/problem.hpp): each
// described in one line as it always was, with a code to switch on and a severity.
#include <bilateral/io/gdelt/reader.hpp>
#include <bilateral/io/import/shown_field.hpp>

#include "test_gdelt_fixtures.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace bilateral;

TEST_CASE("a row problem is described by line, column, its name, the value and what was expected") {
    CHECK(describe(problem{.code = problem_code::invalid_date, .line = 2, .column = 2, .column_name = "SQLDATE", .value = "20141331",
                           .expected = "a date as YYYYMMDD"}) == "line 2, column 2 (SQLDATE): `20141331`: expected a date as YYYYMMDD");
    CHECK(describe(problem{.code = problem_code::missing_value, .line = 4, .column = 8, .column_name = "Intensity", .expected = "a number"}) ==
          "line 4, column 8 (Intensity): nothing: expected a number");
    CHECK(describe(problem{.code = problem_code::invalid_utf8, .line = 3, .column = 7, .value = "K", .expected = "UTF-8 text",
                           .message = "invalid UTF-8 at byte 2 of the field"}) == "line 3, column 7: `K`: invalid UTF-8 at byte 2 of the field");
    // The row as a whole: the line, the value, the message.
    CHECK(describe(problem{.code = problem_code::too_long, .line = 3, .value = "xxx", .expected = "a line within the length limit",
                           .message = "longer than the limit of 256 bytes"}) == "line 3: `xxx`: longer than the limit of 256 bytes");
    // A header as a whole: the line and the message.
    CHECK(describe(problem{.code = problem_code::missing_field, .line = 1, .message = "the header has no column Intensity"}) ==
          "line 1: the header has no column Intensity");
    // The input as a whole, not located by a line: the message alone, which says where.
    CHECK(describe(problem{.code = problem_code::read_failed, .message = "read failed after line 12: Is a directory"}) ==
          "read failed after line 12: Is a directory");
}

TEST_CASE("a row reader's problems have a code and a severity: GDELT's native reader") {
    // Line 1 good, 2 a date that is no calendar day, 3 cut short, 4 invalid UTF-8 in Actor1Name.
    using namespace gdelt_fixtures;
    const std::string bad_name = join(with(v2_fields(), 7, "K\xD6LN"));
    const std::vector<std::string> full = v2_fields();
    const std::string text =
        lines({v2_row(), join(with(full, 2, "20241345")), join(std::vector<std::string>(full.begin(), full.begin() + 20)), bad_name});
    const gdelt::read_result r = gdelt::read_all(text, {.mode = gdelt::mode::strict});
    REQUIRE(r.records.size() == 1);
    REQUIRE(r.summary.messages.size() == 1);
    CHECK(r.summary.messages[0].code == problem_code::invalid_date);
    CHECK(r.summary.messages[0].severity == severity::error);
    const gdelt::read_result lenient = gdelt::read_all(text, {.mode = gdelt::mode::lenient});
    REQUIRE(lenient.summary.messages.size() == 2);  // invalid UTF-8 is kept and counted in lenient mode
    CHECK(lenient.summary.messages[1].code == problem_code::wrong_field_count);
    CHECK(lenient.summary.invalid_utf8_fields == 1);
    const gdelt::read_result strict_utf8 = gdelt::read_all(std::string_view{bad_name});
    REQUIRE(strict_utf8.summary.messages.size() == 1);
    CHECK(strict_utf8.summary.messages[0].code == problem_code::invalid_utf8);
    CHECK(strict_utf8.summary.messages[0].severity == severity::error);
}

TEST_CASE("a field's text is shown in at most 80 bytes, cut at a character, always valid UTF-8") {
    CHECK(shown_field("abc") == "abc");
    CHECK(shown_field("a\xFF") == "a\uFFFD");
    const std::string long_text = std::string(79, 'x') + "\u00e9\u00e9";  // the first é straddles byte 80
    CHECK(shown_field(long_text) == std::string(79, 'x') + "\u2026");
    CHECK(shown_field(std::string(100, 'y')).size() == 80 + 3);
}
