// SPDX-License-Identifier: BSL-1.0
/// The one rule by which every reader infers an actor's kind from its sector codes.
#pragma once
#include <array>
#include <string_view>

#include <bilateral/core/actor.hpp>

namespace bilateral {

/// A sector code that says what kind of actor carries it.
struct sector_kind {
    std::string_view code;  ///< three capital letters, CAMEO's or PLOVER's
    actor_kind kind;
};

/// The sector codes that give an actor's kind, from CAMEO's actor types and PLOVER's sectors
/// together: GDELT writes a news outlet MED (CAMEO), PLOVER writes it JRN, and both are media.
/// Any other code (BUS, IGO, NGO, REB, …) is an organisation.
inline constexpr std::array<sector_kind, 8> sector_kinds{{
    {"COP", actor_kind::government_body},  // police
    {"GOV", actor_kind::government_body},
    {"JRN", actor_kind::media},            // PLOVER: journalists, news outlets
    {"JUD", actor_kind::government_body},  // judiciary
    {"LEG", actor_kind::government_body},  // legislature
    {"MED", actor_kind::media},            // CAMEO: media
    {"MIL", actor_kind::armed_forces},
    {"SPY", actor_kind::government_body},  // intelligence services
}};

/// The kind of an imported actor: that of its first sector code (the one that says most about
/// it), or, with no sector code, a state if the reader found it to be a bare state (a country and
/// nothing else) and an organisation if not.
[[nodiscard]] constexpr actor_kind actor_kind_from_sector(std::string_view first_sector, bool bare_state) noexcept {
    if (first_sector.empty()) return bare_state ? actor_kind::state : actor_kind::organisation;
    for (const sector_kind& s : sector_kinds)
        if (s.code == first_sector) return s.kind;
    return actor_kind::organisation;
}

}  // namespace bilateral
