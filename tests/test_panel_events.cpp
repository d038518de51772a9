// SPDX-License-Identifier: BSL-1.0
// Tests of panel/events.hpp: the model's events (the built-in dataset, PLOVER data) into panels.
#include <bilateral/data/astana_2024.hpp>
#include <bilateral/panel/events.hpp>

#include <doctest/doctest.h>

#include <vector>

using namespace bilateral;

TEST_CASE("the Astana talks: one dyad, one month, PLOVER types, Goldstein only where given") {
    panel::accumulator a{{.by = panel::period_kind::month}};
    panel::add_events(a, data::astana_2024);
    const std::vector<panel::row> rows = a.rows();
    REQUIRE(!rows.empty());
    std::uint64_t events = 0, typed = 0;
    for (const panel::row& r : rows) {
        CHECK(r.dyad.text() == "CHN-KAZ");
        CHECK(r.period.text() == "2024-07");
        events += r.cell.events;
        for (std::size_t t = 1; t < r.cell.plover.size(); ++t) typed += r.cell.plover[t];
    }
    std::uint64_t with_goldstein = 0;
    for (const event& e : data::astana_2024.events) with_goldstein += e.goldstein ? 1 : 0;
    CHECK(rows[0].cell.goldstein_events == with_goldstein);
    CHECK(events == a.summary().counted);
    CHECK(a.summary().events == data::astana_2024.events.size());
    CHECK(typed > 0);
    CHECK(rows[0].cell.plover[static_cast<std::size_t>(plover_event::consult)] > 0);
}

TEST_CASE("the dyad of a model event: first participant to first recipient, else to a participant of another state") {
    const actor kz{.id = actor_id{"kz"}, .kind = actor_kind::state, .name = "Kazakhstan", .country = country{"KZ"}};
    const actor cn{.id = actor_id{"cn"}, .kind = actor_kind::state, .name = "China", .country = country{"CN"}};
    const actor un{.id = actor_id{"un"}, .kind = actor_kind::organisation, .name = "United Nations"};
    const actor_id kz_cn[] = {actor_id{"kz"}, actor_id{"kz"}, actor_id{"cn"}};
    const actor_id cn_only[] = {actor_id{"cn"}};
    const actor_id un_only[] = {actor_id{"un"}};
    const actor actors[] = {kz, cn, un};
    const event events[] = {
        {.id = event_id{"talks"}, .date = date{2024, 7, 3}, .participants = kz_cn, .cameo = cameo_code{"040"}},
        {.id = event_id{"visit"}, .date = date{2024, 7}, .participants = cn_only, .recipients = kz_cn, .cameo = cameo_code{"042"}},
        {.id = event_id{"appeal"}, .date = date{2024, 7, 5}, .participants = un_only, .recipients = cn_only, .cameo = cameo_code{"020"}},
        {.id = event_id{"alone"}, .date = date{2024, 7, 5}, .participants = cn_only, .cameo = cameo_code{"010"}},
        {.id = event_id{"undated"}, .participants = cn_only, .recipients = kz_cn, .cameo = cameo_code{"190"}},
    };
    const dataset_view data{.actors = actors, .events = events};
    panel::accumulator directed{{.directed = true}};
    panel::add_events(directed, data);
    const std::vector<panel::row> rows = directed.rows();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].dyad.text() == "CHN-KAZ");  // the visit: China to Kazakhstan
    CHECK(rows[0].cell.quad[1] == 1);         // 042 by the CAMEO codebook's quad classes
    CHECK(rows[1].dyad.text() == "KAZ-CHN");  // the talks: Kazakhstan, then the first participant of another state
    CHECK(rows[0].cell.goldstein_events == 0);
    CHECK(directed.summary().without_dyad == 2);    // an IGO, a state alone
    CHECK(directed.summary().imprecise_date == 1);  // no date

    panel::accumulator scored{{.goldstein = goldstein_table::gdelt}};
    panel::add_events(scored, data);
    CHECK(scored.rows().at(0).cell.goldstein_events == 2);
    CHECK(scored.rows().at(0).cell.goldstein_tenths == 10 + 19);  // 040 and 042 in GDELT's table
}
