// SPDX-License-Identifier: BSL-1.0
// Delimited text as records of fields (io/import/delimited.hpp).
#include <bilateral/io/import/delimited.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

using bilateral::delimited_reader;
using status = bilateral::delimited_reader::status;

namespace {

std::vector<std::string> fields_of(const delimited_reader& r) { return {r.fields().begin(), r.fields().end()}; }

}  // namespace

TEST_CASE("tab-separated: fields as written, blank lines skipped, lines numbered as editors count them") {
    delimited_reader r{"a\tb\t\n\n  \nc\t\"d\"\te\n", {}};
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"a", "b", ""});
    CHECK(r.line() == 1);
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"c", "\"d\"", "e"});  // quoting::none keeps quotes
    CHECK(r.line() == 4);
    CHECK(r.next() == status::end);
}

TEST_CASE("a line of tabs is a record of empty fields; a BOM and CRLF are accepted and counted") {
    delimited_reader r{"\xEF\xBB\xBFx\ty\r\n\t\t\r\n", {.delimiter = '\t', .quoting = bilateral::quoting::strip}};
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"x", "y"});
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"", "", ""});
    CHECK(r.bom());
    CHECK(r.crlf_lines() == 2);
}

TEST_CASE("quoting::strip removes the quotes around a whole field only") {
    delimited_reader r{"\"a\"\t\"b\"c\t\"\t\"\"", {.delimiter = '\t', .quoting = bilateral::quoting::strip}};
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"a", "\"b\"c", "\"", ""});
}

TEST_CASE("csv: quoted fields hold commas, doubled quotes and line ends; line numbers count the lines inside") {
    const std::string_view text = "id,text,n\r\n1,\"a, \"\"quoted\"\" word\",2\n2,\"two\nlines\",3\n3,,\n";
    delimited_reader r{text, {.delimiter = ',', .quoting = bilateral::quoting::csv}};
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"id", "text", "n"});
    CHECK(r.raw() == "id,text,n");
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"1", "a, \"quoted\" word", "2"});
    CHECK(r.line() == 2);
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"2", "two\nlines", "3"});
    CHECK(r.line() == 3);
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"3", "", ""});
    CHECK(r.line() == 5);
    CHECK(r.next() == status::end);
    CHECK(r.crlf_lines() == 1);
}

TEST_CASE("csv: several unescaped fields in one record keep their text (the buffer does not move)") {
    delimited_reader r{"\"a\"\"1\",\"b\"\"2\",\"c\"\"3\"\n", {.delimiter = ',', .quoting = bilateral::quoting::csv}};
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"a\"1", "b\"2", "c\"3"});
}

TEST_CASE("csv: the last record without a line end, and one ending in a delimiter") {
    delimited_reader r{"a,b\nc,", {.delimiter = ',', .quoting = bilateral::quoting::csv}};
    REQUIRE(r.next() == status::record);
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"c", ""});
    CHECK(r.next() == status::end);
}

TEST_CASE("csv: an unterminated quote takes the rest of the text and is reported") {
    delimited_reader r{"a,b\n1,\"open\n2,3\n", {.delimiter = ',', .quoting = bilateral::quoting::csv}};
    REQUIRE(r.next() == status::record);
    CHECK(r.next() == status::unterminated_quote);
    CHECK(r.line() == 2);
    CHECK(r.raw() == "1,\"open\n2,3\n");
    CHECK(r.next() == status::end);
}

TEST_CASE("csv: text after a closing quote is reported, and reading goes on with the next line") {
    delimited_reader r{"\"a\"b,c\nd,e\n", {.delimiter = ',', .quoting = bilateral::quoting::csv}};
    CHECK(r.next() == status::text_after_quote);
    CHECK(r.raw() == "\"a\"b,c");
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"d", "e"});
    CHECK(r.line() == 2);
}

TEST_CASE("a record over the length limit is reported and skipped, in both framings") {
    for (const auto quoting : {bilateral::quoting::none, bilateral::quoting::csv}) {
        const std::string text = "short\n" + std::string(50, 'x') + "\nafter\n";
        delimited_reader r{text, {.delimiter = ',', .quoting = quoting}, 10};
        REQUIRE(r.next() == status::record);
        CHECK(r.next() == status::too_long);
        CHECK(r.line() == 2);
        CHECK(r.raw().size() == 10);
        REQUIRE(r.next() == status::record);
        CHECK(fields_of(r) == std::vector<std::string>{"after"});
        CHECK(r.line() == 3);
    }
}

TEST_CASE("csv: a quoted field with doubled quotes over the limit is too long before anything is copied") {
    const std::string text = "\"x\"\"y\",\"" + std::string(50, 'z') + "\"\"\"\nnext\n";
    delimited_reader r{text, {.delimiter = ',', .quoting = bilateral::quoting::csv}, 10};
    CHECK(r.next() == status::too_long);
    CHECK(r.fields().empty());
    REQUIRE(r.next() == status::record);
    CHECK(fields_of(r) == std::vector<std::string>{"next"});
}

TEST_CASE("csv: a lone CR ending the text ends the record, after a plain field or a closing quote; CRLF blank lines count") {
    for (const std::string_view text : {std::string_view{"a,b\r"}, std::string_view{"a,\"b\"\r"}}) {
        delimited_reader r{text, {.delimiter = ',', .quoting = bilateral::quoting::csv}};
        REQUIRE(r.next() == status::record);
        CHECK(fields_of(r) == std::vector<std::string>{"a", "b"});
        CHECK(r.crlf_lines() == 1);
        CHECK(r.next() == status::end);
    }
    delimited_reader blank{"a\r\n\r\nb\r\n", {.delimiter = ',', .quoting = bilateral::quoting::csv}};
    while (blank.next() == status::record) {
    }
    CHECK(blank.crlf_lines() == 3);
}

TEST_CASE("delimiter_of: a tab outside quotes wins, then a comma, else a tab") {
    static_assert(bilateral::delimiter_of("a\tb,c") == '\t');
    static_assert(bilateral::delimiter_of("\"a\tb\",c") == ',');
    static_assert(bilateral::delimiter_of("a,b") == ',');
    static_assert(bilateral::delimiter_of("abc") == '\t');
    CHECK(bilateral::delimiter_of("GLOBALEVENTID,SQLDATE") == ',');
}

TEST_CASE("same_column_name: case, spaces, underscores and dots do not matter; everything else does") {
    static_assert(bilateral::same_column_name("Event Date", "event_date"));
    static_assert(bilateral::same_column_name("Event Date", "EVENT.DATE"));
    static_assert(!bilateral::same_column_name("Event Date", "EventDate"));
    static_assert(!bilateral::same_column_name("Event Date", "Event Dates"));
}

TEST_CASE("match_header: known columns found in any order, extra ones listed, a repeated one reported") {
    constexpr std::array<std::string_view, 3> labels{"id", "date", "code"};
    const std::array<std::string_view, 5> header{"code", " extra ", "ID", "date", "code"};
    const bilateral::header_columns h = bilateral::match_header(header, labels, bilateral::same_column_name);
    CHECK(h.index == std::vector<std::size_t>{2, 3, 0});
    CHECK(h.extra == std::vector<std::string_view>{"extra"});
    CHECK(h.repeated == std::vector<std::string_view>{"code"});
    CHECK(h.fields == 5);
    const bilateral::header_columns exact = bilateral::match_header(header, labels);
    CHECK_FALSE(exact.has(0));  // "ID" is not "id" when names must be equal
    CHECK(exact.has(1));
}
