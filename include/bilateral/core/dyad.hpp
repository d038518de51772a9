// SPDX-License-Identifier: BSL-1.0
/// Dyads: two states by three-letter code (ISO 3166-1 alpha-3, or a state system's letters),
/// ordered (source, target) or not (alphabetical). Panels and GDELT statistics count by them.
#pragma once
#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bilateral {

/// Two states by ISO 3166-1 alpha-3 code. In an undirected panel `first` is the code that sorts
/// first ("CHN-USA" holds USA→CHN too); in a directed one it is the source of the event.
struct dyad {
    std::array<char, 3> first{};
    std::array<char, 3> second{};

    /// "CHN-USA".
    [[nodiscard]] std::string text() const { return std::string{first.data(), 3} + '-' + std::string{second.data(), 3}; }
    /// The same two states in alphabetical order.
    [[nodiscard]] constexpr dyad undirected() const noexcept { return second < first ? dyad{second, first} : *this; }

    friend constexpr bool operator==(const dyad&, const dyad&) noexcept = default;
    friend constexpr auto operator<=>(const dyad&, const dyad&) noexcept = default;
};

/// True for three capital letters A–Z (the form of every ISO 3166-1 alpha-3 code).
[[nodiscard]] constexpr bool is_alpha3_form(std::string_view code) noexcept {
    if (code.size() != 3) return false;
    for (const char c : code)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

/// The dyad of a source and a target country; nullopt unless both are three capital letters.
[[nodiscard]] constexpr std::optional<dyad> dyad_of(std::string_view source, std::string_view target) noexcept {
    if (!is_alpha3_form(source) || !is_alpha3_form(target)) return std::nullopt;
    return dyad{{source[0], source[1], source[2]}, {target[0], target[1], target[2]}};
}

/// "CHN-USA" (two codes of three capital letters); nullopt for other text.
[[nodiscard]] constexpr std::optional<dyad> parse_dyad(std::string_view text) noexcept {
    if (text.size() != 7 || text[3] != '-') return std::nullopt;
    return dyad_of(text.substr(0, 3), text.substr(4, 3));
}

/// A dyad as 30 bits (five per letter), in the dyads' order: a small key for hash maps.
[[nodiscard]] constexpr std::uint32_t packed(const dyad& d) noexcept {
    std::uint32_t key = 0;
    for (const char c : d.first) key = key * 32 + static_cast<std::uint32_t>(c - 'A');
    for (const char c : d.second) key = key * 32 + static_cast<std::uint32_t>(c - 'A');
    return key;
}

/// The dyad of a key from `packed`.
[[nodiscard]] constexpr dyad unpacked(std::uint32_t key) noexcept {
    dyad d;
    for (int i = 2; i >= 0; --i, key /= 32) d.second[static_cast<std::size_t>(i)] = static_cast<char>('A' + key % 32);
    for (int i = 2; i >= 0; --i, key /= 32) d.first[static_cast<std::size_t>(i)] = static_cast<char>('A' + key % 32);
    return d;
}

}  // namespace bilateral
