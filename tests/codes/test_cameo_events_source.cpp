// SPDX-License-Identifier: BSL-1.0
// cameo_events.hpp against its sources in BILATERAL_DATA_DIR/cameo: GDELT's two CAMEO.eventcodes
// copies and CAMEO.goldsteinscale, the ICEWS codebook (Windows-1252 CSV) and the Phoenix lookup JSON.
#include <bilateral/codes/cameo_events.hpp>

#include <doctest/doctest.h>
#include <simdjson.h>

#include <cmath>
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

std::string cameo_path(std::string_view name) { return std::string(BILATERAL_DATA_DIR) + "/cameo/" + std::string(name); }

// code -> label of a CAMEO.eventcodes copy (header line checked and skipped).
std::map<std::string, std::string> read_eventcodes(std::string_view name, std::string* merged_1056 = nullptr) {
    auto lines = bt::split_lines(bt::read_file(cameo_path(name)));
    REQUIRE(!lines.empty());
    CHECK(lines[0] == "CAMEOEVENTCODE\tEVENTDESCRIPTION");
    std::map<std::string, std::string> out;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].empty()) continue;
        auto f = bt::split(lines[i], '\t');
        REQUIRE(f.size() == 2);
        if (merged_1056 != nullptr && f[0] == "1056") *merged_1056 = f[1];
        CHECK_MESSAGE(out.count(f[0]) == 0, f[0]);
        out[f[0]] = f[1];
    }
    return out;
}

// code -> (name, Goldstein tenths) of the ICEWS codebook.
std::map<std::string, std::pair<std::string, std::int16_t>> read_icews() {
    std::string text = bt::cp1252_to_utf8(bt::read_file(cameo_path("cameo-codes_andybega-icews.csv")));
    auto rows = bt::parse_csv(text);
    REQUIRE(rows.size() > 1);
    REQUIRE(rows[0].size() == 12);
    CHECK(rows[0][2] == "name");
    CHECK(rows[0][3] == "code");
    CHECK(rows[0][4] == "goldstein");
    std::map<std::string, std::pair<std::string, std::int16_t>> out;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 12);
        auto tenths = bt::parse_tenths(rows[i][4]);
        REQUIRE_MESSAGE(tenths.has_value(), rows[i][4]);
        CHECK(out.count(rows[i][3]) == 0);
        out[rows[i][3]] = {rows[i][2], *tenths};
    }
    return out;
}

const char* phoenix_file = "phoenix_lookup_goldstein_quad_country_eventdata-political-actor-recommender.json";

}  // namespace

TEST_CASE("cameo_events: every code and label of GDELT's 2013 CAMEO.eventcodes is in the table, and nothing else") {
    auto src = read_eventcodes("gdelt_CAMEO.eventcodes_mpiccirilli-UNDP.txt");
    auto icews = read_icews();
    CHECK(src.size() == bc::cameo_events.size());
    for (const auto& kv : src) {
        const std::string& code = kv.first;
        const std::string& label = kv.second;
        const bc::cameo_event* e = bc::find_cameo_event(code);
        REQUIRE_MESSAGE(e != nullptr, code);
        if (code == "044") {
            // Mojibake in GDELT ("Meet at a \u00d2hird\u00d3location"); the table has the ICEWS label.
            CHECK(label.find("\u00d2hird\u00d3") != std::string::npos);
            CHECK(e->label == icews.at("044").first);
        } else {
            CHECK(e->label == bt::rtrim(label));
        }
    }
    for (const auto& e : bc::cameo_events) CHECK_MESSAGE(src.count(std::string(e.code)) == 1, e.code);
}

TEST_CASE("cameo_events: GDELT's newer copy, with 106 split out of its 1056 line, gives the same table") {
    std::string merged;
    auto src = read_eventcodes("gdelt_CAMEO.eventcodes_RBozydar-py-gdelt.txt", &merged);
    // The quirk: "Demand de-escalation of military engagement106:[-5.0] Demand withdrawal".
    std::string_view marker = "106:[-5.0] ";
    auto at = merged.find(marker);
    REQUIRE(at != std::string::npos);
    CHECK(src.count("106") == 0);
    src["1056"] = merged.substr(0, at);
    src["106"] = merged.substr(at + marker.size());
    CHECK(bt::parse_tenths("-5.0") == bc::find_cameo_event("106")->goldstein_gdelt);
    CHECK(src.size() == bc::cameo_events.size());
    for (const auto& kv : src) {
        const std::string& code = kv.first;
        const std::string& label = kv.second;
        const bc::cameo_event* e = bc::find_cameo_event(code);
        REQUIRE_MESSAGE(e != nullptr, code);
        if (code != "044") CHECK(e->label == bt::rtrim(label));
    }
}

TEST_CASE("cameo_events: GDELT Goldstein values equal CAMEO.goldsteinscale for every code") {
    auto lines = bt::split_lines(bt::read_file(cameo_path("gdelt_CAMEO.goldsteinscale_mpiccirilli-UNDP.txt")));
    REQUIRE(!lines.empty());
    CHECK(lines[0] == "CAMEOEVENTCODE\tGOLDSTEINSCALE");
    std::set<std::string> seen;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].empty()) continue;
        auto f = bt::split(lines[i], '\t');
        REQUIRE(f.size() == 2);
        const bc::cameo_event* e = bc::find_cameo_event(f[0]);
        REQUIRE_MESSAGE(e != nullptr, f[0]);
        CHECK_MESSAGE(bt::parse_tenths(bt::trim(f[1])) == e->goldstein_gdelt, f[0]);
        seen.insert(f[0]);
    }
    CHECK(seen.size() == bc::cameo_events.size());
}

TEST_CASE("cameo_events: ICEWS Goldstein values equal the ICEWS codebook, whose only extra code is 1213") {
    auto icews = read_icews();
    for (const auto& kv : icews) {
        const std::string& code = kv.first;
        const auto& v = kv.second;
        const bc::cameo_event* e = bc::find_cameo_event(code);
        if (e == nullptr) {
            CHECK_MESSAGE(code == "1213", code);
            continue;
        }
        CHECK_MESSAGE(e->goldstein_icews == v.second, code);
    }
    for (const auto& e : bc::cameo_events) {
        auto it = icews.find(std::string(e.code));
        if (it == icews.end()) {
            CHECK_MESSAGE(!bc::has_goldstein(e.goldstein_icews), e.code);
        } else {
            CHECK(e.goldstein_icews == it->second.second);
        }
    }
    CHECK(icews.size() == bc::cameo_events.size() + 1);
}

TEST_CASE("cameo_events: Phoenix Goldstein values equal the Phoenix lookup, whose extra codes are known") {
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.load(cameo_path(phoenix_file));
    const std::set<std::string_view> extra{"0110", "0357", "109", "1213", "1641", "1642", "1643"};
    std::map<std::string, double> phoenix;
    for (auto field : doc["goldstein_score"].get_object()) {
        phoenix[std::string(field.key)] = field.value.get_double().value();
    }
    CHECK(phoenix.size() == 288);
    for (const auto& kv : phoenix) {
        const std::string& code = kv.first;
        double value = kv.second;
        const bc::cameo_event* e = bc::find_cameo_event(code);
        if (e == nullptr) {
            CHECK_MESSAGE(extra.count(code) == 1, code);
            continue;
        }
        REQUIRE_MESSAGE(bc::has_goldstein(e->goldstein_phoenix), code);
        CHECK_MESSAGE(bc::goldstein_value(e->goldstein_phoenix) == value, code);
    }
    std::size_t with_value = 0;
    for (const auto& e : bc::cameo_events) {
        bool listed = phoenix.count(std::string(e.code)) == 1;
        CHECK_MESSAGE(bc::has_goldstein(e.goldstein_phoenix) == listed, e.code);
        with_value += listed;
    }
    CHECK(with_value + extra.size() == phoenix.size());
}

TEST_CASE("cameo_events: Phoenix's quad classes follow GDELT's rule except for roots 01, 02 and 16") {
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.load(cameo_path(phoenix_file));
    std::size_t n = 0;
    for (auto field : doc["quad_class"].get_object()) {
        ++n;
        std::string_view root = field.key;
        std::int64_t phoenix = field.value.get_int64().value();
        const bc::cameo_event* e = bc::find_cameo_event(root);
        REQUIRE_MESSAGE(e != nullptr, root);
        auto gdelt = static_cast<std::int64_t>(e->quad);
        if (root == "01" || root == "02") {
            CHECK(phoenix == 0);  // Phoenix: neutral
            CHECK(gdelt == 1);
        } else if (root == "16") {
            CHECK(phoenix == 3);
            CHECK(gdelt == 4);
        } else {
            CHECK_MESSAGE(phoenix == gdelt, root);
        }
    }
    CHECK(n == 20);
}
