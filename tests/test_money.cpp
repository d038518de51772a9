// SPDX-License-Identifier: BSL-1.0
// Tests of core/money.hpp: currencies, exact money, and what must not mix.
#include <bilateral/core/money.hpp>

#include <doctest/doctest.h>

#include <concepts>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>

using namespace bilateral;
using currencies::cny;
using currencies::usd;

template <class A, class B>
concept addable = requires(A a, B b) { a + b; };
template <class A, class B>
concept ordered_with = requires(A a, B b) { a < b; };

// Compile-time facts: the currency is part of the type ------------------------------------------
static_assert(addable<money<usd>, money<usd>>);
static_assert(!addable<money<usd>, money<cny>>, "dollars and yuan do not add");
static_assert(!std::equality_comparable_with<money<usd>, money<cny>>, "nor compare");
static_assert(!ordered_with<money<usd>, money<cny>>);
static_assert(!std::is_convertible_v<money<usd>, money<cny>>);
static_assert(!std::is_constructible_v<money<usd>, double>, "no floating point in");
static_assert(!std::is_constructible_v<money<usd>, std::int64_t>, "say from_minor or from_major");
static_assert(!addable<any_money, any_money>, "run-time-currency money has no arithmetic");
static_assert(!ordered_with<any_money, any_money>);
static_assert(std::is_convertible_v<money<usd>, any_money>);
static_assert(!std::is_convertible_v<any_money, money<usd>>, "back only through in<C>()");
static_assert(std::is_trivially_copyable_v<money<usd>> && sizeof(money<usd>) == 8);
static_assert(std::is_base_of_v<std::exception, money_overflow>);

static_assert(usd.ok() && usd.minor_digits() == 2 && usd.numeric() == 840);
static_assert(currency{"JPY"}.minor_digits() == 0);
static_assert(currency{"KWD"}.minor_digits() == 3);
static_assert(!currency{"XAU"}.ok(), "gold has no minor unit: not money we can hold exactly");
static_assert(!currency{"ABC"}.ok() && !currency{"US"}.ok() && !currency{}.ok());
static_assert(money<usd>::from_major(41'000'000'000).minor_units() == 4'100'000'000'000);
static_assert(money<usd>::from_minor(150) + money<usd>::from_minor(50) == money<usd>::from_major(2));
static_assert(money<usd>::from_major(1) < money<usd>::from_major(2));
static_assert(any_money{money<usd>::from_minor(5)}.in<usd>() == money<usd>::from_minor(5));
static_assert(!any_money{money<usd>::from_minor(5)}.in<cny>().has_value());

TEST_CASE("money: parsing decimal text is exact") {
    CHECK(any_money::parse(usd, "14.5")->minor_units() == 1450);
    CHECK(any_money::parse(usd, "14500000000")->minor_units() == 1'450'000'000'000);
    CHECK(any_money::parse(usd, "0.01")->minor_units() == 1);
    CHECK(any_money::parse(usd, "-3.25")->minor_units() == -325);
    CHECK(any_money::parse(currency{"JPY"}, "1200")->minor_units() == 1200);
    CHECK(any_money::parse(currency{"KWD"}, "1.005")->minor_units() == 1005);
}

TEST_CASE("money: parsing rejects what would lose or invent precision") {
    for (const char* text : {"", "-", ".", "1.", ".5", "1.234", "1e9", "1,000", " 1", "1 ", "--1", "1.2.3",
                             "99999999999999999999"}) {
        CAPTURE(std::string_view{text});
        CHECK_FALSE(any_money::parse(usd, text).has_value());
    }
    CHECK_FALSE(any_money::parse(currency{"JPY"}, "1.5").has_value());
    CHECK_FALSE(any_money::parse(currency{"XAU"}, "1").has_value());
}

TEST_CASE("money: decimal text round-trips") {
    for (const char* text : {"0.00", "14500000000.00", "-3.25", "0.07", "92233720368547758.07"}) {
        CAPTURE(std::string_view{text});
        CHECK(std::string{any_money::parse(usd, text)->decimal().view()} == text);
    }
    CHECK(std::string{any_money{usd, INT64_MIN}.decimal().view()} == "-92233720368547758.08");
    CHECK(std::string{any_money{currency{"JPY"}, 42}.decimal().view()} == "42");
}

TEST_CASE("money: arithmetic overflow is an error, not a wrap") {
    const auto big = money<usd>::from_minor(INT64_MAX);
    CHECK_THROWS_AS((void)(big + money<usd>::from_minor(1)), money_overflow);
    CHECK_THROWS_AS((void)money<usd>::from_major(INT64_MAX / 10), money_overflow);
    CHECK_THROWS_AS((void)(big * 2), money_overflow);
}

TEST_CASE("money: any_money compares equal only for the same currency and amount") {
    CHECK(any_money{usd, 100} == any_money{money<usd>::from_major(1)});
    CHECK_FALSE(any_money{usd, 100} == any_money{cny, 100});
    CHECK_FALSE(any_money{usd, 100} == any_money{usd, 101});
}

TEST_CASE("money: subtracting the most negative amount is an overflow error, not undefined behaviour") {
    const auto most_negative = money<usd>::from_minor(INT64_MIN);
    CHECK_THROWS_AS((void)(money<usd>::from_minor(0) - most_negative), money_overflow);
    CHECK_THROWS_AS((void)(money<usd>::from_minor(-2) - money<usd>::from_minor(INT64_MAX)), money_overflow);
    CHECK((money<usd>::from_minor(-1) - money<usd>::from_minor(INT64_MAX)) == most_negative);
    CHECK((money<usd>::from_minor(-1) - most_negative).minor_units() == INT64_MAX);
    CHECK((most_negative - most_negative).minor_units() == 0);
}

TEST_CASE("money: every amount decimal() writes, the most negative included, parses back") {
    for (const std::int64_t minor : {INT64_MIN, INT64_MIN + 1, std::int64_t{-1}, std::int64_t{0}, INT64_MAX}) {
        CAPTURE(minor);
        const any_money written{usd, minor};
        const auto read = any_money::parse(usd, written.decimal().view());
        REQUIRE(read.has_value());
        CHECK(*read == written);
    }
    CHECK(any_money::parse(currency{"JPY"}, "-9223372036854775808")->minor_units() == INT64_MIN);
    CHECK_FALSE(any_money::parse(currency{"JPY"}, "-9223372036854775809").has_value());
    CHECK_FALSE(any_money::parse(usd, "-92233720368547758.09").has_value());
}
