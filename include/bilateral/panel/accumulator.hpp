// SPDX-License-Identifier: BSL-1.0
/// Accumulating events into a dyad–period panel: the options (periods, dyads, filters, weight,
/// Goldstein table), what an event must tell, and the accumulator that merges.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include <bilateral/core/coding.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/dyad.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/state_system.hpp>
#include <bilateral/panel/measures.hpp>
#include <bilateral/panel/period.hpp>

namespace bilateral::panel {

/// Panels count by the library's dyads (core/dyad.hpp).
using bilateral::dyad;
using bilateral::dyad_of;
using bilateral::is_alpha3_form;
using bilateral::parse_dyad;

/// What weights the weighted measures: one of the counts of reports GDELT gives each event.
enum class weight_by : std::uint8_t { none, articles, mentions, sources };

}  // namespace bilateral::panel

namespace bilateral {
template <>
inline constexpr auto enum_names<panel::weight_by> = std::array{
    enum_name<panel::weight_by>{panel::weight_by::none, "none"},
    enum_name<panel::weight_by>{panel::weight_by::articles, "articles"},
    enum_name<panel::weight_by>{panel::weight_by::mentions, "mentions"},
    enum_name<panel::weight_by>{panel::weight_by::sources, "sources"},
};
}  // namespace bilateral

namespace bilateral::panel {

/// What to count and how.
struct options {
    period_kind by = period_kind::month;
    bool directed = false;                 ///< source–target dyads (CHN-USA is not USA-CHN)
    /// Key dyads by the letter codes of a state system (COW "GMY", GW "GFR") of the states on the
    /// event's date, instead of ISO alpha-3: a country that was no member then has no dyad.
    std::optional<state_system> keyed_by{};
    std::vector<dyad> dyads{};             ///< only these dyads (either order unless directed); empty: all
    std::vector<std::string> countries{};  ///< only dyads of two different countries of this set (ISO alpha-3)
    std::optional<date> since{};           ///< only events on or after this date's first day
    std::optional<date> until{};           ///< only events on or before this date's last day
    std::vector<cameo_code> roots{};       ///< only events of these CAMEO roots ("14"); empty: all
    bool root_events_only = false;         ///< only events GDELT marks IsRootEvent = 1
    bool one_a_day = false;                ///< one event per day, source actor, target actor and event code (PLOVER type without one)
    weight_by weight = weight_by::none;
    /// The Goldstein table to score events with; nullopt: the value the source gives (GDELT rows
    /// have their own column; PLOVER data has none).
    std::optional<goldstein_table> goldstein{};
};

/// What the panel needs to know of an event, whatever its source. Text fields are views that
/// need only live during `accumulator::add`.
struct observation {
    date day{};                           ///< when it happened, at the precision known
    std::string_view source_country{};    ///< ISO alpha-3 of the acting state, "" if not known
    std::string_view target_country{};    ///< ISO alpha-3 of the state acted upon, "" if not known
    std::string_view source_actor{};      ///< the acting actor as the source codes it (one-a-day key)
    std::string_view target_actor{};      ///< the actor acted upon (one-a-day key)
    cameo_code code{};                    ///< the CAMEO event code, if coded with CAMEO
    quad_class quad{};                    ///< the quad class as the source gives it
    std::optional<std::int16_t> goldstein{};  ///< Goldstein tenths as the source gives them
    plover_event plover = plover_event::none;
    std::optional<bool> is_root{};        ///< GDELT's IsRootEvent, where the source has it
    std::array<std::optional<std::uint32_t>, 3> reports{};  ///< NumArticles, NumMentions, NumSources
};

/// What happened to the events given to a panel. Every event is in exactly one of the counts
/// after `events`, tried in this order.
struct summary {
    std::uint64_t events = 0;          ///< events given
    std::uint64_t without_dyad = 0;    ///< an actor without a known state (a region, an IGO, none; with `keyed_by`, no member of the system on that date)
    std::uint64_t imprecise_date = 0;  ///< no date, or one less precise than the periods need
    std::uint64_t filtered = 0;        ///< outside the dyads, countries, dates, roots or root events asked for
    std::uint64_t duplicates = 0;      ///< dropped by the one-a-day filter
    std::uint64_t counted = 0;         ///< in a cell
    std::uint64_t without_weight = 0;  ///< within the filters, but without the report count that weights (weight 0)

    void merge(const summary& o) noexcept;
    friend constexpr bool operator==(const summary&, const summary&) noexcept = default;
};

/// One row of a panel.
struct row {
    panel::dyad dyad{};
    calendar_period period{};
    panel::cell cell{};
    friend constexpr bool operator==(const row&, const row&) noexcept = default;
};

/// Accumulates events into (dyad, period) cells. Accumulators of parts of the data merge into the
/// accumulator of the whole: every sum is an exact integer and the one-a-day filter keeps the
/// same event whatever the order, so that `rows()` does not depend on how the data was split
/// (which is what makes `--jobs N` give the same bytes for every N).
class accumulator {
public:
    explicit accumulator(panel::options o = {});

    /// Counts one event (or counts why not, in `summary()`). Returns the dyad of the cell it
    /// went to, so that a caller can keep more per dyad than a cell holds (a report's top event
    /// codes); nullopt when it was not counted. Under one-a-day the event is a candidate that
    /// `rows()` may still drop as a duplicate.
    std::optional<dyad> add(const observation& e);
    /// Adds everything `other` counted. Both must have the same options.
    void merge(const accumulator& other);

    [[nodiscard]] const panel::options& options() const noexcept { return options_; }
    /// The counts of events by what happened to them. Under one-a-day, `duplicates` and
    /// `counted` are settled by `rows()`.
    [[nodiscard]] panel::summary summary() const;

    /// The rows, by dyad then period. With `fill`, a balanced panel: every selected dyad (the
    /// `dyads` option, else every pair of `countries`, else every dyad seen) × every period from
    /// `since` (else the first seen) to `until` (else the last seen), empty cells included.
    [[nodiscard]] std::vector<row> rows(bool fill = false) const;

private:
    struct key_hash {
        std::size_t operator()(std::uint64_t k) const noexcept { return static_cast<std::size_t>(k * 0x9E3779B97F4A7C15ull >> 17); }
    };
    using cell_map = std::unordered_map<std::uint64_t, cell, key_hash>;
    // One-a-day: the distinct (day, source actor, target actor, code) keys, each with the facts
    // of the event kept for it: the greatest by `kept_order`, so that the choice is the same in
    // every order.
    struct one_a_day_event {
        std::uint64_t cell_key = 0;
        event_facts facts{};
    };
    using day_key = std::tuple<std::int32_t, std::string, std::string, std::string>;

    [[nodiscard]] static std::uint64_t cell_key(const dyad& d, calendar_period p) noexcept;
    [[nodiscard]] std::string_view member_letters(std::string_view iso_alpha3, date day) const;
    [[nodiscard]] bool passes_filters(const dyad& d, const observation& e, date first, date last) const;
    [[nodiscard]] event_facts facts_of(const observation& e) const noexcept;
    [[nodiscard]] static bool kept_before(const one_a_day_event& a, const one_a_day_event& b) noexcept;
    void keep_one_a_day(const day_key& key, const one_a_day_event& e);
    [[nodiscard]] cell_map settled_cells() const;

    panel::options options_;
    std::vector<dyad> dyads_;  // the dyads option, undirected unless directed, sorted
    std::vector<std::string> countries_;  // sorted
    std::array<bool, 21> roots_{};
    // With `keyed_by`: the spells of each ISO code in the system (a country has one to three).
    std::unordered_map<std::uint32_t, std::vector<const codes::state_spell*>> spells_by_iso_;
    cell_map cells_;
    std::map<day_key, one_a_day_event> one_a_day_;
    panel::summary summary_;
};

// ---------------------------------------------------------------------------------------------
// Implementation

inline void summary::merge(const summary& o) noexcept {
    events += o.events;
    without_dyad += o.without_dyad;
    imprecise_date += o.imprecise_date;
    filtered += o.filtered;
    duplicates += o.duplicates;
    counted += o.counted;
    without_weight += o.without_weight;
}

inline accumulator::accumulator(panel::options o) : options_{std::move(o)} {
    for (const dyad& d : options_.dyads) dyads_.push_back(options_.directed ? d : d.undirected());
    std::sort(dyads_.begin(), dyads_.end());
    dyads_.erase(std::unique(dyads_.begin(), dyads_.end()), dyads_.end());
    countries_ = options_.countries;
    std::sort(countries_.begin(), countries_.end());
    countries_.erase(std::unique(countries_.begin(), countries_.end()), countries_.end());
    for (const cameo_code& r : options_.roots)
        if (r.ok() && r.str().size() == 2) roots_[static_cast<std::size_t>((r.str()[0] - '0') * 10 + (r.str()[1] - '0'))] = true;
    if (options_.keyed_by)
        for (const codes::state_spell& s : spells_of(*options_.keyed_by))
            if (is_alpha3_form(s.iso_alpha3)) spells_by_iso_[packed(*dyad_of(s.iso_alpha3, "AAA"))].push_back(&s);
}

inline std::string_view accumulator::member_letters(std::string_view iso_alpha3, date day) const {
    if (!is_alpha3_form(iso_alpha3)) return {};
    const auto it = spells_by_iso_.find(packed(*dyad_of(iso_alpha3, "AAA")));
    if (it == spells_by_iso_.end()) return {};
    for (const codes::state_spell* s : it->second)
        if (detail::spell_holds(*s, day)) return s->letters;
    return {};
}

inline std::uint64_t accumulator::cell_key(const dyad& d, calendar_period p) noexcept {
    return (static_cast<std::uint64_t>(packed(d)) << 32) | static_cast<std::uint32_t>(p.index);
}

inline bool accumulator::passes_filters(const dyad& d, const observation& e, date first, date last) const {
    if (!dyads_.empty() && !std::binary_search(dyads_.begin(), dyads_.end(), d)) return false;
    if (!countries_.empty()) {
        const auto in = [&](const std::array<char, 3>& c) {
            return std::binary_search(countries_.begin(), countries_.end(), std::string_view{c.data(), 3});
        };
        if (d.first == d.second || !in(d.first) || !in(d.second)) return false;
    }
    if (options_.since && compare(first, options_.since->first_day()) == std::partial_ordering::less) return false;
    if (options_.until && compare(last, options_.until->last_day()) == std::partial_ordering::greater) return false;
    if (!options_.roots.empty()) {
        const cameo_code r = e.code.root();
        if (!r.ok() || !roots_[static_cast<std::size_t>((r.str()[0] - '0') * 10 + (r.str()[1] - '0'))]) return false;
    }
    if (options_.root_events_only && e.is_root != true) return false;
    return true;
}

inline event_facts accumulator::facts_of(const observation& e) const noexcept {
    event_facts f{.quad_class = e.quad, .statement = e.code.ok() && e.code.str().substr(0, 2) == "01",
                  .goldstein = e.goldstein, .plover = e.plover};
    if (options_.goldstein) {
        const std::optional<cameo_coding> c = coding_of(e.code, *options_.goldstein);
        f.goldstein = c && c->goldstein ? std::optional<std::int16_t>{c->goldstein->tenths} : std::nullopt;
    }
    if (options_.weight != weight_by::none) {
        const std::optional<std::uint32_t>& n = e.reports[static_cast<std::size_t>(options_.weight) - 1];
        f.weight = n.value_or(0);
    }
    return f;
}

inline bool accumulator::kept_before(const one_a_day_event& a, const one_a_day_event& b) noexcept {
    const auto order = [](const one_a_day_event& e) {
        return std::tuple{e.facts.weight, e.facts.goldstein.value_or(std::int16_t{-32768}), e.facts.goldstein.has_value(),
                          static_cast<int>(e.facts.quad_class), static_cast<int>(e.facts.plover), e.cell_key};
    };
    return order(a) < order(b);
}

inline void accumulator::keep_one_a_day(const day_key& key, const one_a_day_event& e) {
    const auto [it, inserted] = one_a_day_.try_emplace(key, e);
    if (!inserted && kept_before(it->second, e)) it->second = e;
}

inline std::optional<dyad> accumulator::add(const observation& e) {
    ++summary_.events;
    std::optional<dyad> d = options_.keyed_by ? dyad_of(member_letters(e.source_country, e.day), member_letters(e.target_country, e.day))
                                              : dyad_of(e.source_country, e.target_country);
    if (!d) {
        ++summary_.without_dyad;
        return std::nullopt;
    }
    if (!options_.directed) d = d->undirected();
    const std::optional<calendar_period> p = period_of(e.day, options_.by);
    if (!p) {
        ++summary_.imprecise_date;
        return std::nullopt;
    }
    if (!passes_filters(*d, e, e.day.first_day(), e.day.last_day())) {
        ++summary_.filtered;
        return std::nullopt;
    }
    const event_facts facts = facts_of(e);
    if (options_.weight != weight_by::none && !e.reports[static_cast<std::size_t>(options_.weight) - 1])
        ++summary_.without_weight;
    if (options_.one_a_day) {
        // The event by its CAMEO code; a source coded in PLOVER only (POLECAT) by its PLOVER type,
        // which for CAMEO-coded sources follows from the code and so changes nothing there.
        std::string what = e.code.empty() ? "plover:" + std::string{to_string(e.plover)} : std::string{e.code.str()};
        keep_one_a_day({day_number(e.day), std::string{e.source_actor}, std::string{e.target_actor}, std::move(what)},
                       {cell_key(*d, *p), facts});
        return d;
    }
    ++summary_.counted;
    cells_[cell_key(*d, *p)].add(facts);
    return d;
}

inline void accumulator::merge(const accumulator& other) {
    summary_.merge(other.summary_);
    for (const auto& [key, c] : other.cells_) cells_[key].merge(c);
    for (const auto& [key, e] : other.one_a_day_) keep_one_a_day(key, e);
}

inline summary accumulator::summary() const {
    panel::summary s = summary_;
    if (options_.one_a_day) {
        const std::uint64_t candidates = s.events - s.without_dyad - s.imprecise_date - s.filtered;
        s.counted = one_a_day_.size();
        s.duplicates = candidates - s.counted;
    }
    return s;
}

inline accumulator::cell_map accumulator::settled_cells() const {
    if (!options_.one_a_day) return cells_;
    cell_map cells;
    for (const auto& [key, e] : one_a_day_) cells[e.cell_key].add(e.facts);
    return cells;
}

inline std::vector<row> accumulator::rows(bool fill) const {
    const cell_map cells = settled_cells();
    std::vector<row> out;
    out.reserve(cells.size());
    for (const auto& [key, c] : cells)
        out.push_back({unpacked(static_cast<std::uint32_t>(key >> 32)),
                       {options_.by, static_cast<std::int32_t>(static_cast<std::uint32_t>(key))}, c});
    const auto by_dyad_then_period = [](const row& a, const row& b) {
        return std::tie(a.dyad, a.period) < std::tie(b.dyad, b.period);
    };
    std::sort(out.begin(), out.end(), by_dyad_then_period);
    if (!fill) return out;

    std::vector<dyad> selected = dyads_;
    if (selected.empty() && !countries_.empty()) {
        for (const std::string& a : countries_)
            for (const std::string& b : countries_)
                if (a != b && (options_.directed || a < b))
                    if (const std::optional<dyad> d = dyad_of(a, b)) selected.push_back(*d);
    }
    if (selected.empty() && countries_.empty())
        for (const row& r : out)
            if (selected.empty() || selected.back() != r.dyad) selected.push_back(r.dyad);
    std::sort(selected.begin(), selected.end());

    std::optional<calendar_period> first, last;
    if (options_.since) first = period_of(options_.since->first_day(), options_.by);
    if (options_.until) last = period_of(options_.until->last_day(), options_.by);
    for (const row& r : out) {
        if (!options_.since && (!first || r.period < *first)) first = r.period;
        if (!options_.until && (!last || *last < r.period)) last = r.period;
    }
    if (!first || !last || *last < *first) return out;

    std::vector<row> balanced;
    auto it = out.begin();
    for (const dyad& d : selected) {
        for (calendar_period p = *first; !(*last < p); p = p.next()) {
            while (it != out.end() && std::tie(it->dyad, it->period) < std::tie(d, p)) ++it;
            if (it != out.end() && it->dyad == d && it->period == p) balanced.push_back(*it);
            else balanced.push_back({d, p, {}});
        }
    }
    return balanced;
}

}  // namespace bilateral::panel
