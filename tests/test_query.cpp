// SPDX-License-Identifier: BSL-1.0
// Tests of query.hpp: finding and filtering records, sums of money in one currency.
#include <bilateral/query.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace bilateral;

namespace {
constexpr actor actors[] = {
    {.id = actor_id{"a"}, .kind = actor_kind::person, .name = "Ana"},
    {.id = actor_id{"b"}, .kind = actor_kind::person, .name = "Bo"},
    {.id = actor_id{"c"}, .kind = actor_kind::state, .name = "Cea"},
};
constexpr actor_id a_only[] = {actor_id{"a"}};
constexpr actor_id b_only[] = {actor_id{"b"}};
constexpr event events[] = {
    {.id = event_id{"visit"}, .date = date{2024, 7, 3}, .participants = a_only, .recipients = b_only, .cameo = cameo_code{"042"}},
    {.id = event_id{"talks"}, .date = date{2024, 7, 3}, .participants = a_only, .cameo = cameo_code{"046"}},
    {.id = event_id{"later"}, .date = date{2024, 8}, .participants = b_only, .cameo = cameo_code{"057"}},
};
constexpr statement statements[] = {
    {.id = statement_id{"s1"}, .speaker = actor_id{"a"}, .text = "one"},
    {.id = statement_id{"s2"}, .speaker = actor_id{"b"}, .text = "two"},
    {.id = statement_id{"s3"}, .speaker = actor_id{"a"}, .text = "three"},
};
constexpr indicator indicators[] = {
    {.id = indicator_id{"t"}, .measure = indicator_measure::trade_turnover, .amount = {.value = any_money{currencies::usd, 4'100'000'000'000}}},
    {.id = indicator_id{"p"}, .measure = indicator_measure::project_portfolio_value, .amount = {.value = any_money{currencies::usd, 1'450'000'000'000}}},
    {.id = indicator_id{"k"}, .measure = indicator_measure::trade_turnover, .amount = {.value = any_money{currencies::kzt, 100}}},
};
constexpr dataset_view data{.actors = actors, .events = events, .statements = statements, .indicators = indicators};
}  // namespace

// Every query answers at compile time.
static_assert(find(data, actor_id{"b"})->name == "Bo");
static_assert(find(data, actor_id{"zz"}) == nullptr);
static_assert(find_actor_by_name(data, "Cea")->id == actor_id{"c"});
static_assert(statements_by(data, actor_id{"a"}).size() == 2);
static_assert(statements_by(data, actor_id{"a"}).front().id == statement_id{"s1"});
static_assert(events_on(data, date{2024, 7, 3}).size() == 2);
static_assert(events_on(data, date{2024, 8, 15}).front().id == event_id{"later"}, "a month contains its days");
static_assert(events_on(data, date{2024, 7}).size() == 2, "a partial day finds the dates within it");
static_assert(events_with_code(data, cameo_code{"04"}).size() == 2);
static_assert(indicators_of(data, indicator_measure::trade_turnover).size() == 2);
static_assert(participants_of(data, events[0]).size() == 2);

namespace {
// The range outlives the event it was asked about: a copy of one, gone before the range is used.
constexpr std::size_t participants_of_a_temporary_event() {
    const auto range = participants_of(data, event{events[0]});
    return range.size();
}
// b visits a: the participants come in the dataset's actor order (a, then b), not participants first.
constexpr event b_visits_a{.id = event_id{"return"}, .participants = b_only, .recipients = a_only};
// An iterator kept after its range is gone: the range was a temporary.
constexpr std::string_view second_statement_of_a() {
    auto it = statements_by(data, actor_id{"a"}).begin();
    ++it;
    return it->id.str();
}
}  // namespace
static_assert(participants_of_a_temporary_event() == 2, "a temporary event is safe: the range copies its lists");
static_assert(participants_of(data, b_visits_a).front().id == actor_id{"a"}, "dataset order, not participants first");
static_assert(second_statement_of_a() == "s3", "an iterator does not refer to its range");
static_assert(sum_in<currencies::usd>(data.indicators).total == money<currencies::usd>::from_major(55'500'000'000));
static_assert(sum_in<currencies::usd>(data.indicators).other_currency == 1, "the KZT figure is counted, not dropped");

TEST_CASE("query: filtered ranges iterate in dataset order and can be empty") {
    std::vector<std::string_view> ids;
    for (const auto& s : statements_by(data, actor_id{"a"})) ids.push_back(s.id.str());
    CHECK(ids == std::vector<std::string_view>{"s1", "s3"});
    CHECK(statements_by(data, actor_id{"c"}).empty());
    CHECK(events_with_code(data, cameo_code{"19"}).size() == 0);
}

TEST_CASE("query: participants_of a temporary event can be used after the event is gone") {
    const auto range = participants_of(data, event{events[0]});
    std::vector<std::string_view> ids;
    for (const actor& a : range) ids.push_back(a.id.str());
    CHECK(ids == std::vector<std::string_view>{"a", "b"});
}

TEST_CASE("query: an iterator can be used after its range is gone") {
    auto it = statements_by(data, actor_id{"a"}).begin();
    ++it;
    CHECK(it->id == statement_id{"s3"});
    auto copy = it;
    copy = statements_by(data, actor_id{"b"}).begin();
    CHECK(copy->id == statement_id{"s2"});
    CHECK(++copy == statements_by(data, actor_id{"b"}).end());
}

namespace {
// Akorda lies in Astana, which lies in Kazakhstan; "loop-a" and "loop-b" lie in each other, and
// "into-loop" lies in "loop-a".
constexpr place places[] = {
    {.id = place_id{"akorda"}, .kind = place_kind::building, .name = "Akorda", .part_of = place_id{"astana"}},
    {.id = place_id{"astana"}, .kind = place_kind::city, .name = "Astana", .part_of = place_id{"kz"}},
    {.id = place_id{"kz"}, .kind = place_kind::country, .name = "Kazakhstan"},
    {.id = place_id{"loop-a"}, .kind = place_kind::region, .name = "A", .part_of = place_id{"loop-b"}},
    {.id = place_id{"loop-b"}, .kind = place_kind::region, .name = "B", .part_of = place_id{"loop-a"}},
    {.id = place_id{"into-loop"}, .kind = place_kind::city, .name = "C", .part_of = place_id{"loop-a"}},
    {.id = place_id{"self"}, .kind = place_kind::city, .name = "S", .part_of = place_id{"self"}},
};
constexpr actor members[] = {
    {.id = actor_id{"minister"}, .kind = actor_kind::person, .name = "M", .part_of = actor_id{"ministry"}},
    {.id = actor_id{"ministry"}, .kind = actor_kind::organisation, .name = "Ministry", .part_of = actor_id{"minister"}},
};
constexpr dataset_view with_places{.actors = members, .places = places};

std::string chain(place_id id) {
    std::string out;
    walk_part_of(with_places, id, [&](const place& p) { out += std::string{p.name} + "/"; });
    return out;
}
constexpr std::size_t chain_length(actor_id id) {
    std::size_t n = 0;
    walk_part_of(with_places, id, [&](const actor&) { ++n; });
    return n;
}
}  // namespace
static_assert(chain_length(actor_id{"minister"}) == 2, "each actor on a cycle once, at compile time too");

TEST_CASE("query: walk_part_of visits a place and the places it lies in, innermost first") {
    CHECK(chain(place_id{"akorda"}) == "Akorda/Astana/Kazakhstan/");
    CHECK(chain(place_id{"kz"}) == "Kazakhstan/");
    CHECK(chain(place_id{"nowhere"}).empty());
    CHECK(chain(place_id{}).empty());
}

TEST_CASE("query: walk_part_of ends on a part_of cycle, visiting each place once") {
    CHECK(chain(place_id{"loop-a"}) == "A/B/");
    CHECK(chain(place_id{"into-loop"}) == "C/A/B/");
    CHECK(chain(place_id{"self"}) == "S/");
}

TEST_CASE("query: a sum in one currency counts what it left out") {
    const auto kzt = sum_in<currencies::kzt>(indicators_of(data, indicator_measure::trade_turnover));
    CHECK(kzt.total.minor_units() == 100);
    CHECK(kzt.counted == 1);
    CHECK(kzt.other_currency == 1);
}
