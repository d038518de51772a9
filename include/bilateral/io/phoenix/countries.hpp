// SPDX-License-Identifier: BSL-1.0
/// Phoenix's actor entities ("KAZ", "ROU", "IGO") to ISO 3166-1 alpha-3, through the CAMEO
/// country table (codes/cameo_actors.hpp) and ISO 3166-1 itself.
#pragma once
#include <string_view>

#include <bilateral/codes/cameo_actors.hpp>
#include <bilateral/core/country.hpp>

namespace bilateral::phoenix {

/// The ISO 3166-1 alpha-3 code of a Phoenix actor entity, "" if it names no current country.
///
/// CAMEO country codes first, by the library's table ("ROM" → "ROU", "WSB" → "PSE"; regions such
/// as "AFR" have none). Phoenix's own country list is otherwise ISO alpha-3 and has codes that
/// GDELT's CAMEO list lacks (ROU, MNE, SSD, TLS, CUW, SXM, …): a code the table does not know is
/// taken as ISO alpha-3 if it is one. Former states (SUN, YUG, CSK, SCG), Kosovo (KSV) and the
/// root actors IGO, NGO, IMG and MNC have none.
[[nodiscard]] constexpr std::string_view country_alpha3(std::string_view entity) noexcept {
    if (const codes::cameo_country* c = codes::find_cameo_country(entity)) return c->iso_alpha3;
    return country::from_alpha3(entity).alpha3();  // "" when it is no ISO code
}

}  // namespace bilateral::phoenix
