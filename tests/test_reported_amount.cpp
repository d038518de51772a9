// SPDX-License-Identifier: BSL-1.0
// Tests of core/reported_amount.hpp: figures as reported, with qualifier and scale.
#include <bilateral/core/reported_amount.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include <bilateral/reflect.hpp>

using namespace bilateral;
using currencies::cny;
using currencies::usd;

template <class T, class F>
constexpr T with(T record, F change) {
    change(record);
    return record;
}

template <class T>
concept value_accepts = requires(T v) { reported_amount{.value = v}; };

constexpr reported_amount record_turnover{
    .value = any_money{usd, 4'100'000'000'000},
    .qualifier = amount_qualifier::more_than,
    .scale = amount_scale::billion,
    .as_reported = "exceeded the record of $41 billion",
};

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<reported_amount>);
static_assert(std::is_trivially_copyable_v<reported_amount>);
static_assert(reflectable<reported_amount>);
static_assert(field_names<reported_amount>() == std::array<std::string_view, 4>{"value", "qualifier", "scale", "as_reported"});
static_assert(std::is_same_v<decltype(reported_amount::value), any_money>);

static_assert(value_accepts<any_money> && value_accepts<money<usd>>, "exact money, of a currency known now or at run time");
static_assert(!value_accepts<double> && !value_accepts<std::int64_t>, "never a bare number");
static_assert(!std::is_convertible_v<any_money, reported_amount>, "a figure says how it was reported");
static_assert(!std::is_convertible_v<amount_qualifier, amount_scale>);

// scale_factor: 10^3k.
static_assert(scale_factor(amount_scale::one) == 1);
static_assert(scale_factor(amount_scale::thousand) == 1'000);
static_assert(scale_factor(amount_scale::million) == 1'000'000);
static_assert(scale_factor(amount_scale::billion) == 1'000'000'000);
static_assert(scale_factor(amount_scale::trillion) == 1'000'000'000'000);

// "exceeded $41 billion" is not "$41 billion": the qualifier takes part in equality, and so do the
// scale and the words of the source.
static_assert(record_turnover == record_turnover);
static_assert(record_turnover != with(record_turnover, [](reported_amount& a) { a.qualifier = amount_qualifier::exact; }));
static_assert(record_turnover != with(record_turnover, [](reported_amount& a) { a.scale = amount_scale::million; }));
static_assert(record_turnover != with(record_turnover, [](reported_amount& a) { a.as_reported = "$41 billion"; }));
static_assert(record_turnover != with(record_turnover, [](reported_amount& a) { a.value = any_money{cny, 4'100'000'000'000}; }),
              "the same number in another currency");
static_assert(record_turnover != with(record_turnover, [](reported_amount& a) { a.value = any_money{usd, 4'100'000'000'001}; }));

// amount_qualifier and amount_scale names round-trip.
static_assert(enum_names<amount_qualifier>.size() == 6 && enum_names<amount_scale>.size() == 5);
static_assert(enum_from_string<amount_qualifier>(to_string(amount_qualifier::exact)) == amount_qualifier::exact);
static_assert(enum_from_string<amount_qualifier>(to_string(amount_qualifier::about)) == amount_qualifier::about);
static_assert(enum_from_string<amount_qualifier>(to_string(amount_qualifier::more_than)) == amount_qualifier::more_than);
static_assert(enum_from_string<amount_qualifier>(to_string(amount_qualifier::at_least)) == amount_qualifier::at_least);
static_assert(enum_from_string<amount_qualifier>(to_string(amount_qualifier::up_to)) == amount_qualifier::up_to);
static_assert(enum_from_string<amount_qualifier>(to_string(amount_qualifier::less_than)) == amount_qualifier::less_than);
static_assert(enum_from_string<amount_scale>(to_string(amount_scale::one)) == amount_scale::one);
static_assert(enum_from_string<amount_scale>(to_string(amount_scale::thousand)) == amount_scale::thousand);
static_assert(enum_from_string<amount_scale>(to_string(amount_scale::million)) == amount_scale::million);
static_assert(enum_from_string<amount_scale>(to_string(amount_scale::billion)) == amount_scale::billion);
static_assert(enum_from_string<amount_scale>(to_string(amount_scale::trillion)) == amount_scale::trillion);
static_assert(!is_named(static_cast<amount_qualifier>(6)) && !is_named(static_cast<amount_scale>(5)));

TEST_CASE("reported_amount: a default amount is exact, in units, with no currency") {
    const reported_amount a{};
    CHECK(a.qualifier == amount_qualifier::exact);
    CHECK(a.scale == amount_scale::one);
    CHECK_FALSE(a.value.ok());
    CHECK(a.value.unit().code().empty());
    CHECK(a.as_reported.empty());
}

TEST_CASE("reported_amount: the value is exact money, the scale only says how it was written") {
    CHECK(record_turnover.value.minor_units() == 4'100'000'000'000);
    CHECK(std::string{record_turnover.value.decimal().view()} == "41000000000.00");
    const auto dollars = record_turnover.value.in<usd>();
    REQUIRE(dollars.has_value());
    CHECK(*dollars == money<usd>::from_major(41) * scale_factor(record_turnover.scale));
    CHECK_FALSE(record_turnover.value.in<cny>().has_value());
}

TEST_CASE("reported_amount: a figure from money<C> keeps its currency") {
    const reported_amount loan{.value = money<cny>::from_major(5'000'000), .scale = amount_scale::million};
    CHECK(loan.value.unit() == cny);
    CHECK(loan.value.minor_units() == 500'000'000);
    CHECK(to_string(loan.scale) == "million");
    CHECK(scale_factor(loan.scale) == 1'000'000);
}
