// SPDX-License-Identifier: BSL-1.0
// Tests of core/id.hpp: typed record ids, their well-formedness, and Wikidata ids.
#include <bilateral/core/id.hpp>

#include <doctest/doctest.h>

#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>

using namespace bilateral;

// Compile-time facts: an id is text in, text out, and ids of different kinds do not mix ------------
static_assert(std::is_trivially_copyable_v<actor_id>);
static_assert(sizeof(actor_id) == sizeof(std::string_view), "an id is a view, nothing more");
static_assert(std::is_nothrow_default_constructible_v<actor_id>);
static_assert(std::is_constructible_v<actor_id, std::string_view>);
static_assert(!std::is_convertible_v<std::string_view, actor_id>, "the way in is explicit");
static_assert(!std::is_convertible_v<const char*, actor_id>);
static_assert(!std::is_convertible_v<actor_id, std::string_view>, "the way out is str()");
static_assert(!std::is_constructible_v<actor_id, int>);

static_assert(!std::equality_comparable_with<actor_id, event_id>, "an actor's id is not an event's");
static_assert(!std::equality_comparable_with<statement_id, agreement_id>);
static_assert(!std::equality_comparable_with<source_id, std::string_view>);
static_assert(!std::is_convertible_v<actor_id, event_id>);
static_assert(!std::is_constructible_v<event_id, actor_id>);
static_assert(!std::is_assignable_v<place_id&, actor_id>);
static_assert(std::equality_comparable<relation_id>);
static_assert(!std::is_same_v<actor_id, place_id> && !std::is_same_v<indicator_id, relation_id>);

// operator== works in constant expressions and compares the text, not the pointer.
static_assert(actor_id{"tokayev"} == actor_id{"tokayev"});
static_assert(actor_id{"tokayev"} != actor_id{"tokayev "});
static_assert(actor_id{} == actor_id{""});
static_assert(actor_id{}.empty() && actor_id{}.str().empty() && !actor_id{}.ok());
static_assert(event_id{"talks-restricted"}.str() == "talks-restricted");

// Well formed: 1-64 characters of [a-z0-9._-], starting with a letter or a digit.
static_assert(actor_id{"tokayev"}.ok());
static_assert(event_id{"talks-restricted"}.ok());
static_assert(source_id{"akorda.2024-07-03_1"}.ok());
static_assert(actor_id{"x"}.ok() && actor_id{"7"}.ok() && actor_id{"2024"}.ok());
static_assert(!actor_id{"Tokayev"}.ok(), "no capitals");
static_assert(!actor_id{"-a"}.ok() && !actor_id{".a"}.ok() && !actor_id{"_a"}.ok(), "must start with a letter or digit");
static_assert(actor_id{"a-"}.ok() && actor_id{"a..b"}.ok(), "punctuation is allowed after the first character");
static_assert(!actor_id{"xi jinping"}.ok() && !actor_id{"a/b"}.ok() && !actor_id{"a:b"}.ok());
static_assert(!actor_id{"\xc3\xa9t\xc3\xa9"}.ok(), "ASCII only");
static_assert(actor_id{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}.ok(), "64 characters");
static_assert(!actor_id{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}.ok(), "65 characters");

// Wikidata item ids: "Q" and digits without a leading zero, or empty for "not known".
static_assert(is_wikidata_id(""));
static_assert(is_wikidata_id("Q1") && is_wikidata_id("Q15031") && is_wikidata_id("Q148"));
static_assert(!is_wikidata_id("Q"), "no digits");
static_assert(!is_wikidata_id("Q0") && !is_wikidata_id("Q0148"), "no leading zero");
static_assert(!is_wikidata_id("q148"), "upper-case Q");
static_assert(!is_wikidata_id("P31"), "a property, not an item");
static_assert(!is_wikidata_id("Q14a") && !is_wikidata_id(" Q148") && !is_wikidata_id("Q148 "));
static_assert(!is_wikidata_id("148"));

TEST_CASE("id: keeps the text it was given, as a view of it") {
    const std::string text = "tokayev";
    const actor_id id{text};
    CHECK(id.str() == "tokayev");
    CHECK(id.str().data() == text.data());
    CHECK(id.str().size() == 7);
    CHECK_FALSE(id.empty());
}

TEST_CASE("id: two ids of one kind are equal when their text is, wherever it is stored") {
    const std::string a = "xi-jinping";
    const std::string b = std::string{"xi-"} + "jinping";
    REQUIRE(a.data() != b.data());
    CHECK(actor_id{a} == actor_id{b});
    CHECK(actor_id{a} != actor_id{"xi"});
    CHECK(actor_id{a} != actor_id{});
}

TEST_CASE("id: well-formedness is decided character by character") {
    CHECK(place_id{"astana"}.ok());
    CHECK(place_id{"akorda-palace"}.ok());
    CHECK(place_id{"0"}.ok());
    CHECK_FALSE(place_id{""}.ok());
    CHECK_FALSE(place_id{"Astana"}.ok());
    CHECK_FALSE(place_id{"astana!"}.ok());
    CHECK_FALSE(place_id{"ast ana"}.ok());
    CHECK_FALSE(place_id{"-astana"}.ok());
    CHECK_FALSE(place_id{std::string_view{"ast\0ana", 7}}.ok());
    std::string long_id(64, 'k');
    CHECK(place_id{long_id}.ok());
    long_id += 'k';
    CHECK_FALSE(place_id{long_id}.ok());
}

TEST_CASE("is_wikidata_id: accepts Q and digits, or nothing") {
    CHECK(is_wikidata_id("Q232"));
    CHECK(is_wikidata_id("Q123456789"));
    CHECK(is_wikidata_id(""));
    CHECK_FALSE(is_wikidata_id("Q"));
    CHECK_FALSE(is_wikidata_id("Q-1"));
    CHECK_FALSE(is_wikidata_id("Q05"));
    CHECK_FALSE(is_wikidata_id("L5"));
    CHECK_FALSE(is_wikidata_id("QQ5"));
}
