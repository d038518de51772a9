// SPDX-License-Identifier: BSL-1.0
/// Countries by their ISO 3166-1 code.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <bilateral/codes/iso3166.hpp>
#include <bilateral/detail/table_index.hpp>

namespace bilateral {

/// A state, identified by its ISO 3166-1 alpha-2 code. Constructed from the code text; `ok()`
/// says whether the code is in ISO 3166-1. A default country is "not given" (`known()` false).
class country {
public:
    constexpr country() noexcept = default;
    /// From an alpha-2 code ("KZ"). Text of another length gives a country that is not ok().
    constexpr explicit country(std::string_view alpha2) noexcept {
        if (alpha2.size() == 2) code_ = {alpha2[0], alpha2[1]};
        else if (!alpha2.empty()) code_ = {'?', '?'};
    }
    /// From an alpha-3 code ("KAZ"); not ok() if the code is not in ISO 3166-1.
    [[nodiscard]] static constexpr country from_alpha3(std::string_view alpha3) noexcept {
        const auto* e = codes::find_iso3166_alpha3(alpha3);
        return e ? country{e->alpha2} : country{"??"};
    }
    /// From the numeric code (398); not ok() if the code is not in ISO 3166-1.
    [[nodiscard]] static constexpr country from_numeric(std::uint16_t numeric) noexcept {
        const auto* e = codes::find_iso3166_numeric(numeric);
        return e ? country{e->alpha2} : country{"??"};
    }

    [[nodiscard]] constexpr bool known() const noexcept { return code_[0] != '\0'; }
    [[nodiscard]] constexpr bool ok() const noexcept { return index() < codes::iso3166.size(); }
    /// The alpha-2 code as given ("KZ"); empty if not given.
    [[nodiscard]] constexpr std::string_view alpha2() const noexcept {
        return known() ? std::string_view{code_.data(), 2} : std::string_view{};
    }
    /// ISO 3166-1 alpha-3 ("KAZ"), numeric (398) and English short name; empty/0 if not ok().
    [[nodiscard]] constexpr std::string_view alpha3() const noexcept { return ok() ? codes::iso3166[index()].alpha3 : ""; }
    [[nodiscard]] constexpr std::uint16_t numeric() const noexcept { return ok() ? codes::iso3166[index()].numeric : 0; }
    [[nodiscard]] constexpr std::string_view name() const noexcept { return ok() ? codes::iso3166[index()].name : ""; }

    friend constexpr bool operator==(const country&, const country&) noexcept = default;

private:
    [[nodiscard]] constexpr std::size_t index() const noexcept {
        return detail::table_index<&codes::iso3166_entry::alpha2>(codes::iso3166, alpha2());
    }
    std::array<char, 2> code_{};
};

}  // namespace bilateral
