// SPDX-License-Identifier: BSL-1.0
// Which format a text is, from its first line (io/detect.hpp).
#include <bilateral/io/detect.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "test_gdelt_fixtures.hpp"

using bilateral::detect_format;
using bilateral::source_format;

TEST_CASE("detect: GDELT's own rows by their field count, with the layout named") {
    const auto d2 = detect_format(gdelt_fixtures::join(gdelt_fixtures::v2_fields()) + "\n");
    CHECK(d2.format == source_format::gdelt);
    CHECK(d2.reason == "61 tab-separated fields and no header (GDELT 2.0 rows)");
    CHECK(detect_format("\xEF\xBB\xBF" + gdelt_fixtures::join(gdelt_fixtures::v1_historical_fields())).reason ==
          "57 tab-separated fields and no header (GDELT 1.0 backfile rows)");
}

TEST_CASE("detect: headers name the source, whatever the delimiter, the case or the quotes") {
    CHECK(detect_format("\"GLOBALEVENTID\",\"SQLDATE\",\"EventCode\"\n1,2,3\n").format == source_format::gdelt_csv);
    CHECK(detect_format("globaleventid\tsqldate\n").reason == "a header naming GDELT's columns (tab-separated)");
    CHECK(detect_format("Event ID\tEvent Date\tSource Name\tCAMEO Code\n").format == source_format::icews);
    CHECK(detect_format("Event ID\tEvent Date\tEvent Type\tEvent Mode\n").format == source_format::polecat);
}

TEST_CASE("detect: Phoenix rows: 26 tab-separated fields, a date, then a year") {
    std::string row = "abc123\t20240703\t2024";
    for (int i = 3; i < 26; ++i) row += '\t';
    CHECK(detect_format(row).format == source_format::phoenix);
    CHECK(detect_format("abc123\t2024-07-03\t2024" + std::string(23, '\t')).format == source_format::unknown);
}

TEST_CASE("detect: the library's dataset by its first key; any other JSON is PLOVER") {
    CHECK(detect_format("{\n  \"sources\": []}").format == source_format::json);
    CHECK(detect_format("  {\"events\": []}").reason ==
          "a JSON object whose first key, \"events\", is a record list of the library's dataset");
    CHECK(detect_format("{\"id\": \"x\", \"event\": \"CONSULT\"}\n").format == source_format::plover);
    CHECK(detect_format("[\n{\"id\": \"x\"}]").format == source_format::plover);
}

TEST_CASE("detect: what is none of them says what it is") {
    CHECK(detect_format("").format == source_format::unknown);
    CHECK(detect_format(" \n\n").reason == "nothing but blanks");
    CHECK(detect_format(" \n\n").empty);
    CHECK_FALSE(detect_format("a,b\n").empty);
    CHECK(detect_format("a,b,c\n").reason == "a first line that is none of the formats' (3 comma-separated fields)");
    CHECK(name_of(source_format::gdelt_csv) == "gdelt-csv");
}
