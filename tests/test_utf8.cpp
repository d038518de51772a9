// SPDX-License-Identifier: BSL-1.0
// Tests of detail/utf8.hpp: the non-ASCII scan, validation and U+FFFD replacement, against a model built from UTF-8's definition.
#include <bilateral/detail/utf8.hpp>

#include "utf8_reference.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

using namespace bilateral::detail;

static_assert(utf8::sequence("a") == 1 && utf8::sequence("\xD0\x9A") == 2 && utf8::sequence("\xE2\x80\x9C") == 3);
static_assert(utf8::sequence("\xF0\x9F\x98\x80") == 4);
static_assert(utf8::sequence("\xC0\x80") == -1 && utf8::sequence("\xE0\x80\x80") == -1);  // overlong forms
static_assert(utf8::sequence("\xED\xA0\x80") == -1);                                     // a surrogate
static_assert(utf8::sequence("\xF4\x90\x80\x80") == -1);                                 // above U+10FFFF
static_assert(utf8::sequence("\xE2\x80") == -2 && utf8::sequence("\xF0\x9F\x98") == -3);  // cut short
static_assert(utf8::first_invalid("Қазақстан") == std::string_view::npos && utf8::first_invalid("ab\xFF") == 2);

TEST_CASE("utf8: has_non_ascii finds a byte above 0x7F wherever it stands") {
    for (std::size_t length = 0; length < 20; ++length) {
        std::string text(length, 'x');
        CHECK_FALSE(utf8::has_non_ascii(text));
        for (std::size_t at = 0; at < length; ++at) {
            CAPTURE(length);
            CAPTURE(at);
            std::string t = text;
            t[at] = '\x80';
            CHECK(utf8::has_non_ascii(t));
        }
    }
}

TEST_CASE("utf8: maximal subparts become one U+FFFD each, as in the Unicode standard's example") {
    // The Unicode standard, chapter 3, table 3-8: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64.
    const std::string_view text = "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64";
    CHECK(utf8::valid(text) == "a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd");
    CHECK(utf8::first_invalid(text) == 1);
    CHECK(utf8::valid("Қазақстан “Astana”") == "Қазақстан “Astana”");
}

TEST_CASE("utf8: valid and first_invalid agree with the reference model on every short byte string") {
    // Every one- and two-byte string, and random strings of bytes mostly above 0x7F.
    const auto check = [](const std::string& text) {
        const std::string expected = utf8_reference::replaced(text);
        CAPTURE(text);
        REQUIRE(utf8::valid(text) == expected);
        REQUIRE((utf8::first_invalid(text) == std::string_view::npos) == (expected == text));
    };
    for (int a = 0; a < 256; ++a) {
        check(std::string(1, static_cast<char>(a)));
        for (int b = 0x70; b < 256; ++b) check(std::string{static_cast<char>(a), static_cast<char>(b)});
    }
    std::mt19937 random{20240703};
    std::uniform_int_distribution<int> byte{0x60, 0xFF};
    for (int n = 0; n < 20000; ++n) {
        std::string text(1 + static_cast<std::size_t>(n % 9), ' ');
        for (char& c : text) c = static_cast<char>(byte(random));
        check(text);
    }
}
