// SPDX-License-Identifier: BSL-1.0
/// GDELT rows into panels, straight from the record (no model objects in between).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include <bilateral/codes/plover.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/io/gdelt/record.hpp>
#include <bilateral/panel/accumulator.hpp>

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

namespace bilateral::detail::panel {

/// The PLOVER type of every CAMEO code of 2 to 4 digits, by its digits and length: one load per
/// row instead of a search of the mapping.
class plover_by_code {
public:
    plover_by_code() {
        for (const codes::cameo_plover_entry& e : codes::cameo_to_plover)
            if (const std::optional<std::size_t> i = slot(e.cameo))
                types_[*i] = enum_from_string<plover_event>(e.event).value_or(plover_event::none);
    }
    [[nodiscard]] plover_event operator()(std::string_view code) const noexcept {
        const std::optional<std::size_t> i = slot(code);
        return i ? types_[*i] : plover_event::none;
    }

private:
    // Codes of 2, 3 and 4 digits take slots 0–99, 100–1099 and 1100–11099.
    [[nodiscard]] static std::optional<std::size_t> slot(std::string_view code) noexcept {
        if (code.size() < 2 || code.size() > 4) return std::nullopt;
        std::size_t n = 0;
        for (const char c : code) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + static_cast<std::size_t>(c - '0');
        }
        return n + (code.size() == 2 ? 0 : code.size() == 3 ? 100 : 1100);
    }
    std::array<plover_event, 11100> types_{};
};

[[nodiscard]] inline const plover_by_code& plover_table() {
    static const plover_by_code table;
    return table;
}

}  // namespace bilateral::detail::panel

namespace bilateral::panel {

inline observation observation_of(const gdelt::record& row) noexcept {
    observation o{.day = row.dates.day,
                  .source_country = row.actor1.iso_alpha3(),
                  .target_country = row.actor2.iso_alpha3(),
                  .source_actor = row.actor1.code,
                  .target_actor = row.actor2.code,
                  .code = row.event.code,
                  .quad = row.event.quad_class,
                  .plover = detail::panel::plover_table()(row.event.code.str()),
                  .is_root = row.event.is_root,
                  .reports = {row.event.articles, row.event.mentions, row.event.sources}};
    if (row.event.goldstein) o.goldstein = row.event.goldstein->tenths;
    return o;
}

}  // namespace bilateral::panel
