// SPDX-License-Identifier: BSL-1.0
/// What every chart is drawn with: escaped text, short numbers, scales with readable ticks (for
/// values and for each kind of period), and a palette that stays apart for colour-blind readers
/// and in grey.
#pragma once
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/panel/period.hpp>

namespace bilateral::report {

/// `text` with `&`, `<`, `>`, `"` and `'` as entities: safe in XML and HTML text and in quoted
/// attribute values.
[[nodiscard]] std::string escaped(std::string_view text);

/// A number as SVG and the data tables write it: at most `decimals` digits after the point, no
/// trailing zeros, no "-0".
[[nodiscard]] std::string short_number(double value, int decimals = 2);

/// How one series looks: a colour of the Okabe–Ito palette (told apart by readers with any of the
/// common colour-vision deficiencies), and a dash pattern, a marker and a fill pattern so that
/// series stay apart when printed in grey.
struct series_style {
    std::string_view colour;
    std::string_view dash;     ///< stroke-dasharray; "" for solid
    std::string_view marker;   ///< circle, square, triangle, diamond
    std::string_view hatch;    ///< fill pattern of a bar: none, lines, dots, cross
};

/// The styles of series 0, 1, 2, 3 (then again from 0).
[[nodiscard]] constexpr series_style style_of(std::size_t series) noexcept;

/// The colour of the quad classes 1–4 (verbal cooperation, material cooperation, verbal conflict,
/// material conflict): blues for cooperation, oranges for conflict, light for verbal and dark
/// for material; with `style_of(i).hatch` patterns for grey.
[[nodiscard]] constexpr series_style quad_style(std::size_t quad) noexcept;

/// A linear map from a domain of values to a range of pixels.
struct linear_scale {
    double domain_low = 0, domain_high = 1;
    double range_low = 0, range_high = 1;
    [[nodiscard]] constexpr double operator()(double v) const noexcept {
        const double span = domain_high - domain_low;
        return span == 0 ? (range_low + range_high) / 2 : range_low + (v - domain_low) / span * (range_high - range_low);
    }
};

/// Round tick values (1, 2 or 5 times a power of ten apart) covering [low, high], at most about
/// `count` of them; the first and last enclose the data, so that they can be a chart's domain.
[[nodiscard]] std::vector<double> nice_ticks(double low, double high, int count = 5);

/// The periods from `first` to `last` to label on a time axis: at most `count` (at least one),
/// evenly spaced at a step natural to the kind (7 days, 3 or 12 months, 4 quarters, 5 years, …)
/// and aligned to it (months at quarters or Januaries, quarters at Q1), so that axes of the
/// same kind line up.
[[nodiscard]] std::vector<panel::calendar_period> period_ticks(panel::calendar_period first, panel::calendar_period last,
                                                               int count = 8);

/// The label of a tick: the period's text, or its year alone for months and quarters ticked a year
/// or more apart.
[[nodiscard]] std::string tick_label(panel::calendar_period p, std::int32_t step);

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::string escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

inline std::string short_number(double value, int decimals) {
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (ec != std::errc{}) return "0";
    std::string out{buffer, end};
    if (out.find('.') != std::string::npos) {
        while (out.back() == '0') out.pop_back();
        if (out.back() == '.') out.pop_back();
    }
    if (out == "-0") out = "0";
    return out;
}

constexpr series_style style_of(std::size_t series) noexcept {
    constexpr std::array<series_style, 4> styles{{
        {"#0072B2", "", "circle", "none"},         // blue
        {"#D55E00", "6 3", "square", "lines"},     // vermillion
        {"#009E73", "2 3", "triangle", "dots"},    // bluish green
        {"#CC79A7", "8 3 2 3", "diamond", "cross"}, // reddish purple
    }};
    return styles[series % styles.size()];
}

constexpr series_style quad_style(std::size_t quad) noexcept {
    constexpr std::array<std::string_view, 5> colours{"#999999", "#56B4E9", "#0072B2", "#E69F00", "#D55E00"};
    constexpr std::array<std::string_view, 5> hatches{"none", "none", "lines", "dots", "cross"};
    const std::size_t q = quad < colours.size() ? quad : 0;
    return {colours[q], "", "square", hatches[q]};
}

inline std::vector<double> nice_ticks(double low, double high, int count) {
    if (!(low <= high) || !std::isfinite(low) || !std::isfinite(high)) return {0, 1};
    if (low == high) {
        const double pad = low == 0 ? 1 : std::abs(low) / 2;
        low -= pad;
        high += pad;
    }
    const double rough = (high - low) / std::max(count - 1, 1);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * power;
        if (step >= rough) break;
    }
    std::vector<double> ticks;
    const double first = std::floor(low / step + 1e-9), last = std::ceil(high / step - 1e-9);
    for (double k = first; k <= last; ++k) ticks.push_back(k * step == 0 ? 0.0 : k * step);
    return ticks;
}

}  // namespace bilateral::report

namespace bilateral::detail::report {

namespace panel = bilateral::panel;  // not detail::panel

/// The steps, in periods, that ticks of each kind may be apart.
[[nodiscard]] inline std::vector<std::int32_t> tick_steps(panel::period_kind kind) {
    switch (kind) {
        case panel::period_kind::day: return {1, 2, 7, 14, 28, 91, 182, 364, 728, 1820};
        case panel::period_kind::week: return {1, 2, 4, 13, 26, 52, 104, 260, 520};
        case panel::period_kind::month: return {1, 2, 3, 6, 12, 24, 60, 120, 240, 600};
        case panel::period_kind::quarter: return {1, 2, 4, 8, 20, 40, 80, 200};
        case panel::period_kind::year: break;
    }
    return {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
}

/// Ticks at Januaries, a year or more apart (days and weeks do not align to years: they keep
/// their full label).
[[nodiscard]] constexpr bool yearly(panel::period_kind kind, std::int32_t step) noexcept {
    return (kind == panel::period_kind::month && step >= 12) || (kind == panel::period_kind::quarter && step >= 4);
}

[[nodiscard]] constexpr std::int32_t floor_mod(std::int32_t a, std::int32_t b) noexcept {
    return a - detail::panel::floor_div(a, b) * b;
}

}  // namespace bilateral::detail::report

namespace bilateral::report {

inline std::vector<panel::calendar_period> period_ticks(panel::calendar_period first, panel::calendar_period last,
                                                        int count) {
    using detail::report::floor_mod;
    if (last < first) std::swap(first, last);
    const std::vector<std::int32_t> steps = detail::report::tick_steps(first.kind);
    std::vector<panel::calendar_period> ticks;
    for (const std::int32_t step : steps) {
        ticks.clear();
        const std::int32_t start = first.index + (step - floor_mod(first.index, step)) % step;
        for (std::int32_t i = start; i <= last.index; i += step) ticks.push_back({first.kind, i});
        if (static_cast<int>(ticks.size()) <= std::max(count, 1)) break;
    }
    if (ticks.empty()) ticks.push_back(first);  // a range shorter than the step: label its start
    return ticks;
}

inline std::string tick_label(panel::calendar_period p, std::int32_t step) {
    if (detail::report::yearly(p.kind, step))
        return std::to_string(first_day(p).year());
    return p.text();
}

}  // namespace bilateral::report
