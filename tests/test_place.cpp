// SPDX-License-Identifier: BSL-1.0
// Tests of core/place.hpp: the place record and place kinds.
#include <bilateral/core/place.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/core/actor.hpp>
#include <bilateral/reflect.hpp>

using namespace bilateral;

template <class T, class F>
constexpr T with(T record, F change) {
    change(record);
    return record;
}

template <class T>
concept part_of_accepts = requires(T v) { place{.part_of = v}; };
template <class T>
concept kind_accepts = requires(T v) { place{.kind = v}; };

constexpr place akorda{
    .id = place_id{"akorda"},
    .kind = place_kind::building,
    .name = "Akorda Presidential Palace",
    .country = country{"KZ"},
    .part_of = place_id{"astana"},
    .wikidata = "Q1192435",
};

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<place>);
static_assert(std::is_trivially_copyable_v<place>);
static_assert(reflectable<place>);
static_assert(field_names<place>() == std::array<std::string_view, 6>{"id", "kind", "name", "country", "part_of", "wikidata"});

static_assert(part_of_accepts<place_id>);
static_assert(!part_of_accepts<actor_id>, "a place lies in a place, not in an actor");
static_assert(!part_of_accepts<std::string_view>);
static_assert(kind_accepts<place_kind>);
static_assert(!kind_accepts<actor_kind>, "kinds of places are not kinds of actors");
static_assert(!kind_accepts<int>);

static_assert(akorda == akorda);
static_assert(akorda != with(akorda, [](place& p) { p.id = place_id{"ak-orda"}; }));
static_assert(akorda != with(akorda, [](place& p) { p.kind = place_kind::city; }));
static_assert(akorda != with(akorda, [](place& p) { p.name = "Ak Orda"; }));
static_assert(akorda != with(akorda, [](place& p) { p.country = country{}; }));
static_assert(akorda != with(akorda, [](place& p) { p.part_of = place_id{}; }));
static_assert(akorda != with(akorda, [](place& p) { p.wikidata = ""; }));

// place_kind names round-trip.
static_assert(enum_names<place_kind>.size() == 5);
static_assert(enum_from_string<place_kind>(to_string(place_kind::country)) == place_kind::country);
static_assert(enum_from_string<place_kind>(to_string(place_kind::region)) == place_kind::region);
static_assert(enum_from_string<place_kind>(to_string(place_kind::city)) == place_kind::city);
static_assert(enum_from_string<place_kind>(to_string(place_kind::building)) == place_kind::building);
static_assert(enum_from_string<place_kind>(to_string(place_kind::route)) == place_kind::route);
static_assert(!is_named(static_cast<place_kind>(5)));

TEST_CASE("place: a default place is a country with nothing given") {
    const place p{};
    CHECK(p.kind == place_kind::country);
    CHECK(p.id.empty());
    CHECK(p.name.empty());
    CHECK_FALSE(p.country.known());
    CHECK(p.part_of.empty());
}

TEST_CASE("place: a route across states is given without a country") {
    const place route{.id = place_id{"china-europe-rail"}, .kind = place_kind::route, .name = "China-Europe railway"};
    CHECK(to_string(route.kind) == "route");
    CHECK_FALSE(route.country.known());
    CHECK(route.country.alpha2().empty());
    CHECK(route != akorda);
}

TEST_CASE("place: for_each_field visits the fields in declaration order with their values") {
    std::vector<std::string> seen;
    for_each_field(akorda, [&](std::string_view name, const auto& value) {
        using V = std::remove_cvref_t<decltype(value)>;
        std::string text;
        if constexpr (std::is_same_v<V, std::string_view>) text = value;
        else if constexpr (std::is_same_v<V, place_id>) text = value.str();
        else if constexpr (std::is_same_v<V, place_kind>) text = to_string(value);
        else if constexpr (std::is_same_v<V, country>) text = value.alpha2();
        seen.push_back(std::string{name} + "=" + text);
    });
    CHECK(seen == std::vector<std::string>{"id=akorda", "kind=building", "name=Akorda Presidential Palace", "country=KZ",
                                           "part_of=astana", "wikidata=Q1192435"});
}
