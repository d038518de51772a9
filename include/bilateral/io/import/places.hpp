// SPDX-License-Identifier: BSL-1.0
/// How a reader adds places: one place per distinct (name, kind, country, enclosing place),
/// nested outermost first. Walking up from a place is query.hpp's `walk_part_of`, for every reader
/// and writer: it visits each place once, so a part_of cycle cannot loop.
#pragma once
#include <string>
#include <string_view>

#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/place.hpp>
#include <bilateral/io/import/registry.hpp>
#include <bilateral/io/import/text_id.hpp>
#include <bilateral/query.hpp>

namespace bilateral {

/// The place `name` of `kind` in `country`, lying in `part_of` (empty: in none): added once, with
/// an id from its name, and found again by all four. "Astana" the city and "Astana" the region it
/// lies in are two places; "Astana" in two records is one.
[[nodiscard]] inline place_id import_place(entity_registry<place>& places, std::string_view name, place_kind kind,
                                           country c, place_id part_of = {}) {
    const std::string key = std::string{name} + '\x1f' + std::string{c.alpha2()} + '\x1f' +
                            std::string{to_string(kind)} + '\x1f' + std::string{part_of.str()};
    const std::string base = text_id(name);
    return places.obtain(key, base.empty() ? "place" : base, [&] {
        return place{.kind = kind, .name = places.into().text(name), .country = c, .part_of = part_of};
    });
}

}  // namespace bilateral
