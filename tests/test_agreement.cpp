// SPDX-License-Identifier: BSL-1.0
// Tests of core/agreement.hpp: agreements and initiatives, their kinds and statuses.
#include <bilateral/core/agreement.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/reflect.hpp>

#include "sample_records.hpp"

using namespace bilateral;
using namespace bilateral::test_samples;  // `portfolio`, `with`
using currencies::usd;

// Changes a copy and compares it with the original without copying it again: clang 14 cannot copy,
// in a constant expression, an optional whose value was reset.
template <class T, class F>
constexpr bool differs_after(const T& record, F change) {
    T copy = record;
    change(copy);
    return copy != record && !(copy == record);
}

template <class T>
concept parties_accepts = requires(T v) { agreement{.parties = v}; };
template <class T>
concept value_accepts = requires(T v) { agreement{.value = v}; };
template <class T>
concept count_accepts = requires(T v) { agreement{.count = v}; };
template <class T>
concept status_accepts = requires(T v) { agreement{.status = v}; };

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<agreement>);
static_assert(std::is_trivially_copyable_v<agreement>);
static_assert(reflectable<agreement>);
static_assert(field_names<agreement>() == std::array<std::string_view, 12>{"id", "kind", "name", "parties", "sectors", "count",
                                                                           "value", "status", "date", "place", "event",
                                                                           "evidence"});
static_assert(std::is_same_v<decltype(agreement::count), std::optional<std::uint32_t>>);
static_assert(std::is_same_v<decltype(agreement::value), std::optional<reported_amount>>);

static_assert(parties_accepts<list_view<actor_id>> && !parties_accepts<list_view<place_id>>, "parties are actors");
static_assert(value_accepts<reported_amount>);
static_assert(!value_accepts<any_money>, "a value says how it was reported: qualifier and scale");
static_assert(!value_accepts<double>, "money is never floating point");
static_assert(count_accepts<std::uint32_t> && !count_accepts<std::string_view>);
static_assert(status_accepts<agreement_status> && !status_accepts<agreement_kind>);

static_assert(portfolio == portfolio);
static_assert(portfolio != with(portfolio, [](agreement& a) { a.id = agreement_id{"p"}; }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.kind = agreement_kind::plan; }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.name = "Portfolio"; }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.parties = {}; }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.sectors = {}; }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.count = 31u; }));
static_assert(differs_after(portfolio, [](agreement& a) { a.count.reset(); }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.value->qualifier = amount_qualifier::about; }));
static_assert(differs_after(portfolio, [](agreement& a) { a.value.reset(); }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.status = agreement_status::agreed; }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.date = date{}; }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.place = place_id{"almaty"}; }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.event = event_id{}; }));
static_assert(portfolio != with(portfolio, [](agreement& a) { a.evidence.note = "corrected"; }));

// agreement_kind and agreement_status names round-trip.
static_assert(enum_names<agreement_kind>.size() == 7 && enum_names<agreement_status>.size() == 5);
static_assert(enum_from_string<agreement_kind>(to_string(agreement_kind::partnership_status)) == agreement_kind::partnership_status);
static_assert(enum_from_string<agreement_kind>(to_string(agreement_kind::plan)) == agreement_kind::plan);
static_assert(enum_from_string<agreement_kind>(to_string(agreement_kind::initiative)) == agreement_kind::initiative);
static_assert(enum_from_string<agreement_kind>(to_string(agreement_kind::project_portfolio)) == agreement_kind::project_portfolio);
static_assert(enum_from_string<agreement_kind>(to_string(agreement_kind::institution_opened)) == agreement_kind::institution_opened);
static_assert(enum_from_string<agreement_kind>(to_string(agreement_kind::route_launched)) == agreement_kind::route_launched);
static_assert(enum_from_string<agreement_kind>(to_string(agreement_kind::cooperation_area)) == agreement_kind::cooperation_area);
static_assert(enum_from_string<agreement_status>(to_string(agreement_status::discussed)) == agreement_status::discussed);
static_assert(enum_from_string<agreement_status>(to_string(agreement_status::supported)) == agreement_status::supported);
static_assert(enum_from_string<agreement_status>(to_string(agreement_status::agreed)) == agreement_status::agreed);
static_assert(enum_from_string<agreement_status>(to_string(agreement_status::under_implementation)) ==
              agreement_status::under_implementation);
static_assert(enum_from_string<agreement_status>(to_string(agreement_status::inaugurated)) == agreement_status::inaugurated);
static_assert(!is_named(static_cast<agreement_kind>(7)) && !is_named(static_cast<agreement_status>(5)));

TEST_CASE("agreement: count and value are absent unless the source gives them") {
    const agreement a{.id = agreement_id{"sco-support"}, .kind = agreement_kind::initiative, .name = "SCO chairmanship"};
    CHECK_FALSE(a.count.has_value());
    CHECK_FALSE(a.value.has_value());
    CHECK(a.status == agreement_status::discussed);
    CHECK(a.parties.empty());
    CHECK_FALSE(a.date.known());
}

TEST_CASE("agreement: the value keeps the figure exact with its qualifier and scale") {
    REQUIRE(portfolio.value.has_value());
    CHECK(portfolio.value->value.unit() == usd);
    CHECK(portfolio.value->value.minor_units() == 1'450'000'000'000);
    CHECK(std::string{portfolio.value->value.decimal().view()} == "14500000000.00");
    CHECK(portfolio.value->qualifier == amount_qualifier::exact);
    CHECK(portfolio.value->scale == amount_scale::billion);
    CHECK(portfolio.value->as_reported == "worth $14.5 billion");
    REQUIRE(portfolio.count.has_value());
    CHECK(*portfolio.count == 45u);
}

TEST_CASE("agreement: parties and sectors read back in order") {
    REQUIRE(portfolio.parties.size() == 2);
    CHECK(portfolio.parties[0] == actor_id{"kz"});
    CHECK(portfolio.parties[1] == actor_id{"cn"});
    CHECK(portfolio.sectors.contains("agriculture"));
    CHECK_FALSE(portfolio.sectors.contains("transport"));
}

TEST_CASE("agreement: for_each_field visits the fields in declaration order") {
    std::vector<std::string> names;
    for_each_field(portfolio, [&](std::string_view name, const auto&) { names.emplace_back(name); });
    CHECK(names == std::vector<std::string>{"id", "kind", "name", "parties", "sectors", "count", "value", "status", "date",
                                            "place", "event", "evidence"});
}
