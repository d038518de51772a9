// SPDX-License-Identifier: BSL-1.0
/// One Phoenix event as the Open Event Data Alliance's pipeline writes it: 26 tab-separated
/// columns, typed where the column has a type, text as it is otherwise.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <bilateral/core/date.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/detail/reflect_struct.hpp>
#include <bilateral/io/import/lists.hpp>

namespace bilateral::phoenix {

/// Phoenix's columns, in the order of its files (which have no header). The order is that of
/// `create_strings` in openeventdata/phoenix_pipeline's postprocess.py (id, date, year, month,
/// day, the two actors as full code, root, agent and others, code, root code, quad class,
/// Goldstein, issues, lat, lon, place, state, country, ids, urls, sources); the names are those
/// of the published files' documentation (ahalterman/phoxy, R/ingest_phoenix.R and README.md).
/// The Cline Center's historical Phoenix files are another layout (a CSV with a header, dates
/// as M/D/YYYY, no URLs) and are not read here.
enum class column : std::uint8_t {
    event_id, date, year, month, day,
    source_actor_full, source_actor_entity, source_actor_role, source_actor_attribute,
    target_actor_full, target_actor_entity, target_actor_role, target_actor_attribute,
    event_code, event_root_code, quad_class, goldstein_score, issues, lat, lon,
    location_name, state_name, country_code, sentence_id, urls, news_sources,
};
inline constexpr std::size_t column_count = 26;

/// The name of each column, as Phoenix's documentation gives it (the files have no header).
/// Early documentation calls QuadClass "PentaClass": it has five values, 0 being "neutral".
inline constexpr std::array<std::string_view, column_count> column_labels{
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon",
    "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
};

/// The label of `c`.
[[nodiscard]] constexpr std::string_view label(column c) noexcept { return column_labels[static_cast<std::size_t>(c)]; }

/// An actor as Phoenix codes it: the whole CAMEO actor code ("KAZGOV") and the three parts the
/// pipeline splits it into (postprocess.py's root, agent and others: the files put the country
/// in Entity, though phoenixdata.org's description swaps the words). An empty view is a part
/// not given.
struct actor {
    std::string_view code{};        ///< ...ActorFull: the CAMEO actor code as coded ("KAZGOV", "IMGMUSISI")
    /// ...ActorEntity: three capital letters, a CAMEO country code ("KAZ") or one of IGO, NGO, IMG, MNC.
    std::string_view entity{};
    std::string_view role{};        ///< ...ActorRole: three capital letters (GOV, MIL, REB, OPP, PTY, …)
    std::string_view attributes{};  ///< ...ActorAttribute: the other codes, ';'-separated ("MUS;ISI")
};

/// One row. Text fields view the reader's text (see phoenix::reader); an empty view or nullopt is
/// a field not given (empty in the file).
struct record {
    std::string_view event_id{};   ///< "42" or "0_v0.2.0": text, unique within a release
    /// Date (YYYYMMDD), a day; the reader checks that Year, Month and Day say the same.
    bilateral::date date{};
    phoenix::actor source{};
    phoenix::actor target{};
    /// EventCode, 3 or 4 digits; a code that lost its leading zero ("43") has it back. The
    /// reader checks that EventRootCode is its root.
    cameo_code code{};
    bool code_restored = false;     ///< the file's code had lost its leading zero (noted by the reader)
    /// QuadClass as written, 0–4: 1–4 the four classes (`bilateral::quad_class`'s values), 0
    /// Phoenix's "neutral" (roots 01 and 02), which the model's classes have not. Phoenix puts
    /// root 16 in 3, where the CAMEO codebook has 4.
    std::optional<std::uint8_t> quad_class{};
    /// GoldsteinScore: the Goldstein value of Phoenix's table, in tenths (-100 to 100).
    std::optional<std::int16_t> goldstein{};
    std::string_view issues{};      ///< "ISSUE,count" items, ';'-separated ("SECURITY_SERVICES,1")
    std::string_view lat{};         ///< a decimal number of degrees, -90 to 90, as written
    std::string_view lon{};         ///< a decimal number of degrees, -180 to 180, as written
    std::string_view location_name{};  ///< the geocoder's place: a city, a state or a country
    std::string_view state_name{};
    std::string_view country_code{};   ///< ISO 3166-1 alpha-3 in released files ("QAT")
    std::string_view sentence_ids{};   ///< SentenceID: story id '_' sentence number, ';'-separated
    std::string_view urls{};           ///< URLs: ';'-separated, one per report of the event
    std::string_view news_sources{};   ///< NewsSources: the feeds' keys ("guardian_americas"), ';'-separated
};

/// Calls `visit(item)` for each item of a ';' list ("MUS;ISI", URLs), blanks around each trimmed,
/// empty items skipped.
template <class Visit>
constexpr void for_each_item(std::string_view list, Visit&& visit) {
    for_each_list_item(list, ';', visit);
}

/// The first item of a ';' list, or "".
[[nodiscard]] constexpr std::string_view first_item(std::string_view list) noexcept { return first_list_item(list, ';'); }

}  // namespace bilateral::phoenix

// Reflected, so that printing and the JSON writer take rows as they are.
BILATERAL_REFLECT(bilateral::phoenix::actor, code, entity, role, attributes);
BILATERAL_REFLECT(bilateral::phoenix::record, event_id, date, source, target, code, code_restored, quad_class, goldstein,
                  issues, lat, lon, location_name, state_name, country_code, sentence_ids, urls, news_sources);
