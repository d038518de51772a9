// SPDX-License-Identifier: BSL-1.0
/// A panel as tidy CSV (one row per dyad and period, readable by pandas and R as is) or as JSON.
#pragma once
#include <charconv>
#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/core/enum_names.hpp>
#include <bilateral/panel/accumulator.hpp>
#include <bilateral/panel/measures.hpp>

namespace bilateral::panel {

/// The names of a panel's columns: `dyad`, `period`, then every measure, the weighted ones (named
/// after the weight: `articles`, `articles_goldstein_sum`, …) only when the panel has a weight.
[[nodiscard]] std::vector<std::string> column_names(const options& o);

/// CSV: a header row of `column_names`, then one line per row, LF-terminated. Counts are
/// integers; Goldstein sums, minima and maxima have one decimal (exact: they are tenths); means
/// are the shortest decimal that reads back as the same double; a value that does not exist (the
/// mean of no events) is empty.
void write_csv(std::ostream& out, std::span<const row> rows, const options& o);

/// JSON: {"by", "directed", "key", "weight", "goldstein", "summary": {…}, "rows": [{"dyad", "period",
/// measure: value, …}]}, with null for a value that does not exist.
void write_json(std::ostream& out, std::span<const row> rows, const summary& s, const options& o);

/// "12.3", "-0.5", "0.0": tenths as a decimal with one digit after the point.
[[nodiscard]] std::string tenths_text(std::int64_t tenths);
/// The value as CSV or JSON writes it; "" for a missing value.
[[nodiscard]] std::string value_text(const measure_value& v);

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::vector<std::string> column_names(const options& o) {
    std::vector<std::string> names{"dyad", "period"};
    const std::string weight{to_string(o.weight)};
    for (const measure& m : measures()) {
        if (!m.weighted) names.emplace_back(m.name);
        else if (o.weight != weight_by::none) names.push_back(m.name.empty() ? weight : weight + "_" + std::string{m.name});
    }
    return names;
}

inline std::string tenths_text(std::int64_t tenths) {
    const std::uint64_t magnitude = tenths < 0 ? 0 - static_cast<std::uint64_t>(tenths) : static_cast<std::uint64_t>(tenths);
    std::string out = tenths < 0 ? "-" : "";
    out += std::to_string(magnitude / 10);
    out += '.';
    out += static_cast<char>('0' + magnitude % 10);
    return out;
}

inline std::string value_text(const measure_value& v) {
    switch (v.kind) {
        case measure_value::type::count: return std::to_string(v.number);
        case measure_value::type::tenths: return tenths_text(v.number);
        case measure_value::type::ratio: {
            char buffer[32];
            const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v.ratio);
            return ec == std::errc{} ? std::string{buffer, end} : std::string{};
        }
        case measure_value::type::missing: break;
    }
    return {};
}

inline void write_csv(std::ostream& out, std::span<const row> rows, const options& o) {
    const std::vector<std::string> names = column_names(o);
    for (std::size_t i = 0; i < names.size(); ++i) out << (i == 0 ? "" : ",") << names[i];
    out << '\n';
    std::string line;
    for (const row& r : rows) {
        line = r.dyad.text();
        line += ',';
        line += r.period.text();
        for (const measure& m : measures()) {
            if (m.weighted && o.weight == weight_by::none) continue;
            line += ',';
            line += value_text(m.of(r.cell));
        }
        line += '\n';
        out << line;
    }
}

inline void write_json(std::ostream& out, std::span<const row> rows, const summary& s, const options& o) {
    const std::vector<std::string> names = column_names(o);
    const auto text_or_null = [](std::string_view t) { return t.empty() ? std::string{"null"} : '"' + std::string{t} + '"'; };
    out << "{\"by\":\"" << to_string(o.by) << "\",\"directed\":" << (o.directed ? "true" : "false")
        << ",\"key\":\"" << (o.keyed_by ? to_string(*o.keyed_by) : std::string_view{"iso3"}) << '"'
        << ",\"weight\":" << text_or_null(o.weight == weight_by::none ? "" : to_string(o.weight))
        << ",\"goldstein\":" << text_or_null(o.goldstein ? to_string(*o.goldstein) : "")
        << ",\"summary\":{\"events\":" << s.events << ",\"counted\":" << s.counted
        << ",\"without_dyad\":" << s.without_dyad << ",\"imprecise_date\":" << s.imprecise_date
        << ",\"filtered\":" << s.filtered << ",\"duplicates\":" << s.duplicates
        << ",\"without_weight\":" << s.without_weight << "},\"rows\":[";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const row& r = rows[i];
        out << (i == 0 ? "\n" : ",\n") << "{\"dyad\":\"" << r.dyad.text() << "\",\"period\":\"" << r.period.text() << '"';
        std::size_t column = 2;
        for (const measure& m : measures()) {
            if (m.weighted && o.weight == weight_by::none) continue;
            const std::string v = value_text(m.of(r.cell));
            out << ",\"" << names[column++] << "\":" << (v.empty() ? "null" : v);
        }
        out << '}';
    }
    out << "\n]}\n";
}

}  // namespace bilateral::panel
