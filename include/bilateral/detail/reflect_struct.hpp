// SPDX-License-Identifier: BSL-1.0
/// BILATERAL_REFLECT: makes a record reflectable (a Boost.Hana Struct), lazily; and the walk over
/// a reflectable record's members that the core needs (reflect.hpp builds the public one on it).
#pragma once
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/hana/accessors.hpp>
#include <boost/hana/concept/struct.hpp>
#include <boost/hana/core/when.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/pair.hpp>
#include <boost/hana/second.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/detail/struct_macros.hpp>

#include <bilateral/detail/delayed.hpp>

namespace bilateral::detail {

/// True for a type whose members Boost.Hana knows.
template <class T>
concept hana_struct = boost::hana::Struct<std::remove_cvref_t<T>>::value;

/// Calls `visit(name, member)` for each member of `record` in declaration order; `member` is a
/// reference, const if `record` is.
template <hana_struct T, class Visitor>
constexpr void for_each_member(T&& record, Visitor&& visit) {
    boost::hana::for_each(boost::hana::accessors<std::remove_cvref_t<T>>(), [&](auto field) {
        visit(std::string_view{boost::hana::to<const char*>(boost::hana::first(field))},
              boost::hana::second(field)(std::forward<T>(record)));
    });
}

}  // namespace bilateral::detail

/// BILATERAL_REFLECT(ns::type, member...) — at global scope, after the type's definition.
///
/// It declares the same Boost.Hana accessors as BOOST_HANA_ADAPT_STRUCT, but as a partial
/// specialisation, so that the accessor tuple is built only in translation units that reflect on
/// the type. BOOST_HANA_ADAPT_STRUCT's explicit specialisation is compiled wherever the header is
/// included: for the library's dozen records that cost more than the rest of the core together.
/// The names are made into a tuple by `make<tuple_tag>` (what `make_tuple` is) with the tag
/// written as depending on `Lazy`: a plain `make_tuple` of the string literals would be compiled
/// where the macro is expanded, as its return type has to be deduced.
/// Users' own types can use either macro. At most 24 members.
#define BILATERAL_REFLECT(TYPE, ...)                                                               \
    namespace boost::hana {                                                                        \
    template <bool Lazy>                                                                           \
    struct accessors_impl<TYPE, when<Lazy>> {                                                      \
        static constexpr auto apply() {                                                            \
            struct member_names {                                                                  \
                static constexpr auto get() {                                                      \
                    return ::boost::hana::make<typename ::bilateral::detail::delayed<              \
                        ::boost::hana::tuple_tag, when<Lazy>>::type>(                              \
                        BILATERAL_PP_EACH(BILATERAL_PP_NAME, TYPE, __VA_ARGS__));                  \
                }                                                                                  \
            };                                                                                     \
            return ::boost::hana::make_tuple(BILATERAL_PP_EACH(BILATERAL_PP_ACCESSOR, TYPE, __VA_ARGS__)); \
        }                                                                                          \
    };                                                                                             \
    }                                                                                              \
    static_assert(true, "")

// member_names is the local struct above; the index counts 0 + 1 + 1 … so it needs no arithmetic
// in the preprocessor.
#define BILATERAL_PP_NAME(TYPE, INDEX, MEMBER) #MEMBER
#define BILATERAL_PP_ACCESSOR(TYPE, INDEX, MEMBER)                                                 \
    ::boost::hana::make_pair(::boost::hana::struct_detail::prepare_member_name<INDEX, member_names>(), \
                             ::boost::hana::struct_detail::member_ptr<decltype(&TYPE::MEMBER), &TYPE::MEMBER>{})

// BILATERAL_PP_EACH(M, T, a, b, …) → M(T, 0, a), M(T, 0 + 1, b), …
#define BILATERAL_PP_EACH(M, T, ...) BILATERAL_PP_EACH_N(BILATERAL_PP_COUNT(__VA_ARGS__), M, T, __VA_ARGS__)
#define BILATERAL_PP_EACH_N(N, M, T, ...) BILATERAL_PP_CAT(BILATERAL_PP_EACH_, N)(M, T, 0, __VA_ARGS__)
#define BILATERAL_PP_CAT(a, b) BILATERAL_PP_CAT_(a, b)
#define BILATERAL_PP_CAT_(a, b) a##b
#define BILATERAL_PP_COUNT(...) \
    BILATERAL_PP_COUNT_(__VA_ARGS__, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define BILATERAL_PP_COUNT_(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, _18, _19, _20, _21, \
                            _22, _23, _24, N, ...)                                                                  \
    N
#define BILATERAL_PP_EACH_1(M, T, I, x) M(T, I, x)
#define BILATERAL_PP_EACH_2(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_1(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_3(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_2(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_4(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_3(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_5(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_4(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_6(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_5(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_7(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_6(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_8(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_7(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_9(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_8(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_10(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_9(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_11(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_10(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_12(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_11(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_13(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_12(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_14(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_13(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_15(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_14(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_16(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_15(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_17(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_16(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_18(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_17(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_19(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_18(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_20(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_19(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_21(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_20(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_22(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_21(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_23(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_22(M, T, I + 1, __VA_ARGS__)
#define BILATERAL_PP_EACH_24(M, T, I, x, ...) M(T, I, x), BILATERAL_PP_EACH_23(M, T, I + 1, __VA_ARGS__)
