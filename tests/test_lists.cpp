// SPDX-License-Identifier: BSL-1.0
// Lists inside one field (io/import/lists.hpp).
#include <bilateral/io/import/lists.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

std::vector<std::string> items(std::string_view list, char separator, std::string_view none = {}) {
    std::vector<std::string> out;
    bilateral::for_each_list_item(list, separator, [&](std::string_view item) { out.emplace_back(item); }, none);
    return out;
}

}  // namespace

TEST_CASE("list items: split, trimmed, empty ones skipped, the separator of each source") {
    CHECK(items("Military, Government,,Executive ", ',') == std::vector<std::string>{"Military", "Government", "Executive"});
    CHECK(items("KAZ; CHN", ';') == std::vector<std::string>{"KAZ", "CHN"});
    CHECK(items("MUS;ISI;", ';') == std::vector<std::string>{"MUS", "ISI"});
    CHECK(items("", ';').empty());
    CHECK(items(" ; ", ';').empty());
}

TEST_CASE("list items: a word for 'not given' is skipped only when named") {
    CHECK(items("None; KAZ; None", ';', "None") == std::vector<std::string>{"KAZ"});
    CHECK(items("None; KAZ", ';') == std::vector<std::string>{"None", "KAZ"});
    static_assert(bilateral::first_list_item("None; RUS; BLR", ';', "None") == "RUS");
    static_assert(bilateral::first_list_item("", ',').empty());
}
