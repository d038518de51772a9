// SPDX-License-Identifier: BSL-1.0
// The `bilateral` command-line tool: briefs and exports the built-in Astana 2024 dataset, and
// converts, validates and summarises event data in the field's formats (the library's JSON,
// PLOVER JSONL, GDELT event files). `bilateral --help` lists the commands.
//
// Exit codes: 0 ok, 1 data problems (listed), 2 usage errors (including files that cannot be
// read or written).

#include <bilateral/bilateral.hpp>
#include <bilateral/io/brief.hpp>
#include <bilateral/io/json.hpp>

#include "tool/gdelt.hpp"
#include "tool/json_plover.hpp"

#include <fstream>
#include <iostream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using bilateral::tool::exit_data;
using bilateral::tool::exit_ok;
using bilateral::tool::exit_usage;
using args_t = std::span<const std::string_view>;

constexpr std::string_view usage_text =
    "usage: bilateral <command> [options]\n"
    "\n"
    "the built-in dataset (the Xi Jinping - Kassym-Jomart Tokayev talks, Astana, 2024-07-03):\n"
    "  brief                        a briefing for a person to read\n"
    "  export --format json [OUT]   the whole dataset as one JSON document\n"
    "  export --format plover [OUT] its events as PLOVER JSONL\n"
    "  export --format gdelt [OUT]  its events as GDELT 2.0 rows, where GDELT has the fields\n"
    "\n"
    "event data (IN, OUT: files; '-' or absent: stdin, stdout):\n"
    "  convert --from json|plover --to json|plover [IN [OUT]]\n"
    "                               the library's JSON <-> PLOVER JSONL (PLOVER read in any\n"
    "                               dialect: JSONL, a JSON array, or concatenated records)\n"
    "  convert --from gdelt --to gdelt|plover|json [--lenient] [IN [OUT]]\n"
    "                               GDELT 1.0/2.0 event rows to GDELT (byte for byte), PLOVER\n"
    "                               JSONL, or JSON Lines of the typed records\n"
    "  validate --format json|plover|gdelt [IN]\n"
    "                               every problem of IN with its location; exit 1 if any\n"
    "  stats --format gdelt [--dyad AAA-BBB] [--directed] [--top N] [--json] [--lenient] [IN]\n"
    "                               per country dyad (ISO alpha-3): events, quad classes, mean\n"
    "                               Goldstein, the most frequent event codes\n"
    "\n"
    "  --lenient                    skip rows with problems (counted and reported) instead of\n"
    "                               stopping at the first\n"
    "  -h, --help                   this text\n"
    "\n"
    "exit codes: 0 ok, 1 data problems (listed), 2 usage errors\n";

int usage_error(std::string_view message) {
    std::cerr << "bilateral: " << message << "\n\n" << usage_text;
    return exit_usage;
}

/// The value of `--name VALUE` or `--name=VALUE` in `args`, if given. Used only to choose which
/// module handles a command; the module parses (and checks) the whole command line itself.
std::optional<std::string_view> option_value(args_t args, std::string_view name) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) return args[i + 1];
        if (args[i].starts_with(name) && args[i].substr(name.size()).starts_with("="))
            return args[i].substr(name.size() + 1);
    }
    return std::nullopt;
}

/// Lists the dataset's problems on stderr; true if there were none.
bool check(const bilateral::dataset_view& data) {
    const auto found = bilateral::problems(data);
    for (const auto& p : found) std::cerr << "bilateral: " << bilateral::describe(p).view() << '\n';
    return found.empty();
}

int brief(args_t args) {
    if (!args.empty()) return usage_error("brief takes no arguments, got '" + std::string{args[0]} + "'");
    if (!check(bilateral::data::astana_2024)) return exit_data;
    bilateral::write_brief(std::cout, bilateral::data::astana_2024);
    return exit_ok;
}

/// The OUT of `export --format F [OUT]` (nothing: stdout), or the usage error.
std::optional<std::string_view> export_target(args_t args, std::string& error) {
    const bilateral::tool::command_line c = bilateral::tool::parse_command_line(args, {"--format"});
    if (!c.error.empty()) error = "export: " + c.error;
    else if (c.files.size() > 1) error = "export: too many arguments (OUT at most)";
    return c.file(0);
}

/// Writes `text` to OUT (stdout when absent or "-").
int write_out(std::optional<std::string_view> out_name, std::string_view text) {
    if (bilateral::tool::write_output(out_name.value_or(""), std::cout, text)) return exit_ok;
    std::cerr << "bilateral export: cannot write '" << out_name.value_or("") << "'\n";
    return exit_usage;
}

int export_json(args_t args) {
    std::string error;
    const auto out_name = export_target(args, error);
    if (!error.empty()) return usage_error(error);
    if (!check(bilateral::data::astana_2024)) return exit_data;
    return write_out(out_name, bilateral::to_json(bilateral::data::astana_2024) + '\n');
}

int export_gdelt(args_t args) {
    std::string error;
    const auto out_name = export_target(args, error);
    if (!error.empty()) return usage_error(error);
    if (!check(bilateral::data::astana_2024)) return exit_data;
    const bilateral::gdelt::exported_rows rows = bilateral::gdelt::to_records(bilateral::data::astana_2024);
    std::string text;
    for (const auto& row : rows.records) text += bilateral::gdelt::to_row(row) + '\n';
    return write_out(out_name, text);
}

int export_data(args_t args) {
    const auto format = option_value(args, "--format");
    if (!format) return usage_error("export needs --format json|plover|gdelt");
    if (*format == "json") return export_json(args);
    if (*format == "plover") return bilateral::tool::export_plover(args);
    if (*format == "gdelt") return export_gdelt(args);
    return usage_error("export: unknown format '" + std::string{*format} + "' (known: json, plover, gdelt)");
}

int convert(args_t args) {
    const auto from = option_value(args, "--from");
    if (!from) return usage_error("convert needs --from json|plover|gdelt");
    if (*from == "gdelt") return bilateral::tool::gdelt_convert(args);
    return bilateral::tool::convert(args);
}

int validate(args_t args) {
    const auto format = option_value(args, "--format");
    if (format == "gdelt") return bilateral::tool::gdelt_validate(args);
    return bilateral::tool::validate(args);
}

int stats(args_t args) {
    const auto format = option_value(args, "--format");
    if (!format) return usage_error("stats needs --format gdelt");
    if (*format != "gdelt") return usage_error("stats: unknown format '" + std::string{*format} + "' (known: gdelt)");
    return bilateral::tool::gdelt_stats(args);
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty()) return usage_error("no command given");
    const std::string_view command = args[0];
    const args_t rest{args.begin() + 1, args.end()};
    if (command == "-h" || command == "--help" || command == "help") {
        std::cout << usage_text;
        return exit_ok;
    }
    if (command == "brief") return brief(rest);
    if (command == "export") return export_data(rest);
    if (command == "convert") return convert(rest);
    if (command == "validate") return validate(rest);
    if (command == "stats") return stats(rest);
    return usage_error("unknown command '" + std::string{command} + "'");
}
