// SPDX-License-Identifier: BSL-1.0
// Tests of panel/period.hpp: the periods of a date, their order, their first days and their text.
#include <bilateral/panel/period.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace bilateral;
using namespace bilateral::panel;

// Consecutive numbers: the day after 1970-01-01 is period 1, December and January are neighbours.
static_assert(period_of(date{1970, 1, 1}, period_kind::day)->index == 0);
static_assert(period_of(date{1970, 1, 2}, period_kind::day)->index == 1);
static_assert(period_of(date{1969, 12, 31}, period_kind::day)->index == -1);
static_assert(period_of(date{2019, 12}, period_kind::month)->next() == *period_of(date{2020, 1}, period_kind::month));
static_assert(period_of(date{2019, 12, 31}, period_kind::quarter)->next() == *period_of(date{2020, 1, 1}, period_kind::quarter));
static_assert(period_of(date{2019, 10}, period_kind::year)->index == 2019);
// The precision a kind needs: a month has no week, a year has no quarter.
static_assert(!period_of(date{2019, 10}, period_kind::week));
static_assert(!period_of(date{2019, 10}, period_kind::day));
static_assert(period_of(date{2019, 10}, period_kind::quarter));
static_assert(!period_of(date{2019}, period_kind::quarter));
static_assert(!period_of(date{}, period_kind::year));
static_assert(!period_of(date{2019, 2, 30}, period_kind::month));  // not a date
// First days.
static_assert(first_day(*period_of(date{2019, 10, 23}, period_kind::week)) == date{2019, 10, 21});  // a Monday
static_assert(first_day(*period_of(date{2019, 11, 30}, period_kind::quarter)) == date{2019, 10, 1});
static_assert(first_day(*period_of(date{1969, 12, 31}, period_kind::week)) == date{1969, 12, 29});

namespace {
std::string text_of(date d, period_kind kind) { return period_of(d, kind)->text(); }
}  // namespace

TEST_CASE("each kind of period is written as researchers write it") {
    CHECK(text_of(date{2019, 10, 23}, period_kind::day) == "2019-10-23");
    CHECK(text_of(date{2019, 10, 23}, period_kind::week) == "2019-W43");
    CHECK(text_of(date{2019, 10, 23}, period_kind::month) == "2019-10");
    CHECK(text_of(date{2019, 10, 23}, period_kind::quarter) == "2019-Q4");
    CHECK(text_of(date{2019, 2, 1}, period_kind::quarter) == "2019-Q1");
    CHECK(text_of(date{2019, 10, 23}, period_kind::year) == "2019");
    CHECK(text_of(date{2024, 7}, period_kind::month) == "2024-07");
}

TEST_CASE("ISO weeks belong to the year of their Thursday") {
    CHECK(text_of(date{2019, 12, 30}, period_kind::week) == "2020-W01");  // Monday of the week of 2020-01-02
    CHECK(text_of(date{2021, 1, 3}, period_kind::week) == "2020-W53");    // Sunday ending 2020's 53rd week
    CHECK(text_of(date{2020, 12, 31}, period_kind::week) == "2020-W53");
    CHECK(text_of(date{2021, 1, 4}, period_kind::week) == "2021-W01");
    CHECK(text_of(date{2015, 12, 31}, period_kind::week) == "2015-W53");
    CHECK(text_of(date{2018, 1, 1}, period_kind::week) == "2018-W01");  // a Monday
    CHECK(text_of(date{2014, 11, 24}, period_kind::week) == "2014-W48");
}

TEST_CASE("every day of 1968-2031 lies in the period whose first day starts it, and weeks have seven days") {
    for (int days = -730; days < 22645; ++days) {
        const date d = date_of_day_number(days);
        REQUIRE(day_number(d) == days);
        for (const period_kind kind : {period_kind::day, period_kind::week, period_kind::month, period_kind::quarter,
                                       period_kind::year}) {
            const calendar_period p = *period_of(d, kind);
            const date first = first_day(p);
            REQUIRE(compare(first, d) != std::partial_ordering::greater);
            REQUIRE(*period_of(first, kind) == p);
            // The day before the first day is in the previous period.
            const date before = date_of_day_number(day_number(first) - 1);
            REQUIRE(period_of(before, kind)->next() == p);
        }
        const calendar_period week = *period_of(d, period_kind::week);
        const std::int32_t monday = day_number(first_day(week));
        REQUIRE(days - monday >= 0);
        REQUIRE(days - monday < 7);
    }
}

TEST_CASE("periods sort by time, whatever their text") {
    CHECK(*period_of(date{2019, 9}, period_kind::month) < *period_of(date{2019, 10}, period_kind::month));
    CHECK(*period_of(date{1999, 12, 26}, period_kind::week) < *period_of(date{2000, 1, 1}, period_kind::week));  // W51 < W52
    CHECK(*period_of(date{1999, 12, 31}, period_kind::week) == *period_of(date{2000, 1, 2}, period_kind::week));
}
