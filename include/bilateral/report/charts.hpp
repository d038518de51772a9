// SPDX-License-Identifier: BSL-1.0
/// Charts of periods as inline SVG: lines (with a zero line, gaps where a value does not exist)
/// and stacked bars, full size or small enough to compare many side by side. Each chart has a
/// title and a description for screen readers, a legend, and a white background.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <bilateral/panel/period.hpp>
#include <bilateral/report/svg.hpp>

namespace bilateral::report {

/// Consecutive periods from `first` to `last`: the x axis of a chart.
struct time_axis {
    panel::calendar_period first{};
    panel::calendar_period last{};
    [[nodiscard]] constexpr std::size_t size() const noexcept {
        return last < first ? 0 : static_cast<std::size_t>(last.index - first.index) + 1;
    }
};

/// One named series: a value per period of the axis (`values[i]` is period `first.index + i`),
/// nullopt where it does not exist (the mean of no events: a gap, not a zero).
struct series {
    std::string name{};
    std::vector<std::optional<double>> values{};
};

/// What a chart is and how big.
struct chart {
    std::string id{};           ///< unique in the page; the ids of the chart's parts start with it
    std::string title{};        ///< what it shows, in a few words (the SVG's <title>)
    std::string description{};  ///< what it shows, in a sentence, for screen readers (<desc>)
    int width = 640;
    int height = 220;
    bool compact = false;      ///< a small multiple: three ticks a side, no legend
    /// A fixed value range (so that small multiples share a scale); nullopt: round ticks around
    /// the data (and 0).
    std::optional<std::pair<double, double>> y_domain{};
};

/// The longest axis on which a line chart marks every value.
inline constexpr std::size_t every_marker_up_to = 100;

/// Where the data is drawn inside a chart's box.
struct plot_area {
    double left = 0, top = 0, width = 0, height = 0;
};

/// The plot area of `c`: its box less the room of the axes and the legend.
[[nodiscard]] plot_area plot_of(const chart& c) noexcept;

/// The x of the middle of period `i` of `axis` (bars centre on it, line points sit on it).
[[nodiscard]] double x_of(const chart& c, const time_axis& axis, std::size_t i) noexcept;

/// A line per series, with a marker at every value (on axes of more than `every_marker_up_to`
/// periods, only at a value between two gaps, which a line alone would not show), a gap where a
/// value does not exist, and a darker line at zero.
[[nodiscard]] std::string line_chart(const chart& c, const time_axis& axis, std::span<const series> lines);

/// A bar per period, the series stacked from the axis up in order (use values ≥ 0).
[[nodiscard]] std::string stacked_bars(const chart& c, const time_axis& axis, std::span<const series> parts,
                                       std::span<const series_style> styles);

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::report

namespace bilateral::detail::report {

namespace panel = bilateral::panel;  // not detail::panel

using namespace bilateral::report;

/// The value range of the y axis and its ticks: the chart's fixed domain, or round ticks around
/// `low`..`high` and 0.
struct y_axis {
    std::vector<double> ticks;
    linear_scale scale;
};

inline y_axis y_axis_of(const chart& c, double low, double high) {
    const plot_area p = plot_of(c);
    std::vector<double> ticks;
    double domain_low = 0, domain_high = 0;
    if (c.y_domain) {
        domain_low = c.y_domain->first;
        domain_high = c.y_domain->second;
        ticks = nice_ticks(domain_low, domain_high, c.compact ? 3 : 5);
        std::erase_if(ticks, [&](double t) { return t < domain_low || t > domain_high; });
    } else {
        ticks = nice_ticks(std::min(low, 0.0), std::max(high, 0.0), c.compact ? 3 : 5);
        domain_low = ticks.front();
        domain_high = ticks.back();
    }
    return {ticks, {domain_low, domain_high, p.top + p.height, p.top}};
}

inline std::string attr(std::string_view name, double value) {
    return " " + std::string{name} + "=\"" + short_number(value, 1) + '"';
}

inline std::string svg_open(const chart& c) {
    const std::string id = escaped(c.id);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"" + id + "\" width=\"" +
           std::to_string(c.width) + "\" height=\"" + std::to_string(c.height) + "\" viewBox=\"0 0 " +
           std::to_string(c.width) + ' ' + std::to_string(c.height) + "\" role=\"img\" aria-labelledby=\"" + id +
           "-title " + id + "-desc\" font-family=\"sans-serif\" font-size=\"11\">\n<title id=\"" + id + "-title\">" +
           escaped(c.title) + "</title>\n<desc id=\"" + id + "-desc\">" + escaped(c.description) +
           "</desc>\n<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
}

/// Horizontal grid lines with their values on the left, and the period ticks below.
inline std::string axes(const chart& c, const time_axis& axis, const y_axis& y) {
    const plot_area p = plot_of(c);
    std::string out = "<g class=\"axes\" fill=\"#333333\">\n";
    for (const double t : y.ticks) {
        const double at = y.scale(t);
        out += "<line" + attr("x1", p.left) + attr("x2", p.left + p.width) + attr("y1", at) + attr("y2", at) +
               " stroke=\"" + (t == 0 ? "#333333" : "#dddddd") + "\"" + (t == 0 ? " class=\"zero\"" : "") + "/>\n";
        out += "<text" + attr("x", p.left - 4) + attr("y", at + 4) + " text-anchor=\"end\">" + short_number(t) + "</text>\n";
    }
    const std::vector<panel::calendar_period> ticks = period_ticks(axis.first, axis.last, c.compact ? 3 : 7);
    const std::int32_t step = ticks.size() > 1 ? ticks[1].index - ticks[0].index : 1;
    const double bottom = p.top + p.height;
    out += "<line" + attr("x1", p.left) + attr("x2", p.left + p.width) + attr("y1", bottom) + attr("y2", bottom) +
           " stroke=\"#333333\"/>\n";
    for (const panel::calendar_period& t : ticks) {
        const double at = x_of(c, axis, static_cast<std::size_t>(t.index - axis.first.index));
        out += "<line" + attr("x1", at) + attr("x2", at) + attr("y1", bottom) + attr("y2", bottom + 4) +
               " stroke=\"#333333\"/>\n";
        out += "<text" + attr("x", at) + attr("y", bottom + 15) + " text-anchor=\"middle\">" +
               escaped(tick_label(t, step)) + "</text>\n";
    }
    return out + "</g>\n";
}

/// A marker of the series' shape centred on (x, y).
inline std::string marker(const series_style& s, double x, double y) {
    const std::string fill = " fill=\"" + std::string{s.colour} + "\"/>";
    if (s.marker == "circle") return "<circle" + attr("cx", x) + attr("cy", y) + " r=\"3\"" + fill;
    if (s.marker == "square") return "<rect" + attr("x", x - 3) + attr("y", y - 3) + " width=\"6\" height=\"6\"" + fill;
    const std::string d = s.marker == "triangle"
                              ? "M" + short_number(x, 1) + ',' + short_number(y - 4, 1) + "l4,7h-8z"
                              : "M" + short_number(x, 1) + ',' + short_number(y - 4, 1) + "l4,4l-4,4l-4,-4z";
    return "<path d=\"" + d + '"' + fill;
}

/// The pattern a bar of style `s` is filled with, defined once per chart.
inline std::string pattern(const std::string& id, const series_style& s) {
    std::string out = "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
                      "<rect width=\"6\" height=\"6\" fill=\"" + std::string{s.colour} + "\"/>";
    if (s.hatch == "lines") out += "<path d=\"M0,6L6,0\" stroke=\"#ffffff\" stroke-width=\"1.2\"/>";
    if (s.hatch == "dots") out += "<circle cx=\"3\" cy=\"3\" r=\"1.1\" fill=\"#ffffff\"/>";
    if (s.hatch == "cross") out += "<path d=\"M0,0L6,6M0,6L6,0\" stroke=\"#ffffff\" stroke-width=\"0.9\"/>";
    return out + "</pattern>\n";
}

/// The legend: a swatch and the name of every series, in a row above the plot.
template <class Swatch>
std::string legend(const chart& c, std::span<const series> all, Swatch swatch) {
    if (c.compact) return {};
    std::string out = "<g class=\"legend\" fill=\"#333333\">\n";
    double x = plot_of(c).left;
    for (std::size_t i = 0; i < all.size(); ++i) {
        out += swatch(i, x, 10.0);
        out += "<text" + attr("x", x + 22) + attr("y", 14) + ">" + escaped(all[i].name) + "</text>\n";
        x += 30 + 6.5 * static_cast<double>(all[i].name.size());
    }
    return out + "</g>\n";
}

}  // namespace bilateral::detail::report

namespace bilateral::report {

inline plot_area plot_of(const chart& c) noexcept {
    const double left = c.compact ? 30 : 48, right = 12, top = c.compact ? 6 : 26, bottom = c.compact ? 18 : 24;
    return {left, top, std::max(1.0, c.width - left - right), std::max(1.0, c.height - top - bottom)};
}

inline double x_of(const chart& c, const time_axis& axis, std::size_t i) noexcept {
    const plot_area p = plot_of(c);
    const double n = static_cast<double>(std::max<std::size_t>(axis.size(), 1));
    return p.left + (static_cast<double>(i) + 0.5) * p.width / n;
}

inline std::string line_chart(const chart& c, const time_axis& axis, std::span<const series> lines) {
    using namespace bilateral::detail::report;
    double low = 0, high = 0;
    for (const series& s : lines)
        for (const std::optional<double>& v : s.values)
            if (v) {
                low = std::min(low, *v);
                high = std::max(high, *v);
            }
    const y_axis y = y_axis_of(c, low, high);
    std::string out = svg_open(c) + axes(c, axis, y);
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const series_style st = style_of(k);
        std::string path, markers;
        bool pen_down = false;
        const std::vector<std::optional<double>>& values = lines[k].values;
        const std::size_t n = std::min(values.size(), axis.size());
        for (std::size_t i = 0; i < n; ++i) {
            if (!values[i]) {
                pen_down = false;  // a gap: the next value starts a new stretch
                continue;
            }
            const double px = x_of(c, axis, i), py = y.scale(*values[i]);
            path += (pen_down ? "L" : "M") + short_number(px, 1) + ',' + short_number(py, 1);
            pen_down = true;
            // A marker at every value while they are far enough apart to be seen; on a long axis
            // only at a lone value, which no line would show.
            const bool lone = (i == 0 || !values[i - 1]) && (i + 1 >= n || !values[i + 1]);
            if (n <= every_marker_up_to || lone) markers += marker(st, px, py) + '\n';
        }
        out += "<g class=\"series\" data-series=\"" + escaped(lines[k].name) + "\">\n";
        if (!path.empty())
            out += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + std::string{st.colour} +
                   "\" stroke-width=\"2\"" + (st.dash.empty() ? "" : " stroke-dasharray=\"" + std::string{st.dash} + '"') +
                   "/>\n";
        out += markers + "</g>\n";
    }
    out += legend(c, lines, [](std::size_t k, double x, double at) {
        const series_style st = style_of(k);
        return "<line" + attr("x1", x) + attr("x2", x + 18) + attr("y1", at) + attr("y2", at) + " stroke=\"" +
               std::string{st.colour} + "\" stroke-width=\"2\"" +
               (st.dash.empty() ? "" : " stroke-dasharray=\"" + std::string{st.dash} + '"') + "/>" +
               marker(st, x + 9, at) + '\n';
    });
    return out + "</svg>\n";
}

inline std::string stacked_bars(const chart& c, const time_axis& axis, std::span<const series> parts,
                                std::span<const series_style> styles) {
    using namespace bilateral::detail::report;
    const auto style = [&](std::size_t k) { return k < styles.size() ? styles[k] : style_of(k); };
    double high = 0;
    for (std::size_t i = 0; i < axis.size(); ++i) {
        double total = 0;
        for (const series& s : parts)
            if (i < s.values.size() && s.values[i]) total += *s.values[i];
        high = std::max(high, total);
    }
    const y_axis y = y_axis_of(c, 0, high);
    std::string out = svg_open(c) + "<defs>\n";
    for (std::size_t k = 0; k < parts.size(); ++k) out += pattern(c.id + "-fill" + std::to_string(k), style(k));
    out += "</defs>\n" + axes(c, axis, y);
    const double slot = plot_of(c).width / static_cast<double>(std::max<std::size_t>(axis.size(), 1));
    const double bar = std::clamp(slot * 0.8, 1.0, 40.0);  // a lone period is a bar, not a block
    for (std::size_t k = 0; k < parts.size(); ++k) {
        out += "<g class=\"series\" data-series=\"" + escaped(parts[k].name) + "\" fill=\"url(#" + escaped(c.id) +
               "-fill" + std::to_string(k) + ")\">\n";
        for (std::size_t i = 0; i < parts[k].values.size() && i < axis.size(); ++i) {
            if (!parts[k].values[i] || *parts[k].values[i] <= 0) continue;
            double below = 0;
            for (std::size_t j = 0; j < k; ++j)
                if (i < parts[j].values.size() && parts[j].values[i]) below += *parts[j].values[i];
            const double top = y.scale(below + *parts[k].values[i]), base = y.scale(below);
            out += "<rect" + attr("x", x_of(c, axis, i) - bar / 2) + attr("y", top) + attr("width", bar) +
                   attr("height", base - top) + "/>\n";
        }
        out += "</g>\n";
    }
    out += legend(c, parts, [&](std::size_t k, double x, double at) {
        return "<rect" + attr("x", x) + attr("y", at - 6) + " width=\"18\" height=\"12\" fill=\"url(#" + escaped(c.id) +
               "-fill" + std::to_string(k) + ")\" stroke=\"#333333\" stroke-width=\"0.5\"/>\n";
    });
    return out + "</svg>\n";
}

}  // namespace bilateral::report
