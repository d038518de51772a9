// SPDX-License-Identifier: BSL-1.0
/// Relations: a dyad of states and the status of their relations, as named.
#pragma once
#include <string_view>

#include <bilateral/core/country.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/source.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// Two states and the name of their relations' status ("Eternal Comprehensive Strategic Partnership").
struct relation {
    relation_id id{};
    bilateral::country first{};
    bilateral::country second{};
    std::string_view status{};       ///< as named in the source
    bilateral::date since{};         ///< when the status was established, if the source says
    bilateral::evidence evidence{};
    friend constexpr bool operator==(const relation&, const relation&) = default;
};

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::relation, id, first, second, status, since, evidence);
