// SPDX-License-Identifier: BSL-1.0
// Tests of io/icews/record.hpp: the columns and the sector lists.
#include <bilateral/io/icews/record.hpp>

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

using namespace bilateral;

TEST_CASE("the columns are ICEWS's 20, labelled as its files label them") {
    static_assert(icews::column_labels.size() == icews::column_count);
    static_assert(icews::label(icews::column::event_id) == "Event ID");
    static_assert(icews::label(icews::column::cameo_code) == "CAMEO Code");
    static_assert(icews::label(icews::column::longitude) == "Longitude");
    CHECK(icews::label(icews::column::target_country) == "Target Country");
}

TEST_CASE("a sector list is split on commas, blanks trimmed, empty items skipped") {
    std::vector<std::string_view> seen;
    icews::for_each_sector("Executive, Foreign Ministry,,Government ", [&](std::string_view s) { seen.push_back(s); });
    CHECK(seen == std::vector<std::string_view>{"Executive", "Foreign Ministry", "Government"});
    seen.clear();
    icews::for_each_sector("", [&](std::string_view s) { seen.push_back(s); });
    CHECK(seen.empty());
}
