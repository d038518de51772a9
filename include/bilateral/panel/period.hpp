// SPDX-License-Identifier: BSL-1.0
/// The periods of a panel: days, ISO weeks, months, quarters and years, as consecutive numbers.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>

namespace bilateral::panel {

/// How long the periods of a panel are.
enum class period_kind : std::uint8_t { day, week, month, quarter, year };

/// One period of a kind. `index` numbers the periods of its kind consecutively, so that the
/// period after `p` is `p.index + 1` (what a zero-filled panel walks) and periods sort by time:
/// days since 1970-01-01, ISO weeks since the week of 1970-01-01 (a Thursday), months since
/// year 0, quarters since year 0, years.
struct calendar_period {
    period_kind kind = period_kind::month;
    std::int32_t index = 0;

    /// The period after this one.
    [[nodiscard]] constexpr calendar_period next() const noexcept { return {kind, index + 1}; }
    /// "2019-10-23", "2019-W43" (the ISO week-numbering year, which can differ from the calendar
    /// year in the first and last days of a year), "2019-10", "2019-Q4" or "2019".
    [[nodiscard]] std::string text() const;

    friend constexpr bool operator==(const calendar_period&, const calendar_period&) noexcept = default;
    friend constexpr auto operator<=>(const calendar_period&, const calendar_period&) noexcept = default;
};

/// The date precision a kind of period needs: a day for days and weeks, a month for months and
/// quarters, a year for years.
[[nodiscard]] constexpr date_precision precision_needed(period_kind kind) noexcept;

/// The period of `kind` that holds `d`; nullopt when `d` is not a valid date or is less precise
/// than the kind needs (a date known to the month has no week).
[[nodiscard]] constexpr std::optional<calendar_period> period_of(date d, period_kind kind) noexcept;

/// The first day of a period (a date known to the day).
[[nodiscard]] constexpr date first_day(calendar_period p) noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::panel

namespace bilateral {
template <>
inline constexpr auto enum_names<panel::period_kind> = std::array{
    enum_name<panel::period_kind>{panel::period_kind::day, "day"},
    enum_name<panel::period_kind>{panel::period_kind::week, "week"},
    enum_name<panel::period_kind>{panel::period_kind::month, "month"},
    enum_name<panel::period_kind>{panel::period_kind::quarter, "quarter"},
    enum_name<panel::period_kind>{panel::period_kind::year, "year"},
};
}  // namespace bilateral

namespace bilateral::detail::panel {

[[nodiscard]] constexpr std::int32_t floor_div(std::int32_t a, std::int32_t b) noexcept {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// 1970-01-01 was a Thursday: the Monday of its ISO week is day -3.
inline constexpr std::int32_t epoch_week_monday = -3;

}  // namespace bilateral::detail::panel

namespace bilateral::panel {

constexpr date_precision precision_needed(period_kind kind) noexcept {
    switch (kind) {
        case period_kind::day:
        case period_kind::week: return date_precision::day;
        case period_kind::month:
        case period_kind::quarter: return date_precision::month;
        case period_kind::year: break;
    }
    return date_precision::year;
}

constexpr std::optional<calendar_period> period_of(date d, period_kind kind) noexcept {
    if (!d.ok() || d.precision() < precision_needed(kind)) return std::nullopt;
    using namespace detail::panel;
    switch (kind) {
        case period_kind::day: return calendar_period{kind, day_number(d)};
        case period_kind::week: return calendar_period{kind, floor_div(day_number(d) - epoch_week_monday, 7)};
        case period_kind::month: return calendar_period{kind, d.year() * 12 + static_cast<std::int32_t>(d.month()) - 1};
        case period_kind::quarter:
            return calendar_period{kind, d.year() * 4 + (static_cast<std::int32_t>(d.month()) - 1) / 3};
        case period_kind::year: break;
    }
    return calendar_period{kind, d.year()};
}

constexpr date first_day(calendar_period p) noexcept {
    using namespace detail::panel;
    switch (p.kind) {
        case period_kind::day: return date_of_day_number(p.index);
        case period_kind::week: return date_of_day_number(p.index * 7 + epoch_week_monday);
        case period_kind::month:
            return date{floor_div(p.index, 12), static_cast<unsigned>(p.index - floor_div(p.index, 12) * 12) + 1, 1};
        case period_kind::quarter:
            return date{floor_div(p.index, 4), static_cast<unsigned>(p.index - floor_div(p.index, 4) * 4) * 3 + 1, 1};
        case period_kind::year: break;
    }
    return date{p.index, 1, 1};
}

inline std::string calendar_period::text() const {
    const date first = first_day(*this);
    switch (kind) {
        case period_kind::day: return std::string{first.iso().view()};
        case period_kind::week: {
            // The ISO week-numbering year is the year of the week's Thursday; the week number
            // counts the Thursdays of that year up to this one.
            const date thursday = date_of_day_number(index * 7 + detail::panel::epoch_week_monday + 3);
            const std::int32_t day_of_year =
                day_number(thursday) - day_number(date{thursday.year(), 1, 1});
            const int week = day_of_year / 7 + 1;
            std::string out{date{thursday.year()}.iso().view()};
            out += "-W";
            if (week < 10) out += '0';
            out += std::to_string(week);
            return out;
        }
        case period_kind::month: return std::string{date{first.year(), first.month()}.iso().view()};
        case period_kind::quarter:
            return std::string{date{first.year()}.iso().view()} + "-Q" + std::to_string((first.month() - 1) / 3 + 1);
        case period_kind::year: break;
    }
    return std::string{date{first.year()}.iso().view()};
}

}  // namespace bilateral::panel
