// SPDX-License-Identifier: BSL-1.0
/// The dialects of PLOVER records: which field name means what in each, and the PLOVER 0.5 event
/// types that PLOVER 2021 renamed. Names only: what a field becomes is plover/mapping.hpp's.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <bilateral/core/enum_names.hpp>

namespace bilateral {

/// The record dialects the PLOVER reader knows.
enum class plover_dialect : std::uint8_t {
    plover,         ///< the PLOVER manual's snake_case fields
    plover_gsr,     ///< the gold-standard records' older camelCase fields
    icews_derived,  ///< ICEWS records in the OEDA format: "event" is a CAMEO code
};

template <>
inline constexpr auto enum_names<plover_dialect> = std::array{
    enum_name<plover_dialect>{plover_dialect::plover, "plover"},
    enum_name<plover_dialect>{plover_dialect::plover_gsr, "plover_gsr"},
    enum_name<plover_dialect>{plover_dialect::icews_derived, "icews_derived"},
};

/// What a field of a PLOVER record is, whatever the dialect calls it.
enum class plover_field : std::uint8_t {
    not_held,        ///< a field the model has no place for ("text", "coder", "lat", …)
    id,
    event,
    date,
    participants,    ///< "actor" (manual), "source" (gold standard)
    recipients,      ///< "recipient", "target"
    mode,
    context,
    description,     ///< "event_text", "eventText"
    quad_code,
    event_scale,
    event_scale_table,
    cameo_code,
    event_location,  ///< "event_loc", "eventLoc": {"name", "country code", "feature class"}
    icews_location,  ///< ICEWS "location": [{"city", "province", …}]
    icews_country,   ///< ICEWS "ccode", an ISO 3166-1 alpha-3 code
    country_name,    ///< ICEWS "country", the name of "ccode"'s country
    cite_info,       ///< {"citation", "publication", "title", "url", "language"}
    publication,
    headline,
    citation,
    language,
    end_date,
    year,
    coded_date,      ///< "coded_date", "dateCoded"
};

/// A field name of some dialect. `gold_standard` names are the gold standard's own, and a record
/// that has one is of that dialect (an ICEWS-derived record is known by its CAMEO event type
/// instead; the manual's is the dialect of any other record).
struct plover_field_name {
    std::string_view name;
    plover_field field;
    bool gold_standard = false;
};

/// The field names of the three dialects. "textInfo" is the gold standard's and holds nothing the
/// model keeps.
inline constexpr std::array<plover_field_name, 30> plover_field_names{{
    {"id", plover_field::id},
    {"event", plover_field::event},
    {"date", plover_field::date},
    {"actor", plover_field::participants},
    {"source", plover_field::participants, true},
    {"recipient", plover_field::recipients},
    {"target", plover_field::recipients, true},
    {"mode", plover_field::mode},
    {"context", plover_field::context},
    {"event_text", plover_field::description},
    {"eventText", plover_field::description, true},
    {"quad_code", plover_field::quad_code},
    {"event_scale", plover_field::event_scale},
    {"event_scale_table", plover_field::event_scale_table},
    {"cameo_code", plover_field::cameo_code},
    {"event_loc", plover_field::event_location},
    {"eventLoc", plover_field::event_location, true},
    {"location", plover_field::icews_location},
    {"ccode", plover_field::icews_country},
    {"country", plover_field::country_name},
    {"cite_info", plover_field::cite_info},
    {"publication", plover_field::publication},
    {"headline", plover_field::headline},
    {"citation", plover_field::citation},
    {"language", plover_field::language},
    {"enddate", plover_field::end_date},
    {"year", plover_field::year},
    {"coded_date", plover_field::coded_date},
    {"dateCoded", plover_field::coded_date, true},
    {"textInfo", plover_field::not_held, true},
}};

namespace detail {
/// The field names by length, so that a key is compared only with names as long as it (every key
/// of every record is looked up).
inline constexpr auto plover_field_names_by_size = [] {
    auto names = plover_field_names;
    std::sort(names.begin(), names.end(),
              [](const plover_field_name& a, const plover_field_name& b) { return a.name.size() < b.name.size(); });
    return names;
}();
}  // namespace detail

/// The name of `key` in the table, or nullptr for a name no dialect has (a field not held).
[[nodiscard]] constexpr const plover_field_name* find_plover_field(std::string_view key) noexcept {
    const auto& names = detail::plover_field_names_by_size;
    auto it = std::lower_bound(names.begin(), names.end(), key.size(),
                               [](const plover_field_name& f, std::size_t size) { return f.name.size() < size; });
    for (; it != names.end() && it->name.size() == key.size(); ++it)
        if (it->name == key) return &*it;
    return nullptr;
}

/// What a field of an entity (an actor of "actor"/"source", "recipient"/"target") is.
enum class plover_entity_field : std::uint8_t { not_held, name, code, sector, wikidata, office };

struct plover_entity_field_name {
    std::string_view name;
    plover_entity_field field;
};

/// The entity field names of the three dialects.
inline constexpr std::array<plover_entity_field_name, 7> plover_entity_field_names{{
    {"entity_text", plover_entity_field::name},
    {"actorText", plover_entity_field::name},
    {"actor_text", plover_entity_field::name},
    {"code", plover_entity_field::code},
    {"sector", plover_entity_field::sector},
    {"identifier_id", plover_entity_field::wikidata},
    {"office", plover_entity_field::office},
}};

/// What the entity field `key` is (not_held for a name no dialect has).
[[nodiscard]] constexpr plover_entity_field find_plover_entity_field(std::string_view key) noexcept {
    for (const plover_entity_field_name& f : plover_entity_field_names)
        if (f.name == key) return f.field;
    return plover_entity_field::not_held;
}

/// A PLOVER 0.5 event type that PLOVER 2021 renamed, with the CAMEO root it stands for.
struct plover_legacy_type {
    std::string_view name;
    std::string_view cameo_root;
};

/// The PLOVER 0.5 types read through their CAMEO root (the 2021 CAMEO-to-PLOVER table).
inline constexpr std::array<plover_legacy_type, 5> plover_legacy_types{{
    {"DEMAND", "10"}, {"DISAPPROVE", "11"}, {"FIGHT", "19"}, {"INVESTIGATE", "09"}, {"YIELD", "08"},
}};

}  // namespace bilateral
