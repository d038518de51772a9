// SPDX-License-Identifier: BSL-1.0
/// A panel as a Vega-Lite specification with its data inline: the panel's charts, interactive, in
/// any notebook or editor that renders Vega-Lite (Jupyter, Observable, the Vega editor).
#pragma once
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include <bilateral/core/enum_names.hpp>
#include <bilateral/panel/accumulator.hpp>
#include <bilateral/panel/write.hpp>

namespace bilateral::report {

/// Writes a Vega-Lite v5 specification: `data.values` holds one object per row with every column
/// of the panel's CSV (null where the CSV is empty) and `date`, the first day of the period (for
/// a time axis); three charts one above the other: the mean Goldstein value and net cooperation
/// per period (a line per dyad; click a dyad in the legend to pick it out) and the events by quad
/// class (stacked bars, a row per dyad).
void write_vega_lite(std::ostream& os, std::span<const panel::row> rows, const panel::options& o);

// ---------------------------------------------------------------------------------------------
// Implementation

inline void write_vega_lite(std::ostream& os, std::span<const panel::row> rows, const panel::options& o) {
    const std::vector<std::string> names = panel::column_names(o);
    const std::string by{to_string(o.by)};
    os << "{\n\"$schema\": \"https://vega.github.io/schema/vega-lite/v5.json\",\n"
          "\"description\": \"A dyad-period panel by "
       << by << ", written by bilateral\",\n\"data\": {\"values\": [";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const panel::row& r = rows[i];
        os << (i == 0 ? "\n" : ",\n") << "{\"dyad\": \"" << r.dyad.text() << "\", \"period\": \"" << r.period.text()
           << "\", \"date\": \"" << first_day(r.period).iso().view() << '"';
        std::size_t column = 2;
        for (const panel::measure& m : panel::measures()) {
            if (m.weighted && o.weight == panel::weight_by::none) continue;
            const std::string v = panel::value_text(m.of(r.cell));
            os << ", \"" << names[column++] << "\": " << (v.empty() ? "null" : v);
        }
        os << '}';
    }
    const std::string x = "\"x\": {\"field\": \"date\", \"type\": \"temporal\", \"title\": \"" + by + "\"}";
    const std::string colour = "\"color\": {\"field\": \"dyad\", \"type\": \"nominal\"}";
    const std::string picked = "\"opacity\": {\"condition\": {\"param\": \"pick\", \"value\": 1}, \"value\": 0.15}";
    os << "\n]},\n\"vconcat\": [\n"
       << "{\"title\": \"Mean Goldstein value per " << by << "\", \"width\": 640, \"height\": 220,\n"
       << " \"params\": [{\"name\": \"pick\", \"select\": {\"type\": \"point\", \"fields\": [\"dyad\"]}, \"bind\": \"legend\"}],\n"
       << " \"layer\": [{\"mark\": {\"type\": \"rule\", \"color\": \"#333333\"}, \"encoding\": {\"y\": {\"datum\": 0}}},\n"
       << "  {\"mark\": {\"type\": \"line\", \"point\": true}, \"encoding\": {" << x
       << ", \"y\": {\"field\": \"goldstein_mean\", \"type\": \"quantitative\", \"scale\": {\"domain\": [-10, 10]}}, " << colour
       << ", " << picked << "}}]},\n"
       << "{\"title\": \"Net cooperation per " << by << "\", \"width\": 640, \"height\": 220,\n"
       << " \"layer\": [{\"mark\": {\"type\": \"rule\", \"color\": \"#333333\"}, \"encoding\": {\"y\": {\"datum\": 0}}},\n"
       << "  {\"mark\": {\"type\": \"line\", \"point\": true}, \"encoding\": {" << x
       << ", \"y\": {\"field\": \"net_cooperation\", \"type\": \"quantitative\"}, " << colour << "}}]},\n"
       << "{\"title\": \"Events by quad class per " << by << "\", \"width\": 640, \"height\": 120,\n"
       << " \"transform\": [{\"fold\": [\"verbal_cooperation\", \"material_cooperation\", \"verbal_conflict\", "
          "\"material_conflict\"], \"as\": [\"quad_class\", \"count\"]}],\n"
       << " \"mark\": \"bar\", \"encoding\": {" << x
       << ", \"y\": {\"field\": \"count\", \"type\": \"quantitative\", \"stack\": true, \"title\": \"events\"},"
          " \"row\": {\"field\": \"dyad\", \"type\": \"nominal\"},"
          " \"color\": {\"field\": \"quad_class\", \"type\": \"nominal\", \"sort\": [\"verbal_cooperation\", "
          "\"material_cooperation\", \"verbal_conflict\", \"material_conflict\"], \"scale\": {\"range\": [\"#56B4E9\", "
          "\"#0072B2\", \"#E69F00\", \"#D55E00\"]}}}}\n]\n}\n";
}

}  // namespace bilateral::report
