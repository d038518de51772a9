// SPDX-License-Identifier: BSL-1.0
/// One problem of a delimited text input (GDELT, ICEWS): where it is (line, column), what was
/// there and what was expected. Every row reader reports with it, so that a program handles the
/// problems of every source the same way.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <bilateral/detail/utf8.hpp>

namespace bilateral {

/// One problem of the input: where (line, column), what was there and what was expected.
struct read_error {
    std::uint64_t line = 0;           ///< 1-based line of the input
    std::size_t column = 0;           ///< 1-based field of the row; 0 for the row as a whole
    std::string_view column_name{};   ///< the column's label ("SQLDATE", "Event Date"); empty if not known or ambiguous
    std::string value{};              ///< the text found (cut to 80 bytes, with "…" marking the cut; invalid UTF-8 shown as U+FFFD)
    std::string_view expected{};      ///< what the column must hold; empty for a problem of the input as a whole
    /// What is wrong, in words, where `expected` alone would not say it ("invalid UTF-8 at byte 3
    /// of the field", "read failed after line 12: Is a directory"); empty otherwise.
    std::string problem{};
    friend bool operator==(const read_error&, const read_error&) = default;
};

/// The problem as one line: "line 2, column 2 (SQLDATE): `20141331`: expected a date as YYYYMMDD"
/// ("nothing" where the field is empty or missing); with a `problem`, that instead of "expected …"
/// ("line 3, column 7 (Actor1Name): `K\uFFFDZ`: invalid UTF-8 at byte 2 of the field"); without an
/// `expected` (a problem of the input as a whole, such as a read failure) the problem alone.
[[nodiscard]] std::string describe(const read_error& e);

/// A field's text for an error message: at most 80 bytes, cut at a UTF-8 boundary, always valid
/// UTF-8 (an invalid sequence is shown as U+FFFD), so messages can go to a terminal or to JSON.
[[nodiscard]] std::string shown_field(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::string describe(const read_error& e) {
    if (e.expected.empty()) return e.problem;  // a problem of the input as a whole, located in its text
    std::string out = "line " + std::to_string(e.line);
    if (e.column != 0) {
        out += ", column " + std::to_string(e.column);
        if (!e.column_name.empty()) out.append(" (").append(e.column_name).append(")");
    }
    out += ": ";
    if (!e.value.empty()) out.append("`").append(e.value).append("`: ");
    if (!e.problem.empty()) return out.append(e.problem);
    if (e.value.empty() && e.column != 0) out += "nothing: ";
    out.append("expected ").append(e.expected);
    return out;
}

inline std::string shown_field(std::string_view text) {
    if (text.size() <= 80) return detail::utf8::valid(text);
    std::size_t n = 80;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return detail::utf8::valid(text.substr(0, n)) + "\u2026";
}

}  // namespace bilateral
