// SPDX-License-Identifier: BSL-1.0
// Tests of detail/temporary_string.hpp: the rule, and that every reader viewing its text follows it
// (a std::string rvalue, const or not, is refused; an lvalue, a view and a literal are read).
#include <bilateral/detail/temporary_string.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <type_traits>

#include <bilateral/io/gdelt.hpp>
#include <bilateral/io/icews.hpp>
#include <bilateral/io/import/delimited.hpp>
#include <bilateral/io/phoenix.hpp>
#include <bilateral/io/polecat.hpp>

using namespace bilateral;

// What a forwarding reference deduces: the value type for an rvalue, a reference for an lvalue.
static_assert(detail::temporary_string<std::string>);
static_assert(detail::temporary_string<const std::string>);
static_assert(!detail::temporary_string<std::string&>);
static_assert(!detail::temporary_string<const std::string&>);
static_assert(!detail::temporary_string<std::string_view>);
static_assert(!detail::temporary_string<const char (&)[3]>);

namespace {

template <class Reader, class... Options>
constexpr bool refuses_temporaries() {
    return !std::is_constructible_v<Reader, std::string&&, Options...> &&
           !std::is_constructible_v<Reader, const std::string&&, Options...> &&
           std::is_constructible_v<Reader, std::string&, Options...> &&
           std::is_constructible_v<Reader, const std::string&, Options...> &&
           std::is_constructible_v<Reader, std::string_view, Options...> &&
           std::is_constructible_v<Reader, const char (&)[3], Options...>;
}

}  // namespace

static_assert(refuses_temporaries<gdelt::reader>());
static_assert(refuses_temporaries<gdelt::csv_reader>());
static_assert(refuses_temporaries<icews::reader>());
static_assert(refuses_temporaries<polecat::reader>());
static_assert(refuses_temporaries<phoenix::reader>());
static_assert(refuses_temporaries<delimited_reader, delimited_dialect>());

// gdelt::read_all too: callable with a view or an lvalue, not with a dying string.
template <class S>
concept read_all_accepts = requires(S&& s) { gdelt::read_all(static_cast<S&&>(s)); };
static_assert(read_all_accepts<std::string&> && read_all_accepts<std::string_view>);
static_assert(!read_all_accepts<std::string> && !read_all_accepts<const std::string>);

TEST_CASE("temporary_string: a reader reads a string that outlives it") {
    const std::string text = "a\tb\n";
    delimited_reader in{text, delimited_dialect{}};
    CHECK(in.next() == delimited_reader::status::record);
    CHECK(in.fields().size() == 2);
}
