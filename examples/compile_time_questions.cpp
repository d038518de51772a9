// SPDX-License-Identifier: BSL-1.0
// Questions to the built-in Astana 2024 dataset, answered by the compiler: every static_assert
// below is a query run at compile time. If the data changed so that an answer changed, this
// example would stop compiling.

#include <bilateral/bilateral.hpp>
#include <bilateral/data/astana_2024.hpp>

#include <iostream>

namespace ids = bilateral::data::astana_2024_ids;
using bilateral::data::astana_2024;
using namespace bilateral;

// Who is Xi Jinping in this dataset?
constexpr const actor* xi = find_actor_by_name(astana_2024, "Xi Jinping");
static_assert(xi->id == ids::xi_jinping, "found (a missing actor would be a null pointer: no constant)");
static_assert(xi->country.alpha3() == "CHN" && xi->wikidata == "Q15031");

// Where did the talks take place, and when?
constexpr const event* talks = find(astana_2024, ids::talks_restricted);
static_assert(talks->date == date{2024, 7, 3});
static_assert(find(astana_2024, talks->place)->name == "Akorda");
static_assert(talks->cameo == cameo_code{"046"} && talks->quad_class == quad_class::verbal_cooperation);

// How many statements did each president make, and how many are quoted verbatim?
constexpr auto count_verbatim(actor_id who) {
    std::size_t n = 0;
    for (const auto& s : statements_by(astana_2024, who)) n += s.form == statement_form::verbatim ? 1 : 0;
    return n;
}
static_assert(count_verbatim(ids::kassym_jomart_tokayev) == 1);
static_assert(count_verbatim(ids::xi_jinping) == 2);

// What was the trade turnover, and how was it qualified?
constexpr const indicator& trade = indicators_of(astana_2024, indicator_measure::trade_turnover).front();
static_assert(trade.amount.value == any_money{money<currencies::usd>::from_major(41'000'000'000)});
static_assert(trade.amount.qualifier == amount_qualifier::more_than, "\"exceeded\" is not \"exactly\"");
static_assert(trade.period.first == date{2023} && trade.evidence.basis == evidence_basis::inferred);

// All figures in US dollars add up exactly, with nothing left out.
constexpr auto dollars = sum_in<currencies::usd>(astana_2024.indicators);
static_assert(dollars.total == money<currencies::usd>::from_major(79'500'000'000));
static_assert(dollars.counted == 3 && dollars.other_currency == 0);

// Which events were material rather than verbal cooperation?
static_assert(events_with_code(astana_2024, cameo_code{"06"}).size() == 1);
static_assert(events_with_code(astana_2024, cameo_code{"06"}).front().id == ids::ferry_ceremony);

// The dataset is valid: this is checked where it is defined, and can be asked again anywhere.
static_assert(require_valid<astana_2024>());

int main() {
    // The answers were computed by the compiler; print a few so the example shows something.
    std::cout << xi->name << " met Kassym-Jomart Tokayev at " << find(astana_2024, talks->place)->name << " on "
              << talks->date.iso().view() << ".\n"
              << "Figures in USD add up to " << any_money{dollars.total}.decimal().view() << " over " << dollars.counted
              << " indicators.\n";
}
