// SPDX-License-Identifier: BSL-1.0
/// Names for the library's enumerations: one table per enum, read by printing, JSON and parsing.
#pragma once
#include <array>
#include <optional>
#include <string_view>
#include <type_traits>

namespace bilateral {

/// One enumerator and its name (snake_case, as written in JSON).
template <class E>
struct enum_name {
    E value;
    std::string_view name;
};

/// The names of E's enumerators; specialised next to each enum as a `std::array<enum_name<E>, N>`.
template <class E>
inline constexpr std::nullptr_t enum_names = nullptr;

/// An enumeration that has a name table.
template <class E>
concept named_enum = std::is_enum_v<E> && !std::is_null_pointer_v<std::remove_cvref_t<decltype(enum_names<E>)>>;

/// The name of `e`, or an empty view if `e` holds a value outside the table.
template <named_enum E>
[[nodiscard]] constexpr std::string_view to_string(E e) noexcept {
    for (const auto& entry : enum_names<E>)
        if (entry.value == e) return entry.name;
    return {};
}

/// The enumerator named `name`, if any.
template <named_enum E>
[[nodiscard]] constexpr std::optional<E> enum_from_string(std::string_view name) noexcept {
    for (const auto& entry : enum_names<E>)
        if (entry.name == name) return entry.value;
    return std::nullopt;
}

/// True if `e` is one of the named enumerators (data read from outside may hold any value).
template <named_enum E>
[[nodiscard]] constexpr bool is_named(E e) noexcept {
    return !to_string(e).empty();
}

}  // namespace bilateral
