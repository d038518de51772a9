// SPDX-License-Identifier: BSL-1.0
// Conformance of the GDELT reader, writer, mapping and stats on the real files of BILATERAL_DATA_DIR/gdelt
// (registered only when the build is pointed at them). Expected values were read off the files
// independently, with awk and Python, and written in here.
#include <bilateral/io/gdelt.hpp>

#include <bilateral/core/validate.hpp>

#include <doctest/doctest.h>

#include "test_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#ifdef BILATERAL_DATA_DIR

using namespace bilateral;
using namespace bilateral::gdelt;

namespace {

const std::filesystem::path gdelt_dir = std::filesystem::path{BILATERAL_DATA_DIR} / "gdelt";

std::string slurp(const std::filesystem::path& p) { return bilateral_test::file_bytes(p); }

/// What each event file holds: its rows by layout, rows without Actor1 (not mapped to events),
/// rows mapped with CAMEO root 09 or 14 (where GDELT's quad class is not the root-range rule).
struct expected_file {
    std::string_view name;
    std::uint64_t rows, v1_historical, v1_daily, v2;
    std::uint64_t without_actor1, roots_09_14;
};

// Counts: awk -F'\t' '{print NF}' FILE | sort | uniq -c; awk -F'\t' '$6==""' FILE | wc -l;
// awk -F'\t' '$6!="" && ($29=="09" || $29=="14")' FILE | wc -l.
constexpr expected_file event_files[] = {
    {"gdelt1_daily_20141124_export_loum-geoutils.tsv", 100, 0, 100, 0, 81, 0},
    {"gdelt1_daily_20170912_export_sample_usc-isi-i2-etk.tsv", 10, 0, 10, 0, 3, 0},
    {"gdelt1_mixed_57_58col_sample_events_reed9999-gdelt-demo.tsv", 710, 201, 509, 0, 43, 14},
    {"gdelt1_rows_test_gdelt_data_loum-geoutils.tsv", 4, 1, 3, 0, 3, 0},
    {"gdelt2_20151027220000.export_narayave-Insight-GDELT-Feed.tsv", 2116, 0, 0, 2116, 136, 66},
    {"gdelt2_20180326044500.export_epournaras-DIAS-GDELT.tsv", 1540, 0, 0, 1540, 165, 50},
    {"gdelt2_20190121220000.export_narayave-Insight-GDELT-Feed.tsv", 1629, 0, 0, 1629, 140, 62},
};

bool is_label_file(const std::string& name) { return name.find("Column_Labels") != std::string::npos; }

/// Archives of event files, known by name and what they hold (read once a zip reader exists).
struct expected_archive {
    std::string_view name;
    std::string_view member;   ///< the event file inside
    std::string_view same_as;  ///< the plain event file beside it with the same bytes
};
constexpr expected_archive archives[] = {
    {"gdelt1_daily_20141124.export.CSV.zip", "20141124.export.CSV", "gdelt1_daily_20141124_export_loum-geoutils.tsv"},
};

bool is_archive(const std::string& name) { return name.ends_with(".zip") || name.ends_with(".gz") || name.ends_with(".bz2"); }

/// The record on `line` (1-based) of a file, with the file's text kept alive.
struct one_row {
    std::string text;
    record row{};
};
one_row row_at(std::string_view file, std::uint64_t line) {
    one_row out{.text = slurp(gdelt_dir / file)};
    reader r{std::string_view{out.text}};
    while (const record* row = r.next()) {
        if (r.line_number() == line) {
            out.row = *row;
            return out;
        }
    }
    FAIL("line " << line << " of " << file << " not read");
    return out;
}

}  // namespace

TEST_CASE("gdelt real data: every event file of the data directory is known here") {
    // Plain event files are each listed in `event_files`, archives in `archives` (not read yet:
    // no zip reader); an unknown file of either kind fails this test.
    std::size_t plain = 0, archived = 0;
    for (const auto& entry : std::filesystem::directory_iterator{gdelt_dir}) {
        const std::string name = entry.path().filename().string();
        if (is_label_file(name)) continue;
        CAPTURE(name);
        if (is_archive(name)) {
            CHECK(std::any_of(std::begin(archives), std::end(archives), [&](const expected_archive& a) { return a.name == name; }));
            ++archived;
        } else {
            CHECK(std::any_of(std::begin(event_files), std::end(event_files), [&](const expected_file& f) { return f.name == name; }));
            ++plain;
        }
    }
    CHECK(plain == std::size(event_files));
    CHECK(archived == std::size(archives));
}

TEST_CASE("gdelt real data: each known archive names its event file and the plain copy beside it") {
    for (const expected_archive& a : archives) {
        CAPTURE(a.name);
        const std::string zip = slurp(gdelt_dir / a.name);
        // A zip archive: a local file header ("PK\3\4") whose file name is the member.
        REQUIRE(zip.size() > 30);
        CHECK(zip.compare(0, 4, "PK\x03\x04") == 0);
        const auto name_length = static_cast<std::size_t>(static_cast<unsigned char>(zip[26]) | static_cast<unsigned char>(zip[27]) << 8);
        CHECK(zip.substr(30, name_length) == a.member);
        CHECK(std::any_of(std::begin(event_files), std::end(event_files), [&](const expected_file& f) { return f.name == a.same_as; }));
        // The member's size and CRC-32 (in the header: no data descriptor) are those of the plain copy.
        const auto u32 = [&](std::size_t at) {
            std::uint32_t v = 0;
            for (std::size_t k = 4; k-- > 0;) v = v << 8 | static_cast<unsigned char>(zip[at + k]);
            return v;
        };
        REQUIRE((u32(6) & 0x8u) == 0u);
        const std::string copy = slurp(gdelt_dir / a.same_as);
        CHECK(u32(22) == copy.size());
        std::uint32_t crc = 0xFFFFFFFFu;
        for (const char c : copy) {
            crc ^= static_cast<unsigned char>(c);
            for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        CHECK(u32(14) == ~crc);
    }
}

TEST_CASE("gdelt real data: row counts and layouts of every file; all rows well formed") {
    for (const expected_file& f : event_files) {
        CAPTURE(f.name);
        const std::string text = slurp(gdelt_dir / f.name);
        std::map<format, std::uint64_t> by_format;
        reader r{std::string_view{text}};
        while (const record* row = r.next()) ++by_format[row->format];
        CHECK(r.summary().ok());
        CHECK(r.summary().rows == f.rows);
        CHECK(r.summary().lines == f.rows);
        CHECK(by_format[format::v1_historical] == f.v1_historical);
        CHECK(by_format[format::v1_daily] == f.v1_daily);
        CHECK(by_format[format::v2] == f.v2);
        CHECK_FALSE(r.summary().bom);
        CHECK(r.summary().crlf_lines == 0u);
        CHECK(r.summary().final_newline);
    }
}

TEST_CASE("gdelt real data: reading then writing reproduces every file byte for byte") {
    for (const expected_file& f : event_files) {
        CAPTURE(f.name);
        const std::string text = slurp(gdelt_dir / f.name);
        // Through a stream in small chunks (rows cross chunk boundaries), written from the typed records.
        std::ifstream in{gdelt_dir / f.name, std::ios::binary};
        reader r{in, {.chunk_size = 4096}};
        std::ostringstream out;
        {
            writer w{out};
            while (const record* row = r.next()) w.write(*row);
        }
        CHECK(r.summary().ok());
        CHECK(out.str().size() == text.size());
        CHECK(out.str() == text);
        // Row by row: each written row is its line.
        reader again{std::string_view{text}};
        while (const record* row = again.next()) {
            const std::string written = to_row(*row);
            if (written != again.line()) {
                CAPTURE(again.line_number());
                CHECK(written == again.line());
            }
        }
    }
}

TEST_CASE("gdelt real data: the column names match GDELT's column-label files") {
    // GDELT 2.0: a CSV, one column per line after the header, the name first.
    std::istringstream v2{slurp(gdelt_dir / "gdelt2HeaderRows_GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")};
    std::string line;
    std::getline(v2, line);
    CHECK(line.starts_with("tableId,"));
    std::size_t i = 0;
    while (std::getline(v2, line)) {
        REQUIRE(i < column_count);
        CHECK(line.substr(0, line.find(',')) == label(column_at(format::v2, i)));
        ++i;
    }
    CHECK(i == field_count_of(format::v2));
    // GDELT 1.0: one name per line after "tableId".
    std::istringstream v1{slurp(gdelt_dir / "gdeltPyR_GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv")};
    std::getline(v1, line);
    CHECK(line == "tableId");
    i = 0;
    while (std::getline(v1, line)) {
        REQUIRE(i < field_count_of(format::v1_daily));
        CHECK(line == label(column_at(format::v1_daily, i)));
        ++i;
    }
    CHECK(i == field_count_of(format::v1_daily));
}

TEST_CASE("gdelt real data: GDELT 2.0, 2015-10-27 export, line 1871 (USA-CHN, 111)") {
    const one_row r = row_at("gdelt2_20151027220000.export_narayave-Insight-GDELT-Feed.tsv", 1871);
    const record& row = r.row;
    CHECK(row.format == format::v2);
    CHECK(row.id == 479493109u);
    CHECK(row.dates.day == date{2015, 10, 27});
    CHECK(row.dates.fraction.text().view() == "2015.8137");
    CHECK(row.actor1.code == "USA");
    CHECK(row.actor1.name == "AMERICAN");
    CHECK(row.actor2.name == "CHINA");
    CHECK(row.actor2.iso_alpha3() == "CHN");
    CHECK(row.event.is_root == false);
    CHECK(row.event.code == cameo_code{"111"});
    CHECK(row.event.root == cameo_code{"11"});
    CHECK(row.event.quad_class == quad_class::verbal_conflict);
    CHECK(row.event.goldstein == goldstein{.tenths = -20, .table = goldstein_table::gdelt});
    CHECK(row.event.mentions == 2u);
    CHECK(row.event.sources == 1u);
    CHECK(row.event.tone.text().view() == "-1.03559870550161");
    CHECK(row.action_geo.type == geo_type::country);
    CHECK(row.action_geo.full_name == "Afghanistan");
    CHECK(row.action_geo.fips == "AF");
    CHECK(row.action_geo.country == country{"AF"});
    CHECK(row.action_geo.adm2.empty());
    CHECK(row.action_geo.lat.text().view() == "33");
    CHECK(row.action_geo.lon.value() == 65.0);
    CHECK(row.action_geo.feature_id == "AF");
    CHECK(row.dates.added == timestamp{date{2015, 10, 27}, 22, 0, 0});
    CHECK(row.source_url == "http://commondreams.org/views/2015/10/27/neocons-launch-2016-manifesto");
}

TEST_CASE("gdelt real data: GDELT 2.0, 2018-03-26 export, line 395 (CHN-USA in Beijing: FIPS CH is China)") {
    const one_row r = row_at("gdelt2_20180326044500.export_epournaras-DIAS-GDELT.tsv", 395);
    const record& row = r.row;
    CHECK(row.id == 741917416u);
    CHECK(row.actor1.code == "CHN");
    CHECK(row.actor2.name == "WASHINGTON");
    CHECK(row.event.code == cameo_code{"012"});  // leading zero kept: "012" is not 12
    CHECK(row.event.root == cameo_code{"01"});
    CHECK(row.event.goldstein == goldstein{.tenths = -4, .table = goldstein_table::gdelt});
    CHECK(row.event.tone.value() == -1.33689839572193);
    CHECK(row.action_geo.type == geo_type::world_city);
    CHECK(row.action_geo.full_name == "Beijing, Beijing, China");
    CHECK(row.action_geo.fips == "CH");
    CHECK(row.action_geo.country == country{"CN"});
    CHECK(row.action_geo.adm1 == "CH22");
    CHECK(row.action_geo.adm2 == "13001");
    CHECK(row.action_geo.lat.value() == 39.9289);
    CHECK(row.action_geo.lon.value() == 116.388);
    CHECK(row.action_geo.feature_id == "-1898541");
    CHECK(row.dates.added.iso().view() == "2018-03-26T04:45:00Z");
}

TEST_CASE("gdelt real data: GDELT 2.0, 2019-01-21 export, line 1413 (a US county as ActionGeo)") {
    const one_row r = row_at("gdelt2_20190121220000.export_narayave-Insight-GDELT-Feed.tsv", 1413);
    const record& row = r.row;
    CHECK(row.id == 817931705u);
    CHECK(row.dates.fraction.text().view() == "2019.0575");
    CHECK(row.event.code == cameo_code{"060"});
    CHECK(row.event.quad_class == quad_class::material_cooperation);
    CHECK(row.event.goldstein == goldstein{.tenths = 60, .table = goldstein_table::gdelt});
    CHECK(row.actor1_geo.type == geo_type::us_city);
    CHECK(row.actor1_geo.adm2 == "IL057");
    CHECK(row.action_geo.full_name == "Fulton County, Illinois, United States");
    CHECK(row.action_geo.adm2.empty());
    CHECK(row.action_geo.lon.text().view() == "-90.1835");
    CHECK(row.action_geo.feature_id == "424230");
}

TEST_CASE("gdelt real data: GDELT 1.0 daily, 2014-11-24, line 100 (no Actor1)") {
    const one_row r = row_at("gdelt1_daily_20141124_export_loum-geoutils.tsv", 100);
    const record& row = r.row;
    CHECK(row.format == format::v1_daily);
    CHECK(row.id == 324846124u);
    CHECK(row.dates.day == date{2013, 11, 24});
    CHECK(row.actor1.empty());
    CHECK(row.actor2.code == "PRK");
    CHECK(row.actor2.name == "JEOLLA");
    CHECK(row.event.code == cameo_code{"043"});
    CHECK(row.actor1_geo.type == geo_type::none);
    CHECK(row.actor2_geo.full_name == "Seoul, Soul-t'ukpyolsi, South Korea");
    CHECK(row.actor2_geo.fips == "KS");
    CHECK(row.actor2_geo.country == country{"KR"});  // FIPS KS is South Korea
    CHECK(row.actor2_geo.lon.text().view() == "127");
    CHECK(row.action_geo.adm1 == "KS03");
    CHECK(row.dates.added == timestamp{date{2014, 11, 24}});
    CHECK(row.source_url == "http://www.koreaherald.com/view.php?ud=20141124000993");
}

TEST_CASE("gdelt real data: GDELT 1.0 daily sample, 2017-09-12, line 10 (religion codes)") {
    const one_row r = row_at("gdelt1_daily_20170912_export_sample_usc-isi-i2-etk.tsv", 10);
    const record& row = r.row;
    CHECK(row.id == 688668850u);
    CHECK(row.actor1.code == "CHRCTH");
    CHECK(row.actor1.name == "THE POPE");
    CHECK(row.actor1.religion1 == actor_code{"CHR"});
    CHECK(row.actor1.religion2 == actor_code{"CTH"});
    CHECK(row.actor1.iso_alpha3().empty());
    CHECK(row.event.code == cameo_code{"111"});
    CHECK(row.action_geo.full_name == "Saint Peter Claver, Florida, United States");
}

TEST_CASE("gdelt real data: the 4-row file, line 2 lost its SOURCEURL (57 fields)") {
    const one_row r = row_at("gdelt1_rows_test_gdelt_data_loum-geoutils.tsv", 2);
    const record& row = r.row;
    CHECK(row.format == format::v1_historical);
    CHECK(row.id == 324845984u);
    CHECK(row.dates.day == date{2004, 11, 26});
    CHECK(row.actor2.code == "COP");
    CHECK(row.actor2.type1 == actor_code{"COP"});
    CHECK(row.event.code == cameo_code{"014"});
    CHECK(row.event.goldstein == goldstein{.tenths = 0, .table = goldstein_table::gdelt});
    CHECK(row.event.goldstein_decimals == 1);  // "0.0"
    CHECK(row.dates.added == timestamp{date{2014, 11, 24}});
    CHECK(row.source_url.empty());
    CHECK(to_row(row).ends_with("\t531871\t20141124"));
    const one_row last = row_at("gdelt1_rows_test_gdelt_data_loum-geoutils.tsv", 4);
    CHECK(last.row.format == format::v1_daily);
    CHECK(last.row.source_url == "http://myrepublica.com/portal/index.php?action=news_details&news_id=87254");
}

TEST_CASE("gdelt real data: the 57/58 mixed file: daily rows, then the 1982 backfile") {
    const std::string file = "gdelt1_mixed_57_58col_sample_events_reed9999-gdelt-demo.tsv";
    // Line 96: the Kazakhstan row (58 fields).
    const one_row kz = row_at(file, 96);
    CHECK(kz.row.format == format::v1_daily);
    CHECK(kz.row.id == 564137808u);
    CHECK(kz.row.actor1.code == "KAZ");
    CHECK(kz.row.actor1.iso_alpha3() == "KAZ");
    CHECK(kz.row.actor2.name == "INDUSTRY");
    CHECK(kz.row.event.code == cameo_code{"043"});
    CHECK(kz.row.action_geo.full_name == "Pavlodar, Pavlodar, Kazakhstan");
    CHECK(kz.row.action_geo.fips == "KZ");
    CHECK(kz.row.action_geo.country == country{"KZ"});
    CHECK(kz.row.action_geo.lat.text().view() == "52.274");
    // Line 510: the first backfile row (57 fields).
    const one_row first57 = row_at(file, 510);
    CHECK(first57.row.format == format::v1_historical);
    CHECK(first57.row.dates.day == date{1982, 1, 2});
    // Line 511: whole numbers written bare (Lat 60, Long -95, FeatureID 0), Goldstein -5.8.
    const one_row can = row_at(file, 511);
    CHECK(can.row.id == 1552839u);
    CHECK(can.row.actor2.code == "POL");
    CHECK(can.row.event.code == cameo_code{"1312"});
    CHECK(can.row.event.base == cameo_code{"131"});
    CHECK(can.row.event.goldstein == goldstein{.tenths = -58, .table = goldstein_table::gdelt});
    CHECK(can.row.actor1_geo.lat.text().view() == "60");
    CHECK(can.row.actor1_geo.lon.text().view() == "-95");
    CHECK(can.row.actor1_geo.feature_id == "0");
    CHECK(can.row.actor2_geo.country == country{"US"});
    CHECK(can.row.dates.added == timestamp{date{2013, 2, 3}});
    // Line 512: a resolved Actor1Geo of type 0, and an Actor2Geo with an empty type but coordinates "0".
    const one_row odd = row_at(file, 512);
    CHECK(odd.row.actor1_geo.type == geo_type::none);
    CHECK(odd.row.actor1_geo.full_name == "Moscow, Moskva, Russia");
    CHECK(odd.row.actor1_geo.country == country{"RU"});  // FIPS RS is Russia
    CHECK_FALSE(odd.row.actor2_geo.type.has_value());
    CHECK(odd.row.actor2_geo.lat.text().view() == "0");
    CHECK(odd.row.event.tone.text().view() == "6.5");
    // Line 594: a backfile Goldstein value written bare ("-2").
    const one_row bare = row_at(file, 594);
    CHECK(bare.row.id == 1553669u);
    CHECK(bare.row.event.goldstein == goldstein{.tenths = -20, .table = goldstein_table::gdelt});
    CHECK(bare.row.event.goldstein_decimals == 0);
    CHECK(bare.row.actor2_geo.full_name == "Peking, Beijing, China");
    CHECK(to_row(bare.row).find("\t110\t110\t11\t3\t-2\t1\t1\t1\t") != std::string::npos);
}

TEST_CASE("gdelt real data: CHN-USA statistics of the 2018-03-26 export match an awk count") {
    // awk -F'\t' '($8=="CHN"&&$18=="USA")||($8=="USA"&&$18=="CHN")' FILE: 5 rows (lines 395-398, 1333):
    // quad classes 1,1,1,1,3; Goldstein -0.4,-0.4,7.0,7.0,-2.0 (sum 11.2); codes 012 ×2, 035 ×2, 112.
    std::ifstream in{gdelt_dir / "gdelt2_20180326044500.export_epournaras-DIAS-GDELT.tsv", std::ios::binary};
    reader r{in};
    const stats_report all = dyad_stats_of(r);
    CHECK(all.rows == 1540u);
    // Python: both actors' CAMEO countries with an ISO code (the code itself if ISO has it, or
    // ROM/TMP/IMY/MTN/WSB/GZS's equivalents): 285 rows; the most frequent dyads USA-USA 18, SOM-USA 13.
    CHECK(all.rows_with_dyad == 285u);
    CHECK(all.rows_without_dyad == 1255u);
    REQUIRE(all.dyads.size() >= 2);
    CHECK(all.dyads[0].dyad.text() == "USA-USA");
    CHECK(all.dyads[0].events == 18u);
    CHECK(all.dyads[1].dyad.text() == "SOM-USA");
    CHECK(all.dyads[1].events == 13u);
    const auto it = std::find_if(all.dyads.begin(), all.dyads.end(), [](const dyad_stats& d) { return d.dyad.text() == "CHN-USA"; });
    REQUIRE(it != all.dyads.end());
    const dyad_stats& d = *it;
    CHECK(d.events == 5u);
    CHECK(d.by_quad_class == std::array<std::uint64_t, 5>{0, 4, 0, 1, 0});
    CHECK(d.goldstein_events == 5u);
    CHECK(d.goldstein_tenths == 112);
    CHECK(d.mean_goldstein() == doctest::Approx(2.24));
    REQUIRE(d.top_codes.size() == 3);
    CHECK(d.top_codes[0] == code_count{cameo_code{"012"}, 2});
    CHECK(d.top_codes[1] == code_count{cameo_code{"035"}, 2});
    CHECK(d.top_codes[2] == code_count{cameo_code{"112"}, 1});
    // Directed: CHN -> USA 4 (lines 395-398), USA -> CHN 1 (line 1333).
    std::ifstream again{gdelt_dir / "gdelt2_20180326044500.export_epournaras-DIAS-GDELT.tsv", std::ios::binary};
    reader r2{again};
    const stats_report directed = dyad_stats_of(r2, {.directed = true, .only = parse_dyad("CHN-USA")});
    REQUIRE(directed.dyads.size() == 1);
    CHECK(directed.dyads[0].events == 4u);
    CHECK(directed.rows_other_dyads == 281u);
}

TEST_CASE("gdelt real data: CHN-USA statistics of the mixed 1.0 file (57 and 58 fields) match an awk count") {
    // Lines 8 (CHN->USA 112, 3, -2.0), 434 (USA->CHN 043, 1, 2.8), 594 (USA->CHN 110, 3, -2 in the backfile).
    std::ifstream in{gdelt_dir / "gdelt1_mixed_57_58col_sample_events_reed9999-gdelt-demo.tsv", std::ios::binary};
    reader r{in};
    const stats_report s = dyad_stats_of(r, {.only = parse_dyad("USA-CHN")});
    REQUIRE(s.dyads.size() == 1);
    const dyad_stats& d = s.dyads[0];
    CHECK(d.events == 3u);
    CHECK(d.by_quad_class == std::array<std::uint64_t, 5>{0, 1, 0, 2, 0});
    CHECK(d.goldstein_tenths == -12);
    CHECK(d.mean_goldstein() == doctest::Approx(-0.4));
    REQUIRE(d.top_codes.size() == 3);
    CHECK(d.top_codes[0].code == cameo_code{"043"});
    CHECK(d.top_codes[1].code == cameo_code{"110"});
    CHECK(d.top_codes[2].code == cameo_code{"112"});
    CHECK(s.rows_with_dyad == 3u);
    CHECK(s.rows_with_dyad + s.rows_other_dyads == 182u);  // Python: 182 rows with two ISO countries
}

TEST_CASE("gdelt real data: rows become events that validate, GDELT's quad classes of roots 09 and 14 included") {
    for (const expected_file& f : event_files) {
        CAPTURE(f.name);
        const std::string text = slurp(gdelt_dir / f.name);
        dataset ds;
        dataset_builder builder{ds, {.file_title = f.name}};
        reader r{std::string_view{text}};
        while (const record* row = r.next()) builder.add(*row);
        CHECK(builder.events() == f.rows - f.without_actor1);
        CHECK(builder.skipped() == f.without_actor1);
        // GDELT puts root 09 (investigate) in quad class 2 and root 14 (protest) in 3, where
        // CAMEO's ranges say 3 and 4: these rows are valid by GDELT's rule (gdelt_quad_class_of).
        std::size_t gdelt_rule = 0;
        for (const event& e : ds.view().events)
            if (e.quad_class != quad_class_of(e.cameo) && e.quad_class == gdelt_quad_class_of(e.cameo)) ++gdelt_rule;
        CHECK(gdelt_rule == f.roots_09_14);
        const auto found = problems(ds.view());
        CHECK_MESSAGE(found.empty(), (found.empty() ? std::string{} : std::string{describe(found.front())}));
    }
}

#endif  // BILATERAL_DATA_DIR
