// SPDX-License-Identifier: BSL-1.0
// Tests of io/phoenix/reader.hpp: Phoenix files written here from the documented layout, one
// quirk at a time, and the fixture tests/data/phoenix/sample.tsv.
#include <bilateral/io/phoenix/reader.hpp>

#include "test_files.hpp"
#include "test_row_problems.hpp"

#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

using namespace bilateral;
using phoenix::column;

namespace {

/// A Kazakhstan–China row in Phoenix's 26 columns (Tokayev hosts Xi in Astana).
std::array<std::string, phoenix::column_count> kaz_chn() {
    return {"17", "20240703", "2024", "07", "03", "KAZGOV", "KAZ", "GOV", "", "CHNGOV", "CHN", "GOV", "", "043", "04", "1",
            "2.8", "FOREIGN_AFFAIRS,1", "51.1801", "71.446", "Astana", "", "KAZ", "6685a1f2c1a2b3c4d5e6f701_2",
            "https://news.example.com/a;https://wire.example.net/b", "example_world;example_wire"};
}

/// The row as a line of the file.
std::string line(const std::array<std::string, phoenix::column_count>& fields) {
    std::string out;
    for (const std::string& f : fields) out.append(f).push_back('\t');
    out.back() = '\n';
    return out;
}

/// The Kazakhstan–China row with some columns changed.
std::string row_with(std::initializer_list<std::pair<column, std::string_view>> changes = {}) {
    auto fields = kaz_chn();
    for (const auto& change : changes) fields[static_cast<std::size_t>(change.first)] = std::string{change.second};
    return line(fields);
}

std::vector<phoenix::record> all_rows(phoenix::reader& r) {
    std::vector<phoenix::record> rows;
    while (const phoenix::record* x = r.next()) rows.push_back(*x);
    return rows;
}

/// Every problem of a one-row text read leniently, described.
std::vector<std::string> problems_of(const std::string& text) {
    phoenix::reader r{std::string_view{text}, {.mode = read_mode::lenient}};
    (void)all_rows(r);
    std::vector<std::string> out;
    for (const problem& e : r.summary().messages) out.push_back(describe(e));
    return out;
}

/// The first problem of a one-row text, described ("" if none).
std::string first_problem(const std::string& text) {
    const std::vector<std::string> all = problems_of(text);
    return all.empty() ? std::string{} : all.front();
}

}  // namespace

TEST_CASE("a row gives every column, typed; an empty field is not given") {
    const std::string text = row_with();
    phoenix::reader r{std::string_view{text}};
    const phoenix::record* x = r.next();
    REQUIRE(x);
    CHECK(x->event_id == "17");
    CHECK(x->date == date{2024, 7, 3});
    CHECK(x->source.code == "KAZGOV");
    CHECK(x->source.entity == "KAZ");
    CHECK(x->source.role == "GOV");
    CHECK(x->source.attributes.empty());
    CHECK(x->target.code == "CHNGOV");
    CHECK(x->target.entity == "CHN");
    CHECK(x->code == cameo_code{"043"});
    CHECK_FALSE(x->code_restored);
    CHECK(x->quad_class == 1);
    CHECK(x->goldstein == std::int16_t{28});
    CHECK(x->issues == "FOREIGN_AFFAIRS,1");
    CHECK(x->lat == "51.1801");
    CHECK(x->lon == "71.446");
    CHECK(x->location_name == "Astana");
    CHECK(x->state_name.empty());
    CHECK(x->country_code == "KAZ");
    CHECK(x->sentence_ids == "6685a1f2c1a2b3c4d5e6f701_2");
    CHECK(x->urls == "https://news.example.com/a;https://wire.example.net/b");
    CHECK(x->news_sources == "example_world;example_wire");
    CHECK(r.line_number() == 1);
    CHECK(r.next() == nullptr);
    CHECK(r.summary().lines == 1);
    CHECK(r.summary().rows == 1);
    CHECK(r.summary().ok());
    CHECK(r.summary().note_count == 0);
}

TEST_CASE("optional columns may be empty; Month and Day may have their leading zero or not") {
    const std::string text = row_with({{column::month, "7"},
                                       {column::day, "3"},
                                       {column::target_actor_role, ""},
                                       {column::event_root_code, ""},
                                       {column::quad_class, ""},
                                       {column::goldstein_score, ""},
                                       {column::lat, ""},
                                       {column::lon, ""},
                                       {column::urls, ""}});
    phoenix::reader r{std::string_view{text}};
    const phoenix::record* x = r.next();
    REQUIRE(x);
    CHECK(x->date == date{2024, 7, 3});
    CHECK(x->target.role.empty());
    CHECK_FALSE(x->quad_class);
    CHECK_FALSE(x->goldstein);
    CHECK(x->lat.empty());
    CHECK(r.summary().ok());
}

TEST_CASE("QuadClass is kept as written: 0 (Phoenix's neutral) for root 01, 3 for root 16") {
    const std::string text = row_with({{column::event_code, "010"}, {column::event_root_code, "01"}, {column::quad_class, "0"}}) +
                             row_with({{column::event_code, "160"}, {column::event_root_code, "16"}, {column::quad_class, "3"}});
    phoenix::reader r{std::string_view{text}};
    const std::vector<phoenix::record> rows = all_rows(r);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].quad_class == 0);
    CHECK(rows[1].quad_class == 3);
}

TEST_CASE("a CAMEO code or root code that lost its leading zero gets it back, noted with its place") {
    const std::string text = row_with({{column::event_code, "43"}, {column::event_root_code, "4"}}) +
                             row_with({{column::event_code, "311"}, {column::event_root_code, "03"}}) +
                             row_with({{column::event_code, "110"}, {column::event_root_code, "11"}});
    phoenix::reader r{std::string_view{text}};
    const std::vector<phoenix::record> rows = all_rows(r);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].code == cameo_code{"043"});
    CHECK(rows[0].code_restored);
    CHECK(rows[1].code == cameo_code{"0311"});  // root 31 does not exist: it was 0311
    CHECK(rows[1].code_restored);
    CHECK(rows[2].code == cameo_code{"110"});   // root 11: as written
    CHECK_FALSE(rows[2].code_restored);
    CHECK(r.summary().ok());
    CHECK(r.summary().note_count == 3);
    REQUIRE(r.summary().notes.size() == 3);
    CHECK(describe(r.summary().notes[0]) == "line 1, column 14 (EventCode): `43`: read as 043 (its leading zero was lost)");
    CHECK(describe(r.summary().notes[1]) == "line 1, column 15 (EventRootCode): `4`: read as 04 (its leading zero was lost)");
    CHECK(describe(r.summary().notes[2]) == "line 2, column 14 (EventCode): `311`: read as 0311 (its leading zero was lost)");
}

TEST_CASE("Year, Month and Day must say what Date says; the error names the column that does not") {
    CHECK(first_problem(row_with({{column::year, "2023"}})) == "line 1, column 3 (Year): `2023`: disagrees with Date 20240703");
    CHECK(first_problem(row_with({{column::month, "06"}})) == "line 1, column 4 (Month): `06`: disagrees with Date 20240703");
    CHECK(first_problem(row_with({{column::day, "4"}})) == "line 1, column 5 (Day): `4`: disagrees with Date 20240703");
    CHECK(first_problem(row_with({{column::month, "July"}})) == "line 1, column 4 (Month): `July`: expected the month of Date");
    CHECK(first_problem(row_with({{column::day, "003"}})) == "line 1, column 5 (Day): `003`: expected the day of Date");
    CHECK(first_problem(row_with({{column::year, ""}})) == "line 1, column 3 (Year): nothing: expected the year of Date");
    // All three wrong: three errors, one per column.
    CHECK(problems_of(row_with({{column::year, "2023"}, {column::month, "6"}, {column::day, "30"}})).size() == 3);
    // A bad Date is the one error: the parts have nothing to agree with.
    CHECK(problems_of(row_with({{column::date, "20240230"}})) ==
          std::vector<std::string>{"line 1, column 2 (Date): `20240230`: expected a date as YYYYMMDD"});
    CHECK(first_problem(row_with({{column::date, "2024-07-03"}})) ==
          "line 1, column 2 (Date): `2024-07-03`: expected a date as YYYYMMDD");
    CHECK(first_problem(row_with({{column::date, "240703"}})) == "line 1, column 2 (Date): `240703`: expected a date as YYYYMMDD");
}

TEST_CASE("a row of another number of fields is refused, saying how many it has") {
    std::string short_row = row_with();
    short_row.erase(short_row.rfind('\t'));
    short_row += '\n';
    CHECK(first_problem(short_row) == "line 1: found 25 fields; Phoenix rows have 26");
    std::string long_row = row_with();
    long_row.insert(long_row.size() - 1, "\tgeo sentence");
    CHECK(first_problem(long_row) == "line 1: found 27 fields; Phoenix rows have 26");
    // A line of tabs is a row of empty fields, not a blank line.
    CHECK(first_problem(std::string(25, '\t') + "\n") == "line 1, column 1 (EventID): nothing: expected the event's id");
    // Phoenix files have no header: a header line is a row with a bad Date.
    std::string header;
    for (const std::string_view l : phoenix::column_labels) header.append(l).push_back('\t');
    header.back() = '\n';
    CHECK(first_problem(header + row_with()) == "line 1, column 2 (Date): `Date`: expected a date as YYYYMMDD");
}

TEST_CASE("what each typed column refuses, located by line, column and name") {
    CHECK(first_problem(row_with({{column::event_id, ""}})) == "line 1, column 1 (EventID): nothing: expected the event's id");
    CHECK(first_problem(row_with({{column::source_actor_entity, "Kaz"}})) ==
          "line 1, column 7 (SourceActorEntity): `Kaz`: expected three capital letters (a CAMEO code)");
    CHECK(first_problem(row_with({{column::target_actor_role, "GOVT"}})) ==
          "line 1, column 12 (TargetActorRole): `GOVT`: expected three capital letters (a CAMEO code)");
    CHECK(first_problem(row_with({{column::event_code, "0A3"}})) ==
          "line 1, column 14 (EventCode): `0A3`: expected a CAMEO event code of 3 or 4 digits with a root from 01 to 20");
    CHECK(first_problem(row_with({{column::event_code, "210"}})).starts_with("line 1, column 14 (EventCode): `210`"));  // 0210 is no code
    CHECK(first_problem(row_with({{column::event_root_code, "05"}})) ==
          "line 1, column 15 (EventRootCode): `05`: EventCode 043 has root 04");
    CHECK(first_problem(row_with({{column::event_root_code, "3"}})) ==
          "line 1, column 15 (EventRootCode): `3`: EventCode 043 has root 04");
    CHECK(first_problem(row_with({{column::quad_class, "5"}})) == "line 1, column 16 (QuadClass): `5`: expected a quad class from 0 to 4");
    CHECK(first_problem(row_with({{column::quad_class, "1.0"}})).starts_with("line 1, column 16 (QuadClass): `1.0`"));
    CHECK(first_problem(row_with({{column::goldstein_score, "2.85"}})) ==
          "line 1, column 17 (GoldsteinScore): `2.85`: expected a number from -10 to 10 with at most one decimal");
    CHECK(first_problem(row_with({{column::goldstein_score, "-10.5"}})).starts_with("line 1, column 17 (GoldsteinScore)"));
    CHECK(first_problem(row_with({{column::goldstein_score, "-10.0"}})).empty());
    CHECK(first_problem(row_with({{column::lat, "91"}})) == "line 1, column 19 (Lat): `91`: expected degrees from -90 to 90");
    CHECK(first_problem(row_with({{column::lon, "-180.5"}})) == "line 1, column 20 (Lon): `-180.5`: expected degrees from -180 to 180");
    CHECK(first_problem(row_with({{column::lon, "1e-05"}})).starts_with("line 1, column 20 (Lon)"));
    CHECK(first_problem(row_with({{column::location_name, "Astan\xC3"}})) ==
          "line 1, column 21 (LocationName): `Astan\uFFFD`: invalid UTF-8 at byte 6 of the field");
    CHECK(first_problem(row_with({{column::news_sources, "\xFF"}})) ==
          "line 1, column 26 (NewsSources): `\uFFFD`: invalid UTF-8 at byte 1 of the field");
}

TEST_CASE("strict stops at the first problem; lenient skips the row, counts and lists all its problems") {
    const std::string text = row_with() + row_with({{column::month, "08"}, {column::quad_class, "7"}}) +
                             row_with({{column::event_id, "18"}});
    SUBCASE("strict") {
        phoenix::reader r{std::string_view{text}};
        CHECK(all_rows(r).size() == 1);
        CHECK(r.summary().stopped);
        CHECK(r.summary().errors == 1);
        CHECK(r.summary().skipped == 1);
        CHECK(r.summary().lines == 2);
        REQUIRE(r.summary().messages.size() == 1);
        CHECK(describe(r.summary().messages[0]) == "line 2, column 4 (Month): `08`: disagrees with Date 20240703");
        CHECK(r.next() == nullptr);  // stays stopped
        CHECK(r.summary().lines == r.summary().rows + r.summary().skipped);
    }
    SUBCASE("lenient") {
        phoenix::reader r{std::string_view{text}, {.mode = read_mode::lenient}};
        const std::vector<phoenix::record> rows = all_rows(r);
        REQUIRE(rows.size() == 2);
        CHECK(rows[1].event_id == "18");
        CHECK(r.line_number() == 3);
        CHECK_FALSE(r.summary().stopped);
        CHECK(r.summary().errors == 2);  // the month and the quad class of line 2
        REQUIRE(r.summary().messages.size() == 2);
        CHECK(describe(r.summary().messages[1]) == "line 2, column 16 (QuadClass): `7`: expected a quad class from 0 to 4");
        CHECK(r.summary().lines == 3);
        CHECK(r.summary().lines == r.summary().rows + r.summary().skipped);
    }
}

TEST_CASE("a UTF-8 BOM and CRLF line ends are accepted and counted; blank lines are skipped but numbered") {
    std::string crlf = row_with();
    crlf.insert(crlf.size() - 1, "\r");
    const std::string text = "\xEF\xBB\xBF" + crlf + "\r\n   \n" + crlf;
    phoenix::reader r{std::string_view{text}};
    const phoenix::record* first = r.next();
    REQUIRE(first);
    CHECK(first->event_id == "17");                              // no BOM in the first field
    CHECK(first->news_sources == "example_world;example_wire");  // no CR in the last
    CHECK(r.line_number() == 1);
    const phoenix::record* second = r.next();
    REQUIRE(second);
    CHECK(r.line_number() == 4);
    CHECK(r.next() == nullptr);
    CHECK(r.summary().bom);
    CHECK(r.summary().crlf_lines == 3);  // the blank CRLF line too
    CHECK(r.summary().lines == 2);
    CHECK(r.summary().ok());
}

TEST_CASE("a line longer than the limit is a problem of its own, and the read goes on after it") {
    const std::string text = row_with() + std::string(300, 'x') + "\n" + row_with({{column::event_id, "19"}});
    phoenix::reader r{std::string_view{text}, {.mode = read_mode::lenient, .max_line_length = 256}};
    const std::vector<phoenix::record> rows = all_rows(r);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].event_id == "19");
    REQUIRE(r.summary().messages.size() == 1);
    CHECK(describe(r.summary().messages[0]) == "line 2: `" + std::string(80, 'x') + "\u2026`: longer than the limit of 256 bytes");
    CHECK(r.summary().lines == 3);
    CHECK(r.summary().skipped == 1);
}

TEST_CASE("limits: every error and note is counted, the first ones kept; on_error sees every error") {
    const std::string bad = row_with({{column::quad_class, "9"}});
    const std::string restored = row_with({{column::event_code, "43"}});
    const std::string text = bad + restored + bad + restored;
    std::vector<std::string> seen;
    phoenix::reader r{std::string_view{text},
                      {.mode = read_mode::lenient,
                       .max_messages = 0,
                       .max_notes = 1,
                       .on_error = [&](const problem& e) { seen.push_back(describe(e)); }}};
    CHECK(all_rows(r).size() == 2);
    CHECK(r.summary().errors == 2);
    CHECK(r.summary().messages.empty());
    CHECK(seen == std::vector<std::string>{"line 1, column 16 (QuadClass): `9`: expected a quad class from 0 to 4",
                                           "line 3, column 16 (QuadClass): `9`: expected a quad class from 0 to 4"});
    CHECK(r.summary().note_count == 2);
    REQUIRE(r.summary().notes.size() == 1);
    CHECK(r.summary().notes[0].line == 2);
}

TEST_CASE("a skipped row leaves no notes: its code's lost zero is not noted") {
    const std::string text = row_with({{column::event_code, "43"}, {column::goldstein_score, "x"}});
    phoenix::reader r{std::string_view{text}, {.mode = read_mode::lenient}};
    CHECK(all_rows(r).empty());
    CHECK(r.summary().errors == 1);
    CHECK(r.summary().note_count == 0);
}

TEST_CASE("an empty text has no rows and no problem") {
    for (const std::string_view text : {std::string_view{}, std::string_view{"\n\n"}, std::string_view{"\xEF\xBB\xBF"}}) {
        phoenix::reader r{text};
        CHECK(r.next() == nullptr);
        CHECK(r.summary().ok());
        CHECK(r.summary().lines == 0);
        CHECK_FALSE(r.summary().stopped);
    }
}

TEST_CASE("the fixture tests/data/phoenix/sample.tsv reads clean: 8 rows, one code and one root code restored") {
    const std::string text =
        bilateral_test::file_bytes(std::filesystem::path{__FILE__}.parent_path() / "data" / "phoenix" / "sample.tsv");
    phoenix::reader r{std::string_view{text}};
    const std::vector<phoenix::record> rows = all_rows(r);
    CHECK(r.summary().ok());
    REQUIRE(rows.size() == 8);
    CHECK(rows[0].source.entity == "CHN");
    CHECK(rows[0].target.entity == "KAZ");
    CHECK(rows[2].code == cameo_code{"057"});
    CHECK(rows[2].code_restored);
    CHECK(r.summary().note_count == 2);
    CHECK(rows[7].target.attributes == "MUS;ISI");
}

TEST_CASE("the reader refuses a temporary string (its records would dangle)") {
    static_assert(!std::is_constructible_v<phoenix::reader, std::string&&>);
    static_assert(!std::is_constructible_v<phoenix::reader, const std::string&&>);
    static_assert(std::is_constructible_v<phoenix::reader, std::string_view>);
    static_assert(std::is_same_v<phoenix::read_options, row_read_options>);
}

TEST_CASE("each problem has a code to switch on, and notes have severity note") {
    const auto first = [](const std::string& text, row_read_options options = {}) {
        return test::first_error_code<phoenix::reader>(text, options);
    };
    using c = problem_code;
    CHECK(first(row_with({{column::date, "20240230"}})) == c::invalid_date);
    CHECK(first(row_with({{column::date, "2024-07-03"}})) == c::malformed_value);
    CHECK(first(row_with({{column::date, ""}})) == c::missing_value);
    CHECK(first(row_with({{column::month, "08"}})) == c::inconsistent_values);
    CHECK(first(row_with({{column::month, "July"}})) == c::malformed_value);
    CHECK(first(row_with({{column::event_id, ""}})) == c::missing_value);
    CHECK(first(row_with({{column::source_actor_entity, "Kaz"}})) == c::malformed_code);
    CHECK(first(row_with({{column::event_code, "0A3"}})) == c::malformed_code);
    CHECK(first(row_with({{column::event_code, ""}})) == c::missing_value);
    CHECK(first(row_with({{column::event_root_code, "05"}})) == c::inconsistent_values);
    CHECK(first(row_with({{column::quad_class, "5"}})) == c::out_of_range);
    CHECK(first(row_with({{column::quad_class, "x"}})) == c::malformed_value);
    CHECK(first(row_with({{column::goldstein_score, "-10.5"}})) == c::out_of_range);
    CHECK(first(row_with({{column::goldstein_score, "2.85"}})) == c::malformed_value);
    CHECK(first(row_with({{column::lat, "91"}})) == c::out_of_range);
    CHECK(first(row_with({{column::lon, "1e-05"}})) == c::malformed_value);
    CHECK(first(row_with({{column::location_name, "Astan\xC3"}})) == c::invalid_utf8);
    CHECK(first(std::string(10, '\t') + "\n") == c::wrong_field_count);
    CHECK(first(std::string(300, 'x') + "\n", {.max_line_length = 256}) == c::too_long);

    const std::string text = row_with({{column::event_code, "43"}, {column::event_root_code, "4"}});
    phoenix::reader r{std::string_view{text}};
    CHECK(all_rows(r).size() == 1);
    REQUIRE(r.summary().notes.size() == 2);
    for (const problem& n : r.summary().notes) {
        CHECK(n.code == c::repaired_value);
        CHECK(n.severity == severity::note);
    }
}
