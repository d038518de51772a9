// SPDX-License-Identifier: BSL-1.0
// Tests of report/vega_lite.hpp: a Vega-Lite specification whose inline data is the panel.
#include <bilateral/panel/write.hpp>
#include <bilateral/report/vega_lite.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

using namespace bilateral;

namespace {

panel::accumulator sample(panel::options o) {
    panel::accumulator a{std::move(o)};
    a.add({.day = date{2019, 10, 23}, .source_country = "USA", .target_country = "CHN", .code = cameo_code{"042"},
           .quad = quad_class::verbal_cooperation, .goldstein = 19, .reports = {3u, std::nullopt, std::nullopt}});
    a.add({.day = date{2019, 12, 1}, .source_country = "CHN", .target_country = "USA", .code = cameo_code{"0233"},
           .quad = quad_class::verbal_cooperation, .reports = {2u, std::nullopt, std::nullopt}});
    return a;
}

}  // namespace

TEST_CASE("vega-lite: the data values are the panel's rows, column for column, null where the CSV is empty") {
    const panel::accumulator a = sample({.by = panel::period_kind::month, .weight = panel::weight_by::articles});
    const std::vector<panel::row> rows = a.rows(true);
    std::ostringstream os;
    report::write_vega_lite(os, rows, a.options());
    const nlohmann::json spec = nlohmann::json::parse(os.str());
    CHECK(spec["$schema"] == "https://vega.github.io/schema/vega-lite/v5.json");
    const nlohmann::json& values = spec["data"]["values"];
    REQUIRE(values.size() == rows.size());
    REQUIRE(rows.size() == 3);  // October to December, November empty
    const std::vector<std::string> names = panel::column_names(a.options());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CHECK(values[i]["dyad"] == "CHN-USA");
        CHECK(values[i]["period"] == rows[i].period.text());
        CHECK(values[i]["date"] == std::string{first_day(rows[i].period).iso().view()});
        std::size_t column = 2;
        for (const panel::measure& m : panel::measures()) {
            const std::string text = panel::value_text(m.of(rows[i].cell));
            const nlohmann::json& v = values[i][names[column++]];
            if (text.empty()) CHECK(v.is_null());
            else CHECK(v == nlohmann::json::parse(text));
        }
        CHECK(column == names.size());
    }
    CHECK(values[1]["events"] == 0);
    CHECK(values[1]["goldstein_mean"].is_null());
    CHECK(values[0]["articles"] == 3);
}

TEST_CASE("vega-lite: three charts, Goldstein on its fixed scale, with a zero rule") {
    const panel::accumulator a = sample({});
    std::ostringstream os;
    report::write_vega_lite(os, a.rows(), a.options());
    const nlohmann::json spec = nlohmann::json::parse(os.str());
    REQUIRE(spec["vconcat"].size() == 3);
    const nlohmann::json& goldstein = spec["vconcat"][0];
    CHECK(goldstein["layer"][0]["mark"]["type"] == "rule");
    CHECK(goldstein["layer"][1]["encoding"]["y"]["field"] == "goldstein_mean");
    CHECK(goldstein["layer"][1]["encoding"]["y"]["scale"]["domain"] == nlohmann::json::array({-10, 10}));
    CHECK(goldstein["layer"][1]["encoding"]["x"]["type"] == "temporal");
    CHECK(spec["vconcat"][2]["transform"][0]["fold"].size() == 4);
    CHECK(!spec["data"]["values"][0].contains("articles"));  // unweighted: no weighted columns
}
