// SPDX-License-Identifier: BSL-1.0
// Tests of io/phoenix/record.hpp: the columns, their labels and the ';' lists.
#include <bilateral/io/json.hpp>
#include <bilateral/io/phoenix/record.hpp>
#include <bilateral/reflect.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace bilateral;

TEST_CASE("the columns are Phoenix's 26, in the order of its files, named as its documentation names them") {
    static_assert(phoenix::column_labels.size() == phoenix::column_count);
    static_assert(static_cast<std::size_t>(phoenix::column::news_sources) + 1 == phoenix::column_count);
    static_assert(phoenix::label(phoenix::column::event_id) == "EventID");
    static_assert(phoenix::label(phoenix::column::date) == "Date");
    static_assert(phoenix::label(phoenix::column::source_actor_full) == "SourceActorFull");
    static_assert(phoenix::label(phoenix::column::target_actor_attribute) == "TargetActorAttribute");
    static_assert(phoenix::label(phoenix::column::event_code) == "EventCode");
    static_assert(phoenix::label(phoenix::column::quad_class) == "QuadClass");
    static_assert(phoenix::label(phoenix::column::goldstein_score) == "GoldsteinScore");
    static_assert(phoenix::label(phoenix::column::lat) == "Lat");
    static_assert(phoenix::label(phoenix::column::country_code) == "CountryCode");
    static_assert(phoenix::label(phoenix::column::news_sources) == "NewsSources");
    // The 1-based column numbers errors give: the actors' four columns each, then the code.
    CHECK(static_cast<int>(phoenix::column::source_actor_entity) + 1 == 7);
    CHECK(static_cast<int>(phoenix::column::target_actor_full) + 1 == 10);
    CHECK(static_cast<int>(phoenix::column::event_code) + 1 == 14);
    CHECK(static_cast<int>(phoenix::column::sentence_id) + 1 == 24);
}

TEST_CASE("a ';' list is split, blanks trimmed, empty items skipped; first_item is the first of them") {
    std::vector<std::string_view> seen;
    phoenix::for_each_item("MUS; ISI;;https://a.example/x?y=1 ", [&](std::string_view s) { seen.push_back(s); });
    CHECK(seen == std::vector<std::string_view>{"MUS", "ISI", "https://a.example/x?y=1"});
    seen.clear();
    phoenix::for_each_item("", [&](std::string_view s) { seen.push_back(s); });
    CHECK(seen.empty());
    static_assert(phoenix::first_item(";guardian_americas;nyt") == "guardian_americas");
    static_assert(phoenix::first_item(" ; ").empty());
}

TEST_CASE("the record is reflected: its fields by name, the actors nested") {
    constexpr auto names = field_names<phoenix::record>();
    static_assert(field_count<phoenix::actor> == 4);
    REQUIRE(names.size() == 17);
    CHECK(names.front() == "event_id");
    CHECK(names[2] == "source");
    CHECK(names.back() == "news_sources");
}

TEST_CASE("the record writes as JSON as Phoenix wrote it: QuadClass 0 stays 0, Goldstein in tenths") {
    const phoenix::record r{.event_id = "6",
                            .date = date{2024, 7, 5},
                            .source = {.code = "IND", .entity = "IND"},
                            .code = cameo_code{"010"},
                            .quad_class = 0,
                            .goldstein = 0};
    const std::string json = to_json(r);
    CHECK(json.find("\"quad_class\": 0") != std::string::npos);
    CHECK(json.find("\"code\": \"010\"") != std::string::npos);
    CHECK(json.find("\"entity\": \"IND\"") != std::string::npos);
}
