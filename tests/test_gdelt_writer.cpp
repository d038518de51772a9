// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/writer.hpp: rows written from typed records, byte for byte as read.
#include <bilateral/io/gdelt/writer.hpp>

#include <bilateral/io/gdelt/reader.hpp>

#include "test_gdelt_fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace bilateral;
using namespace bilateral::gdelt;
using namespace gdelt_fixtures;

TEST_CASE("gdelt writer: reading then writing gives back each layout byte for byte") {
    for (const std::string& line : {v2_row(), v1_daily_row(), v1_historical_row()}) {
        const std::string text = line + "\n";
        const read_result r = read_all(text);
        REQUIRE(r.records.size() == 1);
        CHECK(to_row(r.records[0]) == line);
    }
}

TEST_CASE("gdelt writer: numbers keep their spelling") {
    // Spellings a file may use: bare whole numbers, trailing zeros, a lone point, negative zero.
    const char* const spellings[][2] = {{"41", "60"}, {"41", "-85.0000"}, {"57", ".5"}, {"58", "5."},
                                        {"35", "-0"},  {"5", "2014.8137"},  {"35", "0.000"}, {"49", "007.5"}};
    for (const auto& spelling : spellings) {
        const std::string column = spelling[0], value = spelling[1];  // not a structured binding: CAPTURE is a lambda
        CAPTURE(column);
        CAPTURE(value);
        const std::string line = join(with(v2_fields(), static_cast<std::size_t>(std::stoi(column)), value));
        const read_result r = read_all(line);
        REQUIRE(r.records.size() == 1);
        CHECK(to_row(r.records[0]) == line);
    }
    for (const char* g : {"-10", "-10.0", "10", "0", "0.0", "-2", "-2.0", "3.4", "-0.4"}) {
        CAPTURE(g);
        const std::string line = join(with(v2_fields(), 31, g));
        const read_result r = read_all(line);
        REQUIRE(r.records.size() == 1);
        CHECK(to_row(r.records[0]) == line);
    }
}

TEST_CASE("gdelt writer: empty fields stay empty") {
    std::vector<std::string> f = v1_daily_fields();
    for (std::size_t i = 1; i < f.size(); ++i) f[i] = "";
    const std::string line = join(f);
    const read_result r = read_all(line);
    REQUIRE(r.records.size() == 1);
    CHECK(to_row(r.records[0]) == line);
}

TEST_CASE("gdelt writer: a record built in code is written in its layout") {
    record r{.format = format::v1_historical, .id = 42};
    r.dates.day = date{1982, 1, 2};
    r.event.code = cameo_code{"030"};
    r.event.goldstein = goldstein{.tenths = 40, .table = goldstein_table::gdelt};
    r.event.goldstein_decimals = 0;
    r.source_url = "not written: the backfile has no SOURCEURL";
    const std::string row = to_row(r);
    CHECK(std::count(row.begin(), row.end(), '\t') == 56);
    CHECK(row.starts_with("42\t19820102\t\t\t\t"));
    CHECK(row.find("\t030\t\t\t\t4\t") != std::string::npos);
    // A Goldstein value that needs its decimal gets it whatever goldstein_decimals says.
    r.event.goldstein = goldstein{.tenths = -45, .table = goldstein_table::gdelt};
    CHECK(to_row(r).find("\t-4.5\t") != std::string::npos);
    // Tabs and line feeds inside text would break the row: they become spaces.
    r.format = format::v2;
    r.actor1.name = "TWO\tWORDS\nAND MORE";
    const std::string v2 = to_row(r);
    CHECK(v2.find("TWO WORDS AND MORE") != std::string::npos);
    CHECK(std::count(v2.begin(), v2.end(), '\t') == 60);
}

TEST_CASE("gdelt writer: the stream writer buffers, writes a BOM when asked and ends lines as told") {
    const std::string text = lines({v2_row(), v1_daily_row()});
    const read_result r = read_all(text);
    REQUIRE(r.records.size() == 2);
    std::ostringstream out;
    {
        writer w{out, {.crlf = true}};
        w.write_bom();
        for (const record& row : r.records) w.write(row);
    }
    CHECK(out.str() == "\xEF\xBB\xBF" + lines({v2_row(), v1_daily_row()}, "\r\n"));
    // And it reads back to the same records.
    const std::string written = out.str();
    const read_result back = read_all(written);
    REQUIRE(back.records.size() == 2);
    CHECK(back.records[0] == r.records[0]);
    CHECK(back.records[1] == r.records[1]);
}

TEST_CASE("gdelt writer: rows written with the reader's line_end() give back every line end, a final lone CR too") {
    // CRLF, LF, then a last line ending with a lone '\r' (before: the '\r' was lost).
    const std::string text = v2_row() + "\r\n" + v1_daily_row() + "\n" + v1_historical_row() + "\r";
    std::istringstream in{text};
    reader r{in, {.chunk_size = 64}};
    std::ostringstream out;
    {
        writer w{out};
        while (const record* row = r.next()) w.write(*row, r.line_end());
    }
    CHECK(out.str() == text);
    std::string appended;
    reader again{std::string_view{text}};
    while (const record* row = again.next()) write_row(appended, *row, again.line_end());
    CHECK(appended == text);
}
