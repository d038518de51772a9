// SPDX-License-Identifier: BSL-1.0
/// Economic indicators: trade turnover, investment stock, project values, as reported.
#pragma once
#include <cstdint>
#include <string_view>

#include <bilateral/core/country.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/reported_amount.hpp>
#include <bilateral/core/source.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// What an indicator measures.
enum class indicator_measure : std::uint8_t {
    trade_turnover,            ///< exports plus imports between the two
    cumulative_investment,     ///< investment stock built up over a period
    project_portfolio_value,   ///< the value of a set of projects under way
    investment_flow,           ///< investment in one period
};

/// A figure about the relation between two states, with who stated it.
struct indicator {
    indicator_id id{};
    indicator_measure measure{};
    bilateral::country reporter{};     ///< the state the figure is about (investor, reporter of trade)
    bilateral::country counterpart{};  ///< the other state
    bilateral::period period{};
    reported_amount amount{};
    actor_id stated_by{};
    statement_id statement{};          ///< the statement it was given in, if recorded
    agreement_id agreement{};          ///< the agreement or portfolio it is the value of, if any
    bilateral::evidence evidence{};
    friend constexpr bool operator==(const indicator&, const indicator&) = default;
};

template <>
inline constexpr auto enum_names<indicator_measure> = std::array{
    enum_name<indicator_measure>{indicator_measure::trade_turnover, "trade_turnover"},
    enum_name<indicator_measure>{indicator_measure::cumulative_investment, "cumulative_investment"},
    enum_name<indicator_measure>{indicator_measure::project_portfolio_value, "project_portfolio_value"},
    enum_name<indicator_measure>{indicator_measure::investment_flow, "investment_flow"},
};

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::indicator, id, measure, reporter, counterpart, period, amount, stated_by, statement, agreement, evidence);
