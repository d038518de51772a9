// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/decimal.hpp: exact decimal numbers that keep their spelling.
#include <bilateral/io/gdelt/decimal.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

using bilateral::gdelt::decimal;

// A decimal is a value type: no implicit conversion from numbers or text.
static_assert(std::is_trivially_copyable_v<decimal>);
static_assert(!std::is_convertible_v<double, decimal> && !std::is_convertible_v<const char*, decimal>);
static_assert(!decimal{}.given() && decimal::parse("")->given() == false);
// The spelling is kept: "4" and "4.0" are the same number but not the same field.
static_assert(decimal::parse("4") != decimal::parse("4.0"));
static_assert(decimal::parse("44.9429")->text().view() == "44.9429");
static_assert(decimal::parse("-123.035")->text().view() == "-123.035");
static_assert(decimal::parse("-0")->text().view() == "-0" && decimal::parse("-0")->negative());
static_assert(decimal::parse("007.50")->text().view() == "007.50");
static_assert(decimal::parse(".5")->text().view() == ".5" && decimal::parse("5.")->text().view() == "5.");
static_assert(decimal::parse("-1.76470588235294")->digits() == 176470588235294u);
static_assert(decimal::parse("-1.76470588235294")->fraction_digits() == 14 && decimal::parse("-12.50")->integer_digits() == 2);
static_assert(decimal::parse("9999999999999999999")->text().view() == "9999999999999999999");  // 19 digits fit
// Outside the grammar: nullopt.
static_assert(!decimal::parse("-") && !decimal::parse(".") && !decimal::parse("-.") && !decimal::parse("+1"));
static_assert(!decimal::parse("1e5") && !decimal::parse("1.2.3") && !decimal::parse(" 1") && !decimal::parse("1,5"));
static_assert(!decimal::parse("12345678901234567890"));  // 20 digits
static_assert(!decimal::parse("--1") && !decimal::parse("1-"));
// From a scaled integer: the shortest spelling.
static_assert(decimal{-1235, 2}.text().view() == "-12.35" && decimal{5, 3}.text().view() == "0.005");
static_assert(decimal{20245041, 4}.text().view() == "2024.5041" && decimal{0, 0}.text().view() == "0");
static_assert(decimal{20245041, 4} == *decimal::parse("2024.5041"));

TEST_CASE("gdelt decimal: the value is the nearest double, like the literal") {
    CHECK(decimal::parse("44.9429")->value() == 44.9429);
    CHECK(decimal::parse("-123.035")->value() == -123.035);
    CHECK(decimal::parse("-1.76470588235294")->value() == -1.76470588235294);
    CHECK(decimal::parse("2.60770975056689")->value() == 2.60770975056689);
    CHECK(decimal::parse("-10.3085462501191")->value() == -10.3085462501191);
    CHECK(decimal::parse("12.345678901234567")->value() == 12.345678901234567);  // 17 digits: the slow path
    CHECK(decimal::parse("60")->value() == 60.0);
    CHECK(decimal::parse(".5")->value() == 0.5);
    CHECK(decimal{}.value() == 0.0);
}

TEST_CASE("gdelt decimal: parse_into fills a decimal in place and rejects what parse rejects") {
    decimal d;
    CHECK(decimal::parse_into("3.25", d));
    CHECK(std::string{d.text().view()} == "3.25");
    CHECK(decimal::parse_into("", d));
    CHECK_FALSE(d.given());
    CHECK_FALSE(decimal::parse_into("3,25", d));
    CHECK(bilateral::text_of(*decimal::parse("-0.5")) == "-0.5");
    CHECK_FALSE(bilateral::is_given(decimal{}));
}

TEST_CASE("gdelt decimal: the text reads back through value_traits as written") {
    int no_storage = 0;  // a decimal holds no view
    using traits = bilateral::value_traits<decimal>;
    for (const char* text : {"-0.5", "4.0", "4", ".5", "5.", "-0"}) {
        CAPTURE(text);
        const auto d = traits::parse(text, no_storage);
        REQUIRE(d);
        CHECK(bilateral::text_of(*d) == text);
    }
    CHECK(!traits::parse("", no_storage));  // not given is null, not ""
    CHECK(!traits::parse("1e5", no_storage));
}
