// SPDX-License-Identifier: BSL-1.0
// Conformance of the ICEWS reader and country names on the real file of BILATERAL_DATA_DIR/icews
// (registered only when the build is pointed at the data folder). Expected values were read off the file independently, with Python's csv module
// (delimiter '\t', QUOTE_NONE), and written in here.
#include <bilateral/io/icews.hpp>

#include <doctest/doctest.h>

#include "test_files.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#ifdef BILATERAL_DATA_DIR

using namespace bilateral;
using namespace bilateral::icews;

namespace {

const std::filesystem::path icews_file =
    std::filesystem::path{BILATERAL_DATA_DIR} / "icews" / "icews_events.2018.sample_andybega-icews.tsv";

/// The record whose Event ID is `id`, with the file's text kept alive, and its line.
struct one_row {
    std::string text;
    record row{};
    std::uint64_t line = 0;
};
one_row row_with_id(std::string_view id) {
    one_row out{.text = bilateral_test::file_bytes(icews_file)};
    reader r{std::string_view{out.text}};
    while (const record* row = r.next()) {
        if (row->event_id == id) {
            out.row = *row;
            out.line = r.line_number();
            return out;
        }
    }
    FAIL("no row with Event ID " << id);
    return out;
}

}  // namespace

TEST_CASE("icews real data: the whole 2018 sample reads, strict, without a problem") {
    // Python: 3705 rows after the header, each of 20 tab-separated fields; no '"', no '\r', no
    // BOM; every CAMEO code has 3 or 4 digits and a root 01-20 (none restored); no (Event ID,
    // Event Date) repeats (no Event ID repeats at all).
    const std::string text = bilateral_test::file_bytes(icews_file);
    reader r{std::string_view{text}};
    std::uint64_t rows = 0;
    while (r.next() != nullptr) ++rows;
    const read_summary& s = r.summary();
    CHECK(rows == 3705u);
    CHECK(s.rows == 3705u);
    CHECK(s.lines == s.rows);
    CHECK(s.ok());
    CHECK(s.errors == 0u);
    CHECK(s.messages.empty());
    CHECK(s.skipped == 0u);
    CHECK_FALSE(s.stopped);
    CHECK(s.restored_codes == 0u);
    CHECK(s.repeated_keys == 0u);
    CHECK(s.notes.empty());
    CHECK(s.extra_columns == 0u);
    CHECK_FALSE(s.bom);
    CHECK(s.crlf_lines == 0u);
}

TEST_CASE("icews real data: 8 rows involve Kazakhstan") {
    // /usr/bin/python3: csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE) over the file;
    // sum(1 for r in rows if 'Kazakhstan' in (r['Source Country'], r['Target Country'])) == 8
    // (lines 58-60, 340, 342, 648, 649, 3667; no other field of the file names Kazakhstan). As
    // source alone: 6 (r['Source Country'] == 'Kazakhstan'); as target alone: 2.
    const std::string text = bilateral_test::file_bytes(icews_file);
    reader r{std::string_view{text}};
    std::uint64_t kazakhstan = 0, as_source = 0, as_target = 0;
    while (const record* row = r.next()) {
        if (row->source.country == "Kazakhstan" || row->target.country == "Kazakhstan") ++kazakhstan;
        if (row->source.country == "Kazakhstan") ++as_source;
        if (row->target.country == "Kazakhstan") ++as_target;
    }
    CHECK(r.summary().ok());
    CHECK(kazakhstan == 8u);
    CHECK(as_source == 6u);  // lines 58, 59, 60, 342, 649, 3667 (Nazarbayev, Sagintayev)
    CHECK(as_target == 2u);  // lines 340, 648 (Medvedev meets Sagintayev)
    CHECK(country_alpha3("Kazakhstan") == std::optional<std::string_view>{"KAZ"});
}

TEST_CASE("icews real data: Event ID 32897301 (line 1698): a 4-digit CAMEO code, Intensity 10") {
    const one_row r = row_with_id("32897301");
    const record& row = r.row;
    CHECK(r.line == 1698u);
    CHECK(row.event_id == "32897301");
    CHECK(row.event_date == date{2018, 6, 1});
    CHECK(row.source.name == "Military (Iran)");
    CHECK(row.source.sectors == "Government,Military");
    CHECK(row.source.country == "Iran");
    CHECK(row.event_text == "Retreat or surrender militarily");
    CHECK(row.code == cameo_code{"0874"});
    CHECK(row.code.str() == "0874");
    CHECK(row.code.root() == cameo_code{"08"});
    CHECK_FALSE(row.code_restored);
    CHECK(row.intensity == std::optional<std::int16_t>{100});
    CHECK(row.target.name == "Syria");
    CHECK(row.target.sectors.empty());  // NA
    CHECK(row.target.country == "Syria");
    CHECK(row.story_id == "47406146");
    CHECK(row.sentence_number == std::optional<std::uint32_t>{3});
    CHECK(row.publisher == "Al Arabiya");
    CHECK(row.city == "Daraa");
    CHECK(row.district.empty());  // NA
    CHECK(row.province == "Muhafazat Dar`a");
    CHECK(row.country == "Syria");
    CHECK(row.latitude == "32.6189");
    CHECK(row.longitude == "36.1021");
    CHECK(country_alpha3(row.source.country) == std::optional<std::string_view>{"IRN"});
    CHECK(country_alpha3(row.target.country) == std::optional<std::string_view>{"SYR"});
    CHECK(quad_class_of(row.code) == quad_class::material_cooperation);
}

TEST_CASE("icews real data: Event ID 32892290 (line 1552): Intensity -0.4, no source country") {
    const one_row r = row_with_id("32892290");
    const record& row = r.row;
    CHECK(r.line == 1552u);
    CHECK(row.event_id == "32892290");
    CHECK(row.event_date == date{2018, 6, 1});
    CHECK(row.source.name == "Citizen (Middle East)");
    CHECK(row.source.sectors == "General Population / Civilian / Social,Social");
    CHECK(row.source.country.empty());  // NA
    CHECK(row.event_text == "Make pessimistic comment");
    CHECK(row.code == cameo_code{"012"});  // leading zero as written
    CHECK_FALSE(row.code_restored);
    CHECK(row.intensity == std::optional<std::int16_t>{-4});  // "-0.4": the sign of a zero whole part kept
    CHECK(row.target.name == "Palestinian Territory, Occupied");
    CHECK(row.target.sectors.empty());  // NA
    CHECK(row.target.country == "Occupied Palestinian Territory");
    CHECK(row.story_id == "47405514");
    CHECK(row.sentence_number == std::optional<std::uint32_t>{2});
    CHECK(row.publisher == "Xinhua News Agency");
    CHECK(row.city == "Cairo");
    CHECK(row.district.empty());  // NA
    CHECK(row.province == "Muhafazat al Qahirah");
    CHECK(row.country == "Egypt");
    CHECK(row.latitude == "30.0626");
    CHECK(row.longitude == "31.2497");
    CHECK(country_alpha3(row.target.country) == std::optional<std::string_view>{"PSE"});
    CHECK(quad_class_of(row.code) == quad_class::verbal_cooperation);
}

TEST_CASE("icews real data: Event ID 32891407 (line 357): NA in both countries, the place and the coordinates") {
    const one_row r = row_with_id("32891407");
    const record& row = r.row;
    CHECK(r.line == 357u);
    CHECK(row.event_id == "32891407");
    CHECK(row.event_date == date{2018, 6, 1});
    CHECK(row.source.name == "Protester (Google)");
    CHECK(row.source.sectors == "Business,Multinational Corporation,Social,Science / Tech / Knowledge / Innovation Business");
    CHECK(row.source.country.empty());  // NA
    CHECK(row.event_text == "Demonstrate or rally");
    CHECK(row.code == cameo_code{"141"});
    CHECK_FALSE(row.code_restored);
    CHECK(row.intensity == std::optional<std::int16_t>{-65});
    CHECK(row.target.name == "Unspecified Actor");
    CHECK(row.target.sectors == "Unspecified");
    CHECK(row.target.country.empty());  // NA
    CHECK(row.story_id == "47401600");
    CHECK(row.sentence_number == std::optional<std::uint32_t>{2});
    CHECK(row.publisher == "The New York Times");
    CHECK(row.city.empty());       // NA
    CHECK(row.district.empty());   // NA
    CHECK(row.province.empty());   // NA
    CHECK(row.country.empty());    // NA
    CHECK(row.latitude.empty());   // NA
    CHECK(row.longitude.empty());  // NA
    CHECK(quad_class_of(row.code) == quad_class::material_conflict);
}

TEST_CASE("icews real data: every Source and Target Country name is in ICEWS's list and names a country") {
    // Python: 7031 Source/Target Country fields are not NA (147 Source and 232 Target are), with
    // 148 distinct names.
    const std::string text = bilateral_test::file_bytes(icews_file);
    reader r{std::string_view{text}};
    std::uint64_t fields = 0;
    std::set<std::string, std::less<>> names;
    const auto check_name = [&](std::string_view name) {
        if (name.empty()) return;
        ++fields;
        if (!names.emplace(name).second) return;
        const std::optional<std::string_view> code = country_alpha3(name);
        CAPTURE(name);
        REQUIRE(code.has_value());
        CHECK(code->size() == 3u);  // none of the file's names is NULL or the Netherlands Antilles
    };
    while (const record* row = r.next()) {
        check_name(row->source.country);
        check_name(row->target.country);
    }
    CHECK(r.summary().ok());
    CHECK(r.summary().unknown_countries.empty());
    CHECK(fields == 7031u);
    CHECK(names.size() == 148u);
    // A few of the file's names whose code is not obvious from the name.
    CHECK(country_alpha3("Russian Federation") == std::optional<std::string_view>{"RUS"});
    CHECK(country_alpha3("Moldova, Republic of") == std::optional<std::string_view>{"MDA"});
    CHECK(country_alpha3("the former Yugoslav Republic of Macedonia") == std::optional<std::string_view>{"MKD"});
    CHECK(country_alpha3("Democratic Republic of Congo") == std::optional<std::string_view>{"COD"});
    CHECK(country_alpha3("Holy See") == std::optional<std::string_view>{"VAT"});
}

#endif  // BILATERAL_DATA_DIR
