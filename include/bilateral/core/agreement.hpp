// SPDX-License-Identifier: BSL-1.0
/// Agreements and initiatives: partnerships, plans, project portfolios, institutions, routes.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/list_view.hpp>
#include <bilateral/core/reported_amount.hpp>
#include <bilateral/core/source.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// What an agreement or initiative is.
enum class agreement_kind : std::uint8_t {
    partnership_status,   ///< a named status of relations ("Comprehensive Strategic Partnership")
    plan,                 ///< plans, programmes, directions of development
    initiative,           ///< an initiative one side proposes or the other supports
    project_portfolio,    ///< a set of (investment) projects
    institution_opened,   ///< a centre, branch or office opened
    route_launched,       ///< a transport route or service launched
    cooperation_area,     ///< an area of cooperation the parties discussed
};

/// How far it has got.
enum class agreement_status : std::uint8_t {
    discussed,
    supported,            ///< one party backs the other's proposal
    agreed,
    under_implementation,
    inaugurated,          ///< opened or launched
};

/// An agreement, initiative or project, with what it covers and what it is worth.
struct agreement {
    agreement_id id{};
    agreement_kind kind{};
    std::string_view name{};
    list_view<actor_id> parties{};
    list_view<std::string_view> sectors{};   ///< fields it covers ("energy", "e-commerce")
    std::optional<std::uint32_t> count{};    ///< how many (projects), if the source says
    std::optional<reported_amount> value{};  ///< what it is worth, if the source says
    agreement_status status{};
    bilateral::date date{};
    place_id place{};                        ///< where it is (an institution's city), if any
    event_id event{};                        ///< the event it was discussed, agreed or launched at
    bilateral::evidence evidence{};
    friend constexpr bool operator==(const agreement&, const agreement&) = default;
};

template <>
inline constexpr auto enum_names<agreement_kind> = std::array{
    enum_name<agreement_kind>{agreement_kind::partnership_status, "partnership_status"},
    enum_name<agreement_kind>{agreement_kind::plan, "plan"},
    enum_name<agreement_kind>{agreement_kind::initiative, "initiative"},
    enum_name<agreement_kind>{agreement_kind::project_portfolio, "project_portfolio"},
    enum_name<agreement_kind>{agreement_kind::institution_opened, "institution_opened"},
    enum_name<agreement_kind>{agreement_kind::route_launched, "route_launched"},
    enum_name<agreement_kind>{agreement_kind::cooperation_area, "cooperation_area"},
};

template <>
inline constexpr auto enum_names<agreement_status> = std::array{
    enum_name<agreement_status>{agreement_status::discussed, "discussed"},
    enum_name<agreement_status>{agreement_status::supported, "supported"},
    enum_name<agreement_status>{agreement_status::agreed, "agreed"},
    enum_name<agreement_status>{agreement_status::under_implementation, "under_implementation"},
    enum_name<agreement_status>{agreement_status::inaugurated, "inaugurated"},
};

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::agreement, id, kind, name, parties, sectors, count, value, status, date, place, event, evidence);
