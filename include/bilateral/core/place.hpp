// SPDX-License-Identifier: BSL-1.0
/// Places: countries, regions, cities, buildings and routes that events happen at or concern.
#pragma once
#include <cstdint>
#include <string_view>

#include <bilateral/core/country.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// Kinds of places.
enum class place_kind : std::uint8_t { country, region, city, building, route };

/// A place where something happens or that an agreement concerns.
struct place {
    place_id id{};
    place_kind kind{};
    std::string_view name{};
    bilateral::country country{};  ///< the state it is in; not given for a region or route across states
    place_id part_of{};            ///< the place it lies in, if any
    std::string_view wikidata{};
    friend constexpr bool operator==(const place&, const place&) = default;
};

template <>
inline constexpr auto enum_names<place_kind> = std::array{
    enum_name<place_kind>{place_kind::country, "country"},
    enum_name<place_kind>{place_kind::region, "region"},
    enum_name<place_kind>{place_kind::city, "city"},
    enum_name<place_kind>{place_kind::building, "building"},
    enum_name<place_kind>{place_kind::route, "route"},
};

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::place, id, kind, name, country, part_of, wikidata);
