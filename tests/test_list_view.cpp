// SPDX-License-Identifier: BSL-1.0
// Tests of core/list_view.hpp: a read-only view of a sequence that compares by value.
#include <bilateral/core/list_view.hpp>

#include <doctest/doctest.h>

#include <array>
#include <concepts>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/core/id.hpp>

using namespace bilateral;

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_trivially_copyable_v<list_view<int>>);
static_assert(sizeof(list_view<int>) == sizeof(std::span<const int>));
static_assert(std::is_same_v<list_view<int>::value_type, int>);
static_assert(std::is_same_v<list_view<int>::iterator, const int*>);
// Implicit from an array and from a span, so records read `.participants = ids`.
static_assert(std::is_convertible_v<const int (&)[3], list_view<int>>);
static_assert(std::is_convertible_v<std::span<const int>, list_view<int>>);
// From a mutable span or a vector it takes one more conversion, so only direct initialisation.
static_assert(std::is_constructible_v<list_view<int>, std::span<int>>);
static_assert(std::is_constructible_v<list_view<int>, const std::vector<int>&>);
static_assert(!std::is_convertible_v<const std::vector<int>&, list_view<int>>);
// Read-only: no element can be written through it.
static_assert(std::is_same_v<decltype(std::declval<list_view<int>>()[0]), const int&>);
static_assert(!std::is_assignable_v<decltype(*std::declval<list_view<int>>().begin()), int>);
// Lists of different element types neither convert nor compare: actor ids are not event ids.
static_assert(!std::is_convertible_v<list_view<int>, list_view<long>>);
static_assert(!std::is_convertible_v<list_view<actor_id>, list_view<event_id>>);
static_assert(!std::equality_comparable_with<list_view<actor_id>, list_view<event_id>>);
static_assert(!std::is_convertible_v<const long (&)[2], list_view<int>>);
static_assert(std::equality_comparable<list_view<actor_id>>);

// operator== compares the elements, in constant expressions too.
constexpr int one_two_three[] = {1, 2, 3};
constexpr int also_one_two_three[] = {1, 2, 3};
constexpr int one_two[] = {1, 2};
constexpr int one_two_four[] = {1, 2, 4};
static_assert(list_view<int>{one_two_three} == list_view<int>{also_one_two_three}, "equal elements, different arrays");
static_assert(list_view<int>{one_two_three} != list_view<int>{one_two}, "a prefix is not equal");
static_assert(list_view<int>{one_two} != list_view<int>{one_two_three});
static_assert(list_view<int>{one_two_three} != list_view<int>{one_two_four});
static_assert(list_view<int>{} == list_view<int>{std::span<const int>{}});
static_assert(list_view<int>{one_two_three}.size() == 3 && list_view<int>{one_two_three}[2] == 3);
static_assert(list_view<int>{one_two_three}.contains(2) && !list_view<int>{one_two_three}.contains(4));
static_assert(list_view<int>{}.empty() && list_view<int>{}.size() == 0 && !list_view<int>{}.contains(0));

constexpr actor_id speakers[] = {actor_id{"tokayev"}, actor_id{"xi-jinping"}};
static_assert(list_view<actor_id>{speakers}.contains(actor_id{"xi-jinping"}));
static_assert(!list_view<actor_id>{speakers}.contains(actor_id{"xi"}));

TEST_CASE("list_view: iterates the elements of the array it views, in order") {
    static constexpr std::string_view topics[] = {"energy", "transport", "e-commerce"};
    const list_view<std::string_view> list = topics;
    REQUIRE(list.size() == 3);
    std::vector<std::string_view> seen;
    for (std::string_view t : list) seen.push_back(t);
    CHECK(seen == std::vector<std::string_view>{"energy", "transport", "e-commerce"});
    CHECK(list.begin() == &topics[0]);
    CHECK(list.end() == &topics[0] + 3);
    CHECK(list[1] == "transport");
}

TEST_CASE("list_view: views a vector's storage through a span without copying it") {
    std::vector<int> numbers{5, 6, 7};
    const list_view<int> list{std::span<const int>{numbers}};
    CHECK(list.size() == 3);
    CHECK(list.begin() == numbers.data());
    numbers[1] = 60;  // a view: the change shows
    CHECK(list[1] == 60);
    CHECK(list.span().data() == numbers.data());
    CHECK(list.span().size() == 3);
}

TEST_CASE("list_view: equal when the elements are equal, wherever they are stored") {
    const std::vector<int> a{1, 2, 3};
    const std::vector<int> b{1, 2, 3};
    const std::vector<int> c{1, 2};
    const std::vector<int> d{3, 2, 1};
    const list_view<int> va{std::span<const int>{a}}, vb{std::span<const int>{b}}, vc{std::span<const int>{c}},
        vd{std::span<const int>{d}};
    CHECK(va == vb);
    CHECK_FALSE(va == vc);
    CHECK_FALSE(va == vd);  // order counts
    CHECK(va != vd);
    CHECK(list_view<int>{} == list_view<int>{});
    CHECK_FALSE(va == list_view<int>{});
}

TEST_CASE("list_view: contains compares by value") {
    const std::vector<actor_id> ids{actor_id{"kz"}, actor_id{"cn"}};
    const list_view<actor_id> list{std::span<const actor_id>{ids}};
    const std::string_view cn = "cn";
    CHECK(list.contains(actor_id{cn}));
    CHECK_FALSE(list.contains(actor_id{"ru"}));
    CHECK_FALSE(list.contains(actor_id{}));
}
