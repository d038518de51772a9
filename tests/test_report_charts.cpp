// SPDX-License-Identifier: BSL-1.0
// Tests of report/charts.hpp: well-formed SVG, values where the scales put them, gaps for values
// that do not exist, escaped text, stacked bars that add up.
#include <bilateral/report/charts.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "xml_check.hpp"

using namespace bilateral;
using namespace bilateral::report;

namespace {

time_axis months(int year, unsigned first, unsigned last) {
    return {*panel::period_of(date{year, first, 1}, panel::period_kind::month),
            *panel::period_of(date{year, last, 1}, panel::period_kind::month)};
}

/// The values of attribute `name` of every `<tag` in `svg` (with `within`: in the group that
/// starts there only), in order.
std::vector<double> attribute_values(const std::string& whole, std::string_view tag, std::string_view name,
                                     std::string_view within = "") {
    std::vector<double> out;
    const std::size_t start = within.empty() ? 0 : whole.find(within);
    const std::string svg = within.empty() ? whole : whole.substr(start, whole.find("</g>", start) - start);
    std::size_t at = 0;
    const std::string open = "<" + std::string{tag} + " ", key = " " + std::string{name} + "=\"";
    while ((at = svg.find(open, at)) != std::string::npos) {
        const std::size_t end = svg.find('>', at);
        const std::size_t k = svg.find(key, at);
        if (k != std::string::npos && k < end) out.push_back(std::strtod(svg.c_str() + k + key.size(), nullptr));
        at = end;
    }
    return out;
}

std::size_t count(const std::string& text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = 0; (at = text.find(what, at)) != std::string::npos; at += what.size()) ++n;
    return n;
}

}  // namespace

TEST_CASE("charts: a line chart is well-formed SVG with a title and a description for screen readers") {
    const time_axis axis = months(2019, 1, 6);
    const std::vector<series> lines{{"mean Goldstein", {1.5, -2.0, std::nullopt, 3.0, 0.0, -1.0}}};
    const std::string svg = line_chart({.id = "c1", .title = "Goldstein", .description = "A line."}, axis, lines);
    CHECK(test::xml_problem(svg) == "");
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-labelledby=\"c1-title c1-desc\"") != std::string::npos);
    CHECK(svg.find("<title id=\"c1-title\">Goldstein</title>") != std::string::npos);
    CHECK(svg.find("<desc id=\"c1-desc\">A line.</desc>") != std::string::npos);
    CHECK(svg.find("width=\"640\" height=\"220\"") != std::string::npos);
    CHECK(svg.find("class=\"zero\"") != std::string::npos);
    CHECK(svg.find("2019-01") != std::string::npos);  // a tick label
    CHECK(svg.find(">mean Goldstein</text>") != std::string::npos);  // the legend
}

TEST_CASE("charts: each value is drawn where the x and y scales put it") {
    const time_axis axis = months(2019, 1, 4);
    const chart c{.id = "c", .width = 400, .height = 200, .y_domain = std::pair{-10.0, 10.0}};
    const std::vector<series> lines{{"g", {10.0, -10.0, 0.0, 5.0}}};
    const std::string svg = line_chart(c, axis, lines);
    const plot_area p = plot_of(c);
    const std::vector<double> cx = attribute_values(svg, "circle", "cx", "class=\"series\"");
    const std::vector<double> cy = attribute_values(svg, "circle", "cy", "class=\"series\"");
    REQUIRE(cx.size() == 4);
    REQUIRE(cy.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(cx[i] == doctest::Approx(p.left + (static_cast<double>(i) + 0.5) * p.width / 4).epsilon(0.001));
        const double v = *lines[0].values[i];
        CHECK(cy[i] == doctest::Approx(p.top + p.height * (10 - v) / 20).epsilon(0.001));
    }
    CHECK(cy[0] == doctest::Approx(p.top).epsilon(0.001));             // +10: the top of the plot
    CHECK(cy[1] == doctest::Approx(p.top + p.height).epsilon(0.001));  // -10: its bottom
}

TEST_CASE("charts: a value that does not exist leaves a gap, not a zero") {
    const time_axis axis = months(2019, 1, 5);
    const chart c{.id = "gap", .y_domain = std::pair{-10.0, 10.0}};
    const std::vector<series> lines{{"g", {2.0, 3.0, std::nullopt, 4.0, 5.0}}};
    const std::string svg = line_chart(c, axis, lines);
    const std::size_t path = svg.find("<path d=\"M", svg.find("class=\"series\""));
    REQUIRE(path != std::string::npos);
    const std::string d = svg.substr(path, svg.find('"', path + 9) - path);
    CHECK(count(d, "M") == 2);  // two stretches: the line is lifted over the gap
    CHECK(count(d, "L") == 2);
    CHECK(attribute_values(svg, "circle", "cx", "class=\"series\"").size() == 4);
    // No marker at the missing period's x.
    const double gap_x = x_of(c, axis, 2);
    for (const double x : attribute_values(svg, "circle", "cx", "class=\"series\"")) CHECK(x != doctest::Approx(gap_x));
}

TEST_CASE("charts: a lone value between gaps still shows, as a marker") {
    const std::vector<series> lines{{"g", {std::nullopt, 1.0, std::nullopt}}};
    const std::string svg = line_chart({.id = "lone"}, months(2019, 1, 3), lines);
    CHECK(attribute_values(svg, "circle", "cx", "class=\"series\"").size() == 1);
    CHECK(test::xml_problem(svg) == "");
}

TEST_CASE("charts: titles, descriptions, names and ids are escaped") {
    const std::vector<series> lines{{"a<b & \"c\"", {1.0}}};
    const std::string svg = line_chart({.id = "x\"y", .title = "<script>", .description = "Tom & Jerry's"}, months(2019, 1, 1), lines);
    CHECK(test::xml_problem(svg) == "");
    CHECK(svg.find("<script>") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;") != std::string::npos);
    CHECK(svg.find("Tom &amp; Jerry&#39;s") != std::string::npos);
    CHECK(svg.find("a&lt;b &amp; &quot;c&quot;") != std::string::npos);
}

TEST_CASE("charts: stacked bars add up to the total, each part above the one before") {
    const time_axis axis = months(2019, 1, 2);
    const chart c{.id = "q", .width = 300, .height = 200};
    const std::vector<series> parts{{"a", {2.0, 0.0}}, {"b", {3.0, 4.0}}};
    const std::vector<series_style> styles{quad_style(1), quad_style(2)};
    const std::string svg = stacked_bars(c, axis, parts, styles);
    CHECK(test::xml_problem(svg) == "");
    CHECK(count(svg, "<pattern ") == 2);
    // The scale runs from 0 to a round number at or above the highest total (5).
    const plot_area p = plot_of(c);
    const std::vector<double> ya = attribute_values(svg, "rect", "y", "data-series=\"a\"");
    const std::vector<double> ha = attribute_values(svg, "rect", "height", "data-series=\"a\"");
    const std::vector<double> yb = attribute_values(svg, "rect", "y", "data-series=\"b\"");
    const std::vector<double> hb = attribute_values(svg, "rect", "height", "data-series=\"b\"");
    REQUIRE(ha.size() == 1);  // a zero draws nothing
    REQUIRE(hb.size() == 2);
    const double per_unit = ha[0] / 2;
    CHECK(hb[0] == doctest::Approx(3 * per_unit).epsilon(0.01));
    CHECK(hb[1] == doctest::Approx(4 * per_unit).epsilon(0.01));
    CHECK(ya[0] + ha[0] == doctest::Approx(p.top + p.height).epsilon(0.001));  // a sits on the axis
    CHECK(yb[0] + hb[0] == doctest::Approx(ya[0]).epsilon(0.001));             // b sits on a
    CHECK(yb[1] + hb[1] == doctest::Approx(p.top + p.height).epsilon(0.001));  // or on the axis
    CHECK(5 * per_unit <= p.height + 0.01);
}

TEST_CASE("charts: a small multiple has no legend and a fixed, shared scale") {
    const chart c{.id = "s", .width = 260, .height = 90, .compact = true, .y_domain = std::pair{-10.0, 10.0}};
    const std::vector<series> lines{{"g", {1.0, 2.0}}};
    const std::string svg = line_chart(c, months(2019, 1, 2), lines);
    CHECK(test::xml_problem(svg) == "");
    CHECK(svg.find("class=\"legend\"") == std::string::npos);
    CHECK(svg.find(">10</text>") != std::string::npos);
    CHECK(svg.find(">-10</text>") != std::string::npos);
}
