// SPDX-License-Identifier: BSL-1.0
/// Compile-time checks of the generated code tables' invariants (sort order, unique keys, indices).
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

namespace bilateral::codes::test {

/// True if key(a[0]) < key(a[1]) < ... : sorted, no duplicate keys.
template <class Array, class Key>
constexpr bool strictly_increasing(const Array& a, Key key) {
    for (std::size_t i = 1; i < a.size(); ++i) {
        if (!(key(a[i - 1]) < key(a[i]))) return false;
    }
    return true;
}

/// True if key(a[0]) <= key(a[1]) <= ... (sorted; equal keys allowed).
template <class Array, class Key>
constexpr bool non_decreasing(const Array& a, Key key) {
    for (std::size_t i = 1; i < a.size(); ++i) {
        if (key(a[i]) < key(a[i - 1])) return false;
    }
    return true;
}

/// True if `index` holds distinct indices below N.
template <std::size_t N, class Index>
constexpr bool distinct_indices(const Index& index) {
    std::array<bool, N> seen{};
    for (auto i : index) {
        if (static_cast<std::size_t>(i) >= N || seen[i]) return false;
        seen[i] = true;
    }
    return true;
}

/// Number of elements of `a` for which pred holds.
template <class Array, class Pred>
constexpr std::size_t count_if(const Array& a, Pred pred) {
    std::size_t n = 0;
    for (const auto& e : a) {
        if (pred(e)) ++n;
    }
    return n;
}

/// True if pred holds for every element of `a`.
template <class Array, class Pred>
constexpr bool all_of(const Array& a, Pred pred) {
    for (const auto& e : a) {
        if (!pred(e)) return false;
    }
    return true;
}

/// True if `s` is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
constexpr bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        char32_t cp = 0;
        if (b < 0x80) {
            ++i;
            continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
            n = 1;
            cp = b & 0x1Fu;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 2;
            cp = b & 0x0Fu;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 3;
            cp = b & 0x07u;
        } else {
            return false;
        }
        if (s.size() - i <= n) return false;  // needs n continuation bytes after s[i]
        for (std::size_t k = 1; k <= n; ++k) {
            auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0u) != 0x80u) return false;
            cp = (cp << 6) | (c & 0x3Fu);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

static_assert(valid_utf8("T\u00fcrkiye") && valid_utf8("") && !valid_utf8("\xC3") && !valid_utf8("\xC0\xAF"));
static_assert(!valid_utf8("\xED\xA0\x80") && !valid_utf8("caf\xE9"));

}  // namespace bilateral::codes::test
