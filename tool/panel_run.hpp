// SPDX-License-Identifier: BSL-1.0
/// What the commands that build a panel share (`panel`, `report`): their options, and the run over
/// many files, directories and zip archives on worker threads, with progress on a terminal,
/// per-input messages in input order, and the output written only when every input was read.
#pragma once
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include <bilateral/panel/accumulator.hpp>
#include <bilateral/report/code_counts.hpp>
#include <bilateral/report/html.hpp>

#include "streams.hpp"

namespace bilateral::tool {

/// The options of a panel as given on the command line.
struct panel_arguments {
    std::string from;
    std::string by = "month";
    std::vector<std::string> dyads;
    std::optional<std::string> countries;
    bool directed = false;
    std::string key = "iso3";
    std::optional<std::string> since, until;
    std::optional<std::string> roots;
    std::optional<std::string> weight;
    std::optional<std::string> goldstein;
    bool fill = false;
    bool one_a_day = false;
    bool root_events = false;
    unsigned jobs = 0;
    bool lenient = false;
    std::optional<std::string> out;
    std::vector<std::string> inputs;
};

/// Adds the panel's options (all but --format) to `app`.
void add_panel_options(CLI::App& app, panel_arguments& a);

/// The panel's options from the command line; nullopt, with the message in `error`, if wrong.
[[nodiscard]] std::optional<panel::options> options_of(const panel_arguments& a, std::string& error);

/// What a run counted.
struct panel_run {
    panel::accumulator panel;
    report::code_counts codes;     ///< filled only when asked for
    report::data_quality quality;  ///< every input with its rows and lines skipped, problems by kind
};

/// Writes the output of a run to `out`; returns the number of rows of the panel (for the summary
/// on stderr).
using panel_writer = std::function<std::size_t(const panel_run& run, const panel::options& o, std::ostream& out)>;

/// Runs `command` (its name in messages) over the inputs of `a` and writes the result with `write`
/// (to OUT through a temporary file, renamed when complete). Returns the exit code: 2 when an
/// input cannot be read or OUT written, 1 when rows were bad (skipped with --lenient; without it
/// nothing is written), 0 otherwise.
int run_panel_command(std::string_view command, const panel_arguments& a, const panel::options& o, bool count_codes,
                      const streams& io, const panel_writer& write);

}  // namespace bilateral::tool
