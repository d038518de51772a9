// SPDX-License-Identifier: BSL-1.0
// A user's own record with a member of each kind the JSON writer, reader and schema handle:
// std::string, double, bool, signed and unsigned integers, std::vector, std::optional, nested
// structs, and a value type of the user's own through bilateral::value_traits.
#pragma once
#include <bilateral/core/value_traits.hpp>

#include <boost/hana/adapt_struct.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace user {

/// An RGB colour, written "#rrggbb": a value type of the user's own.
struct colour {
    std::uint8_t red = 0, green = 0, blue = 0;
    bool given = false;
    friend bool operator==(const colour&, const colour&) = default;
};

struct address {
    std::string city{};
    std::optional<std::string> street{};
    friend bool operator==(const address&, const address&) = default;
};

struct survey {
    std::string title{};
    double score = 0;
    bool published = false;
    std::int64_t smallest = 0;
    std::int64_t largest = 0;
    std::uint64_t count = 0;
    std::uint8_t small = 0;
    std::vector<double> samples{};
    std::vector<std::string> tags{};
    std::optional<double> weight{};
    std::optional<std::int32_t> rank{};
    address office{};
    std::vector<address> branches{};
    std::optional<address> head_office{};
    colour logo{};
    friend bool operator==(const survey&, const survey&) = default;
};

/// A survey with every member given, and numbers at the edges of their types.
inline survey full_survey() {
    return {.title = "Trade \"turnover\" — Қазақстан",
            .score = 0.1,
            .published = true,
            .smallest = std::numeric_limits<std::int64_t>::min(),
            .largest = std::numeric_limits<std::int64_t>::max(),
            .count = std::numeric_limits<std::uint64_t>::max(),
            .small = 255,
            .samples = {1e300, -0.0, 5e-324, 1.7976931348623157e308, 123456789.0, 18446744073709551616.0, 2.0 / 3.0},
            .tags = {"energy", "", "e-commerce"},
            .weight = 1.5,
            .rank = -7,
            .office = {.city = "Astana", .street = "Mangilik Yel 1"},
            .branches = {{.city = "Almaty", .street = std::nullopt}, {.city = "Shymkent", .street = "Tauke Khan 5"}},
            .head_office = address{.city = "Beijing"},
            .logo = {.red = 0x12, .green = 0xab, .blue = 0xff, .given = true}};
}

}  // namespace user

BOOST_HANA_ADAPT_STRUCT(user::address, city, street);
BOOST_HANA_ADAPT_STRUCT(user::survey, title, score, published, smallest, largest, count, small, samples, tags, weight,
                        rank, office, branches, head_office, logo);

/// The one customisation point: printing, JSON writing, reading and the schema all use it.
template <>
struct bilateral::value_traits<user::colour> {
    static std::string text(const user::colour& c) {
        constexpr char hex[] = "0123456789abcdef";
        std::string out = "#";
        for (const std::uint8_t part : {c.red, c.green, c.blue}) {
            out += hex[part >> 4];
            out += hex[part & 0xF];
        }
        return out;
    }
    static bool given(const user::colour& c) { return c.given; }
    template <class Storage>
    static std::optional<user::colour> parse(std::string_view text, Storage&) {
        if (text.size() != 7 || text[0] != '#') return std::nullopt;
        std::uint8_t parts[3]{};
        for (std::size_t i = 1; i < 7; ++i) {
            const char c = text[i];
            const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) return std::nullopt;
            parts[(i - 1) / 2] = static_cast<std::uint8_t>(parts[(i - 1) / 2] * 16 + digit);
        }
        return user::colour{.red = parts[0], .green = parts[1], .blue = parts[2], .given = true};
    }
    static constexpr std::string_view expected = "a colour as \"#rrggbb\" (lower-case hex) or null";
    static constexpr std::string_view pattern = "^#[0-9a-f]{6}$";
    static constexpr std::string_view description = "An RGB colour; null when not given.";
};
