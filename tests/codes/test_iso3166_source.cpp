// SPDX-License-Identifier: BSL-1.0
// iso3166.hpp against its source, Debian's iso-codes iso_3166-1.json (BILATERAL_ISO_CODES_DIR).
#include <bilateral/codes/iso3166.hpp>

#include <doctest/doctest.h>
#include <simdjson.h>

#include <charconv>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#ifndef BILATERAL_ISO_CODES_DIR
#error "BILATERAL_ISO_CODES_DIR must name the folder of iso-codes' JSON files"
#endif

namespace bc = bilateral::codes;

TEST_CASE("iso3166: every entry of Debian's iso-codes is in the table, and nothing else") {
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.load(std::string(BILATERAL_ISO_CODES_DIR) + "/iso_3166-1.json");
    std::set<std::string_view> seen;
    std::size_t count = 0;
    for (simdjson::dom::element e : doc["3166-1"].get_array()) {
        ++count;
        std::string_view alpha2 = e["alpha_2"].get_string().value();
        std::string_view alpha3 = e["alpha_3"].get_string().value();
        std::string_view numeric_text = e["numeric"].get_string().value();
        std::string_view name = e["name"].get_string().value();
        std::uint16_t numeric = 0;
        auto [ptr, ec] = std::from_chars(numeric_text.data(), numeric_text.data() + numeric_text.size(), numeric);
        REQUIRE(ec == std::errc());
        REQUIRE(ptr == numeric_text.data() + numeric_text.size());

        const bc::iso3166_entry* t = bc::find_iso3166_alpha2(alpha2);
        REQUIRE_MESSAGE(t != nullptr, alpha2);
        CHECK(t->alpha2 == alpha2);
        CHECK(t->alpha3 == alpha3);
        CHECK(t->numeric == numeric);
        CHECK(t->name == name);
        CHECK(bc::find_iso3166_alpha3(alpha3) == t);
        CHECK(bc::find_iso3166_numeric(numeric) == t);
        seen.insert(t->alpha2);
    }
    CHECK(count == bc::iso3166.size());
    for (const auto& e : bc::iso3166) CHECK_MESSAGE(seen.count(e.alpha2) == 1, e.alpha2);
}
