// SPDX-License-Identifier: BSL-1.0
// Compile-time facts and table invariants of include/bilateral/codes/iso3166.hpp.
#include <bilateral/codes/iso3166.hpp>

#include <doctest/doctest.h>

#include <string_view>

#include "table_checks.hpp"

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;

// Lookups by each key.
static_assert(bc::iso3166.size() == 249);
static_assert(bc::find_iso3166_alpha2("KZ")->alpha3 == "KAZ");
static_assert(bc::find_iso3166_alpha2("KZ")->numeric == 398);
static_assert(bc::find_iso3166_alpha2("KZ")->name == "Kazakhstan");
static_assert(bc::find_iso3166_alpha2("CN")->alpha3 == "CHN");
static_assert(bc::find_iso3166_alpha2("CH")->name == "Switzerland");  // ISO's CH, not GDELT's FIPS CH
static_assert(bc::find_iso3166_alpha3("CHN")->alpha2 == "CN");
static_assert(bc::find_iso3166_numeric(156)->alpha2 == "CN");
static_assert(bc::find_iso3166_numeric(4)->alpha3 == "AFG");
static_assert(bc::find_iso3166_alpha2("AD") == &bc::iso3166.front());
static_assert(bc::find_iso3166_alpha2("ZW") == &bc::iso3166.back());
static_assert(bc::find_iso3166_alpha3("TUR")->name == "T\u00fcrkiye");
static_assert(bc::find_iso3166_alpha2("XK") == nullptr);   // Kosovo: user-assigned, not ISO
static_assert(bc::find_iso3166_alpha3("XKX") == nullptr);
static_assert(bc::find_iso3166_alpha2("") == nullptr);
static_assert(bc::find_iso3166_alpha2("kz") == nullptr);
static_assert(bc::find_iso3166_alpha2("KZA") == nullptr);
static_assert(bc::find_iso3166_numeric(0) == nullptr);
static_assert(bc::find_iso3166_numeric(999) == nullptr);

// Sort order and unique keys.
static_assert(bt::strictly_increasing(bc::iso3166, [](const bc::iso3166_entry& e) { return e.alpha2; }));
static_assert(bt::distinct_indices<249>(bc::iso3166_by_alpha3) && bc::iso3166_by_alpha3.size() == 249);
static_assert(bt::distinct_indices<249>(bc::iso3166_by_numeric) && bc::iso3166_by_numeric.size() == 249);
static_assert(bt::strictly_increasing(bc::iso3166_by_alpha3, [](auto i) { return bc::iso3166[i].alpha3; }));
static_assert(bt::strictly_increasing(bc::iso3166_by_numeric, [](auto i) { return bc::iso3166[i].numeric; }));

// Shapes of the codes; names are UTF-8.
static_assert(bt::all_of(bc::iso3166, [](const bc::iso3166_entry& e) {
    return e.alpha2.size() == 2 && e.alpha3.size() == 3 && e.numeric >= 1 && e.numeric <= 999 && !e.name.empty() &&
           bt::valid_utf8(e.name);
}));

TEST_CASE("iso3166: every entry is found by each of its three codes") {
    for (const auto& e : bc::iso3166) {
        CHECK(bc::find_iso3166_alpha2(e.alpha2) == &e);
        CHECK(bc::find_iso3166_alpha3(e.alpha3) == &e);
        CHECK(bc::find_iso3166_numeric(e.numeric) == &e);
    }
}

TEST_CASE("iso3166: unknown codes are not found") {
    for (std::string_view code : {"", "A", "AA", "ZZ", "QM", "EU", "UK", "ABCD", "zw"}) {
        CHECK(bc::find_iso3166_alpha2(code) == nullptr);
    }
    for (std::string_view code : {"", "AAA", "ZZZ", "ROM", "TMP", "KSV", "cHN"}) {
        CHECK(bc::find_iso3166_alpha3(code) == nullptr);
    }
    for (int n : {0, 1, 3, 999, 1000}) {
        CHECK(bc::find_iso3166_numeric(static_cast<std::uint16_t>(n)) == nullptr);
    }
}

TEST_CASE("iso3166: codes are upper-case ASCII letters") {
    auto upper = [](std::string_view s) {
        for (char c : s)
            if (c < 'A' || c > 'Z') return false;
        return true;
    };
    for (const auto& e : bc::iso3166) {
        CHECK(upper(e.alpha2));
        CHECK(upper(e.alpha3));
    }
}
