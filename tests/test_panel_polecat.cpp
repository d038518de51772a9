// SPDX-License-Identifier: BSL-1.0
// Tests of panel/polecat.hpp: POLECAT rows into panels.
#include <bilateral/io/polecat/reader.hpp>
#include <bilateral/panel/polecat.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

using namespace bilateral;

namespace {

// The columns a panel reads, and Actor Name / Recipient Name; POLECAT's other columns may be
// left out of a file.
const std::string text =
    "Event ID\tEvent Date\tEvent Type\tQuad Code\tIntensity\tActor Name\tActor Country\tRecipient Name\tRecipient Country\n"
    "1\t2024-07-03\tCONSULT\tVERBAL COOPERATION\t1\tXi Jinping\tCHN\tKassym-Jomart Tokayev\tKAZ\n"
    "2\t2024-07-03\tAGREE\tVERBAL COOPERATION\t3.5\tKassym-Jomart Tokayev\tKAZ\tXi Jinping\tCHN\n"
    "3\t2024-07-20\tCOOPERATE\tMATERIAL COOPERATION\t4.5\tKazakhstan\tKAZ\tChina\tCHN\n"
    "4\t2024-08-02\tACCUSE\tVERBAL CONFLICT\t-3\tJoint statement\tCHN; RUS\tKazakhstan\tKAZ\n"
    "5\t2024-07-05\tAID\tMATERIAL COOPERATION\t7\tUnited Nations\tIGO\tSyria\tSYR\n"
    "6\t2024-07-06\tMOBILIZE\tNone\tNone\tIndian Army\tIND\tNone\tNone\n"
    "7\t2024-07-07\tASSAULT\tNone\t-9\tUnited States\tUSA\tRussia\tRUS\n"
    "8\t2024-07-08\tCONSULT\tVERBAL COOPERATION\t1\tKosovo\tXKX\tSerbia\tSRB\n";

std::vector<panel::row> panel_of(panel::options o, panel::summary* s = nullptr) {
    panel::accumulator a{std::move(o)};
    polecat::reader r{std::string_view{text}};
    while (const polecat::record* row = r.next()) a.add(panel::observation_of(*row));
    REQUIRE(r.summary().ok());
    if (s != nullptr) *s = a.summary();
    return a.rows();
}

constexpr std::size_t plover(plover_event e) { return static_cast<std::size_t>(e); }

}  // namespace

TEST_CASE("a POLECAT row gives its date, first countries, names, PLOVER type and quad class; no CAMEO code, no Goldstein value") {
    polecat::reader r{std::string_view{text}};
    const polecat::record* row = r.next();
    REQUIRE(row);
    const panel::observation o = panel::observation_of(*row);
    CHECK(o.day == date{2024, 7, 3});
    CHECK(o.source_country == "CHN");
    CHECK(o.target_country == "KAZ");
    CHECK(o.source_actor == "Xi Jinping");
    CHECK(o.target_actor == "Kassym-Jomart Tokayev");
    CHECK(o.plover == plover_event::consult);
    CHECK(o.quad == quad_class::verbal_cooperation);
    CHECK(o.code.empty());
    CHECK_FALSE(o.goldstein);  // Intensity 1 is POLECAT's scale, not Goldstein's
    CHECK_FALSE(o.is_root);
    CHECK_FALSE(o.reports[0]);
    for (int i = 0; i < 2; ++i) REQUIRE(r.next());
    const panel::observation several = panel::observation_of(*r.next());  // "CHN; RUS"
    CHECK(several.source_country == "CHN");
    CHECK(several.target_country == "KAZ");
    const panel::observation igo = panel::observation_of(*r.next());
    CHECK(igo.source_country.empty());  // IGO is no ISO 3166-1 code
    CHECK(igo.target_country == "SYR");
}

TEST_CASE("a monthly panel of POLECAT rows, cell by cell; rows without two ISO countries apart") {
    panel::summary s;
    const std::vector<panel::row> rows = panel_of({.by = panel::period_kind::month}, &s);
    REQUIRE(rows.size() == 3);

    CHECK(rows[0].dyad.text() == "CHN-KAZ");
    CHECK(rows[0].period.text() == "2024-07");
    const panel::cell& july = rows[0].cell;
    CHECK(july.events == 3);
    CHECK(july.quad == std::array<std::uint64_t, 5>{0, 2, 1, 0, 0});
    CHECK(july.plover[plover(plover_event::consult)] == 1);
    CHECK(july.plover[plover(plover_event::agree)] == 1);
    CHECK(july.plover[plover(plover_event::cooperate)] == 1);
    CHECK(july.plover[0] == 0);
    CHECK(july.statements == 0);
    CHECK(july.goldstein_events == 0);
    CHECK(july.goldstein_tenths == 0);
    CHECK(july.weight == 0);

    CHECK(rows[1].dyad.text() == "CHN-KAZ");
    CHECK(rows[1].period.text() == "2024-08");
    CHECK(rows[1].cell.events == 1);
    CHECK(rows[1].cell.quad == std::array<std::uint64_t, 5>{0, 0, 0, 1, 0});
    CHECK(rows[1].cell.plover[plover(plover_event::accuse)] == 1);

    CHECK(rows[2].dyad.text() == "RUS-USA");
    CHECK(rows[2].cell.events == 1);
    CHECK(rows[2].cell.quad == std::array<std::uint64_t, 5>{1, 0, 0, 0, 0});  // no Quad Code: unknown
    CHECK(rows[2].cell.plover[plover(plover_event::assault)] == 1);

    CHECK(s.events == 8);
    CHECK(s.without_dyad == 3);  // IGO; no recipient; Kosovo's XKX
    CHECK(s.counted == 5);
}

TEST_CASE("directed panels keep Actor → Recipient; COW-keyed panels use the states of the day") {
    const std::vector<panel::row> directed = panel_of({.by = panel::period_kind::year, .directed = true});
    REQUIRE(directed.size() == 3);
    CHECK(directed[0].dyad.text() == "CHN-KAZ");
    CHECK(directed[0].cell.events == 2);  // July's CONSULT and August's ACCUSE
    CHECK(directed[1].dyad.text() == "KAZ-CHN");
    CHECK(directed[1].cell.events == 2);
    CHECK(directed[2].dyad.text() == "USA-RUS");

    const std::vector<panel::row> cow = panel_of({.by = panel::period_kind::year, .keyed_by = state_system::cow});
    REQUIRE(cow.size() == 2);
    CHECK(cow[0].dyad.text() == "CHN-KZK");
    CHECK(cow[0].cell.events == 4);
    CHECK(cow[1].dyad.text() == "RUS-USA");
}

TEST_CASE("without a CAMEO code, a filter on CAMEO roots keeps no POLECAT row") {
    panel::summary s;
    const std::vector<panel::row> rows = panel_of({.by = panel::period_kind::year, .roots = {cameo_code{"04"}}}, &s);
    CHECK(rows.empty());
    CHECK(s.filtered == 5);
}
