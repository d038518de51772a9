// SPDX-License-Identifier: BSL-1.0
// Tests of bilateral.hpp and fwd.hpp: the umbrella brings the whole core, and the forward
// declarations agree with the definitions (a mismatch would not compile here).
#include <bilateral/fwd.hpp>
#include <bilateral/bilateral.hpp>
#include <bilateral/data/astana_2024.hpp>

#include <doctest/doctest.h>

#include <type_traits>

namespace b = bilateral;

// Every record kind of the model is reachable from the umbrella and reflectable.
static_assert(b::reflectable<b::source> && b::reflectable<b::evidence> && b::reflectable<b::actor> &&
              b::reflectable<b::place> && b::reflectable<b::event> && b::reflectable<b::statement> &&
              b::reflectable<b::reported_amount> && b::reflectable<b::agreement> &&
              b::reflectable<b::indicator> && b::reflectable<b::relation> && b::reflectable<b::dataset_view>);
// Records are literal types: usable in constant expressions.
static_assert(std::is_trivially_destructible_v<b::event> && std::is_aggregate_v<b::event>);
static_assert(std::is_same_v<decltype(b::data::astana_2024), const b::dataset_view>);

TEST_CASE("bilateral.hpp: the built-in dataset is valid at run time too") {
    CHECK(b::problems(b::data::astana_2024).empty());
    CHECK(b::data::astana_2024.events.size() > 0);
}
