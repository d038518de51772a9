// SPDX-License-Identifier: BSL-1.0
// `bilateral brief`: a briefing of the built-in dataset for a person to read.
#include <bilateral/core/validate.hpp>
#include <bilateral/data/astana_2024.hpp>
#include <bilateral/io/brief.hpp>

#include "commands.hpp"

namespace bilateral::tool {

command add_brief(CLI::App& tool) {
    CLI::App* app = tool.add_subcommand("brief", "A briefing of the built-in dataset, for a person to read");
    app->footer(
        "The talks between Xi Jinping and Kassym-Jomart Tokayev, Astana, 2024-07-03: who met where and\n"
        "when, what was said (quotations marked), the figures as reported, the agreements.");
    return {app, [](const streams& io) {
                const auto found = problems(data::astana_2024);
                for (const problem& p : found) *io.err << "bilateral brief: " << describe(p).view() << '\n';
                if (!found.empty()) return exit_data;
                write_brief(*io.out, data::astana_2024);
                return exit_ok;
            }};
}

}  // namespace bilateral::tool
