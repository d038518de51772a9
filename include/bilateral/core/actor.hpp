// SPDX-License-Identifier: BSL-1.0
/// Actors: states, leaders, ministries, armed forces, universities, press services.
#pragma once
#include <cstdint>
#include <string_view>

#include <bilateral/core/country.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/list_view.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// What kind of actor a record is.
enum class actor_kind : std::uint8_t {
    state,
    person,
    government_body,   ///< presidency, ministry, agency, parliament
    armed_forces,      ///< a service or unit of armed forces
    university,
    media,             ///< press service, news agency, broadcaster
    organisation,      ///< any other organisation
};

/// Someone who acts, speaks or is acted upon.
struct actor {
    actor_id id{};
    actor_kind kind{};
    std::string_view name{};           ///< as the source writes it
    bilateral::country country{};      ///< the state it belongs to (for a state: itself)
    std::string_view office{};         ///< office or title, for a person ("President of Kazakhstan")
    list_view<sector_code> sectors{};  ///< CAMEO-style sector codes (GOV, MIL, EDU, …)
    actor_id part_of{};                ///< the actor it belongs to, if any
    std::string_view wikidata{};       ///< Wikidata id ("Q15031"), empty if not known
    friend constexpr bool operator==(const actor&, const actor&) = default;
};

template <>
inline constexpr auto enum_names<actor_kind> = std::array{
    enum_name<actor_kind>{actor_kind::state, "state"},
    enum_name<actor_kind>{actor_kind::person, "person"},
    enum_name<actor_kind>{actor_kind::government_body, "government_body"},
    enum_name<actor_kind>{actor_kind::armed_forces, "armed_forces"},
    enum_name<actor_kind>{actor_kind::university, "university"},
    enum_name<actor_kind>{actor_kind::media, "media"},
    enum_name<actor_kind>{actor_kind::organisation, "organisation"},
};


}  // namespace bilateral

BILATERAL_REFLECT(bilateral::actor, id, kind, name, country, office, sectors, part_of, wikidata);
