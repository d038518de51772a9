// SPDX-License-Identifier: BSL-1.0
// Tests of core/relation.hpp: a dyad of states and the named status of their relations.
#include <bilateral/core/relation.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/reflect.hpp>

#include "sample_records.hpp"

using namespace bilateral;
using namespace bilateral::test_samples;  // `kz_cn`, `with`

template <class T>
concept first_accepts = requires(T v) { relation{.first = v}; };
template <class T>
concept since_accepts = requires(T v) { relation{.since = v}; };
template <class T>
concept id_accepts = requires(T v) { relation{.id = v}; };

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<relation>);
static_assert(std::is_trivially_copyable_v<relation>);
static_assert(reflectable<relation>);
static_assert(field_names<relation>() == std::array<std::string_view, 6>{"id", "first", "second", "status", "since", "evidence"});

static_assert(first_accepts<country>);
static_assert(!first_accepts<actor_id>, "a relation is between states, named by their ISO codes");
static_assert(!first_accepts<const char*>);
static_assert(since_accepts<date> && !since_accepts<int>);
static_assert(id_accepts<relation_id> && !id_accepts<agreement_id>);

static_assert(kz_cn == kz_cn);
static_assert(kz_cn != with(kz_cn, [](relation& r) { r.id = relation_id{"cn-kz"}; }));
static_assert(kz_cn != with(kz_cn, [](relation& r) { r.first = country{"CN"}; r.second = country{"KZ"}; }),
              "the order of the states is kept");
static_assert(kz_cn != with(kz_cn, [](relation& r) { r.second = country{"RU"}; }));
static_assert(kz_cn != with(kz_cn, [](relation& r) { r.status = "Comprehensive Strategic Partnership"; }));
static_assert(kz_cn != with(kz_cn, [](relation& r) { r.since = date{2019}; }));
static_assert(kz_cn != with(kz_cn, [](relation& r) { r.evidence.paragraph = 2; }));

TEST_CASE("relation: keeps both states, the status as named and since when") {
    CHECK(kz_cn.first.alpha2() == "KZ");
    CHECK(kz_cn.second.alpha2() == "CN");
    CHECK(kz_cn.second.name() == "China");
    CHECK(kz_cn.status == "Eternal Comprehensive Strategic Partnership");
    CHECK(kz_cn.since.precision() == date_precision::month);
    CHECK(std::string{kz_cn.since.iso().view()} == "2019-09");
}

TEST_CASE("relation: a default relation names no state and no date") {
    const relation r{};
    CHECK(r.id.empty());
    CHECK_FALSE(r.first.known());
    CHECK_FALSE(r.second.known());
    CHECK(r.status.empty());
    CHECK_FALSE(r.since.known());
}

TEST_CASE("relation: for_each_field visits the fields in declaration order") {
    std::vector<std::string> names;
    for_each_field(kz_cn, [&](std::string_view name, const auto&) { names.emplace_back(name); });
    CHECK(names == std::vector<std::string>{"id", "first", "second", "status", "since", "evidence"});
}
