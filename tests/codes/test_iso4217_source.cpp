// SPDX-License-Identifier: BSL-1.0
// iso4217.hpp against its source, Debian's iso-codes iso_4217.json (BILATERAL_ISO_CODES_DIR).
#include <bilateral/codes/iso4217.hpp>

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

TEST_CASE("iso4217: every currency of Debian's iso-codes is in the table, and nothing else") {
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.load(std::string(BILATERAL_ISO_CODES_DIR) + "/iso_4217.json");
    std::set<std::string_view> seen;
    std::size_t count = 0;
    for (simdjson::dom::element e : doc["4217"].get_array()) {
        ++count;
        std::string_view alpha = e["alpha_3"].get_string().value();
        std::string_view numeric_text = e["numeric"].get_string().value();
        std::string_view name = e["name"].get_string().value();
        std::uint16_t numeric = 0;
        auto [ptr, ec] = std::from_chars(numeric_text.data(), numeric_text.data() + numeric_text.size(), numeric);
        REQUIRE(ec == std::errc());
        REQUIRE(ptr == numeric_text.data() + numeric_text.size());

        const bc::iso4217_entry* t = bc::find_iso4217_alpha(alpha);
        REQUIRE_MESSAGE(t != nullptr, alpha);
        CHECK(t->alpha == alpha);
        CHECK(t->numeric == numeric);
        CHECK(t->name == name);
        CHECK(bc::find_iso4217_numeric(numeric) == t);
        seen.insert(t->alpha);
    }
    CHECK(count == bc::iso4217.size());
    for (const auto& e : bc::iso4217) CHECK_MESSAGE(seen.count(e.alpha) == 1, e.alpha);
}
