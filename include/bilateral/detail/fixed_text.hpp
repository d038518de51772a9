// SPDX-License-Identifier: BSL-1.0
/// A fixed-capacity text buffer usable in constant expressions (and as a template argument).
#pragma once
#include <cstddef>
#include <string_view>

namespace bilateral::detail {

/// Text of at most N characters; what does not fit is cut and `truncated()` says so.
/// Structural (public members) so it can be a template argument: compilers then print it.
template <std::size_t N>
struct fixed_text {
    char chars[N + 1]{};
    std::size_t length = 0;
    bool overflowed = false;

    constexpr fixed_text() = default;
    constexpr fixed_text(std::string_view s) noexcept { append(s); }  // NOLINT: implicit on purpose

    constexpr fixed_text& append(std::string_view s) noexcept {
        for (char c : s) {
            if (length == N) { chars[N] = '\0'; overflowed = true; break; }
            chars[length++] = c;
        }
        return *this;
    }
    constexpr fixed_text& append(char c) noexcept { return append(std::string_view{&c, 1}); }
    /// Appends a non-negative integer in decimal, zero-padded to `width` digits.
    constexpr fixed_text& append_number(unsigned long long v, int width = 1) noexcept {
        unsigned long long power = 1;  // the largest power of ten not above v
        int digits = 1;
        while (power <= v / 10) {
            power *= 10;
            ++digits;
        }
        for (int i = digits; i < width; ++i) append('0');
        for (; power != 0; power /= 10) append(static_cast<char>('0' + v / power % 10));
        return *this;
    }

    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars, length}; }
    [[nodiscard]] constexpr bool empty() const noexcept { return length == 0; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return length; }
    [[nodiscard]] constexpr bool truncated() const noexcept { return overflowed; }
};

}  // namespace bilateral::detail
