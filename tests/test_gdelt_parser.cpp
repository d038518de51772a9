// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/parser.hpp: one row into a typed record; errors that name the line, the column, the value and what was expected.
#include <bilateral/io/gdelt/parser.hpp>

#include "test_gdelt_fixtures.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace bilateral;
using namespace bilateral::gdelt;
using namespace gdelt_fixtures;

namespace {
/// A parsed row with the text its record views (kept on the heap, so it does not move).
struct parsed {
    std::unique_ptr<const std::string> line;
    bool ok = false;
    record row{};
    std::vector<problem> errors{};
};
parsed parse(std::string line, std::uint64_t number = 1) {
    parsed p{.line = std::make_unique<const std::string>(std::move(line))};
    p.ok = parse_row(*p.line, number, p.row, p.errors);
    return p;
}
}  // namespace

static_assert(detail::gdelt::is_cameo("010") && detail::gdelt::is_cameo("20") && !detail::gdelt::is_cameo("21"));
static_assert(!detail::gdelt::is_cameo("00") && !detail::gdelt::is_cameo("0") && !detail::gdelt::is_cameo("01234"));

TEST_CASE("gdelt parser: a GDELT 2.0 row becomes a typed record") {
    const parsed p = parse(v2_row());
    const std::string& line = *p.line;
    REQUIRE(p.ok);
    CHECK(p.errors.empty());
    const record& r = p.row;
    CHECK(r.format == format::v2);
    CHECK(r.id == 1000001u);
    CHECK(r.dates.day == date{2024, 7, 3});
    CHECK(r.dates.month == date{2024, 7});
    CHECK(r.dates.year == date{2024});
    CHECK(r.dates.fraction == *decimal::parse("2024.5014"));
    CHECK(r.dates.added == timestamp{date{2024, 7, 3}, 12, 15, 0});
    CHECK(r.actor1.code == "CHNGOV");
    CHECK(r.actor1.name == "CHINESE GOVERNMENT");
    CHECK(r.actor1.country == actor_code{"CHN"});
    CHECK(r.actor1.type1 == actor_code{"GOV"});
    CHECK(r.actor1.iso_alpha3() == "CHN");
    CHECK(r.actor2.code == "KAZ");
    CHECK(r.actor2.type1.empty());
    CHECK(r.event.is_root == true);
    CHECK(r.event.code == cameo_code{"042"});
    CHECK(r.event.base == cameo_code{"042"});
    CHECK(r.event.root == cameo_code{"04"});
    CHECK(r.event.quad_class == quad_class::verbal_cooperation);
    CHECK(r.event.goldstein == goldstein{.tenths = 19, .table = goldstein_table::gdelt});
    CHECK(r.event.goldstein_decimals == 1);
    CHECK(r.event.mentions == 12u);
    CHECK(r.event.sources == 3u);
    CHECK(r.event.articles == 12u);
    CHECK(r.event.tone.value() == -0.84210526315789);
    CHECK(r.actor1_geo.type == geo_type::country);
    CHECK(r.actor1_geo.fips == "CH");
    CHECK(r.actor1_geo.country == country{"CN"});  // FIPS CH is China
    CHECK(r.actor1_geo.adm2.empty());
    CHECK(r.action_geo.type == geo_type::world_city);
    CHECK(r.action_geo.full_name == "Astana, Astana, Kazakhstan");
    CHECK(r.action_geo.country == country{"KZ"});
    CHECK(r.action_geo.adm1 == "KZ05");
    CHECK(r.action_geo.lat.value() == 51.1801);
    CHECK(r.action_geo.lon.value() == 71.446);
    CHECK(r.action_geo.feature_id == "-1234567");
    CHECK(r.source_url == "https://example.org/news/2024/07/03/visit");
    // Zero-copy: text fields view the line.
    CHECK(r.actor1.name.data() >= line.data());
    CHECK(r.actor1.name.data() < line.data() + line.size());
}

TEST_CASE("gdelt parser: the layout is chosen by the field count (57, 58, 61)") {
    const parsed daily = parse(v1_daily_row());
    REQUIRE(daily.ok);
    CHECK(daily.row.format == format::v1_daily);
    CHECK(daily.row.dates.added == timestamp{date{2024, 7, 4}});
    CHECK(daily.row.action_geo.lat.value() == 51.1801);  // shifted left by the missing ADM2 columns
    CHECK(daily.row.source_url == "https://example.org/news/2024/07/03/visit");

    const parsed historical = parse(v1_historical_row());
    REQUIRE(historical.ok);
    CHECK(historical.row.format == format::v1_historical);
    CHECK(historical.row.source_url.empty());
    CHECK(historical.row.dates.added == timestamp{date{2024, 7, 4}});
    CHECK(historical.row.event.goldstein == goldstein{.tenths = 20, .table = goldstein_table::gdelt});
    CHECK(historical.row.event.goldstein_decimals == 0);  // written "2", not "2.0"
}

TEST_CASE("gdelt parser: empty fields are values that are not given") {
    std::vector<std::string> f = v2_fields();
    for (std::size_t i = 1; i < f.size(); ++i) f[i] = "";  // everything but GLOBALEVENTID
    const parsed p = parse(join(f));
    REQUIRE(p.ok);
    CHECK_FALSE(p.row.dates.day.known());
    CHECK_FALSE(p.row.dates.fraction.given());
    CHECK_FALSE(p.row.dates.added.known());
    CHECK(p.row.actor1.empty());
    CHECK_FALSE(p.row.event.is_root.has_value());
    CHECK(p.row.event.code.empty());
    CHECK(p.row.event.quad_class == quad_class::unknown);
    CHECK_FALSE(p.row.event.goldstein.has_value());
    CHECK_FALSE(p.row.event.mentions.has_value());
    CHECK_FALSE(p.row.action_geo.type.has_value());
    CHECK_FALSE(p.row.action_geo.country.known());
    CHECK(p.row.source_url.empty());
}

TEST_CASE("gdelt parser: each bad field is reported with its column, its text and what was expected") {
    using c = problem_code;
    struct bad {
        std::size_t column;
        std::string value;
        std::string_view name;
        problem_code code;
    };
    const bad cases[] = {
        {1, "", "GLOBALEVENTID", c::missing_value},          {1, "0123", "GLOBALEVENTID", c::malformed_value},
        {1, "12a", "GLOBALEVENTID", c::malformed_value},     {2, "20241301", "SQLDATE", c::invalid_date},
        {2, "2024073", "SQLDATE", c::malformed_value},       {2, "20230229", "SQLDATE", c::invalid_date},
        {3, "2024-07", "MonthYear", c::malformed_value},     {3, "202413", "MonthYear", c::invalid_date},
        {4, "24", "Year", c::malformed_value},               {5, "2024,5", "FractionDate", c::malformed_value},
        {8, "CN", "Actor1CountryCode", c::malformed_code},   {13, "GOVT", "Actor1Type1Code", c::malformed_code},
        {26, "2", "IsRootEvent", c::malformed_value},        {27, "42", "EventCode", c::malformed_code},
        {27, "0421x", "EventCode", c::malformed_code},       {28, "214", "EventBaseCode", c::malformed_code},
        {29, "4", "EventRootCode", c::malformed_code},       {30, "5", "QuadClass", c::out_of_range},
        {30, "x", "QuadClass", c::malformed_value},          {31, "10.5", "GoldsteinScale", c::out_of_range},
        {31, "1.25", "GoldsteinScale", c::malformed_value},  {31, "-0.0", "GoldsteinScale", c::malformed_value},
        {31, "03.0", "GoldsteinScale", c::malformed_value},  {32, "-1", "NumMentions", c::malformed_value},
        {33, "4294967296", "NumSources", c::out_of_range},   {34, "07", "NumArticles", c::malformed_value},
        {35, "1e-3", "AvgTone", c::malformed_value},         {36, "6", "Actor1Geo_Type", c::out_of_range},
        {38, "CHN", "Actor1Geo_CountryCode", c::malformed_code}, {41, "35 N", "Actor1Geo_Lat", c::malformed_value},
        {50, "--71", "Actor2Geo_Long", c::malformed_value},  {60, "202407031215", "DATEADDED", c::malformed_value},
        {60, "20240703250000", "DATEADDED", c::invalid_date}, {60, "20240230", "DATEADDED", c::invalid_date},
        {8, "syr", "Actor1CountryCode", c::malformed_code},  {18, "Kaz", "Actor2CountryCode", c::malformed_code},
        {41, "90.5", "Actor1Geo_Lat", c::out_of_range},      {49, "-91", "Actor2Geo_Lat", c::out_of_range},
        {57, "180.000001", "ActionGeo_Lat", c::out_of_range}, {42, "180.01", "Actor1Geo_Long", c::out_of_range},
        {58, "-200", "ActionGeo_Long", c::out_of_range},     {50, "1000", "Actor2Geo_Long", c::out_of_range},
    };
    for (const bad& b : cases) {
        CAPTURE(b.column);
        CAPTURE(b.value);
        const parsed p = parse(join(with(v2_fields(), b.column, b.value)), 7);
        CHECK_FALSE(p.ok);
        REQUIRE(p.errors.size() == 1);
        CHECK(p.errors[0].line == 7u);
        CHECK(p.errors[0].column == b.column);
        CHECK(p.errors[0].column_name == b.name);
        CHECK(p.errors[0].value == b.value);
        CHECK_FALSE(p.errors[0].expected.empty());
        CHECK(p.errors[0].code == b.code);
        CHECK(p.errors[0].severity == severity::error);
    }
}

TEST_CASE("gdelt parser: eight_digits accepts eight ASCII digits and nothing else") {
    std::uint32_t v = 0;
    CHECK(detail::gdelt::eight_digits("20240703", v));
    CHECK(v == 20240703u);
    CHECK(detail::gdelt::eight_digits("00000000", v));
    CHECK(v == 0u);
    CHECK(detail::gdelt::eight_digits("99999999", v));
    CHECK(v == 99999999u);
    // Any other byte at any place is refused (found by fuzzing: '-' once passed).
    for (std::size_t at = 0; at < 8; ++at) {
        for (int b = 0; b < 256; ++b) {
            if (b >= '0' && b <= '9') continue;
            char text[9] = "12345678";
            text[at] = static_cast<char>(b);
            if (detail::gdelt::eight_digits(text, v)) {
                CAPTURE(at);
                CAPTURE(b);
                FAIL("a non-digit was accepted");
            }
        }
    }
    const parsed p = parse(join(with(with(v2_fields(), 60, "2-240703121500"), 2, "2/240703")));
    REQUIRE(p.errors.size() == 2);
    CHECK(p.errors[0].column_name == "SQLDATE");
    CHECK(p.errors[1].column_name == "DATEADDED");
}

TEST_CASE("gdelt parser: every bad field of a row is reported, in column order") {
    auto f = with(v2_fields(), 2, "20240230");
    f = with(f, 30, "9");
    f = with(f, 57, "north");
    const parsed p = parse(join(f), 3);
    REQUIRE(p.errors.size() == 3);
    CHECK(describe(p.errors[0]) == "line 3, column 2 (SQLDATE): `20240230`: expected a date as YYYYMMDD");
    CHECK(describe(p.errors[1]) == "line 3, column 30 (QuadClass): `9`: expected a quad class 1-4 or nothing");
    CHECK(describe(p.errors[2]) ==
          "line 3, column 57 (ActionGeo_Lat): `north`: expected a latitude from -90 to 90 (a decimal number such as 51.1801) or nothing");
}

TEST_CASE("gdelt parser: a row of the wrong length names the first missing column, or its field count") {
    const std::vector<std::string> full = v2_fields();
    const parsed cut = parse(join(std::vector<std::string>(full.begin(), full.begin() + 30)), 4);
    REQUIRE(cut.errors.size() == 1);
    CHECK(cut.errors[0].column == 31);
    CHECK(cut.errors[0].column_name == "GoldsteinScale");
    CHECK(cut.errors[0].code == problem_code::wrong_field_count);
    CHECK(describe(cut.errors[0]) ==
          "line 4, column 31 (GoldsteinScale): nothing: expected more fields: a row has 57 (GDELT 1.0 historical), "
          "58 (GDELT 1.0 daily) or 61 (GDELT 2.0) tab-separated fields");
    // Past column 39 the layouts differ, so the column has no single name.
    const parsed longer = parse(join(std::vector<std::string>(full.begin(), full.begin() + 45)));
    REQUIRE(longer.errors.size() == 1);
    CHECK(longer.errors[0].column == 46);
    CHECK(longer.errors[0].column_name.empty());
    // 59, 60, 62 fields: the row as a whole.
    auto extra = full;
    extra.push_back("surplus");
    const parsed too_many = parse(join(extra), 9);
    REQUIRE(too_many.errors.size() == 1);
    CHECK(too_many.errors[0].column == 0);
    CHECK(too_many.errors[0].code == problem_code::wrong_field_count);
    CHECK(describe(too_many.errors[0]) ==
          "line 9: `62 fields`: expected 57 (GDELT 1.0 historical), 58 (GDELT 1.0 daily) or 61 (GDELT 2.0) tab-separated fields");
}

TEST_CASE("gdelt parser: long values are cut in messages at a character boundary") {
    const std::string name(100, 'x');
    const parsed p = parse(join(with(v2_fields(), 2, "\xC3\xA9" + name)));
    REQUIRE(p.errors.size() == 1);
    CHECK(p.errors[0].value.size() < 90);
    CHECK(p.errors[0].value.view().ends_with("\u2026"));
}

TEST_CASE("gdelt parser: split_fields gives views of every field, however many") {
    std::string_view fields[4];
    CHECK(split_fields("a\tb\t\tc", fields, 4) == 4);
    CHECK(fields[0] == "a");
    CHECK(fields[2].empty());
    CHECK(fields[3] == "c");
    CHECK(split_fields("", fields, 4) == 1);
    CHECK(fields[0].empty());
    // More than 62 fields: counted all, stored as many as asked.
    std::string many;
    for (int i = 0; i < 100; ++i) many += std::to_string(i) + "\t";
    std::string_view all[101];
    CHECK(split_fields(many, all, 101) == 101);
    CHECK(all[99] == "99");
    CHECK(all[100].empty());
    CHECK(all[70] == "70");
}

TEST_CASE("gdelt parser: a GLOBALEVENTID above 2^64-1 is told it exceeds 18446744073709551615") {
    const parsed max = parse(join(with(v2_fields(), 1, "18446744073709551615")));
    CHECK(max.ok);
    CHECK(max.row.id == 18446744073709551615u);
    const parsed over = parse(join(with(v2_fields(), 1, "18446744073709551616")), 2);
    REQUIRE(over.errors.size() == 1);
    CHECK(describe(over.errors[0]) ==
          "line 2, column 1 (GLOBALEVENTID): `18446744073709551616`: exceeds 18446744073709551615, the largest GLOBALEVENTID");
    CHECK(over.errors[0].code == problem_code::out_of_range);
    const parsed long_id = parse(join(with(v2_fields(), 1, "123456789012345678901")), 2);
    REQUIRE(long_id.errors.size() == 1);
    CHECK(describe(long_id.errors[0]) ==
          "line 2, column 1 (GLOBALEVENTID): `123456789012345678901`: expected a GLOBALEVENTID: 1-20 digits, no leading zero");
}

TEST_CASE("gdelt parser: latitudes beyond ±90 and longitudes beyond ±180 are errors, the bounds are not") {
    // Up to the 19 digits a decimal holds: the check compares exactly, without rounding.
    CHECK_FALSE(parse(join(with(v2_fields(), 57, "90.0000000000000001"))).ok);
    CHECK_FALSE(parse(join(with(v2_fields(), 58, "-180.0000000000000001"))).ok);
    for (const char* lat : {"90", "-90", "90.000", "-89.9999", "007.5", "", "89.99999999999999999", "90.0000000000000000"}) {
        CAPTURE(lat);
        CHECK(parse(join(with(v2_fields(), 57, lat))).ok);
    }
    for (const char* lon : {"180", "-180.0", "179.99999", "-0", "", "-179.9999999999999999"}) {
        CAPTURE(lon);
        CHECK(parse(join(with(v2_fields(), 58, lon))).ok);
    }
    const parsed lat = parse(join(with(v2_fields(), 57, "90.0001")), 5);
    REQUIRE(lat.errors.size() == 1);
    CHECK(describe(lat.errors[0]) ==
          "line 5, column 57 (ActionGeo_Lat): `90.0001`: expected a latitude from -90 to 90 (a decimal number such as 51.1801) or nothing");
    const parsed lon = parse(join(with(v1_daily_fields(), 55, "-181")), 5);  // ActionGeo_Long of a 1.0 row
    REQUIRE(lon.errors.size() == 1);
    CHECK(describe(lon.errors[0]) ==
          "line 5, column 55 (ActionGeo_Long): `-181`: expected a longitude from -180 to 180 (a decimal number such as 71.446) or nothing");
}

TEST_CASE("gdelt parser: a CAMEO country code not in capital letters is an error naming the expected form") {
    const parsed p = parse(join(with(v2_fields(), 8, "syr")), 4);
    REQUIRE(p.errors.size() == 1);
    CHECK(describe(p.errors[0]) ==
          "line 4, column 8 (Actor1CountryCode): `syr`: CAMEO country codes are capital letters: expected SYR");
    const parsed digits = parse(join(with(v2_fields(), 18, "K4Z")), 4);
    REQUIRE(digits.errors.size() == 1);
    CHECK(describe(digits.errors[0]) ==
          "line 4, column 18 (Actor2CountryCode): `K4Z`: expected a CAMEO country code (three capital letters, such as SYR) or nothing");
    // Ethnic codes are lower case in GDELT's tables, and stay accepted.
    CHECK(parse(join(with(v2_fields(), 10, "kur"))).ok);
}

TEST_CASE("gdelt parser: a zip or gzip archive read as an event file is named as such") {
    const parsed zip = parse(std::string{"PK\x03\x04\x14\0\0\0\x08\0Rg~E 20141124.export.CSV\x9c\t\xff", 37});
    REQUIRE(zip.errors.size() == 1);
    CHECK(zip.errors[0].message == "looks like a zip archive; GDELT event files are read unzipped");
    CHECK(zip.errors[0].code == problem_code::unknown_layout);
    CHECK(describe(zip.errors[0]) == "line 1: looks like a zip archive; GDELT event files are read unzipped");  // no binary shown
    const parsed gzip = parse(std::string{"\x1F\x8B\x08\0\0\0\0\0\0\x03,\t", 12});
    REQUIRE(gzip.errors.size() == 1);
    CHECK(gzip.errors[0].message == "looks like a gzip archive; GDELT event files are read uncompressed");
}
