// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/masterfilelist.hpp: master file list lines and GDELT file-name stamps.
#include <bilateral/io/gdelt/masterfilelist.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace bilateral;
using namespace bilateral::gdelt;

TEST_CASE("a master file list line: SIZE MD5 URL") {
    std::string why;
    const auto f = parse_listed_file(
        "150383 297a16b493de7cf6ca809a7cc31d0b93 http://data.gdeltproject.org/gdeltv2/20150218230000.export.CSV.zip\r", why);
    REQUIRE(f);
    CHECK(f->size == 150383);
    CHECK(f->md5 == "297a16b493de7cf6ca809a7cc31d0b93");
    CHECK(f->name() == "20150218230000.export.CSV.zip");
    CHECK(parse_listed_file("1  297a16b493de7cf6ca809a7cc31d0b93   x/y.zip", why)->name() == "y.zip");

    CHECK(!parse_listed_file("", why));
    CHECK(why == "expected SIZE MD5 URL, found 0 fields");
    CHECK(!parse_listed_file("12x 297a16b493de7cf6ca809a7cc31d0b93 a.zip", why));
    CHECK(why == "SIZE is not a number of bytes: '12x'");
    CHECK(!parse_listed_file("12 297A16B493DE7CF6CA809A7CC31D0B93 a.zip", why));
    CHECK(why.starts_with("MD5 is not 32 lower-case hexadecimal digits"));
    CHECK(!parse_listed_file("12 297a16b493de7cf6ca809a7cc31d0b9 a.zip", why));
    CHECK(!parse_listed_file("12 297a16b493de7cf6ca809a7cc31d0b93 a.zip extra", why));
    CHECK(why == "more than three fields (SIZE MD5 URL)");
    CHECK(!parse_listed_file("12 297a16b493de7cf6ca809a7cc31d0b93 http://host/", why));
    CHECK(why.starts_with("the URL names no file"));
}

TEST_CASE("file names: GDELT 2.0 quarter-hours and GDELT 1.0 days") {
    const auto q = stamp_of("20190121221500.export.CSV.zip");
    REQUIRE(q);
    CHECK(q->day == date{2019, 1, 21});
    CHECK(q->minute_of_day == 22 * 60 + 15);
    CHECK(q->kind == "export");
    CHECK(q->text() == "2019-01-21 22:15");
    CHECK(stamp_of("20190121221500.mentions.CSV.zip")->kind == "mentions");
    CHECK(stamp_of("20190121221500.gkg.csv.zip")->kind == "gkg");
    const auto d = stamp_of("20141124.export.CSV.zip");
    REQUIRE(d);
    CHECK(d->minute_of_day == -1);
    CHECK(d->text() == "2014-11-24");
    CHECK(!stamp_of("20190121221700.export.CSV.zip"));  // not a quarter-hour
    CHECK(!stamp_of("20190132000000.export.CSV.zip"));  // no such day
    CHECK(!stamp_of("18230000.export.CSV.zip"));        // a year, not a day (found by fuzz_masterfilelist)
    CHECK(!stamp_of("18230100.export.CSV.zip"));        // a month, not a day
    CHECK(!stamp_of("18230000000000.export.CSV.zip"));
    CHECK(!stamp_of("2019012122.export.CSV.zip"));
    CHECK(!stamp_of("masterfilelist.txt"));
    CHECK(!stamp_of("20190121221500"));
    // Quarter-hours are consecutive across days, months and years.
    CHECK(stamp_of("20190101000000.export.CSV.zip")->quarter_hour() ==
          stamp_of("20181231234500.export.CSV.zip")->quarter_hour() + 1);
    CHECK(quarter_hour_text(stamp_of("20160229234500.export.CSV.zip")->quarter_hour() + 1) == "2016-03-01 00:00");
    CHECK(quarter_hour_text(0) == "1970-01-01 00:00");
    CHECK(quarter_hour_text(-1) == "1969-12-31 23:45");
}
