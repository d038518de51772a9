// SPDX-License-Identifier: BSL-1.0
// Tests of panel/accumulator.hpp and panel/measures.hpp: cells, filters, one-a-day, merging, filling.
#include <bilateral/panel/accumulator.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace bilateral;
using namespace bilateral::panel;

namespace {

observation event_of(date day, std::string_view from, std::string_view to, std::string_view code,
                     quad_class quad, std::optional<std::int16_t> goldstein, std::uint32_t articles = 1) {
    return {.day = day,
            .source_country = from,
            .target_country = to,
            .source_actor = from,
            .target_actor = to,
            .code = cameo_code{code},
            .quad = quad,
            .goldstein = goldstein,
            .is_root = true,
            .reports = {articles, articles * 2, 1}};
}

const quad_class vc = quad_class::verbal_cooperation, mc = quad_class::material_cooperation,
                 vk = quad_class::verbal_conflict, mk = quad_class::material_conflict;

/// A small history of China, Kazakhstan and the United States.
std::vector<observation> history() {
    return {
        event_of(date{2024, 7, 3}, "CHN", "KAZ", "042", vc, 19, 5),
        event_of(date{2024, 7, 3}, "KAZ", "CHN", "057", vc, 80, 3),
        event_of(date{2024, 7, 20}, "CHN", "KAZ", "010", vc, 0, 1),
        event_of(date{2024, 8, 1}, "CHN", "KAZ", "0874", mc, 100, 2),
        event_of(date{2024, 8, 2}, "USA", "CHN", "112", vk, -20, 7),
        event_of(date{2024, 8, 2}, "USA", "CHN", "190", mk, -100, 9),
        event_of(date{2024, 9, 9}, "CHN", "USA", "036", vc, std::nullopt, 4),
        event_of(date{2024, 9}, "CHN", "USA", "036", vc, 40, 4),         // known to the month only
        event_of(date{2024, 9, 9}, "CHN", "", "036", vc, 40, 4),         // no target state
        event_of(date{2024, 9, 9}, "KAZ", "KAZ", "043", vc, 28, 1),      // domestic
    };
}

accumulator panel_of(const std::vector<observation>& events, options o = {}) {
    accumulator a{std::move(o)};
    for (const observation& e : events) a.add(e);
    return a;
}

const row* find_row(const std::vector<row>& rows, std::string_view d, std::string_view period) {
    for (const row& r : rows)
        if (r.dyad.text() == d && r.period.text() == period) return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("events count in the cell of their dyad and period, with every measure") {
    const accumulator a = panel_of(history());
    const std::vector<row> rows = a.rows();
    REQUIRE(rows.size() == 5);
    const row* july = find_row(rows, "CHN-KAZ", "2024-07");
    REQUIRE(july);
    CHECK(july->cell.events == 3);
    CHECK(july->cell.quad[1] == 3);
    CHECK(july->cell.statements == 1);  // 010
    CHECK(july->cell.goldstein_events == 3);
    CHECK(july->cell.goldstein_tenths == 99);
    CHECK(july->cell.goldstein_min == 0);
    CHECK(july->cell.goldstein_max == 80);
    const row* usa = find_row(rows, "CHN-USA", "2024-08");
    REQUIRE(usa);
    CHECK(usa->cell.quad[3] == 1);
    CHECK(usa->cell.quad[4] == 1);
    const row* sept = find_row(rows, "CHN-USA", "2024-09");
    REQUIRE(sept);
    CHECK(sept->cell.events == 2);            // the day and the month-only event both count in a month panel
    CHECK(sept->cell.goldstein_events == 1);  // one of them has no Goldstein value
    CHECK(find_row(rows, "KAZ-KAZ", "2024-09"));

    const summary s = a.summary();
    CHECK(s.events == 10);
    CHECK(s.without_dyad == 1);
    CHECK(s.imprecise_date == 0);
    CHECK(s.counted == 9);
    // Rows come by dyad, then period.
    CHECK(std::is_sorted(rows.begin(), rows.end(), [](const row& x, const row& y) {
        return std::tie(x.dyad, x.period) < std::tie(y.dyad, y.period);
    }));
}

TEST_CASE("the measures read off a cell: sums in tenths, means of exact integers, nothing for no events") {
    const std::vector<row> rows = panel_of(history()).rows();
    const row& july = *find_row(rows, "CHN-KAZ", "2024-07");
    const auto value = [&](const row& r, std::string_view name) {
        for (const measure& m : measures())
            if (!m.weighted && m.name == name) return m.of(r.cell);
        FAIL("no measure " << name);
        return measure_value{};
    };
    CHECK(value(july, "events") == measure_value::count(3));
    CHECK(value(july, "goldstein_sum") == measure_value::tenths(99));
    CHECK(value(july, "goldstein_mean").ratio == doctest::Approx(3.3));
    CHECK(value(july, "goldstein_mean").ratio == 99.0 / 30.0);
    CHECK(value(july, "net_cooperation") == measure_value::count(3));
    CHECK(value(july, "penta_neutral") == measure_value::count(1));
    CHECK(value(july, "penta_verbal_cooperation") == measure_value::count(2));
    const row& usa = *find_row(rows, "CHN-USA", "2024-08");
    CHECK(value(usa, "net_cooperation") == measure_value::count(-2));
    CHECK(value(usa, "goldstein_min") == measure_value::tenths(-100));
    const cell empty{};
    for (const std::string_view name : {"goldstein_sum", "goldstein_mean", "goldstein_min", "goldstein_max"})
        CHECK(value(row{.cell = empty}, name).kind == measure_value::type::missing);
    CHECK(value(row{.cell = empty}, "events") == measure_value::count(0));
    // Every measure has a name and a formula, and the names of each kind are distinct.
    std::vector<std::string> names;
    for (const measure& m : measures()) {
        CHECK(!m.formula.empty());
        const bool readable = m.of != nullptr;
        CHECK(readable);
        names.push_back(std::string{m.weighted ? "w:" : ""} + std::string{m.name});
    }
    std::sort(names.begin(), names.end());
    CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
}

TEST_CASE("directed panels keep source and target apart") {
    const std::vector<row> rows = panel_of(history(), {.directed = true}).rows();
    CHECK(find_row(rows, "CHN-KAZ", "2024-07")->cell.events == 2);
    CHECK(find_row(rows, "KAZ-CHN", "2024-07")->cell.events == 1);
    CHECK(find_row(rows, "USA-CHN", "2024-08"));
    CHECK(!find_row(rows, "CHN-USA", "2024-08"));
}

TEST_CASE("a date less precise than the periods is counted apart") {
    const accumulator a = panel_of(history(), {.by = period_kind::day});
    CHECK(a.summary().imprecise_date == 1);
    CHECK(a.summary().counted == 8);
    CHECK(find_row(a.rows(), "CHN-KAZ", "2024-07-03")->cell.events == 2);
}

TEST_CASE("filters: dyads, countries, dates, roots, root events") {
    SUBCASE("dyads, in either order unless directed") {
        const accumulator a = panel_of(history(), {.dyads = {*parse_dyad("KAZ-CHN")}});
        CHECK(a.summary().counted == 4);
        CHECK(a.summary().filtered == 5);
        const accumulator directed = panel_of(history(), {.directed = true, .dyads = {*parse_dyad("KAZ-CHN")}});
        CHECK(directed.summary().counted == 1);
    }
    SUBCASE("countries: dyads of two different states of the set") {
        const accumulator a = panel_of(history(), {.countries = {"KAZ", "USA", "CHN"}});
        CHECK(a.summary().counted == 8);  // KAZ-KAZ is domestic
        const accumulator b = panel_of(history(), {.countries = {"USA", "KAZ"}});
        CHECK(b.summary().counted == 0);
    }
    SUBCASE("dates: from the first day of --since to the last day of --until") {
        const accumulator a = panel_of(history(), {.since = date{2024, 8}, .until = date{2024, 8}});
        CHECK(a.summary().counted == 3);
        const accumulator b = panel_of(history(), {.since = date{2024, 9, 9}});
        CHECK(b.summary().counted == 2);  // not the month-only September event: it may be before the 9th
    }
    SUBCASE("CAMEO roots") {
        const accumulator a = panel_of(history(), {.roots = {cameo_code{"19"}, cameo_code{"11"}}});
        CHECK(a.summary().counted == 2);
    }
    SUBCASE("root events") {
        std::vector<observation> events = history();
        events[0].is_root = false;
        events[1].is_root = std::nullopt;
        const accumulator a = panel_of(events, {.root_events_only = true});
        CHECK(a.summary().counted == 7);
    }
}

TEST_CASE("weights: the same sums weighted by the reports") {
    const std::vector<row> rows = panel_of(history(), {.weight = weight_by::articles}).rows();
    const cell& july = find_row(rows, "CHN-KAZ", "2024-07")->cell;
    CHECK(july.weight == 9);
    CHECK(july.weighted_quad[1] == 9);
    CHECK(july.weighted_goldstein_tenths == 5 * 19 + 3 * 80 + 1 * 0);
    CHECK(july.weighted_goldstein_weight == 9);
    // The rows are kept in variables: a cell is a reference into them.
    const std::vector<row> by_mentions = panel_of(history(), {.weight = weight_by::mentions}).rows();
    CHECK(find_row(by_mentions, "CHN-KAZ", "2024-07")->cell.weight == 18);
    const std::vector<row> unweighted = panel_of(history()).rows();
    CHECK(find_row(unweighted, "CHN-KAZ", "2024-07")->cell.weight == 0);
}

TEST_CASE("a named Goldstein table replaces the source's values") {
    std::vector<observation> events{event_of(date{2024, 7, 3}, "CHN", "KAZ", "016", vc, std::nullopt)};
    CHECK(find_row(panel_of(events).rows(), "CHN-KAZ", "2024-07")->cell.goldstein_events == 0);
    CHECK(find_row(panel_of(events, {.goldstein = goldstein_table::gdelt}).rows(), "CHN-KAZ", "2024-07")->cell.goldstein_tenths == -20);
    CHECK(find_row(panel_of(events, {.goldstein = goldstein_table::icews}).rows(), "CHN-KAZ", "2024-07")->cell.goldstein_tenths == -50);
    CHECK(find_row(panel_of(events, {.goldstein = goldstein_table::phoenix}).rows(), "CHN-KAZ", "2024-07")->cell.goldstein_tenths == 34);
}

TEST_CASE("one-a-day keeps one event per day, source, target and code, the same one in any order") {
    std::vector<observation> events{
        event_of(date{2024, 7, 3}, "CHN", "KAZ", "042", vc, 19, 5),
        event_of(date{2024, 7, 3}, "CHN", "KAZ", "042", vc, 19, 8),
        event_of(date{2024, 7, 3}, "CHN", "KAZ", "042", vc, 19, 2),
        event_of(date{2024, 7, 3}, "CHN", "KAZ", "043", vc, 28, 1),   // another code
        event_of(date{2024, 7, 4}, "CHN", "KAZ", "042", vc, 19, 1),   // another day
        event_of(date{2024, 7, 3}, "KAZ", "CHN", "042", vc, 19, 1),   // the other direction
    };
    const options o{.one_a_day = true, .weight = weight_by::articles};
    const accumulator a = panel_of(events, o);
    const std::vector<row> rows = a.rows();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].cell.events == 4);
    CHECK(rows[0].cell.weight == 8 + 1 + 1 + 1);  // the duplicate kept is the most reported
    CHECK(a.summary().duplicates == 2);
    CHECK(a.summary().counted == 4);
    std::mt19937 shuffle{7};
    for (int round = 0; round < 20; ++round) {
        std::shuffle(events.begin(), events.end(), shuffle);
        CHECK(panel_of(events, o).rows() == rows);
    }
}

TEST_CASE("one-a-day tells events without a CAMEO code (POLECAT) apart by their PLOVER type") {
    const auto plover_only = [](plover_event type) {
        observation e = event_of(date{2024, 7, 3}, "CHN", "KAZ", "", vc, std::nullopt);
        e.plover = type;
        return e;
    };
    const std::vector<observation> events{plover_only(plover_event::consult), plover_only(plover_event::consult),
                                          plover_only(plover_event::agree)};
    const accumulator a = panel_of(events, {.one_a_day = true});
    REQUIRE(a.rows().size() == 1);
    CHECK(a.rows()[0].cell.events == 2);  // CONSULT once, AGREE once
    CHECK(a.summary().duplicates == 1);
}

TEST_CASE("merging the panels of parts gives the panel of the whole, whatever the split") {
    std::vector<observation> events = history();
    for (int i = 0; i < 50; ++i) {
        std::vector<observation> more = history();
        for (observation& e : more) e.day = date{2020 + i % 5, static_cast<unsigned>(1 + i % 12), 1 + static_cast<unsigned>(i % 28)};
        events.insert(events.end(), more.begin(), more.end());
    }
    for (const bool one_a_day : {false, true}) {
        const options o{.by = period_kind::quarter, .one_a_day = one_a_day, .weight = weight_by::sources};
        const accumulator whole = panel_of(events, o);
        std::mt19937 random{42};
        for (int round = 0; round < 10; ++round) {
            std::vector<accumulator> parts(1 + static_cast<std::size_t>(round % 4), accumulator{o});
            for (const observation& e : events) parts[random() % parts.size()].add(e);
            accumulator merged{o};
            for (const accumulator& p : parts) merged.merge(p);
            CHECK(merged.rows() == whole.rows());
            CHECK(merged.summary() == whole.summary());
        }
    }
}

TEST_CASE("fill: every selected dyad times every period, empty cells included") {
    SUBCASE("the dyads seen, from the first period seen to the last") {
        const std::vector<row> rows = panel_of(history()).rows(true);
        CHECK(rows.size() == 3 * 3);  // CHN-KAZ, CHN-USA, KAZ-KAZ x 2024-07..09
        const row* empty = find_row(rows, "KAZ-KAZ", "2024-07");
        REQUIRE(empty);
        CHECK(empty->cell == cell{});
    }
    SUBCASE("the pairs of --countries over --since..--until") {
        const std::vector<row> rows =
            panel_of(history(), {.by = period_kind::year, .countries = {"USA", "CHN", "KAZ", "RUS"},
                                 .since = date{2023}, .until = date{2025}})
                .rows(true);
        CHECK(rows.size() == 6 * 3);
        CHECK(find_row(rows, "KAZ-RUS", "2023"));
        CHECK(find_row(rows, "CHN-KAZ", "2024")->cell.events == 4);
    }
    SUBCASE("the --dyad list, directed") {
        const std::vector<row> rows =
            panel_of(history(), {.directed = true, .dyads = {*parse_dyad("USA-CHN"), *parse_dyad("CHN-USA")}}).rows(true);
        CHECK(rows.size() == 2 * 2);  // 2024-08..09
        CHECK(rows[0].dyad.text() == "CHN-USA");
        CHECK(rows[0].period.text() == "2024-08");
        CHECK(rows[0].cell.events == 0);
    }
}

TEST_CASE("dyads keyed by COW or GW codes on the event's date") {
    const std::vector<observation> events{
        event_of(date{1985, 6, 1}, "DEU", "RUS", "042", vc, 19),
        event_of(date{1995, 6, 1}, "DEU", "RUS", "042", vc, 19),
        event_of(date{2005, 6, 1}, "SRB", "RUS", "042", vc, 19),
        event_of(date{2007, 6, 1}, "SRB", "RUS", "042", vc, 19),
        event_of(date{1950, 6, 1}, "DEU", "RUS", "042", vc, 19),  // no COW member for Germany in 1950
    };
    const accumulator cow = panel_of(events, {.by = period_kind::year, .keyed_by = state_system::cow});
    std::vector<std::string> cells;
    for (const row& r : cow.rows()) cells.push_back(r.dyad.text() + " " + r.period.text());
    CHECK(cells == std::vector<std::string>{"GFR-RUS 1985", "GMY-RUS 1995", "RUS-YUG 2005", "RUS-YUG 2007"});
    CHECK(cow.summary().without_dyad == 1);
    const accumulator gw = panel_of(events, {.by = period_kind::year, .keyed_by = state_system::gw});
    cells.clear();
    for (const row& r : gw.rows()) cells.push_back(r.dyad.text() + " " + r.period.text());
    CHECK(cells == std::vector<std::string>{"GFR-RUS 1950", "GFR-RUS 1985", "GFR-RUS 1995", "RUS-SER 2007", "RUS-YUG 2005"});
}

TEST_CASE("add says which dyad an event was counted in, and nothing for an event not counted") {
    accumulator a{{.by = period_kind::month, .countries = {"CHN", "USA", "KAZ"}}};
    CHECK(a.add(event_of(date{2019, 10, 23}, "USA", "CHN", "042", quad_class::verbal_cooperation, 19)) == parse_dyad("CHN-USA"));
    CHECK(a.add(event_of(date{2019, 10, 23}, "USA", "", "042", quad_class::verbal_cooperation, 19)) == std::nullopt);
    CHECK(a.add(event_of(date{2019}, "USA", "CHN", "042", quad_class::verbal_cooperation, 19)) == std::nullopt);
    CHECK(a.add(event_of(date{2019, 10, 23}, "USA", "FRA", "042", quad_class::verbal_cooperation, 19)) == std::nullopt);
    CHECK(a.summary().counted == 1);
    accumulator directed{{.directed = true}};
    CHECK(directed.add(event_of(date{2019, 10, 23}, "USA", "CHN", "042", quad_class::verbal_cooperation, 19)) ==
          parse_dyad("USA-CHN"));
}
