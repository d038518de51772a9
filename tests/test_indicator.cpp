// SPDX-License-Identifier: BSL-1.0
// Tests of core/indicator.hpp: economic indicators and what they measure.
#include <bilateral/core/indicator.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/reflect.hpp>

#include "sample_records.hpp"

using namespace bilateral;
using namespace bilateral::test_samples;  // `trade`, `with`
using currencies::usd;

template <class T>
concept reporter_accepts = requires(T v) { indicator{.reporter = v}; };
template <class T>
concept period_accepts = requires(T v) { indicator{.period = v}; };
template <class T>
concept stated_by_accepts = requires(T v) { indicator{.stated_by = v}; };
template <class T>
concept statement_accepts = requires(T v) { indicator{.statement = v}; };
template <class T>
concept agreement_accepts = requires(T v) { indicator{.agreement = v}; };

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<indicator>);
static_assert(std::is_trivially_copyable_v<indicator>);
static_assert(reflectable<indicator>);
static_assert(field_names<indicator>() == std::array<std::string_view, 10>{"id", "measure", "reporter", "counterpart", "period",
                                                                           "amount", "stated_by", "statement", "agreement",
                                                                           "evidence"});
static_assert(std::is_same_v<decltype(indicator::amount), reported_amount>);

static_assert(reporter_accepts<country> && !reporter_accepts<const char*> && !reporter_accepts<actor_id>);
static_assert(period_accepts<period>);
static_assert(!period_accepts<int> && !period_accepts<const char*>, "a period is two dates, not a year or text");
static_assert(stated_by_accepts<actor_id> && !stated_by_accepts<statement_id>);
static_assert(statement_accepts<statement_id> && !statement_accepts<actor_id>);
static_assert(agreement_accepts<agreement_id> && !agreement_accepts<event_id>);

static_assert(trade == trade);
static_assert(trade != with(trade, [](indicator& i) { i.id = indicator_id{"trade-2022"}; }));
static_assert(trade != with(trade, [](indicator& i) { i.measure = indicator_measure::investment_flow; }));
static_assert(trade != with(trade, [](indicator& i) { i.reporter = country{"CN"}; }));
static_assert(trade != with(trade, [](indicator& i) { i.counterpart = country{}; }));
static_assert(trade != with(trade, [](indicator& i) { i.period.last = date{2024}; }));
static_assert(trade != with(trade, [](indicator& i) { i.amount.qualifier = amount_qualifier::exact; }));
static_assert(trade != with(trade, [](indicator& i) { i.amount.value = any_money{usd, 4'100'000'000'001}; }));
static_assert(trade != with(trade, [](indicator& i) { i.stated_by = actor_id{}; }));
static_assert(trade != with(trade, [](indicator& i) { i.statement = statement_id{"s4"}; }));
static_assert(trade != with(trade, [](indicator& i) { i.agreement = agreement_id{"portfolio"}; }));
static_assert(trade != with(trade, [](indicator& i) { i.evidence.note = ""; }));

// indicator_measure names round-trip.
static_assert(enum_names<indicator_measure>.size() == 4);
static_assert(enum_from_string<indicator_measure>(to_string(indicator_measure::trade_turnover)) == indicator_measure::trade_turnover);
static_assert(enum_from_string<indicator_measure>(to_string(indicator_measure::cumulative_investment)) ==
              indicator_measure::cumulative_investment);
static_assert(enum_from_string<indicator_measure>(to_string(indicator_measure::project_portfolio_value)) ==
              indicator_measure::project_portfolio_value);
static_assert(enum_from_string<indicator_measure>(to_string(indicator_measure::investment_flow)) ==
              indicator_measure::investment_flow);
static_assert(!is_named(static_cast<indicator_measure>(4)));

TEST_CASE("indicator: a figure keeps its period, its exact amount and who stated it") {
    CHECK(trade.period.first == date{2023});
    CHECK(trade.period.last == date{2023});
    CHECK(trade.period.ok());
    CHECK(trade.amount.value.minor_units() == 4'100'000'000'000);
    CHECK(trade.amount.value.unit().code() == "USD");
    CHECK(to_string(trade.amount.qualifier) == "more_than");
    CHECK(trade.stated_by.str() == "tokayev");
    CHECK(trade.agreement.empty());
    CHECK(trade.reporter.alpha3() == "KAZ");
    CHECK(trade.counterpart.alpha3() == "CHN");
}

TEST_CASE("indicator: a period over several years runs from its first to its last date") {
    const indicator stock = with(trade, [](indicator& i) {
        i.measure = indicator_measure::cumulative_investment;
        i.period = period{.first = date{2005}, .last = date{2020}};
    });
    CHECK(stock.period.ok());
    CHECK(stock.period.first.year() == 2005);
    CHECK(stock.period.last.year() == 2020);
    CHECK(stock != trade);
}

TEST_CASE("indicator: a default indicator has no period and no amount") {
    const indicator i{};
    CHECK(i.measure == indicator_measure::trade_turnover);
    CHECK_FALSE(i.reporter.known());
    CHECK_FALSE(i.period.ok());
    CHECK_FALSE(i.amount.value.ok());
    CHECK(i.amount.value.minor_units() == 0);
}

TEST_CASE("indicator: for_each_field visits the fields in declaration order") {
    std::vector<std::string> names;
    for_each_field(trade, [&](std::string_view name, const auto&) { names.emplace_back(name); });
    CHECK(names == std::vector<std::string>{"id", "measure", "reporter", "counterpart", "period", "amount", "stated_by",
                                            "statement", "agreement", "evidence"});
}
