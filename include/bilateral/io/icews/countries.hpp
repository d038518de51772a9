// SPDX-License-Identifier: BSL-1.0
/// ICEWS country names ("Russian Federation", "Occupied Palestinian Territory") to ISO 3166-1
/// alpha-3, through the generated table codes/icews_countries.hpp (its comment gives each choice).
#pragma once
#include <optional>
#include <string_view>

#include <bilateral/codes/icews_countries.hpp>

namespace bilateral::icews {

/// The ISO 3166-1 alpha-3 code of an ICEWS country name (exact spelling); "" for a name that
/// names no country (`NULL`, the Netherlands Antilles); nullopt for a name not in ICEWS's list.
[[nodiscard]] constexpr std::optional<std::string_view> country_alpha3(std::string_view name) noexcept {
    const codes::icews_country_entry* e = codes::find_icews_country(name);
    if (e == nullptr) return std::nullopt;
    return e->alpha3;
}

}  // namespace bilateral::icews
