// SPDX-License-Identifier: BSL-1.0
// Tests of panel/phoenix.hpp: Phoenix rows into panels.
#include <bilateral/io/phoenix/reader.hpp>
#include <bilateral/panel/phoenix.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

using namespace bilateral;

namespace {

/// Rows written with '|' between fields, for legibility; Phoenix's files have tabs.
std::string tabs(std::string_view rows) {
    std::string out{rows};
    std::replace(out.begin(), out.end(), '|', '\t');
    return out;
}

// EventID|Date|Year|Month|Day|SourceActorFull|Entity|Role|Attribute|TargetActorFull|Entity|Role|Attribute|
// EventCode|EventRootCode|QuadClass|GoldsteinScore|Issues|Lat|Lon|LocationName|StateName|CountryCode|SentenceID|URLs|NewsSources
const std::string text = tabs(R"(1|20240703|2024|07|03|CHNGOV|CHN|GOV||KAZGOV|KAZ|GOV||042|04|1|1.9||51.1801|71.446|Astana||KAZ|s1_1|https://news.example.com/a|example_world
2|20240703|2024|07|03|KAZGOV|KAZ|GOV||CHNGOV|CHN|GOV||043|04|1|2.8||51.1801|71.446|Astana||KAZ|s1_2|https://news.example.com/a|example_world
3|20240720|2024|07|20|KAZ|KAZ|||CHN|CHN|||57|5|1|8.0|||||||s2_1||
4|20240801|2024|08|01|KAZGOV|KAZ|GOV||CHN|CHN|||010|01|0|0.0|||||||s3_1||
5|20240802|2024|08|02|CHNGOV|CHN|GOV||KAZGOV|KAZ|GOV||160|16|3|-4.0|||||||s4_1||
6|20240705|2024|07|05|ROMGOV|ROM|GOV||MDAGOV|MDA|GOV||112|11|3|-2.0|||||||s5_1||
7|20240706|2024|07|06|IGOUNO|IGO||UNO|KAZ|KAZ|||070|07|2|7.0|||||||s6_1||
8|20240707|2024|07|07|KAZGOV|KAZ|GOV||SUN|SUN|||036|03|1|4.0|||||||s7_1||
9|20240805|2024|08|05|CHNGOV|CHN|GOV||KAZGOV|KAZ|GOV||036|03|||||||||s8_1||
10|20240708|2024|07|08|SSDMIL|SSD|MIL||SDNMIL|SDN|MIL||190|19|4|-10.0|||||||s9_1||
)");

constexpr std::size_t index_of(plover_event e) { return static_cast<std::size_t>(e); }

}  // namespace

TEST_CASE("a Phoenix row gives its date, entities as ISO, full actor codes, code, QuadClass, Goldstein and PLOVER type") {
    phoenix::reader r{std::string_view{text}};
    const phoenix::record* row = r.next();
    REQUIRE(row);
    const panel::observation o = panel::observation_of(*row);
    CHECK(o.day == date{2024, 7, 3});
    CHECK(o.source_country == "CHN");
    CHECK(o.target_country == "KAZ");
    CHECK(o.source_actor == "CHNGOV");
    CHECK(o.target_actor == "KAZGOV");
    CHECK(o.code == cameo_code{"042"});
    CHECK(o.quad == quad_class::verbal_cooperation);
    CHECK(o.goldstein == std::int16_t{19});
    CHECK(o.plover == plover_event::consult);
    CHECK_FALSE(o.is_root);
    CHECK_FALSE(o.reports[0]);
    CHECK_FALSE(o.reports[1]);
    CHECK_FALSE(o.reports[2]);
}

TEST_CASE("QuadClass as Phoenix gives it: 0 (neutral) is no class of the four, 3 for root 16; a CAMEO code maps to ISO") {
    phoenix::reader r{std::string_view{text}};
    std::vector<panel::observation> seen;
    while (const phoenix::record* row = r.next()) seen.push_back(panel::observation_of(*row));
    REQUIRE(seen.size() == 10);
    CHECK(seen[2].code == cameo_code{"057"});  // restored
    CHECK(seen[3].quad == quad_class::unknown);
    CHECK(seen[3].plover == plover_event::none);  // root 01 has no PLOVER type
    CHECK(seen[4].quad == quad_class::verbal_conflict);  // the CAMEO codebook says material conflict
    CHECK(seen[5].source_country == "ROU");              // ROM, CAMEO's code for Romania
    CHECK(seen[6].source_country.empty());               // IGO
    CHECK(seen[7].target_country.empty());               // SUN, a former state
    CHECK(seen[8].quad == quad_class::unknown);          // not given
    CHECK_FALSE(seen[8].goldstein);
    CHECK(seen[9].source_country == "SSD");  // ISO's code, which GDELT's CAMEO list lacks
}

TEST_CASE("a monthly panel of Phoenix rows, cell by cell; rows without two known states apart") {
    panel::accumulator a{{.by = panel::period_kind::month}};
    phoenix::reader r{std::string_view{text}};
    while (const phoenix::record* row = r.next()) a.add(panel::observation_of(*row));
    REQUIRE(r.summary().ok());
    const std::vector<panel::row> rows = a.rows();
    REQUIRE(rows.size() == 4);

    CHECK(rows[0].dyad.text() == "CHN-KAZ");
    CHECK(rows[0].period.text() == "2024-07");
    const panel::cell& july = rows[0].cell;
    CHECK(july.events == 3);
    CHECK(july.quad == std::array<std::uint64_t, 5>{0, 3, 0, 0, 0});
    CHECK(july.statements == 0);
    CHECK(july.goldstein_events == 3);
    CHECK(july.goldstein_tenths == 19 + 28 + 80);
    CHECK(july.goldstein_min == 19);
    CHECK(july.goldstein_max == 80);
    CHECK(july.plover[index_of(plover_event::consult)] == 2);
    CHECK(july.plover[index_of(plover_event::support)] == 1);
    CHECK(july.weight == 0);

    CHECK(rows[1].dyad.text() == "CHN-KAZ");
    CHECK(rows[1].period.text() == "2024-08");
    const panel::cell& august = rows[1].cell;
    CHECK(august.events == 3);
    CHECK(august.quad == std::array<std::uint64_t, 5>{2, 0, 0, 1, 0});  // neutral and not given; root 16 in 3
    CHECK(august.statements == 1);
    CHECK(august.goldstein_events == 2);  // the last row has none
    CHECK(august.goldstein_tenths == 0 - 40);
    CHECK(august.plover[index_of(plover_event::none)] == 1);
    CHECK(august.plover[index_of(plover_event::sanction)] == 1);

    CHECK(rows[2].dyad.text() == "MDA-ROU");
    CHECK(rows[2].period.text() == "2024-07");
    CHECK(rows[2].cell.events == 1);
    CHECK(rows[2].cell.quad[3] == 1);
    CHECK(rows[2].cell.goldstein_tenths == -20);
    CHECK(rows[2].cell.plover[index_of(plover_event::accuse)] == 1);

    CHECK(rows[3].dyad.text() == "SDN-SSD");
    CHECK(rows[3].cell.events == 1);
    CHECK(rows[3].cell.quad[4] == 1);
    CHECK(rows[3].cell.goldstein_tenths == -100);

    const panel::summary s = a.summary();
    CHECK(s.events == 10);
    CHECK(s.without_dyad == 2);  // IGO, and SUN
    CHECK(s.counted == 8);
}

TEST_CASE("a directed panel keeps Kazakhstan to China apart from China to Kazakhstan") {
    panel::accumulator a{{.by = panel::period_kind::year, .directed = true}};
    phoenix::reader r{std::string_view{text}};
    while (const phoenix::record* row = r.next()) a.add(panel::observation_of(*row));
    const std::vector<panel::row> rows = a.rows();
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].dyad.text() == "CHN-KAZ");
    CHECK(rows[0].cell.events == 3);  // rows 1, 5 and 9
    CHECK(rows[1].dyad.text() == "KAZ-CHN");
    CHECK(rows[1].cell.events == 3);  // rows 2, 3 and 4
    CHECK(rows[2].dyad.text() == "ROU-MDA");
    CHECK(rows[3].dyad.text() == "SSD-SDN");
}
