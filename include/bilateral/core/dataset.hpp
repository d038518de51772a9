// SPDX-License-Identifier: BSL-1.0
/// An owning dataset for run-time data: it keeps the text and lists its records refer to alive.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/core/dataset_view.hpp>
#include <bilateral/core/list_view.hpp>
#include <bilateral/core/value_traits.hpp>
#include <bilateral/detail/delayed.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// Run-time data in the same record types as constexpr data. Records hold views; `dataset`
/// stores what they view. `add()` copies a record and every view in it (text, lists and the
/// views inside list items, ids and codes, found by reflection) into storage that lives as long as
/// the dataset, so `add(actor{.name = some_std_string})` is safe whatever happens to the string
/// afterwards. `text()` and `list()` do the same for one string or one list, for those who build
/// views themselves; `view()` gives the dataset_view to validate, query, print or write.
///
/// Views that already point into this dataset's storage (made by `text()`, `list()` or an
/// earlier `add()`) are not copied again, so adding a record built with `text()`, or adding again
/// a record of `view()`, does not grow the storage. Any other view is copied, string literals and
/// constexpr data included: a view cannot tell static storage from a string about to die.
///
/// The storage of text and lists never moves, so views into it stay valid until the dataset is
/// destroyed; a dataset can be moved (the storage moves with it) but not copied.
///
/// Use it as `dataset`. It is a template only so that its member functions (and the eight
/// record vectors behind them, hence `delayed`) are compiled in the files that use it, not in
/// every file that includes the library.
template <class Unused = void>
class basic_dataset {
public:
    basic_dataset() = default;
    basic_dataset(basic_dataset&&) noexcept = default;
    basic_dataset& operator=(basic_dataset&&) noexcept = default;
    basic_dataset(const basic_dataset&) = delete;
    basic_dataset& operator=(const basic_dataset&) = delete;

    /// `s` in storage owned by the dataset: a copy, or `s` itself if it is there already.
    [[nodiscard]] std::string_view text(std::string_view s) {
        if (s.empty()) return {};
        if (owns(s.data())) return s;
        char* p = static_cast<char*>(allocate(s.size(), 1));
        std::memcpy(p, s.data(), s.size());
        return {p, s.size()};
    }

    /// `items` in storage owned by the dataset, with the views inside each item (ids, sector
    /// codes, text views, …) owned too: a copy, or `items` itself if it is there already.
    template <class T>
    [[nodiscard]] list_view<T> list(std::span<const T> items) {
        static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                      "bilateral::dataset::list stores views and small values only");
        if (items.empty()) return {};
        if (owns(items.data())) return items;
        T* p = static_cast<T*>(allocate(items.size_bytes(), alignof(T)));
        std::memcpy(static_cast<void*>(p), items.data(), items.size_bytes());
        for (std::size_t i = 0; i < items.size(); ++i) own(p[i]);
        return std::span<const T>{p, items.size()};
    }
    template <class T>
    [[nodiscard]] list_view<T> list(const std::vector<T>& items) {
        return list(std::span<const T>{items});
    }

    /// Adds a copy of `r` whose views all point into the dataset's storage.
    void add(const source& r) { sources_.push_back(owned(r)); }
    void add(const actor& r) { actors_.push_back(owned(r)); }
    void add(const place& r) { places_.push_back(owned(r)); }
    void add(const event& r) { events_.push_back(owned(r)); }
    void add(const statement& r) { statements_.push_back(owned(r)); }
    void add(const agreement& r) { agreements_.push_back(owned(r)); }
    void add(const indicator& r) { indicators_.push_back(owned(r)); }
    void add(const relation& r) { relations_.push_back(owned(r)); }

    /// Bytes of text and lists the dataset stores (what `text()`, `list()` and `add()` copied,
    /// with alignment padding).
    [[nodiscard]] std::size_t stored_bytes() const noexcept { return stored_; }

    /// The records as a view. Valid until the next `add` (which may move the record arrays).
    [[nodiscard]] dataset_view view() const noexcept {
        return {.sources = span(sources_),
                .actors = span(actors_),
                .places = span(places_),
                .events = span(events_),
                .statements = span(statements_),
                .agreements = span(agreements_),
                .indicators = span(indicators_),
                .relations = span(relations_)};
    }

private:
    template <class T>
    static std::span<const T> span(const std::vector<T>& v) noexcept {
        return {v.data(), v.size()};
    }

    /// `record` with every view pointing into storage of this dataset. (A copy is owned before it
    /// is stored, so that an allocation that fails leaves no record with views half copied.)
    template <class Record>
    [[nodiscard]] Record owned(Record record) {
        own(record);
        return record;
    }

    /// Points every view inside `value` (found by reflection through records, optionals and
    /// lists) at storage of this dataset.
    template <class T>
    void own(T& value) {
        if constexpr (std::is_same_v<T, std::string_view>) {
            value = text(value);
        } else if constexpr (detail::is_list<T>) {
            value = list(value.span());
        } else if constexpr (detail::is_optional<T>) {
            if (value) own(*value);
        } else if constexpr (text_value<T>) {
            value = owned_value(value, *this);
        } else if constexpr (detail::hana_struct<T>) {
            detail::for_each_member(value, [&](std::string_view, auto& member) { own(member); });
        } else {
            // Enums, numbers, dates, countries, money, Goldstein values: no view inside.
            static_assert(std::is_trivially_copyable_v<T> && !std::is_pointer_v<T>,
                          "bilateral::dataset::add: a member type that may hold a view it cannot copy");
        }
    }

    /// True if `p` points into one of the blocks (a view of this dataset's storage). Blocks are
    /// kept sorted by address, so this is a binary search; the newest block is tried first, as
    /// the readers store a record's text just before they add it.
    [[nodiscard]] bool owns(const void* p) const noexcept {
        const auto at = reinterpret_cast<std::uintptr_t>(p);
        const auto inside = [at](const block_range& b) { return at >= b.first && at < b.last; };
        if (!blocks_.empty() && inside(newest_)) return true;
        auto it = std::upper_bound(ranges_.begin(), ranges_.end(), at,
                                   [](std::uintptr_t a, const block_range& b) { return a < b.first; });
        return it != ranges_.begin() && inside(*--it);
    }

    // A simple arena: blocks that are never freed or resized before the dataset dies. (Moving the
    // outer vector moves each block's buffer pointer, not the bytes, so views stay valid.)
    void* allocate(std::size_t bytes, std::size_t align) {
        std::size_t at = (used_ + align - 1) / align * align;
        if (blocks_.empty() || at + bytes > capacity_) {
            capacity_ = bytes > block_size ? bytes : block_size;
            blocks_.emplace_back(capacity_);
            const auto first = reinterpret_cast<std::uintptr_t>(blocks_.back().data());
            newest_ = {first, first + capacity_};
            ranges_.insert(std::upper_bound(ranges_.begin(), ranges_.end(), newest_,
                                            [](const block_range& a, const block_range& b) { return a.first < b.first; }),
                           newest_);
            used_ = 0;
            at = 0;
        }
        stored_ += at + bytes - used_;
        used_ = at + bytes;
        return blocks_.back().data() + at;
    }

    struct block_range {
        std::uintptr_t first = 0, last = 0;  // [first, last)
    };

    static constexpr std::size_t block_size = 64 * 1024;
    std::vector<std::vector<std::byte>> blocks_;
    std::vector<block_range> ranges_;  // of blocks_, by address
    block_range newest_{};
    std::size_t used_ = 0;
    std::size_t capacity_ = 0;
    std::size_t stored_ = 0;

    std::vector<typename detail::delayed<source, Unused>::type> sources_;
    std::vector<typename detail::delayed<actor, Unused>::type> actors_;
    std::vector<typename detail::delayed<place, Unused>::type> places_;
    std::vector<typename detail::delayed<event, Unused>::type> events_;
    std::vector<typename detail::delayed<statement, Unused>::type> statements_;
    std::vector<typename detail::delayed<agreement, Unused>::type> agreements_;
    std::vector<typename detail::delayed<indicator, Unused>::type> indicators_;
    std::vector<typename detail::delayed<relation, Unused>::type> relations_;
};

/// The owning run-time dataset.
using dataset = basic_dataset<>;

}  // namespace bilateral
