// SPDX-License-Identifier: BSL-1.0
/// Small type traits shared by the reflection-driven writers (JSON, printing, schema).
#pragma once
#include <optional>

#include <bilateral/core/list_view.hpp>

namespace bilateral::detail {

/// True for std::optional<T>.
template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

/// True for list_view<T>.
template <class T>
inline constexpr bool is_list = false;
template <class T>
inline constexpr bool is_list<list_view<T>> = true;

}  // namespace bilateral::detail
