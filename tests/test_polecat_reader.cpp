// SPDX-License-Identifier: BSL-1.0
// Tests of io/polecat/reader.hpp: POLECAT files written here, one quirk at a time, and the
// fixture tests/data/polecat/sample.tsv.
#include <bilateral/io/polecat/reader.hpp>

#include "test_files.hpp"
#include "test_row_problems.hpp"

#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace bilateral;
using polecat::column;

namespace {

std::string joined(const auto& fields) {
    std::string line;
    for (const std::string_view f : fields) line.append(f).push_back('\t');
    line.back() = '\n';
    return line;
}

const std::string header = joined(polecat::column_labels);

/// A Kazakhstan–China row in POLECAT's column order, with `changes` made to it.
std::string row(std::initializer_list<std::pair<column, std::string_view>> changes = {}) {
    std::array<std::string_view, polecat::column_count> f{
        "20240703-0001-a1b2c3_CONSULT", "2024-07-03", "CONSULT", "visit", "1.5", "VERBAL COOPERATION", "diplomatic; economic",
        "Xi Jinping", "CHN", "710", "GOV", "GOV; ELI", "President", "Chinese President Xi Jinping", "Q15031",
        "Kassym-Jomart Tokayev", "KAZ", "705", "GOV", "GOV", "President", "President Tokayev", "None",
        "Astana", "Astana", "None", "Astana", "KAZ", "51.1801", "71.446", "1526273", "Astana", "PPLC",
        "Example Wire", "2024-07-03", "Xi Jinping; Kassym-Jomart Tokayev", "None", "Astana; Kazakhstan", "en", "example-coder 1.0"};
    for (const auto& [c, value] : changes) f[static_cast<std::size_t>(c)] = value;
    return joined(f);
}

std::vector<polecat::record> all_rows(polecat::reader& r) {
    std::vector<polecat::record> rows;
    while (const polecat::record* x = r.next()) rows.push_back(*x);
    return rows;
}

/// The first error reading `header` and one row, described; "" if none.
std::string first_problem(const std::string& line) {
    const std::string text = header + line;
    polecat::reader r{std::string_view{text}};
    (void)r.next();
    return r.summary().messages.empty() ? std::string{} : describe(r.summary().messages[0]);
}

}  // namespace

TEST_CASE("a row gives every column, typed; None is not given") {
    const std::string text = header + row();
    polecat::reader r{std::string_view{text}};
    const polecat::record* x = r.next();
    REQUIRE(x);
    CHECK(x->event_id == "20240703-0001-a1b2c3_CONSULT");
    CHECK(x->event_date == date{2024, 7, 3});
    CHECK(x->event_type == plover_event::consult);
    CHECK(x->event_mode == "visit");
    CHECK(x->intensity == polecat::intensity{150});
    CHECK(x->quad == quad_class::verbal_cooperation);
    CHECK(x->contexts == "diplomatic; economic");
    CHECK(x->actor.name == "Xi Jinping");
    CHECK(x->actor.country == "CHN");
    CHECK(x->actor.cow == "710");
    CHECK(x->actor.primary_sector == "GOV");
    CHECK(x->actor.sectors == "GOV; ELI");
    CHECK(x->actor.title == "President");
    CHECK(x->actor.name_raw == "Chinese President Xi Jinping");
    CHECK(x->actor.wikipedia_id == "Q15031");
    CHECK(x->recipient.name == "Kassym-Jomart Tokayev");
    CHECK(x->recipient.country == "KAZ");
    CHECK(x->recipient.wikipedia_id.empty());  // None
    CHECK(x->place.placename == "Astana");
    CHECK(x->place.city == "Astana");
    CHECK(x->place.district.empty());
    CHECK(x->place.province == "Astana");
    CHECK(x->place.country == "KAZ");
    CHECK(x->place.latitude == "51.1801");
    CHECK(x->place.longitude == "71.446");
    CHECK(x->place.geonames_id == "1526273");
    CHECK(x->place.raw_placename == "Astana");
    CHECK(x->place.feature_type == "PPLC");
    CHECK(x->source == "Example Wire");
    CHECK(x->publication_date == date{2024, 7, 3});
    CHECK(x->story_people == "Xi Jinping; Kassym-Jomart Tokayev");
    CHECK(x->story_organizations.empty());
    CHECK(x->story_locations == "Astana; Kazakhstan");
    CHECK(x->language == "en");
    CHECK(x->version == "example-coder 1.0");
    CHECK(r.line_number() == 2);
    CHECK(r.next() == nullptr);
    CHECK(r.summary().rows == 1);
    CHECK(r.summary().lines == 1);
    CHECK(r.summary().ok());
    CHECK(r.summary().note_count == 0);
    CHECK(r.summary().extra_columns == 0);
}

TEST_CASE("None and empty fields are not given; a row without its optional fields reads") {
    const std::string text = header + row({{column::event_mode, "None"}, {column::intensity, ""}, {column::quad_code, "None"},
                                           {column::contexts, "None"}, {column::recipient_country, "None"},
                                           {column::publication_date, "None"}, {column::latitude, ""}});
    polecat::reader r{std::string_view{text}};
    const polecat::record* x = r.next();
    REQUIRE(x);
    CHECK(x->event_mode.empty());
    CHECK_FALSE(x->intensity);
    CHECK(x->quad == quad_class::unknown);
    CHECK(x->contexts.empty());
    CHECK(x->recipient.country.empty());
    CHECK_FALSE(x->publication_date);
    CHECK(x->place.latitude.empty());
}

TEST_CASE("columns are found by name, in any order; other columns are ignored and counted") {
    // Reordered, renamed as R and pandas rename them, "Event Intensity" for Intensity, four extra
    // columns, most optional columns left out; a BOM and CRLF line ends.
    const std::string text =
        "\xEF\xBB\xBF" "Headline\tevent_date\tRecipient Country\tEVENT.ID\tEvent Intensity\tFeed\tEvent Type\tActor Country\t"
        "Actor Name\tEvent Text\tStory ID\r\n"
        "\"Xi in \"\"Astana\"\"\"\t2024-07-03\tKAZ\te1\t-2\tfeed_1\tCONSULT\tCHN\tXi Jinping\tXi met Tokayev\t77\r\n"
        "\r\n"
        "None\t2024-07-04\tCHN\te2\tNone\tNone\tagree\tKAZ\tNone\tNone\tNone\r\n";
    polecat::reader r{std::string_view{text}};
    const std::vector<polecat::record> rows = all_rows(r);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].event_id == "e1");
    CHECK(rows[0].intensity == polecat::intensity{-200});
    CHECK(rows[0].actor.name == "Xi Jinping");
    CHECK(rows[0].recipient.country == "KAZ");
    CHECK(rows[0].place.city.empty());  // no such column
    CHECK(rows[1].event_type == plover_event::agree);  // the case does not matter
    CHECK(r.line_number() == 4);  // the blank line counts as a line
    CHECK(r.summary().extra_columns == 4);
    CHECK(r.summary().bom);
    CHECK(r.summary().crlf_lines == 4);
    CHECK(r.summary().lines == 2);
    // An error in the renamed column is named as the file names it.
    const std::string bad = "Event ID\tEvent Date\tEvent Type\tActor Country\tRecipient Country\tEvent Intensity\n"
                            "e1\t2024-07-03\tCONSULT\tCHN\tKAZ\t12\n";
    polecat::reader b{std::string_view{bad}};
    CHECK(b.next() == nullptr);
    CHECK(describe(b.summary().messages.at(0)) ==
          "line 2, column 6 (Event Intensity): `12`: expected a POLECAT intensity: a number from -10 to 10 with at most two decimals");
}

TEST_CASE("lists are kept as written; several countries on a side are noted, the row kept") {
    const std::string text = header + row({{column::actor_country, "RUS; BLR"}, {column::actor_cow, "365; 370"}}) +
                             row({{column::event_id, "e2"}, {column::recipient_country, "KAZ; None; CHN"}});
    polecat::reader r{std::string_view{text}};
    const std::vector<polecat::record> rows = all_rows(r);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].actor.country == "RUS; BLR");
    CHECK(rows[0].actor.cow == "365; 370");
    CHECK(r.summary().ok());
    CHECK(r.summary().note_count == 2);
    REQUIRE(r.summary().notes.size() == 2);
    CHECK(describe(r.summary().notes[0]) == "line 2, column 9 (Actor Country): `RUS; BLR`: several countries; a dyad is the first's (RUS)");
    CHECK(describe(r.summary().notes[1]) ==
          "line 3, column 17 (Recipient Country): `KAZ; None; CHN`: several countries; a dyad is the first's (KAZ)");
}

TEST_CASE("a repeated Event ID is noted and both rows kept") {
    const std::string text = header + row() + row({{column::event_id, "other"}}) + row();
    polecat::reader r{std::string_view{text}};
    CHECK(all_rows(r).size() == 3);
    CHECK(r.summary().note_count == 1);
    REQUIRE(r.summary().notes.size() == 1);
    CHECK(describe(r.summary().notes[0]) ==
          "line 4, column 1 (Event ID): `20240703-0001-a1b2c3_CONSULT`: Event ID repeats line 2 (both rows kept)");
    CHECK(r.summary().ok());
}

TEST_CASE("notes have their own limit, and are all counted") {
    const std::string text = header + row() + row() + row();
    polecat::reader r{std::string_view{text}, {.max_notes = 1}};
    CHECK(all_rows(r).size() == 3);
    CHECK(r.summary().note_count == 2);
    CHECK(r.summary().notes.size() == 1);
}

TEST_CASE("a bad field is located by line, column and name; strict stops, lenient skips and counts") {
    const std::string text = header + row() + row({{column::event_date, "2024-13-01"}, {column::intensity, "11"}}) +
                             row({{column::event_id, "e3"}});
    SUBCASE("strict") {
        polecat::reader r{std::string_view{text}};
        CHECK(all_rows(r).size() == 1);
        CHECK(r.summary().stopped);
        CHECK(r.summary().errors == 1);
        REQUIRE(r.summary().messages.size() == 1);
        CHECK(describe(r.summary().messages[0]) == "line 3, column 2 (Event Date): `2024-13-01`: expected a date as YYYY-MM-DD");
        CHECK(r.summary().skipped == 1);
        CHECK(r.summary().lines == r.summary().rows + r.summary().skipped);
        CHECK(r.next() == nullptr);  // stays stopped
    }
    SUBCASE("lenient") {
        std::vector<std::string> seen;
        polecat::reader r{std::string_view{text},
                          {.mode = read_mode::lenient, .on_error = [&](const problem& e) { seen.push_back(describe(e)); }}};
        const std::vector<polecat::record> rows = all_rows(r);
        REQUIRE(rows.size() == 2);
        CHECK(rows[1].event_id == "e3");
        CHECK_FALSE(r.summary().stopped);
        CHECK(r.summary().errors == 2);  // the date and the intensity of line 3
        REQUIRE(r.summary().messages.size() == 2);
        CHECK(describe(r.summary().messages[1]) ==
              "line 3, column 5 (Intensity): `11`: expected a POLECAT intensity: a number from -10 to 10 with at most two decimals");
        CHECK(seen.size() == 2);
        CHECK(r.summary().skipped == 1);
        CHECK(r.summary().lines == 3);
        CHECK(r.summary().lines == r.summary().rows + r.summary().skipped);
    }
    SUBCASE("errors are all counted beyond the messages kept") {
        polecat::reader r{std::string_view{text}, {.mode = read_mode::lenient, .max_messages = 0}};
        CHECK(all_rows(r).size() == 2);
        CHECK(r.summary().errors == 2);
        CHECK(r.summary().messages.empty());
    }
}

TEST_CASE("what each typed column refuses, and where it says so") {
    CHECK(first_problem(row()).empty());
    CHECK(first_problem(row({{column::event_id, "None"}})) == "line 2, column 1 (Event ID): nothing: expected the event's id");
    CHECK(first_problem(row({{column::event_date, "2024-07"}})) == "line 2, column 2 (Event Date): `2024-07`: expected a date as YYYY-MM-DD");
    CHECK(first_problem(row({{column::event_date, "2024-07-03 12:00"}})).starts_with("line 2, column 2 (Event Date)"));
    CHECK(first_problem(row({{column::event_type, "MEET"}})) ==
          "line 2, column 3 (Event Type): `MEET`: expected a PLOVER event type (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, "
          "RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)");
    CHECK(first_problem(row({{column::event_type, "None"}})).starts_with("line 2, column 3 (Event Type): nothing: expected a PLOVER"));
    CHECK(first_problem(row({{column::event_type, "consult"}})).empty());
    CHECK(first_problem(row({{column::event_mode, "two words"}})) ==
          "line 2, column 4 (Event Mode): `two words`: expected a PLOVER mode (a word: letters, '_' or '-' inside)");
    CHECK(first_problem(row({{column::event_mode, "third-party"}})).empty());
    CHECK(first_problem(row({{column::intensity, "1.255"}})).starts_with("line 2, column 5 (Intensity): `1.255`"));
    CHECK(first_problem(row({{column::intensity, "-10.0"}})).empty());
    CHECK(first_problem(row({{column::quad_code, "COOPERATION"}})) ==
          "line 2, column 6 (Quad Code): `COOPERATION`: expected a quad code: VERBAL COOPERATION, MATERIAL COOPERATION, "
          "VERBAL CONFLICT or MATERIAL CONFLICT");
    CHECK(first_problem(row({{column::quad_code, "1"}})).starts_with("line 2, column 6 (Quad Code): `1`"));
    CHECK(first_problem(row({{column::quad_code, "Material Conflict"}})).empty());
    CHECK(first_problem(row({{column::contexts, "diplomatic; 42"}})) ==
          "line 2, column 7 (Contexts): `diplomatic; 42`: expected PLOVER contexts (words: letters, '_' or '-' inside), separated by \"; \"");
    CHECK(first_problem(row({{column::actor_name, "Xi\xFF"}})) == "line 2, column 8 (Actor Name): `Xi\uFFFD`: invalid UTF-8 at byte 3 of the field");
    CHECK(first_problem(row({{column::actor_country, "China"}})) ==
          "line 2, column 9 (Actor Country): `China`: expected ISO 3166-1 alpha-3 codes (three capital letters), separated by \"; \"");
    CHECK(first_problem(row({{column::actor_country, "CHN, KAZ"}})).starts_with("line 2, column 9 (Actor Country)"));
    CHECK(first_problem(row({{column::actor_cow, "710; x"}})) ==
          "line 2, column 10 (Actor COW): `710; x`: expected COW state numbers (whole numbers below 1000), separated by \"; \"");
    CHECK(first_problem(row({{column::actor_cow, "1000"}})).starts_with("line 2, column 10 (Actor COW)"));
    CHECK(first_problem(row({{column::actor_sectors, "G\xC3"}})).starts_with("line 2, column 12 (Actor Sectors)"));
    CHECK(first_problem(row({{column::recipient_country, "kaz"}})).starts_with("line 2, column 17 (Recipient Country): `kaz`"));
    CHECK(first_problem(row({{column::recipient_cow, "7.5"}})).starts_with("line 2, column 18 (Recipient COW): `7.5`"));
    CHECK(first_problem(row({{column::wikipedia_recipient_id, "\xC0"}})).starts_with("line 2, column 23 (Wikipedia Recipient ID)"));
    CHECK(first_problem(row({{column::country, "Kazakhstan"}})).starts_with("line 2, column 28 (Country): `Kazakhstan`"));
    CHECK(first_problem(row({{column::latitude, "91"}})) == "line 2, column 29 (Latitude): `91`: expected degrees from -90 to 90");
    CHECK(first_problem(row({{column::longitude, "-180.5"}})) == "line 2, column 30 (Longitude): `-180.5`: expected degrees from -180 to 180");
    CHECK(first_problem(row({{column::source, "\xFF"}})).starts_with("line 2, column 34 (Source)"));
    CHECK(first_problem(row({{column::publication_date, "03/07/2024"}})) ==
          "line 2, column 35 (Publication Date): `03/07/2024`: expected a date as YYYY-MM-DD");
    CHECK(first_problem(row({{column::version, "\xFF"}})).starts_with("line 2, column 40 (Version)"));
}

TEST_CASE("a row with another number of fields than the header is refused whole") {
    CHECK(first_problem("e1\t2024-07-03\n") == "line 2: found 2 fields; the header has 40");
    std::string longer = row();
    longer.insert(longer.size() - 1, "\t\t");
    CHECK(first_problem(longer) == "line 2: found 42 fields; the header has 40");
    // A line of tabs is a row of empty fields, not a blank line.
    CHECK(first_problem(std::string(39, '\t') + "\n") == "line 2, column 1 (Event ID): nothing: expected the event's id");
}

TEST_CASE("a line longer than the limit is a problem of its own; lenient reading goes on after it") {
    const std::string text = header + row() + std::string(700, 'x') + "\n" + row({{column::event_id, "e3"}});
    polecat::reader r{std::string_view{text}, {.mode = read_mode::lenient, .max_line_length = 600}};
    CHECK(all_rows(r).size() == 2);
    REQUIRE(r.summary().messages.size() == 1);
    CHECK(describe(r.summary().messages[0]) == "line 3: `" + std::string(80, 'x') + "\u2026`: longer than the limit of 600 bytes");
    CHECK(r.summary().lines == 3);
    CHECK(r.summary().skipped == 1);
}

TEST_CASE("a header without the required columns, or naming one twice, stops the read") {
    SUBCASE("one required column missing") {
        std::string h = header;
        h.replace(h.find("Event Type"), 10, "Event Kind");
        const std::string text = h + row();
        polecat::reader r{std::string_view{text}, {.mode = read_mode::lenient}};
        CHECK(r.next() == nullptr);
        CHECK(r.summary().stopped);
        CHECK(r.summary().extra_columns == 1);
        REQUIRE(r.summary().messages.size() == 1);
        CHECK(describe(r.summary().messages[0]) == "line 1: the header has no column Event Type");
        CHECK(r.summary().lines == 0);
    }
    SUBCASE("several missing, after blank lines") {
        polecat::reader r{std::string_view{"\n  \nEvent ID\tEvent Date\tActor Name\n"}};
        CHECK(r.next() == nullptr);
        CHECK(describe(r.summary().messages.at(0)) == "line 3: the header has no column Event Type, Actor Country, Recipient Country");
    }
    SUBCASE("optional columns may be missing") {
        polecat::reader r{std::string_view{"Event ID\tEvent Date\tEvent Type\tActor Country\tRecipient Country\n"
                                           "e1\t2024-07-03\tAID\tIGO\tSYR\n"}};
        CHECK(all_rows(r).size() == 1);
        CHECK(r.summary().ok());
    }
    SUBCASE("not a POLECAT file at all (an ICEWS header)") {
        polecat::reader r{std::string_view{"Event Code\tSource Name\tCAMEO Code\n"}};
        CHECK(r.next() == nullptr);
        CHECK(describe(r.summary().messages.at(0)) ==
              "line 1: not a POLECAT header: the first line names none of POLECAT's columns (Event ID, Event Date, Event Type, ...)");
    }
    SUBCASE("a column named twice") {
        const std::string h = header.substr(0, header.size() - 1) + "\tActor Name\n";
        polecat::reader r{std::string_view{h}};
        CHECK(r.next() == nullptr);
        CHECK(r.summary().stopped);
        CHECK(describe(r.summary().messages.at(0)) == "line 1, column 41 (Actor Name): `Actor Name`: the column is named twice");
    }
    SUBCASE("Intensity and Event Intensity are one column") {
        polecat::reader r{std::string_view{"Event ID\tIntensity\tEvent Date\tEvent Intensity\n"}};
        CHECK(r.next() == nullptr);
        CHECK(describe(r.summary().messages.at(0)) == "line 1, column 4 (Intensity): `Event Intensity`: the column is named twice");
    }
    SUBCASE("a header longer than the limit") {
        polecat::reader r{std::string_view{header}, {.max_line_length = 100}};
        CHECK(r.next() == nullptr);
        CHECK(r.summary().stopped);
        CHECK(describe(r.summary().messages.at(0)) == "line 1: the header is longer than the limit of 100 bytes");
    }
    SUBCASE("an empty file has no rows and no problem") {
        polecat::reader r{std::string_view{"\n \n"}};
        CHECK(r.next() == nullptr);
        CHECK(r.summary().ok());
        CHECK_FALSE(r.summary().stopped);
    }
    SUBCASE("a header alone has no rows and no problem") {
        polecat::reader r{std::string_view{header}};
        CHECK(r.next() == nullptr);
        CHECK(r.summary().ok());
        CHECK(r.summary().lines == 0);
    }
}

TEST_CASE("the fixture tests/data/polecat/sample.tsv reads whole and strict") {
    const std::string text =
        bilateral_test::file_bytes(std::filesystem::path{__FILE__}.parent_path() / "data" / "polecat" / "sample.tsv");
    polecat::reader r{std::string_view{text}};
    const std::vector<polecat::record> rows = all_rows(r);
    REQUIRE(rows.size() == 8);
    CHECK(r.summary().ok());
    CHECK(r.summary().extra_columns == 2);  // Headline, Feed
    CHECK(r.summary().note_count == 1);
    CHECK(describe(r.summary().notes.at(0)) == "line 4, column 9 (Actor Country): `RUS; BLR`: several countries; a dyad is the first's (RUS)");
    CHECK(rows[0].actor.country == "CHN");
    CHECK(rows[0].recipient.country == "KAZ");
    CHECK(rows[0].event_type == plover_event::consult);
    CHECK(rows[6].recipient.name.empty());
    CHECK_FALSE(rows[6].intensity);
    CHECK(rows[7].quad == quad_class::material_cooperation);
}

TEST_CASE("the reader refuses a temporary string (its records would dangle)") {
    static_assert(!std::is_constructible_v<polecat::reader, std::string&&>);
    static_assert(!std::is_constructible_v<polecat::reader, const std::string&&>);
    static_assert(std::is_constructible_v<polecat::reader, std::string_view>);
    static_assert(std::is_constructible_v<polecat::reader, const std::string&>);
}

TEST_CASE("each problem has a code to switch on, and notes have severity note") {
    const auto first = [](const std::string& text, row_read_options options = {}) {
        return test::first_error_code<polecat::reader>(text, options);
    };
    using c = problem_code;
    CHECK(first(header + row({{column::event_date, "2024-13-01"}})) == c::invalid_date);
    CHECK(first(header + row({{column::event_date, "2024-07"}})) == c::malformed_value);
    CHECK(first(header + row({{column::event_date, "None"}})) == c::missing_value);
    CHECK(first(header + row({{column::publication_date, "2024-02-30"}})) == c::invalid_date);
    CHECK(first(header + row({{column::event_id, "None"}})) == c::missing_value);
    CHECK(first(header + row({{column::event_type, "MEET"}})) == c::unknown_code);
    CHECK(first(header + row({{column::event_mode, "two words"}})) == c::malformed_value);
    CHECK(first(header + row({{column::intensity, "11"}})) == c::out_of_range);
    CHECK(first(header + row({{column::intensity, "1.255"}})) == c::malformed_value);
    CHECK(first(header + row({{column::quad_code, "COOPERATION"}})) == c::unknown_code);
    CHECK(first(header + row({{column::actor_country, "China"}})) == c::malformed_code);
    CHECK(first(header + row({{column::actor_cow, "710; x"}})) == c::malformed_code);
    CHECK(first(header + row({{column::latitude, "91"}})) == c::out_of_range);
    CHECK(first(header + row({{column::longitude, "east"}})) == c::malformed_value);
    CHECK(first(header + row({{column::actor_name, "Xi\xFF"}})) == c::invalid_utf8);
    CHECK(first(header + "e1\t2024-07-03\n") == c::wrong_field_count);
    CHECK(first(header + std::string(700, 'x') + "\n", {.max_line_length = 600}) == c::too_long);
    CHECK(first(header, {.max_line_length = 100}) == c::too_long);
    CHECK(first("Event ID\tEvent Date\tActor Name\n") == c::missing_field);
    CHECK(first("Event Code\tSource Name\tCAMEO Code\n") == c::unknown_layout);
    CHECK(first("Event ID\tIntensity\tEvent Date\tEvent Intensity\n") == c::repeated_field);

    const std::string text = header + row({{column::actor_country, "RUS; BLR"}}) + row({{column::event_id, "e2"}}) + row();
    polecat::reader r{std::string_view{text}};
    CHECK(all_rows(r).size() == 3);
    REQUIRE(r.summary().notes.size() == 2);
    CHECK(r.summary().notes[0].code == c::several_values);
    CHECK(r.summary().notes[1].code == c::duplicate_id);
    for (const problem& n : r.summary().notes) CHECK(n.severity == severity::note);
}
