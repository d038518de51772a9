// SPDX-License-Identifier: BSL-1.0
// fips.hpp against its sources in BILATERAL_DATA_DIR/countries: GDELT's FIPS.country list and the
// three crosswalks (py-gdelt's JSON, the FIPS/ISO/M49 CSV, openeventdata's CountryInfo).
#include <bilateral/codes/fips.hpp>

#include <doctest/doctest.h>
#include <simdjson.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "source_reader.hpp"

#ifndef BILATERAL_DATA_DIR
#error "BILATERAL_DATA_DIR must name the shared data folder"
#endif

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;

namespace {

std::string countries_path(std::string_view name) {
    return std::string(BILATERAL_DATA_DIR) + "/countries/" + std::string(name);
}

using pair_set = std::set<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("fips: every code and name of GDELT's FIPS.country list is in the table, and nothing else") {
    auto lines = bt::split_lines(bt::read_file(countries_path("gdelt_FIPS.country_gl0bsec-get_gdelt_data.txt")));
    const std::map<std::string, std::pair<std::string, std::string>> fixed{
        {"GV", {"Equatorial Guinea", "Guinea"}}, {"LO", {"Czechoslovakia", "Slovakia"}}};
    std::set<std::string> seen;
    for (const std::string& line : lines) {
        if (line.empty()) continue;
        auto f = bt::split(line, '\t');
        REQUIRE_MESSAGE(f.size() == 2, line);
        const bc::fips_country* e = bc::find_fips(f[0]);
        REQUIRE_MESSAGE(e != nullptr, f[0]);
        auto fix = fixed.find(f[0]);
        if (fix != fixed.end()) {
            CHECK(f[1] == fix->second.first);
            CHECK(e->name == fix->second.second);
        } else {
            CHECK_MESSAGE(e->name == f[1], f[0]);
        }
        CHECK_MESSAGE(seen.insert(f[0]).second, f[0]);
    }
    CHECK(seen.size() == bc::fips_countries.size());
    for (const auto& e : bc::fips_countries) CHECK_MESSAGE(seen.count(std::string(e.fips)) == 1, e.fips);
}

TEST_CASE("fips: ISO codes are py-gdelt's FIPS-to-ISO JSON's, less its non-ISO codes, plus Gaza") {
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.load(countries_path("fips_to_iso_countries_RBozydar-py-gdelt.json"));
    const std::set<std::string> not_in_gdelt{"NN", "UC", "YI"};
    const pair_set dropped{{"KV", "XKX"}, {"NT", "ANT"}};  // Kosovo (user-assigned), Netherlands Antilles (withdrawn)
    std::set<std::string> in_json;
    for (auto field : doc.get_object()) {
        std::string fips(field.key);
        std::string iso3(field.value["iso3"].get_string().value());
        std::string iso2(field.value["iso2"].get_string().value());
        in_json.insert(fips);
        const bc::fips_country* e = bc::find_fips(fips);
        if (e == nullptr) {
            CHECK_MESSAGE(not_in_gdelt.count(fips) == 1, fips);
            continue;
        }
        if (dropped.count({fips, iso3}) == 1) {
            CHECK(e->iso_alpha3.empty());
            CHECK(e->iso_alpha2.empty());
        } else {
            CHECK_MESSAGE(e->iso_alpha3 == iso3, fips);
            CHECK_MESSAGE(e->iso_alpha2 == iso2, fips);
        }
    }
    for (const auto& e : bc::fips_countries) {
        if (in_json.count(std::string(e.fips)) == 1) continue;
        if (e.fips == "GZ") {
            CHECK(e.iso_alpha3 == "PSE");  // added from the CSV's current_iso_code
        } else {
            CHECK_MESSAGE(e.iso_alpha3.empty(), e.fips);
            CHECK_MESSAGE(e.iso_alpha2.empty(), e.fips);
        }
    }
}

TEST_CASE("fips: the FIPS/ISO/M49 CSV agrees but for its known errors and the parts of larger ISO entries") {
    auto rows = bt::parse_csv(bt::read_file(countries_path("fips_iso_m49_geo_country_codes_juxpkr-gdelt-data-platform-k8s.csv")));
    REQUIRE(rows.size() > 1);
    REQUIRE(rows[0].size() == 6);
    CHECK(rows[0][0] == "fips_code");
    CHECK(rows[0][1] == "iso_code");
    CHECK(rows[0][2] == "current_iso_code");
    // (FIPS, CSV iso_code) where the table differs: the CSV reuses FIPS AX, GA, GM, UV, PC for other
    // entries (Aland, Gabon, Gambia, Upper Volta, Panama Canal Zone) and has non-ISO codes for
    // Kosovo, the Netherlands Antilles and Czechoslovakia.
    const pair_set known{{"AX", "ALA"}, {"GA", "GAB"}, {"GM", "GMB"}, {"UV", "HVO"},
                         {"PC", "PCZ"}, {"KV", "XKX"}, {"NT", "ANT"}, {"LO", "CSK"}};
    pair_set found;
    int compared = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 6);
        const std::string& fips = rows[i][0];
        const std::string& own = rows[i][1];
        const std::string& current = rows[i][2];
        const bc::fips_country* e = fips.empty() ? nullptr : bc::find_fips(fips);
        if (e == nullptr) continue;
        ++compared;
        if (own.empty()) {
            // A part of a larger ISO entry (Ashmore -> AUS, Baker Island -> UMI, West Bank -> PSE, ...):
            // the table gives it no ISO code, except West Bank and Gaza Strip, the two parts of PSE.
            CHECK_MESSAGE((e->iso_alpha3.empty() || e->iso_alpha3 == current), fips);
            CHECK_MESSAGE(e->iso_alpha3.empty() == (fips != "WE" && fips != "GZ"), fips);
        } else if (e->iso_alpha3 != own) {
            CHECK_MESSAGE(known.count({fips, own}) == 1, (fips + " " + own));
            found.insert({fips, own});
        }
    }
    CHECK(found == known);
    CHECK(compared > 250);
}

TEST_CASE("fips: openeventdata's CountryInfo agrees but for its known errors") {
    auto lines = bt::split_lines(bt::read_file(countries_path("openeventdata_CountryInfo_codes_crosswalk.tsv")));
    REQUIRE(!lines.empty());
    auto header = bt::split(lines[0], '\t');
    REQUIRE(header.size() == 9);
    CHECK(header[4] == "FIPS-10");
    CHECK(header[8] == "ISO3166-alpha3");
    // (FIPS, CountryInfo's ISO alpha-3) that the table does not follow: typos and rows under another's FIPS.
    const pair_set known{{"CK", "COK"}, {"CG", "COG"}, {"IS", "IL"}, {"JA", "JON"}, {"SA", "ZAF"}, {"TK", "TKL"}};
    pair_set found;
    int agreed = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].empty()) continue;
        auto f = bt::split(lines[i], '\t');
        REQUIRE_MESSAGE(f.size() == 9, lines[i]);
        const bc::fips_country* e = bc::find_fips(f[4]);
        if (e == nullptr || f[8].empty() || f[8] == "---") continue;
        if (e->iso_alpha3 == f[8]) {
            ++agreed;
        } else {
            CHECK_MESSAGE(known.count({f[4], f[8]}) == 1, (f[4] + " " + f[8]));
            found.insert({f[4], f[8]});
        }
    }
    CHECK(found == known);
    CHECK(agreed > 180);
}
