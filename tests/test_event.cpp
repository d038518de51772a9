// SPDX-License-Identifier: BSL-1.0
// Tests of core/event.hpp: the event record, its coding fields and event formats.
#include <bilateral/core/event.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/reflect.hpp>

#include "sample_records.hpp"

using namespace bilateral;
using namespace bilateral::test_samples;  // `visit`, `talks`, `with`

template <class T>
concept participants_accepts = requires(T v) { event{.participants = v}; };
template <class T>
concept cameo_accepts = requires(T v) { event{.cameo = v}; };
template <class T>
concept place_accepts = requires(T v) { event{.place = v}; };
template <class T>
concept part_of_accepts = requires(T v) { event{.part_of = v}; };
template <class T>
concept date_accepts = requires(T v) { event{.date = v}; };

// The sample visit sets every field but part_of; a list equal to its recipients, stored elsewhere.
constexpr actor_id tokayev_copy[] = {actor_id{"tokayev"}};

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<event>);
static_assert(std::is_trivially_copyable_v<event>);
static_assert(reflectable<event>);
static_assert(field_count<event> == 15);
static_assert(field_names<event>() ==
              std::array<std::string_view, 15>{"id", "date", "place", "format", "participants", "recipients", "cameo", "plover",
                                               "plover_mode", "plover_context", "goldstein", "quad_class", "description",
                                               "part_of", "evidence"});
static_assert(std::is_same_v<decltype(event::participants), list_view<actor_id>>);
static_assert(std::is_same_v<decltype(event::evidence), evidence>);

static_assert(participants_accepts<list_view<actor_id>>);
static_assert(participants_accepts<const actor_id (&)[1]>);
static_assert(!participants_accepts<const event_id (&)[1]>, "participants are actors, not events");
static_assert(!participants_accepts<list_view<event_id>>);
static_assert(cameo_accepts<cameo_code>);
static_assert(!cameo_accepts<int>, "\"010\" is not 10: a CAMEO code is never a number");
static_assert(!cameo_accepts<const char*>, "say cameo_code{\"040\"}");
static_assert(place_accepts<place_id> && !place_accepts<actor_id>);
static_assert(part_of_accepts<event_id> && !part_of_accepts<statement_id>);
static_assert(date_accepts<date> && !date_accepts<const char*>);

static_assert(visit == visit);
static_assert(visit == with(visit, [](event& e) { e.recipients = tokayev_copy; }), "lists compare by element");
static_assert(visit != with(visit, [](event& e) { e.id = event_id{"talks-expanded"}; }));
static_assert(visit != with(visit, [](event& e) { e.date = date{2024, 7}; }));
static_assert(visit != with(visit, [](event& e) { e.place = place_id{}; }));
static_assert(visit != with(visit, [](event& e) { e.format = event_format::expanded_talks; }));
static_assert(visit != with(visit, [](event& e) { e.participants = only_tokayev; }));
static_assert(visit != with(visit, [](event& e) { e.recipients = {}; }));
static_assert(visit != with(visit, [](event& e) { e.cameo = cameo_code{"04"}; }));
static_assert(visit != with(visit, [](event& e) { e.plover = plover_event::agree; }));
static_assert(visit != with(visit, [](event& e) { e.plover_mode = plover_word{}; }));
static_assert(visit != with(visit, [](event& e) { e.plover_context = plover_word{"economic"}; }));
static_assert(visit != with(visit, [](event& e) { e.goldstein->table = goldstein_table::icews; }));
// Assigned an empty optional rather than reset(): clang 14 cannot copy, at compile time, an optional
// whose value was destroyed by reset().
static_assert(visit != with(visit, [](event& e) { e.goldstein = std::optional<goldstein>{}; }), "not given is not 0.0");
static_assert(visit != with(visit, [](event& e) { e.quad_class = quad_class::unknown; }));
static_assert(visit != with(visit, [](event& e) { e.description = ""; }));
static_assert(visit != with(visit, [](event& e) { e.part_of = event_id{"visit"}; }));
static_assert(visit != with(visit, [](event& e) { e.evidence.paragraph = 3; }));

// event_format names round-trip.
static_assert(enum_names<event_format>.size() == 9);
static_assert(enum_from_string<event_format>(to_string(event_format::unspecified)) == event_format::unspecified);
static_assert(enum_from_string<event_format>(to_string(event_format::state_visit)) == event_format::state_visit);
static_assert(enum_from_string<event_format>(to_string(event_format::restricted_talks)) == event_format::restricted_talks);
static_assert(enum_from_string<event_format>(to_string(event_format::expanded_talks)) == event_format::expanded_talks);
static_assert(enum_from_string<event_format>(to_string(event_format::teleconference)) == event_format::teleconference);
static_assert(enum_from_string<event_format>(to_string(event_format::ceremony)) == event_format::ceremony);
static_assert(enum_from_string<event_format>(to_string(event_format::welcome_ceremony)) == event_format::welcome_ceremony);
static_assert(enum_from_string<event_format>(to_string(event_format::flypast)) == event_format::flypast);
static_assert(enum_from_string<event_format>(to_string(event_format::statement_to_press)) ==
              event_format::statement_to_press);
static_assert(!is_named(static_cast<event_format>(9)));

TEST_CASE("event: a default event is uncoded and has nothing given") {
    const event e{};
    CHECK(e.id.empty());
    CHECK_FALSE(e.date.known());
    CHECK(e.format == event_format::unspecified);
    CHECK(e.participants.empty());
    CHECK(e.recipients.empty());
    CHECK(e.cameo.empty());
    CHECK(e.plover == plover_event::none);
    CHECK(e.plover_mode.empty());
    CHECK_FALSE(e.goldstein.has_value());  // not given, rather than a Goldstein value of 0.0
    CHECK(e.quad_class == quad_class::unknown);
    CHECK(e.part_of.empty());
    CHECK(e.evidence == evidence{});
}

TEST_CASE("event: the coding fields keep CAMEO's leading zero and agree with each other") {
    CHECK(visit.cameo.str() == "042");
    CHECK(visit.cameo.root() == cameo_code{"04"});
    CHECK(quad_class_of(visit.cameo) == visit.quad_class);
    CHECK(to_string(visit.plover) == "CONSULT");
    CHECK(visit.plover_mode.str() == "visit");
    CHECK(visit.goldstein->value() == doctest::Approx(1.9));
    CHECK(talks.cameo.str() == "040");
    CHECK(quad_class_of(talks.cameo) == talks.quad_class);
    CHECK(talks.goldstein->value() == doctest::Approx(1.0));
}

TEST_CASE("event: participants act and recipients are acted upon") {
    CHECK(visit.participants.contains(actor_id{"xi"}));
    CHECK_FALSE(visit.participants.contains(actor_id{"tokayev"}));
    CHECK(visit.recipients.contains(actor_id{"tokayev"}));
    CHECK(visit.participants.size() == 1);
    CHECK(talks.participants.size() == 2);  // a reciprocal act: both sides act, no one is acted upon
    CHECK(talks.recipients.empty());
}

TEST_CASE("event: for_each_field visits all fifteen fields in declaration order") {
    std::vector<std::string> names;
    for_each_field(visit, [&](std::string_view name, const auto&) { names.emplace_back(name); });
    REQUIRE(names.size() == 15);
    CHECK(names.front() == "id");
    CHECK(names[6] == "cameo");
    CHECK(names[10] == "goldstein");
    CHECK(names.back() == "evidence");
}
