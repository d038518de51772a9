// SPDX-License-Identifier: BSL-1.0
// Tests of core/value_traits.hpp: the one customisation point for value types written as text.
#include <bilateral/core/value_traits.hpp>

#include <bilateral/core/dataset.hpp>

#include <doctest/doctest.h>

#include "json/user_record.hpp"

#include <string>
#include <string_view>

using namespace bilateral;

// The library's value types go through it, and so does a user's own.
static_assert(text_value<date> && text_value<country> && text_value<currency> && text_value<cameo_code>);
static_assert(text_value<actor_id> && text_value<event_id> && text_value<plover_word> && text_value<sector_code>);
static_assert(text_value<user::colour>);
// Types with no specialisation are not text values: plain text, numbers, enums, records.
static_assert(!text_value<std::string_view> && !text_value<std::string> && !text_value<int> && !text_value<double>);
static_assert(!text_value<quad_class> && !text_value<actor> && !text_value<user::address>);
// Money and Goldstein values have two parts: they are objects, not text.
static_assert(!text_value<any_money> && !text_value<goldstein>);
// `is_given` works in constant expressions for the library's types.
static_assert(is_given(actor_id{"kz"}) && !is_given(actor_id{}));
static_assert(is_given(date{2024}) && !is_given(date{}));

namespace {
/// A specialisation missing a required member is not a text value (the writers then say which
/// template to specialise, rather than failing inside the library).
struct half_done {};
}  // namespace
template <>
struct bilateral::value_traits<half_done> {
    static std::string_view text(const half_done&) { return "x"; }
    static bool given(const half_done&) { return true; }
};
static_assert(!text_value<half_done>);

TEST_CASE("value_traits: a user's own type gives its text, whether it is given, and parses its text") {
    const user::colour teal{.red = 0, .green = 0x80, .blue = 0x80, .given = true};
    CHECK(text_of(teal) == "#008080");
    CHECK(is_given(teal));
    CHECK(text_of(user::colour{}).empty());  // not given: no text
    dataset storage;
    CHECK(value_traits<user::colour>::parse("#008080", storage) == teal);
    CHECK(!value_traits<user::colour>::parse("#00808", storage));
    CHECK(!value_traits<user::colour>::parse("teal", storage));
}

TEST_CASE("value_traits: the schema name is the type's, unless the specialisation gives one") {
    CHECK(value_schema_name<user::colour>() == "user.colour");
    CHECK(value_schema_name<date>() == "date");
    CHECK(value_schema_name<actor_id>() == "actor_id");
    CHECK(value_schema_name<event_id>() == "event_id");
}

TEST_CASE("value_traits: owned_value copies the views of a type that holds one, and leaves others as they are") {
    dataset storage;
    const std::string text = "a-long-actor-id-that-is-on-the-heap";
    const actor_id id{text};
    const actor_id owned = owned_value(id, storage);
    CHECK(owned == id);
    CHECK(owned.str().data() != text.data());
    const user::colour c{.red = 1, .given = true};
    CHECK(owned_value(c, storage) == c);
    CHECK(storage.stored_bytes() == text.size());
}

TEST_CASE("value_traits: the library's value types give the text JSON and printing use") {
    CHECK(text_of(date{2024, 7, 3}) == "2024-07-03");
    CHECK(text_of(country{"KZ"}) == "KZ");
    CHECK(text_of(cameo_code{"040"}) == "040");
    CHECK(text_of(sector_code{"GOV"}) == "GOV");
    CHECK(text_of(actor_id{}).empty());
    dataset storage;
    CHECK(value_traits<date>::parse("2024-02-30", storage) == std::nullopt);  // does not exist
    CHECK(value_traits<country>::parse("kz", storage) == std::nullopt);
    const auto word = value_traits<plover_word>::parse("visit", storage);
    REQUIRE(word);
    CHECK(word->str() == "visit");
}
