// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/stats.hpp: per-dyad counts, quad classes, mean Goldstein, frequent codes; text and JSON.
#include <bilateral/io/gdelt/stats.hpp>

#include "test_gdelt_fixtures.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace bilateral;
using namespace bilateral::gdelt;
using namespace gdelt_fixtures;

static_assert(parse_dyad("CHN-USA") == dyad{{'C', 'H', 'N'}, {'U', 'S', 'A'}});
static_assert(!parse_dyad("CHN_USA") && !parse_dyad("chn-usa") && !parse_dyad("CHN-US") && !parse_dyad(""));
static_assert(detail::gdelt::code_key(cameo_code{"01"}) != detail::gdelt::code_key(cameo_code{"010"}));

namespace {
/// A row from `a` (Actor1 country) to `b` with an event code, quad class and Goldstein value.
std::string row(std::string a, std::string b, std::string code, std::string quad, std::string goldstein) {
    auto f = v2_fields();
    f = with(f, 6, a);
    f = with(f, 8, a);
    f = with(f, 16, b);
    f = with(f, 18, b);
    f = with(f, 27, code);
    f = with(f, 28, code.substr(0, 3));
    f = with(f, 29, code.substr(0, 2));
    f = with(f, 30, quad);
    f = with(f, 31, goldstein);
    return join(f);
}

const std::string sample = lines({
    row("CHN", "USA", "042", "1", "1.9"),
    row("USA", "CHN", "111", "3", "-2.0"),
    row("USA", "CHN", "042", "1", "1.9"),
    row("CHN", "USA", "190", "4", "-10.0"),
    row("KAZ", "CHN", "036", "1", "4.0"),
    row("ROM", "USA", "010", "1", "0.0"),   // CAMEO ROM is ISO ROU
    row("AFR", "USA", "010", "1", "0.0"),   // a region: no dyad
    row("", "USA", "010", "1", "0.0"),      // no Actor1
    row("USA", "USA", "010", "", ""),       // domestic, no quad class or Goldstein
});

stats_report stats_of(const std::string& text, stats_options options = {}) {
    reader r{text};
    return dyad_stats_of(r, options);
}
}  // namespace

TEST_CASE("gdelt stats: both directions together by default, most events first") {
    const stats_report s = stats_of(sample);
    CHECK(s.rows == 9u);
    CHECK(s.rows_with_dyad == 7u);
    CHECK(s.rows_without_dyad == 2u);
    REQUIRE(s.dyads.size() == 4);
    const dyad_stats& d = s.dyads[0];
    CHECK(d.dyad.text() == "CHN-USA");
    CHECK(d.events == 4u);
    CHECK(d.by_quad_class[1] == 2u);
    CHECK(d.by_quad_class[3] == 1u);
    CHECK(d.by_quad_class[4] == 1u);
    CHECK(d.goldstein_events == 4u);
    CHECK(d.goldstein_tenths == 19 - 20 + 19 - 100);
    CHECK(d.mean_goldstein() == doctest::Approx(-2.05));
    REQUIRE(d.top_codes.size() == 3);
    CHECK(d.top_codes[0] == code_count{cameo_code{"042"}, 2});
    CHECK(d.top_codes[1] == code_count{cameo_code{"111"}, 1});  // ties: by code
    CHECK(d.top_codes[2] == code_count{cameo_code{"190"}, 1});
    CHECK(s.dyads[1].dyad.text() == "CHN-KAZ");  // one event each: by dyad
    CHECK(s.dyads[2].dyad.text() == "ROU-USA");
    CHECK(s.dyads[3].dyad.text() == "USA-USA");
    CHECK(s.dyads[3].by_quad_class[0] == 1u);
    CHECK(s.dyads[3].goldstein_events == 0u);
}

TEST_CASE("gdelt stats: directed, one dyad, fewer codes") {
    const stats_report directed = stats_of(sample, {.directed = true});
    REQUIRE(directed.dyads.size() == 5);
    CHECK(directed.dyads[0].dyad.text() == "CHN-USA");
    CHECK(directed.dyads[0].events == 2u);
    CHECK(directed.dyads[1].dyad.text() == "USA-CHN");
    CHECK(directed.dyads[1].events == 2u);

    const stats_report only = stats_of(sample, {.top_codes = 1, .only = parse_dyad("USA-CHN")});
    REQUIRE(only.dyads.size() == 1);
    CHECK(only.dyads[0].dyad.text() == "CHN-USA");
    CHECK(only.dyads[0].events == 4u);
    CHECK(only.dyads[0].top_codes.size() == 1);
    CHECK(only.rows_other_dyads == 3u);

    const stats_report only_directed = stats_of(sample, {.directed = true, .only = parse_dyad("USA-CHN")});
    REQUIRE(only_directed.dyads.size() == 1);
    CHECK(only_directed.dyads[0].events == 2u);
}

TEST_CASE("gdelt stats: text for people") {
    std::ostringstream out;
    write_stats_text(out, stats_of(lines({row("CHN", "USA", "042", "1", "1.9"), row("USA", "CHN", "111", "3", "-2.0")})));
    CHECK(out.str() ==
          "GDELT events by country dyad (both directions together): 2 rows, 2 with two countries, 0 without\n"
          "dyad      events  verb.coop  mat.coop  verb.confl  mat.confl  mean Goldstein  top event codes\n"
          "CHN-USA        2          1         0           1          0           -0.05  042 (1), 111 (1)\n");
}

TEST_CASE("gdelt stats: JSON") {
    const std::string json = stats_to_json(stats_of(lines({row("CHN", "USA", "042", "1", "1.9"), row("USA", "CHN", "111", "3", "-2.0")})));
    CHECK(json ==
          "{\"directed\": false, \"rows\": 2, \"rows_with_dyad\": 2, \"rows_without_dyad\": 0, \"rows_other_dyads\": 0, \"dyads\": [\n"
          "  {\"dyad\": \"CHN-USA\", \"first\": \"CHN\", \"second\": \"USA\", \"events\": 2, \"quad_classes\": "
          "{\"verbal_cooperation\": 1, \"material_cooperation\": 0, \"verbal_conflict\": 1, \"material_conflict\": 0, \"unknown\": 0}, "
          "\"goldstein_events\": 2, \"mean_goldstein\": -0.05, \"top_event_codes\": [{\"code\": \"042\", \"count\": 1}, "
          "{\"code\": \"111\", \"count\": 1}]}\n]}");
    CHECK(stats_to_json(stats_report{}) ==
          "{\"directed\": false, \"rows\": 0, \"rows_with_dyad\": 0, \"rows_without_dyad\": 0, \"rows_other_dyads\": 0, \"dyads\": []}");
}
