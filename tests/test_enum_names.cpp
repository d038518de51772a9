// SPDX-License-Identifier: BSL-1.0
// Tests of core/enum_names.hpp: the name table of every enumeration, and the functions over them.
#include <bilateral/core/enum_names.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

#include <bilateral/core/actor.hpp>
#include <bilateral/core/agreement.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/event.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/indicator.hpp>
#include <bilateral/core/place.hpp>
#include <bilateral/core/reported_amount.hpp>
#include <bilateral/core/source.hpp>
#include <bilateral/core/statement.hpp>

using namespace bilateral;

// A user's enumeration: one without a table, one that declares its table like the library's do.
enum class unnamed_colour : std::uint8_t { red, green };
enum class colour : std::uint8_t { red, green, light_blue };

template <>
inline constexpr auto bilateral::enum_names<colour> = std::array{
    bilateral::enum_name<colour>{colour::red, "red"},
    bilateral::enum_name<colour>{colour::green, "green"},
    bilateral::enum_name<colour>{colour::light_blue, "light_blue"},
};

template <class E>
concept has_to_string = requires(E e) { bilateral::to_string(e); };

// Every enumerator maps to its name and the name back to it.
template <named_enum E>
constexpr bool round_trips() {
    for (const auto& entry : enum_names<E>) {
        if (to_string(entry.value) != entry.name) return false;
        const std::optional<E> back = enum_from_string<E>(to_string(entry.value));
        if (!back || *back != entry.value) return false;
    }
    return true;
}

// The table lists the enumerators in order, 0, 1, 2, … with no gap, so nothing is left unnamed.
template <named_enum E>
constexpr bool dense() {
    std::size_t i = 0;
    for (const auto& entry : enum_names<E>)
        if (static_cast<std::size_t>(entry.value) != i++) return false;
    return !is_named(static_cast<E>(enum_names<E>.size()));
}

// Names are distinct and written as JSON writes them: snake_case (PLOVER's types: upper case).
template <named_enum E>
constexpr bool names_well_formed(bool upper = false) {
    const auto& table = enum_names<E>;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const std::string_view name = table[i].name;
        if (name.empty() || name.front() == '_' || name.back() == '_') return false;
        for (char c : name) {
            const bool letter = upper && name != "none" ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z');
            if (!letter && c != '_') return false;
        }
        for (std::size_t j = 0; j < i; ++j)
            if (table[j].name == name) return false;
    }
    return true;
}

template <named_enum E>
constexpr bool table_ok(std::size_t size, bool upper = false) {
    return enum_names<E>.size() == size && round_trips<E>() && dense<E>() && names_well_formed<E>(upper);
}

// Compile-time facts ---------------------------------------------------------------------------
static_assert(named_enum<actor_kind> && named_enum<colour>);
static_assert(!named_enum<unnamed_colour>, "an enumeration without a table is not named");
static_assert(!named_enum<int> && !named_enum<std::uint8_t>, "only enumerations have names");
static_assert(!named_enum<actor>);
static_assert(has_to_string<quad_class> && !has_to_string<unnamed_colour> && !has_to_string<int>);
static_assert(std::is_same_v<decltype(enum_names<unnamed_colour>), const std::nullptr_t>);

// The tables round-trip, have no gaps, and have the documented sizes.
static_assert(table_ok<date_precision>(4));
static_assert(table_ok<actor_kind>(7));
static_assert(table_ok<place_kind>(5));
static_assert(table_ok<event_format>(9));
static_assert(table_ok<statement_form>(3));
static_assert(table_ok<evidence_basis>(2));
static_assert(table_ok<quad_class>(5));
static_assert(table_ok<goldstein_table>(3));
static_assert(table_ok<plover_event>(17, true));
static_assert(table_ok<amount_qualifier>(6));
static_assert(table_ok<amount_scale>(5));
static_assert(table_ok<agreement_kind>(7));
static_assert(table_ok<agreement_status>(5));
static_assert(table_ok<indicator_measure>(4));
static_assert(table_ok<colour>(3));

// Values outside a table have no name; unknown names have no value.
static_assert(to_string(static_cast<actor_kind>(99)).empty());
static_assert(!is_named(static_cast<actor_kind>(99)) && is_named(actor_kind::organisation));
static_assert(!enum_from_string<actor_kind>("").has_value());
static_assert(!enum_from_string<actor_kind>("State").has_value(), "names are case-sensitive");
static_assert(!enum_from_string<actor_kind>("state ").has_value());
static_assert(to_string(colour::light_blue) == "light_blue" && enum_from_string<colour>("green") == colour::green);

TEST_CASE("enum_names: to_string gives the name written in JSON") {
    CHECK(to_string(actor_kind::government_body) == "government_body");
    CHECK(to_string(event_format::restricted_talks) == "restricted_talks");
    CHECK(to_string(quad_class::verbal_cooperation) == "verbal_cooperation");
    CHECK(to_string(plover_event::consult) == "CONSULT");
    CHECK(to_string(plover_event::none) == "none");
    CHECK(to_string(amount_qualifier::more_than) == "more_than");
    CHECK(to_string(agreement_status::under_implementation) == "under_implementation");
    CHECK(to_string(indicator_measure::cumulative_investment) == "cumulative_investment");
    CHECK(to_string(date_precision::month) == "month");
}

TEST_CASE("enum_names: enum_from_string finds an enumerator by its exact name only") {
    CHECK(enum_from_string<statement_form>("paraphrase") == statement_form::paraphrase);
    CHECK(enum_from_string<goldstein_table>("icews") == goldstein_table::icews);
    CHECK(enum_from_string<evidence_basis>("inferred") == evidence_basis::inferred);
    CHECK(enum_from_string<amount_scale>("billion") == amount_scale::billion);
    CHECK_FALSE(enum_from_string<statement_form>("Paraphrase").has_value());
    CHECK_FALSE(enum_from_string<statement_form>("para").has_value());
    CHECK_FALSE(enum_from_string<plover_event>("consult").has_value());
    CHECK_FALSE(enum_from_string<place_kind>("state").has_value());  // an actor_kind, not a place_kind
}

TEST_CASE("enum_names: a value read from outside that is not in the table has no name") {
    for (int raw : {7, 8, 99, 255}) {
        CAPTURE(raw);
        const auto kind = static_cast<actor_kind>(raw);
        CHECK(to_string(kind).empty());
        CHECK_FALSE(is_named(kind));
    }
    CHECK(is_named(static_cast<actor_kind>(6)));
    CHECK_FALSE(is_named(static_cast<quad_class>(5)));
    CHECK_FALSE(is_named(static_cast<plover_event>(17)));
}

TEST_CASE("enum_names: a user's enumeration with a table works like the library's") {
    CHECK(to_string(colour::red) == "red");
    CHECK(enum_from_string<colour>("light_blue") == colour::light_blue);
    CHECK_FALSE(enum_from_string<colour>("blue").has_value());
    CHECK_FALSE(is_named(static_cast<colour>(3)));
}
