// SPDX-License-Identifier: BSL-1.0
/// Reflection over the library's records: field names, a field visitor, the `reflectable` concept.
/// Printing, JSON and test helpers are built on this header; no record has serialisation code.
#pragma once
#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/hana/accessors.hpp>
#include <boost/hana/concept/struct.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/second.hpp>
#include <boost/hana/string.hpp>

#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// A type whose fields Boost.Hana knows (declared with BOOST_HANA_ADAPT_STRUCT or
/// BOOST_HANA_DEFINE_STRUCT): every record type and `dataset_view`, and users' own records.
template <class T>
concept reflectable = detail::hana_struct<T>;

/// The number of fields of T.
template <reflectable T>
inline constexpr std::size_t field_count =
    decltype(boost::hana::length(boost::hana::accessors<std::remove_cvref_t<T>>()))::value;

/// The names of T's fields, in declaration order.
template <reflectable T>
[[nodiscard]] constexpr std::array<std::string_view, field_count<T>> field_names() noexcept {
    std::array<std::string_view, field_count<T>> names{};
    std::size_t i = 0;
    boost::hana::for_each(boost::hana::accessors<std::remove_cvref_t<T>>(), [&](auto field) {
        names[i++] = boost::hana::to<const char*>(boost::hana::first(field));
    });
    return names;
}

/// Calls `visit(name, value)` for each field of `record` in declaration order; `value` is a
/// reference to the member, const if `record` is.
template <reflectable T, class Visitor>
constexpr void for_each_field(T&& record, Visitor&& visit) {
    detail::for_each_member(std::forward<T>(record), std::forward<Visitor>(visit));
}

}  // namespace bilateral
