// SPDX-License-Identifier: BSL-1.0
/// Currencies (ISO 4217) and exact money: integer minor units, never floating point.
#pragma once
#include <array>
#include <compare>
#include <concepts>
#include <cstdint>
#include <optional>
#include <exception>
#include <string_view>

#include <bilateral/codes/iso4217.hpp>
#include <bilateral/detail/table_index.hpp>
#include <bilateral/detail/fixed_text.hpp>

namespace bilateral {

/// Thrown when money arithmetic would overflow 64-bit minor units. (In a constant expression the
/// throw itself stops compilation.) Its own type, to keep <stdexcept> and <string> out of the core.
class money_overflow : public std::exception {
public:
    [[nodiscard]] const char* what() const noexcept override { return "bilateral::money: overflow"; }
};

/// A currency by its ISO 4217 alphabetic code. Structural, so it can parameterise `money<C>`.
struct currency {
    std::array<char, 3> alpha{};  ///< the code; public only so that currency is structural

    constexpr currency() noexcept = default;
    constexpr explicit currency(std::string_view code) noexcept {
        if (code.size() == 3) alpha = {code[0], code[1], code[2]};
        else if (!code.empty()) alpha = {'?', '?', '?'};
    }

    [[nodiscard]] constexpr std::string_view code() const noexcept {
        return alpha[0] == '\0' ? std::string_view{} : std::string_view{alpha.data(), 3};
    }
    /// In ISO 4217 with a minor unit (so amounts in it can be exact): USD yes, XAU no.
    [[nodiscard]] constexpr bool ok() const noexcept { return minor_digits() >= 0; }
    /// Decimal places of the minor unit (2 for USD: cents; 0 for JPY); -1 if not ok().
    [[nodiscard]] constexpr int minor_digits() const noexcept {
        const std::size_t i = index();
        return i < codes::iso4217.size() && codes::iso4217[i].minor_unit >= 0 ? codes::iso4217[i].minor_unit : -1;
    }
    [[nodiscard]] constexpr std::uint16_t numeric() const noexcept {
        const std::size_t i = index();
        return i < codes::iso4217.size() ? codes::iso4217[i].numeric : std::uint16_t{0};
    }
    [[nodiscard]] constexpr std::string_view name() const noexcept {
        const std::size_t i = index();
        return i < codes::iso4217.size() ? codes::iso4217[i].name : std::string_view{};
    }

    friend constexpr bool operator==(const currency&, const currency&) noexcept = default;

private:
    [[nodiscard]] constexpr std::size_t index() const noexcept {
        return detail::table_index<&codes::iso4217_entry::alpha>(codes::iso4217, code());
    }
};

/// Currencies the sample data and the examples use. Any other is `currency{"EUR"}`.
namespace currencies {
inline constexpr currency usd{"USD"};
inline constexpr currency cny{"CNY"};
inline constexpr currency kzt{"KZT"};
inline constexpr currency eur{"EUR"};
}  // namespace currencies

/// An exact amount of money in currency C, stored as an integer count of minor units.
/// Amounts in different currencies are different types, so they neither add nor compare.
/// Any std::int64_t is an amount, INT64_MIN included; a result outside that range throws
/// `money_overflow`.
template <currency C>
    requires(C.ok())
class money {
public:
    static constexpr currency unit = C;

    constexpr money() noexcept = default;
    /// From minor units: `money<usd>::from_minor(150)` is $1.50.
    [[nodiscard]] static constexpr money from_minor(std::int64_t minor) noexcept { return money{minor}; }
    /// From whole units: `money<usd>::from_major(41'000'000'000)` is $41 billion.
    [[nodiscard]] static constexpr money from_major(std::int64_t major) { return money{checked_mul(major, scale())}; }

    [[nodiscard]] constexpr std::int64_t minor_units() const noexcept { return minor_; }

    friend constexpr money operator+(money a, money b) { return money{checked_add(a.minor_, b.minor_)}; }
    friend constexpr money operator-(money a, money b) { return money{checked_sub(a.minor_, b.minor_)}; }
    friend constexpr money operator*(money a, std::int64_t k) { return money{checked_mul(a.minor_, k)}; }
    friend constexpr money operator*(std::int64_t k, money a) { return a * k; }
    constexpr money& operator+=(money b) { return *this = *this + b; }
    friend constexpr bool operator==(money, money) noexcept = default;
    friend constexpr auto operator<=>(money, money) noexcept = default;

    /// 10^(minor digits): 100 for USD.
    [[nodiscard]] static constexpr std::int64_t scale() noexcept {
        std::int64_t s = 1;
        for (int i = 0; i < C.minor_digits(); ++i) s *= 10;
        return s;
    }

private:
    constexpr explicit money(std::int64_t minor) noexcept : minor_{minor} {}
    // Overflow is an error, not a wrap: in a constant expression the throw stops compilation.
    static constexpr std::int64_t checked_add(std::int64_t a, std::int64_t b) {
        std::int64_t r{};
        if (__builtin_add_overflow(a, b, &r)) throw money_overflow{};
        return r;
    }
    // Not a + (-b): -INT64_MIN overflows before any check.
    static constexpr std::int64_t checked_sub(std::int64_t a, std::int64_t b) {
        std::int64_t r{};
        if (__builtin_sub_overflow(a, b, &r)) throw money_overflow{};
        return r;
    }
    static constexpr std::int64_t checked_mul(std::int64_t a, std::int64_t b) {
        std::int64_t r{};
        if (__builtin_mul_overflow(a, b, &r)) throw money_overflow{};
        return r;
    }
    std::int64_t minor_ = 0;
};

/// Money whose currency is known only at run time (data read from files, or records that hold
/// figures in any currency). It compares equal only to the same currency and amount; it has no
/// arithmetic and no ordering: take it back to `money<C>` with `in<C>()` to compute.
class any_money {
public:
    constexpr any_money() noexcept = default;
    template <currency C>
    constexpr any_money(money<C> m) noexcept : currency_{C}, minor_{m.minor_units()} {}  // NOLINT: implicit on purpose
    constexpr any_money(currency c, std::int64_t minor_units) noexcept : currency_{c}, minor_{minor_units} {}

    /// Parses an exact decimal amount in `c` ("14.5", "41000000000", "-3.25"): at most as many
    /// decimals as the currency's minor unit, no exponent, no grouping. Reads back every amount
    /// `decimal()` writes, the most negative one (INT64_MIN minor units) included.
    [[nodiscard]] static constexpr std::optional<any_money> parse(currency c, std::string_view decimal) noexcept;

    [[nodiscard]] constexpr const currency& unit() const noexcept { return currency_; }
    [[nodiscard]] constexpr std::int64_t minor_units() const noexcept { return minor_; }
    [[nodiscard]] constexpr bool ok() const noexcept { return currency_.ok(); }

    /// The amount as money<C> if it is in currency C.
    template <currency C>
    [[nodiscard]] constexpr std::optional<money<C>> in() const noexcept {
        if (currency_ != C) return std::nullopt;
        return money<C>::from_minor(minor_);
    }
    /// The exact amount as decimal text without the currency: "14500000000.00".
    [[nodiscard]] constexpr detail::fixed_text<24> decimal() const noexcept;

    friend constexpr bool operator==(const any_money&, const any_money&) noexcept = default;

private:
    currency currency_{};
    std::int64_t minor_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Implementation

constexpr std::optional<any_money> any_money::parse(currency c, std::string_view text) noexcept {
    const int digits_allowed = c.minor_digits();
    if (digits_allowed < 0 || text.empty()) return std::nullopt;
    bool negative = false;
    if (text.front() == '-') { negative = true; text.remove_prefix(1); }
    std::int64_t value = 0;
    int decimals = -1;  // -1: no point seen yet
    bool any_digit = false;
    for (char ch : text) {
        if (ch == '.') {
            if (decimals >= 0 || !any_digit) return std::nullopt;  // one point, after a digit
            decimals = 0;
            continue;
        }
        if (ch < '0' || ch > '9') return std::nullopt;
        if (decimals >= 0 && ++decimals > digits_allowed) return std::nullopt;
        // Accumulated with its sign: INT64_MIN has no positive counterpart to negate.
        const int digit = negative ? '0' - ch : ch - '0';
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, digit, &value))
            return std::nullopt;
        any_digit = true;
    }
    if (!any_digit || decimals == 0) return std::nullopt;
    for (int i = decimals < 0 ? 0 : decimals; i < digits_allowed; ++i)
        if (__builtin_mul_overflow(value, 10, &value)) return std::nullopt;
    return any_money{c, value};
}

constexpr detail::fixed_text<24> any_money::decimal() const noexcept {
    detail::fixed_text<24> out;
    const int digits = currency_.minor_digits() < 0 ? 0 : currency_.minor_digits();
    // Work in unsigned so that the most negative amount prints too.
    unsigned long long magnitude = minor_ < 0 ? 0ULL - static_cast<unsigned long long>(minor_)
                                              : static_cast<unsigned long long>(minor_);
    unsigned long long scale = 1;
    for (int i = 0; i < digits; ++i) scale *= 10;
    if (minor_ < 0) out.append('-');
    out.append_number(magnitude / scale);
    if (digits > 0) out.append('.').append_number(magnitude % scale, digits);
    return out;
}

}  // namespace bilateral
