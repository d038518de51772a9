// SPDX-License-Identifier: BSL-1.0
/// GDELT's DATEADDED: the day (GDELT 1.0, YYYYMMDD) or the second (GDELT 2.0, YYYYMMDDHHMMSS) a row was added.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <bilateral/core/date.hpp>
#include <bilateral/core/value_traits.hpp>
#include <bilateral/detail/fixed_text.hpp>

namespace bilateral::gdelt {

/// When GDELT added a row: a day (GDELT 1.0 writes YYYYMMDD) or a UTC time to the second
/// (GDELT 2.0 writes YYYYMMDDHHMMSS). A default timestamp is "not given".
class timestamp {
public:
    constexpr timestamp() noexcept = default;
    /// A day, as GDELT 1.0 gives it.
    constexpr explicit timestamp(date day) noexcept : day_{day} {}
    /// A time to the second, as GDELT 2.0 gives it.
    constexpr timestamp(date day, unsigned hour, unsigned minute, unsigned second) noexcept
        : day_{day}, hour_{small(hour)}, minute_{small(minute)}, second_{small(second)}, has_time_{true} {}

    /// Parses GDELT's digits: 8 (YYYYMMDD) or 14 (YYYYMMDDHHMMSS); "" gives a timestamp that is
    /// not given; anything else, or an impossible date or time, gives nullopt.
    [[nodiscard]] static constexpr std::optional<timestamp> parse(std::string_view digits) noexcept;

    [[nodiscard]] constexpr date day() const noexcept { return day_; }
    [[nodiscard]] constexpr bool has_time() const noexcept { return has_time_; }
    [[nodiscard]] constexpr unsigned hour() const noexcept { return hour_; }
    [[nodiscard]] constexpr unsigned minute() const noexcept { return minute_; }
    [[nodiscard]] constexpr unsigned second() const noexcept { return second_; }
    [[nodiscard]] constexpr bool known() const noexcept { return day_.known(); }
    /// A valid day (see `date::ok`) and, if there is a time, 00:00:00–23:59:59.
    [[nodiscard]] constexpr bool ok() const noexcept {
        return day_.ok() && day_.precision() == date_precision::day &&
               (!has_time_ || (hour_ < 24 && minute_ < 60 && second_ < 60));
    }
    /// ISO 8601: "2015-10-27T22:00:00Z", or "2014-11-24" for a day; "" if not given.
    [[nodiscard]] constexpr detail::fixed_text<20> iso() const noexcept;
    /// GDELT's digits: "20151027220000", or "20141124" for a day; "" if not given.
    [[nodiscard]] constexpr detail::fixed_text<14> digits() const noexcept;

    friend constexpr bool operator==(const timestamp&, const timestamp&) noexcept = default;

private:
    static constexpr std::uint8_t small(unsigned v) noexcept { return static_cast<std::uint8_t>(v > 255 ? 255 : v); }
    date day_{};
    std::uint8_t hour_ = 0, minute_ = 0, second_ = 0;
    bool has_time_ = false;
};

}  // namespace bilateral::gdelt

/// Printing and JSON write a timestamp in ISO 8601 ("2015-10-27T22:00:00Z", "2014-11-24").
template <>
struct bilateral::value_traits<bilateral::gdelt::timestamp> {
    static std::string text(const gdelt::timestamp& t) { return std::string{t.iso().view()}; }
    static constexpr bool given(const gdelt::timestamp& t) noexcept { return t.known(); }
    template <class Storage>
    static std::optional<gdelt::timestamp> parse(std::string_view text, Storage&) {
        // The ISO form back to GDELT's digits: "2015-10-27T22:00:00Z" -> "20151027220000".
        const bool day = text.size() == 10, second = text.size() == 20;
        if (!day && !second) return std::nullopt;
        if (text[4] != '-' || text[7] != '-') return std::nullopt;
        if (second && (text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')) return std::nullopt;
        std::string digits;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i == 4 || i == 7 || i == 10 || i == 13 || i == 16 || i == 19) continue;
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            digits += text[i];
        }
        return gdelt::timestamp::parse(digits);
    }
    static constexpr std::string_view expected =
        "a day as \"YYYY-MM-DD\" or a UTC time as \"YYYY-MM-DDTHH:MM:SSZ\", or null";
    static constexpr std::string_view pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)?$";
    static constexpr std::string_view description = "When GDELT added the row: a day or a UTC time; null when not given.";
};

namespace bilateral::gdelt {

/// Parses GDELT's compact dates: "YYYYMMDD" (SQLDATE), "YYYYMM" (MonthYear), "YYYY" (Year), to a
/// date of day, month or year precision; nullopt unless the text is all digits of one of these
/// lengths and a valid date.
[[nodiscard]] constexpr std::optional<date> parse_compact_date(std::string_view digits) noexcept;

/// Writes a date in GDELT's compact form: "20241103", "202411" or "2024" by its precision.
[[nodiscard]] constexpr detail::fixed_text<8> compact_text(date d) noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

constexpr std::optional<date> parse_compact_date(std::string_view s) noexcept {
    if (s.size() != 4 && s.size() != 6 && s.size() != 8) return std::nullopt;
    unsigned v[8]{};
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        v[i] = static_cast<unsigned>(s[i] - '0');
    }
    const int year = static_cast<int>(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3]);
    date d{year};
    if (s.size() >= 6) {
        const unsigned month = v[4] * 10 + v[5];
        if (month == 0) return std::nullopt;
        d = date{year, month};
        if (s.size() == 8) {
            const unsigned day = v[6] * 10 + v[7];
            if (day == 0) return std::nullopt;
            d = date{year, month, day};
        }
    }
    if (!d.ok()) return std::nullopt;
    return d;
}

constexpr detail::fixed_text<8> compact_text(date d) noexcept {
    detail::fixed_text<8> out;
    if (!d.known()) return out;
    out.append_number(static_cast<unsigned>(d.year() < 0 ? 0 : d.year()), 4);
    if (d.month() != 0) out.append_number(d.month(), 2);
    if (d.day() != 0) out.append_number(d.day(), 2);
    return out;
}

constexpr std::optional<timestamp> timestamp::parse(std::string_view s) noexcept {
    if (s.empty()) return timestamp{};
    if (s.size() != 8 && s.size() != 14) return std::nullopt;
    const auto day = parse_compact_date(s.substr(0, 8));
    if (!day) return std::nullopt;
    if (s.size() == 8) return timestamp{*day};
    unsigned v[6]{};
    for (std::size_t i = 0; i < 6; ++i) {
        const char c = s[8 + i];
        if (c < '0' || c > '9') return std::nullopt;
        v[i] = static_cast<unsigned>(c - '0');
    }
    const timestamp t{*day, v[0] * 10 + v[1], v[2] * 10 + v[3], v[4] * 10 + v[5]};
    if (!t.ok()) return std::nullopt;
    return t;
}

constexpr detail::fixed_text<20> timestamp::iso() const noexcept {
    detail::fixed_text<20> out;
    if (!known()) return out;
    out.append(day_.iso().view());
    if (has_time_) {
        out.append('T').append_number(hour_, 2).append(':').append_number(minute_, 2);
        out.append(':').append_number(second_, 2).append('Z');
    }
    return out;
}

constexpr detail::fixed_text<14> timestamp::digits() const noexcept {
    detail::fixed_text<14> out;
    if (!known()) return out;
    out.append(compact_text(day_).view());
    if (has_time_) out.append_number(hour_, 2).append_number(minute_, 2).append_number(second_, 2);
    return out;
}

}  // namespace bilateral::gdelt
