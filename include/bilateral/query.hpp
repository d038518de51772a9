// SPDX-License-Identifier: BSL-1.0
/// Queries over a dataset, all usable in constant expressions: find records, filter, sum money.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include <bilateral/core/dataset_view.hpp>
#include <bilateral/core/money.hpp>

namespace bilateral {

/// A lazy, read-only range of the elements of a list that satisfy a predicate. It refers to the
/// list's storage and owns nothing, so it is cheap to return and works in constant expressions.
/// An iterator carries its own copy of the predicate: it stays valid after the range is gone, as
/// long as the list's storage lives.
template <class T, class Predicate>
class filtered {
public:
    class iterator {
    public:
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        constexpr iterator() = default;
        constexpr iterator(const T* at, const T* end, const Predicate& keep) : at_{at}, end_{end}, keep_{keep} {
            skip();
        }
        constexpr iterator(const iterator&) = default;
        // By hand: a lambda that captures has no copy assignment, so neither has std::optional of it.
        constexpr iterator& operator=(const iterator& other) {
            if (this == &other) return *this;
            at_ = other.at_;
            end_ = other.end_;
            keep_.reset();
            if (other.keep_) keep_.emplace(*other.keep_);
            return *this;
        }
        constexpr const T& operator*() const { return *at_; }
        constexpr const T* operator->() const { return at_; }
        constexpr iterator& operator++() {
            ++at_;
            skip();
            return *this;
        }
        constexpr iterator operator++(int) {
            iterator old = *this;
            ++*this;
            return old;
        }
        friend constexpr bool operator==(const iterator& a, const iterator& b) { return a.at_ == b.at_; }

    private:
        constexpr void skip() {
            while (at_ != end_ && !(*keep_)(*at_)) ++at_;
        }
        const T* at_ = nullptr;
        const T* end_ = nullptr;
        std::optional<Predicate> keep_;  // optional only so that an iterator can be default-constructed
    };

    constexpr filtered(list_view<T> items, Predicate keep) : items_{items}, keep_{keep} {}

    [[nodiscard]] constexpr iterator begin() const { return {items_.begin(), items_.end(), keep_}; }
    [[nodiscard]] constexpr iterator end() const { return {items_.end(), items_.end(), keep_}; }
    [[nodiscard]] constexpr bool empty() const { return begin() == end(); }
    [[nodiscard]] constexpr std::size_t size() const {
        std::size_t n = 0;
        for (auto it = begin(); it != end(); ++it) ++n;
        return n;
    }
    /// The first element; the range must not be empty.
    [[nodiscard]] constexpr const T& front() const { return *begin(); }

private:
    list_view<T> items_;
    Predicate keep_;
};

namespace detail {
template <class Records, class Id>
constexpr auto find_by_id(const Records& records, Id id) -> decltype(&records[0]) {
    for (const auto& r : records)
        if (r.id == id) return &r;
    return nullptr;
}
}  // namespace detail

/// The record with this id, or nullptr.
[[nodiscard]] constexpr const actor* find(const dataset_view& d, actor_id id) { return detail::find_by_id(d.actors, id); }
[[nodiscard]] constexpr const place* find(const dataset_view& d, place_id id) { return detail::find_by_id(d.places, id); }
[[nodiscard]] constexpr const event* find(const dataset_view& d, event_id id) { return detail::find_by_id(d.events, id); }
[[nodiscard]] constexpr const statement* find(const dataset_view& d, statement_id id) { return detail::find_by_id(d.statements, id); }
[[nodiscard]] constexpr const agreement* find(const dataset_view& d, agreement_id id) { return detail::find_by_id(d.agreements, id); }
[[nodiscard]] constexpr const indicator* find(const dataset_view& d, indicator_id id) { return detail::find_by_id(d.indicators, id); }
[[nodiscard]] constexpr const source* find(const dataset_view& d, source_id id) { return detail::find_by_id(d.sources, id); }

/// Calls `visit(record)` for the place (or actor) `id` and then each place it lies in (actor it is
/// part of), innermost first: "Akorda", "Astana", "Kazakhstan". Stops at an id that does not
/// resolve, and before a record it has already visited: a `part_of` cycle (which `validate`
/// reports) cannot make it loop. The check walks the chain again, so a chain of n records costs
/// O(n²) lookups; chains are short.
template <class Visit>
constexpr void walk_part_of(const dataset_view& d, place_id id, Visit&& visit);
template <class Visit>
constexpr void walk_part_of(const dataset_view& d, actor_id id, Visit&& visit);

/// The actor named exactly `name` ("Xi Jinping"), or nullptr.
[[nodiscard]] constexpr const actor* find_actor_by_name(const dataset_view& d, std::string_view name) {
    for (const auto& a : d.actors)
        if (a.name == name) return &a;
    return nullptr;
}

// The ranges below are templates only so that their `filtered` types (and the list views they copy)
// are compiled in the files that call them, not in every file that includes the library: that was
// a tenth of the umbrella's compile time.

/// The statements `speaker` made.
template <class = void>
[[nodiscard]] constexpr auto statements_by(const dataset_view& d, actor_id speaker) {
    return filtered{d.statements, [speaker](const statement& s) { return s.speaker == speaker; }};
}

/// The events on `day`: those whose date is `day`, a partial date that contains it ("2024-07"
/// for 2024-07-03) or, when `day` is itself partial, a date within it.
template <class = void>
[[nodiscard]] constexpr auto events_on(const dataset_view& d, date day) {
    return filtered{d.events, [day](const event& e) {
        return e.date == day || (compare(e.date.first_day(), day) != std::partial_ordering::greater &&
                                 compare(day, e.date.last_day()) != std::partial_ordering::greater && e.date.ok());
    }};
}

/// The events whose CAMEO code is `code` or lies below it ("04" finds "042" and "043").
template <class = void>
[[nodiscard]] constexpr auto events_with_code(const dataset_view& d, cameo_code code) {
    return filtered{d.events, [code](const event& e) { return e.cameo.str().starts_with(code.str()); }};
}

/// The indicators that measure `measure`.
template <class = void>
[[nodiscard]] constexpr auto indicators_of(const dataset_view& d, indicator_measure measure) {
    return filtered{d.indicators, [measure](const indicator& i) { return i.measure == measure; }};
}

/// The actors taking part in event `e`, as participants or as recipients, in the order the dataset
/// lists its actors (not participants first). The range keeps copies of `e`'s two lists (views
/// into the dataset's storage), not a reference to `e`, so `e` may be a temporary.
template <class = void>
[[nodiscard]] constexpr auto participants_of(const dataset_view& d, const event& e) {
    return filtered{d.actors, [participants = e.participants, recipients = e.recipients](const actor& a) {
        return participants.contains(a.id) || recipients.contains(a.id);
    }};
}

namespace detail {
template <class Id, class Visit>
constexpr void walk_part_of(const dataset_view& d, Id first, Visit& visit) {
    std::size_t visited = 0;
    for (auto* at = first.empty() ? nullptr : find(d, first); at != nullptr; ++visited) {
        visit(*at);
        if (at->part_of.empty()) return;
        auto* up = find(d, at->part_of);
        // Already on the chain: the first `visited + 1` records from `first`.
        auto* seen = find(d, first);
        for (std::size_t i = 0; i <= visited && up != nullptr; ++i, seen = find(d, seen->part_of))
            if (seen == up) return;
        at = up;
    }
}
}  // namespace detail

template <class Visit>
constexpr void walk_part_of(const dataset_view& d, place_id id, Visit&& visit) {
    detail::walk_part_of(d, id, visit);
}
template <class Visit>
constexpr void walk_part_of(const dataset_view& d, actor_id id, Visit&& visit) {
    detail::walk_part_of(d, id, visit);
}

/// A sum of reported amounts in one currency, and how many amounts it left out because they
/// were in another currency (so nothing is dropped silently).
template <currency C>
struct money_sum {
    money<C> total{};
    std::size_t counted = 0;
    std::size_t other_currency = 0;
};

/// Sums the amounts of `records` (indicators, or anything with `.amount`) that are in currency C;
/// throws `money_overflow` if the total does not fit in 64-bit minor units.
/// Qualifiers are not arithmetic: a sum of "more than $41 billion" and "$14.5 billion" is a sum of
/// the stated figures, and the caller decides what that means.
template <currency C, class Range>
[[nodiscard]] constexpr money_sum<C> sum_in(const Range& records) {
    money_sum<C> sum;
    for (const auto& r : records) {
        if (const auto m = r.amount.value.template in<C>()) {
            sum.total += *m;
            ++sum.counted;
        } else {
            ++sum.other_currency;
        }
    }
    return sum;
}

}  // namespace bilateral
