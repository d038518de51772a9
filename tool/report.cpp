// SPDX-License-Identifier: BSL-1.0
// `bilateral report --from gdelt|gdelt-csv|icews|polecat|phoenix|plover|json|auto [options] FILE|DIR... -o report.html`: a panel as one
// self-contained HTML page of charts and tables.
#include <memory>
#include <string>

#include <bilateral/report/html.hpp>

#include "commands.hpp"
#include "panel_run.hpp"

namespace bilateral::tool {

command add_report(CLI::App& tool) {
    struct arguments {
        panel_arguments panel;
        std::size_t dyads = 40;
        std::string title = "Relations over time";
    };
    auto a = std::make_shared<arguments>();
    CLI::App* app = tool.add_subcommand("report", "A panel as one HTML page of charts, offline, for a person to read");
    app->footer(
        "The same inputs and options as 'bilateral panel'. One self-contained HTML file (nothing loaded from\n"
        "the network): the dyads ranked by events with a small chart each on a shared time axis; per dyad\n"
        "the mean Goldstein value, net cooperation, events by quad class, the reports (GDELT: NumArticles\n"
        "unless --weight says otherwise) and the most frequent event codes, each chart with its numbers in\n"
        "a table (as the panel's CSV writes them); the inputs read and the rows skipped, by problem.");
    add_panel_options(*app, a->panel);
    app->add_option("--dyads", a->dyads, "dyads drawn, the most events first (default 40; the ranking lists all)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}));
    app->add_option("--title", a->title, "the page's title");
    return {app, [a](const streams& io) {
                std::string error;
                std::optional<panel::options> options = options_of(a->panel, error);
                if (!options) return usage_error(io, "report", error);
                // GDELT rows say how many articles reported each event: the report shows them.
                if ((a->panel.from == "gdelt" || a->panel.from == "gdelt-csv") && !a->panel.weight) options->weight = panel::weight_by::articles;
                return run_panel_command("report", a->panel, *options, true, io,
                                         [&](const panel_run& run, const panel::options& o, std::ostream& out) -> std::size_t {
                                             const std::vector<panel::row> rows = run.panel.rows(a->panel.fill);
                                             report::write_report(out, rows, run.panel.summary(), o, run.codes, run.quality,
                                                                  {.title = a->title, .dyads = a->dyads});
                                             return rows.size();
                                         });
            }};
}

}  // namespace bilateral::tool
