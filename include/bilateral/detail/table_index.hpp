// SPDX-License-Identifier: BSL-1.0
/// Position of a key in a code table sorted by that key, found by binary search.
#pragma once
#include <cstddef>
#include <string_view>

namespace bilateral::detail {

/// The position of the entry whose `Key` member equals `key` in `table` (sorted by that member),
/// or `table.size()` if there is none. It returns a position rather than a pointer because g++ 12
/// cannot fold a pointer's null test in some constant expressions (a template argument, or with
/// -fsanitize=undefined), which the vocabulary types need.
template <auto Key, class Table>
[[nodiscard]] constexpr std::size_t table_index(const Table& table, std::string_view key) noexcept {
    std::size_t lo = 0, hi = table.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (table[mid].*Key < key) lo = mid + 1;
        else hi = mid;
    }
    return !key.empty() && lo < table.size() && table[lo].*Key == key ? lo : table.size();
}

}  // namespace bilateral::detail
