// SPDX-License-Identifier: BSL-1.0
// Tests of panel/write.hpp: the CSV and JSON of a panel, column by column.
#include <bilateral/panel/write.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace bilateral;
using namespace bilateral::panel;

namespace {

std::vector<row> sample_rows(const options& o) {
    accumulator a{o};
    const auto add = [&](date d, std::string_view from, std::string_view to, std::string_view code, quad_class q,
                         std::optional<std::int16_t> g, plover_event p, std::uint32_t articles) {
        a.add({.day = d, .source_country = from, .target_country = to, .code = cameo_code{code}, .quad = q,
               .goldstein = g, .plover = p, .reports = {articles, std::nullopt, std::nullopt}});
    };
    add(date{2019, 10, 23}, "USA", "CHN", "042", quad_class::verbal_cooperation, 19, plover_event::consult, 3);
    add(date{2019, 10, 24}, "CHN", "USA", "112", quad_class::verbal_conflict, -20, plover_event::accuse, 1);
    add(date{2019, 10, 25}, "CHN", "USA", "112", quad_class::verbal_conflict, -20, plover_event::accuse, 1);
    add(date{2019, 11, 1}, "CHN", "USA", "0233", quad_class::verbal_cooperation, std::nullopt, plover_event::request, 2);
    return a.rows(true);
}

std::vector<std::string> split(const std::string& line, char by) {
    std::vector<std::string> out{""};
    for (const char c : line) {
        if (c == by) out.emplace_back();
        else out.back() += c;
    }
    return out;
}

}  // namespace

TEST_CASE("tenths are written exactly with one decimal") {
    CHECK(tenths_text(0) == "0.0");
    CHECK(tenths_text(19) == "1.9");
    CHECK(tenths_text(-5) == "-0.5");
    CHECK(tenths_text(-1000) == "-100.0");
    CHECK(tenths_text(1234567) == "123456.7");
    CHECK(tenths_text(std::numeric_limits<std::int64_t>::min()) == "-922337203685477580.8");
    CHECK(value_text(measure_value::mean(-1, 3)) == "-0.03333333333333333");
    CHECK(value_text(measure_value::mean(99, 30)) == "0.33");
    CHECK(value_text(measure_value::mean(0, 0)).empty());
}

TEST_CASE("the CSV begins with the documented columns and has one line per dyad and period") {
    const options o{};
    std::ostringstream out;
    write_csv(out, sample_rows(o), o);
    std::istringstream in{out.str()};
    std::string header, oct, nov, extra;
    REQUIRE(std::getline(in, header));
    REQUIRE(std::getline(in, oct));
    REQUIRE(std::getline(in, nov));
    CHECK(!std::getline(in, extra));
    CHECK(header.rfind("dyad,period,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,"
                       "goldstein_sum,goldstein_mean,", 0) == 0);
    CHECK(split(header, ',') == column_names(o));
    CHECK(header.find("articles") == std::string::npos);  // weighted columns only with a weight
    CHECK(oct.rfind("CHN-USA,2019-10,3,1,0,2,0,-2.1,-0.7,-2.0,1.9,3,-1,", 0) == 0);
    const std::vector<std::string> cells = split(nov, ',');
    const std::vector<std::string> names = column_names(o);
    REQUIRE(cells.size() == names.size());
    CHECK(cells[2] == "1");
    CHECK(cells[7] == "");  // goldstein_sum of no Goldstein values: empty, not 0
    CHECK(cells[8] == "");  // the mean of nothing
    CHECK(cells[static_cast<std::size_t>(std::find(names.begin(), names.end(), "plover_request") - names.begin())] == "1");
}

TEST_CASE("a weight adds the weighted columns, named after it") {
    const options o{.weight = weight_by::articles};
    const std::vector<std::string> names = column_names(o);
    CHECK(std::find(names.begin(), names.end(), "articles") != names.end());
    CHECK(std::find(names.begin(), names.end(), "articles_goldstein_mean") != names.end());
    std::ostringstream out;
    write_csv(out, sample_rows(o), o);
    const std::string csv = out.str();
    const std::string oct = csv.substr(csv.find('\n') + 1, csv.find('\n', csv.find('\n') + 1) - csv.find('\n') - 1);
    const std::vector<std::string> cells = split(oct, ',');
    const auto at = [&](std::string_view name) {
        return cells[static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin())];
    };
    CHECK(at("articles") == "5");
    CHECK(at("articles_goldstein_sum") == "1.7");  // 3 x 1.9 - 2.0 - 2.0
    CHECK(at("articles_goldstein_mean") == "0.34");
    CHECK(at("articles_net_cooperation") == "1");
}

TEST_CASE("the JSON holds the options, the summary and the same rows, null for what does not exist") {
    const options o{.by = period_kind::month, .goldstein = goldstein_table::icews};
    std::ostringstream out;
    const std::vector<row> rows = sample_rows(o);
    write_json(out, rows, summary{.events = 4, .counted = 4}, o);
    const nlohmann::json j = nlohmann::json::parse(out.str());
    CHECK(j["by"] == "month");
    CHECK(j["goldstein"] == "icews");
    CHECK(j["weight"].is_null());
    CHECK(j["summary"]["counted"] == 4);
    REQUIRE(j["rows"].size() == 2);
    CHECK(j["rows"][0]["dyad"] == "CHN-USA");
    CHECK(j["rows"][0]["period"] == "2019-10");
    CHECK(j["rows"][0]["verbal_conflict"] == 2);
    CHECK(j["rows"][0]["plover_accuse"] == 2);
    CHECK(j["rows"][1]["goldstein_mean"].is_null() == (rows[1].cell.goldstein_events == 0));
    CHECK(j["rows"][0].size() == column_names(o).size());
}
