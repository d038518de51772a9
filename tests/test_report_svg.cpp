// SPDX-License-Identifier: BSL-1.0
// Tests of report/svg.hpp: escaping, numbers, the palette, value ticks and period ticks.
#include <bilateral/report/svg.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

using namespace bilateral;
using namespace bilateral::report;

static_assert(linear_scale{0, 10, 100, 200}(5) == 150);
static_assert(linear_scale{-10, 10, 200, 0}(0) == 100, "a y scale runs upwards");
static_assert(style_of(0).colour == style_of(4).colour, "styles repeat after four series");

namespace {

panel::calendar_period month(int year, unsigned m) { return *panel::period_of(date{year, m, 1}, panel::period_kind::month); }

std::vector<std::string> texts(const std::vector<panel::calendar_period>& ticks) {
    std::vector<std::string> out;
    for (const panel::calendar_period& p : ticks) out.push_back(p.text());
    return out;
}

}  // namespace

TEST_CASE("svg: text is escaped for XML and HTML, attributes included") {
    CHECK(escaped("a < b & \"c\" 'd' > e") == "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e");
    CHECK(escaped("Côte d’Ivoire") == "Côte d’Ivoire");  // UTF-8 passes as it is
    CHECK(escaped("") == "");
}

TEST_CASE("svg: numbers are short, without trailing zeros or a negative zero") {
    CHECK(short_number(1.0) == "1");
    CHECK(short_number(2.5) == "2.5");
    CHECK(short_number(1.0 / 3) == "0.33");
    CHECK(short_number(-0.001) == "0");
    CHECK(short_number(-4.25, 1) == "-4.2");
    CHECK(short_number(12345.678, 1) == "12345.7");
}

TEST_CASE("svg: series differ by colour and also by dash, marker and fill pattern (for grey)") {
    std::set<std::string_view> colours, dashes, markers, hatches;
    for (std::size_t i = 0; i < 4; ++i) {
        colours.insert(style_of(i).colour);
        dashes.insert(style_of(i).dash);
        markers.insert(style_of(i).marker);
        hatches.insert(style_of(i).hatch);
    }
    CHECK(colours.size() == 4);
    CHECK(dashes.size() == 4);
    CHECK(markers.size() == 4);
    CHECK(hatches.size() == 4);
    std::set<std::string_view> quad_colours, quad_hatches;
    for (std::size_t q = 1; q <= 4; ++q) {
        quad_colours.insert(quad_style(q).colour);
        quad_hatches.insert(quad_style(q).hatch);
    }
    CHECK(quad_colours.size() == 4);
    CHECK(quad_hatches.size() == 4);
}

TEST_CASE("svg: value ticks are round, evenly spaced, and enclose the data") {
    CHECK(nice_ticks(0, 17) == std::vector<double>{0, 5, 10, 15, 20});
    CHECK(nice_ticks(-3.2, 4.1) == std::vector<double>{-4, -2, 0, 2, 4, 6});
    CHECK(nice_ticks(-10, 10) == std::vector<double>{-10, -5, 0, 5, 10});
    CHECK(nice_ticks(0, 0.7) == std::vector<double>{0, 0.2, 0.4, 0.6000000000000001, 0.8});
    const std::vector<double> flat = nice_ticks(3, 3);  // one value: a range around it
    CHECK(flat.front() <= 3);
    CHECK(flat.back() >= 3);
    CHECK(flat.size() >= 2);
}

TEST_CASE("svg: period ticks: at most the count asked, at steps natural to the kind, aligned") {
    // 10 years of months: ticks at Januaries of even years, labelled with the year.
    const auto ticks = period_ticks(month(2010, 3), month(2019, 12), 8);
    CHECK(ticks.size() <= 8);
    for (const auto& t : ticks) CHECK(first_day(t).month() == 1);
    CHECK(ticks[1].index - ticks[0].index == 24);
    CHECK(tick_label(ticks[0], 24) == "2012");
    // A year of months, four ticks: quarters; eight: every other month.
    CHECK(texts(period_ticks(month(2019, 1), month(2019, 12), 8)).size() == 6);
    CHECK(texts(period_ticks(month(2019, 1), month(2019, 12), 4)) ==
          std::vector<std::string>{"2019-01", "2019-04", "2019-07", "2019-10"});
    // Every period when they fit.
    CHECK(texts(period_ticks(month(2019, 10), month(2019, 12), 8)) == std::vector<std::string>{"2019-10", "2019-11", "2019-12"});
    // One period.
    CHECK(texts(period_ticks(month(2024, 7), month(2024, 7), 3)) == std::vector<std::string>{"2024-07"});
}

TEST_CASE("svg: period ticks of days, ISO weeks, quarters and years keep their own labels") {
    using panel::period_kind;
    const auto of = [](date d, period_kind k) { return *panel::period_of(d, k); };
    const auto days = period_ticks(of(date{2019, 10, 1}, period_kind::day), of(date{2019, 10, 31}, period_kind::day), 6);
    CHECK(days.size() <= 6);
    CHECK(days[1].index - days[0].index == 7);
    CHECK(tick_label(days[0], 7).size() == 10);  // 2019-10-03
    const auto weeks = period_ticks(of(date{2019, 1, 1}, period_kind::week), of(date{2019, 12, 31}, period_kind::week), 8);
    CHECK(weeks.size() <= 8);
    CHECK(tick_label(weeks[0], weeks[1].index - weeks[0].index).find("-W") != std::string::npos);
    const auto quarters = period_ticks(of(date{2010, 1}, period_kind::quarter), of(date{2019, 12}, period_kind::quarter), 8);
    for (const auto& q : quarters) CHECK(q.text().ends_with("-Q1"));
    CHECK(tick_label(quarters[0], quarters[1].index - quarters[0].index).size() == 4);
    const auto years = period_ticks(of(date{1979}, period_kind::year), of(date{2019}, period_kind::year), 5);
    CHECK(texts(years) == std::vector<std::string>{"1980", "1990", "2000", "2010"});
}
