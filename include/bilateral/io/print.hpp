// SPDX-License-Identifier: BSL-1.0
/// Human-readable printing of any record or dataset, driven by reflection (no per-type code).
#pragma once
#include <cmath>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/core/list_view.hpp>
#include <bilateral/core/reported_amount.hpp>
#include <bilateral/detail/type_traits.hpp>
#include <bilateral/io/text.hpp>
#include <bilateral/reflect.hpp>

namespace bilateral {

/// Writes `value` for a person to read: one "field: value" line per field that is given,
/// nested records and lists (`list_view`, `std::vector`) indented below their field. Value types
/// are written as `value_traits<T>::text` gives them, `double` in its shortest exact form. Fields that are not given (empty
/// text, unknown dates, empty lists) are left out; `to_json` shows everything.
template <class T>
void print(std::ostream& os, const T& value, int indent = 0);

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail::printing {

template <class T>
bool is_empty(const T& v) {
    if constexpr (std::is_same_v<T, std::string_view> || std::is_same_v<T, std::string>) return v.empty();
    else if constexpr (detail::is_list<T> || detail::is_vector<T>) return v.empty();
    else if constexpr (detail::is_optional<T>) return !v.has_value();
    else if constexpr (text_value<T>) return !is_given(v);
    else return false;
}

/// Types written on one line (everything but records and lists).
template <class T>
inline constexpr bool is_leaf = !reflectable<T> || std::is_same_v<T, reported_amount>;
template <class T>
inline constexpr bool is_leaf<std::optional<T>> = is_leaf<T>;
template <class T>
inline constexpr bool is_leaf<list_view<T>> = false;
template <class T, class A>
inline constexpr bool is_leaf<std::vector<T, A>> = false;

template <class T>
std::string leaf_text(const T& v) {
    if constexpr (std::is_same_v<T, std::string_view> || std::is_same_v<T, std::string>) return std::string{v};
    else if constexpr (std::is_same_v<T, bool>) return v ? "yes" : "no";
    else if constexpr (std::is_same_v<T, double>) return std::isfinite(v) ? double_text(v) : std::to_string(v);
    else if constexpr (named_enum<T>) return words_of(v);
    else if constexpr (std::is_integral_v<T>) return std::to_string(v);
    else if constexpr (std::is_same_v<T, any_money>) return std::string{v.unit().code()} + " " + std::string{v.decimal().view()};
    else if constexpr (std::is_same_v<T, goldstein>) return tenths_text(v.tenths) + " (" + std::string{to_string(v.table)} + " table)";
    else if constexpr (std::is_same_v<T, reported_amount>)
        return amount_text(v) + (v.as_reported.empty() ? "" : " (\"" + std::string{v.as_reported} + "\")");
    else if constexpr (detail::is_optional<T>) return v ? leaf_text(*v) : std::string{};
    else if constexpr (text_value<T>) return text_of(v);
    else static_assert(sizeof(T) == 0,
                       "bilateral::print: no text form for this type; specialise bilateral::value_traits<T> "
                       "(see <bilateral/core/value_traits.hpp>) or make it reflectable (BILATERAL_REFLECT)");
}

}  // namespace detail::printing

template <class T>
void print(std::ostream& os, const T& value, int indent) {
    namespace printing = detail::printing;
    const std::string pad(static_cast<std::size_t>(indent) * 2, ' ');
    if constexpr (printing::is_leaf<T>) {
        os << pad << printing::leaf_text(value) << '\n';
    } else {
        for_each_field(value, [&](std::string_view name, const auto& field) {
            using F = std::remove_cvref_t<decltype(field)>;
            if (printing::is_empty(field)) return;
            if constexpr (printing::is_leaf<F>) {
                os << pad << name << ": " << printing::leaf_text(field) << '\n';
            } else if constexpr (detail::is_list<F> || detail::is_vector<F>) {
                os << pad << name << ":\n";
                for (const typename F::value_type& item : field) {
                    using I = typename F::value_type;
                    if constexpr (printing::is_leaf<I>) {
                        os << pad << "  - " << printing::leaf_text(item) << '\n';
                    } else {
                        os << pad << "  -\n";
                        print(os, item, indent + 2);
                    }
                }
            } else if constexpr (detail::is_optional<F>) {
                os << pad << name << ":\n";
                print(os, *field, indent + 1);
            } else {
                os << pad << name << ":\n";
                print(os, field, indent + 1);
            }
        });
    }
}

}  // namespace bilateral
