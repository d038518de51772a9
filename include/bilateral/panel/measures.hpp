// SPDX-License-Identifier: BSL-1.0
/// The measures of a panel cell, each defined once: what is counted per event, and the columns
/// written from it with their formulas.
#pragma once
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string_view>

#include <bilateral/core/event_codes.hpp>

namespace bilateral::panel {

/// What one counted event contributes to its cell, once the panel's rules have been applied
/// (which Goldstein table, which weight).
struct event_facts {
    bilateral::quad_class quad_class = bilateral::quad_class::unknown;
    bool statement = false;                  ///< CAMEO root 01, "make public statement"
    std::optional<std::int16_t> goldstein{}; ///< tenths; none when the source and table have none
    plover_event plover = plover_event::none;
    std::uint64_t weight = 0;                ///< the event's reports (NumArticles, …); 0 when unweighted
};

/// The running sums of one dyad and period. Every field is an exact integer, so that cells merge
/// by addition in any order with the same result (the base of parallel runs).
struct cell {
    std::uint64_t events = 0;
    std::array<std::uint64_t, 5> quad{};      ///< events by `quad_class` (index 0: unknown)
    std::uint64_t statements = 0;             ///< events of CAMEO root 01
    std::uint64_t goldstein_events = 0;       ///< events with a Goldstein value
    std::int64_t goldstein_tenths = 0;        ///< their sum, in tenths
    std::int16_t goldstein_min = std::numeric_limits<std::int16_t>::max();
    std::int16_t goldstein_max = std::numeric_limits<std::int16_t>::min();
    std::array<std::uint64_t, 17> plover{};   ///< events by `plover_event` (index 0: none)
    std::uint64_t weight = 0;                 ///< Σ weight
    std::array<std::uint64_t, 5> weighted_quad{};
    std::uint64_t weighted_goldstein_weight = 0;  ///< Σ weight of events with a Goldstein value
    std::int64_t weighted_goldstein_tenths = 0;   ///< Σ weight × Goldstein, in tenths

    void add(const event_facts& e) noexcept;
    void merge(const cell& other) noexcept;
    friend constexpr bool operator==(const cell&, const cell&) noexcept = default;
};

/// A measure's value in one cell: a count, a Goldstein quantity in tenths (written with one
/// decimal), a ratio (a mean), or nothing (a mean of no events: empty, not 0).
struct measure_value {
    enum class type : std::uint8_t { count, tenths, ratio, missing };
    type kind = type::missing;
    std::int64_t number = 0;  ///< count or tenths
    double ratio = 0;

    [[nodiscard]] static constexpr measure_value count(std::int64_t n) noexcept { return {type::count, n, 0}; }
    [[nodiscard]] static constexpr measure_value tenths(std::int64_t t) noexcept { return {type::tenths, t, 0}; }
    [[nodiscard]] static constexpr measure_value mean(std::int64_t tenths_sum, std::uint64_t n) noexcept {
        // One division of exact integers (each below 2^53): the correctly rounded mean.
        if (n == 0) return {};
        return {type::ratio, 0, static_cast<double>(tenths_sum) / (10.0 * static_cast<double>(n))};
    }
    friend constexpr bool operator==(const measure_value&, const measure_value&) noexcept = default;
};

/// One column of a panel: its name, its formula in words, and how it is read off a cell.
/// Weighted columns exist only when the panel has a weight; their names then start with the
/// weight's name ("articles_goldstein_sum"), and `name` is the part after it.
struct measure {
    std::string_view name;
    std::string_view formula;
    measure_value (*of)(const cell&) noexcept;
    bool weighted = false;
};

/// Every measure, in the order of the columns (after `dyad` and `period`).
[[nodiscard]] std::span<const measure> measures() noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

inline void cell::add(const event_facts& e) noexcept {
    const auto q = static_cast<std::size_t>(e.quad_class);
    ++events;
    ++quad[q < quad.size() ? q : 0];
    if (e.statement) ++statements;
    if (e.goldstein) {
        ++goldstein_events;
        goldstein_tenths += *e.goldstein;
        if (*e.goldstein < goldstein_min) goldstein_min = *e.goldstein;
        if (*e.goldstein > goldstein_max) goldstein_max = *e.goldstein;
    }
    const auto p = static_cast<std::size_t>(e.plover);
    ++plover[p < plover.size() ? p : 0];
    weight += e.weight;
    weighted_quad[q < quad.size() ? q : 0] += e.weight;
    if (e.goldstein) {
        weighted_goldstein_weight += e.weight;
        weighted_goldstein_tenths += static_cast<std::int64_t>(e.weight) * *e.goldstein;
    }
}

inline void cell::merge(const cell& o) noexcept {
    events += o.events;
    for (std::size_t i = 0; i < quad.size(); ++i) quad[i] += o.quad[i];
    statements += o.statements;
    goldstein_events += o.goldstein_events;
    goldstein_tenths += o.goldstein_tenths;
    if (o.goldstein_min < goldstein_min) goldstein_min = o.goldstein_min;
    if (o.goldstein_max > goldstein_max) goldstein_max = o.goldstein_max;
    for (std::size_t i = 0; i < plover.size(); ++i) plover[i] += o.plover[i];
    weight += o.weight;
    for (std::size_t i = 0; i < weighted_quad.size(); ++i) weighted_quad[i] += o.weighted_quad[i];
    weighted_goldstein_weight += o.weighted_goldstein_weight;
    weighted_goldstein_tenths += o.weighted_goldstein_tenths;
}

}  // namespace bilateral::panel

namespace bilateral::detail::panel {

using bilateral::panel::cell;
using bilateral::panel::measure;
using bilateral::panel::measure_value;

constexpr std::size_t vc = 1, mc = 2, vk = 3, mk = 4;

[[nodiscard]] constexpr measure_value count(std::uint64_t n) noexcept {
    return measure_value::count(static_cast<std::int64_t>(n));
}

template <std::size_t Quad>
measure_value quad_count(const cell& c) noexcept { return count(c.quad[Quad]); }
template <std::size_t Quad>
measure_value weighted_quad_count(const cell& c) noexcept { return count(c.weighted_quad[Quad]); }
template <std::size_t Type>
measure_value plover_count(const cell& c) noexcept { return count(c.plover[Type]); }

inline measure_value goldstein_extreme(const cell& c, std::int16_t value) noexcept {
    return c.goldstein_events == 0 ? measure_value{} : measure_value::tenths(value);
}

inline constexpr std::array<measure, 38> all_measures{{
    {"events", "events of the dyad in the period", [](const cell& c) noexcept { return count(c.events); }},
    {"verbal_cooperation", "events of quad class 1", quad_count<vc>},
    {"material_cooperation", "events of quad class 2", quad_count<mc>},
    {"verbal_conflict", "events of quad class 3", quad_count<vk>},
    {"material_conflict", "events of quad class 4", quad_count<mk>},
    {"goldstein_sum", "sum of the Goldstein values (empty when no event has one)",
     [](const cell& c) noexcept {
         return c.goldstein_events == 0 ? measure_value{} : measure_value::tenths(c.goldstein_tenths);
     }},
    {"goldstein_mean", "goldstein_sum / goldstein_events (empty when goldstein_events is 0)",
     [](const cell& c) noexcept { return measure_value::mean(c.goldstein_tenths, c.goldstein_events); }},
    {"goldstein_min", "the lowest Goldstein value (empty when none)",
     [](const cell& c) noexcept { return goldstein_extreme(c, c.goldstein_min); }},
    {"goldstein_max", "the highest Goldstein value (empty when none)",
     [](const cell& c) noexcept { return goldstein_extreme(c, c.goldstein_max); }},
    {"goldstein_events", "events with a Goldstein value", [](const cell& c) noexcept { return count(c.goldstein_events); }},
    {"net_cooperation", "(verbal_cooperation + material_cooperation) - (verbal_conflict + material_conflict)",
     [](const cell& c) noexcept {
         return measure_value::count(static_cast<std::int64_t>(c.quad[vc] + c.quad[mc]) -
                                     static_cast<std::int64_t>(c.quad[vk] + c.quad[mk]));
     }},
    {"quad_unknown", "events without a quad class", quad_count<0>},
    {"penta_neutral", "events of CAMEO root 01 (make public statement): class 0 of the penta classes",
     [](const cell& c) noexcept { return count(c.statements); }},
    {"penta_verbal_cooperation", "verbal_cooperation - penta_neutral: verbal cooperation beyond public statements",
     [](const cell& c) noexcept { return count(c.quad[vc] - (c.statements < c.quad[vc] ? c.statements : c.quad[vc])); }},
    {"plover_agree", "events of PLOVER type AGREE", plover_count<1>},
    {"plover_consult", "events of PLOVER type CONSULT", plover_count<2>},
    {"plover_support", "events of PLOVER type SUPPORT", plover_count<3>},
    {"plover_concede", "events of PLOVER type CONCEDE", plover_count<4>},
    {"plover_cooperate", "events of PLOVER type COOPERATE", plover_count<5>},
    {"plover_aid", "events of PLOVER type AID", plover_count<6>},
    {"plover_retreat", "events of PLOVER type RETREAT", plover_count<7>},
    {"plover_request", "events of PLOVER type REQUEST", plover_count<8>},
    {"plover_accuse", "events of PLOVER type ACCUSE", plover_count<9>},
    {"plover_reject", "events of PLOVER type REJECT", plover_count<10>},
    {"plover_threaten", "events of PLOVER type THREATEN", plover_count<11>},
    {"plover_protest", "events of PLOVER type PROTEST", plover_count<12>},
    {"plover_sanction", "events of PLOVER type SANCTION", plover_count<13>},
    {"plover_mobilize", "events of PLOVER type MOBILIZE", plover_count<14>},
    {"plover_coerce", "events of PLOVER type COERCE", plover_count<15>},
    {"plover_assault", "events of PLOVER type ASSAULT", plover_count<16>},
    {"", "sum of the weight (the events' reports)", [](const cell& c) noexcept { return count(c.weight); }, true},
    {"verbal_cooperation", "sum of the weight of quad class 1 events", weighted_quad_count<vc>, true},
    {"material_cooperation", "sum of the weight of quad class 2 events", weighted_quad_count<mc>, true},
    {"verbal_conflict", "sum of the weight of quad class 3 events", weighted_quad_count<vk>, true},
    {"material_conflict", "sum of the weight of quad class 4 events", weighted_quad_count<mk>, true},
    {"goldstein_sum", "sum of weight x Goldstein value (empty when no event has one)",
     [](const cell& c) noexcept {
         return c.goldstein_events == 0 ? measure_value{} : measure_value::tenths(c.weighted_goldstein_tenths);
     },
     true},
    {"goldstein_mean", "goldstein_sum / the weight of the events with a Goldstein value (empty when that is 0)",
     [](const cell& c) noexcept {
         return measure_value::mean(c.weighted_goldstein_tenths, c.weighted_goldstein_weight);
     },
     true},
    {"net_cooperation", "the weighted (verbal_cooperation + material_cooperation) - (verbal_conflict + material_conflict)",
     [](const cell& c) noexcept {
         return measure_value::count(static_cast<std::int64_t>(c.weighted_quad[vc] + c.weighted_quad[mc]) -
                                     static_cast<std::int64_t>(c.weighted_quad[vk] + c.weighted_quad[mk]));
     },
     true},
}};

}  // namespace bilateral::detail::panel

namespace bilateral::panel {

inline std::span<const measure> measures() noexcept { return detail::panel::all_measures; }

}  // namespace bilateral::panel
