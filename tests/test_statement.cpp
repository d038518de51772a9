// SPDX-License-Identifier: BSL-1.0
// Tests of core/statement.hpp: the statement record and statement forms.
#include <bilateral/core/statement.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/reflect.hpp>

#include "sample_records.hpp"

using namespace bilateral;
using namespace bilateral::test_samples;  // `s1` (a quotation), `with`

template <class T>
concept speaker_accepts = requires(T v) { statement{.speaker = v}; };
template <class T>
concept addressee_accepts = requires(T v) { statement{.addressee = v}; };
template <class T>
concept event_accepts = requires(T v) { statement{.event = v}; };
template <class T>
concept topics_accepts = requires(T v) { statement{.topics = v}; };

// The sample quotation's topics again, stored elsewhere.
constexpr std::string_view topics_copy[] = {"friendship", "partnership"};

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<statement>);
static_assert(std::is_trivially_copyable_v<statement>);
static_assert(reflectable<statement>);
static_assert(field_names<statement>() == std::array<std::string_view, 10>{"id", "speaker", "addressee", "audience", "date",
                                                                           "form", "text", "topics", "event", "evidence"});

static_assert(speaker_accepts<actor_id>);
static_assert(!speaker_accepts<event_id>, "a speaker is an actor");
static_assert(!speaker_accepts<place_id>);
static_assert(!speaker_accepts<std::string_view>, "say actor_id{...}");
static_assert(!speaker_accepts<const char*>);
static_assert(addressee_accepts<actor_id> && !addressee_accepts<statement_id>);
static_assert(event_accepts<event_id> && !event_accepts<actor_id>);
static_assert(topics_accepts<list_view<std::string_view>> && !topics_accepts<std::string_view>);

static_assert(s1 == s1);
static_assert(s1 == with(s1, [](statement& s) { s.topics = topics_copy; }), "topics compare by text");
static_assert(s1 != with(s1, [](statement& s) { s.id = statement_id{"s2"}; }));
static_assert(s1 != with(s1, [](statement& s) { s.speaker = actor_id{"xi"}; }));
static_assert(s1 != with(s1, [](statement& s) { s.addressee = actor_id{}; }));
static_assert(s1 != with(s1, [](statement& s) { s.audience = "the press"; }));
static_assert(s1 != with(s1, [](statement& s) { s.date = date{2024}; }));
static_assert(s1 != with(s1, [](statement& s) { s.form = statement_form::paraphrase; }));
static_assert(s1 != with(s1, [](statement& s) { s.text.remove_suffix(1); }), "the full stop counts");
static_assert(s1 != with(s1, [](statement& s) { s.topics = {}; }));
static_assert(s1 != with(s1, [](statement& s) { s.event = event_id{}; }));
static_assert(s1 != with(s1, [](statement& s) { s.evidence.basis = evidence_basis::inferred; }));

// statement_form names round-trip.
static_assert(enum_names<statement_form>.size() == 3);
static_assert(enum_from_string<statement_form>(to_string(statement_form::verbatim)) == statement_form::verbatim);
static_assert(enum_from_string<statement_form>(to_string(statement_form::paraphrase)) == statement_form::paraphrase);
static_assert(enum_from_string<statement_form>(to_string(statement_form::headline)) == statement_form::headline);
static_assert(!is_named(static_cast<statement_form>(3)));

TEST_CASE("statement: a default statement is verbatim with nothing given") {
    const statement s{};
    CHECK(s.form == statement_form::verbatim);
    CHECK(s.speaker.empty());
    CHECK(s.addressee.empty());
    CHECK(s.text.empty());
    CHECK(s.topics.empty());
    CHECK_FALSE(s.date.known());
    CHECK(s.event.empty());
}

TEST_CASE("statement: speaker, addressee and topics read back as given") {
    CHECK(s1.speaker.str() == "tokayev");
    CHECK(s1.addressee.str() == "xi");
    CHECK(s1.text == "China is a friendly neighbor, an important strategic partner and one of our major allies.");
    REQUIRE(s1.topics.size() == 2);
    CHECK(s1.topics[1] == "partnership");
    CHECK(s1.topics.contains("friendship"));
    CHECK(std::string{s1.date.iso().view()} == "2024-07-03");
}

TEST_CASE("statement: a statement to an audience has no addressee") {
    const statement to_press = with(s1, [](statement& s) {
        s.addressee = {};
        s.audience = "journalists";
        s.form = statement_form::headline;
    });
    CHECK(to_press.addressee.empty());
    CHECK(to_press.audience == "journalists");
    CHECK(to_string(to_press.form) == "headline");
    CHECK(to_press != s1);
}

TEST_CASE("statement: for_each_field visits the fields in declaration order") {
    std::vector<std::string> names;
    for_each_field(s1, [&](std::string_view name, const auto&) { names.emplace_back(name); });
    CHECK(names == std::vector<std::string>{"id", "speaker", "addressee", "audience", "date", "form", "text", "topics",
                                            "event", "evidence"});
}
