// SPDX-License-Identifier: BSL-1.0
/// A field's text as a problem shows it. Every row reader of delimited text (GDELT, ICEWS,
/// POLECAT, Phoenix) reports with the library's one problem type (core/problem.hpp): located by
/// line, column and the column's name, with the value found (shown with `shown_field`), what was
/// expected and, where that alone would not say it, a message.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include <bilateral/core/problem.hpp>
#include <bilateral/detail/utf8.hpp>

namespace bilateral {

/// A field's text for a problem's value: at most 80 bytes, cut at a UTF-8 boundary (the cut
/// marked with "…"), always valid UTF-8 (an invalid sequence is shown as U+FFFD), so that
/// messages can go to a terminal or to JSON.
[[nodiscard]] std::string shown_field(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::string shown_field(std::string_view text) {
    if (text.size() <= 80) return detail::utf8::valid(text);
    std::size_t n = 80;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return detail::utf8::valid(text.substr(0, n)) + "\u2026";
}

}  // namespace bilateral
