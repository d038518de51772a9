// SPDX-License-Identifier: BSL-1.0
/// A figure as a source reports it: exact money, the qualifier ("exceeded", "about") and the scale.
#pragma once
#include <cstdint>
#include <string_view>

#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/money.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// How the source qualifies a figure: "exceeded $41 billion" is not "$41 billion".
enum class amount_qualifier : std::uint8_t {
    exact,        ///< no qualifier: "worth $14.5 billion"
    about,        ///< "about", "around", "some"
    more_than,    ///< "more than", "over", "exceeded"
    at_least,
    up_to,
    less_than,
};

/// The unit the source wrote the figure in ("$24 billion": billion).
enum class amount_scale : std::uint8_t { one, thousand, million, billion, trillion };

/// 1000^k for the k-th scale (1 for one, 10^9 for billion); 0 for a value outside the enum.
[[nodiscard]] constexpr std::int64_t scale_factor(amount_scale s) noexcept {
    const int steps = static_cast<int>(s);
    if (steps > static_cast<int>(amount_scale::trillion)) return 0;
    std::int64_t f = 1;
    for (int i = 0; i < steps; ++i) f *= 1000;
    return f;
}

/// An amount of money as reported.
struct reported_amount {
    any_money value{};               ///< the number the source gives, exact
    amount_qualifier qualifier{};
    amount_scale scale{};
    std::string_view as_reported{};  ///< the figure's words in the source ("exceeded the record of $41 billion")
    friend constexpr bool operator==(const reported_amount&, const reported_amount&) = default;
};

template <>
inline constexpr auto enum_names<amount_qualifier> = std::array{
    enum_name<amount_qualifier>{amount_qualifier::exact, "exact"},
    enum_name<amount_qualifier>{amount_qualifier::about, "about"},
    enum_name<amount_qualifier>{amount_qualifier::more_than, "more_than"},
    enum_name<amount_qualifier>{amount_qualifier::at_least, "at_least"},
    enum_name<amount_qualifier>{amount_qualifier::up_to, "up_to"},
    enum_name<amount_qualifier>{amount_qualifier::less_than, "less_than"},
};

template <>
inline constexpr auto enum_names<amount_scale> = std::array{
    enum_name<amount_scale>{amount_scale::one, "one"},
    enum_name<amount_scale>{amount_scale::thousand, "thousand"},
    enum_name<amount_scale>{amount_scale::million, "million"},
    enum_name<amount_scale>{amount_scale::billion, "billion"},
    enum_name<amount_scale>{amount_scale::trillion, "trillion"},
};

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::reported_amount, value, qualifier, scale, as_reported);
