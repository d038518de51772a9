// SPDX-License-Identifier: BSL-1.0
// A reference model of UTF-8 for the tests, built from its definition rather than from byte ranges:
// every Unicode scalar value encoded, and U+FFFD substitution of maximal subparts by prefix lookup.
#pragma once
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace utf8_reference {

/// Every well-formed UTF-8 sequence of two to four bytes, and every proper prefix of one.
struct tables {
    std::set<std::string> sequences;
    std::set<std::string> prefixes;
};

inline std::string encode(char32_t c) {
    std::string s;
    if (c < 0x80) {
        s += static_cast<char>(c);
    } else if (c < 0x800) {
        s += static_cast<char>(0xC0 | (c >> 6));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (c >> 18));
        s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return s;
}

inline const tables& all() {
    static const tables t = [] {
        tables out;
        for (char32_t c = 0x80; c <= 0x10FFFF; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates are not scalar values
            const std::string s = encode(c);
            out.sequences.insert(s);
            for (std::size_t k = 1; k < s.size(); ++k) out.prefixes.insert(s.substr(0, k));
        }
        return out;
    }();
    return t;
}

/// `text` with each maximal subpart of an ill-formed sequence replaced by U+FFFD: at each byte,
/// a well-formed sequence is kept; otherwise the longest prefix of one (at least one byte) is
/// replaced.
inline std::string replaced(std::string_view text) {
    const tables& t = all();
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            out += text[i++];
            continue;
        }
        std::size_t kept = 0;
        for (std::size_t k = 2; k <= 4 && i + k <= text.size(); ++k)
            if (t.sequences.count(std::string{text.substr(i, k)}) != 0) kept = k;
        if (kept != 0) {
            out.append(text.substr(i, kept));
            i += kept;
            continue;
        }
        std::size_t bad = 1;
        for (std::size_t k = 1; k <= 3 && i + k <= text.size(); ++k)
            if (t.prefixes.count(std::string{text.substr(i, k)}) != 0) bad = k;
        out += "\xEF\xBF\xBD";
        i += bad;
    }
    return out;
}

}  // namespace utf8_reference
