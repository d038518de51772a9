// SPDX-License-Identifier: BSL-1.0
// Compile-time facts and table invariants of include/bilateral/codes/iso4217.hpp.
#include <bilateral/codes/iso4217.hpp>

#include <doctest/doctest.h>

#include <string_view>

#include "table_checks.hpp"

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;

static_assert(bc::iso4217.size() == 181);
static_assert(bc::find_iso4217_alpha("KZT")->numeric == 398);
static_assert(bc::find_iso4217_alpha("KZT")->name == "Tenge");
static_assert(bc::find_iso4217_numeric(156)->alpha == "CNY");
static_assert(bc::find_iso4217_alpha("USD")->minor_unit == 2);
// ISO 4217 "List one" minor units: the exceptions to 2.
static_assert(bc::find_iso4217_alpha("JPY")->minor_unit == 0);
static_assert(bc::find_iso4217_alpha("KRW")->minor_unit == 0);
static_assert(bc::find_iso4217_alpha("XOF")->minor_unit == 0);
static_assert(bc::find_iso4217_alpha("BHD")->minor_unit == 3);
static_assert(bc::find_iso4217_alpha("KWD")->minor_unit == 3);
static_assert(bc::find_iso4217_alpha("TND")->minor_unit == 3);
static_assert(bc::find_iso4217_alpha("CLF")->minor_unit == 4);
static_assert(bc::find_iso4217_alpha("UYW")->minor_unit == 4);
static_assert(bc::find_iso4217_alpha("XAU")->minor_unit == -1);
static_assert(bc::find_iso4217_alpha("XDR")->minor_unit == -1);
static_assert(bc::find_iso4217_alpha("XTS")->minor_unit == -1);
static_assert(bc::find_iso4217_alpha("XXX")->minor_unit == -1);
static_assert(bc::find_iso4217_numeric(999)->alpha == "XXX");
static_assert(bc::find_iso4217_alpha("usd") == nullptr);
static_assert(bc::find_iso4217_alpha("EURO") == nullptr);
static_assert(bc::find_iso4217_alpha("") == nullptr);
static_assert(bc::find_iso4217_numeric(0) == nullptr);

static_assert(bt::strictly_increasing(bc::iso4217, [](const bc::iso4217_entry& e) { return e.alpha; }));
static_assert(bt::distinct_indices<181>(bc::iso4217_by_numeric) && bc::iso4217_by_numeric.size() == 181);
static_assert(bt::strictly_increasing(bc::iso4217_by_numeric, [](auto i) { return bc::iso4217[i].numeric; }));
static_assert(bt::all_of(bc::iso4217, [](const bc::iso4217_entry& e) {
    return e.alpha.size() == 3 && e.numeric >= 1 && e.numeric <= 999 && !e.name.empty() && bt::valid_utf8(e.name) &&
           (e.minor_unit == -1 || e.minor_unit == 0 || e.minor_unit == 2 || e.minor_unit == 3 || e.minor_unit == 4);
}));
// N.A. exactly for the X codes that are no national currency's unit.
static_assert(bt::count_if(bc::iso4217, [](const bc::iso4217_entry& e) { return e.minor_unit == -1; }) == 13);
static_assert(bt::all_of(bc::iso4217, [](const bc::iso4217_entry& e) {
    return e.minor_unit != -1 || e.alpha.front() == 'X';
}));

TEST_CASE("iso4217: every entry is found by its alphabetic and its numeric code") {
    for (const auto& e : bc::iso4217) {
        CHECK(bc::find_iso4217_alpha(e.alpha) == &e);
        CHECK(bc::find_iso4217_numeric(e.numeric) == &e);
    }
}

TEST_CASE("iso4217: the minor units not equal to 2 are the ones ISO 4217 lists") {
    for (std::string_view c : {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                               "VND", "VUV", "XAF", "XOF", "XPF"}) {
        REQUIRE(bc::find_iso4217_alpha(c) != nullptr);
        CHECK_MESSAGE(bc::find_iso4217_alpha(c)->minor_unit == 0, c);
    }
    for (std::string_view c : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}) {
        REQUIRE(bc::find_iso4217_alpha(c) != nullptr);
        CHECK_MESSAGE(bc::find_iso4217_alpha(c)->minor_unit == 3, c);
    }
    for (std::string_view c : {"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA",
                               "XXX"}) {
        REQUIRE(bc::find_iso4217_alpha(c) != nullptr);
        CHECK_MESSAGE(bc::find_iso4217_alpha(c)->minor_unit == -1, c);
    }
    int twos = 0;
    for (const auto& e : bc::iso4217) twos += e.minor_unit == 2;
    CHECK(twos == 181 - 17 - 7 - 2 - 13);
}

TEST_CASE("iso4217: unknown codes are not found") {
    for (std::string_view code : {"", "AAA", "ZZZ", "DEM", "FRF", "usd", "US"}) {
        CHECK(bc::find_iso4217_alpha(code) == nullptr);
    }
    for (int n : {0, 1, 2, 1000}) {
        CHECK(bc::find_iso4217_numeric(static_cast<std::uint16_t>(n)) == nullptr);
    }
}
