// SPDX-License-Identifier: BSL-1.0
/// Partial calendar dates (year, year-month or full day) and periods between them.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

#include <bilateral/core/enum_names.hpp>
#include <bilateral/detail/fixed_text.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// How much of a date is known.
enum class date_precision : std::uint8_t { none, year, month, day };

/// A proleptic Gregorian date known to the year, the month or the day ("2023", "2023-07",
/// "2024-07-03"), because reports often give no more. A default date is unknown (`known()` false).
/// Dates of different precision are not ordered by `<`: use `compare`, which treats a partial
/// date as the interval it stands for.
class date {
public:
    constexpr date() noexcept = default;
    constexpr explicit date(int year) noexcept : year_{narrow(year)} {}
    constexpr date(int year, unsigned month) noexcept : year_{narrow(year)}, month_{small(month)} {}
    constexpr date(int year, unsigned month, unsigned day) noexcept
        : year_{narrow(year)}, month_{small(month)}, day_{small(day)} {}

    /// Parses ISO 8601 calendar text: "YYYY", "YYYY-MM" or "YYYY-MM-DD". Nothing else is accepted.
    [[nodiscard]] static constexpr std::optional<date> parse(std::string_view text) noexcept;

    [[nodiscard]] constexpr int year() const noexcept { return year_; }
    /// 1–12, or 0 when the precision is coarser than a month.
    [[nodiscard]] constexpr unsigned month() const noexcept { return month_; }
    /// 1–31, or 0 when the precision is coarser than a day.
    [[nodiscard]] constexpr unsigned day() const noexcept { return day_; }
    [[nodiscard]] constexpr date_precision precision() const noexcept;
    [[nodiscard]] constexpr bool known() const noexcept { return precision() != date_precision::none; }
    /// A real calendar date in years 1–9999 (2024-02-30 is not ok; an unknown date is not ok).
    [[nodiscard]] constexpr bool ok() const noexcept;
    /// The ISO 8601 text of the date ("2024-07-03", "2023-07", "2023"); empty if unknown. A year
    /// outside 0–9999 (never ok) is written whole, with its sign: "10000-01-01", "-0044-03-15";
    /// so are a month and a day out of range ("2024-13-40").
    [[nodiscard]] constexpr detail::fixed_text<14> iso() const noexcept;

    /// The first and the last day the date stands for (2023 → 2023-01-01 … 2023-12-31).
    [[nodiscard]] constexpr date first_day() const noexcept;
    [[nodiscard]] constexpr date last_day() const noexcept;

    friend constexpr bool operator==(date, date) noexcept = default;

private:
    // Years beyond what 16 bits hold are clamped to its ends (such dates are never ok).
    static constexpr std::int16_t narrow(int v) noexcept {
        return static_cast<std::int16_t>(v < -32768 ? -32768 : (v > 32767 ? 32767 : v));
    }
    static constexpr std::uint8_t small(unsigned v) noexcept { return static_cast<std::uint8_t>(v > 255 ? 255 : v); }

    std::int16_t year_ = 0;
    std::uint8_t month_ = 0;
    std::uint8_t day_ = 0;
};

/// Orders two dates as the intervals they stand for: 2023 < 2024-07-03, but 2024 and
/// 2024-07-03 overlap, so they are unordered. Unknown or invalid dates are unordered.
[[nodiscard]] constexpr std::partial_ordering compare(date a, date b) noexcept;

/// Days in `month` of `year` (Gregorian), 0 for a month outside 1–12.
[[nodiscard]] constexpr unsigned days_in_month(int year, unsigned month) noexcept;

/// Days since 1970-01-01 of the first day of `d` (proleptic Gregorian calendar; negative before
/// 1970): consecutive day numbers, for counting days between dates and walking day by day.
[[nodiscard]] constexpr std::int32_t day_number(date d) noexcept;
/// The day with that number (the inverse of `day_number` for days).
[[nodiscard]] constexpr date date_of_day_number(std::int32_t days) noexcept;

/// A span of time as reported ("in 2023", "over the past 15 years"): both ends inclusive.
struct period {
    date first{};  ///< first date of the period
    date last{};   ///< last date of the period (inclusive)

    /// Both ends are ok and `first` does not come after `last`.
    [[nodiscard]] constexpr bool ok() const noexcept {
        return first.ok() && last.ok() && !(compare(first, last) == std::partial_ordering::greater);
    }
    friend constexpr bool operator==(const period&, const period&) = default;
};

/// A period of one date: the year 2023, the month 2024-07, the day 2024-07-03.
[[nodiscard]] constexpr period period_of(date d) noexcept { return {.first = d, .last = d}; }

template <>
inline constexpr auto enum_names<date_precision> = std::array{
    enum_name<date_precision>{date_precision::none, "none"},
    enum_name<date_precision>{date_precision::year, "year"},
    enum_name<date_precision>{date_precision::month, "month"},
    enum_name<date_precision>{date_precision::day, "day"},
};

// ---------------------------------------------------------------------------------------------
// Implementation

constexpr unsigned days_in_month(int year, unsigned month) noexcept {
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

constexpr date_precision date::precision() const noexcept {
    if (year_ == 0 && month_ == 0 && day_ == 0) return date_precision::none;
    if (month_ == 0) return date_precision::year;
    if (day_ == 0) return date_precision::month;
    return date_precision::day;
}

constexpr bool date::ok() const noexcept {
    if (year_ < 1 || year_ > 9999) return false;
    if (month_ == 0) return day_ == 0;
    if (month_ > 12) return false;
    return day_ == 0 || day_ <= days_in_month(year_, month_);
}

constexpr detail::fixed_text<14> date::iso() const noexcept {
    detail::fixed_text<14> out;  // the longest: "-32768-255-255" (such a date is stored, never ok)
    if (!known()) return out;
    if (year_ < 0) out.append('-');
    out.append_number(static_cast<unsigned>(year_ < 0 ? -year_ : year_), 4);
    // A day without a month (never ok) keeps its "00" month: "2024-05" would read back as May.
    if (month_ != 0 || day_ != 0) out.append('-').append_number(month_, 2);
    if (day_ != 0) out.append('-').append_number(day_, 2);
    return out;
}

constexpr std::optional<date> date::parse(std::string_view text) noexcept {
    // Each part is a fixed number of digits; -1 marks a part that is not all digits.
    const auto digits = [&](std::size_t from, std::size_t count) -> int {
        int v = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    date d;
    if (text.size() == 4) {
        d = date{digits(0, 4)};
    } else if (text.size() == 7 && text[4] == '-') {
        const int m = digits(5, 2);
        if (m < 1) return std::nullopt;  // "2024-00" is not a month
        d = date{digits(0, 4), static_cast<unsigned>(m)};
    } else if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        const int m = digits(5, 2), day = digits(8, 2);
        if (m < 1 || day < 1) return std::nullopt;
        d = date{digits(0, 4), static_cast<unsigned>(m), static_cast<unsigned>(day)};
    } else {
        return std::nullopt;
    }
    if (!d.ok()) return std::nullopt;
    return d;
}

constexpr date date::first_day() const noexcept {
    return date{year_, month_ == 0 ? 1u : month_, day_ == 0 ? 1u : day_};
}

constexpr date date::last_day() const noexcept {
    const unsigned m = month_ == 0 ? 12u : month_;
    return date{year_, m, day_ == 0 ? days_in_month(year_, m) : day_};
}

// Both count 400-year eras of 146097 days from 0000-03-01, so that a leap day ends its year.
constexpr std::int32_t day_number(date d) noexcept {
    const date f = d.first_day();
    const int y = f.year() - (f.month() <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int year_of_era = y - era * 400;
    const int month_from_march = static_cast<int>(f.month()) + (f.month() > 2 ? -3 : 9);
    const int day_of_year = (153 * month_from_march + 2) / 5 + static_cast<int>(f.day()) - 1;
    const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

constexpr date date_of_day_number(std::int32_t days) noexcept {
    const std::int32_t z = days + 719468;
    const std::int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int32_t day_of_era = z - era * 146097;
    const std::int32_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const std::int32_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int32_t month_from_march = (5 * day_of_year + 2) / 153;
    const auto day = static_cast<unsigned>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
    const auto month = static_cast<unsigned>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
    return date{static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

constexpr std::partial_ordering compare(date a, date b) noexcept {
    if (!a.ok() || !b.ok()) return std::partial_ordering::unordered;
    const auto key = [](date d) { return (d.year() * 100 + static_cast<int>(d.month())) * 100 + static_cast<int>(d.day()); };
    if (a == b) return std::partial_ordering::equivalent;
    if (key(a.last_day()) < key(b.first_day())) return std::partial_ordering::less;
    if (key(b.last_day()) < key(a.first_day())) return std::partial_ordering::greater;
    return std::partial_ordering::unordered;
}

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::period, first, last);
