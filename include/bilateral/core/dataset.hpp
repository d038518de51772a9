// SPDX-License-Identifier: BSL-1.0
/// An owning dataset for run-time data: it keeps the text and lists its records refer to alive.
#pragma once
#include <cstddef>
#include <cstring>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/core/dataset_view.hpp>
#include <bilateral/detail/delayed.hpp>

namespace bilateral {

/// Run-time data in the same record types as constexpr data. Records hold views; `dataset`
/// stores what they view: `text()` copies a string into storage that lives as long as the
/// dataset, `list()` does the same for a list. Records are added with `add()`; `view()` gives
/// the dataset_view to validate, query, print or write.
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

    /// A copy of `s` owned by the dataset.
    [[nodiscard]] std::string_view text(std::string_view s) {
        if (s.empty()) return {};
        char* p = static_cast<char*>(allocate(s.size(), 1));
        std::memcpy(p, s.data(), s.size());
        return {p, s.size()};
    }

    /// A copy of `items` owned by the dataset (ids, sector codes, text views, …).
    template <class T>
    [[nodiscard]] list_view<T> list(std::span<const T> items) {
        static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                      "bilateral::dataset::list stores views and small values only");
        if (items.empty()) return {};
        T* p = static_cast<T*>(allocate(items.size_bytes(), alignof(T)));
        std::memcpy(static_cast<void*>(p), items.data(), items.size_bytes());
        return std::span<const T>{p, items.size()};
    }
    template <class T>
    [[nodiscard]] list_view<T> list(const std::vector<T>& items) {
        return list(std::span<const T>{items});
    }

    void add(const source& r) { sources_.push_back(r); }
    void add(const actor& r) { actors_.push_back(r); }
    void add(const place& r) { places_.push_back(r); }
    void add(const event& r) { events_.push_back(r); }
    void add(const statement& r) { statements_.push_back(r); }
    void add(const agreement& r) { agreements_.push_back(r); }
    void add(const indicator& r) { indicators_.push_back(r); }
    void add(const relation& r) { relations_.push_back(r); }

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

    // A simple arena: blocks that are never freed or resized before the dataset dies. (Moving the
    // outer vector moves each block's buffer pointer, not the bytes, so views stay valid.)
    void* allocate(std::size_t bytes, std::size_t align) {
        std::size_t at = (used_ + align - 1) / align * align;
        if (blocks_.empty() || at + bytes > capacity_) {
            capacity_ = bytes > block_size ? bytes : block_size;
            blocks_.emplace_back(capacity_);
            at = 0;
        }
        used_ = at + bytes;
        return blocks_.back().data() + at;
    }

    static constexpr std::size_t block_size = 64 * 1024;
    std::vector<std::vector<std::byte>> blocks_;
    std::size_t used_ = 0;
    std::size_t capacity_ = 0;

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
