// SPDX-License-Identifier: BSL-1.0
// Tests of panel/icews.hpp: ICEWS rows into panels.
#include <bilateral/io/icews/reader.hpp>
#include <bilateral/panel/icews.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace bilateral;

namespace {

const std::string text =
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\t"
    "Target Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n"
    "1\t2018-06-01\tXi Jinping\tNA\tChina\tConsult\t040\t1\tKassym-Jomart Tokayev\tNA\tKazakhstan\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n"
    "2\t2018-06-20\tPolice (Kazakhstan)\tPolice\tKazakhstan\tArrest\t173\t-5\tCitizen (China)\tNA\tChina\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n"
    "3\t2018-07-02\tRebel\tNA\tNA\tFight\t190\t-10\tKazakhstan\tNA\tKazakhstan\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n"
    "4\t2018-07-02\tNowhere man\tNA\tAtlantis\tConsult\t040\t1\tKazakhstan\tNA\tKazakhstan\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n";

}  // namespace

TEST_CASE("an ICEWS row gives its date, countries as ISO, names, code, quad class, Intensity and PLOVER type") {
    icews::reader r{std::string_view{text}};
    const icews::record* row = r.next();
    REQUIRE(row);
    const panel::observation o = panel::observation_of(*row);
    CHECK(o.day == date{2018, 6, 1});
    CHECK(o.source_country == "CHN");
    CHECK(o.target_country == "KAZ");
    CHECK(o.source_actor == "Xi Jinping");
    CHECK(o.target_actor == "Kassym-Jomart Tokayev");
    CHECK(o.code == cameo_code{"040"});
    CHECK(o.quad == quad_class::verbal_cooperation);
    CHECK(o.goldstein == std::int16_t{10});
    CHECK(o.plover == plover_event::consult);
    CHECK_FALSE(o.is_root);
    CHECK_FALSE(o.reports[0]);
}

TEST_CASE("a monthly panel of ICEWS rows: counts, quads, Intensity sums; rows without two known states apart") {
    panel::accumulator a{{.by = panel::period_kind::month}};
    icews::reader r{std::string_view{text}};
    while (const icews::record* row = r.next()) a.add(panel::observation_of(*row));
    const std::vector<panel::row> rows = a.rows();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].dyad.text() == "CHN-KAZ");
    CHECK(rows[0].cell.events == 2);
    CHECK(rows[0].cell.quad[1] == 1);  // verbal cooperation (index 0: unknown)
    CHECK(rows[0].cell.quad[4] == 1);  // material conflict
    CHECK(rows[0].cell.goldstein_tenths == 10 - 50);
    CHECK(a.summary().without_dyad == 2);  // no source country; a name outside ICEWS's list
}
