// SPDX-License-Identifier: BSL-1.0
// Tests of report/html.hpp: the page of a panel: its charts well-formed, its tables the panel's
// CSV values, its dyads ranked, the top event codes, the data-quality section.
#include <bilateral/report/html.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "xml_check.hpp"

using namespace bilateral;
using namespace bilateral::report;

namespace {

struct sample {
    panel::accumulator panel{{.by = panel::period_kind::month, .weight = panel::weight_by::articles}};
    code_counts codes;
    void add(date d, std::string_view from, std::string_view to, std::string_view code, quad_class q,
             std::optional<std::int16_t> g, std::uint32_t articles) {
        const std::optional<panel::dyad> counted =
            panel.add({.day = d, .source_country = from, .target_country = to, .code = cameo_code{code}, .quad = q,
                       .goldstein = g, .reports = {articles, std::nullopt, std::nullopt}});
        if (counted) codes.add(*counted, cameo_code{code});
    }
};

sample three_dyads() {
    sample s;
    s.add(date{2019, 1, 5}, "USA", "CHN", "042", quad_class::verbal_cooperation, 19, 3);
    s.add(date{2019, 1, 9}, "CHN", "USA", "112", quad_class::verbal_conflict, -20, 1);
    s.add(date{2019, 3, 2}, "CHN", "USA", "112", quad_class::verbal_conflict, -20, 4);
    s.add(date{2019, 3, 2}, "CHN", "USA", "0233", quad_class::verbal_cooperation, std::nullopt, 2);
    s.add(date{2019, 2, 1}, "KAZ", "RUS", "057", quad_class::verbal_cooperation, 80, 5);
    s.add(date{2019, 2, 1}, "KAZ", "RUS", "190", quad_class::material_conflict, -100, 7);
    s.add(date{2019, 2, 3}, "FRA", "DEU", "040", quad_class::verbal_cooperation, 10, 1);
    s.add(date{2019, 2, 3}, "FRA", "", "040", quad_class::verbal_cooperation, 10, 1);  // no second state
    return s;
}

std::string page_of(const sample& s, const report_options& ro = {}) {
    std::ostringstream os;
    data_quality q{.inputs = {{"a.tsv", 7, 1}, {"b<1>.tsv", 1, 0}}, .problems = {{"SQLDATE: a date as YYYYMMDD", 1}}};
    write_report(os, s.panel.rows(), s.panel.summary(), s.panel.options(), s.codes, q, ro);
    return os.str();
}

/// Every `<svg …>…</svg>` of a page.
std::vector<std::string> svgs_of(const std::string& page) {
    std::vector<std::string> out;
    for (std::size_t at = 0; (at = page.find("<svg ", at)) != std::string::npos;) {
        const std::size_t end = page.find("</svg>", at) + 6;
        out.push_back(page.substr(at, end - at));
        at = end;
    }
    return out;
}

/// The cells of the rows of the table whose caption starts with `caption`.
std::vector<std::vector<std::string>> table_rows(const std::string& page, std::string_view caption) {
    std::vector<std::vector<std::string>> rows;
    const std::size_t start = page.find("<caption>" + std::string{caption});
    if (start == std::string::npos) return rows;
    const std::size_t end = page.find("</table>", start);
    for (std::size_t at = page.find("<tbody>", start); (at = page.find("<tr>", at)) < end; ++at) {
        std::vector<std::string> cells;
        const std::size_t row_end = page.find("</tr>", at);
        for (std::size_t c = at; (c = page.find("<td", c)) < row_end;) {
            const std::size_t open = page.find('>', c) + 1, close = page.find("</td>", open);
            cells.push_back(page.substr(open, close - open));
            c = close;
        }
        rows.push_back(cells);
    }
    return rows;
}

}  // namespace

TEST_CASE("report: every chart is well-formed SVG with a title and a description; ids are unique") {
    const std::string page = page_of(three_dyads());
    const std::vector<std::string> svgs = svgs_of(page);
    // 3 small multiples + per dyad: Goldstein, net cooperation, quad classes, reports.
    CHECK(svgs.size() == 3 + 3 * 4);
    std::set<std::string> ids;
    for (const std::string& svg : svgs) {
        CHECK(test::xml_problem(svg) == "");
        CHECK(svg.find("<title id=") != std::string::npos);
        CHECK(svg.find("<desc id=") != std::string::npos);
        const std::size_t id = svg.find(" id=\"") + 5;
        CHECK(ids.insert(svg.substr(id, svg.find('"', id) - id)).second);
    }
}

TEST_CASE("report: a dyad's table holds the panel's CSV values of its rows") {
    const sample s = three_dyads();
    const std::string page = page_of(s);
    std::ostringstream csv;
    panel::write_csv(csv, s.panel.rows(), s.panel.options());
    // CSV: dyad,period,events,verbal_cooperation,… The page's table: period then chart_columns.
    std::istringstream lines{csv.str()};
    std::string header, line;
    std::getline(lines, header);
    std::vector<std::string> names;
    for (std::size_t from = 0, comma; from <= header.size(); from = comma + 1) {
        comma = std::min(header.find(',', from), header.size());
        names.push_back(header.substr(from, comma - from));
    }
    std::size_t compared = 0;
    while (std::getline(lines, line)) {
        std::vector<std::string> cells;
        for (std::size_t from = 0, comma; from <= line.size(); from = comma + 1) {
            comma = std::min(line.find(',', from), line.size());
            cells.push_back(line.substr(from, comma - from));
        }
        const auto table = table_rows(page, cells[0] + ": the numbers");
        const auto row = std::find_if(table.begin(), table.end(), [&](const auto& r) { return r[0] == cells[1]; });
        REQUIRE(row != table.end());
        const std::vector<std::string> columns = chart_columns(s.panel.options());
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::size_t in_csv = static_cast<std::size_t>(std::find(names.begin(), names.end(), columns[c]) - names.begin());
            REQUIRE(in_csv < cells.size());
            CHECK((*row)[c + 1] == cells[in_csv]);
            ++compared;
        }
    }
    CHECK(compared == 4 * 8);  // 4 rows, 8 columns each
}

TEST_CASE("report: a month without a Goldstein value is empty in the table and a gap in the chart") {
    sample s;
    s.add(date{2019, 1, 5}, "USA", "CHN", "042", quad_class::verbal_cooperation, 19, 3);
    s.add(date{2019, 2, 5}, "USA", "CHN", "0233", quad_class::verbal_cooperation, std::nullopt, 3);
    s.add(date{2019, 3, 5}, "USA", "CHN", "042", quad_class::verbal_cooperation, 10, 3);
    const std::string page = page_of(s);
    const auto table = table_rows(page, "CHN-USA: the numbers");
    REQUIRE(table.size() == 3);
    CHECK(table[1][6] == "");  // goldstein_mean of February
    const std::string svg = svgs_of(page)[1];  // the dyad's Goldstein chart
    CHECK(svg.find("CHN-USA-goldstein") != std::string::npos);
    const std::size_t path = svg.find("<path d=\"M", svg.find("class=\"series\""));
    const std::string d = svg.substr(path, svg.find('"', path + 9) - path);
    CHECK(std::count(d.begin(), d.end(), 'M') == 2);
}

TEST_CASE("report: dyads ranked by events; the overview draws the first `dyads` of them") {
    const std::string page = page_of(three_dyads(), {.dyads = 2});
    const auto ranking = table_rows(page, "Dyads ranked by events");
    REQUIRE(ranking.size() == 3);
    CHECK(ranking[0][1] == "CHN-USA");
    CHECK(ranking[0][2] == "4");
    CHECK(ranking[0][3] == "10");  // articles
    CHECK(ranking[1][1] == "KAZ-RUS");
    CHECK(ranking[2][1] == "DEU-FRA");
    CHECK(page.find("id=\"dyad-KAZ-RUS\"") != std::string::npos);
    CHECK(page.find("id=\"dyad-DEU-FRA\"") == std::string::npos);
    CHECK(page.find("CHN-USA: China – United States") != std::string::npos);
}

TEST_CASE("report: the most frequent event codes of a dyad, with their CAMEO labels") {
    const std::string page = page_of(three_dyads());
    const std::size_t section = page.find("id=\"dyad-CHN-USA\"");
    const auto codes = table_rows(page.substr(section), "Most frequent events");
    REQUIRE(codes.size() == 3);
    CHECK(codes[0] == std::vector<std::string>{"112", "Accuse, not specified below", "2"});
    CHECK(codes[1][0] == "0233");
    CHECK(codes[2][0] == "042");
}

TEST_CASE("report: the data-quality section lists the inputs, the problems by kind and the events not counted") {
    const std::string page = page_of(three_dyads());
    const auto inputs = table_rows(page, "Inputs read");
    REQUIRE(inputs.size() == 3);
    CHECK(inputs[1] == std::vector<std::string>{"b&lt;1&gt;.tsv", "1", "0"});
    CHECK(inputs[2] == std::vector<std::string>{"all 2 inputs", "8", "1"});
    CHECK(table_rows(page, "Lines skipped, by problem") ==
          std::vector<std::vector<std::string>>{{"SQLDATE: a date as YYYYMMDD", "1"}});
    const auto events = table_rows(page, "What happened to the events");
    REQUIRE(events.size() >= 3);
    CHECK(events[0][1] == "8");
    CHECK(events[1][1] == "7");
    CHECK(events[2][1] == "1");  // FRA and no second state
}

TEST_CASE("report: the page loads nothing: no script, no link, no remote reference") {
    const std::string page = page_of(three_dyads());
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<link") == std::string::npos);
    CHECK(page.find("src=") == std::string::npos);
    CHECK(page.find("href=\"http") == std::string::npos);
    CHECK(page.find("url(http") == std::string::npos);
}

TEST_CASE("report: an empty panel makes a page that says so") {
    sample s;
    const std::string page = page_of(s);
    CHECK(page.find("No event was counted") != std::string::npos);
    CHECK(svgs_of(page).empty());
}
