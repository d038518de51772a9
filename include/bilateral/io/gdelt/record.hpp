// SPDX-License-Identifier: BSL-1.0
/// A typed GDELT event row (1.0 historical, 1.0 daily, 2.0): actor, event, geography and date blocks.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <bilateral/core/country.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/value_traits.hpp>
#include <bilateral/detail/reflect_struct.hpp>
#include <bilateral/io/gdelt/codes.hpp>
#include <bilateral/io/gdelt/columns.hpp>
#include <bilateral/io/gdelt/decimal.hpp>
#include <bilateral/io/gdelt/timestamp.hpp>

namespace bilateral::gdelt {

/// One part of a CAMEO actor code as GDELT splits it into columns: a country ("USA", "WSB"), a
/// known group ("UNO"), an ethnic group ("kur"), a religion ("CHR") or a type ("GOV"); three
/// ASCII letters or digits as written (ethnic codes are mostly lower case). Empty when not given.
class actor_code {
public:
    constexpr actor_code() noexcept = default;
    constexpr explicit actor_code(std::string_view text) noexcept : text_{text} {}
    [[nodiscard]] constexpr std::string_view str() const noexcept { return text_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return text_.empty(); }
    /// Three ASCII letters or digits.
    [[nodiscard]] constexpr bool ok() const noexcept {
        if (text_.size() != 3) return false;
        for (char c : text_)
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
        return true;
    }
    friend constexpr bool operator==(const actor_code&, const actor_code&) noexcept = default;

private:
    std::string_view text_;
};

}  // namespace bilateral::gdelt

/// Printing and JSON write an actor code as its three characters, null when not given.
template <>
struct bilateral::value_traits<bilateral::gdelt::actor_code> {
    static constexpr std::string_view text(const gdelt::actor_code& c) noexcept { return c.str(); }
    static constexpr bool given(const gdelt::actor_code& c) noexcept { return !c.empty(); }
    template <class Storage>
    static std::optional<gdelt::actor_code> parse(std::string_view text, Storage& storage) {
        if (!gdelt::actor_code{text}.ok()) return std::nullopt;
        return gdelt::actor_code{storage.text(text)};
    }
    template <class Storage>
    static gdelt::actor_code owned(const gdelt::actor_code& c, Storage& storage) {
        return gdelt::actor_code{storage.text(c.str())};
    }
    static constexpr std::string_view expected = "a CAMEO actor code part (three letters or digits) or null";
    static constexpr std::string_view pattern = "^[A-Za-z0-9]{3}$";
    static constexpr std::string_view description = "A part of a CAMEO actor code; null when not given.";
};

namespace bilateral::gdelt {

/// Who acts or is acted upon, as GDELT codes it: the full CAMEO code and its parts.
struct actor_block {
    std::string_view code{};  ///< ActorNCode: the full CAMEO actor code ("USAGOV", "IGOUNO"), as written
    std::string_view name{};  ///< ActorNName: the name GDELT matched ("UNITED STATES", "CABINET")
    actor_code country{};     ///< ActorNCountryCode: CAMEO country code (not ISO; see `iso_alpha3`)
    actor_code known_group{}; ///< ActorNKnownGroupCode ("UNO", "NGO" groups such as "AMN")
    actor_code ethnic{};      ///< ActorNEthnicCode
    actor_code religion1{};   ///< ActorNReligion1Code
    actor_code religion2{};   ///< ActorNReligion2Code
    actor_code type1{};       ///< ActorNType1Code ("GOV", "MIL", "BUS")
    actor_code type2{};       ///< ActorNType2Code
    actor_code type3{};       ///< ActorNType3Code

    /// No field given (GDELT leaves every column of a missing actor empty).
    [[nodiscard]] constexpr bool empty() const noexcept { return code.empty() && name.empty() && country.empty(); }
    /// The ISO 3166-1 alpha-3 code of the actor's CAMEO country; "" for none, regions and former states.
    [[nodiscard]] constexpr std::string_view iso_alpha3() const noexcept { return iso_alpha3_of_cameo(country.str()); }
    friend constexpr bool operator==(const actor_block&, const actor_block&) = default;
};

/// What happened, coded with CAMEO, with GDELT's measures of its coverage.
struct event_block {
    std::optional<bool> is_root{};  ///< IsRootEvent: reported in the lead paragraph
    cameo_code code{};              ///< EventCode ("0231"), as text
    cameo_code base{};              ///< EventBaseCode ("023")
    cameo_code root{};              ///< EventRootCode ("02")
    bilateral::quad_class quad_class{};  ///< QuadClass 1–4; `unknown` when the field is empty
    std::optional<bilateral::goldstein> goldstein{};  ///< GoldsteinScale, from GDELT's table
    /// Digits after the point GoldsteinScale is written with: 1 ("3.4", "-10.0"), or 0 in the
    /// 1.0 backfile, which writes whole values bare ("4", "-2").
    std::uint8_t goldstein_decimals = 1;
    std::optional<std::uint32_t> mentions{};  ///< NumMentions
    std::optional<std::uint32_t> sources{};   ///< NumSources
    std::optional<std::uint32_t> articles{};  ///< NumArticles
    decimal tone{};                           ///< AvgTone (−100 … +100), exact as written
    friend constexpr bool operator==(const event_block&, const event_block&) = default;
};

/// GDELT's geographic resolution of a place (the `*Geo_Type` columns).
enum class geo_type : std::uint8_t {
    none = 0,         ///< not resolved
    country = 1,
    us_state = 2,
    us_city = 3,
    world_city = 4,
    world_state = 5,  ///< a first-order division (ADM1) outside the United States
};

/// Where an actor was or an action took place.
struct geo_block {
    std::optional<geo_type> type{};   ///< `*Geo_Type`
    std::string_view full_name{};     ///< `*Geo_FullName` ("Salem, Oregon, United States")
    std::string_view fips{};          ///< `*Geo_CountryCode`: FIPS 10-4, as written ("CH" is China)
    bilateral::country country{};     ///< the ISO 3166-1 country of `fips` (derived; not known where ISO has none)
    std::string_view adm1{};          ///< `*Geo_ADM1Code` ("USOR")
    std::string_view adm2{};          ///< `*Geo_ADM2Code`, GDELT 2.0 only
    decimal lat{};                    ///< `*Geo_Lat`, exact as written
    decimal lon{};                    ///< `*Geo_Long`, exact as written
    std::string_view feature_id{};    ///< `*Geo_FeatureID`: a GNS/GNIS number, or an ADM1 or country code
    friend constexpr bool operator==(const geo_block&, const geo_block&) = default;
};

/// The dates of a row.
struct dates_block {
    date day{};                ///< SQLDATE: the day of the event (day precision)
    date month{};              ///< MonthYear (month precision)
    date year{};               ///< Year (year precision)
    decimal fraction{};        ///< FractionDate: year + ((month − 1) × 30 + day) / 365, as written
    timestamp added{};         ///< DATEADDED: a day in GDELT 1.0, a UTC second in GDELT 2.0
    friend constexpr bool operator==(const dates_block&, const dates_block&) = default;
};

/// One GDELT event row. Text fields view the text they were read from (a reader's buffer, or
/// storage the caller keeps alive); numbers keep their written form, so that writing a record
/// read from a file gives back the row byte for byte.
struct record {
    gdelt::format format = gdelt::format::v2;  ///< the row's layout (57, 58 or 61 fields)
    std::uint64_t id = 0;                      ///< GLOBALEVENTID
    dates_block dates{};
    actor_block actor1{};
    actor_block actor2{};
    event_block event{};
    geo_block actor1_geo{};
    geo_block actor2_geo{};
    geo_block action_geo{};
    std::string_view source_url{};  ///< SOURCEURL; none in the 1.0 backfile
    friend constexpr bool operator==(const record&, const record&) = default;
};

}  // namespace bilateral::gdelt

namespace bilateral {

template <>
inline constexpr auto enum_names<gdelt::geo_type> = std::array{
    enum_name<gdelt::geo_type>{gdelt::geo_type::none, "none"},
    enum_name<gdelt::geo_type>{gdelt::geo_type::country, "country"},
    enum_name<gdelt::geo_type>{gdelt::geo_type::us_state, "us_state"},
    enum_name<gdelt::geo_type>{gdelt::geo_type::us_city, "us_city"},
    enum_name<gdelt::geo_type>{gdelt::geo_type::world_city, "world_city"},
    enum_name<gdelt::geo_type>{gdelt::geo_type::world_state, "world_state"},
};

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::gdelt::actor_block, code, name, country, known_group, ethnic, religion1, religion2, type1, type2, type3);
BILATERAL_REFLECT(bilateral::gdelt::event_block, is_root, code, base, root, quad_class, goldstein, goldstein_decimals, mentions, sources, articles, tone);
BILATERAL_REFLECT(bilateral::gdelt::geo_block, type, full_name, fips, country, adm1, adm2, lat, lon, feature_id);
BILATERAL_REFLECT(bilateral::gdelt::dates_block, day, month, year, fraction, added);
BILATERAL_REFLECT(bilateral::gdelt::record, format, id, dates, actor1, actor2, event, actor1_geo, actor2_geo, action_geo, source_url);
