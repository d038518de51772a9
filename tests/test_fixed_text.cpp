// SPDX-License-Identifier: BSL-1.0
// Tests of detail/fixed_text.hpp: the constexpr text buffer behind problem messages and dates.
#include <bilateral/detail/fixed_text.hpp>

#include <doctest/doctest.h>

#include <string_view>

using bilateral::detail::fixed_text;

constexpr fixed_text<16> built() {
    fixed_text<16> t{"year "};
    t.append_number(7, 4).append('.');
    return t;
}
static_assert(built().view() == "year 0007.");
static_assert(fixed_text<4>{"abcdef"}.view() == "abcd" && fixed_text<4>{"abcdef"}.truncated());
static_assert(!fixed_text<4>{"abcd"}.truncated());
static_assert(fixed_text<8>{}.empty());

TEST_CASE("fixed_text: numbers are written in decimal, padded to the width asked for") {
    fixed_text<32> t;
    t.append_number(0).append(' ').append_number(18446744073709551615ULL).append(' ').append_number(42, 5);
    CHECK(t.view() == "0 18446744073709551615 00042");
}

TEST_CASE("fixed_text: what does not fit is cut and said to be cut") {
    fixed_text<3> t;
    t.append("ab").append_number(123);
    CHECK(t.view() == "ab1");
    CHECK(t.truncated());
    CHECK(t.chars[3] == '\0');
}
