// SPDX-License-Identifier: BSL-1.0
/// Line framing for readers: the non-blank lines of a text, numbered from 1 as editors count them.
#pragma once
#include <algorithm>
#include <cstddef>
#include <string_view>

namespace bilateral {

/// `s` without the blanks (space, tab, CR, LF) around it.
[[nodiscard]] constexpr std::string_view trimmed(std::string_view s) noexcept {
    constexpr std::string_view blanks = " \t\r\n";
    const std::size_t first = s.find_first_not_of(blanks);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(blanks) - first + 1);
}

/// Calls `visit(line, number)` for each line of `text` that is not blank, the line as it is
/// (without its '\n'; a CR before it is kept) and its number, counting blank lines too.
template <class Visit>
constexpr void for_each_line(std::string_view text, Visit&& visit) {
    std::size_t from = 0, number = 0;
    while (from < text.size()) {
        const std::size_t to = std::min(text.find('\n', from), text.size());
        const std::string_view line = text.substr(from, to - from);
        from = to + 1;
        ++number;
        if (!trimmed(line).empty()) visit(line, number);
    }
}

/// The first line of `text` that is not blank, trimmed.
[[nodiscard]] constexpr std::string_view first_line(std::string_view text) noexcept {
    std::string_view found;
    std::size_t from = 0;
    while (found.empty() && from < text.size()) {
        const std::size_t to = std::min(text.find('\n', from), text.size());
        found = trimmed(text.substr(from, to - from));
        from = to + 1;
    }
    return found;
}

}  // namespace bilateral
