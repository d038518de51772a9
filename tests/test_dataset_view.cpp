// SPDX-License-Identifier: BSL-1.0
// Tests of core/dataset_view.hpp: a dataset as views of each record kind.
#include <bilateral/core/dataset_view.hpp>

#include <doctest/doctest.h>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/reflect.hpp>

using namespace bilateral;

template <class T>
concept actors_accepts = requires(T v) { dataset_view{.actors = v}; };

constexpr source sources[] = {{.id = source_id{"akorda"}, .publisher = "Akorda", .title = "Talks"}};
constexpr actor actors[] = {
    {.id = actor_id{"kz"}, .kind = actor_kind::state, .name = "Kazakhstan", .country = country{"KZ"}},
    {.id = actor_id{"cn"}, .kind = actor_kind::state, .name = "China", .country = country{"CN"}},
};
constexpr actor same_actors[] = {
    {.id = actor_id{"kz"}, .kind = actor_kind::state, .name = "Kazakhstan", .country = country{"KZ"}},
    {.id = actor_id{"cn"}, .kind = actor_kind::state, .name = "China", .country = country{"CN"}},
};
constexpr actor other_actors[] = {
    {.id = actor_id{"kz"}, .kind = actor_kind::state, .name = "Kazakhstan", .country = country{"KZ"}},
    {.id = actor_id{"cn"}, .kind = actor_kind::state, .name = "PRC", .country = country{"CN"}},
};
constexpr relation relations[] = {{.id = relation_id{"kz-cn"}, .first = country{"KZ"}, .second = country{"CN"}}};

constexpr dataset_view data{.sources = sources, .actors = actors, .relations = relations};

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<dataset_view>);
static_assert(std::is_trivially_copyable_v<dataset_view>);
static_assert(sizeof(dataset_view) == 8 * sizeof(std::span<const int>), "eight views, nothing owned");
static_assert(reflectable<dataset_view>);
static_assert(field_names<dataset_view>() == std::array<std::string_view, 8>{"sources", "actors", "places", "events",
                                                                              "statements", "agreements", "indicators",
                                                                              "relations"});
static_assert(actors_accepts<const actor (&)[2]> && actors_accepts<std::span<const actor>>);
static_assert(!actors_accepts<const place (&)[1]>, "actors are actors");
static_assert(!actors_accepts<const actor&>, "a list, not one record");

// Equality compares the records, in constant expressions too.
static_assert(data == data);
static_assert(data == dataset_view{.sources = sources, .actors = same_actors, .relations = relations},
              "equal records in other arrays");
static_assert(data != dataset_view{.sources = sources, .actors = other_actors, .relations = relations});
static_assert(data != dataset_view{.sources = sources, .actors = actors});
static_assert(dataset_view{} == dataset_view{});
static_assert(data.actors.size() == 2 && data.places.empty() && data.events.empty());
static_assert(data.actors[1].name == "China");

TEST_CASE("dataset_view: a default view holds no records") {
    const dataset_view empty{};
    CHECK(empty.sources.empty());
    CHECK(empty.actors.empty());
    CHECK(empty.places.empty());
    CHECK(empty.events.empty());
    CHECK(empty.statements.empty());
    CHECK(empty.agreements.empty());
    CHECK(empty.indicators.empty());
    CHECK(empty.relations.empty());
}

TEST_CASE("dataset_view: views static arrays and run-time vectors alike") {
    std::vector<actor> run_time{actors[0], actors[1]};
    const dataset_view view{.sources = sources, .actors = std::span<const actor>{run_time}, .relations = relations};
    CHECK(view == data);
    CHECK(view.actors.begin() == run_time.data());
    run_time[1].name = "People's Republic of China";  // a view: it sees the change
    CHECK(view.actors[1].name == "People's Republic of China");
    CHECK(view != data);
}

TEST_CASE("dataset_view: for_each_field visits the record lists in declaration order with their sizes") {
    std::vector<std::string> seen;
    for_each_field(data, [&](std::string_view name, const auto& list) {
        seen.push_back(std::string{name} + ":" + std::to_string(list.size()));
    });
    CHECK(seen == std::vector<std::string>{"sources:1", "actors:2", "places:0", "events:0", "statements:0", "agreements:0",
                                           "indicators:0", "relations:1"});
}
