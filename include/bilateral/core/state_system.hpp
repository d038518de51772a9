// SPDX-License-Identifier: BSL-1.0
/// Country codes over time: the Correlates of War and Gleditsch–Ward state systems, and the codes
/// of one country on one date (ISO 3166-1, FIPS 10-4, CAMEO, COW, GW).
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <bilateral/codes/cameo_actors.hpp>
#include <bilateral/codes/fips.hpp>
#include <bilateral/codes/iso3166.hpp>
#include <bilateral/codes/state_systems.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>

namespace bilateral {

/// The lists of states that political scientists key dyads by. They differ where the state system
/// changed: Serbia is COW 345 throughout but GW 345 until 2006-06-04 and 340 after; Germany is COW
/// 260 until 1990-10-02 and 255 after, GW 260 throughout; Yemen is COW 678 until 1990-05-21 and 679
/// after, GW 678 throughout.
enum class state_system : std::uint8_t { cow, gw };

template <>
inline constexpr auto enum_names<state_system> = std::array{
    enum_name<state_system>{state_system::cow, "cow"},
    enum_name<state_system>{state_system::gw, "gw"},
};

/// The spells of a state system, by code then start.
[[nodiscard]] constexpr std::span<const codes::state_spell> spells_of(state_system s) noexcept {
    if (s == state_system::cow) return codes::cow_states;
    return codes::gw_states;
}

/// The member of `system` that the country with ISO 3166-1 code `iso_alpha3` was part of for the
/// whole of `when` (a day, a month or a year); nullptr when it was none, or not for the whole span
/// (Germany in 1990 was COW 260 until 2 October and 255 after; West Germany in 1950 was no COW
/// member yet).
[[nodiscard]] constexpr const codes::state_spell* member_on(state_system system, std::string_view iso_alpha3,
                                                            date when) noexcept;

/// The spell of `code` in `system` that holds the whole of `when`; nullptr when none.
[[nodiscard]] constexpr const codes::state_spell* spell_on(state_system system, std::uint16_t code, date when) noexcept;

/// Every code of one country on one date.
struct country_codes {
    std::string_view iso_alpha3{};            ///< ISO 3166-1 alpha-3
    std::string_view iso_alpha2{};            ///< ISO 3166-1 alpha-2
    std::string_view fips{};                  ///< FIPS 10-4 (GDELT's geography), "" if none
    std::string_view cameo{};                 ///< CAMEO country code (GDELT's actors), "" if none
    const codes::state_spell* cow = nullptr;  ///< the COW member on that date, if any
    const codes::state_spell* gw = nullptr;   ///< the GW member on that date, if any
};

/// The codes of the country with ISO 3166-1 code `iso_alpha3` on `when`; nullopt if ISO 3166-1 has
/// no such code.
[[nodiscard]] constexpr std::optional<country_codes> codes_on(std::string_view iso_alpha3, date when) noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail {

[[nodiscard]] constexpr std::int32_t yyyymmdd(date d) noexcept {
    return (d.year() * 100 + static_cast<std::int32_t>(d.month())) * 100 + static_cast<std::int32_t>(d.day());
}

[[nodiscard]] constexpr bool spell_holds(const codes::state_spell& s, date when) noexcept {
    return when.ok() && s.start <= yyyymmdd(when.first_day()) && yyyymmdd(when.last_day()) <= s.end;
}

}  // namespace detail

constexpr const codes::state_spell* member_on(state_system system, std::string_view iso_alpha3, date when) noexcept {
    if (iso_alpha3.empty()) return nullptr;
    for (const codes::state_spell& s : spells_of(system))
        if (s.iso_alpha3 == iso_alpha3 && detail::spell_holds(s, when)) return &s;
    return nullptr;
}

constexpr const codes::state_spell* spell_on(state_system system, std::uint16_t code, date when) noexcept {
    for (const codes::state_spell& s : spells_of(system))
        if (s.code == code && detail::spell_holds(s, when)) return &s;
    return nullptr;
}

constexpr std::optional<country_codes> codes_on(std::string_view iso_alpha3, date when) noexcept {
    const codes::iso3166_entry* iso = codes::find_iso3166_alpha3(iso_alpha3);
    if (iso == nullptr) return std::nullopt;
    country_codes c{.iso_alpha3 = iso->alpha3, .iso_alpha2 = iso->alpha2};
    if (const codes::fips_country* f = codes::find_fips_by_iso_alpha3(iso_alpha3)) c.fips = f->fips;
    if (const codes::cameo_country* k = codes::find_cameo_country_by_iso_alpha3(iso_alpha3)) c.cameo = k->code;
    c.cow = member_on(state_system::cow, iso_alpha3, when);
    c.gw = member_on(state_system::gw, iso_alpha3, when);
    return c;
}

}  // namespace bilateral
