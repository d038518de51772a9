// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/timestamp.hpp: DATEADDED and GDELT's compact dates.
#include <bilateral/io/gdelt/timestamp.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace bilateral;
using gdelt::timestamp;

// Compact dates: SQLDATE, MonthYear and Year, at their precision.
static_assert(gdelt::parse_compact_date("20240703") == date{2024, 7, 3});
static_assert(gdelt::parse_compact_date("202407") == date{2024, 7});
static_assert(gdelt::parse_compact_date("1982") == date{1982});
static_assert(!gdelt::parse_compact_date("20240230") && !gdelt::parse_compact_date("20241301"));
static_assert(!gdelt::parse_compact_date("20240700") && !gdelt::parse_compact_date("202400"));
static_assert(!gdelt::parse_compact_date("0000") && !gdelt::parse_compact_date("2024-07") && !gdelt::parse_compact_date("2024070"));
static_assert(gdelt::compact_text(date{2024, 7, 3}).view() == "20240703" && gdelt::compact_text(date{1982, 1}).view() == "198201");
static_assert(gdelt::compact_text(date{812}).view() == "0812" && gdelt::compact_text(date{}).view().empty());
// DATEADDED: a day (GDELT 1.0) or a second (GDELT 2.0).
static_assert(timestamp::parse("20151027220000") == timestamp{date{2015, 10, 27}, 22, 0, 0});
static_assert(timestamp::parse("20141124") == timestamp{date{2014, 11, 24}});
static_assert(timestamp::parse("")->known() == false);
static_assert(!timestamp::parse("20151027240000") && !timestamp::parse("20151027226000") && !timestamp::parse("20151027225960"));
static_assert(!timestamp::parse("2015102722000") && !timestamp::parse("201510272200000") && !timestamp::parse("2015102722000x"));
static_assert(timestamp::parse("20151027220000")->digits().view() == "20151027220000");
static_assert(timestamp::parse("20141124")->digits().view() == "20141124");
static_assert(timestamp::parse("20180326044500")->iso().view() == "2018-03-26T04:45:00Z");
static_assert(timestamp{date{2014, 11, 24}}.iso().view() == "2014-11-24" && !timestamp{date{2014, 11, 24}}.has_time());
// A day and a second on that day are different values.
static_assert(timestamp{date{2014, 11, 24}} != timestamp{date{2014, 11, 24}, 0, 0, 0});

TEST_CASE("gdelt timestamp: ISO 8601 text for printing and JSON") {
    CHECK(text_of(*timestamp::parse("20190121220000")) == "2019-01-21T22:00:00Z");
    CHECK(text_of(timestamp{}).empty());
    CHECK_FALSE(is_given(timestamp{}));
    CHECK(timestamp{date{2024, 2, 29}, 23, 59, 59}.ok());
    CHECK_FALSE(timestamp{date{2023, 2, 29}, 0, 0, 0}.ok());
    CHECK_FALSE(timestamp{date{2023, 2}}.ok());  // a timestamp is at least a day
}

TEST_CASE("gdelt timestamp: the ISO 8601 text reads back through value_traits, and nothing else does") {
    int no_storage = 0;  // a timestamp holds no view: parse does not use its storage
    using traits = value_traits<timestamp>;
    const timestamp second{date{2019, 1, 21}, 22, 0, 5};
    CHECK(traits::parse(text_of(second), no_storage) == second);
    CHECK(traits::parse("2014-11-24", no_storage) == timestamp{date{2014, 11, 24}});
    CHECK(!traits::parse("2014-11-24T25:00:00Z", no_storage));
    CHECK(!traits::parse("2014-02-30", no_storage));
    CHECK(!traits::parse("20141124", no_storage));
    CHECK(!traits::parse("2014-11-24 22:00:00Z", no_storage));
    CHECK(!traits::parse("2014-1x-24", no_storage));
}
