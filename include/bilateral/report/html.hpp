// SPDX-License-Identifier: BSL-1.0
/// A panel as one self-contained HTML page: the dyads ranked, small multiples on a shared time
/// axis, a section per dyad (Goldstein, net cooperation, quad classes, reports, top event codes),
/// and the quality of the data read. Every chart has its numbers in a table, written as the
/// panel's CSV writes them.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/codes/cameo_events.hpp>
#include <bilateral/core/country.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/panel/accumulator.hpp>
#include <bilateral/panel/measures.hpp>
#include <bilateral/panel/write.hpp>
#include <bilateral/report/charts.hpp>
#include <bilateral/report/code_counts.hpp>
#include <bilateral/report/page.hpp>

namespace bilateral::report {

/// One input read: its name, the rows taken from it and the lines skipped as bad.
struct input_read {
    std::string name{};
    std::uint64_t rows = 0;
    std::uint64_t skipped = 0;
};

/// What was read, and what could not be.
struct data_quality {
    std::vector<input_read> inputs{};
    /// Problems by kind (the column and what it must hold: "SQLDATE: a date as YYYYMMDD").
    std::map<std::string, std::uint64_t> problems{};
};

/// What the page shows.
struct report_options {
    std::string title = "Relations over time";
    std::size_t dyads = 40;  ///< dyads with a section and a small multiple (the most events first)
    std::size_t codes = 5;   ///< event codes listed per dyad
};

/// The columns of a dyad's table: the panel's CSV columns that its charts draw.
[[nodiscard]] std::vector<std::string> chart_columns(const panel::options& o);

/// Writes the page. `rows` are a panel's rows, by dyad then period (as `accumulator::rows` gives
/// them); `codes` the events by code of the same run.
void write_report(std::ostream& os, std::span<const panel::row> rows, const panel::summary& summary,
                  const panel::options& o, const code_counts& codes, const data_quality& quality,
                  const report_options& ro = {});

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::report

namespace bilateral::detail::report {

namespace panel = bilateral::panel;  // not detail::panel

using namespace bilateral::report;

/// A dyad's rows and their sum.
struct dyad_rows {
    panel::dyad dyad;
    std::span<const panel::row> rows;
    panel::cell total;
};

[[nodiscard]] inline std::vector<dyad_rows> by_events(std::span<const panel::row> rows) {
    std::vector<dyad_rows> out;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        panel::cell total;
        while (j < rows.size() && rows[j].dyad == rows[i].dyad) total.merge(rows[j++].cell);
        out.push_back({rows[i].dyad, rows.subspan(i, j - i), total});
        i = j;
    }
    std::stable_sort(out.begin(), out.end(), [](const dyad_rows& a, const dyad_rows& b) { return a.total.events > b.total.events; });
    return out;
}

/// The measure `name` (weighted or not) of a cell, as the panel's CSV writes it.
[[nodiscard]] inline panel::measure_value value_of(const panel::cell& c, std::string_view name, bool weighted) {
    for (const panel::measure& m : panel::measures())
        if (m.name == name && m.weighted == weighted) return m.of(c);
    return {};
}

[[nodiscard]] inline std::optional<double> number_of(const panel::measure_value& v) {
    switch (v.kind) {
        case panel::measure_value::type::count: return static_cast<double>(v.number);
        case panel::measure_value::type::tenths: return static_cast<double>(v.number) / 10;
        case panel::measure_value::type::ratio: return v.ratio;
        case panel::measure_value::type::missing: break;
    }
    return std::nullopt;
}

/// A series of one measure over the axis: counts are 0 in periods without a row (no events),
/// means are missing there.
[[nodiscard]] inline series series_of(std::string name, const dyad_rows& d, const time_axis& axis,
                                      std::string_view measure, bool weighted = false) {
    series s{std::move(name), std::vector<std::optional<double>>(axis.size())};
    const std::optional<double> empty = number_of(value_of(panel::cell{}, measure, weighted));
    for (std::optional<double>& v : s.values) v = empty;
    for (const panel::row& r : d.rows)
        s.values[static_cast<std::size_t>(r.period.index - axis.first.index)] = number_of(value_of(r.cell, measure, weighted));
    return s;
}

/// "lowest -3.2 (2019-05), highest 4.1 (2019-02), 3 periods without a value": the sentence a
/// screen reader says of a series.
[[nodiscard]] inline std::string sketch(const series& s, const time_axis& axis) {
    std::optional<std::size_t> low, high;
    std::size_t missing = 0;
    for (std::size_t i = 0; i < s.values.size(); ++i) {
        if (!s.values[i]) {
            ++missing;
            continue;
        }
        if (!low || *s.values[i] < *s.values[*low]) low = i;
        if (!high || *s.values[i] > *s.values[*high]) high = i;
    }
    if (!low) return s.name + ": no value";
    const auto period = [&](std::size_t i) { return panel::calendar_period{axis.first.kind, axis.first.index + static_cast<std::int32_t>(i)}.text(); };
    std::string out = s.name + ": lowest " + short_number(*s.values[*low]) + " (" + period(*low) + "), highest " +
                      short_number(*s.values[*high]) + " (" + period(*high) + ")";
    if (missing != 0) out += ", " + std::to_string(missing) + " periods without a value";
    return out;
}

[[nodiscard]] inline std::string dyad_title(const panel::dyad& d) {
    const auto name = [](const std::array<char, 3>& code) {
        const country c = country::from_alpha3(std::string_view{code.data(), 3});
        return c.ok() ? std::string{c.name()} : std::string{code.data(), 3};
    };
    return d.text() + ": " + name(d.first) + " – " + name(d.second);
}

[[nodiscard]] inline std::string anchor(const panel::dyad& d) { return "dyad-" + d.text(); }

[[nodiscard]] inline std::string share_text(const panel::cell& c, std::string_view measure) {
    return value_text(value_of(c, measure, false));
}

inline void figure(std::ostream& os, const std::string& svg, std::string_view caption) {
    os << "<figure>\n" << svg << "<figcaption>" << escaped(caption) << "</figcaption>\n</figure>\n";
}

inline void write_overview(std::ostream& os, std::span<const dyad_rows> dyads, const time_axis& axis, const panel::options& o,
                           const report_options& ro) {
    const std::string weight{to_string(o.weight)};
    os << "<section id=\"overview\">\n<h2>Overview</h2>\n";
    table ranked{.caption = "Dyads ranked by events", .header = {"rank", "dyad", "events"}, .text_columns = 2};
    ranked.class_name = "ranking";
    if (o.weight != panel::weight_by::none) ranked.header.push_back(weight);
    for (const char* m : {"goldstein_mean", "net_cooperation"}) ranked.header.emplace_back(m);
    ranked.header.emplace_back("periods");
    for (std::size_t i = 0; i < dyads.size(); ++i) {
        const dyad_rows& d = dyads[i];
        std::vector<std::string> row{std::to_string(i + 1), d.dyad.text(), std::to_string(d.total.events)};
        if (o.weight != panel::weight_by::none) row.push_back(std::to_string(d.total.weight));
        const std::optional<double> mean = number_of(value_of(d.total, "goldstein_mean", false));
        row.push_back(mean ? short_number(*mean) : "");
        row.push_back(share_text(d.total, "net_cooperation"));
        row.push_back(std::to_string(d.rows.size()));
        ranked.rows.push_back(std::move(row));
    }
    const std::size_t shown = std::min(dyads.size(), ro.dyads);
    os << "<p>" << dyads.size() << (dyads.size() == 1 ? " dyad" : " dyads") << ". Each small chart is one dyad's mean Goldstein value per "
       << to_string(o.by) << " on the same time axis and the same scale (−10 to +10), the line at 0 "
       << "dividing cooperation from conflict; the " << shown << " with the most events are drawn.</p>\n"
       << "<div class=\"multiples\">\n";
    for (std::size_t i = 0; i < shown; ++i) {
        const dyad_rows& d = dyads[i];
        const series goldstein = series_of("mean Goldstein", d, axis, "goldstein_mean");
        const chart c{.id = "small-" + d.dyad.text(),
                      .title = d.dyad.text() + ": mean Goldstein value per " + std::string{to_string(o.by)},
                      .description = dyad_title(d.dyad) + ", " + std::to_string(d.total.events) + " events; " + sketch(goldstein, axis),
                      .width = 260, .height = 90, .compact = true, .y_domain = std::pair{-10.0, 10.0}};
        os << "<figure>\n" << line_chart(c, axis, std::span{&goldstein, 1}) << "<figcaption><a href=\"#" << anchor(d.dyad)
           << "\">" << escaped(d.dyad.text()) << "</a> · " << d.total.events << " events</figcaption>\n</figure>\n";
    }
    // The whole ranking can be hundreds of lines: folded, so that the dyads' charts come next.
    os << "</div>\n<details>\n<summary>All " << dyads.size() << " dyads ranked by events</summary>\n";
    write_table(os, ranked);
    os << "</details>\n</section>\n";
}

inline void write_dyad(std::ostream& os, const dyad_rows& d, const time_axis& axis, const panel::options& o,
                       const code_counts& codes, const report_options& ro) {
    const std::string dyad = d.dyad.text(), by{to_string(o.by)}, weight{to_string(o.weight)};
    os << "<section class=\"dyad\" id=\"" << anchor(d.dyad) << "\">\n<h2>" << escaped(dyad_title(d.dyad)) << "</h2>\n<p>"
       << d.total.events << " events";
    if (o.weight != panel::weight_by::none) os << ", " << d.total.weight << " reports (" << weight << ")";
    const std::optional<double> mean = number_of(value_of(d.total, "goldstein_mean", false));
    os << "; mean Goldstein value " << (mean ? short_number(*mean) : std::string{"none"}) << ", net cooperation "
       << escaped(share_text(d.total, "net_cooperation")) << ".</p>\n";

    const series goldstein = series_of("mean Goldstein", d, axis, "goldstein_mean");
    figure(os, line_chart({.id = dyad + "-goldstein", .title = dyad + ": mean Goldstein value per " + by,
                           .description = "Line chart. " + sketch(goldstein, axis) + ". Above 0: cooperation; below: conflict.",
                           .y_domain = std::pair{-10.0, 10.0}},
                          axis, std::span{&goldstein, 1}),
           "Mean Goldstein value (−10 conflict to +10 cooperation), per " + by + "; gaps where no event has a value.");

    const series net = series_of("net cooperation", d, axis, "net_cooperation");
    figure(os, line_chart({.id = dyad + "-net", .title = dyad + ": net cooperation per " + by,
                           .description = "Line chart. " + sketch(net, axis) + "."},
                          axis, std::span{&net, 1}),
           "Net cooperation: cooperation events less conflict events, per " + by + '.');

    const std::array<const char*, 4> quads{"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"};
    std::vector<series> parts;
    std::vector<series_style> styles;
    std::string quad_sketch = "Stacked bars of events by quad class. ";
    for (std::size_t q = 0; q < quads.size(); ++q) {
        parts.push_back(series_of(std::string{quads[q]}, d, axis, quads[q]));
        styles.push_back(quad_style(q + 1));
        quad_sketch += sketch(parts.back(), axis) + (q + 1 < quads.size() ? "; " : ".");
    }
    for (series& s : parts) std::replace(s.name.begin(), s.name.end(), '_', ' ');
    figure(os, stacked_bars({.id = dyad + "-quads", .title = dyad + ": events by quad class per " + by, .description = quad_sketch},
                            axis, parts, styles),
           "Events per " + by + " by quad class (CAMEO): verbal and material cooperation, verbal and material conflict.");

    std::vector<std::string> columns = chart_columns(o);
    if (o.weight != panel::weight_by::none) {
        std::vector<series> counts{series_of("events", d, axis, "events"), series_of(weight, d, axis, "", true)};
        figure(os, line_chart({.id = dyad + "-reports", .title = dyad + ": events and " + weight + " per " + by,
                               .description = "Line chart. " + sketch(counts[0], axis) + "; " + sketch(counts[1], axis) + "."},
                              axis, counts),
               "Events, and the reports of them (" + weight + "), per " + by + '.');
    }

    table top{.caption = "Most frequent events", .header = {"CAMEO code", "event", "events"}, .text_columns = 2};
    top.class_name = "codes";
    for (const code_count& c : codes.top(d.dyad, ro.codes)) {
        const codes::cameo_event* e = codes::find_cameo_event(c.code);
        top.rows.push_back({c.code.empty() ? "none" : c.code, e ? std::string{e->label} : "", std::to_string(c.events)});
    }
    if (!top.rows.empty()) write_table(os, top);

    table numbers{.caption = dyad + ": the numbers of the charts (as in the panel's CSV)", .header = columns};
    numbers.header.insert(numbers.header.begin(), "period");
    for (const panel::row& r : d.rows) {
        std::vector<std::string> row{r.period.text()};
        for (const std::string& column : columns) {
            const bool weighted = o.weight != panel::weight_by::none && column.starts_with(weight);
            const std::string_view name = weighted ? std::string_view{column}.substr(std::min(column.size(), weight.size() + 1))
                                                   : std::string_view{column};
            row.push_back(value_text(value_of(r.cell, name, weighted)));
        }
        numbers.rows.push_back(std::move(row));
    }
    os << "<details>\n<summary>The numbers behind these charts</summary>\n";
    write_table(os, numbers);
    os << "</details>\n</section>\n";
}

inline void write_quality(std::ostream& os, const panel::summary& s, const data_quality& q, const panel::options& o) {
    os << "<section id=\"quality\">\n<h2>Data quality</h2>\n";
    table inputs{.caption = "Inputs read", .header = {"input", "rows", "lines skipped"}};
    std::uint64_t rows = 0, skipped = 0;
    for (const input_read& i : q.inputs) {
        inputs.rows.push_back({i.name, std::to_string(i.rows), std::to_string(i.skipped)});
        rows += i.rows;
        skipped += i.skipped;
    }
    inputs.rows.push_back({"all " + std::to_string(q.inputs.size()) + " inputs", std::to_string(rows), std::to_string(skipped)});
    write_table(os, inputs);
    table problems{.caption = "Lines skipped, by problem", .header = {"problem", "count"}};
    for (const auto& [kind, n] : q.problems) problems.rows.push_back({kind, std::to_string(n)});
    if (problems.rows.empty()) os << "<p>No problems found in the inputs.</p>\n";
    else write_table(os, problems);
    table events{.caption = "What happened to the events", .header = {"events", "count"}};
    events.class_name = "summary";
    events.rows = {{"read", std::to_string(s.events)},
                   {"counted in the panel", std::to_string(s.counted)},
                   {"without two known states (a region, an organisation, no actor)", std::to_string(s.without_dyad)},
                   {"without a date precise enough for the " + std::string{to_string(o.by)}, std::to_string(s.imprecise_date)},
                   {"outside the filters", std::to_string(s.filtered)},
                   {"duplicates (one a day)", std::to_string(s.duplicates)}};
    if (o.weight != panel::weight_by::none)
        events.rows.push_back({"without the " + std::string{to_string(o.weight)} + " count", std::to_string(s.without_weight)});
    write_table(os, events);
    os << "</section>\n";
}

}  // namespace bilateral::detail::report

namespace bilateral::report {

inline std::vector<std::string> chart_columns(const panel::options& o) {
    std::vector<std::string> columns{"events",          "verbal_cooperation", "material_cooperation", "verbal_conflict",
                                     "material_conflict", "goldstein_mean",   "net_cooperation"};
    if (o.weight != panel::weight_by::none) columns.emplace_back(to_string(o.weight));
    return columns;
}

inline void write_report(std::ostream& os, std::span<const panel::row> rows, const panel::summary& summary,
                         const panel::options& o, const code_counts& codes, const data_quality& quality,
                         const report_options& ro) {
    using namespace bilateral::detail::report;
    open_page(os, ro.title);
    time_axis axis{rows.empty() ? panel::calendar_period{o.by, 0} : rows.front().period, {}};
    axis.last = axis.first;
    for (const panel::row& r : rows) {
        axis.first = std::min(axis.first, r.period);
        axis.last = std::max(axis.last, r.period);
    }
    const std::vector<dyad_rows> dyads = by_events(rows);
    os << "<header>\n<h1>" << escaped(ro.title) << "</h1>\n<p class=\"meta\">" << summary.counted << " events in "
       << dyads.size() << " dyads (" << (o.directed ? "directed" : "either direction") << "), per " << to_string(o.by);
    if (!rows.empty()) os << ", " << axis.first.text() << " to " << axis.last.text();
    os << "; Goldstein values: " << (o.goldstein ? to_string(*o.goldstein) : std::string_view{"as the source gives them"})
       << ".</p>\n<nav><a href=\"#overview\">Overview</a><a href=\"#dyads\">Dyads</a><a href=\"#quality\">Data quality</a></nav>\n"
       << "</header>\n";
    if (dyads.empty()) os << "<p>No event was counted: see the data quality below.</p>\n";
    else write_overview(os, dyads, axis, o, ro);
    os << "<div id=\"dyads\">\n";
    for (std::size_t i = 0; i < dyads.size() && i < ro.dyads; ++i) write_dyad(os, dyads[i], axis, o, codes, ro);
    os << "</div>\n";
    write_quality(os, summary, quality, o);
    close_page(os);
}

}  // namespace bilateral::report
