// SPDX-License-Identifier: BSL-1.0
/// One POLECAT event as its Dataverse files give it (tab-separated, a header row, PLOVER-coded):
/// the columns, the record that views a row's text, POLECAT's intensity scale and its "; " lists.
//
// The layout is POLECAT's weekly and yearly `ngecEvents*.txt` files on Harvard Dataverse
// (doi:10.7910/DVN/AJGVIT). The codebook itself could not be reached here; the 40 column names
// and their order are the header those files carry, as quoted verbatim by code that reads them
// (JuliaGast/TGB2, the tkgl-polecat loader: "Event ID\tEvent Date\tEvent Type\t...\tVersion").
// What the values look like was read off code that consumes the files: Quad Code is a phrase in
// capitals ("MATERIAL CONFLICT"), Intensity a signed number (negative = conflict) from -10 to 10,
// COW numbers and countries are lists joined with "; ", "None" is a value not given; some files
// call the intensity column "Event Intensity", and some carry Headline, Event Text, Feed and
// Story ID besides (A. Beger's POLECAT notes, andybeger.com/blog/2024-05-21-polecat-event-data;
// the NGEC coder's output, github.com/ahalterman/NGEC). tests/data/polecat/README.md says more.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <bilateral/core/date.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/value_traits.hpp>
#include <bilateral/detail/reflect_struct.hpp>
#include <bilateral/io/import/lists.hpp>

namespace bilateral::polecat {

/// POLECAT's columns, in the order of its files. A file may order them otherwise and carry more
/// (they are found by name); the reader says which it cannot do without (polecat/reader.hpp).
enum class column : std::uint8_t {
    event_id, event_date, event_type, event_mode, intensity, quad_code, contexts,
    actor_name, actor_country, actor_cow, primary_actor_sector, actor_sectors, actor_title, actor_name_raw,
    wikipedia_actor_id,
    recipient_name, recipient_country, recipient_cow, primary_recipient_sector, recipient_sectors,
    recipient_title, recipient_name_raw, wikipedia_recipient_id,
    placename, city, district, province, country, latitude, longitude, geonames_id, raw_placename, feature_type,
    source, publication_date, story_people, story_organizations, story_locations, language, version,
};
inline constexpr std::size_t column_count = 40;

/// The header label of each column, as POLECAT writes it.
inline constexpr std::array<std::string_view, column_count> column_labels{
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
};

/// The label of `c`.
[[nodiscard]] constexpr std::string_view label(column c) noexcept { return column_labels[static_cast<std::size_t>(c)]; }

/// A value of POLECAT's own intensity scale: signed, from -10 (most conflictual) to +10 (most
/// cooperative), set by the coder from the event type and mode. It is not a Goldstein value (no
/// CAMEO code, no Goldstein table behind it), so it is a type of its own, kept exactly in
/// hundredths.
class intensity {
public:
    constexpr intensity() noexcept = default;
    constexpr explicit intensity(std::int16_t hundredths) noexcept : hundredths_{hundredths} {}
    [[nodiscard]] constexpr std::int16_t hundredths() const noexcept { return hundredths_; }
    [[nodiscard]] constexpr double value() const noexcept { return hundredths_ / 100.0; }
    /// Within -10 … +10.
    [[nodiscard]] constexpr bool ok() const noexcept { return hundredths_ >= -1000 && hundredths_ <= 1000; }
    /// "-7.5", "10", "-0.25": the number as POLECAT writes it, without trailing zeros.
    [[nodiscard]] std::string text() const;
    /// "-7.5", "+3", "10.0", "-0.25": at most two decimals, within -10 … +10; nullopt otherwise.
    [[nodiscard]] static constexpr std::optional<intensity> parse(std::string_view s) noexcept;
    friend constexpr bool operator==(intensity, intensity) noexcept = default;
    friend constexpr auto operator<=>(intensity, intensity) noexcept = default;

private:
    std::int16_t hundredths_ = 0;
};

/// A participant as POLECAT gives it: its resolved name, its countries (ISO 3166-1 alpha-3, a
/// "; " list: "KAZ" or "KAZ; CHN") and COW numbers ("705; 710"), sectors (a primary one and a
/// "; " list), title, the name as the story wrote it, and its Wikipedia id. An empty view is a
/// field not given ("None" or empty in the file).
struct actor {
    std::string_view name{};
    std::string_view country{};         ///< a "; " list; see `for_each_item`
    std::string_view cow{};             ///< a "; " list of COW numbers
    std::string_view primary_sector{};
    std::string_view sectors{};         ///< a "; " list
    std::string_view title{};
    std::string_view name_raw{};
    std::string_view wikipedia_id{};
};

/// Where the event happened: the geocoder's place (name, city, district, province, country as
/// ISO alpha-3, coordinates, GeoNames id) and the place name as the story wrote it.
struct place {
    std::string_view placename{};
    std::string_view city{};
    std::string_view district{};
    std::string_view province{};
    std::string_view country{};     ///< ISO 3166-1 alpha-3 (a "; " list, one code in practice)
    std::string_view latitude{};    ///< a decimal number of degrees, -90 to 90, as written
    std::string_view longitude{};   ///< a decimal number of degrees, -180 to 180, as written
    std::string_view geonames_id{};
    std::string_view raw_placename{};
    std::string_view feature_type{};
};

/// One row. Text fields view the reader's text (see polecat::reader), quotes around a field
/// removed; an empty view or nullopt is a field not given. POLECAT has no CAMEO code and no
/// Goldstein value: the event is coded with PLOVER alone.
struct record {
    std::string_view event_id{};
    date event_date{};                         ///< a day
    plover_event event_type = plover_event::none;
    std::string_view event_mode{};             ///< a PLOVER mode word, as written
    std::optional<polecat::intensity> intensity{};
    bilateral::quad_class quad = bilateral::quad_class::unknown;  ///< from Quad Code
    std::string_view contexts{};               ///< PLOVER context words, a "; " list
    polecat::actor actor{};
    polecat::actor recipient{};
    polecat::place place{};
    std::string_view source{};                 ///< the outlet or feed the story came from
    std::optional<date> publication_date{};
    std::string_view story_people{};           ///< a "; " list
    std::string_view story_organizations{};    ///< a "; " list
    std::string_view story_locations{};        ///< a "; " list
    std::string_view language{};
    std::string_view version{};                ///< the coder's version
};

/// Calls `visit(item)` for each item of a "; " list ("KAZ; CHN"): split on ';', blanks around
/// each item trimmed, empty items and "None" skipped.
template <class Visit>
constexpr void for_each_item(std::string_view list, Visit&& visit) {
    for_each_list_item(list, ';', visit, "None");
}

/// The first item of a "; " list, or "" (the dyad of a row is its first countries).
[[nodiscard]] constexpr std::string_view first_item(std::string_view list) noexcept { return first_list_item(list, ';', "None"); }

/// The number of items of a "; " list.
[[nodiscard]] constexpr std::size_t item_count(std::string_view list) noexcept {
    std::size_t n = 0;
    for_each_item(list, [&](std::string_view) { ++n; });
    return n;
}

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::string intensity::text() const {
    const int v = hundredths_ < 0 ? -hundredths_ : hundredths_;
    std::string out = hundredths_ < 0 ? "-" : "";
    out += std::to_string(v / 100);
    if (const int fraction = v % 100; fraction != 0) {
        out += '.';
        out += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0) out += static_cast<char>('0' + fraction % 10);
    }
    return out;
}

constexpr std::optional<intensity> intensity::parse(std::string_view s) noexcept {
    bool negative = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (whole.empty() || whole.size() > 2 || (dot != std::string_view::npos && (fraction.empty() || fraction.size() > 2)))
        return std::nullopt;
    int v = 0;
    for (const char c : whole) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    v *= 100;
    for (std::size_t i = 0; i < fraction.size(); ++i) {
        if (fraction[i] < '0' || fraction[i] > '9') return std::nullopt;
        v += (fraction[i] - '0') * (i == 0 ? 10 : 1);
    }
    if (v > 1000) return std::nullopt;
    return intensity{static_cast<std::int16_t>(negative ? -v : v)};
}

}  // namespace bilateral::polecat

namespace bilateral {

/// An intensity is one token of text ("-7.5"), for printing and the JSON writer.
template <>
struct value_traits<polecat::intensity> {
    static std::string text(const polecat::intensity& i) { return i.text(); }
    static constexpr bool given(const polecat::intensity&) noexcept { return true; }
    template <class Storage>
    static std::optional<polecat::intensity> parse(std::string_view text, Storage&) {
        return polecat::intensity::parse(text);
    }
    static constexpr std::string_view expected = "a POLECAT intensity (a number from -10 to 10, at most two decimals) or null";
    static constexpr std::string_view pattern = "^[-+]?[0-9]{1,2}(\\.[0-9]{1,2})?$";
    static constexpr std::string_view description = "POLECAT's intensity scale, -10 (conflict) to +10 (cooperation); not a Goldstein value.";
    static std::string schema_name() { return "polecat_intensity"; }
};

}  // namespace bilateral

// Reflected, so that printing and the JSON writer take rows as they are.
BILATERAL_REFLECT(bilateral::polecat::actor, name, country, cow, primary_sector, sectors, title, name_raw, wikipedia_id);
BILATERAL_REFLECT(bilateral::polecat::place, placename, city, district, province, country, latitude, longitude, geonames_id,
                  raw_placename, feature_type);
BILATERAL_REFLECT(bilateral::polecat::record, event_id, event_date, event_type, event_mode, intensity, quad, contexts, actor,
                  recipient, place, source, publication_date, story_people, story_organizations, story_locations, language,
                  version);
