// SPDX-License-Identifier: BSL-1.0
/// The commands of the `bilateral` tool, one file each (brief.cpp, export.cpp, convert.cpp,
/// validate.cpp, stats.cpp, panel.cpp, report.cpp, archive.cpp): each adds its subcommand, options and help to the program's command
/// line and says what runs once the line is parsed.
#pragma once
#include <functional>
#include <string_view>

#include <CLI/CLI.hpp>

#include "streams.hpp"

namespace bilateral::tool {

/// A command: its subcommand of the command line, and what runs it (returning the exit code).
struct command {
    CLI::App* app = nullptr;
    std::function<int(const streams&)> run;
};

command add_brief(CLI::App& tool);
command add_export(CLI::App& tool);
command add_convert(CLI::App& tool);
command add_validate(CLI::App& tool);
command add_stats(CLI::App& tool);
command add_panel(CLI::App& tool);
command add_archive_check(CLI::App& tool);
command add_report(CLI::App& tool);

/// Reports a usage error found after parsing ("bilateral convert: …", and where to find the
/// usage) and returns exit_usage.
int usage_error(const streams& io, std::string_view command, std::string_view message);

/// Reports that the run could not be carried out ("bilateral convert: cannot write …") and
/// returns exit_usage.
int run_error(const streams& io, std::string_view command, std::string_view message);

}  // namespace bilateral::tool
