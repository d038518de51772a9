// SPDX-License-Identifier: BSL-1.0
// Tests of io/polecat/record.hpp: the columns, POLECAT's intensity scale and its "; " lists.
#include <bilateral/io/json.hpp>
#include <bilateral/io/polecat/record.hpp>

#include <doctest/doctest.h>

#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

using namespace bilateral;

// The columns are POLECAT's 40, in the order of its files.
static_assert(polecat::column_labels.size() == polecat::column_count);
static_assert(polecat::label(polecat::column::event_id) == "Event ID");
static_assert(polecat::label(polecat::column::quad_code) == "Quad Code");
static_assert(polecat::label(polecat::column::wikipedia_actor_id) == "Wikipedia Actor ID");
static_assert(polecat::label(polecat::column::recipient_name) == "Recipient Name");
static_assert(polecat::label(polecat::column::geonames_id) == "GeoNames ID");
static_assert(polecat::label(polecat::column::version) == "Version");
static_assert(static_cast<std::size_t>(polecat::column::version) + 1 == polecat::column_count);

// An intensity is POLECAT's own scale: not a number by accident, not a Goldstein value.
static_assert(!std::is_convertible_v<std::int16_t, polecat::intensity>);
static_assert(!std::is_convertible_v<polecat::intensity, double>);
static_assert(!std::equality_comparable_with<polecat::intensity, goldstein>);
static_assert(text_value<polecat::intensity>);

static_assert(polecat::intensity::parse("-7.5")->hundredths() == -750);
static_assert(polecat::intensity::parse("+3")->hundredths() == 300);
static_assert(polecat::intensity::parse("10.00")->hundredths() == 1000);
static_assert(polecat::intensity::parse("-10")->hundredths() == -1000);
static_assert(polecat::intensity::parse("-0.25")->hundredths() == -25);
static_assert(polecat::intensity::parse("0.05")->hundredths() == 5);
static_assert(!polecat::intensity::parse("10.01"));
static_assert(!polecat::intensity::parse("-11"));
static_assert(!polecat::intensity::parse("100"));
static_assert(!polecat::intensity::parse("1.255"));
static_assert(!polecat::intensity::parse("1."));
static_assert(!polecat::intensity::parse(".5"));
static_assert(!polecat::intensity::parse("-"));
static_assert(!polecat::intensity::parse(""));
static_assert(!polecat::intensity::parse("1e2"));
static_assert(!polecat::intensity::parse("None"));
static_assert(polecat::intensity{-750}.ok() && !polecat::intensity{1001}.ok());

TEST_CASE("an intensity is written as POLECAT writes it, without trailing zeros") {
    CHECK(polecat::intensity{-750}.text() == "-7.5");
    CHECK(polecat::intensity{1000}.text() == "10");
    CHECK(polecat::intensity{-25}.text() == "-0.25");
    CHECK(polecat::intensity{5}.text() == "0.05");
    CHECK(polecat::intensity{0}.text() == "0");
    CHECK(polecat::intensity{-750}.value() == doctest::Approx(-7.5));
    CHECK(polecat::intensity{-750} < polecat::intensity{100});
}

TEST_CASE("a \"; \" list: items trimmed, empty items and None skipped") {
    std::vector<std::string_view> seen;
    const auto collect = [&](std::string_view list) {
        seen.clear();
        polecat::for_each_item(list, [&](std::string_view item) { seen.push_back(item); });
        return seen;
    };
    CHECK(collect("KAZ; CHN") == std::vector<std::string_view>{"KAZ", "CHN"});
    CHECK(collect(" ; KAZ;;None; CHN ") == std::vector<std::string_view>{"KAZ", "CHN"});
    CHECK(collect("705") == std::vector<std::string_view>{"705"});
    CHECK(collect("None").empty());
    CHECK(collect("").empty());
    static_assert(polecat::first_item("None; RUS; BLR") == "RUS");
    static_assert(polecat::first_item("").empty());
    static_assert(polecat::item_count("RUS; BLR") == 2);
    static_assert(polecat::item_count("None") == 0);
}

TEST_CASE("a record is reflected: the JSON writer takes it as it is") {
    polecat::record r{.event_id = "e1",
                      .event_date = date{2024, 7, 3},
                      .event_type = plover_event::consult,
                      .intensity = polecat::intensity{150},
                      .quad = quad_class::verbal_cooperation,
                      .actor = {.name = "Xi Jinping", .country = "CHN"}};
    const std::string json = to_json(r, {.indent = 0});
    CHECK(json.find("\"event_id\":\"e1\"") != std::string::npos);
    CHECK(json.find("\"event_date\":\"2024-07-03\"") != std::string::npos);
    CHECK(json.find("\"event_type\":\"CONSULT\"") != std::string::npos);
    CHECK(json.find("\"intensity\":\"1.5\"") != std::string::npos);
    CHECK(json.find("\"quad\":\"verbal_cooperation\"") != std::string::npos);
    CHECK(json.find("\"actor\":{\"name\":\"Xi Jinping\",\"country\":\"CHN\"") != std::string::npos);
    r.intensity.reset();
    CHECK(to_json(r, {.indent = 0}).find("\"intensity\"") == std::string::npos);  // not given: left out
}
