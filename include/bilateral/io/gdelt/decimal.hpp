// SPDX-License-Identifier: BSL-1.0
/// Exact decimal numbers that keep their written form, for GDELT's lat/long, tone and fraction dates.
#pragma once
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include <bilateral/core/value_traits.hpp>
#include <bilateral/detail/fixed_text.hpp>
#include <bilateral/io/gdelt/columns.hpp>

namespace bilateral::gdelt {

/// A decimal number as a file writes it: "44.9429", "-123.035", "60", "-1.76470588235294".
/// The value is exact (all its digits as one integer, and where the point goes), and so is the
/// spelling: leading and trailing zeros, a lone point and the sign of zero are kept, so writing
/// the number gives back its text byte for byte. A default decimal is "not given" (an empty field).
///
/// Accepted text: an optional '-', then 1–19 digits with at most one '.' among or around them
/// (`-?[0-9]*\.?[0-9]*`, at least one digit). No '+', no exponent, no blanks.
class decimal {
public:
    /// Most digits a decimal holds (every 19-digit number fits in 64 bits).
    static constexpr int max_digits = 19;

    constexpr decimal() noexcept = default;
    /// `units` × 10^-fraction_digits in its shortest spelling: decimal{-1235, 2} is "-12.35",
    /// decimal{5, 3} is "0.005", decimal{20245041, 4} is "2024.5041".
    constexpr decimal(std::int64_t units, unsigned fraction_digits) noexcept;

    /// Parses the text of a field; "" gives a decimal that is not given, text outside the grammar
    /// gives nullopt.
    [[nodiscard]] static constexpr std::optional<decimal> parse(std::string_view text) noexcept;
    /// As `parse`, into `out` (left unspecified on failure); false for text outside the grammar.
    /// The form for hot loops: no temporary to copy.
    BILATERAL_GDELT_INLINE static constexpr bool parse_into(std::string_view text, decimal& out) noexcept;

    /// False for an empty field.
    [[nodiscard]] constexpr bool given() const noexcept { return given_; }
    [[nodiscard]] constexpr bool negative() const noexcept { return negative_; }
    /// All the digits as one integer (for "-12.50": 1250).
    [[nodiscard]] constexpr std::uint64_t digits() const noexcept { return digits_; }
    /// Digits after the point as written (for "-12.50": 2).
    [[nodiscard]] constexpr unsigned fraction_digits() const noexcept { return fraction_; }
    /// Digits before the point as written (for "-12.50": 2; for ".5": 0).
    [[nodiscard]] constexpr unsigned integer_digits() const noexcept { return integer_; }
    /// True if a point is written (for "5." and "5.0", not for "5").
    [[nodiscard]] constexpr bool has_point() const noexcept { return point_; }
    /// The nearest double (correctly rounded); 0 if not given.
    [[nodiscard]] double value() const noexcept;
    /// The text as it was written ("" if not given).
    [[nodiscard]] constexpr detail::fixed_text<max_digits + 2> text() const noexcept;

    /// Equal when written alike: "4" and "4.0" are the same number but not the same field.
    friend constexpr bool operator==(const decimal&, const decimal&) noexcept = default;

private:
    std::uint64_t digits_ = 0;
    std::uint8_t integer_ = 0;
    std::uint8_t fraction_ = 0;
    bool negative_ = false;
    bool point_ = false;  // "5." has a point and no fraction digits
    bool given_ = false;
};

}  // namespace bilateral::gdelt

/// Printing and JSON write a decimal as the number as written (a JSON string, so that "4.0" stays
/// "4.0"), null when not given.
template <>
struct bilateral::value_traits<bilateral::gdelt::decimal> {
    static std::string text(const gdelt::decimal& d) { return std::string{d.text().view()}; }
    static constexpr bool given(const gdelt::decimal& d) noexcept { return d.given(); }
    template <class Storage>
    static std::optional<gdelt::decimal> parse(std::string_view text, Storage&) {
        if (text.empty()) return std::nullopt;  // not given is null
        return gdelt::decimal::parse(text);
    }
    static constexpr std::string_view expected =
        "a decimal number as text (an optional '-', 1-19 digits, at most one '.') or null";
    static constexpr std::string_view pattern = "^-?([0-9]+[.]?[0-9]*|[.][0-9]+)$";
    static constexpr std::string_view description = "A GDELT decimal field as written; null when empty.";
};

namespace bilateral::gdelt {

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::gdelt

namespace bilateral::detail::gdelt {
/// 10^0 … 10^19.
inline constexpr std::array<std::uint64_t, 20> powers_of_ten = [] {
    std::array<std::uint64_t, 20> p{};
    std::uint64_t v = 1;
    for (auto& x : p) {
        x = v;
        v *= 10;
    }
    return p;
}();

/// Eight ASCII digits at `p` as a number; false if any is not a digit.
[[nodiscard]] BILATERAL_GDELT_INLINE bool eight_digits(const char* p, std::uint32_t& out) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        // Every byte 0x30-0x39: its high nibble is 3, and stays 3 after adding 6 (a byte that
        // carries into the next one fails the first test itself).
        constexpr std::uint64_t high = 0xF0F0F0F0F0F0F0F0u, threes = 0x3030303030303030u;
        if ((((w & high) ^ threes) | (((w + 0x0606060606060606u) & high) ^ threes)) != 0) return false;
        // Pairs, then quads, then the eight digits (the first character is the lowest byte).
        w = ((w & 0x0F0F0F0F0F0F0F0Fu) * 2561) >> 8;
        w = ((w & 0x00FF00FF00FF00FFu) * 6553601) >> 16;
        out = static_cast<std::uint32_t>(((w & 0x0000FFFF0000FFFFu) * 42949672960001u) >> 32);
        return true;
    } else {
        std::uint32_t v = 0;
        for (int i = 0; i < 8; ++i) {
            if (static_cast<unsigned char>(p[i] - '0') >= 10) return false;
            v = v * 10 + static_cast<std::uint32_t>(p[i] - '0');
        }
        out = v;
        return true;
    }
}

}  // namespace bilateral::detail::gdelt

namespace bilateral::gdelt {

constexpr decimal::decimal(std::int64_t units, unsigned fraction_digits) noexcept {
    negative_ = units < 0;
    digits_ = negative_ ? 0 - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
    fraction_ = static_cast<std::uint8_t>(fraction_digits > max_digits ? max_digits : fraction_digits);
    unsigned count = 1;
    while (count < 20 && digits_ >= detail::gdelt::powers_of_ten[count]) ++count;
    integer_ = static_cast<std::uint8_t>(count > fraction_ ? count - fraction_ : 1);
    if (integer_ + fraction_ > max_digits) integer_ = static_cast<std::uint8_t>(max_digits - fraction_);
    point_ = fraction_ != 0;
    given_ = true;
}

BILATERAL_GDELT_INLINE constexpr bool decimal::parse_into(std::string_view text, decimal& out) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    const bool negative = p != end && *p == '-';
    p += negative ? 1 : 0;
    std::uint64_t v = 0;
    // Digits one at a time (measured: eight at a time is slower here, fields are short), written
    // out rather than as a lambda, which compilers may leave uninlined.
    const char* const whole = p;
    while (p != end && static_cast<unsigned char>(*p - '0') < 10) v = v * 10 + static_cast<unsigned>(*p++ - '0');
    const auto integer = static_cast<std::size_t>(p - whole);
    std::size_t fraction = 0;
    const bool point = p != end && *p == '.';
    if (point) {
        const char* const part = ++p;
        while (p != end && static_cast<unsigned char>(*p - '0') < 10) v = v * 10 + static_cast<unsigned>(*p++ - '0');
        fraction = static_cast<std::size_t>(p - part);
    }
    const std::size_t count = integer + fraction;
    if (p != end || count > max_digits || (count == 0 && !text.empty())) return false;
    out.digits_ = v;
    out.integer_ = static_cast<std::uint8_t>(integer);
    out.fraction_ = static_cast<std::uint8_t>(fraction);
    out.negative_ = negative;
    out.point_ = point;
    out.given_ = !text.empty();
    return true;
}

constexpr std::optional<decimal> decimal::parse(std::string_view text) noexcept {
    decimal d;
    if (!parse_into(text, d)) return std::nullopt;
    return d;
}

constexpr detail::fixed_text<decimal::max_digits + 2> decimal::text() const noexcept {
    detail::fixed_text<max_digits + 2> out;
    if (!given_) return out;
    if (negative_) out.append('-');
    char all[max_digits]{};
    const unsigned width = static_cast<unsigned>(integer_) + fraction_;
    std::uint64_t v = digits_;
    for (unsigned k = width; k-- > 0;) {
        all[k] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
    out.append(std::string_view{all, integer_});
    if (point_) out.append('.').append(std::string_view{all + integer_, fraction_});
    return out;
}

inline double decimal::value() const noexcept {
    if (!given_) return 0.0;
    // Both operands exact in a double: one IEEE division is correctly rounded (Clinger's fast path).
    if (digits_ < (std::uint64_t{1} << 53)) {
        const double v = static_cast<double>(digits_) / static_cast<double>(detail::gdelt::powers_of_ten[fraction_]);
        return negative_ ? -v : v;
    }
    const auto t = text();
    double v = 0.0;
    std::from_chars(t.chars, t.chars + t.length, v);
    return v;
}

}  // namespace bilateral::gdelt
