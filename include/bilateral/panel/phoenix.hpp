// SPDX-License-Identifier: BSL-1.0
/// Phoenix rows into panels, straight from the record.
#pragma once
#include <string_view>

#include <bilateral/io/phoenix/countries.hpp>
#include <bilateral/io/phoenix/record.hpp>
#include <bilateral/panel/accumulator.hpp>
#include <bilateral/panel/plover_of_code.hpp>

namespace bilateral::panel {

/// What the panel takes from a Phoenix row:
/// - the date: Date;
/// - the dyad: SourceActorEntity → TargetActorEntity, CAMEO country codes mapped to ISO alpha-3
///   by `phoenix::country_alpha3` ("ROM" → "ROU"); a root actor (IGO, NGO, IMG, MNC), a region,
///   a former state or an entity not given has none;
/// - one-a-day's actors: SourceActorFull and TargetActorFull (the full CAMEO actor codes);
/// - EventCode (its leading zero restored where a tool dropped it); QuadClass as given, Phoenix's
///   0 ("neutral", roots 01 and 02) counting where the panel counts events of none of the four
///   classes, and root 16 in 3 as Phoenix puts it; a row without QuadClass has none either;
///   GoldsteinScore as given, which is the Phoenix table's;
/// - the PLOVER type of the code by the 2021 CAMEO-to-PLOVER mapping;
/// - no report counts (Phoenix has none): weighted measures are 0.
/// The observation views the row's text: use it before the reader moves on.
[[nodiscard]] observation observation_of(const phoenix::record& row) noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

inline observation observation_of(const phoenix::record& row) noexcept {
    observation o{.day = row.date,
                  .source_country = phoenix::country_alpha3(row.source.entity),
                  .target_country = phoenix::country_alpha3(row.target.entity),
                  .source_actor = row.source.code,
                  .target_actor = row.target.code,
                  .code = row.code,
                  // 1–4 are the model's classes; Phoenix's 0 (neutral) is the model's 0, none of them.
                  .quad = row.quad_class ? static_cast<quad_class>(*row.quad_class) : quad_class::unknown,
                  .plover = plover_of_code(row.code.str())};
    o.goldstein = row.goldstein;
    return o;
}

}  // namespace bilateral::panel
