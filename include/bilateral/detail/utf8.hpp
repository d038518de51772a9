// SPDX-License-Identifier: BSL-1.0
/// UTF-8 checks for readers and writers: a cheap test for non-ASCII bytes, validation, and U+FFFD replacement.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace bilateral::detail::utf8 {

/// True if `text` has a byte of 0x80 or above (eight bytes tested at a time): text without one is
/// ASCII, valid UTF-8 with nothing more to check.
[[nodiscard]] inline bool has_non_ascii(std::string_view text) noexcept;

/// The bytes of the UTF-8 sequence at the start of `text` (1-4) if it is well formed; otherwise
/// the negated length of its maximal subpart (-1 to -3): the bytes that one U+FFFD replaces, as
/// the Unicode standard recommends (chapter 3, "U+FFFD Substitution of Maximal Subparts").
/// `text` must not be empty.
[[nodiscard]] constexpr int sequence(std::string_view text) noexcept;

/// The offset of the first byte of `text` that is not part of well-formed UTF-8, or npos.
[[nodiscard]] constexpr std::size_t first_invalid(std::string_view text) noexcept;

/// The replacement character U+FFFD in UTF-8.
inline constexpr std::string_view replacement = "\xEF\xBF\xBD";

/// `text` with each maximal invalid subsequence replaced by U+FFFD.
[[nodiscard]] std::string valid(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Implementation

inline bool has_non_ascii(std::string_view text) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    std::uint64_t any = 0;
    for (; end - p >= 8; p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        any |= w;
    }
    for (; p != end; ++p) any |= static_cast<unsigned char>(*p);
    return (any & 0x8080808080808080u) != 0;
}

constexpr int sequence(std::string_view text) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return 1;
    // The length of the sequence and the range of its second byte (Unicode table 3-7).
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;        // no overlong forms
        else if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;        // no overlong forms
        else if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
    } else {
        return -1;  // a continuation byte, C0, C1 or F5-FF: never part of a well-formed sequence
    }
    int i = 1;
    for (; i < length && static_cast<std::size_t>(i) < text.size(); ++i) {
        const unsigned char c = byte(static_cast<std::size_t>(i));
        if (i == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF)) return -i;
    }
    return i == length ? length : -i;
}

constexpr std::size_t first_invalid(std::string_view text) noexcept {
    std::size_t i = 0;
    while (i < text.size()) {
        if (!std::is_constant_evaluated()) {  // plain ASCII eight bytes at a time
            std::uint64_t w = 0;
            while (i + 8 <= text.size() && (std::memcpy(&w, text.data() + i, 8), (w & 0x8080808080808080u) == 0)) i += 8;
            if (i == text.size()) break;
        }
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const int n = sequence(text.substr(i));
        if (n < 0) return i;
        i += static_cast<std::size_t>(n);
    }
    return std::string_view::npos;
}

inline std::string valid(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        const std::size_t bad = first_invalid(text);
        if (bad == std::string_view::npos) {
            out.append(text);
            break;
        }
        out.append(text.substr(0, bad));
        out.append(replacement);
        text.remove_prefix(bad + static_cast<std::size_t>(-sequence(text.substr(bad))));
    }
    return out;
}

}  // namespace bilateral::detail::utf8
