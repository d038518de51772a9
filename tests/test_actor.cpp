// SPDX-License-Identifier: BSL-1.0
// Tests of core/actor.hpp: the actor record and actor kinds.
#include <bilateral/core/actor.hpp>

#include <doctest/doctest.h>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/reflect.hpp>

#include "sample_records.hpp"

using namespace bilateral;
using namespace bilateral::test_samples;  // `tokayev`, `with`

template <class T>
concept part_of_accepts = requires(T v) { actor{.part_of = v}; };
template <class T>
concept country_accepts = requires(T v) { actor{.country = v}; };
template <class T>
concept sectors_accepts = requires(T v) { actor{.sectors = v}; };

// The sample Tokayev has one sector code; a second, local to these tests, lets order and lookup
// be told apart.
constexpr sector_code gov_copy[] = {sector_code{"GOV"}};
constexpr sector_code gov_and_elite[] = {sector_code{"GOV"}, sector_code{"ELI"}};
constexpr actor tokayev_two_sectors = with(tokayev, [](actor& a) { a.sectors = gov_and_elite; });

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<actor>);
static_assert(std::is_trivially_copyable_v<actor>);
static_assert(reflectable<actor>);
static_assert(field_count<actor> == 8);
static_assert(field_names<actor>() == std::array<std::string_view, 8>{"id", "kind", "name", "country", "office", "sectors",
                                                                       "part_of", "wikidata"});
static_assert(std::is_same_v<decltype(actor::sectors), list_view<sector_code>>);

static_assert(part_of_accepts<actor_id>);
static_assert(!part_of_accepts<place_id>, "an actor belongs to an actor, not to a place");
static_assert(!part_of_accepts<std::string_view>);
static_assert(country_accepts<country>);
static_assert(!country_accepts<const char*>, "say country{\"KZ\"}");
static_assert(!sectors_accepts<std::string_view>);
static_assert(!std::is_convertible_v<const char*, sector_code>);
static_assert(!std::is_convertible_v<int, actor_kind>, "a scoped enumeration");

// Equality in constant expressions, over every field; lists compare by element.
static_assert(tokayev == tokayev);
static_assert(tokayev == with(tokayev, [](actor& a) { a.sectors = gov_copy; }), "same codes, other array");
static_assert(tokayev != with(tokayev, [](actor& a) { a.id = actor_id{"tokayev-2"}; }));
static_assert(tokayev != with(tokayev, [](actor& a) { a.kind = actor_kind::state; }));
static_assert(tokayev != with(tokayev, [](actor& a) { a.name = "Tokayev"; }));
static_assert(tokayev != with(tokayev, [](actor& a) { a.country = country{"CN"}; }));
static_assert(tokayev != with(tokayev, [](actor& a) { a.office = ""; }));
static_assert(tokayev != with(tokayev, [](actor& a) { a.sectors = {}; }));
static_assert(tokayev != with(tokayev, [](actor& a) { a.part_of = actor_id{}; }));
static_assert(tokayev != with(tokayev, [](actor& a) { a.wikidata = "Q1"; }));

// actor_kind names round-trip.
static_assert(enum_names<actor_kind>.size() == 7);
static_assert(enum_from_string<actor_kind>(to_string(actor_kind::state)) == actor_kind::state);
static_assert(enum_from_string<actor_kind>(to_string(actor_kind::person)) == actor_kind::person);
static_assert(enum_from_string<actor_kind>(to_string(actor_kind::government_body)) == actor_kind::government_body);
static_assert(enum_from_string<actor_kind>(to_string(actor_kind::armed_forces)) == actor_kind::armed_forces);
static_assert(enum_from_string<actor_kind>(to_string(actor_kind::university)) == actor_kind::university);
static_assert(enum_from_string<actor_kind>(to_string(actor_kind::media)) == actor_kind::media);
static_assert(enum_from_string<actor_kind>(to_string(actor_kind::organisation)) == actor_kind::organisation);
static_assert(!is_named(static_cast<actor_kind>(99)));

TEST_CASE("actor: a default actor is a state with nothing given") {
    const actor a{};
    CHECK(a.id.empty());
    CHECK(a.kind == actor_kind::state);
    CHECK(a.name.empty());
    CHECK_FALSE(a.country.known());
    CHECK(a.sectors.empty());
    CHECK(a.part_of.empty());
    CHECK(a.wikidata.empty());
}

TEST_CASE("actor: designated initializers fill the record like a table row") {
    CHECK(tokayev.id.str() == "tokayev");
    CHECK(to_string(tokayev.kind) == "person");
    CHECK(tokayev.country.alpha2() == "KZ");
    CHECK(tokayev.country.name() == "Kazakhstan");
    REQUIRE(tokayev_two_sectors.sectors.size() == 2);
    CHECK(tokayev_two_sectors.sectors[0].str() == "GOV");
    CHECK(tokayev_two_sectors.sectors.contains(sector_code{"ELI"}));
    CHECK_FALSE(tokayev_two_sectors.sectors.contains(sector_code{"MIL"}));
    CHECK(tokayev.part_of == actor_id{"kz"});
}

TEST_CASE("actor: equality compares sector lists by their codes, not by where they are stored") {
    const std::vector<sector_code> codes{sector_code{"GOV"}, sector_code{"ELI"}};
    actor copy = tokayev_two_sectors;
    copy.sectors = std::span<const sector_code>{codes};
    CHECK(copy == tokayev_two_sectors);
    const std::vector<sector_code> reordered{sector_code{"ELI"}, sector_code{"GOV"}};
    copy.sectors = std::span<const sector_code>{reordered};
    CHECK(copy != tokayev_two_sectors);
}

TEST_CASE("actor: for_each_field visits the fields in declaration order") {
    std::vector<std::string> names;
    for_each_field(tokayev, [&](std::string_view name, const auto&) { names.emplace_back(name); });
    CHECK(names == std::vector<std::string>{"id", "kind", "name", "country", "office", "sectors", "part_of", "wikidata"});
}
