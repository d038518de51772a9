// SPDX-License-Identifier: BSL-1.0
// Tests of the tool's pages (tool/report.cpp, brief.cpp, panel.cpp --format vega-lite), run
// in-process on string streams and files. Their rendering in a browser: report_check.py.
#include "app.hpp"

#include <bilateral/data/astana_2024.hpp>
#include <bilateral/io/json.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "../test_gdelt_fixtures.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace bilateral;

namespace {

struct run_result {
    int code;
    std::string out, err;
};

run_result run(std::vector<std::string> args, std::string input = {}) {
    std::istringstream in{std::move(input)};
    std::ostringstream out, err;
    const int code = tool::run(args, tool::streams{.in = &in, .out = &out, .err = &err});
    return {code, out.str(), err.str()};
}

/// GDELT 2.0 rows of a dyad: the fixtures' row with the two actors' countries and a day.
std::string rows() {
    using namespace gdelt_fixtures;
    std::string out;
    for (const auto& [day, a, b] : std::vector<std::array<std::string, 3>>{
             {"20240703", "CHN", "KAZ"}, {"20240801", "KAZ", "CHN"}, {"20240901", "USA", "CHN"}}) {
        std::vector<std::string> f = with(with(with(v2_fields(), 2, day), 8, a), 18, b);
        out += join(f) + "\n";
    }
    return out;
}

}  // namespace

TEST_CASE("tool report: one page with a chart per dyad and measure, from standard input") {
    const run_result r = run({"report", "--from", "gdelt", "-"}, rows());
    CHECK(r.code == 0);
    CHECK(r.out.starts_with("<!DOCTYPE html>"));
    CHECK(r.out.find("id=\"dyad-CHN-KAZ\"") != std::string::npos);
    CHECK(r.out.find("CHN-KAZ-goldstein") != std::string::npos);
    CHECK(r.out.find("CHN-KAZ-reports") != std::string::npos);  // GDELT: the articles, unasked
    CHECK(r.out.find("<caption>Inputs read</caption>") != std::string::npos);
    CHECK(r.err.find("bilateral report: 1 input, 3 events") != std::string::npos);
}

TEST_CASE("tool report: usage errors name the option, as panel's do") {
    CHECK(run({"report", "--from", "gdelt", "--dyad", "CHINA", "-"}, rows()).code == tool::exit_usage);
    CHECK(run({"report", "--from", "plover", "--weight", "articles", "-"}).err.find("--weight needs GDELT rows") != std::string::npos);
    CHECK(run({"report", "--from", "gdelt", "--dyads", "0", "-"}).code == tool::exit_usage);
}

TEST_CASE("tool panel: --format vega-lite writes a specification with the rows inline") {
    const run_result r = run({"panel", "--from", "gdelt", "--format", "vega-lite", "-"}, rows());
    REQUIRE(r.code == 0);
    const nlohmann::json spec = nlohmann::json::parse(r.out);
    CHECK(spec["data"]["values"].size() == 3);
    CHECK(spec["data"]["values"][0]["dyad"] == "CHN-KAZ");
}

TEST_CASE("tool brief: --format html of the built-in dataset, and of the same dataset read from JSON") {
    const run_result built_in = run({"brief", "--format", "html"});
    CHECK(built_in.code == 0);
    CHECK(built_in.out.find("<blockquote>") != std::string::npos);
    const run_result from_json = run({"brief", "--from", "json", "--format", "html", "-"}, to_json(data::astana_2024));
    CHECK(from_json.code == 0);
    CHECK(from_json.out == built_in.out);
    const run_result text = run({"brief", "--from", "json", "-"}, to_json(data::astana_2024));
    CHECK(text.out == run({"brief"}).out);
}

TEST_CASE("tool brief: bad JSON is named and nothing written; IN without --from is a usage error") {
    const run_result bad = run({"brief", "--from", "json", "--format", "html", "-"}, "{\"events\": 3}");
    CHECK(bad.code == tool::exit_data);
    CHECK(bad.out.empty());
    CHECK(bad.err.find("no briefing written") != std::string::npos);
    const run_result stray = run({"brief", "some.json"});
    CHECK(stray.code == tool::exit_usage);
    CHECK(stray.err.find("--from json") != std::string::npos);
}
