// SPDX-License-Identifier: BSL-1.0
/// The values row readers share: Goldstein values in tenths, degrees, whole numbers, CAMEO codes
/// whose leading zero a tool dropped, and the forms that choose a bad value's problem code.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <bilateral/codes/cameo_events.hpp>
#include <bilateral/core/event_codes.hpp>

namespace bilateral::detail {

/// "-7.5", "3", "10.0": tenths from -100 to 100, at most one decimal.
[[nodiscard]] constexpr std::optional<std::int16_t> goldstein_tenths(std::string_view s) noexcept {
    bool negative = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (whole.empty() || whole.size() > 2 || (dot != std::string_view::npos && fraction.size() != 1)) return std::nullopt;
    int tenths = 0;
    for (const char c : whole) {
        if (c < '0' || c > '9') return std::nullopt;
        tenths = tenths * 10 + (c - '0');
    }
    tenths *= 10;
    if (!fraction.empty()) {
        if (fraction[0] < '0' || fraction[0] > '9') return std::nullopt;
        tenths += fraction[0] - '0';
    }
    if (tenths > 100) return std::nullopt;
    return static_cast<std::int16_t>(negative ? -tenths : tenths);
}

/// A decimal number of degrees whose magnitude is at most `limit`: "-12.5", "105.841".
[[nodiscard]] constexpr bool degrees(std::string_view s, int limit) noexcept {
    if (!s.empty() && s[0] == '-') s.remove_prefix(1);
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (whole.empty() || whole.size() > 3 || (dot != std::string_view::npos && fraction.empty())) return false;
    int value = 0;
    for (const char c : whole) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    bool fraction_zero = true;
    for (const char c : fraction) {
        if (c < '0' || c > '9') return false;
        fraction_zero = fraction_zero && c == '0';
    }
    return value < limit || (value == limit && fraction_zero);
}

/// Unsigned decimal digits, at most `limit`.
[[nodiscard]] constexpr std::optional<std::uint64_t> unsigned_number(std::string_view s, std::uint64_t limit) noexcept {
    if (s.empty() || s.size() > 19) return std::nullopt;
    std::uint64_t v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (v > limit) return std::nullopt;
    return v;
}

/// The forms below tell, for a problem's code, a value out of its field's range (`out_of_range`)
/// or not a calendar date (`invalid_date`) from one not of the field's form (`malformed_value`).
/// They are for the error path: a reader's own parse has already refused the value.

/// Only ASCII digits, at least one.
[[nodiscard]] constexpr bool all_digits(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

/// A decimal number ("-12.5", "+3", "105", "10.25") whose magnitude is above `limit` (at most
/// 2^60): a number, but outside its field's range.
[[nodiscard]] constexpr bool number_beyond(std::string_view s, std::uint64_t limit) noexcept {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (!all_digits(whole) || (dot != std::string_view::npos && !all_digits(fraction))) return false;
    std::uint64_t v = 0;
    for (const char c : whole) {
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
        if (v > limit) return true;  // digits only add: no need to read on (nor to overflow)
    }
    return v == limit && fraction.find_first_not_of('0') != std::string_view::npos;
}

/// "YYYY-MM-DD" in digits: the form of a day, whether or not it is a calendar date.
[[nodiscard]] constexpr bool iso_day_form(std::string_view s) noexcept {
    return s.size() == 10 && s[4] == '-' && s[7] == '-' && all_digits(s.substr(0, 4)) && all_digits(s.substr(5, 2)) &&
           all_digits(s.substr(8, 2));
}

/// The code as written, or with its leading zero back when a tool dropped it (pandas and R read
/// "010" as the number 10). Event codes have 3 or 4 digits, so "10" was "010", and "311" (root
/// 31, which CAMEO has not) was "0311". The code with the zero must be in the CAMEO codebook:
/// "210" is refused, not read as "0210".
[[nodiscard]] constexpr std::optional<cameo_code> restored_cameo_code(std::string_view text, bool& restored) noexcept {
    restored = false;
    const cameo_code as_written{text};
    if (text.size() != 2 && as_written.ok()) return as_written;
    if (text.size() >= 2 && text.size() <= 3) {
        std::array<char, 4> digits{'0'};
        for (std::size_t i = 0; i < text.size(); ++i) digits[i + 1] = text[i];
        const cameo_code with_zero{std::string_view{digits.data(), text.size() + 1}};
        if (with_zero.ok() && codes::find_cameo_event(with_zero.str()) != nullptr) {
            restored = true;
            return with_zero;
        }
    }
    return std::nullopt;
}

}  // namespace bilateral::detail
