// SPDX-License-Identifier: BSL-1.0
// Tests of io/text.hpp: the one text form of each value type, amounts in their scale, enum words.
#include <bilateral/io/text.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include <bilateral/core/actor.hpp>
#include <bilateral/core/event_codes.hpp>

using namespace bilateral;
using currencies::usd;

// Compile-time facts: which types have one text form --------------------------------------------
static_assert(text_value<actor_id> && text_value<event_id> && text_value<source_id>);
static_assert(text_value<date>);
static_assert(text_value<country>);
static_assert(text_value<currency>);
static_assert(text_value<cameo_code>);
static_assert(text_value<plover_word>);
static_assert(text_value<sector_code>);
static_assert(!text_value<std::string_view>, "plain text is written as it is, not as a value");
static_assert(!text_value<int> && !text_value<quad_class>);
static_assert(!text_value<any_money>, "money has two parts: currency and amount");
static_assert(!text_value<goldstein>, "a Goldstein value has its table");
static_assert(!text_value<reported_amount>);

// is_given works in constant expressions.
static_assert(is_given(actor_id{"kz"}) && !is_given(actor_id{}));
static_assert(is_given(date{2024}) && !is_given(date{}));
static_assert(is_given(country{"KZ"}) && !is_given(country{}));
static_assert(is_given(country{"XX"}), "given, though not a valid code");
static_assert(is_given(usd) && !is_given(currency{}));
static_assert(is_given(cameo_code{"040"}) && !is_given(cameo_code{}));
static_assert(is_given(plover_word{"visit"}) && !is_given(plover_word{}));
static_assert(is_given(sector_code{"GOV"}) && !is_given(sector_code{}));

TEST_CASE("text: each value type is written as its code or ISO text") {
    CHECK(text_of(actor_id{"tokayev"}) == "tokayev");
    CHECK(text_of(date{2024, 7, 3}) == "2024-07-03");
    CHECK(text_of(date{2023, 7}) == "2023-07");
    CHECK(text_of(date{2023}) == "2023");
    CHECK(text_of(country{"KZ"}) == "KZ");
    CHECK(text_of(currency{"CNY"}) == "CNY");
    CHECK(text_of(cameo_code{"040"}) == "040");
    CHECK(text_of(plover_word{"diplomatic"}) == "diplomatic");
    CHECK(text_of(sector_code{"MIL"}) == "MIL");
}

TEST_CASE("text: values not given are written as empty text") {
    CHECK(text_of(actor_id{}).empty());
    CHECK(text_of(date{}).empty());
    CHECK(text_of(country{}).empty());
    CHECK(text_of(currency{}).empty());
    CHECK(text_of(cameo_code{}).empty());
}

TEST_CASE("tenths_text: a value in tenths is written exactly with one decimal") {
    CHECK(tenths_text(-20) == "-2.0");
    CHECK(tenths_text(34) == "3.4");
    CHECK(tenths_text(0) == "0.0");
    CHECK(tenths_text(-5) == "-0.5");
    CHECK(tenths_text(100) == "10.0");
    CHECK(tenths_text(-100) == "-10.0");
    CHECK(tenths_text(7) == "0.7");
}

TEST_CASE("scaled_text: an amount is written in the scale it was reported in") {
    CHECK(scaled_text(any_money{usd, 4'100'000'000'000}, amount_scale::billion) == "USD 41 billion");
    CHECK(scaled_text(any_money{usd, 1'450'000'000'000}, amount_scale::billion) == "USD 14.5 billion");
    CHECK(scaled_text(any_money{usd, 1'405'000'000'000}, amount_scale::billion) == "USD 14.05 billion");
    CHECK(scaled_text(any_money{usd, 1'412'300'000'000}, amount_scale::billion) == "USD 14.123 billion");
    CHECK(scaled_text(any_money{usd, 50'000'000'000}, amount_scale::billion) == "USD 0.5 billion");
    CHECK(scaled_text(any_money{usd, 200'000'000'000'000}, amount_scale::trillion) == "USD 2 trillion");
    CHECK(scaled_text(any_money{usd, 75'000'000}, amount_scale::million) == "USD 0.75 million");
    CHECK(scaled_text(any_money{usd, 250'000}, amount_scale::thousand) == "USD 2.5 thousand");
    CHECK(scaled_text(any_money{usd, -150'000'000'000}, amount_scale::billion) == "USD -1.5 billion");
    CHECK(scaled_text(any_money{usd, -50'000'000'000}, amount_scale::billion) == "USD -0.5 billion");  // the sign survives a zero whole part
}

TEST_CASE("scaled_text: an amount in units is the exact decimal with the currency's minor unit") {
    CHECK(scaled_text(any_money{usd, 125'000}, amount_scale::one) == "USD 1250.00");
    CHECK(scaled_text(any_money{usd, 5}, amount_scale::one) == "USD 0.05");
    CHECK(scaled_text(any_money{usd, -325}, amount_scale::one) == "USD -3.25");
    CHECK(scaled_text(any_money{currency{"JPY"}, 1200}, amount_scale::one) == "JPY 1200");
    CHECK(scaled_text(any_money{currency{"KWD"}, 1005}, amount_scale::one) == "KWD 1.005");
}

TEST_CASE("scaled_text: currencies with no or three minor digits scale correctly") {
    CHECK(scaled_text(any_money{currency{"JPY"}, 3'000'000}, amount_scale::million) == "JPY 3 million");
    CHECK(scaled_text(any_money{currency{"JPY"}, 3'500'000'000}, amount_scale::billion) == "JPY 3.5 billion");
    CHECK(scaled_text(any_money{currency{"KWD"}, 2'500'000}, amount_scale::thousand) == "KWD 2.5 thousand");
    CHECK(scaled_text(any_money{currency{"KZT"}, 120'000'000'000'000}, amount_scale::trillion) == "KZT 1.2 trillion");
}

TEST_CASE("amount_text: the qualifier comes first, in words; an exact figure has none") {
    const any_money forty_one{usd, 4'100'000'000'000};
    CHECK(amount_text({.value = forty_one, .qualifier = amount_qualifier::more_than, .scale = amount_scale::billion}) ==
          "more than USD 41 billion");
    CHECK(amount_text({.value = forty_one, .qualifier = amount_qualifier::exact, .scale = amount_scale::billion}) ==
          "USD 41 billion");
    CHECK(amount_text({.value = forty_one, .qualifier = amount_qualifier::about, .scale = amount_scale::billion}) ==
          "about USD 41 billion");
    CHECK(amount_text({.value = forty_one, .qualifier = amount_qualifier::at_least, .scale = amount_scale::billion}) ==
          "at least USD 41 billion");
    CHECK(amount_text({.value = forty_one, .qualifier = amount_qualifier::up_to, .scale = amount_scale::billion}) ==
          "up to USD 41 billion");
    CHECK(amount_text({.value = forty_one, .qualifier = amount_qualifier::less_than, .scale = amount_scale::million}) ==
          "less than USD 41000 million");
}

TEST_CASE("words_of: an enumerator's name with spaces for underscores") {
    CHECK(words_of(quad_class::verbal_cooperation) == "verbal cooperation");
    CHECK(words_of(actor_kind::government_body) == "government body");
    CHECK(words_of(actor_kind::state) == "state");
    CHECK(words_of(plover_event::consult) == "CONSULT");
    CHECK(words_of(static_cast<actor_kind>(99)).empty());
}
