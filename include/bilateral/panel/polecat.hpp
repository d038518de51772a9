// SPDX-License-Identifier: BSL-1.0
/// POLECAT rows into panels, straight from the record.
#pragma once
#include <optional>
#include <string_view>

#include <bilateral/codes/iso3166.hpp>
#include <bilateral/io/polecat/record.hpp>
#include <bilateral/panel/accumulator.hpp>

namespace bilateral::panel {

/// What the panel takes from a POLECAT row:
/// - the date: Event Date;
/// - the dyad: the FIRST country of Actor Country → the FIRST of Recipient Country (POLECAT lists
///   several where the coder resolved an actor to several states; the reader notes such rows),
///   each an ISO 3166-1 alpha-3 code; a code ISO 3166-1 has not ("IGO", Kosovo's "XKX") or none
///   leaves the row without a dyad;
/// - one-a-day's actors: Actor Name and Recipient Name;
/// - the PLOVER type as given, and the quad class of Quad Code (unknown where it is not given);
/// - no CAMEO code and no Goldstein value: POLECAT has neither (its Intensity is a scale of its
///   own, not Goldstein's), so Goldstein measures are empty, `roots` filters every row out, and
///   one-a-day tells events of one day and actors apart by nothing else (its key has the CAMEO
///   code, empty for all POLECAT rows);
/// - no report counts (POLECAT has none): weighted measures are 0.
/// The observation views the row's text: use it before the reader moves on.
[[nodiscard]] observation observation_of(const polecat::record& row) noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

inline observation observation_of(const polecat::record& row) noexcept {
    const auto state = [](std::string_view list) {
        const std::string_view first = polecat::first_item(list);
        return codes::find_iso3166_alpha3(first) != nullptr ? first : std::string_view{};
    };
    return observation{.day = row.event_date,
                       .source_country = state(row.actor.country),
                       .target_country = state(row.recipient.country),
                       .source_actor = row.actor.name,
                       .target_actor = row.recipient.name,
                       .quad = row.quad,
                       .plover = row.event_type};
}

}  // namespace bilateral::panel
