// SPDX-License-Identifier: BSL-1.0
/// `value_traits<T>`: the one customisation point for a value type written as one token of text
/// (a date, a code, an id, or a user's own type). Printing, the JSON writer, the JSON reader, the
/// JSON Schema and `dataset::add` all go through it.
//
// A specialisation is a struct of static members, like fmt's `formatter` or glaze's `meta`:
//
//     template <> struct bilateral::value_traits<colour> {
//         // Required.
//         static std::string_view text(const colour& c);        // the text form (or a std::string)
//         static bool given(const colour& c);                   // false: "not given", JSON null
//         template <class Storage>                              // nullopt: `text` is not a colour
//         static std::optional<colour> parse(std::string_view text, Storage& storage);
//         static constexpr std::string_view expected = "a colour as #rrggbb or null";  // reader's message
//         static constexpr std::string_view pattern = "^#[0-9a-f]{6}$";                // JSON Schema
//         static constexpr std::string_view description = "An RGB colour.";            // JSON Schema
//         // Optional.
//         static std::string schema_name();                     // "$defs" name; default: the type's name
//         template <class Storage>                              // only for a type that holds a view
//         static colour owned(const colour& c, Storage& storage);
//     };
//
// `Storage` is a `bilateral::dataset` (a template, so that this header need not include it; taking
// `bilateral::dataset&` works too). A type that holds a view (a std::string_view inside) keeps its
// text alive with `storage.text(s)`, in `parse` and in `owned` (which `dataset::add` calls so that
// the dataset owns what it is given). A type that holds no view leaves `owned` out.
//
// What each part is for: `print` writes `text` (and leaves out what is not `given`); `to_json`
// writes it as a JSON string, or null when not given; the reader reads null as `T{}` and a string
// through `parse`, reporting "expected <expected>, got …" when it gives nullopt; the schema is a
// "$defs" entry of type string-or-null with `pattern` and `description`.
//
// Values with more than one part are records instead: make them reflectable (BILATERAL_REFLECT
// or BOOST_HANA_ADAPT_STRUCT) and they are written as JSON objects, with no code at all. Money
// and Goldstein values are the library's only objects with a form of their own.
#pragma once
#include <concepts>
#include <optional>
#include <string>
#include <string_view>

#include <bilateral/core/country.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/money.hpp>
#include <bilateral/detail/delayed.hpp>
#include <bilateral/detail/type_name.hpp>
#include <bilateral/fwd.hpp>

namespace bilateral {

/// Specialise for a value type of one's own (see the top of this header). Not specialised, a type
/// has no text form: the writers then say so, naming this template.
template <class T>
struct value_traits {};

/// A type with a complete `value_traits` specialisation: one token of text.
template <class T>
concept text_value = requires(const T& v, std::string_view s, dataset& storage) {
    { value_traits<T>::text(v) } -> std::convertible_to<std::string_view>;
    { value_traits<T>::given(v) } -> std::convertible_to<bool>;
    { value_traits<T>::parse(s, storage) } -> std::same_as<std::optional<T>>;
    { value_traits<T>::expected } -> std::convertible_to<std::string_view>;
    { value_traits<T>::pattern } -> std::convertible_to<std::string_view>;
    { value_traits<T>::description } -> std::convertible_to<std::string_view>;
};

/// The text form of `v` ("2024-07-03", "KZ", "tokayev"); empty when not given.
template <text_value T>
[[nodiscard]] std::string text_of(const T& v) {
    if (!value_traits<T>::given(v)) return {};
    return std::string{std::string_view{value_traits<T>::text(v)}};
}

/// False for a value that is not given (an empty id, an unknown date).
template <text_value T>
[[nodiscard]] constexpr bool is_given(const T& v) {
    return value_traits<T>::given(v);
}

/// The "$defs" name of T's schema: `value_traits<T>::schema_name()` or the name of the type.
template <text_value T>
[[nodiscard]] std::string value_schema_name() {
    if constexpr (requires { value_traits<T>::schema_name(); }) return std::string{value_traits<T>::schema_name()};
    else return detail::type_name<T>();
}

/// `v` with its views pointing into `storage` (`value_traits<T>::owned`), or `v` itself for a
/// type that holds no view.
template <text_value T, class Storage>
[[nodiscard]] T owned_value(const T& v, Storage& storage) {
    if constexpr (requires { value_traits<T>::owned(v, storage); }) return value_traits<T>::owned(v, storage);
    else return v;
}

// ---------------------------------------------------------------------------------------------
// The library's own value types
//
// `parse` returns `std::optional<typename detail::delayed<T, Storage>::type>`, which is
// `std::optional<T>`, so that each std::optional is compiled only where `parse` is used, not in
// every file that includes the library.

template <class Tag>
struct value_traits<basic_id<Tag>> {
    static constexpr std::string_view text(const basic_id<Tag>& id) noexcept { return id.str(); }
    static constexpr bool given(const basic_id<Tag>& id) noexcept { return !id.empty(); }
    template <class Storage>
    static std::optional<basic_id<Tag>> parse(std::string_view text, Storage& storage) {
        if (!basic_id<Tag>{text}.ok()) return std::nullopt;
        return basic_id<Tag>{storage.text(text)};
    }
    template <class Storage>
    static basic_id<Tag> owned(const basic_id<Tag>& id, Storage& storage) {
        return basic_id<Tag>{storage.text(id.str())};
    }
    static std::string schema_name() { return detail::type_name<Tag>() + "_id"; }
    static constexpr std::string_view expected = "an id (a string of a-z, 0-9, '.', '_', '-') or null";
    static constexpr std::string_view pattern = "^[a-z0-9][a-z0-9._-]{0,63}$";
    static constexpr std::string_view description = "The id of a record of this kind; null when not given.";
};

template <>
struct value_traits<date> {
    static std::string text(date d) { return std::string{d.iso().view()}; }
    static constexpr bool given(date d) noexcept { return d.known(); }
    template <class Storage>
    static std::optional<date> parse(std::string_view text, Storage&) {
        return date::parse(text);
    }
    static constexpr std::string_view expected =
        "a calendar date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\" (years 0001-9999), or null";
    static constexpr std::string_view pattern = "^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";
    static constexpr std::string_view description =
        "ISO 8601 calendar date known to the year, month or day; it must exist (no 2024-02-30); null when not known.";
};

namespace detail {
[[nodiscard]] constexpr bool upper_letters(std::string_view text, std::size_t count) noexcept {
    if (text.size() != count) return false;
    for (char c : text)
        if (c < 'A' || c > 'Z') return false;
    return true;
}
}  // namespace detail

template <>
struct value_traits<country> {
    static constexpr std::string_view text(const country& c) noexcept { return c.alpha2(); }
    static constexpr bool given(const country& c) noexcept { return c.known(); }
    template <class Storage>
    static std::optional<typename detail::delayed<country, Storage>::type> parse(std::string_view text, Storage&) {
        if (!detail::upper_letters(text, 2)) return std::nullopt;
        return country{text};
    }
    static constexpr std::string_view expected = "an ISO 3166-1 alpha-2 code (two upper-case letters) or null";
    static constexpr std::string_view pattern = "^[A-Z]{2}$";
    static constexpr std::string_view description = "ISO 3166-1 alpha-2 code; null when not given.";
};

template <>
struct value_traits<currency> {
    static constexpr std::string_view text(const currency& c) noexcept { return c.code(); }
    static constexpr bool given(const currency& c) noexcept { return !c.code().empty(); }
    template <class Storage>
    static std::optional<typename detail::delayed<currency, Storage>::type> parse(std::string_view text, Storage&) {
        if (!detail::upper_letters(text, 3)) return std::nullopt;
        return currency{text};
    }
    static constexpr std::string_view expected = "an ISO 4217 code (three upper-case letters) or null";
    static constexpr std::string_view pattern = "^[A-Z]{3}$";
    static constexpr std::string_view description = "ISO 4217 alphabetic code; null when not given.";
};

template <>
struct value_traits<cameo_code> {
    static constexpr std::string_view text(const cameo_code& c) noexcept { return c.str(); }
    static constexpr bool given(const cameo_code& c) noexcept { return !c.empty(); }
    template <class Storage>
    static std::optional<typename detail::delayed<cameo_code, Storage>::type> parse(std::string_view text, Storage&) {
        if (text.size() > 4 || !cameo_code{text}.ok()) return std::nullopt;
        return cameo_code{text};
    }
    static constexpr std::string_view expected = "a CAMEO event code (2-4 digits, root 01-20) or null";
    static constexpr std::string_view pattern = "^(0[1-9]|1[0-9]|20)[0-9]{0,2}$";
    static constexpr std::string_view description =
        "CAMEO event code: 2-4 digits, leading zeros significant; null when not given.";
};

template <>
struct value_traits<plover_word> {
    static constexpr std::string_view text(const plover_word& w) noexcept { return w.str(); }
    static constexpr bool given(const plover_word& w) noexcept { return !w.empty(); }
    template <class Storage>
    static std::optional<typename detail::delayed<plover_word, Storage>::type> parse(std::string_view text, Storage& storage) {
        if (!plover_word{text}.ok()) return std::nullopt;
        return plover_word{storage.text(text)};
    }
    template <class Storage>
    static plover_word owned(const plover_word& w, Storage& storage) {
        return plover_word{storage.text(w.str())};
    }
    static constexpr std::string_view expected = "a PLOVER mode or context (lower-case letters, '_' or '-' inside) or null";
    static constexpr std::string_view pattern = "^[a-z][a-z_-]*$";
    static constexpr std::string_view description = "PLOVER mode or context word; null when none.";
};

template <>
struct value_traits<sector_code> {
    static constexpr std::string_view text(const sector_code& s) noexcept { return s.str(); }
    static constexpr bool given(const sector_code& s) noexcept { return !s.str().empty(); }
    template <class Storage>
    static std::optional<typename detail::delayed<sector_code, Storage>::type> parse(std::string_view text, Storage& storage) {
        if (!sector_code{text}.ok()) return std::nullopt;
        return sector_code{storage.text(text)};
    }
    template <class Storage>
    static sector_code owned(const sector_code& s, Storage& storage) {
        return sector_code{storage.text(s.str())};
    }
    static constexpr std::string_view expected = "a CAMEO sector code (three upper-case letters) or null";
    static constexpr std::string_view pattern = "^[A-Z]{3}$";
    static constexpr std::string_view description = "CAMEO actor sector or type code; null when not given.";
};

}  // namespace bilateral
