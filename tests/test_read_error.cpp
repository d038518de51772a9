// SPDX-License-Identifier: BSL-1.0
// Tests of io/import/read_error.hpp: the row readers' problem, described in one line.
#include <bilateral/io/import/read_error.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace bilateral;

TEST_CASE("a problem is described by line, column, its name, the value and what was expected") {
    CHECK(describe(read_error{.line = 2, .column = 2, .column_name = "SQLDATE", .value = "20141331", .expected = "a date as YYYYMMDD"}) ==
          "line 2, column 2 (SQLDATE): `20141331`: expected a date as YYYYMMDD");
    CHECK(describe(read_error{.line = 4, .column = 8, .column_name = "Intensity", .expected = "a number"}) ==
          "line 4, column 8 (Intensity): nothing: expected a number");
    CHECK(describe(read_error{.line = 3, .column = 7, .value = "K", .expected = "UTF-8 text", .problem = "invalid UTF-8 at byte 2 of the field"}) ==
          "line 3, column 7: `K`: invalid UTF-8 at byte 2 of the field");
    // A problem of the input as a whole: the problem alone, which says where.
    CHECK(describe(read_error{.line = 12, .problem = "read failed after line 12: Is a directory"}) ==
          "read failed after line 12: Is a directory");
}

TEST_CASE("a field's text is shown in at most 80 bytes, cut at a character, always valid UTF-8") {
    CHECK(shown_field("abc") == "abc");
    CHECK(shown_field("a\xFF") == "a\uFFFD");
    const std::string long_text = std::string(79, 'x') + "\u00e9\u00e9";  // the first é straddles byte 80
    CHECK(shown_field(long_text) == std::string(79, 'x') + "\u2026");
    CHECK(shown_field(std::string(100, 'y')).size() == 80 + 3);
}
