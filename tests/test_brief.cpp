// SPDX-License-Identifier: BSL-1.0
// Tests of io/brief.hpp: the terminal briefing and its cooperation summary.
#include <bilateral/io/brief.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace bilateral;

namespace {
constexpr source sources[] = {{.id = source_id{"r"}, .publisher = "Press office", .title = "Leaders meet", .date = date{2024, 7, 3}}};
constexpr actor actors[] = {
    {.id = actor_id{"a"}, .kind = actor_kind::person, .name = "Ana Host"},
    {.id = actor_id{"b"}, .kind = actor_kind::person, .name = "Bo Guest"},
};
constexpr place places[] = {
    {.id = place_id{"city"}, .kind = place_kind::city, .name = "Capital"},
    {.id = place_id{"palace"}, .kind = place_kind::building, .name = "Palace", .part_of = place_id{"city"}},
};
constexpr actor_id host[] = {actor_id{"a"}};
constexpr actor_id guest[] = {actor_id{"b"}};
constexpr evidence ev{.source = source_id{"r"}, .paragraph = 1};
constexpr event events[] = {
    {.id = event_id{"visit"}, .date = date{2024, 7, 3}, .place = place_id{"palace"}, .format = event_format::state_visit,
     .participants = guest, .recipients = host, .cameo = cameo_code{"042"}, .plover = plover_event::consult,
     .plover_mode = plover_word{"visit"}, .goldstein = goldstein{.tenths = 19, .table = goldstein_table::gdelt},
     .quad_class = quad_class::verbal_cooperation, .description = "Bo Guest visits Ana Host.", .evidence = ev},
    {.id = event_id{"aid"}, .date = date{2024, 7, 3}, .participants = host, .recipients = guest, .cameo = cameo_code{"070"},
     .plover = plover_event::aid, .goldstein = goldstein{.tenths = 70, .table = goldstein_table::gdelt},
     .quad_class = quad_class::material_cooperation, .part_of = event_id{"visit"}, .evidence = ev},
    {.id = event_id{"other"}, .date = date{2024, 7, 3}, .participants = host, .cameo = cameo_code{"016"},
     .goldstein = goldstein{.tenths = 34, .table = goldstein_table::phoenix}, .quad_class = quad_class::verbal_cooperation,
     .part_of = event_id{"visit"}, .evidence = ev},
};
constexpr statement statements[] = {
    {.id = statement_id{"q"}, .speaker = actor_id{"a"}, .addressee = actor_id{"b"}, .date = date{2024, 7, 3},
     .form = statement_form::verbatim, .text = "Welcome.", .evidence = ev},
};
constexpr indicator indicators[] = {
    {.id = indicator_id{"t"}, .measure = indicator_measure::trade_turnover, .reporter = country{"KZ"},
     .counterpart = country{"CN"}, .period = period_of(date{2023}),
     .amount = {.value = any_money{currencies::usd, 4'100'000'000'000}, .qualifier = amount_qualifier::more_than,
                .scale = amount_scale::billion, .as_reported = "exceeded $41 billion"},
     .stated_by = actor_id{"a"},
     .evidence = {.source = source_id{"r"}, .paragraph = 2, .basis = evidence_basis::inferred, .note = "last year = 2023"}},
};
constexpr dataset_view data{.sources = sources, .actors = actors, .places = places, .events = events,
                            .statements = statements, .indicators = indicators};
}  // namespace

static_assert(mean_goldstein(data, goldstein_table::gdelt).events == 2, "the Phoenix-coded event is not averaged in");
static_assert(mean_goldstein(data, goldstein_table::gdelt).mean == 4.45);
static_assert(quad_class_counts(data)[1] == 2 && quad_class_counts(data)[2] == 1);

TEST_CASE("brief: the headline names who met, where and when") {
    std::ostringstream out;
    write_brief(out, data);
    const std::string text = out.str();
    CHECK(text.starts_with("Bo Guest and Ana Host — Palace, Capital, 2024-07-03\n"));
    CHECK(text.find("Source: Press office, \"Leaders meet\", 2024-07-03") != std::string::npos);
}

TEST_CASE("brief: quotations, figures with qualifiers and codes are all there") {
    std::ostringstream out;
    write_brief(out, data, {.width = 1000});
    const std::string text = out.str();
    CHECK(text.find("Ana Host to Bo Guest (verbatim, para. 1): “Welcome.”") != std::string::npos);
    CHECK(text.find("more than USD 41 billion (as reported: \"exceeded $41 billion\"); stated by Ana Host") != std::string::npos);
    CHECK(text.find("inferred: last year = 2023") != std::string::npos);
    CHECK(text.find("CAMEO 042   PLOVER CONSULT/visit") != std::string::npos);
    CHECK(text.find("3 events; mean Goldstein +4.45 (GDELT table, 2 events); verbal cooperation 2, material cooperation 1") !=
          std::string::npos);
}

TEST_CASE("brief: long text is wrapped at the requested width") {
    std::ostringstream out;
    write_brief(out, data, {.width = 40});
    std::istringstream lines{out.str()};
    std::string line;
    std::size_t longest_wrapped = 0;
    while (std::getline(lines, line))
        if (line.starts_with("      ")) longest_wrapped = std::max(longest_wrapped, line.size());
    CHECK(longest_wrapped > 0);
    CHECK(longest_wrapped <= 40);
}

namespace {
// Places that lie in each other, and a chain deeper than four.
constexpr place looped[] = {
    {.id = place_id{"hall"}, .kind = place_kind::building, .name = "Hall", .part_of = place_id{"town"}},
    {.id = place_id{"town"}, .kind = place_kind::city, .name = "Town", .part_of = place_id{"hall"}},
};
constexpr place deep[] = {
    {.id = place_id{"room"}, .kind = place_kind::building, .name = "Room", .part_of = place_id{"hall"}},
    {.id = place_id{"hall"}, .kind = place_kind::building, .name = "Hall", .part_of = place_id{"district"}},
    {.id = place_id{"district"}, .kind = place_kind::region, .name = "District", .part_of = place_id{"town"}},
    {.id = place_id{"town"}, .kind = place_kind::city, .name = "Town", .part_of = place_id{"country"}},
    {.id = place_id{"country"}, .kind = place_kind::country, .name = "Country"},
};
std::string headline(list_view<place> where, place_id at) {
    static constexpr actor_id ana[] = {actor_id{"a"}};
    const event met[] = {{.id = event_id{"met"}, .date = date{2024, 7, 3}, .place = at, .participants = ana}};
    const dataset_view d{.actors = actors, .places = where, .events = met};
    std::ostringstream out;
    write_brief(out, d);
    const std::string text = out.str();
    return text.substr(0, text.find('\n'));
}
}  // namespace

TEST_CASE("brief: a place on a part_of cycle is named once, each place on the cycle once") {
    CHECK(headline(looped, place_id{"hall"}) == "Ana Host — Hall, Town, 2024-07-03");
}

TEST_CASE("brief: every place a place lies in is named, however deep the chain") {
    CHECK(headline(deep, place_id{"room"}) == "Ana Host — Room, Hall, District, Town, Country, 2024-07-03");
}
