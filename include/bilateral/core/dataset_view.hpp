// SPDX-License-Identifier: BSL-1.0
/// A dataset as views: spans of each record kind. The same type for constexpr and run-time data.
#pragma once
#include <bilateral/core/actor.hpp>
#include <bilateral/core/agreement.hpp>
#include <bilateral/core/event.hpp>
#include <bilateral/core/indicator.hpp>
#include <bilateral/core/list_view.hpp>
#include <bilateral/core/place.hpp>
#include <bilateral/core/relation.hpp>
#include <bilateral/core/source.hpp>
#include <bilateral/core/statement.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// All records of one dataset. Holds views only: over static arrays for constexpr data, over
/// an owning `dataset`'s storage at run time.
struct dataset_view {
    list_view<source> sources{};
    list_view<actor> actors{};
    list_view<place> places{};
    list_view<event> events{};
    list_view<statement> statements{};
    list_view<agreement> agreements{};
    list_view<indicator> indicators{};
    list_view<relation> relations{};
    friend constexpr bool operator==(const dataset_view&, const dataset_view&) = default;
};

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::dataset_view, sources, actors, places, events, statements, agreements, indicators, relations);
