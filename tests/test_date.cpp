// SPDX-License-Identifier: BSL-1.0
// Tests of core/date.hpp: partial dates, ISO 8601 text, interval ordering, periods.
#include <bilateral/core/date.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <compare>
#include <string_view>
#include <string>
#include <type_traits>

using bilateral::compare;
using bilateral::date;
using bilateral::date_precision;
using bilateral::period;

// Compile-time facts -------------------------------------------------------------------------
static_assert(std::is_trivially_copyable_v<date>);
static_assert(sizeof(date) == 4, "a date is four bytes: year, month, day");
static_assert(!std::is_convertible_v<int, date>, "a year is not implicitly a date");
static_assert(!std::is_convertible_v<const char*, date>, "text becomes a date only through parse()");
// Dates of different precision are not silently ordered: there is no operator<.
static_assert(!std::totally_ordered<date>);
static_assert(std::equality_comparable<date>);

static_assert(date{2024, 7, 3}.ok());
static_assert(!date{2024, 2, 30}.ok());
static_assert(date{2024, 2, 29}.ok() && !date{2023, 2, 29}.ok());
static_assert(!date{1900, 2, 29}.ok() && date{2000, 2, 29}.ok());
static_assert(!date{2024, 13}.ok() && !date{0}.ok() && !date{}.ok());
static_assert(date{2023}.precision() == date_precision::year);
static_assert(date{2023, 7}.precision() == date_precision::month);
static_assert(date{2024, 7, 3}.precision() == date_precision::day);
static_assert(date{}.precision() == date_precision::none && !date{}.known());
static_assert(date{2024, 7, 3}.iso().view() == "2024-07-03");
static_assert(date{2023, 7}.iso().view() == "2023-07");
static_assert(date{987}.iso().view() == "0987");
static_assert(date::parse("2024-07-03") == date{2024, 7, 3});
static_assert(date::parse("2023") == date{2023});
static_assert(!date::parse("2024-7-3") && !date::parse("2024-02-30") && !date::parse("") && !date::parse("20x4"));
static_assert(compare(date{2023}, date{2024, 7, 3}) == std::partial_ordering::less);
static_assert(compare(date{2024}, date{2024, 7, 3}) == std::partial_ordering::unordered);
static_assert(compare(date{2024, 7, 3}, date{2024, 7, 3}) == std::partial_ordering::equivalent);

TEST_CASE("date: a year beyond 9999 is not ok, and its ISO text is written whole") {
    CHECK_FALSE(date{10000, 1, 1}.ok());
    CHECK(std::string{date{10000, 1, 1}.iso().view()} == "10000-01-01");
    CHECK(std::string{date{32767, 12, 31}.iso().view()} == "32767-12-31");
    CHECK(std::string{date{12345}.iso().view()} == "12345");
    CHECK_FALSE(date::parse(date{10000, 1, 1}.iso().view()).has_value());
}

TEST_CASE("date: a negative year is not ok, and its ISO text keeps the year and its sign") {
    CHECK_FALSE(date{-44, 3, 15}.ok());
    CHECK(std::string{date{-44, 3, 15}.iso().view()} == "-0044-03-15");
    CHECK(std::string{date{-32768, 12, 31}.iso().view()} == "-32768-12-31");
    CHECK_FALSE(date{-44, 3, 15}.iso().truncated());
}

TEST_CASE("date: a day without a month is not written as a month") {
    CHECK_FALSE(date{2024, 0, 5}.ok());
    CHECK(std::string{date{2024, 0, 5}.iso().view()} == "2024-00-05");
    CHECK_FALSE(date::parse(date{2024, 0, 5}.iso().view()).has_value());
}

TEST_CASE("date: the ISO text of any stored date, however invalid, is never cut") {
    CHECK(std::string{date{2024, 13, 40}.iso().view()} == "2024-13-40");
    CHECK(std::string{date{-32768, 255, 255}.iso().view()} == "-32768-255-255");
    CHECK_FALSE(date{-32768, 255, 255}.iso().truncated());
}

TEST_CASE("date: ISO text round-trips for every precision") {
    for (const char* text : {"2024", "2024-07", "2024-07-03", "0001-01-01", "9999-12-31"}) {
        CAPTURE(std::string_view{text});
        const auto d = date::parse(text);
        REQUIRE(d.has_value());
        CHECK(d->ok());
        CHECK(std::string{d->iso().view()} == text);
    }
}

TEST_CASE("date: parse rejects everything but YYYY, YYYY-MM and YYYY-MM-DD") {
    for (const char* text : {"24", "2024-", "2024-07-3", "2024/07/03", "2024-00", "2024-07-00", "2024-07-32",
                             "+2024", " 2024", "2024-07-03T00:00", "0000"}) {
        CAPTURE(std::string_view{text});
        CHECK_FALSE(date::parse(text).has_value());
    }
}

TEST_CASE("date: a partial date stands for an interval of days") {
    CHECK(date{2023}.first_day() == date{2023, 1, 1});
    CHECK(date{2023}.last_day() == date{2023, 12, 31});
    CHECK(date{2024, 2}.last_day() == date{2024, 2, 29});
    CHECK(compare(date{2024, 6}, date{2024, 7, 3}) == std::partial_ordering::less);
    CHECK(compare(date{2024, 7, 4}, date{2024, 7}) == std::partial_ordering::unordered);
    CHECK(compare(date{2025}, date{2024, 12, 31}) == std::partial_ordering::greater);
    CHECK(compare(date{2024, 2, 30}, date{2024}) == std::partial_ordering::unordered);
}

TEST_CASE("period: ok when both ends are valid and in order") {
    constexpr period past_15_years{.first = date{2009}, .last = date{2024}};
    static_assert(past_15_years.ok());
    CHECK(bilateral::period_of(date{2023}).ok());
    CHECK_FALSE((period{.first = date{2024}, .last = date{2023}}).ok());
    CHECK_FALSE((period{.first = date{2024}, .last = date{}}).ok());
    // Overlapping ends of different precision are allowed: 2024 … 2024-07-03.
    CHECK((period{.first = date{2024}, .last = date{2024, 7, 3}}).ok());
}

using bilateral::date_of_day_number;
using bilateral::day_number;

static_assert(day_number(date{1970, 1, 1}) == 0);
static_assert(day_number(date{1969, 12, 31}) == -1);
static_assert(day_number(date{2024, 7}) == day_number(date{2024, 7, 1}));  // a month counts from its first day
static_assert(date_of_day_number(day_number(date{2000, 2, 29})) == date{2000, 2, 29});

TEST_CASE("day numbers agree with std::chrono for every day of years 1 to 9999") {
    for (std::int32_t n = day_number(date{1, 1, 1}); n <= day_number(date{9999, 12, 31}); ++n) {
        const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{n}}};
        const date d{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
        REQUIRE(date_of_day_number(n) == d);
        REQUIRE(day_number(d) == n);
    }
}
