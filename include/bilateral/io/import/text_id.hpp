// SPDX-License-Identifier: BSL-1.0
/// The one rule by which every reader turns text (a name, a code, a citation) into a record id.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include <bilateral/core/id.hpp>

namespace bilateral {

/// What the text is, which decides what a run of characters outside [a-z0-9._-] becomes.
enum class id_style : std::uint8_t {
    /// Words (a name, a title, a citation): a run of separators is one '-', and none leads or
    /// trails, so "Xi Jinping (President)" is "xi-jinping-president".
    words,
    /// A code in which every character counts (a GDELT feature id "-1234567" is not "1234567"):
    /// each character gives one, so "geo-4--1234567" stays as it is.
    code,
};

/// The id of `text`. Text that is already a well-formed id (core/id.hpp) is kept as it is, so a
/// file the library wrote reads back with the same ids. Otherwise ASCII letters are lower-cased,
/// digits and "._-" kept, any other byte is '-' (folded as `style` says), no separator leads, and
/// the id is cut to 64 characters. Empty when nothing is left ("", "***"): the caller decides
/// what stands in. Ids made unique (a suffix) are the registry's business, not this rule's.
[[nodiscard]] inline std::string text_id(std::string_view text, id_style style = id_style::words);

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::string text_id(std::string_view text, id_style style) {
    if (basic_id<void>{text}.ok()) return std::string{text};
    const auto separator = [](char c) { return c == '-' || c == '.' || c == '_'; };
    const auto trim_separators = [&](std::string& s) {
        while (!s.empty() && separator(s.back())) s.pop_back();
    };
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum) out += c;
        else if (out.empty()) continue;  // an id starts with a letter or digit
        else if (style == id_style::code) out += separator(c) ? c : '-';
        // Words: '.' and '_' are kept where they follow a letter, digit or another of them; a
        // run that holds a '-' or another character is one '-'.
        else if (out.back() == '-') continue;
        else out += separator(c) ? c : '-';
    }
    if (style == id_style::words) trim_separators(out);
    if (out.size() > 64) out.resize(64);
    if (style == id_style::words) trim_separators(out);
    return out;
}

}  // namespace bilateral
