// SPDX-License-Identifier: BSL-1.0
// Tests of io/json.hpp: the reflection-driven JSON writer.
#include <bilateral/io/json.hpp>

#include <bilateral/core/dataset_view.hpp>

#include <doctest/doctest.h>

#include "utf8_reference.hpp"

#include <boost/hana/adapt_struct.hpp>

#include <random>
#include <string>
#include <string_view>

namespace user {
struct note {
    std::string_view text;
    std::optional<int> rank;
    bilateral::list_view<int> marks;
};
}  // namespace user
BOOST_HANA_ADAPT_STRUCT(user::note, text, rank, marks);

using namespace bilateral;

TEST_CASE("json: strings are escaped per RFC 8259 and valid UTF-8 is kept as is") {
    std::string out;
    write_json_string(out, "quote \" backslash \\ newline \n tab \t bell \x07 “Astana” Қазақстан");
    CHECK(out == "\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 “Astana” Қазақстан\"");
    out.clear();
    write_json_string(out, std::string_view{"\x00\x1f", 2});
    CHECK(out == "\"\\u0000\\u001f\"");
}

namespace {
/// The escaping rule one byte at a time (after invalid UTF-8 is replaced by the reference model),
/// to check the writer's word-at-a-time scan against.
std::string escaped_bytewise(std::string_view raw) {
    constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (const char c : utf8_reference::replaced(raw)) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (const auto u = static_cast<unsigned char>(c); u < 0x20) {
                    out += "\\u00";
                    out += hex[u >> 4];
                    out += hex[u & 0xF];
                } else {
                    out += c;
                }
        }
    }
    return out + '"';
}
}  // namespace

TEST_CASE("json: every byte is escaped or kept wherever it stands in a long string") {
    // Each byte value at each of the first 20 offsets (in and across 8-byte words) of UTF-8 text.
    for (int byte = 0; byte < 256; ++byte) {
        for (std::size_t at = 0; at < 20; ++at) {
            std::string text = "Қазақстан ferry 2024";
            text[at] = static_cast<char>(byte);
            std::string out;
            write_json_string(out, text);
            CAPTURE(byte);
            CAPTURE(at);
            REQUIRE(out == escaped_bytewise(text));
        }
    }
}

TEST_CASE("json: invalid UTF-8 is never written: each maximal invalid subsequence becomes U+FFFD") {
    std::string out;
    // A Latin-1 name, a cut sequence, a surrogate, an overlong '/', and the Unicode standard's example (table 3-8).
    write_json_string(out, "K\xF6ln | \xD0 | \xED\xA0\x80 | \xC0\xAF | \x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64");
    CHECK(out == "\"K\uFFFDln | \uFFFD | \uFFFD\uFFFD\uFFFD | \uFFFD\uFFFD | a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd\"");
    // Valid UTF-8 after plain ASCII runs of every length stays as it is.
    for (std::size_t n = 0; n < 20; ++n) {
        const std::string text = std::string(n, 'a') + "Қазақстан 😀";
        out.clear();
        write_json_string(out, text);
        CHECK(out == '"' + text + '"');
    }
    // Random bytes: always the reference model's replacement, and so always valid UTF-8.
    std::mt19937 random{3072024};
    std::uniform_int_distribution<int> byte{0, 255};
    for (int n = 0; n < 5000; ++n) {
        std::string text(1 + static_cast<std::size_t>(n % 40), ' ');
        for (char& c : text) c = static_cast<char>(byte(random));
        out.clear();
        write_json_string(out, text);
        CAPTURE(text);
        REQUIRE(out == escaped_bytewise(text));
        REQUIRE(utf8_reference::replaced(out) == out);
    }
}

TEST_CASE("json: to_json (which measures first) writes what write_json appends") {
    static constexpr int marks[] = {3, -1, 2147483647};
    const user::note n{.text = "a \"quoted\"\tline\n\x01 of text long enough for several words", .rank = -42,
                       .marks = marks};
    for (const int indent : {0, 2, 4}) {
        std::string appended = "prefix";
        write_json(appended, n, {.indent = indent});
        CHECK(appended == "prefix" + to_json(n, {.indent = indent}));
    }
    CHECK(to_json(n, {.indent = 0}) ==
          R"({"text":"a \"quoted\"\tline\n\u0001 of text long enough for several words","rank":-42,"marks":[3,-1,2147483647]})");
}

TEST_CASE("json: a record is an object with its fields in declaration order") {
    static constexpr sector_code sectors[] = {sector_code{"GOV"}};
    const actor a{.id = actor_id{"tokayev"},
                  .kind = actor_kind::person,
                  .name = "Kassym-Jomart Tokayev",
                  .country = country{"KZ"},
                  .sectors = sectors};
    CHECK(to_json(a, {.indent = 0}) ==
          R"({"id":"tokayev","kind":"person","name":"Kassym-Jomart Tokayev","country":"KZ","office":"",)"
          R"("sectors":["GOV"],"part_of":null,"wikidata":""})");
}

TEST_CASE("json: money is exact decimal text with its currency; Goldstein keeps its table") {
    const reported_amount amount{.value = any_money{currencies::usd, 4'100'000'000'000},
                                 .qualifier = amount_qualifier::more_than,
                                 .scale = amount_scale::billion,
                                 .as_reported = "exceeded $41 billion"};
    CHECK(to_json(amount, {.indent = 0}) ==
          R"({"value":{"currency":"USD","amount":"41000000000.00"},"qualifier":"more_than","scale":"billion",)"
          R"("as_reported":"exceeded $41 billion"})");
    CHECK(to_json(goldstein{.tenths = -20, .table = goldstein_table::gdelt}, {.indent = 0}) ==
          R"({"value":-2.0,"table":"gdelt"})");
    CHECK(to_json(goldstein{.tenths = 34, .table = goldstein_table::phoenix}, {.indent = 0}) ==
          R"({"value":3.4,"table":"phoenix"})");
}

TEST_CASE("json: values that are not given are null; dates are ISO text at their precision") {
    CHECK(to_json(date{}) == "null");
    CHECK(to_json(date{2023}) == "\"2023\"");
    CHECK(to_json(country{}) == "null");
    CHECK(to_json(cameo_code{"043"}) == "\"043\"");
    CHECK_MESSAGE(to_json(cameo_code{"04211"}) == "\"04211\"", "an over-long code is written as it is, for the reader to reject");
    CHECK(to_json(std::optional<std::uint32_t>{}) == "null");
    CHECK(to_json(std::optional<std::uint32_t>{45}) == "45");
}

TEST_CASE("json: users' own reflectable records are written without any code of theirs") {
    static constexpr int marks[] = {1, 2};
    CHECK(to_json(user::note{.text = "x", .rank = 3, .marks = marks}, {.indent = 0}) ==
          R"({"text":"x","rank":3,"marks":[1,2]})");
    // An empty optional member is left out.
    CHECK(to_json(user::note{.text = "y", .rank = {}, .marks = {}}) == "{\n  \"text\": \"y\",\n  \"marks\": []\n}");
}

TEST_CASE("json: indentation is stable") {
    static constexpr actor_id who[] = {actor_id{"a"}, actor_id{"b"}};
    const event e{.id = event_id{"e1"}, .date = date{2024, 7, 3}, .participants = who};
    const std::string json = to_json(e);
    CHECK(json.starts_with("{\n  \"id\": \"e1\",\n  \"date\": \"2024-07-03\",\n  \"place\": null,\n"));
    CHECK(json.find("\"participants\": [\n    \"a\",\n    \"b\"\n  ],") != std::string::npos);
    CHECK(json.ends_with("\n  }\n}"));
}
