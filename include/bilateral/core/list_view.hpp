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
    constexpr list_view(const T (&array)[N]) noexcept : items_{array} {}  // NOLINT: implicit on purpose
    constexpr list_view(std::span<const T> items) noexcept : items_{items} {}  // NOLINT: implicit on purpose

    [[nodiscard]] constexpr const T* begin() const noexcept { return items_.data(); }
    [[nodiscard]] constexpr const T* end() const noexcept { return items_.data() + items_.size(); }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return items_.size(); }
    [[nodiscard]] constexpr bool empty() const noexcept { return items_.empty(); }
    [[nodiscard]] constexpr const T& operator[](std::size_t i) const noexcept { return items_[i]; }
    [[nodiscard]] constexpr std::span<const T> span() const noexcept { return items_; }
    [[nodiscard]] constexpr bool contains(const T& value) const noexcept {
        for (const T& item : items_)
            if (item == value) return true;
        return false;
    }

    friend constexpr bool operator==(const list_view& a, const list_view& b) noexcept {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!(a.items_[i] == b.items_[i])) return false;
        return true;
    }

private:
    std::span<const T> items_;
};

namespace detail {
template <class T>
inline constexpr bool is_list<list_view<T>> = true;
}  // namespace detail

}  // namespace bilateral
