// SPDX-License-Identifier: BSL-1.0
// `bilateral panel --from gdelt|gdelt-csv|icews|polecat|phoenix|plover|json|auto [options] FILE|DIR...`: a dyad–period panel of many
// files, zipped or not, on every core, as CSV, JSON or a Vega-Lite specification.
#include <memory>
#include <string>

#include <bilateral/panel/write.hpp>
#include <bilateral/report/vega_lite.hpp>

#include "commands.hpp"
#include "panel_run.hpp"

namespace bilateral::tool {

command add_panel(CLI::App& tool) {
    struct arguments {
        panel_arguments panel;
        std::string format = "csv";
    };
    auto a = std::make_shared<arguments>();
    CLI::App* app = tool.add_subcommand("panel", "A dyad-period panel of events, from many files, zipped or not");
    app->footer(
        "One CSV row per dyad (two states by ISO 3166 alpha-3; alphabetical unless --directed) and period,\n"
        "with events, counts by quad class, Goldstein sum, mean, min and max, net cooperation, penta classes,\n"
        "counts by PLOVER type, and with --weight the same weighted by the reports. Columns: README, \"Panels\".\n"
        "Inputs: files, directories (walked, sorted, hidden names skipped) and zip archives (each member read\n"
        "without unpacking). Rows without two known states, with too imprecise a date, or outside the\n"
        "filters are counted and reported on stderr. --format vega-lite: the charts of the panel as a\n"
        "Vega-Lite specification with the data inline, for notebooks.");
    add_panel_options(*app, a->panel);
    app->add_option("--format", a->format, "csv (default), json or vega-lite")->check(CLI::IsMember({"csv", "json", "vega-lite"}));
    return {app, [a](const streams& io) {
                std::string error;
                const std::optional<panel::options> options = options_of(a->panel, error);
                if (!options) return usage_error(io, "panel", error);
                return run_panel_command("panel", a->panel, *options, false, io,
                                         [&](const panel_run& run, const panel::options& o, std::ostream& out) -> std::size_t {
                                             const std::vector<panel::row> rows = run.panel.rows(a->panel.fill);
                                             if (a->format == "json") panel::write_json(out, rows, run.panel.summary(), o);
                                             else if (a->format == "vega-lite") report::write_vega_lite(out, rows, o);
                                             else panel::write_csv(out, rows, o);
                                             return rows.size();
                                         });
            }};
}

}  // namespace bilateral::tool
