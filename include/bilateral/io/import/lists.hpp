// SPDX-License-Identifier: BSL-1.0
/// Lists inside one field, as the sources write them: ICEWS's "Military,Government", Phoenix's
/// "MUS;ISI" and POLECAT's "KAZ; CHN".
#pragma once
#include <cstddef>
#include <string_view>

#include <bilateral/io/import/lines.hpp>

namespace bilateral {

/// Calls `visit(item)` for each item of `list` split on `separator`, blanks around each trimmed;
/// empty items, and items equal to `none` (POLECAT's "None") when it is given, are skipped.
template <class Visit>
constexpr void for_each_list_item(std::string_view list, char separator, Visit&& visit, std::string_view none = {}) {
    while (!list.empty()) {
        const std::size_t cut = list.find(separator);
        const std::string_view item = trimmed(list.substr(0, cut));
        if (!item.empty() && (none.empty() || item != none)) visit(item);
        if (cut == std::string_view::npos) break;
        list.remove_prefix(cut + 1);
    }
}

/// The first item `for_each_list_item` would visit, or "".
[[nodiscard]] constexpr std::string_view first_list_item(std::string_view list, char separator, std::string_view none = {}) noexcept {
    std::string_view first;
    for_each_list_item(list, separator, [&](std::string_view item) {
        if (first.empty()) first = item;
    }, none);
    return first;
}

}  // namespace bilateral
