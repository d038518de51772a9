// SPDX-License-Identifier: BSL-1.0
/// The text form of the library's value types ("2024-07-03", "KZ", "USD 14.5 billion"): one
/// place that printing, the briefing and JSON agree on.
#pragma once
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include <bilateral/core/country.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/money.hpp>
#include <bilateral/core/reported_amount.hpp>
#include <bilateral/core/value_traits.hpp>

namespace bilateral {

// The text form of one value (`text_of`, `is_given`) is `value_traits<T>` (core/value_traits.hpp).

/// `v` in the fewest digits that read back as exactly `v` ("0.1", "1e+300", "-0.0"), with ".0"
/// added to a whole number ("5.0", so that it reads as a floating-point number and never as an
/// integer too large for 64 bits); empty for NaN and the infinities, which JSON has no number for.
[[nodiscard]] inline std::string double_text(double v) {
    if (!std::isfinite(v)) return {};
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    std::string out{digits, end};
    if (out.find_first_of(".eE") == std::string::npos) out += ".0";
    return out;
}

/// A value in tenths as exact decimal text: -20 → "-2.0".
[[nodiscard]] inline std::string tenths_text(std::int16_t tenths) {
    const int v = tenths;
    const int magnitude = v < 0 ? -v : v;
    // Appended piece by piece: g++ 12 at -O3 warns falsely (-Wrestrict) on `"-" + std::string`.
    std::string out = v < 0 ? "-" : "";
    out += std::to_string(magnitude / 10);
    out += '.';
    out += std::to_string(magnitude % 10);
    return out;
}

/// The amount in the scale it was reported in: "USD 41 billion", "USD 14.5 billion", "USD -0.5
/// billion"; at scale one the exact decimal, "USD 1250.00". At most three decimals of the scale
/// are shown (validation reports figures with more).
[[nodiscard]] inline std::string scaled_text(const any_money& value, amount_scale scale) {
    const std::string code{value.unit().code()};
    if (scale == amount_scale::one || scale_factor(scale) == 0)
        return code + " " + std::string{value.decimal().view()};
    std::int64_t per_unit = 1;
    for (int i = 0; i < value.unit().minor_digits(); ++i) per_unit *= 10;
    const std::int64_t divisor = per_unit * scale_factor(scale);
    const std::int64_t minor = value.minor_units();
    // Magnitude in unsigned arithmetic, so the sign is written once whatever the whole part is.
    const auto magnitude = minor < 0 ? 0ULL - static_cast<unsigned long long>(minor) : static_cast<unsigned long long>(minor);
    const auto udivisor = static_cast<unsigned long long>(divisor);
    const unsigned long long whole = magnitude / udivisor;
    const unsigned long long thousandths = magnitude % udivisor * 1000 / udivisor;
    std::string out = code + " " + (minor < 0 ? "-" : "") + std::to_string(whole);
    if (thousandths != 0) {
        std::string frac = std::to_string(thousandths);
        frac.insert(0, 3 - frac.size(), '0');
        while (frac.back() == '0') frac.pop_back();
        out += "." + frac;
    }
    return out + " " + std::string{to_string(scale)};
}

/// "more than USD 41 billion".
[[nodiscard]] inline std::string amount_text(const reported_amount& a) {
    std::string qualifier{to_string(a.qualifier)};
    for (char& c : qualifier)
        if (c == '_') c = ' ';
    const std::string value = scaled_text(a.value, a.scale);
    return a.qualifier == amount_qualifier::exact ? value : qualifier + " " + value;
}

/// An enum's name for people: "verbal_cooperation" → "verbal cooperation".
template <named_enum E>
[[nodiscard]] std::string words_of(E e) {
    std::string s{to_string(e)};
    for (char& c : s)
        if (c == '_') c = ' ';
    return s;
}

}  // namespace bilateral
