// SPDX-License-Identifier: BSL-1.0
/// GDELT rows into panels, straight from the record (no model objects in between).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include <bilateral/io/gdelt/record.hpp>
#include <bilateral/panel/accumulator.hpp>
#include <bilateral/panel/plover_of_code.hpp>

namespace bilateral::panel {

/// What the panel takes from a GDELT row:
/// - the date: SQLDATE;
/// - the dyad: Actor1CountryCode → Actor2CountryCode, CAMEO country codes mapped to ISO alpha-3
///   ("ROM" → "ROU"); a region, an IGO or an empty actor has none;
/// - one-a-day's actors: Actor1Code and Actor2Code (the full CAMEO actor codes);
/// - EventCode, QuadClass and GoldsteinScale as the row gives them, IsRootEvent;
/// - the PLOVER type of EventCode by the 2021 CAMEO-to-PLOVER mapping (none for roots 01 and 02,
///   which PLOVER drops);
/// - NumArticles, NumMentions and NumSources as weights.
/// The observation views the row's text: use it before the reader moves on.
[[nodiscard]] observation observation_of(const gdelt::record& row) noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::panel

namespace bilateral::panel {

inline observation observation_of(const gdelt::record& row) noexcept {
    observation o{.day = row.dates.day,
                  .source_country = row.actor1.iso_alpha3(),
                  .target_country = row.actor2.iso_alpha3(),
                  .source_actor = row.actor1.code,
                  .target_actor = row.actor2.code,
                  .code = row.event.code,
                  .quad = row.event.quad_class,
                  .plover = plover_of_code(row.event.code.str()),
                  .is_root = row.event.is_root,
                  .reports = {row.event.articles, row.event.mentions, row.event.sources}};
    if (row.event.goldstein) o.goldstein = row.event.goldstein->tenths;
    return o;
}

}  // namespace bilateral::panel
