// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/columns.hpp: the three GDELT row layouts and their column names.
#include <bilateral/io/gdelt/columns.hpp>

#include <doctest/doctest.h>

using namespace bilateral::gdelt;

// A layout is named by its field count, which is how a reader tells them apart.
static_assert(field_count_of(format::v1_historical) == 57 && field_count_of(format::v1_daily) == 58 && field_count_of(format::v2) == 61);
static_assert(format_of(57) == format::v1_historical && format_of(58) == format::v1_daily && format_of(61) == format::v2);
static_assert(!format_of(56) && !format_of(59) && !format_of(60) && !format_of(62) && !format_of(0));
static_assert(column_labels.size() == column_count && column_count == 61);
static_assert(label(column::global_event_id) == "GLOBALEVENTID" && label(column::source_url) == "SOURCEURL");
static_assert(label(column::actor1_geo_adm2_code) == "Actor1Geo_ADM2Code" && label(column::action_geo_long) == "ActionGeo_Long");
// GDELT 1.0 lacks the ADM2 columns; the backfile also SOURCEURL.
static_assert(has_column(format::v2, column::actor2_geo_adm2_code) && !has_column(format::v1_daily, column::actor2_geo_adm2_code));
static_assert(has_column(format::v1_daily, column::source_url) && !has_column(format::v1_historical, column::source_url));
// The first 39 columns are at the same place in every layout; after that 1.0 shifts left.
static_assert(position(format::v1_historical, column::actor1_geo_adm1_code) == 38 && common_prefix_columns == 39);
static_assert(position(format::v2, column::actor1_geo_lat) == 40 && position(format::v1_daily, column::actor1_geo_lat) == 39);
static_assert(position(format::v2, column::date_added) == 59 && position(format::v1_daily, column::date_added) == 56);
static_assert(position(format::v1_daily, column::source_url) == 57 && position(format::v2, column::source_url) == 60);
static_assert(column_at(format::v1_daily, 39) == column::actor1_geo_lat && column_at(format::v2, 39) == column::actor1_geo_adm2_code);
static_assert(column_at(format::v1_historical, 56) == column::date_added);

TEST_CASE("gdelt columns: every layout lists its columns once, in GDELT order") {
    for (format f : {format::v1_historical, format::v1_daily, format::v2}) {
        std::size_t present = 0;
        for (std::size_t i = 0; i < column_count; ++i) {
            const auto c = static_cast<column>(i);
            if (!has_column(f, c)) continue;
            CHECK(position(f, c) == present);
            CHECK(column_at(f, present) == c);
            ++present;
        }
        CHECK(present == field_count_of(f));
    }
}

TEST_CASE("gdelt columns: the layouts have names for printing and JSON") {
    CHECK(bilateral::to_string(format::v2) == "v2");
    CHECK(bilateral::to_string(format::v1_historical) == "v1_historical");
    CHECK(bilateral::enum_from_string<format>("v1_daily") == format::v1_daily);
}
