// SPDX-License-Identifier: BSL-1.0
// Tests of reflect.hpp: field names, the field visitor and the reflectable concept.
#include <bilateral/reflect.hpp>

#include <bilateral/core/dataset_view.hpp>

#include <doctest/doctest.h>

#include <boost/hana/adapt_struct.hpp>

#include <string>
#include <vector>

namespace user {
// A user's own record: reflection works for it as for the library's.
struct visit {
    std::string_view host;
    int days = 0;
};
}  // namespace user
BOOST_HANA_ADAPT_STRUCT(user::visit, host, days);

using namespace bilateral;

static_assert(reflectable<actor> && reflectable<event> && reflectable<dataset_view> && reflectable<user::visit>);
static_assert(!reflectable<int> && !reflectable<date> && !reflectable<std::string>);
static_assert(field_count<user::visit> == 2);
static_assert(field_names<user::visit>() == std::array<std::string_view, 2>{"host", "days"});
static_assert(field_names<statement>()[1] == "speaker");
static_assert(field_names<dataset_view>().back() == "relations");

// The visitor runs in constant expressions.
constexpr int total_days() {
    user::visit v{.host = "Astana", .days = 2};
    int days = 0;
    for_each_field(v, [&](std::string_view name, const auto& value) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value)>, int>)
            if (name == "days") days += value;
    });
    return days;
}
static_assert(total_days() == 2);

TEST_CASE("reflect: for_each_field visits every field in declaration order") {
    std::vector<std::string> names;
    const actor a{};
    for_each_field(a, [&](std::string_view name, const auto&) { names.emplace_back(name); });
    CHECK(names == std::vector<std::string>{"id", "kind", "name", "country", "office", "sectors", "part_of", "wikidata"});
}

TEST_CASE("reflect: the visitor gets references it can write through") {
    user::visit v{.host = "Beijing", .days = 1};
    for_each_field(v, [](std::string_view, auto& value) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value)>, int>) value = 5;
    });
    CHECK(v.days == 5);
    CHECK(v.host == "Beijing");
}
