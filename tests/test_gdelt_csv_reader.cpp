// SPDX-License-Identifier: BSL-1.0
// GDELT re-exported as delimited text with a header (io/gdelt/csv_reader.hpp): the same records
// as the native reader of the same rows.
#include <bilateral/io/gdelt/csv_reader.hpp>
#include <bilateral/io/gdelt/reader.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "test_gdelt_fixtures.hpp"

using bilateral::read_mode;
using bilateral::gdelt::column;
using bilateral::gdelt::csv_reader;

namespace {

/// The labels of a layout's columns, in its order.
std::vector<std::string> labels_of(bilateral::gdelt::format f) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < bilateral::gdelt::field_count_of(f); ++i)
        out.emplace_back(bilateral::gdelt::label(bilateral::gdelt::column_at(f, i)));
    return out;
}

/// Fields as a CSV record: every field quoted, quotes doubled.
std::string quoted_csv(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i != 0) out += ',';
        out += '"';
        for (const char c : fields[i]) out.append(c == '"' ? 2 : 1, c);
        out += '"';
    }
    return out;
}

/// The native record's fields as a comparable string (its JSON-free shape: every column written
/// back as GDELT text by the native writer would be simplest, but the record is compared field by
/// field here to say which one differs).
void check_same(const bilateral::gdelt::record& a, const bilateral::gdelt::record& b) {
    CHECK(a.format == b.format);
    CHECK(a.id == b.id);
    CHECK(a.dates.day == b.dates.day);
    CHECK(a.actor1.code == b.actor1.code);
    CHECK(a.actor1.name == b.actor1.name);
    CHECK(a.actor1.country.str() == b.actor1.country.str());
    CHECK(a.actor2.country.str() == b.actor2.country.str());
    CHECK(a.event.code == b.event.code);
    CHECK(a.event.base == b.event.base);
    CHECK(a.event.root == b.event.root);
    CHECK(a.event.quad_class == b.event.quad_class);
    CHECK(a.event.goldstein == b.event.goldstein);
    CHECK(a.event.mentions == b.event.mentions);
    CHECK(a.event.articles == b.event.articles);
    CHECK(a.action_geo.fips == b.action_geo.fips);
    CHECK(a.action_geo.type == b.action_geo.type);
    CHECK(a.source_url == b.source_url);
}

}  // namespace

TEST_CASE("gdelt csv: a quoted comma-separated 2.0 row reads as the native row") {
    const std::vector<std::string> fields = gdelt_fixtures::v2_fields();
    const std::string native_text = gdelt_fixtures::join(fields) + "\n";
    const std::string csv = quoted_csv(labels_of(bilateral::gdelt::format::v2)) + "\r\n" + quoted_csv(fields) + "\r\n";
    bilateral::gdelt::reader native{native_text};
    csv_reader reader{csv};
    const bilateral::gdelt::record* expected = native.next();
    const bilateral::gdelt::record* got = reader.next();
    REQUIRE(expected != nullptr);
    REQUIRE(got != nullptr);
    check_same(*got, *expected);
    CHECK(reader.line_number() == 2);
    CHECK(reader.next() == nullptr);
    CHECK(reader.summary().ok());
    CHECK(reader.summary().rows == 1);
    CHECK(reader.summary().crlf_lines == 2);
    CHECK(reader.layout().format == bilateral::gdelt::format::v2);
    CHECK(reader.layout().gdelt_columns == 61);
    CHECK(describe(reader.layout()) == "comma-separated GDELT with a header: 61 of GDELT 2.0's 61 columns");
}

TEST_CASE("gdelt csv: columns in another order, a subset, other columns, names in BigQuery's case, tabs") {
    // id, date, the countries and the code, reversed, with an extra column and lower-case names.
    const std::string text =
        "extra\teventcode\tactor2countrycode\tactor1countrycode\tsqldate\tglobaleventid\n"
        "x\t042\tKAZ\tCHN\t20240703\t17\n";
    csv_reader reader{text};
    const bilateral::gdelt::record* r = reader.next();
    REQUIRE(r != nullptr);
    CHECK(r->id == 17);
    CHECK(r->dates.day == bilateral::date{2024, 7, 3});
    CHECK(r->actor1.country.str() == "CHN");
    CHECK(r->actor2.country.str() == "KAZ");
    CHECK(r->event.code.str() == "042");
    CHECK_FALSE(r->event.goldstein.has_value());  // absent columns are not given
    CHECK(reader.layout().delimiter == '\t');
    CHECK(reader.layout().format == bilateral::gdelt::format::v1_daily);
    CHECK(reader.layout().gdelt_columns == 5);
    CHECK(reader.layout().extra == std::vector<std::string_view>{"extra"});
    CHECK(reader.layout().absent.size() == 53);
    CHECK(reader.summary().extra_columns == 1);
    CHECK(describe(reader.layout()) == "tab-separated GDELT with a header: 5 of GDELT 1.0 daily's 58 columns, 1 other columns ignored");
}

TEST_CASE("gdelt csv: what pandas does to values is undone and counted: NA, 4.0, a lost leading zero") {
    const std::string text =
        "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,EventBaseCode,EventRootCode,QuadClass,"
        "GoldsteinScale,NumArticles,ActionGeo_Type,ActionGeo_CountryCode\n"
        "17,20240703,CHN,KAZ,42,42,4,1.0,1.9,12.0,4.0,NA\n"
        "18,20240703,NA,KAZ,311,31,3,2,-2.0,NA,NA,KZ\n";
    csv_reader reader{text};
    const bilateral::gdelt::record* r = reader.next();
    REQUIRE(r != nullptr);
    CHECK(r->event.code.str() == "042");
    CHECK(r->event.base.str() == "042");
    CHECK(r->event.root.str() == "04");
    CHECK(r->event.quad_class == bilateral::quad_class::verbal_cooperation);
    CHECK(r->event.articles == 12u);
    CHECK(r->action_geo.type == bilateral::gdelt::geo_type::world_city);
    CHECK(r->action_geo.fips.empty());
    r = reader.next();
    REQUIRE(r != nullptr);
    CHECK(r->actor1.country.empty());
    CHECK(r->event.code.str() == "0311");
    CHECK(r->event.base.str() == "031");
    CHECK(r->event.root.str() == "03");
    CHECK_FALSE(r->event.articles.has_value());
    CHECK(reader.restored_codes() == 2);
    CHECK(reader.decimal_whole_numbers() == 3);
    REQUIRE(reader.summary().notes.size() == 2);
    CHECK(reader.summary().note_count == 2);
    CHECK(describe(reader.summary().notes[1]) ==
          "line 3, column 5 (EventCode): `311`: a CAMEO code had lost its leading zero (read as 0311)");
    CHECK(reader.summary().notes[1].code == bilateral::problem_code::repaired_value);
    CHECK(reader.summary().notes[1].severity == bilateral::severity::note);
}

TEST_CASE("gdelt csv: a code that is not in the codebook with a zero either is an error, located in the file's column") {
    const std::string text = "EventCode,GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode\n210,1,20240703,CHN,KAZ\n";
    csv_reader reader{text};
    CHECK(reader.next() == nullptr);
    REQUIRE(reader.summary().messages.size() == 1);
    CHECK(describe(reader.summary().messages[0]) ==
          "line 2, column 1 (EventCode): `210`: expected a CAMEO event code (2-4 digits, root 01-20) or nothing");
    CHECK(reader.summary().messages[0].code == bilateral::problem_code::malformed_code);
    CHECK(reader.summary().stopped);
    CHECK(reader.summary().skipped == 1);
}

TEST_CASE("gdelt csv: the header must hold the columns a panel needs, each once") {
    {
        csv_reader reader{std::string_view{"GLOBALEVENTID,SQLDATE,EventCode\n1,20240703,042\n"}};
        CHECK(reader.next() == nullptr);
        REQUIRE(reader.summary().messages.size() == 1);
        CHECK(reader.summary().messages[0].message == "GDELT columns missing from the header: Actor1CountryCode, Actor2CountryCode");
        CHECK(reader.summary().messages[0].code == bilateral::problem_code::missing_field);
        CHECK(reader.summary().stopped);
    }
    {
        csv_reader reader{std::string_view{"GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,sqldate\n"}};
        CHECK(reader.next() == nullptr);
        REQUIRE(reader.summary().messages.size() == 1);
        CHECK(reader.summary().messages[0].message == "a GDELT column named twice: SQLDATE");
        CHECK(reader.summary().messages[0].code == bilateral::problem_code::repeated_field);
    }
    {
        csv_reader reader{std::string_view{""}};
        CHECK(reader.next() == nullptr);
        CHECK(reader.summary().ok());
        CHECK(reader.summary().lines == 0);
    }
}

TEST_CASE("gdelt csv: lenient mode skips bad rows, counts them, and keeps the good ones") {
    const std::string text =
        "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode\n"
        "1,20240703,CHN,KAZ,042\n"
        "2,,CHN,KAZ,042\n"                 // no date
        "3,20240703,CHN,KAZ\n"             // a field short
        "4,20240703,\"CH\tN\",KAZ,042\n"   // a tab inside a field
        "5,20240703,CHN,\"KAZ\"x,042\n"    // text after a closing quote
        "6,20240704,KAZ,CHN,043\n"
        "7,20240704,KAZ,CHN,\"043\n";      // a quote that never closes
    csv_reader reader{text, {.mode = read_mode::lenient}};
    std::vector<std::uint64_t> ids;
    while (const bilateral::gdelt::record* r = reader.next()) ids.push_back(r->id);
    CHECK(ids == std::vector<std::uint64_t>{1, 6});
    const bilateral::row_read_summary& s = reader.summary();
    CHECK(s.lines == 7);
    CHECK(s.rows == 2);
    CHECK(s.skipped == 5);
    CHECK(s.lines == s.rows + s.skipped);
    REQUIRE(s.messages.size() == 5);
    CHECK(describe(s.messages[0]) == "line 3, column 2 (SQLDATE): nothing: expected a date as YYYYMMDD");
    CHECK(describe(s.messages[1]) == "line 4: `4 fields`: 4 fields where the header has 5");
    CHECK(describe(s.messages[2]) ==
          "line 5, column 3 (Actor1CountryCode): `CH\tN`: a tab or a line break inside a field (GDELT values have none)");
    CHECK(describe(s.messages[3]) == "line 6: `5,20240703,CHN,\"KAZ\"x,042`: text after a closing quote");
    CHECK(describe(s.messages[4]) == "line 8: `7,20240704,KAZ,CHN,\"043\n`: a quoted field runs to the end of the text");
    using c = bilateral::problem_code;
    CHECK(s.messages[0].code == c::missing_value);
    CHECK(s.messages[1].code == c::wrong_field_count);
    CHECK(s.messages[2].code == c::invalid_syntax);
    CHECK(s.messages[3].code == c::invalid_syntax);
    CHECK(s.messages[4].code == c::invalid_syntax);
    for (const bilateral::problem& p : s.messages) CHECK(p.severity == bilateral::severity::error);
    CHECK_FALSE(s.stopped);
}

TEST_CASE("gdelt csv: invalid UTF-8 stops a strict read and is a counted note in lenient mode, as natively") {
    const std::string text =
        "GLOBALEVENTID,SQLDATE,Actor1Name,Actor1CountryCode,Actor2CountryCode,EventCode\n"
        "1,20240703,K\xFFZ,KAZ,CHN,042\n";
    {
        csv_reader reader{text};
        CHECK(reader.next() == nullptr);
        REQUIRE(reader.summary().messages.size() == 1);
        CHECK(describe(reader.summary().messages[0]) == "line 2, column 3 (Actor1Name): `K\uFFFDZ`: invalid UTF-8 at byte 2 of the field");
        CHECK(reader.summary().messages[0].code == bilateral::problem_code::invalid_utf8);
    }
    {
        csv_reader reader{text, {.mode = read_mode::lenient}};
        CHECK(reader.next() != nullptr);
        CHECK(reader.invalid_utf8_fields() == 1);
        CHECK(reader.summary().ok());
    }
}

TEST_CASE("gdelt csv: a record over the length limit is an error, and reading goes on") {
    const std::string text = "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode\n1,20240703,CHN,KAZ,042,\"" +
                             std::string(200, 'x') + "\"\n2,20240703,CHN,KAZ,042\n";
    csv_reader reader{text, {.mode = read_mode::lenient, .max_line_length = 100}};
    const bilateral::gdelt::record* r = reader.next();
    REQUIRE(r != nullptr);
    CHECK(r->id == 2);
    REQUIRE(reader.summary().messages.size() == 1);
    CHECK(reader.summary().messages[0].message == "longer than the limit of 100 bytes");
    CHECK(reader.summary().messages[0].code == bilateral::problem_code::too_long);
    CHECK(reader.summary().messages[0].line == 2);
}

#ifdef BILATERAL_DATA_DIR
#include "test_files.hpp"

TEST_CASE("gdelt csv: the real GDELT files, written as quoted CSV with a header and NA, read as the native rows") {
    for (const char* name : {"gdelt2_20151027220000.export_narayave-Insight-GDELT-Feed.tsv",
                             "gdelt1_daily_20141124_export_loum-geoutils.tsv"}) {
        const std::string native_text = bilateral_test::file_bytes(std::string{BILATERAL_DATA_DIR} + "/gdelt/" + name);
        bilateral::gdelt::reader native{native_text};
        // Written by this test: each row's fields quoted, empty ones as NA, under the layout's labels.
        std::string csv;
        bool header = false;
        std::vector<std::string> lines;
        for (std::size_t from = 0; from < native_text.size();) {
            const std::size_t end = std::min(native_text.find('\n', from), native_text.size());
            std::string line = native_text.substr(from, end - from);
            from = end + 1;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            std::vector<std::string> fields;
            for (std::size_t f = 0;;) {
                const std::size_t tab = line.find('\t', f);
                fields.push_back(line.substr(f, tab == std::string::npos ? std::string::npos : tab - f));
                if (tab == std::string::npos) break;
                f = tab + 1;
            }
            if (!header) {
                csv += quoted_csv(labels_of(*bilateral::gdelt::format_of(fields.size()))) + "\n";
                header = true;
            }
            for (std::string& f : fields)
                if (f.empty()) f = "NA";
            csv += quoted_csv(fields) + "\n";
        }
        csv_reader reader{csv};
        std::uint64_t rows = 0;
        while (const bilateral::gdelt::record* expected = native.next()) {
            const bilateral::gdelt::record* got = reader.next();
            REQUIRE(got != nullptr);
            check_same(*got, *expected);
            ++rows;
        }
        CHECK(reader.next() == nullptr);
        CHECK(reader.summary().ok());
        CHECK(reader.summary().rows == rows);
        CHECK(rows > 99);
    }
}
#endif

TEST_CASE("gdelt csv: a date that is no calendar day is an invalid_date, located in the file's column") {
    const std::string text =
        "Actor1CountryCode,SQLDATE,GLOBALEVENTID,Actor2CountryCode,EventCode\nCHN,20241345,1,KAZ,042\nCHN,2024-07-03,2,KAZ,042\n";
    csv_reader reader{text, {.mode = read_mode::lenient}};
    CHECK(reader.next() == nullptr);
    const bilateral::row_read_summary& s = reader.summary();
    REQUIRE(s.messages.size() == 2);
    CHECK(describe(s.messages[0]) == "line 2, column 2 (SQLDATE): `20241345`: expected a date as YYYYMMDD");
    CHECK(s.messages[0].code == bilateral::problem_code::invalid_date);
    CHECK(s.messages[0].severity == bilateral::severity::error);
    CHECK(s.messages[1].column == 2);
    CHECK(s.messages[1].code == bilateral::problem_code::malformed_value);  // not of the form at all
}
