// SPDX-License-Identifier: BSL-1.0
/// The columns of GDELT event files and the three row layouts (1.0 historical, 1.0 daily, 2.0).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <bilateral/core/enum_names.hpp>

/// Marks the small functions of the GDELT hot path that must be inlined into the row parser
/// (compilers otherwise keep some as calls, which costs more than their bodies).
#if defined(__GNUC__) || defined(__clang__)
#define BILATERAL_GDELT_INLINE [[gnu::always_inline]] inline
#else
#define BILATERAL_GDELT_INLINE inline
#endif

namespace bilateral::gdelt {

/// The layout of a GDELT event row, named by GDELT release; the value is the row's field count,
/// which is how a reader tells the layouts apart.
enum class format : std::uint8_t {
    v1_historical = 57,  ///< GDELT 1.0 backfile (1979–2013): no SOURCEURL
    v1_daily = 58,       ///< GDELT 1.0 daily files (from April 2013): SOURCEURL last
    v2 = 61,             ///< GDELT 2.0 15-minute exports: three ADM2 columns; DATEADDED YYYYMMDDHHMMSS
};

/// The fields a row of this layout has.
[[nodiscard]] constexpr std::size_t field_count_of(format f) noexcept { return static_cast<std::size_t>(f); }

/// The layout whose rows have `fields` fields, if any.
[[nodiscard]] constexpr std::optional<format> format_of(std::size_t fields) noexcept {
    switch (fields) {
        case 57: return format::v1_historical;
        case 58: return format::v1_daily;
        case 61: return format::v2;
        default: return std::nullopt;
    }
}

/// Every GDELT event column, in GDELT 2.0 order (1.0 rows lack the three `*_adm2_code` columns,
/// the historical backfile also `source_url`).
enum class column : std::uint8_t {
    global_event_id, sql_date, month_year, year, fraction_date,
    actor1_code, actor1_name, actor1_country_code, actor1_known_group_code, actor1_ethnic_code,
    actor1_religion1_code, actor1_religion2_code, actor1_type1_code, actor1_type2_code, actor1_type3_code,
    actor2_code, actor2_name, actor2_country_code, actor2_known_group_code, actor2_ethnic_code,
    actor2_religion1_code, actor2_religion2_code, actor2_type1_code, actor2_type2_code, actor2_type3_code,
    is_root_event, event_code, event_base_code, event_root_code, quad_class, goldstein_scale,
    num_mentions, num_sources, num_articles, avg_tone,
    actor1_geo_type, actor1_geo_full_name, actor1_geo_country_code, actor1_geo_adm1_code, actor1_geo_adm2_code,
    actor1_geo_lat, actor1_geo_long, actor1_geo_feature_id,
    actor2_geo_type, actor2_geo_full_name, actor2_geo_country_code, actor2_geo_adm1_code, actor2_geo_adm2_code,
    actor2_geo_lat, actor2_geo_long, actor2_geo_feature_id,
    action_geo_type, action_geo_full_name, action_geo_country_code, action_geo_adm1_code, action_geo_adm2_code,
    action_geo_lat, action_geo_long, action_geo_feature_id,
    date_added, source_url,
};

/// The number of distinct columns (the GDELT 2.0 field count).
inline constexpr std::size_t column_count = 61;

/// GDELT's label of each column (as in its column-label files), indexed by `column`.
inline constexpr std::array<std::string_view, column_count> column_labels{{
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
}};

/// GDELT's label of a column ("SQLDATE").
[[nodiscard]] constexpr std::string_view label(column c) noexcept { return column_labels[static_cast<std::size_t>(c)]; }

/// True if rows of layout `f` have column `c`.
[[nodiscard]] constexpr bool has_column(format f, column c) noexcept;

/// The 0-based position of column `c` in a row of layout `f` (`c` must be one of its columns).
[[nodiscard]] constexpr std::size_t position(format f, column c) noexcept;

/// The column at 0-based `index` of a row of layout `f`; `index` must be below field_count_of(f).
[[nodiscard]] constexpr column column_at(format f, std::size_t index) noexcept;

/// The columns every layout puts at the same place: the first 39 (up to Actor1Geo_ADM1Code).
inline constexpr std::size_t common_prefix_columns = 39;

// ---------------------------------------------------------------------------------------------
// Implementation

constexpr bool has_column(format f, column c) noexcept {
    switch (c) {
        case column::actor1_geo_adm2_code:
        case column::actor2_geo_adm2_code:
        case column::action_geo_adm2_code: return f == format::v2;
        case column::source_url: return f != format::v1_historical;
        default: return true;
    }
}

constexpr std::size_t position(format f, column c) noexcept {
    const auto i = static_cast<std::size_t>(c);
    if (f == format::v2) return i;
    // GDELT 1.0: the ADM2 columns before `c` are missing.
    std::size_t missing = 0;
    for (column adm2 : {column::actor1_geo_adm2_code, column::actor2_geo_adm2_code, column::action_geo_adm2_code})
        if (static_cast<std::size_t>(adm2) < i) ++missing;
    return i - missing;
}

constexpr column column_at(format f, std::size_t index) noexcept {
    for (std::size_t i = index; i < column_count; ++i)
        if (has_column(f, static_cast<column>(i)) && position(f, static_cast<column>(i)) == index)
            return static_cast<column>(i);
    return column::source_url;
}

}  // namespace bilateral::gdelt

namespace bilateral {

template <>
inline constexpr auto enum_names<gdelt::format> = std::array{
    enum_name<gdelt::format>{gdelt::format::v1_historical, "v1_historical"},
    enum_name<gdelt::format>{gdelt::format::v1_daily, "v1_daily"},
    enum_name<gdelt::format>{gdelt::format::v2, "v2"},
};

}  // namespace bilateral
