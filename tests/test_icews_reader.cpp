// SPDX-License-Identifier: BSL-1.0
// Tests of io/icews/reader.hpp: ICEWS files written here, one quirk at a time.
#include <bilateral/io/icews/reader.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "test_row_problems.hpp"

using namespace bilateral;

namespace {

const std::string header =
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\t"
    "Target Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n";

/// A row in ICEWS's column order, the fields given as they are.
std::string row(std::string_view id, std::string_view day, std::string_view code, std::string_view intensity,
                std::string_view source_country = "China", std::string_view target_country = "Kazakhstan") {
    std::string r;
    for (std::string_view f : {id, day, std::string_view{"Xi Jinping"}, std::string_view{"Government,Executive"}, source_country,
                               std::string_view{"Consult"}, code, intensity, std::string_view{"Kassym-Jomart Tokayev"},
                               std::string_view{"NA"}, target_country, std::string_view{"47400351"}, std::string_view{"2"},
                               std::string_view{"Xinhua"}, std::string_view{"Astana"}, std::string_view{"NA"},
                               std::string_view{"Astana"}, std::string_view{"Kazakhstan"}, std::string_view{"51.1801"},
                               std::string_view{"71.446"}})
        r.append(f).push_back('\t');
    r.back() = '\n';
    return r;
}

std::vector<icews::record> all_rows(icews::reader& r) {
    std::vector<icews::record> rows;
    while (const icews::record* x = r.next()) rows.push_back(*x);
    return rows;
}

}  // namespace

TEST_CASE("a row gives every column, typed; NA is not given") {
    const std::string text = header + row("32889836", "2024-07-03", "040", "1");
    icews::reader r{std::string_view{text}};
    const icews::record* x = r.next();
    REQUIRE(x);
    CHECK(x->event_id == "32889836");
    CHECK(x->event_date == date{2024, 7, 3});
    CHECK(x->source.name == "Xi Jinping");
    CHECK(x->source.sectors == "Government,Executive");
    CHECK(x->source.country == "China");
    CHECK(x->event_text == "Consult");
    CHECK(x->code == cameo_code{"040"});
    CHECK_FALSE(x->code_restored);
    CHECK(x->intensity == std::int16_t{10});
    CHECK(x->target.name == "Kassym-Jomart Tokayev");
    CHECK(x->target.sectors.empty());  // NA
    CHECK(x->target.country == "Kazakhstan");
    CHECK(x->story_id == "47400351");
    CHECK(x->sentence_number == 2u);
    CHECK(x->publisher == "Xinhua");
    CHECK(x->district.empty());
    CHECK(x->country == "Kazakhstan");
    CHECK(x->latitude == "51.1801");
    CHECK(x->longitude == "71.446");
    CHECK(r.line_number() == 2);
    CHECK(r.next() == nullptr);
    CHECK(r.summary().rows == 1);
    CHECK(r.summary().lines == 1);
    CHECK(r.summary().ok());
}

TEST_CASE("columns are found by name, in any order; other columns are ignored and counted") {
    const std::string text =
        "\xEF\xBB\xBF" "Country\tEvent Date\tExtra\tEvent ID\tLongitude\tLatitude\tSource Name\tSource Sectors\tSource Country\t"
        "Event Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\t"
        "Publisher\tCity\tDistrict\tProvince\r\n"
        "Kazakhstan\t2018-06-01\tx\t7\t71.4\t51.1\tA\t\"Military,Government\"\tRussian Federation\tConsult\t043\t-7.5\tB\t"
        "NA\tKazakhstan\t1\tNA\tNA\tNA\tNA\tNA\r\n";
    icews::reader r{std::string_view{text}};
    const icews::record* x = r.next();
    REQUIRE(x);
    CHECK(x->event_id == "7");
    CHECK(x->source.sectors == "Military,Government");  // quotes removed
    CHECK(x->source.country == "Russian Federation");
    CHECK(x->intensity == std::int16_t{-75});
    CHECK(x->latitude == "51.1");
    CHECK(x->longitude == "71.4");
    CHECK_FALSE(x->sentence_number);
    CHECK(r.summary().extra_columns == 1);
    CHECK(r.summary().bom);
    CHECK(r.summary().crlf_lines == 2);
}

TEST_CASE("a CAMEO code that lost its leading zero gets it back, counted") {
    const std::string text = header + row("1", "2018-06-01", "43", "2.8") + row("2", "2018-06-01", "311", "NA") +
                             row("3", "2018-06-01", "110", "-2") + row("4", "2018-06-01", "10", "-5");
    icews::reader r{std::string_view{text}};
    const std::vector<icews::record> rows = all_rows(r);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].code == cameo_code{"043"});
    CHECK(rows[0].code_restored);
    CHECK(rows[1].code == cameo_code{"0311"});  // root 31 does not exist: it was 0311
    CHECK(rows[2].code == cameo_code{"110"});   // root 11: as written
    CHECK_FALSE(rows[2].code_restored);
    CHECK(rows[3].code == cameo_code{"010"});   // ICEWS writes no root codes: "10" was "010"
    CHECK(r.summary().restored_codes == 3);
    CHECK_FALSE(rows[1].intensity);
}

TEST_CASE("a repeated key (Event ID and Event Date) is kept and noted; the same id on another day is not") {
    const std::string text = header + row("5", "2018-06-01", "040", "1") + row("5", "2018-06-02", "040", "1") +
                             row("5", "2018-06-01", "042", "1") + row("x-9", "2018-06-01", "040", "1") +
                             row("x-9", "2018-06-01", "040", "1") + row("05", "2018-06-01", "040", "1");
    icews::reader r{std::string_view{text}};
    CHECK(all_rows(r).size() == 6);  // "05" is not "5"
    CHECK(r.summary().repeated_keys == 2);
    REQUIRE(r.summary().notes.size() == 2);
    CHECK(describe(r.summary().notes[0]) ==
          "line 4, column 1 (Event ID): `5`: Event ID and Event Date repeat line 2 (both rows kept)");
    CHECK(r.summary().notes[1].line == 6);
    CHECK(r.summary().ok());
}

TEST_CASE("country names outside ICEWS's list are counted by name; known, empty and skipped ones are not") {
    const std::string text = header + row("1", "2018-06-01", "040", "1", "Atlantis", "Atlantis") +
                             row("2", "2018-06-01", "040", "1", "China", "Narnia") + row("3", "2018-06-01", "040", "1", "NA", "Kazakhstan") +
                             row("4", "2018-13-01", "040", "1", "Lemuria", "China");  // a bad date: skipped
    icews::reader r{std::string_view{text}, {.mode = icews::mode::lenient}};
    CHECK(all_rows(r).size() == 3);
    const auto& unknown = r.summary().unknown_countries;
    CHECK(unknown.size() == 2);
    CHECK(unknown.at("Atlantis") == 2);  // both sides
    CHECK(unknown.at("Narnia") == 1);
    CHECK_FALSE(unknown.contains("China"));
    CHECK_FALSE(unknown.contains("Kazakhstan"));
    CHECK_FALSE(unknown.contains("Lemuria"));
    CHECK(r.summary().note_count == 0);  // counted apart, not notes
}

TEST_CASE("a bad field is located by line and column name; strict stops, lenient skips and counts") {
    const std::string text = header + row("1", "2018-06-01", "040", "1") + row("2", "2018-13-01", "040", "11") +
                             row("3", "2018-06-02", "040", "1");
    SUBCASE("strict") {
        icews::reader r{std::string_view{text}};
        CHECK(all_rows(r).size() == 1);
        CHECK(r.summary().stopped);
        REQUIRE(r.summary().messages.size() == 1);
        CHECK(describe(r.summary().messages[0]) == "line 3, column 2 (Event Date): `2018-13-01`: expected a date as YYYY-MM-DD");
        CHECK(r.summary().skipped == 1);
    }
    SUBCASE("lenient") {
        icews::reader r{std::string_view{text}, {.mode = icews::mode::lenient}};
        CHECK(all_rows(r).size() == 2);
        CHECK(r.summary().errors == 2);  // the date and the intensity of line 3
        CHECK(describe(r.summary().messages[1]) ==
              "line 3, column 8 (Intensity): `11`: expected a number from -10 to 10 with at most one decimal");
        CHECK(r.summary().lines == r.summary().rows + r.summary().skipped);
    }
}

TEST_CASE("what each typed column refuses") {
    const auto first_problem = [](const std::string& line) {
        const std::string text = header + line;
        icews::reader r{std::string_view{text}};
        (void)r.next();
        return r.summary().messages.empty() ? std::string{} : describe(r.summary().messages[0]);
    };
    CHECK(first_problem(row("NA", "2018-06-01", "040", "1")) == "line 2, column 1 (Event ID): nothing: expected the event's id");
    CHECK(first_problem(row("1", "2018-06", "040", "1")) == "line 2, column 2 (Event Date): `2018-06`: expected a date as YYYY-MM-DD");
    CHECK(first_problem(row("1", "2018-06-01", "0A0", "1")).find("(CAMEO Code): `0A0`") != std::string::npos);
    CHECK(first_problem(row("1", "2018-06-01", "210", "1")).find("(CAMEO Code): `210`") != std::string::npos);  // 0210 is no code
    CHECK(first_problem(row("1", "2018-06-01", "040", "1.25")).find("(Intensity): `1.25`") != std::string::npos);
    CHECK(first_problem(row("1", "2018-06-01", "040", "-10.0")).empty());
    CHECK(first_problem(row("1", "2018-06-01", "040", "1", "Chin\xFF")) ==
          "line 2, column 5 (Source Country): `Chin\uFFFD`: invalid UTF-8 at byte 5 of the field");
    std::string far = row("1", "2018-06-01", "040", "1");
    far.replace(far.find("51.1801"), 7, "91");
    CHECK(first_problem(far) == "line 2, column 19 (Latitude): `91`: expected degrees from -90 to 90");
    CHECK(first_problem("1\t2018-06-01\n") == "line 2: found 2 fields; the header has 20");
    std::string longer = row("1", "2018-06-01", "040", "1");
    longer.insert(longer.size() - 1, "\t\t");
    CHECK(first_problem(longer) == "line 2: found 22 fields; the header has 20");
    // A line of tabs is a row of empty fields, not a blank line.
    CHECK(first_problem(std::string(19, '\t') + "\n") == "line 2, column 1 (Event ID): nothing: expected the event's id");
    CHECK(first_problem(row("1", "2018-06-01", "040", "-")).find("(Intensity): `-`") != std::string::npos);
    CHECK(first_problem(row("1", "2018-06-01", "040", ".")).find("(Intensity): `.`") != std::string::npos);
    CHECK(first_problem(row("1", "2018-06-01", "040", "1e2")).find("(Intensity): `1e2`") != std::string::npos);
    CHECK(first_problem(row("1", "2018-06-01", "040", "-10.1")).find("(Intensity): `-10.1`") != std::string::npos);
}

TEST_CASE("a header without ICEWS's columns stops the read, saying which are missing") {
    SUBCASE("one missing") {
        std::string h = header;
        h.replace(h.find("Intensity"), 9, "Strength");
        icews::reader r{std::string_view{h}};
        CHECK(r.next() == nullptr);
        CHECK(r.summary().stopped);
        REQUIRE(r.summary().messages.size() == 1);
        CHECK(describe(r.summary().messages[0]) == "line 1: the header has no column Intensity");
    }
    SUBCASE("not an ICEWS file at all (a GDELT row)") {
        icews::reader r{std::string_view{"1083936543\t20220101\t202201\t2022\t2022.0027\tUSA\n"}};
        CHECK(r.next() == nullptr);
        CHECK(describe(r.summary().messages.at(0)).starts_with("line 1: not an ICEWS header"));
    }
    SUBCASE("a column named twice") {
        const std::string h = "Event ID\t" + header;
        icews::reader r{std::string_view{h}};
        CHECK(r.next() == nullptr);
        CHECK(describe(r.summary().messages.at(0)) ==
              "line 1, column 2 (Event ID): `Event ID`: the column is named twice");
    }
    SUBCASE("an empty file has no rows and no problem") {
        icews::reader r{std::string_view{"\n\n"}};
        CHECK(r.next() == nullptr);
        CHECK(r.summary().ok());
        CHECK_FALSE(r.summary().stopped);
    }
}

TEST_CASE("notes have their own limit: a reader that keeps no errors still lists repeated keys") {
    const std::string text = header + row("5", "2018-06-01", "040", "1") + row("5", "2018-06-01", "040", "1");
    icews::reader r{std::string_view{text}, {.mode = icews::mode::lenient, .max_messages = 0}};
    CHECK(all_rows(r).size() == 2);
    CHECK(r.summary().notes.size() == 1);
}

TEST_CASE("a line longer than the limit is a problem of its own") {
    const std::string text = header + row("1", "2018-06-01", "040", "1") + std::string(300, 'x') + "\n" +
                             row("3", "2018-06-01", "040", "1");
    icews::reader r{std::string_view{text}, {.mode = icews::mode::lenient, .max_line_length = 256}};
    CHECK(all_rows(r).size() == 2);
    REQUIRE(r.summary().messages.size() == 1);
    CHECK(describe(r.summary().messages[0]) == "line 3: `" + std::string(80, 'x') + "\u2026`: longer than the limit of 256 bytes");
}

TEST_CASE("the reader refuses a temporary string (its records would dangle)") {
    static_assert(!std::is_constructible_v<icews::reader, std::string&&>);
    static_assert(std::is_constructible_v<icews::reader, std::string_view>);
}

TEST_CASE("each problem has a code to switch on, and notes have severity note") {
    const auto first = [](const std::string& text) { return test::first_error_code<icews::reader>(text); };
    using c = problem_code;
    CHECK(first(header + row("1", "2018-13-01", "040", "1")) == c::invalid_date);
    CHECK(first(header + row("1", "2018-06", "040", "1")) == c::malformed_value);
    CHECK(first(header + row("1", "NA", "040", "1")) == c::missing_value);
    CHECK(first(header + row("NA", "2018-06-01", "040", "1")) == c::missing_value);
    CHECK(first(header + row("1", "2018-06-01", "0A0", "1")) == c::malformed_code);
    CHECK(first(header + row("1", "2018-06-01", "040", "11")) == c::out_of_range);
    CHECK(first(header + row("1", "2018-06-01", "040", "1.25")) == c::malformed_value);
    CHECK(first(header + row("1", "2018-06-01", "040", "1", "Chin\xFF")) == c::invalid_utf8);
    CHECK(first(header + "1\t2018-06-01\n") == c::wrong_field_count);
    std::string h = header;
    h.replace(h.find("Intensity"), 9, "Strength");
    CHECK(first(h) == c::missing_field);
    CHECK(first("Event ID\t" + header) == c::repeated_field);
    CHECK(first("1083936543\t20220101\t202201\n") == c::unknown_layout);

    const std::string text = header + row("5", "2018-06-01", "040", "1") + row("5", "2018-06-01", "040", "1");
    icews::reader r{std::string_view{text}};
    CHECK(all_rows(r).size() == 2);
    REQUIRE(r.summary().notes.size() == 1);
    CHECK(r.summary().notes[0].code == c::duplicate_id);
    CHECK(r.summary().notes[0].severity == severity::note);
}
