// SPDX-License-Identifier: BSL-1.0
/// Small type traits shared by the reflection-driven writers (JSON, printing, schema).
#pragma once
#include <optional>
#include <vector>

namespace bilateral::detail {

/// True for std::optional<T>.
template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

/// True for std::vector<T>: a list that owns its items (users' own records).
template <class T>
inline constexpr bool is_vector = false;
template <class T, class A>
inline constexpr bool is_vector<std::vector<T, A>> = true;

/// True for list_view<T>; specialised in core/list_view.hpp (this layer knows no record type).
template <class T>
inline constexpr bool is_list = false;

}  // namespace bilateral::detail
