// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/record.hpp: the typed GDELT row, its blocks, reflection and JSON.
#include <bilateral/io/gdelt/record.hpp>

#include <bilateral/io/json.hpp>
#include <bilateral/reflect.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

using namespace bilateral;
using namespace bilateral::gdelt;

// Records are aggregates with defaults, reflectable like the core records, and each block stays
// within Boost.Hana's limit of 39 members.
static_assert(std::is_aggregate_v<record> && std::is_aggregate_v<actor_block> && std::is_aggregate_v<geo_block>);
static_assert(reflectable<record> && reflectable<actor_block> && reflectable<event_block>);
static_assert(reflectable<geo_block> && reflectable<dates_block>);
static_assert(field_count<record> == 10 && field_count<actor_block> == 10 && field_count<event_block> == 11);
static_assert(field_count<geo_block> == 9 && field_count<dates_block> == 5);
static_assert(field_count<record> <= 39 && field_count<actor_block> <= 39 && field_count<event_block> <= 39);
static_assert(field_names<record>()[0] == "format" && field_names<record>()[9] == "source_url");
static_assert(field_names<event_block>()[1] == "code" && field_names<geo_block>()[3] == "country");
// Views and small values only: a record is cheap to copy and holds no allocation.
static_assert(std::is_trivially_copyable_v<record> && std::is_trivially_destructible_v<record>);
// CAMEO codes are text, Goldstein values carry GDELT's table, the geography has an ISO country.
static_assert(std::is_same_v<decltype(event_block::code), cameo_code> && std::is_same_v<decltype(event_block::base), cameo_code>);
static_assert(std::is_same_v<decltype(event_block::goldstein), std::optional<goldstein>>);
static_assert(std::is_same_v<decltype(geo_block::country), country> && std::is_same_v<decltype(dates_block::day), date>);
static_assert(!std::is_constructible_v<cameo_code, int>);
// Actor code parts: three letters or digits.
static_assert(actor_code{"USA"}.ok() && actor_code{"kur"}.ok() && actor_code{"A1B"}.ok());
static_assert(!actor_code{"US"}.ok() && !actor_code{"USAG"}.ok() && !actor_code{"U A"}.ok() && actor_code{}.empty());
static_assert(actor_block{.code = "ROMGOV", .country = actor_code{"ROM"}}.iso_alpha3() == "ROU");
static_assert(actor_block{}.empty() && !actor_block{.code = "BUS"}.empty());
// Defaults: a GDELT 2.0 row with nothing given.
static_assert(record{}.format == format::v2 && !record{}.event.goldstein && record{}.event.quad_class == quad_class::unknown);
static_assert(record{} == record{});

TEST_CASE("gdelt record: JSON comes from reflection, numbers as their exact text") {
    record r{.id = 7, .source_url = "https://example.org/a"};
    r.dates.day = date{2024, 7, 3};
    r.dates.added = timestamp{date{2024, 7, 3}, 12, 15, 0};
    r.event.code = cameo_code{"042"};
    r.event.quad_class = quad_class::verbal_cooperation;
    r.event.goldstein = goldstein{.tenths = 19, .table = goldstein_table::gdelt};
    r.action_geo = geo_block{.type = geo_type::world_city, .full_name = "Astana, Kazakhstan", .fips = "KZ",
                             .country = country{"KZ"}, .lat = *decimal::parse("51.1801")};
    const std::string json = to_json(r, {.indent = 0});
    CHECK(json.starts_with(R"({"format":"v2","id":7,"dates":{"day":"2024-07-03","month":null,"year":null,"fraction":null,)"
                           R"("added":"2024-07-03T12:15:00Z"},)"));
    // Empty optional members (is_root, mentions) are left out; codes not given are null.
    CHECK(json.find(R"("event":{"code":"042","base":null,"root":null,"quad_class":"verbal_cooperation",)"
                    R"("goldstein":{"value":1.9,"table":"gdelt"},"goldstein_decimals":1,)") != std::string::npos);
    CHECK(json.find(R"("action_geo":{"type":"world_city","full_name":"Astana, Kazakhstan","fips":"KZ","country":"KZ",)"
                    R"("adm1":"","adm2":"","lat":"51.1801","lon":null,"feature_id":""})") != std::string::npos);
    CHECK(json.ends_with(R"("source_url":"https://example.org/a"})"));
}

TEST_CASE("gdelt record: geographic types have names") {
    CHECK(to_string(geo_type::world_state) == "world_state");
    CHECK(enum_from_string<geo_type>("us_city") == geo_type::us_city);
    CHECK(static_cast<int>(geo_type::world_state) == 5);  // GDELT's number
}
