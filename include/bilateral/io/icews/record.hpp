// SPDX-License-Identifier: BSL-1.0
/// One ICEWS event as the Dataverse `.tab` files give it: 20 columns, typed where the column has a
/// type, text as it is otherwise.
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

namespace bilateral::icews {

/// ICEWS's columns, in the order of the Dataverse files. A file may order them otherwise and
/// carry more (they are found by name), but must carry all of these.
enum class column : std::uint8_t {
    event_id, event_date, source_name, source_sectors, source_country, event_text, cameo_code, intensity,
    target_name, target_sectors, target_country, story_id, sentence_number, publisher, city, district,
    province, country, latitude, longitude,
};
inline constexpr std::size_t column_count = 20;

/// The header label of each column, as ICEWS writes it.
inline constexpr std::array<std::string_view, column_count> column_labels{
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
};

/// The label of `c`.
[[nodiscard]] constexpr std::string_view label(column c) noexcept { return column_labels[static_cast<std::size_t>(c)]; }

/// An actor as ICEWS names it: "Foreign Affairs (Bangladesh)", its sectors ("Executive,Foreign
/// Ministry,Government"; see `for_each_sector`) and its country by English name ("Bangladesh").
/// An empty view is a field not given (`NA` or empty in the file).
struct actor {
    std::string_view name{};
    std::string_view sectors{};
    std::string_view country{};
};

/// One row. Text fields view the reader's text (see icews::reader), quotes around a field removed;
/// an empty view or nullopt is a field not given (`NA` or empty).
struct record {
    std::string_view event_id{};   ///< ICEWS's id: not unique alone (the key is id and date)
    date event_date{};             ///< a day
    icews::actor source{};
    std::string_view event_text{};  ///< the CAMEO label ICEWS gives ("Consult")
    /// The CAMEO code, 3 or 4 digits; a code that lost its leading zero ("10", "43") has it back.
    cameo_code code{};
    bool code_restored = false;    ///< the file's code had lost its leading zero (counted by the reader)
    /// `Intensity`: the Goldstein value of the ICEWS table, in tenths (-100 to 100).
    std::optional<std::int16_t> intensity{};
    icews::actor target{};
    std::string_view story_id{};
    std::optional<std::uint32_t> sentence_number{};
    std::string_view publisher{};
    std::string_view city{};
    std::string_view district{};
    std::string_view province{};
    std::string_view country{};    ///< where it happened, by English name
    std::string_view latitude{};   ///< a decimal number of degrees, -90 to 90, as written
    std::string_view longitude{};  ///< a decimal number of degrees, -180 to 180, as written
};

/// Calls `visit(sector)` for each sector of a comma list ("Military,Government"), blanks around
/// each trimmed, empty items skipped; ICEWS lists them in no fixed order.
template <class Visit>
constexpr void for_each_sector(std::string_view sectors, Visit&& visit) {
    for_each_list_item(sectors, ',', visit);
}

}  // namespace bilateral::icews

// Reflected, so that printing and the JSON writer take rows as they are (`convert --to json`).
BILATERAL_REFLECT(bilateral::icews::actor, name, sectors, country);
BILATERAL_REFLECT(bilateral::icews::record, event_id, event_date, source, event_text, code, code_restored, intensity, target,
                  story_id, sentence_number, publisher, city, district, province, country, latitude, longitude);
