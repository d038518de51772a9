// SPDX-License-Identifier: BSL-1.0
/// ICEWS rows into panels, straight from the record.
#pragma once
#include <optional>
#include <string_view>

#include <bilateral/io/icews/countries.hpp>
#include <bilateral/io/icews/record.hpp>
#include <bilateral/panel/accumulator.hpp>
#include <bilateral/panel/plover_of_code.hpp>

namespace bilateral::panel {

/// What the panel takes from an ICEWS row:
/// - the date: Event Date;
/// - the dyad: Source Country → Target Country, English names mapped to ISO alpha-3 by
///   `icews::country_alpha3` (a name outside ICEWS's list, or one naming no country, has none);
/// - one-a-day's actors: Source Name and Target Name;
/// - the CAMEO code (its leading zero restored where a tool dropped it); the quad class of its root
///   by the CAMEO codebook (ICEWS has no quad column); Intensity as the Goldstein value, which is
///   the ICEWS table's;
/// - the PLOVER type of the code by the 2021 CAMEO-to-PLOVER mapping;
/// - no report counts (ICEWS has none): weighted measures are 0.
/// The observation views the row's text: use it before the reader moves on.
[[nodiscard]] observation observation_of(const icews::record& row) noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

inline observation observation_of(const icews::record& row) noexcept {
    const auto state = [](std::string_view name) { return icews::country_alpha3(name).value_or(std::string_view{}); };
    observation o{.day = row.event_date,
                  .source_country = state(row.source.country),
                  .target_country = state(row.target.country),
                  .source_actor = row.source.name,
                  .target_actor = row.target.name,
                  .code = row.code,
                  .quad = quad_class_of(row.code),
                  .plover = plover_of_code(row.code.str())};
    o.goldstein = row.intensity;
    return o;
}

}  // namespace bilateral::panel
