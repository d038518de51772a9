// SPDX-License-Identifier: BSL-1.0
/// A read-only view of a contiguous sequence that compares by value, for record fields.
#pragma once
#include <cstddef>
#include <span>

#include <bilateral/detail/type_traits.hpp>

namespace bilateral {

/// A `std::span<const T>` that records can hold and still default their `operator==`:
/// two list views are equal when their elements are (std::span has no `==`).
template <class T>
class list_view {
public:
    using value_type = T;
    using iterator = const T*;

    constexpr list_view() noexcept = default;
    template <std::size_t N>
    constexpr list_view(const T (&array)[N]) noexcept : data_{array}, size_{N} {}  // NOLINT: implicit on purpose
    constexpr list_view(std::span<const T> items) noexcept  // NOLINT: implicit on purpose
        : data_{items.data()}, size_{items.size()} {}

    [[nodiscard]] constexpr const T* begin() const noexcept { return data_; }
    [[nodiscard]] constexpr const T* end() const noexcept { return data_ + size_; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    /// Through std::span, which checks `i` in constant expressions (and with _GLIBCXX_ASSERTIONS).
    [[nodiscard]] constexpr const T& operator[](std::size_t i) const noexcept { return span()[i]; }
    [[nodiscard]] constexpr std::span<const T> span() const noexcept { return {data_, size_}; }
    [[nodiscard]] constexpr bool contains(const T& value) const noexcept {
        for (const T& item : *this)
            if (item == value) return true;
        return false;
    }

    friend constexpr bool operator==(const list_view& a, const list_view& b) noexcept {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!(a.data_[i] == b.data_[i])) return false;
        return true;
    }

private:
    // A pointer and a size rather than a std::span member, so that a record type's lists do not
    // instantiate std::span in every file that includes the library; `span()` makes one on demand.
    const T* data_ = nullptr;
    std::size_t size_ = 0;
};

namespace detail {
template <class T>
inline constexpr bool is_list<list_view<T>> = true;
}  // namespace detail

}  // namespace bilateral
