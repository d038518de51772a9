// SPDX-License-Identifier: BSL-1.0
/// Events: visits, talks, ceremonies, coded with CAMEO and PLOVER.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/list_view.hpp>
#include <bilateral/core/source.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// The form an event took.
enum class event_format : std::uint8_t {
    unspecified,
    state_visit,
    restricted_talks,   ///< leaders with few aides ("narrow" or "closed" format)
    expanded_talks,     ///< with the members of official delegations
    teleconference,
    ceremony,
    welcome_ceremony,
    flypast,
    statement_to_press,
};

/// Something that happened: who did it (participants), to whom (recipients), when, where, and how
/// the field codes it (CAMEO, PLOVER, Goldstein, quad class).
struct event {
    event_id id{};
    bilateral::date date{};
    place_id place{};
    event_format format{};
    list_view<actor_id> participants{};  ///< who acts (CAMEO/PLOVER "actor" side)
    list_view<actor_id> recipients{};    ///< who is acted upon (the "recipient" side)
    cameo_code cameo{};                  ///< CAMEO event code, as text
    plover_event plover{};               ///< PLOVER event type
    plover_word plover_mode{};           ///< PLOVER mode ("visit"), empty if none
    plover_word plover_context{};        ///< PLOVER context ("diplomatic"), empty if none
    /// Goldstein value of the CAMEO code, with its table; empty when not given (PLOVER-coded data
    /// has none).
    std::optional<bilateral::goldstein> goldstein{};
    bilateral::quad_class quad_class{};
    std::string_view description{};      ///< a short summary written for the data, not copied text
    event_id part_of{};                  ///< the event this one took place within, if any
    bilateral::evidence evidence{};
    friend constexpr bool operator==(const event&, const event&) = default;
};

template <>
inline constexpr auto enum_names<event_format> = std::array{
    enum_name<event_format>{event_format::unspecified, "unspecified"},
    enum_name<event_format>{event_format::state_visit, "state_visit"},
    enum_name<event_format>{event_format::restricted_talks, "restricted_talks"},
    enum_name<event_format>{event_format::expanded_talks, "expanded_talks"},
    enum_name<event_format>{event_format::teleconference, "teleconference"},
    enum_name<event_format>{event_format::ceremony, "ceremony"},
    enum_name<event_format>{event_format::welcome_ceremony, "welcome_ceremony"},
    enum_name<event_format>{event_format::flypast, "flypast"},
    enum_name<event_format>{event_format::statement_to_press, "statement_to_press"},
};

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::event, id, date, place, format, participants, recipients, cameo, plover, plover_mode, plover_context, goldstein, quad_class, description, part_of, evidence);
