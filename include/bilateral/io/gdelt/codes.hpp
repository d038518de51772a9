// SPDX-License-Identifier: BSL-1.0
/// Constant-time lookups of the country codes GDELT rows carry (FIPS 10-4, CAMEO), for the hot path.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <bilateral/codes/cameo_actors.hpp>
#include <bilateral/codes/fips.hpp>
#include <bilateral/core/country.hpp>
#include <bilateral/io/gdelt/columns.hpp>

namespace bilateral::gdelt {

/// The ISO 3166-1 country of a FIPS 10-4 code as GDELT uses it ("CH" → CN, "KZ" → KZ); a
/// country that is not known for codes ISO has no equivalent of ("KV", "OS") or that GDELT's
/// FIPS list lacks. Same answers as `codes::find_fips`, by direct indexing.
[[nodiscard]] BILATERAL_GDELT_INLINE constexpr country country_of_fips(std::string_view fips) noexcept;

/// The ISO 3166-1 alpha-3 code of a CAMEO country code ("CHN" → "CHN", "ROM" → "ROU",
/// "WSB" → "PSE"); "" for regions ("AFR", "EUR"), former states and unknown codes. Same
/// answers as `codes::find_cameo_country`, by direct indexing.
[[nodiscard]] constexpr std::string_view iso_alpha3_of_cameo(std::string_view cameo) noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::gdelt

namespace bilateral::detail::gdelt {

[[nodiscard]] constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }

/// 1 + the index into codes::fips_countries of each two-letter code AA..ZZ; 0 where none.
inline constexpr std::array<std::uint16_t, 26 * 26> fips_index = [] {
    std::array<std::uint16_t, 26 * 26> t{};
    for (std::size_t i = 0; i < codes::fips_countries.size(); ++i) {
        const std::string_view f = codes::fips_countries[i].fips;
        if (f.size() == 2 && is_upper(f[0]) && is_upper(f[1]))
            t[static_cast<std::size_t>((f[0] - 'A') * 26 + (f[1] - 'A'))] = static_cast<std::uint16_t>(i + 1);
    }
    return t;
}();

/// The ISO 3166-1 alpha-2 code of each two-letter FIPS code AA..ZZ, as two characters; "\0\0"
/// where there is none (one load on the hot path, instead of a search).
inline constexpr std::array<std::array<char, 2>, 26 * 26> fips_alpha2 = [] {
    std::array<std::array<char, 2>, 26 * 26> t{};
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (fips_index[k] == 0) continue;
        const std::string_view iso = codes::fips_countries[fips_index[k] - 1u].iso_alpha2;
        if (iso.size() == 2) t[k] = {iso[0], iso[1]};
    }
    return t;
}();

/// 1 + the index into codes::cameo_countries of each three-letter code AAA..ZZZ; 0 where none.
inline constexpr std::array<std::uint16_t, 26 * 26 * 26> cameo_country_index = [] {
    std::array<std::uint16_t, 26 * 26 * 26> t{};
    for (std::size_t i = 0; i < codes::cameo_countries.size(); ++i) {
        const std::string_view c = codes::cameo_countries[i].code;
        if (c.size() == 3 && is_upper(c[0]) && is_upper(c[1]) && is_upper(c[2]))
            t[static_cast<std::size_t>(((c[0] - 'A') * 26 + (c[1] - 'A')) * 26 + (c[2] - 'A'))] =
                static_cast<std::uint16_t>(i + 1);
    }
    return t;
}();

}  // namespace bilateral::detail::gdelt

namespace bilateral::gdelt {

BILATERAL_GDELT_INLINE constexpr country country_of_fips(std::string_view fips) noexcept {
    using namespace detail::gdelt;
    if (fips.size() != 2 || !is_upper(fips[0]) || !is_upper(fips[1])) return country{};
    const auto& alpha2 = fips_alpha2[static_cast<std::size_t>((fips[0] - 'A') * 26 + (fips[1] - 'A'))];
    return alpha2[0] == '\0' ? country{} : country{std::string_view{alpha2.data(), 2}};
}

constexpr std::string_view iso_alpha3_of_cameo(std::string_view cameo) noexcept {
    using namespace detail::gdelt;
    if (cameo.size() != 3 || !is_upper(cameo[0]) || !is_upper(cameo[1]) || !is_upper(cameo[2])) return {};
    const std::uint16_t i =
        cameo_country_index[static_cast<std::size_t>(((cameo[0] - 'A') * 26 + (cameo[1] - 'A')) * 26 + (cameo[2] - 'A'))];
    return i == 0 ? std::string_view{} : codes::cameo_countries[i - 1u].iso_alpha3;
}

}  // namespace bilateral::gdelt
